#!/usr/bin/env bash
# Read-only miner indicators on a Linux host. Prints findings; changes nothing.
set -u
hr() { printf '\n== %s ==\n' "$*"; }

hr "top CPU processes"
ps -eo pid,ppid,user,%cpu,etime,comm,args --sort=-%cpu | head -n 15

hr "cmdline tell-tales"
for p in /proc/[0-9]*; do
  pid=${p#/proc/}
  cmd=$(tr '\0' ' ' < "$p/cmdline" 2>/dev/null) || continue
  [ -z "$cmd" ] && continue
  if grep -Eqi 'stratum\+(tcp|ssl)://|xmrig|--donate-level|--cpu-max-threads-hint|-o [^ ]+:(3333|4444|5555|7777|14444)\b|randomx|cryptonight' <<<"$cmd"; then
    echo "PID $pid: $cmd"
  fi
done

hr "environment variable NAMES hinting at miners (values not shown)"
for p in /proc/[0-9]*; do
  names=$(tr '\0' '\n' < "$p/environ" 2>/dev/null | cut -d= -f1 | grep -Ei '^(POOL|WALLET|XMR|MINER)' | tr '\n' ' ')
  [ -n "$names" ] && echo "PID ${p#/proc/}: $names"
done

hr "executables deleted from disk but still running"
for p in /proc/[0-9]*; do
  exe=$(readlink "$p/exe" 2>/dev/null) || continue
  case "$exe" in *" (deleted)") echo "PID ${p#/proc/}: $exe";; esac
done

hr "processes running from tmp/shm"
for p in /proc/[0-9]*; do
  exe=$(readlink "$p/exe" 2>/dev/null) || continue
  case "$exe" in /tmp/*|/dev/shm/*|/var/tmp/*) echo "PID ${p#/proc/}: $exe";; esac
done

hr "huge pages / msr (miners tune these)"
grep -H . /proc/sys/vm/nr_hugepages 2>/dev/null
lsmod 2>/dev/null | grep -w msr || echo "msr module not loaded"

hr "ld.so.preload"
if [ -s /etc/ld.so.preload ]; then echo "NON-EMPTY:"; cat /etc/ld.so.preload; else echo "empty/absent (good)"; fi

hr "config files with pool URLs (home, /opt, /tmp; depth 4)"
grep -RIls --include='*.json' -E '"url"\s*:\s*"stratum\+' /home /opt /tmp /var/tmp /root 2>/dev/null | head -n 20
