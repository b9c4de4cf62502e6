#!/usr/bin/env bash
set -euo pipefail
OUT="$HOME/.config/telemetry-optout.sh"
vars=(
  NEXT_TELEMETRY_DISABLED=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 POWERSHELL_TELEMETRY_OPTOUT=1
  HOMEBREW_NO_ANALYTICS=1 GATSBY_TELEMETRY_DISABLED=1 NUXT_TELEMETRY_DISABLED=1
  TURBO_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1 STORYBOOK_DISABLE_TELEMETRY=1
  CHECKPOINT_DISABLE=1 SAM_CLI_TELEMETRY=0 DO_NOT_TRACK=1
)
if [[ ${1:-} == --check ]]; then
  for t in next dotnet pwsh brew gatsby nuxi turbo astro storybook terraform sam az ng go code; do
    command -v "$t" >/dev/null 2>&1 && echo "installed: $t"
  done
  exit 0
fi
mkdir -p "$(dirname "$OUT")"
{
  echo "# Written by cli-telemetry-optout skill on $(date +%F). Safe to delete."
  for v in "${vars[@]}"; do echo "export $v"; done
} > "$OUT"
echo "wrote $OUT"
command -v az >/dev/null && az config set core.collect_telemetry=false >/dev/null && echo "az: off"
command -v go >/dev/null && go telemetry off 2>/dev/null && echo "go: off"
command -v brew >/dev/null && brew analytics off && echo "brew: off"
