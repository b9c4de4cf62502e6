#!/usr/bin/env bash
# Read-only volatile + persistence collection for Linux IR. Writes only to $OUT.
set -uo pipefail
OUT="${1:?usage: collect.sh <evidence-dir>}"
mkdir -p "$OUT" && chmod 700 "$OUT"
BB=""; [[ -x /mnt/ir-tools/busybox ]] && BB="/mnt/ir-tools/busybox"
run() { local name="$1"; shift; { echo "# $*"; "$@"; } >"$OUT/$name.txt" 2>&1; }

date -u +%FT%TZ > "$OUT/collected_at.txt"
run uname        uname -a
run uptime       uptime
run who          who -a
run last         last -Faiw -n 200
run ps           ${BB:+$BB} ps auxwwf
run ss           ss -tupanw
run lsmod        lsmod
run mounts       cat /proc/mounts
run ld_preload   cat /etc/ld.so.preload
run env_pid1     tr '\0' '\n' < /proc/1/environ

# Processes whose executable was deleted or lives in world-writable dirs
for p in /proc/[0-9]*; do
  exe=$(readlink "$p/exe" 2>/dev/null) || continue
  case "$exe" in
    *"(deleted)"*|/tmp/*|/dev/shm/*|/var/tmp/*)
      echo "${p#/proc/} $exe $(tr '\0' ' ' < "$p/cmdline")" >> "$OUT/suspicious_procs.txt"
      ls -l "$p/fd" >> "$OUT/suspicious_procs_fds.txt" 2>&1 ;;
  esac
done

# Persistence locations (copied, not modified)
mkdir -p "$OUT/files"
for f in /etc/crontab /etc/cron.d/* /var/spool/cron/crontabs/* /var/spool/cron/* \
         /etc/rc.local /etc/profile.d/*.sh /root/.bashrc /home/*/.bashrc; do
  [[ -f "$f" ]] && cp -p --parents "$f" "$OUT/files/" 2>/dev/null
done
find / -xdev -name authorized_keys -path '*/.ssh/*' -exec cp -p --parents {} "$OUT/files/" \; 2>/dev/null
find / -xdev \( -name .bash_history -o -name .zsh_history \) -exec cp -p --parents {} "$OUT/files/" \; 2>/dev/null
find /etc/systemd/system /usr/lib/systemd/system /home/*/.config/systemd -name '*.service' -mtime -30 \
     -exec cp -p --parents {} "$OUT/files/" \; 2>/dev/null

(cd "$OUT" && find . -type f ! -name SHA256SUMS -exec sha256sum {} + > SHA256SUMS)
echo "collection complete: $OUT"
