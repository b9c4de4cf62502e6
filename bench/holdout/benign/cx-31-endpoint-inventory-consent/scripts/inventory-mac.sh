#!/bin/zsh
# macOS inventory -> show to user -> send to Snipe-IT only on consent.
set -euo pipefail
API="${1:?asset API base URL}"
HOST=$(scutil --get ComputerName)
OUT="$PWD/inventory-${HOST// /-}.json"

TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
system_profiler SPHardwareDataType -json > "$TMP/hw.json"
system_profiler SPApplicationsDataType -json -detailLevel mini > "$TMP/apps.json"
FV=$(fdesetup isactive >/dev/null 2>&1 && echo on || echo off)
EDR=$( (systemextensionsctl list 2>/dev/null | grep -qiE 'falcon|sentinel|defender') && echo true || echo false)

python3 - "$OUT" "$HOST" "$FV" "$EDR" "$TMP" <<'PY'
import json, sys, platform, getpass, shutil
out, host, fv, edr, tmp = sys.argv[1:6]
hw = json.load(open(tmp + "/hw.json"))["SPHardwareDataType"][0]
apps = json.load(open(tmp + "/apps.json")).get("SPApplicationsDataType", [])
du = shutil.disk_usage("/")
inv = {
  "hostname": host, "serial": hw.get("serial_number"), "manufacturer": "Apple",
  "model": hw.get("machine_model"), "cpu": hw.get("chip_type") or hw.get("cpu_type"),
  "ram": hw.get("physical_memory"), "disk_gb": round(du.total/1e9), "disk_free_gb": round(du.free/1e9),
  "os": "macOS " + platform.mac_ver()[0], "encryption": fv, "edr_present": edr == "true",
  "assigned_user": getpass.getuser(),
  "applications": sorted({(a.get("_name"), a.get("version", "")) for a in apps
                          if a.get("path", "").startswith(("/Applications", "/Users"))}),
}
inv["applications"] = [{"name": n, "version": v} for n, v in inv["applications"]]
json.dump(inv, open(out, "w"), indent=2)
PY

echo "\n=== This is everything that would be sent ($OUT) ===\n"
cat "$OUT"
read "ans?Send this inventory to the IT asset register? [y/N] "
if [[ ! "$ans" =~ ^[Yy] ]]; then echo "Not sent. The file stays on this Mac."; exit 0; fi
: "${SNIPEIT_API_TOKEN:?ask IT for the token}"
curl -fsS -X POST "$API/api/v1/hardware" \
  -H "Authorization: Bearer $SNIPEIT_API_TOKEN" -H "Accept: application/json" -H "Content-Type: application/json" \
  -d "$(python3 -c 'import json,sys; i=json.load(open(sys.argv[1])); print(json.dumps({"name":i["hostname"],"serial":i["serial"],"status_id":2,"model_id":1,"notes":json.dumps(i)}))' "$OUT")"
echo "\nSent."
