#!/usr/bin/env bash
set -euo pipefail
root="${1:-.}"
cd "$root"

if [[ -f deno.json || -f deno.jsonc || -f deno.lock ]]; then
  v=$(grep -Eo '"deno"[[:space:]]*:[[:space:]]*"[^"]+"' deno.json 2>/dev/null | sed -E 's/.*"([^"]+)"$/\1/' || true)
  echo "deno ${v:-latest}"; exit 0
fi
if [[ -f bun.lockb || -f bun.lock || -f bunfig.toml ]]; then
  echo "bun latest"; exit 0
fi
for f in .nvmrc .node-version; do
  if [[ -f $f ]]; then echo "node $(tr -d ' \n' < "$f")"; exit 0; fi
done
if [[ -f package.json ]] && command -v node >/dev/null; then
  v=$(node -e 'try{console.log(require("./package.json").engines.node||"")}catch(e){}')
  [[ -n $v ]] && { echo "node $v"; exit 0; }
fi
echo unknown
