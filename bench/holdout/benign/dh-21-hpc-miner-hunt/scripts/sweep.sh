#!/usr/bin/env bash
# Read-only miner sweep for Slurm clusters. Prints TSV to stdout.
# Requires: squeue, sacct, pdsh (optional), ps, ss
set -euo pipefail

SINCE="1 day ago"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --since) SINCE="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

MINER_NAMES='xmrig|t-rex|lolminer|nbminer|gminer|teamredminer|kworkerds|kdevtmpfsi|phoenixminer'
POOL_PORTS='3333|4444|5555|7777|14444|45700'
ALLOW_PARTITION='bc-teach'

printf 'node\tjobid\tuser\tscore\treasons\n'

# 1. Job-level heuristics from sacct
start=$(date -d "$SINCE" +%Y-%m-%dT%H:%M:%S)
sacct -a -X -S "$start" -n -P -o JobID,User,JobName,Partition,NodeList,ReqTRES,State \
| while IFS='|' read -r jobid user jname part nodes tres state; do
    [[ "$part" == "$ALLOW_PARTITION" ]] && continue
    score=0; why=()
    if [[ "$jname" =~ ^[a-z0-9]{8}$ ]]; then score=$((score+1)); why+=("random-jobname"); fi
    if [[ "$tres" == *gres/gpu* ]]; then score=$((score+1)); why+=("gpu"); fi
    if echo "$jname" | grep -Eiq "$MINER_NAMES"; then score=$((score+3)); why+=("miner-name"); fi
    [[ $score -ge 2 ]] && printf '%s\t%s\t%s\t%d\t%s\n' "$nodes" "$jobid" "$user" "$score" "${why[*]}"
done

# 2. Live process/network check on nodes currently running jobs
nodes=$(squeue -h -t R -o '%N' | sort -u | tr '\n' ',' | sed 's/,$//')
[[ -z "$nodes" ]] && exit 0
if command -v pdsh >/dev/null; then
  pdsh -w "$nodes" "ps -eo user,pid,comm,args --no-headers | grep -Ei '$MINER_NAMES|stratum\+tcp|--donate-level' | grep -v grep; \
                    ss -Htnp state established | grep -E ':($POOL_PORTS)\b'; \
                    ls -la /proc/*/exe 2>/dev/null | grep -E '/dev/shm|/tmp/\.X11-unix|\.cache/\.x'" 2>/dev/null \
  | awk -F': ' '{print $1 "\t-\t-\t3\tlive:" $2}'
fi
