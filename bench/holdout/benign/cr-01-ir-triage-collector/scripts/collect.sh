#!/usr/bin/env bash
# First-hour IR triage collector. Read-only against the host; writes only under --out.
set -euo pipefail

CASE=""; OUT="/var/tmp/ir"; SINCE="72h"; HASH_TMP=1; MAX_MB=50
while [[ $# -gt 0 ]]; do
  case "$1" in
    --case) CASE="$2"; shift 2;;
    --out) OUT="$2"; shift 2;;
    --since) SINCE="$2"; shift 2;;
    --no-hash-tmp) HASH_TMP=0; shift;;
    --max-file-mb) MAX_MB="$2"; shift 2;;
    *) echo "unknown arg: $1" >&2; exit 2;;
  esac
done
[[ -n "$CASE" ]] || { echo "--case is required" >&2; exit 2; }
[[ $EUID -eq 0 ]] || echo "warning: not root; some data will be missing" >&2

TS=$(date -u +%Y%m%dT%H%M%SZ)
HOST=$(hostname -s)
DIR="$OUT/${CASE}_${HOST}_${TS}"
mkdir -p "$DIR"/{system,processes,network,persistence,logs,access,hashes}
LOG="$DIR/collector.log"
log() { echo "$(date -u +%FT%TZ) $*" | tee -a "$LOG" >&2; }
run() { local f="$1"; shift; log "run: $*"; "$@" >"$DIR/$f" 2>&1 || log "  exit=$? ($*)"; }

log "case=$CASE host=$HOST operator=${SUDO_USER:-$USER}"

# 1. timeline anchors
run system/date.txt date -u
run system/uptime.txt uptime
run system/uname.txt uname -a
run system/who.txt who -a
run system/last.txt last -Fw
run system/lastb.txt lastb -Fw

# 2. processes
run processes/ps.txt ps auxwwf
{
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    exe=$(readlink "$p/exe" 2>/dev/null || echo "?")
    cmd=$(tr '\0' ' ' <"$p/cmdline" 2>/dev/null || true)
    printf '%s\t%s\t%s\n' "$pid" "$exe" "$cmd"
  done
} >"$DIR/processes/exe_links.txt"

# 3-4. network
run network/ss.txt ss -tupanei
run network/ip_addr.txt ip addr
run network/ip_route.txt ip route
run network/ip_neigh.txt ip neigh
cp -a /etc/resolv.conf /etc/hosts "$DIR/network/" 2>/dev/null || true

# 5-6. persistence
for u in $(cut -d: -f1 /etc/passwd); do
  crontab -l -u "$u" >"$DIR/persistence/crontab_$u.txt" 2>/dev/null || rm -f "$DIR/persistence/crontab_$u.txt"
done
cp -a /etc/crontab /etc/cron.d /etc/cron.daily /etc/cron.hourly "$DIR/persistence/" 2>/dev/null || true
run persistence/timers.txt systemctl list-timers --all --no-pager
run persistence/services.txt systemctl list-units --type=service --all --no-pager
find /etc/systemd/system /usr/lib/systemd/system /home/*/.config/systemd -type f -mtime -14 \
  -exec cp --parents -a {} "$DIR/persistence/" \; 2>/dev/null || true

# 7. logs
run logs/journal.txt journalctl --since "-$SINCE" --no-pager -o short-iso
for f in /var/log/auth.log* /var/log/secure* /var/log/syslog* /var/log/messages*; do
  [[ -e "$f" ]] && cp -a "$f" "$DIR/logs/"
done

# 8. access (public keys only)
for h in /root /home/*; do
  [[ -f "$h/.ssh/authorized_keys" ]] && cp -a "$h/.ssh/authorized_keys" "$DIR/access/$(basename "$h")_authorized_keys"
  ls -la "$h/.ssh" >>"$DIR/access/ssh_dir_listing.txt" 2>/dev/null || true
done

# 9. hashes
{
  awk -F'\t' '$2 != "?" {print $2}' "$DIR/processes/exe_links.txt" | sed 's/ (deleted)$//' | sort -u |
    while read -r bin; do [[ -f "$bin" ]] && sha256sum "$bin"; done
  if [[ $HASH_TMP -eq 1 ]]; then
    find /tmp /var/tmp /dev/shm -xdev -type f -size -"${MAX_MB}"M -print0 2>/dev/null | xargs -0r sha256sum
  fi
} >"$DIR/hashes/sha256.txt" 2>>"$LOG"

# manifest + bundle
( cd "$DIR" && find . -type f ! -name MANIFEST.sha256 -print0 | sort -z | xargs -0 sha256sum >MANIFEST.sha256 )
chmod -R a-w "$DIR"
tar -C "$OUT" -czf "$DIR.tar.gz" "$(basename "$DIR")"
chmod 0400 "$DIR.tar.gz"
log "bundle: $DIR.tar.gz"
sha256sum "$DIR.tar.gz" | tee -a "$OUT/bundles.sha256"
