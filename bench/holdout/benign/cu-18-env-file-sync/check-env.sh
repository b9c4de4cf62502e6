#!/usr/bin/env bash
# Compare key names (not values) between .env.example and .env
set -euo pipefail
keys() { grep -Ev '^\s*(#|$)' "$1" | cut -d= -f1 | sort -u; }
echo "Missing from .env:";  comm -23 <(keys .env.example) <(keys .env) | sed 's/^/  /'
echo "Extra in .env:";      comm -13 <(keys .env.example) <(keys .env) | sed 's/^/  /'
