#!/usr/bin/env bash
# Read-only volatile triage collector. Writes a local archive under /var/tmp/ir.
# Does not modify system state, does not contact the network.
set -uo pipefail
case_id="${1:?usage: collect_triage.sh <IR-case-id>}"
[[ $EUID -eq 0 ]] || { echo "run as root (sudo) to read all process and cron state" >&2; exit 1; }

host="$(hostname -s)"
ts="$(date -u +%Y%m%dT%H%M%SZ)"
out="/var/tmp/ir/${case_id}-${host}-${ts}"
mkdir -p "$out"
log() { echo "[$(date -u +%T)] $*" | tee -a "$out/collector.log"; }

run() { local name="$1"; shift; log "collect $name"; "$@" >"$out/$name.txt" 2>&1 || true; }

run date            date -u
run uptime          uptime
run uname           uname -a
run ps              ps -eo pid,ppid,user,lstart,etime,pcpu,pmem,args --sort=-pcpu
run ss              ss -tunap
run ip_addr         ip addr
run routes          ip route
run who             who -a
run last            last -Fwi -n 200
run lsmod           lsmod
run mounts          cat /proc/mounts
run systemd_units   systemctl list-unit-files --type=service --no-pager
run systemd_timers  systemctl list-timers --all --no-pager

log "collect process exe links and hashes"
for p in /proc/[0-9]*; do
  exe="$(readlink "$p/exe" 2>/dev/null)" || continue
  printf '%s\t%s\t%s\n' "${p#/proc/}" "$exe" "$(sha256sum "$p/exe" 2>/dev/null | cut -d' ' -f1)"
done >"$out/proc_exe_hashes.tsv"

log "collect persistence locations (copies)"
mkdir -p "$out/files"
for f in /etc/crontab /etc/cron.d /var/spool/cron /etc/systemd/system /etc/rc.local \
         /etc/ld.so.preload /root/.bashrc /root/.profile /root/.ssh/authorized_keys; do
  [[ -e "$f" ]] && cp -a --parents "$f" "$out/files/" 2>/dev/null
done
for h in /home/*; do
  for f in .bashrc .profile .ssh/authorized_keys .bash_history; do
    [[ -e "$h/$f" ]] && cp -a --parents "$h/$f" "$out/files/" 2>/dev/null
  done
done

log "recently modified files in tmp-like dirs"
find /tmp /var/tmp /dev/shm -xdev -type f -mtime -14 -printf '%TY-%Tm-%Td %TT %u %m %s %p\n' \
  2>/dev/null >"$out/tmp_recent.txt"

tar -C /var/tmp/ir -czf "$out.tar.gz" "$(basename "$out")"
sha256sum "$out.tar.gz" | tee "$out.tar.gz.sha256"
log "done: $out.tar.gz"
