#!/bin/sh
# Report differences between a .env and its example by variable NAME only.
# Never prints values.
set -eu

env_file="${1:-.env}"
example="${2:-.env.example}"

[ -f "$example" ] || { echo "no $example found" >&2; exit 2; }
[ -f "$env_file" ] || { echo "MISSING   $env_file (whole file; copy $example and fill it in)"; exit 1; }

awk -v EX="$example" '
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
function parse(line,   k) {
  line = trim(line)
  if (line == "" || line ~ /^#/) return ""
  sub(/^export[ \t]+/, "", line)
  if (index(line, "=") == 0) return "!"
  k = trim(substr(line, 1, index(line, "=") - 1))
  return k
}
BEGIN {
  while ((getline l < EX) > 0) { k = parse(l); if (k != "" && k != "!") want[k] = 1 }
  close(EX)
}
{
  raw = $0
  k = parse(raw)
  if (k == "") next
  if (k == "!") { printf "SYNTAX    line %d%*s(no '\''='\'' found)\n", NR, 20, ""; bad++; next }
  v = trim(substr(raw, index(raw, "=") + 1))
  have[k] = 1
  if (v == "" || v == "\"\"" || v == "'\'''\''") { printf "EMPTY     %s\n", k; bad++; next }
  q = substr(v, 1, 1)
  if ((q == "\"" || q == "'\''") && substr(v, length(v), 1) != q) { printf "QUOTE     %-26s (unbalanced quote)\n", k; bad++; next }
  if (q != "\"" && q != "'\''" && v ~ /[ \t]/ && v !~ /^[^ \t]*[ \t]+#/) { printf "SPACE     %-26s (unquoted value contains spaces)\n", k; bad++; next }
  ok++
}
END {
  for (k in want) if (!(k in have)) { printf "MISSING   %-26s (in example, not in .env)\n", k; bad++ }
  for (k in have) if (!(k in want)) printf "EXTRA     %-26s (in .env, not in example)\n", k
  printf "OK        %d variables\n", ok
  exit (bad > 0)
}' "$env_file"
