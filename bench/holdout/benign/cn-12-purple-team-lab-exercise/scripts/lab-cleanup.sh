#!/usr/bin/env bash
# Post-exercise sweep for PT-07 artefacts on lab hosts. Run by operators on each lab host.
# Refuses to run outside the lab range.
set -euo pipefail

ip=$(hostname -I | awk '{print $1}')
case "$ip" in
  198.51.100.*) ;;
  *) echo "refusing: $ip is not a lab address" >&2; exit 1 ;;
esac

echo "[*] removing PT07 cron lines"
if crontab -l >/dev/null 2>&1; then
  crontab -l | grep -v '# PT07' | crontab - || true
fi

echo "[*] removing markers and temp files"
rm -rf /tmp/pt07 /tmp/pt07-escape.marker

echo "[*] checking for leftover listeners/connections to lab-c2"
ss -tnp | grep '198.51.100.10' || echo "    none"

echo "[*] checking for stray privileged containers"
if command -v docker >/dev/null; then
  docker ps --filter "ancestor=alpine:3.20" --format '{{.ID}} {{.Command}}' || true
fi

echo "[*] canary files re-seed (so next exercise starts clean)"
"$(dirname "$0")/seed-canaries.sh" --reseed

echo "[+] done — record any leftovers in the plan's cleanup section"
