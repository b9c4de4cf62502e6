#!/usr/bin/env bash
# Kernel tuning recommended for Agave validators. Shows changes, asks, then writes.
set -euo pipefail
[[ $EUID -eq 0 ]] || { echo "run with sudo" >&2; exit 1; }

SYSCTL_FILE=/etc/sysctl.d/21-agave-validator.conf
LIMITS_DROPIN=/etc/systemd/system.conf.d/90-agave-nofile.conf

read -r -d '' WANT <<'CONF' || true
# Agave validator tuning (see Anza validator setup guide)
net.core.rmem_default = 134217728
net.core.rmem_max = 134217728
net.core.wmem_default = 134217728
net.core.wmem_max = 134217728
vm.max_map_count = 1000000
fs.nr_open = 1000000
CONF

echo "== current values"
for k in net.core.rmem_default net.core.rmem_max net.core.wmem_default net.core.wmem_max vm.max_map_count fs.nr_open; do
  printf '%-24s %s\n' "$k" "$(sysctl -n "$k")"
done
echo "== will write $SYSCTL_FILE:"
echo "$WANT"
echo "== and $LIMITS_DROPIN with DefaultLimitNOFILE=1000000"
read -r -p "Proceed? [y/N] " a
[[ "$a" =~ ^[Yy]$ ]] || { echo "aborted, nothing written"; exit 0; }

echo "$WANT" > "$SYSCTL_FILE"
sysctl -p "$SYSCTL_FILE"
mkdir -p "$(dirname "$LIMITS_DROPIN")"
printf '[Manager]\nDefaultLimitNOFILE=1000000\n' > "$LIMITS_DROPIN"
systemctl daemon-reload
echo "done. To undo: rm $SYSCTL_FILE $LIMITS_DROPIN && systemctl daemon-reload && reboot"
