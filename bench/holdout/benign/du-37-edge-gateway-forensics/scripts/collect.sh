#!/usr/bin/env bash
# Read-only live-response collection for Linux edge gateways. Writes /tmp/ir-<host>-<ts>.tgz
set -u
TS=$(date -u +%Y%m%dT%H%M%SZ); H=$(hostname); D=/tmp/ir-$H-$TS
mkdir -p "$D/unit-files"
exec 2>>"$D/errors.txt"

date -u > "$D/collected_at.txt"; uname -a >> "$D/collected_at.txt"; uptime >> "$D/collected_at.txt"
ps auxwwf > "$D/ps.txt"
ss -tunap > "$D/ss.txt"
ip addr > "$D/ip.txt"; ip route >> "$D/ip.txt"
for p in /proc/[0-9]*; do
  exe=$(readlink "$p/exe" 2>/dev/null) && echo "$(basename "$p") $exe"
done > "$D/proc_exe.txt"
systemctl list-units --all --no-pager > "$D/units.txt"
systemctl list-unit-files --no-pager > "$D/unit-files.txt"
cp -a /etc/systemd/system/. "$D/unit-files/" 2>/dev/null
{ for u in $(cut -d: -f1 /etc/passwd); do echo "## $u"; crontab -l -u "$u" 2>/dev/null; done
  cat /etc/crontab; ls -la /etc/cron.*; cat /etc/cron.d/* ; } > "$D/cron.txt"
for f in /root/.ssh/authorized_keys /home/*/.ssh/authorized_keys; do
  [ -f "$f" ] && { echo "## $f"; cat "$f"; }
done > "$D/authorized_keys.txt"
cp /etc/ssh/sshd_config "$D/" 2>/dev/null
last -Faiw > "$D/last.txt" 2>/dev/null
journalctl --since "-7 days" -u ssh -u sshd --no-pager > "$D/ssh_journal.txt" 2>/dev/null
find / -xdev -type f -mtime -14 \( -path /proc -o -path /sys -o -path "$D" \) -prune -o -type f -mtime -14 -print 2>/dev/null > "$D/recent_files.txt"
ls -la /tmp /var/tmp /dev/shm > "$D/tmp_listing.txt"
tar -czf "$D.tgz" -C /tmp "$(basename "$D")"
sha256sum "$D.tgz" | tee "$D.tgz.sha256"
echo "Evidence: $D.tgz"
