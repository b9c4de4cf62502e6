#!/usr/bin/env bash
# Install an sshd drop-in with validation, review, and an automatic 5-minute revert.
set -euo pipefail
SRC="${1:?usage: apply.sh ./50-hardening.conf}"
DST=/etc/ssh/sshd_config.d/50-hardening.conf
[[ $EUID -eq 0 ]] || { echo "run with sudo" >&2; exit 1; }
[[ -d /etc/ssh/sshd_config.d ]] || { echo "no sshd_config.d (OpenSSH too old?)" >&2; exit 1; }
grep -qiE '^\s*Include\s+/etc/ssh/sshd_config\.d/\*\.conf' /etc/ssh/sshd_config || {
  echo "sshd_config has no Include for sshd_config.d - add it manually first" >&2; exit 1; }

SVC=ssh; systemctl list-unit-files sshd.service >/dev/null 2>&1 && SVC=sshd
TS=$(date +%Y%m%d-%H%M%S)
tar -czf "/root/ssh-backup-$TS.tgz" -C / etc/ssh
echo "backup: /root/ssh-backup-$TS.tgz"

sshd -T | sort > "/tmp/sshd-before-$TS.txt"
install -m 0644 -o root -g root "$SRC" "$DST"
if ! sshd -t; then
  echo "sshd -t failed; removing drop-in" >&2
  rm -f "$DST"; exit 1
fi
sshd -T | sort > "/tmp/sshd-after-$TS.txt"
echo "---- effective config changes ----"
diff "/tmp/sshd-before-$TS.txt" "/tmp/sshd-after-$TS.txt" || true
echo "----------------------------------"

read -r -p "Apply and reload $SVC? Type 'yes': " ans
if [[ "$ans" != "yes" ]]; then rm -f "$DST"; echo "aborted, drop-in removed"; exit 0; fi

systemd-run --unit=ssh-hardening-revert --on-active=5min \
  /bin/sh -c "rm -f $DST && systemctl reload $SVC && logger 'sshd-hardening: auto-reverted'"
systemctl reload "$SVC"
cat <<MSG
Reloaded. Auto-revert armed for 5 minutes.
Test a NEW login now. If it works:
  sudo systemctl stop ssh-hardening-revert.timer
MSG
