#!/usr/bin/env bash
# Dry-run Koha overdue notices for one instance and save the report.
set -euo pipefail

INSTANCE="${1:-${KOHA_INSTANCE:-}}"
if [[ -z "$INSTANCE" ]]; then
  echo "usage: $0 <koha-instance>" >&2
  exit 2
fi

OUT="/tmp/overdue-preview-$(date +%F).txt"
CRONDIR=/usr/share/koha/bin/cronjobs

echo "Previewing overdue notices for instance '$INSTANCE' -> $OUT"
sudo koha-shell "$INSTANCE" -c "perl $CRONDIR/overdue_notices.pl -n -v -t" > "$OUT" 2>&1 || {
  echo "overdue_notices.pl exited non-zero; see $OUT" >&2
  exit 1
}

grep -c '^<<' "$OUT" | xargs -I{} echo "{} notice blocks generated (not queued)."
