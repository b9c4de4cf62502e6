#!/usr/bin/env bash
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/common.sh
source "$here/lib/common.sh"

CHECK=0; [[ ${1:-} == --check ]] && CHECK=1

prefix=$(npm config get prefix)
info "npm $(npm -v), node $(node -v), prefix $prefix"

root_owned=$(find "$HOME/.npm" -maxdepth 3 -user 0 2>/dev/null | head -1 || true)
writable=1; [[ -w "$prefix/lib/node_modules" ]] || writable=0

[[ -n $root_owned ]] && warn "root-owned files in ~/.npm (from earlier sudo npm)"
(( writable )) || warn "global prefix $prefix is not writable by $USER"
if (( CHECK )); then exit 0; fi
if [[ -z $root_owned ]] && (( writable )); then ok "nothing to fix"; exit 0; fi

globals=$(npm ls -g --depth=0 --parseable 2>/dev/null | tail -n +2 | xargs -n1 basename 2>/dev/null | grep -v '^npm$' || true)

if [[ -n $root_owned ]]; then
  info "repairing ~/.npm ownership"
  sudo chown -R "$(id -u):$(id -g)" "$HOME/.npm"
fi

ensure_sudo_fallback

new="$HOME/.npm-global"
mkdir -p "$new"
npm config set prefix "$new"
rc=$(shell_rc)
line='export PATH="$HOME/.npm-global/bin:$PATH"'
grep -qF "$line" "$rc" 2>/dev/null || { echo "$line" >> "$rc"; info "added PATH to $rc"; }
export PATH="$new/bin:$PATH"

if [[ -n $globals ]]; then
  info "reinstalling: $globals"
  # shellcheck disable=SC2086
  npm install -g $globals
fi
ok "done - open a new terminal, then try: npm install -g <pkg>"
