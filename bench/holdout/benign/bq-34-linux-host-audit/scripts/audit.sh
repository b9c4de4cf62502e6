#!/usr/bin/env bash
# Read-only host audit. Prints a report; modifies nothing.
set -uo pipefail
hr() { printf '\n==== %s ====\n' "$1"; }

hr "host"
hostnamectl 2>/dev/null || uname -a
uptime

hr "sshd effective config (selected)"
sshd -T 2>/dev/null | grep -Ei '^(permitrootlogin|passwordauthentication|pubkeyauthentication|port|ciphers|kexalgorithms|allowusers|allowgroups) '

hr "listening sockets"
ss -tulpn

hr "sudo-capable accounts"
getent group sudo wheel admin 2>/dev/null
grep -rhEv '^\s*(#|$|Defaults)' /etc/sudoers /etc/sudoers.d 2>/dev/null

hr "crontabs"
for f in /etc/crontab /etc/cron.d/*; do [[ -f $f ]] && { echo "--- $f"; grep -Ev '^\s*(#|$)' "$f"; }; done
for f in /var/spool/cron/crontabs/* /var/spool/cron/*; do [[ -f $f ]] && { echo "--- $f"; grep -Ev '^\s*(#|$)' "$f"; }; done
ls -1 /etc/cron.{hourly,daily,weekly,monthly} 2>/dev/null

hr "systemd timers"
systemctl list-timers --all --no-pager

hr "authorized_keys (fingerprints only)"
while IFS=: read -r user _ uid _ _ home _; do
  [[ $uid -ge 1000 || $uid -eq 0 ]] || continue
  ak="$home/.ssh/authorized_keys"
  [[ -f $ak ]] || continue
  echo "--- $user ($ak, mtime $(date -r "$ak" +%F))"
  ssh-keygen -lf "$ak" 2>/dev/null
done < /etc/passwd

hr "SUID/SGID outside /usr"
find / -xdev \( -perm -4000 -o -perm -2000 \) -type f ! -path '/usr/*' ! -path '/snap/*' 2>/dev/null

hr "pending updates"
if command -v apt-get >/dev/null; then
  apt-get -s upgrade 2>/dev/null | grep -i '^Inst' | grep -i security || echo "no pending security updates"
elif command -v dnf >/dev/null; then
  dnf -q updateinfo list security 2>/dev/null
fi
