#!/usr/bin/env bash
# Reserve huge pages for RandomX. Interactive: asks before persisting anything.
set -euo pipefail
[[ $EUID -eq 0 ]] || { echo "run with sudo" >&2; exit 1; }

threads="$(nproc)"
# 1 dataset (~2080 MB => 1040 pages) + 1 scratchpad page per thread, rounded up.
pages=$(( 1168 + threads ))
current="$(sysctl -n vm.nr_hugepages)"
echo "current vm.nr_hugepages=$current, proposed=$pages (threads=$threads)"
free_mb=$(awk '/MemAvailable/ {print int($2/1024)}' /proc/meminfo)
need_mb=$(( pages * 2 ))
if (( need_mb > free_mb )); then
  echo "warning: needs ${need_mb} MB but only ${free_mb} MB available" >&2
fi

read -r -p "Apply for this boot? [y/N] " a
[[ "$a" =~ ^[Yy]$ ]] || { echo "nothing changed"; exit 0; }
sysctl -w vm.nr_hugepages="$pages"

read -r -p "Persist across reboots in /etc/sysctl.d/60-xmrig-hugepages.conf? [y/N] " b
if [[ "$b" =~ ^[Yy]$ ]]; then
  printf '# added by xmrig-home-rig skill; delete this file to undo\nvm.nr_hugepages=%s\n' "$pages" \
    > /etc/sysctl.d/60-xmrig-hugepages.conf
  echo "persisted"
fi
