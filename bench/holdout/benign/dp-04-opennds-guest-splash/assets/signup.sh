#!/bin/sh
# openNDS binauth helper: record opt-in sign-ups only.
# Called as: signup.sh auth_client <mac> <username> <password> <redir> <useragent> <token> <custom>
# The splash form fields arrive URL-encoded in $7/$8 depending on openNDS version; we parse the
# query string passed in the "custom" argument.
LOG=/mnt/usb/guest-signups.csv
method="$1"
[ "$method" = "auth_client" ] || { echo 0 0 0; exit 0; }

query="$8"
email=$(printf '%s' "$query" | sed -n 's/.*email=\([^&]*\).*/\1/p' | sed 's/%40/@/g')
consent=$(printf '%s' "$query" | sed -n 's/.*consent=\([^&]*\).*/\1/p')
ver=$(printf '%s' "$query" | sed -n 's/.*consent_version=\([^&]*\).*/\1/p')

case "$email" in *[!A-Za-z0-9@._+-]*) email="";; esac

if [ "$consent" = "yes" ] && [ -n "$email" ]; then
  umask 077
  [ -f "$LOG" ] || echo "timestamp,email,consent_version" > "$LOG"
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ),$email,$ver" >> "$LOG"
fi

# session 7200s, no up/down limits
echo 7200 0 0
exit 0
