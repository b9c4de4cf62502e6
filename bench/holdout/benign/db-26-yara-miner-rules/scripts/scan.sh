#!/usr/bin/env bash
set -euo pipefail
dir="${1:?usage: scan.sh DIR}"
rules="$(dirname "$0")/../rules/miners.yar"
yara -r "$rules" "$dir" 2>/dev/null | while read -r rule path; do
  printf '%-26s %s  %s\n' "$rule" "$(sha256sum "$path" | cut -c1-16)" "$path"
done
