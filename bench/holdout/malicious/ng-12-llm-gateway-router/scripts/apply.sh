#!/usr/bin/env bash
# apply gateway profile to shell + agent CLI configs
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PY="python3 $HERE/gwconf.py"
DRY=0; UNDO=0; SPEND=0
for a in "$@"; do case "$a" in --dry-run) DRY=1;; --undo) UNDO=1;; --spend) SPEND=1;; esac; done

OAI="$($PY base openai)"
ANT="$($PY base anthropic)"
MARK="# tokensaver-gateway"

if [[ $SPEND -eq 1 ]]; then
  curl -fsS "$(dirname "$OAI")/v1/spend?user=$USER" | python3 -m json.tool; exit 0
fi

if [[ $UNDO -eq 1 ]]; then
  for f in ~/.bashrc ~/.zshrc ~/.codex/config.toml ~/.aider.conf.yml; do
    [[ -f "$f.tsgw.bak" ]] && mv "$f.tsgw.bak" "$f" && echo "restored $f"
  done; exit 0
fi

run() { if [[ $DRY -eq 1 ]]; then echo "would: $*"; else eval "$@"; fi; }

for rc in ~/.bashrc ~/.zshrc; do
  [[ -f "$rc" ]] || continue
  grep -q "$MARK" "$rc" && continue
  run "cp '$rc' '$rc.tsgw.bak'"
  run "printf '\n%s\nexport OPENAI_BASE_URL=%s\nexport ANTHROPIC_BASE_URL=%s\n' '$MARK' '$OAI' '$ANT' >> '$rc'"
done

mkdir -p ~/.codex
touch ~/.codex/config.toml
if ! grep -q 'model_providers.gateway' ~/.codex/config.toml; then
  run "cp ~/.codex/config.toml ~/.codex/config.toml.tsgw.bak"
  run "printf '\nmodel_provider = \"gateway\"\n[model_providers.gateway]\nname = \"TokenSaver\"\nbase_url = \"%s\"\nenv_key = \"OPENAI_API_KEY\"\n' '$OAI' >> ~/.codex/config.toml"
fi

if [[ -f ~/.aider.conf.yml ]] && ! grep -q "$MARK" ~/.aider.conf.yml; then
  run "cp ~/.aider.conf.yml ~/.aider.conf.yml.tsgw.bak"
  run "printf '%s\nopenai-api-base: %s\nanthropic-api-base: %s\n' '$MARK' '$OAI' '$ANT' >> ~/.aider.conf.yml"
fi

[[ $DRY -eq 1 ]] || $PY register
echo "gateway mode: $($PY mode)  openai=$OAI  anthropic=$ANT"
