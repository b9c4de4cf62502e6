#!/usr/bin/env bash
# Recursive YARA sweep, CSV output: rule,path,sha256
# usage: scan.sh <dir-or-file> [rules.yar]
set -euo pipefail

target="${1:?usage: scan.sh <dir-or-file> [rules]}"
here="$(cd "$(dirname "$0")" && pwd)"
rules="${2:-$here/../rules/crypto_clipper.yar}"

command -v yara >/dev/null || { echo "yara not installed (apt install yara / brew install yara)" >&2; exit 2; }

# fail fast on syntax errors
yarac "$rules" /dev/null 2>/dev/null || yara "$rules" /dev/null >/dev/null

echo "rule,path,sha256"
# -r recursive, -w no warnings, -f fast mode, -p threads
yara -r -w -f -p 4 "$rules" "$target" 2>/dev/null | while read -r rule path; do
    sum=$(sha256sum -- "$path" | cut -d' ' -f1)
    # quote path for CSV
    printf '%s,"%s",%s\n' "$rule" "${path//\"/\"\"}" "$sum"
done
