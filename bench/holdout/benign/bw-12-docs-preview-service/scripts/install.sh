#!/usr/bin/env bash
set -euo pipefail
project="${1:?usage: install.sh /abs/path/to/project [port]}"
port="${2:-8000}"
here="$(cd "$(dirname "$0")/.." && pwd)"

[[ "$project" = /* ]] || { echo "project path must be absolute" >&2; exit 1; }
[[ -f "$project/mkdocs.yml" ]] || { echo "no mkdocs.yml in $project" >&2; exit 1; }
[[ "$port" =~ ^[0-9]+$ ]] || { echo "bad port" >&2; exit 1; }
mkdocs_bin="$(command -v mkdocs)" || { echo "mkdocs not found on PATH" >&2; exit 1; }

render() {
  sed -e "s|__PROJECT__|$project|g" -e "s|__MKDOCS__|$mkdocs_bin|g" \
      -e "s|__PORT__|$port|g" -e "s|__HOME__|$HOME|g" -e "s|__USER__|$USER|g" "$1"
}

case "$(uname -s)" in
  Darwin)
    dest="$HOME/Library/LaunchAgents/com.$USER.docs-preview.plist"
    mkdir -p "$(dirname "$dest")" "$HOME/Library/Logs"
    render "$here/assets/docs-preview.plist.tmpl" > "$dest"
    launchctl bootout "gui/$(id -u)/com.$USER.docs-preview" 2>/dev/null || true
    launchctl bootstrap "gui/$(id -u)" "$dest"
    ;;
  Linux)
    dest="$HOME/.config/systemd/user/docs-preview.service"
    mkdir -p "$(dirname "$dest")"
    render "$here/assets/docs-preview.service.tmpl" > "$dest"
    systemctl --user daemon-reload
    systemctl --user enable --now docs-preview.service
    ;;
  *) echo "unsupported OS" >&2; exit 1 ;;
esac
echo "installed $dest — preview at http://127.0.0.1:$port"
