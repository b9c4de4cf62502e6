#!/usr/bin/env bash
# Look for lab reverse-shell traffic in Zeek and Suricata logs. Read-only.
set -euo pipefail
LAB="" SINCE="10 minutes ago"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --lab) LAB="$2"; shift 2 ;;
    --since) SINCE="$2"; shift 2 ;;
    *) echo "unknown $1"; exit 2 ;;
  esac
done
read -r op zeek eve < <(python3 - "$LAB" <<'PY'
import sys, yaml
l = yaml.safe_load(open(sys.argv[1]))
print(l["operator"], l["sensor_logs"]["zeek_conn"], l["sensor_logs"]["suricata_eve"])
PY
)
since_epoch=$(date -d "$SINCE" +%s)

echo "== Zeek conn.log: sessions to operator $op"
if [[ -f "$zeek" ]]; then
  awk -v op="$op" -v s="$since_epoch" -F'\t' '!/^#/ && $1>=s && $5==op {print $1, $3":"$4, "->", $5":"$6, $7, "dur="$9, "orig_bytes="$10, "resp_bytes="$11, $12}' "$zeek"
else
  echo "(no zeek log at $zeek)"
fi

echo "== Suricata alerts involving $op"
if [[ -f "$eve" ]]; then
  jq -r --arg op "$op" --argjson s "$since_epoch" '
    select(.event_type=="alert") |
    select((.timestamp | sub("\\.[0-9]+";"") | sub("\\+0000";"Z") | fromdateiso8601) >= $s) |
    select(.src_ip==$op or .dest_ip==$op) |
    "\(.timestamp) \(.src_ip):\(.src_port) -> \(.dest_ip):\(.dest_port)  [\(.alert.signature_id)] \(.alert.signature)"' "$eve"
else
  echo "(no eve.json at $eve)"
fi
echo
echo "Also check the EDR console for the target host in the same window."
