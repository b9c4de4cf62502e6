#!/usr/bin/env bash
# Read-only audit for Raspberry Pi streaming encoders.
set -u
hdr() { printf '\n== %s ==\n' "$1"; }

hdr "Accounts with login shells"
awk -F: '$7 !~ /(nologin|false)$/ {print $1, $6, $7}' /etc/passwd
id pi 2>/dev/null && echo "WARN: default 'pi' account exists"

hdr "sshd effective settings"
sshd -T 2>/dev/null | grep -Ei '^(passwordauthentication|permitrootlogin|pubkeyauthentication|port) '

hdr "Listening sockets"
ss -tulpn

hdr "Remote-access services"
for s in vncserver-x11-serviced xrdp nodered teamviewerd anydesk; do
  systemctl is-enabled "$s" 2>/dev/null | sed "s/^/$s: /"
done

hdr "Cron"
for u in $(cut -d: -f1 /etc/passwd); do
  crontab -l -u "$u" 2>/dev/null | grep -v '^#' | sed "s/^/$u: /"
done
ls -la /etc/cron.d/ 2>/dev/null

hdr "Unattended upgrades"
systemctl is-enabled unattended-upgrades 2>/dev/null || echo "not installed"

hdr "Plain-text stream credentials (file names only)"
grep -RIl -i 'password' /etc/darkice.cfg /etc/liquidsoap /home/*/.config/butt* 2>/dev/null
