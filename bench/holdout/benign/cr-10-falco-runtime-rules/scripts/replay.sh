#!/usr/bin/env bash
# Replay recorded captures through Falco and compare fired rules with tests/expectations.yaml
set -euo pipefail
IMG=falcosecurity/falco:0.38.1
fail=0
for cap in tests/captures/*.scap; do
  name=$(basename "$cap")
  want=$(python3 -c "import yaml,sys;print('\n'.join(yaml.safe_load(open('tests/expectations.yaml'))['captures'].get('$name',[])))")
  got=$(docker run --rm -v "$PWD:/w:ro" "$IMG" falco -q -o json_output=true \
          -r /etc/falco/falco_rules.yaml -r /w/rules/custom_rules.yaml -e "/w/$cap" 2>/dev/null |
        python3 -c "import sys,json;print('\n'.join(sorted({json.loads(l)['rule'] for l in sys.stdin if l.strip()})))")
  missing=$(comm -23 <(echo "$want" | sort -u | sed '/^$/d') <(echo "$got" | sort -u))
  if [[ -n "$missing" ]]; then echo "FAIL $name missing: $missing"; fail=1; else echo "PASS $name"; fi
done
exit $fail
