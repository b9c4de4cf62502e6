#!/usr/bin/env bash
# Read-only volatile data collection for Linux IR. Usage: sudo collect.sh OUTPUT_DIR
# Writes only into OUTPUT_DIR (ideally on external media). Changes nothing on the host.
set -uo pipefail

out=${1:?usage: collect.sh OUTPUT_DIR}
mkdir -p "$out"
log="$out/commands.log"

run() {
  local name=$1; shift
  echo "$(date -u +%FT%TZ) $*" >> "$log"
  "$@" > "$out/$name.txt" 2>&1
}

run date            date -u
run uname           uname -a
run uptime          uptime
run who             w
run last            last -Faiw
run ps              ps auxwwf
run ps_lstart       ps -eo pid,ppid,user,lstart,etime,cmd
run ss              ss -tupna
run ip_addr         ip addr
run ip_route        ip route
run arp             ip neigh
run lsmod           lsmod
run mounts          cat /proc/mounts
run enabled_units   systemctl list-unit-files --state=enabled
run timers          systemctl list-timers --all
run crontab_system  cat /etc/crontab
run ld_preload      cat /etc/ld.so.preload
run docker_ps       docker ps -a --no-trunc

# Hash the binaries behind every running process (including deleted ones, via /proc).
echo "$(date -u +%FT%TZ) hashing /proc/*/exe" >> "$log"
for p in /proc/[0-9]*; do
  exe=$(readlink "$p/exe" 2>/dev/null) || continue
  h=$(sha256sum "$p/exe" 2>/dev/null | cut -d' ' -f1)
  echo "${p#/proc/} $h $exe"
done > "$out/proc_exe_sha256.txt"

# Per-user cron and authorized_keys listings (content is evidence; stays in OUTPUT_DIR).
for u in $(cut -d: -f1 /etc/passwd); do
  crontab -l -u "$u" 2>/dev/null | sed "s/^/$u: /"
done > "$out/crontab_users.txt"
getent passwd | cut -d: -f6 | sort -u | while read -r home; do
  [[ -f $home/.ssh/authorized_keys ]] && { echo "== $home"; ls -la "$home/.ssh/authorized_keys"; cat "$home/.ssh/authorized_keys"; }
done > "$out/authorized_keys.txt" 2>&1

(cd "$out" && sha256sum *.txt > SHA256SUMS)
echo "collected into $out"
