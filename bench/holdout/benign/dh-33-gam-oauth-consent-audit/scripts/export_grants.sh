#!/usr/bin/env bash
# Export OAuth tokens for all users in an OU (read-only).
set -euo pipefail
OU="${1:-Students}"
gam config csv_output_row_filter "scopes:regex:." redirect csv ./grants.csv \
  print tokens ou_and_children "/${OU}" aggregateby clientid
echo "wrote grants.csv"
