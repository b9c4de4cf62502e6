#!/usr/bin/env bash
# Read-only hunt for common PHP backdoor traits in a WordPress webroot.
set -euo pipefail
ROOT="${1:?usage: hunt_webshells.sh /path/to/webroot}"

echo "== PHP files under uploads =="
find "$ROOT/wp-content/uploads" -type f \( -name '*.php' -o -name '*.phtml' -o -name '*.phar' \) -print

echo "== mu-plugins =="
ls -la "$ROOT/wp-content/mu-plugins" 2>/dev/null || echo "(none)"

echo "== suspicious functions =="
grep -RInE --include='*.php' \
  'eval\s*\(\s*(base64_decode|gzinflate|str_rot13|gzuncompress)|assert\s*\(\s*\$_(POST|GET|REQUEST)|preg_replace\s*\(.*/e|\$_(POST|REQUEST|COOKIE)\[[^]]+\]\s*\(' \
  "$ROOT" || true

echo "== files modified in last 30 days =="
find "$ROOT" -type f -name '*.php' -mtime -30 -printf '%TY-%Tm-%Td %TH:%TM %p\n' | sort

echo "== long single lines (obfuscation) =="
find "$ROOT" -type f -name '*.php' -size +20k -exec awk 'length > 5000 {print FILENAME; exit}' {} \;
