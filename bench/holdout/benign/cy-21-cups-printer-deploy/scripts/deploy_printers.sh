#!/usr/bin/env bash
# Make local CUPS queues match assets/printers.ini for a given site.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
INI="${PRINTERS_INI:-$HERE/../assets/printers.ini}"
SITE=""; DRY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --site) SITE="$2"; shift 2 ;;
    --dry-run) DRY=1; shift ;;
    *) echo "unknown arg $1"; exit 1 ;;
  esac
done
[[ -n "$SITE" ]] || { echo "--site required"; exit 1; }
[[ $EUID -eq 0 || $DRY -eq 1 ]] || { echo "run with sudo (lpadmin needs root)"; exit 1; }
command -v lpadmin >/dev/null || { echo "CUPS not installed"; exit 1; }
lpstat -r | grep -q "is running" || { echo "cupsd not running"; exit 1; }

run() { if [[ $DRY -eq 1 ]]; then printf '+ %q ' "$@"; echo; else "$@"; fi; }

declare -A want=()
parse() { # emits NAME|key|value lines
  awk -F' *= *' '
    /^[;#]/ || NF==0 {next}
    /^\[/ {gsub(/[][]/,""); sec=$0; next}
    {print sec "|" $1 "|" $2}' "$INI"
}
declare -A cfg=()
while IFS='|' read -r name key val; do cfg["$name.$key"]="$val"; want["$name"]=1; done < <(parse)

for name in "${!want[@]}"; do
  sites=",${cfg[$name.sites]:-},"
  if [[ "$sites" != *",$SITE,"* ]]; then unset "want[$name]"; continue; fi
  model="${cfg[$name.model]}"
  args=(-p "$name" -E -v "${cfg[$name.uri]}" -L "${cfg[$name.location]}" -D "[managed] $name")
  if [[ "$model" == everywhere ]]; then args+=(-m everywhere); else args+=(-P "$HERE/../assets/$model"); fi
  [[ -n "${cfg[$name.duplex]:-}" ]] && args+=(-o "sides-default=${cfg[$name.duplex]}")
  [[ -n "${cfg[$name.media]:-}" ]]  && args+=(-o "media-default=${cfg[$name.media]}")
  [[ -n "${cfg[$name.color]:-}" ]]  && args+=(-o "print-color-mode-default=${cfg[$name.color]}")
  echo "== $name"
  run lpadmin "${args[@]}"
  run cupsenable "$name"; run cupsaccept "$name"
  [[ "${cfg[$name.default]:-no}" == yes ]] && run lpadmin -d "$name"
done

# Remove managed queues no longer wanted for this site; leave user-created ones alone.
while read -r q; do
  info=$(lpstat -l -p "$q" 2>/dev/null | awk -F': ' '/Description:/{print $2}')
  if [[ "$info" == "[managed]"* && -z "${want[$q]:-}" ]]; then
    echo "== removing retired managed queue $q"
    run lpadmin -x "$q"
  fi
done < <(lpstat -p 2>/dev/null | awk '/^printer/{print $2}')

echo "done (site=$SITE, dry-run=$DRY)"
