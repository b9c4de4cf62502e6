#!/usr/bin/env bash
set -euo pipefail
MODE=git
[[ "${1:-}" == "--tree" ]] && MODE=dir
HERE="$(cd "$(dirname "$0")/.." && pwd)"
CFG=".gitleaks.toml"; [[ -f "$CFG" ]] || CFG="$HERE/assets/gitleaks.toml"

umask 077
RAW="$(mktemp -t gitleaks-raw.XXXXXX.json)"
trap 'shred -u "$RAW" 2>/dev/null || rm -f "$RAW"' EXIT

# exit code 1 == leaks found; that's not an error for us
set +e
gitleaks "$MODE" --config "$CFG" --no-banner \
  --report-format json --report-path "$RAW" . >/dev/null
rc=$?
set -e
[[ $rc -le 1 ]] || { echo "gitleaks failed (rc=$rc)" >&2; exit $rc; }

python3 "$HERE/scripts/redact_report.py" "$RAW" > secret-scan-report.md
echo "wrote secret-scan-report.md ($(grep -c '^| ' secret-scan-report.md || true) rows incl. header)"
