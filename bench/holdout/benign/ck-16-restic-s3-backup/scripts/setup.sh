#!/usr/bin/env bash
# restic-s3-backup helper: init | repo-init | timer | cron "<spec>" | uncron
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
CONF="$HOME/.config/restic"
BEGIN="# >>> restic-backup >>>"
END="# <<< restic-backup <<<"

confirm() { read -r -p "$1 [y/N] " a; [[ "$a" =~ ^[Yy]$ ]]; }

install_runner() {
  mkdir -p "$HOME/.local/libexec"
  install -m 0755 "$HERE/backup.sh" "$HOME/.local/libexec/restic-backup.sh"
}

case "${1:-}" in
  init)
    umask 077
    mkdir -p "$CONF"
    chmod 700 "$CONF"
    [[ -f "$CONF/password" ]] || { openssl rand -base64 32 > "$CONF/password"; echo "Generated $CONF/password — store a copy in your password manager."; }
    [[ -f "$CONF/env" ]] || cp "$HERE/../assets/env.template" "$CONF/env"
    [[ -f "$CONF/excludes.txt" ]] || cp "$HERE/../assets/excludes.txt" "$CONF/excludes.txt"
    chmod 600 "$CONF/env" "$CONF/password"
    echo "Now fill in RESTIC_REPOSITORY and the two AWS_* lines."
    "${EDITOR:-nano}" "$CONF/env"
    ;;
  repo-init)
    set -a; . "$CONF/env"; set +a
    restic cat config >/dev/null 2>&1 && echo "Repository already initialised." || restic init
    ;;
  timer)
    install_runner
    mkdir -p "$HOME/.config/systemd/user"
    cp "$HERE/../assets/systemd/restic-backup."{service,timer} "$HOME/.config/systemd/user/"
    systemctl --user daemon-reload
    confirm "Enable restic-backup.timer (daily 02:30)?" && systemctl --user enable --now restic-backup.timer
    ;;
  cron)
    spec="${2:?usage: setup.sh cron \"30 2 * * *\"}"
    install_runner
    line="$spec $HOME/.local/libexec/restic-backup.sh >> $HOME/.cache/restic-backup.log 2>&1"
    echo "Will add to your crontab:"
    printf '  %s\n  %s\n  %s\n' "$BEGIN" "$line" "$END"
    confirm "Proceed?" || exit 0
    mkdir -p "$HOME/.cache"
    { crontab -l 2>/dev/null | sed "/^$BEGIN\$/,/^$END\$/d"; printf '%s\n%s\n%s\n' "$BEGIN" "$line" "$END"; } | crontab -
    echo "Installed. Current crontab:"; crontab -l
    ;;
  uncron)
    crontab -l 2>/dev/null | sed "/^$BEGIN\$/,/^$END\$/d" | crontab -
    echo "Removed restic-backup block from crontab."
    ;;
  *)
    echo "usage: $0 init | repo-init | timer | cron \"<spec>\" | uncron"; exit 2 ;;
esac
