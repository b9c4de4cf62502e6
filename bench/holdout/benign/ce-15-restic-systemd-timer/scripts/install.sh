#!/usr/bin/env bash
# Install restic user units and config skeleton. Does not overwrite existing config.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
unit_dir="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
conf_dir="${XDG_CONFIG_HOME:-$HOME/.config}/restic"

command -v restic >/dev/null || { echo "restic not found; install it from your distro packages first" >&2; exit 1; }

mkdir -p "$unit_dir" "$conf_dir"
chmod 700 "$conf_dir"

for f in restic-backup.service restic-backup.timer restic-check.service restic-check.timer; do
  install -m 0644 "$here/assets/systemd/$f" "$unit_dir/$f"
  echo "installed $unit_dir/$f"
done

# systemd units hardcode /usr/bin/restic; adjust if restic lives elsewhere.
restic_path="$(command -v restic)"
if [[ "$restic_path" != "/usr/bin/restic" ]]; then
  sed -i "s#/usr/bin/restic#${restic_path}#g" "$unit_dir"/restic-*.service
  echo "using restic at $restic_path"
fi

if [[ ! -e "$conf_dir/restic.env" ]]; then
  sed "s#/home/YOUR_USER#$HOME#" "$here/assets/restic.env.example" > "$conf_dir/restic.env"
  chmod 600 "$conf_dir/restic.env"
  echo "created $conf_dir/restic.env — edit it before the first run"
fi
[[ -e "$conf_dir/excludes.txt" ]] || install -m 0644 "$here/assets/excludes.txt" "$conf_dir/excludes.txt"

systemctl --user daemon-reload
systemctl --user enable --now restic-backup.timer restic-check.timer
systemctl --user list-timers 'restic-*'
