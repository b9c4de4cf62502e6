#!/usr/bin/env bash
# Search logs (incl. rotated .gz) for JNDI injection attempts; print defanged callback hosts.
set -uo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 LOGDIR [LOGDIR...]"; exit 2; }

# Plain and common obfuscated forms of "${jndi:" (case-insensitive).
PATTERN='\$\{(jndi|\$\{(lower|upper):j\}|\$\{::-j\}|\$\{env:[^}]*:-j\}|\$\{date:.j.\})'
PATTERN+='|\$\{[^}]*j[^}]*n[^}]*d[^}]*i[^}]*:(ldap|ldaps|rmi|dns|iiop|corba|nds|http)'
PATTERN+='|%24%7Bjndi'

for dir in "$@"; do
  find "$dir" -type f \( -name '*.log' -o -name '*.log.*' -o -name '*.gz' -o -name 'access*' -o -name 'error*' \) -print0 |
  while IFS= read -r -d '' f; do
    zgrep -EiHn "$PATTERN" "$f" 2>/dev/null
  done
done | tee /dev/stderr | python3 -c '
import re, sys, collections
hosts = collections.Counter()
for line in sys.stdin:
    for m in re.finditer(r"(?i)(?:ldaps?|rmi|dns|iiop)://([A-Za-z0-9.\-_${}:]+)", line):
        h = re.sub(r"\$\{[^}]*\}", "", m.group(1)).split(":")[0].split("/")[0]
        if h:
            hosts[h.replace(".", "[.]")] += 1
print("\n== Callback hosts (defanged), count ==")
for h, n in hosts.most_common(50):
    print(f"{n:6}  {h}")
'
