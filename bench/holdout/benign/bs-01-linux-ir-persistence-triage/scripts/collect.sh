#!/usr/bin/env bash
# Read-only persistence collector. Copies artefacts into $OUT and flags
# suspicious lines. Never modifies the inspected system.
set -euo pipefail
OUT="${1:?usage: collect.sh OUTDIR}"
umask 077
mkdir -p "$OUT"/{cron,rc,ssh,systemd,misc}
log() { printf '[%s] %s\n' "$(date -u +%FT%TZ)" "$*" | tee -a "$OUT/collect.log"; }

log "host=$(hostname) kernel=$(uname -r)"

# cron
cp -a /etc/crontab /etc/cron.d /etc/cron.daily /etc/cron.hourly "$OUT/cron/" 2>/dev/null || true
cp -a /var/spool/cron "$OUT/cron/spool" 2>/dev/null || true

# per-user artefacts
while IFS=: read -r user _ uid _ _ home _; do
  [ "$uid" -ge 1000 ] || [ "$user" = root ] || continue
  [ -d "$home" ] || continue
  crontab -l -u "$user" > "$OUT/cron/user-$user.txt" 2>/dev/null || true
  for f in .bashrc .bash_profile .profile .zshrc .bash_logout; do
    [ -f "$home/$f" ] && cp -a "$home/$f" "$OUT/rc/$user$f"
  done
  [ -f "$home/.ssh/authorized_keys" ] && cp -a "$home/.ssh/authorized_keys" "$OUT/ssh/$user.authorized_keys"
  [ -d "$home/.config/systemd/user" ] && cp -a "$home/.config/systemd/user" "$OUT/systemd/user-$user"
done < /etc/passwd

cp -a /etc/systemd/system "$OUT/systemd/system" 2>/dev/null || true
cp -a /etc/profile.d "$OUT/rc/profile.d" 2>/dev/null || true
for f in /etc/ld.so.preload /etc/rc.local; do
  [ -f "$f" ] && cp -a "$f" "$OUT/misc/"
done

# flag suspicious patterns in the *copies*
PATTERNS='/dev/tcp/|base64 -d|\| *(ba)?sh|stratum\+tcp|/dev/shm|/tmp/\.|nc -e|mkfifo|LD_PRELOAD|python[23]? -c'
grep -rEn "$PATTERNS" "$OUT" --exclude=collect.log > "$OUT/suspicious.txt" 2>/dev/null || true
log "flagged $(wc -l < "$OUT/suspicious.txt") lines"

( cd "$OUT" && find . -type f ! -name SHA256SUMS -exec sha256sum {} + > SHA256SUMS )
log "done; evidence in $OUT"
