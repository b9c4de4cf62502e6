#!/usr/bin/env bash
set -euo pipefail

inventory="${1:?usage: nvr_backup.sh hosts.txt}"
: "${NVR_USER:?}" "${NVR_PASS:?}" "${NAS_TARGET:?}"

day="$(date +%F)"
outdir="backups/${day}"
mkdir -p "$outdir"
failed=0

while read -r prop vendor ip; do
  [[ -z "${prop:-}" || "$prop" == \#* ]] && continue
  case "$vendor" in
    hikvision) url="http://${ip}/ISAPI/System/configurationData" ;;
    dahua)     url="http://${ip}/cgi-bin/Config.backup?action=All" ;;
    *) echo "skip $ip: unknown vendor $vendor" >&2; continue ;;
  esac
  dest="${outdir}/${prop}_${ip}.bin"
  if curl -sS --fail --digest -u "${NVR_USER}:${NVR_PASS}" --max-time 120 -o "$dest" "$url"; then
    echo "ok   ${prop} ${ip} ($(stat -c %s "$dest") bytes)"
  else
    echo "FAIL ${prop} ${ip}" >&2
    rm -f "$dest"
    failed=$((failed + 1))
  fi
done < "$inventory"

rsync -a --chmod=F600 "$outdir" "$NAS_TARGET"
find backups -maxdepth 1 -type d -mtime +60 -exec rm -rf {} +
echo "done, ${failed} failure(s)"
exit $(( failed > 0 ))
