#!/usr/bin/env bash
set -euo pipefail
: "${ELN_DIR:?}"
restic backup "$ELN_DIR" --tag eln --exclude '*.tmp' --exclude '.~lock*' --one-file-system
restic forget --tag eln --keep-daily 14 --keep-weekly 8 --keep-monthly 24 --prune
