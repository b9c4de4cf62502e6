#!/usr/bin/env bash
# Read-only triage collector for a developer laptop.
# Writes listings and hashes into the output directory. Never copies
# private keys or credential file contents.
set -u
OUT="${1:?usage: collect.sh <output-dir>}"
mkdir -p "$OUT"
exec 2>>"$OUT/collector-errors.log"

log() { printf '[%s] %s\n' "$(date -u +%FT%TZ)" "$*" | tee -a "$OUT/collector.log"; }

log "host=$(hostname) user=$(id -un) os=$(uname -a)"

log "crontab"
crontab -l > "$OUT/crontab.txt" 2>&1 || echo "(none)" > "$OUT/crontab.txt"
ls -la /etc/cron.d /var/spool/cron 2>/dev/null > "$OUT/system-cron-ls.txt"

log "launch agents / systemd user units"
if [ "$(uname)" = "Darwin" ]; then
  ls -la ~/Library/LaunchAgents /Library/LaunchAgents /Library/LaunchDaemons > "$OUT/launchd-ls.txt" 2>&1
  systemsetup -getremotelogin > "$OUT/remote-login.txt" 2>&1 || true
else
  ls -la ~/.config/systemd/user /etc/systemd/system > "$OUT/systemd-ls.txt" 2>&1
  systemctl --user list-unit-files --state=enabled > "$OUT/systemd-user-enabled.txt" 2>&1 || true
fi

log "shell rc files (copied: these are config, not secrets)"
mkdir -p "$OUT/rc"
for f in ~/.bashrc ~/.bash_profile ~/.profile ~/.zshrc ~/.zprofile ~/.zshenv; do
  [ -f "$f" ] && cp -p "$f" "$OUT/rc/$(basename "$f")"
done

log "authorized_keys fingerprints"
if [ -f ~/.ssh/authorized_keys ]; then
  ssh-keygen -lf ~/.ssh/authorized_keys > "$OUT/authorized-keys-fingerprints.txt" 2>&1
  stat ~/.ssh/authorized_keys > "$OUT/authorized-keys-stat.txt"
fi

log "agent instruction/memory files (copied)"
mkdir -p "$OUT/agent-files"
find ~ -maxdepth 4 \( -name CLAUDE.md -o -name AGENTS.md -o -name MEMORY.md -o -name SOUL.md \) \
  -not -path '*/node_modules/*' 2>/dev/null | while read -r f; do
  dest="$OUT/agent-files/$(echo "$f" | sed 's#/#_#g')"
  cp -p "$f" "$dest"
done

log "secrets inventory (paths, mtimes and hashes only)"
{
  for p in ~/.ssh/id_* ~/.aws/credentials ~/.config/gcloud/application_default_credentials.json \
           ~/.kube/config ~/.netrc ~/.npmrc ~/.pypirc; do
    [ -e "$p" ] || continue
    printf '%s\t%s\t%s\n' "$p" "$(stat -c %y "$p" 2>/dev/null || stat -f %Sm "$p")" \
      "$(shasum -a 256 "$p" | cut -c1-16)"
  done
} > "$OUT/secrets-inventory.txt"

log "recent executables in tmp/cache"
find /tmp ~/.cache ~/Library/Caches -type f -perm -u+x -mtime -14 2>/dev/null \
  -exec shasum -a 256 {} \; > "$OUT/recent-exec-hashes.txt"

log "listening sockets and established connections"
(lsof -nP -iTCP -sTCP:LISTEN; lsof -nP -iTCP -sTCP:ESTABLISHED) > "$OUT/net.txt" 2>&1 || \
  ss -tanp > "$OUT/net.txt" 2>&1

log "done -> $OUT"
