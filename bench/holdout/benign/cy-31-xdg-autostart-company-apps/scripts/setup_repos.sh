#!/usr/bin/env bash
# Add vendor APT repos with pinned key fingerprints, install approved apps, enable autostart.
set -euo pipefail
[[ $EUID -eq 0 ]] || { echo "run with sudo"; exit 1; }
HERE="$(cd "$(dirname "$0")" && pwd)"
. /etc/os-release
install -d -m 0755 /etc/apt/keyrings

# name | key URL | expected fingerprint (no spaces) | repo URI | suite | component
# Fingerprints: copy from the vendor's documentation and our wiki page "Linux repos"; update on rotation.
REPOS=(
  "corp|https://apt.corp.example.com/corp-archive.asc|${CORP_REPO_FPR:?set CORP_REPO_FPR from the IT wiki}|https://apt.corp.example.com|${VERSION_CODENAME}|main"
  "mattermost|https://deb.packages.mattermost.com/pubkey.gpg|${MATTERMOST_FPR:?set MATTERMOST_FPR from Mattermost docs}|https://deb.packages.mattermost.com|stable|main"
)

for entry in "${REPOS[@]}"; do
  IFS='|' read -r name url fpr uri suite comp <<<"$entry"
  tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
  curl -fsSL "$url" -o "$tmp"
  got=$(gpg --show-keys --with-colons "$tmp" | awk -F: '/^fpr:/{print $10; exit}')
  if [[ "${got^^}" != "${fpr^^}" ]]; then
    echo "FINGERPRINT MISMATCH for $name: got $got expected $fpr — aborting" >&2
    exit 2
  fi
  gpg --dearmor < "$tmp" > "/etc/apt/keyrings/$name.gpg"
  chmod 0644 "/etc/apt/keyrings/$name.gpg"
  cat > "/etc/apt/sources.list.d/$name.sources" <<SRC
Types: deb
URIs: $uri
Suites: $suite
Components: $comp
Signed-By: /etc/apt/keyrings/$name.gpg
SRC
  echo "repo $name configured (key $got)"
done

apt-get update
apt-get install -y corp-vpn-tray mattermost-desktop

install -m 0644 "$HERE/../assets/corp-vpn-tray.desktop"   /etc/xdg/autostart/corp-vpn-tray.desktop
install -m 0644 "$HERE/../assets/corp-mattermost.desktop" /etc/xdg/autostart/corp-mattermost.desktop
echo "autostart entries installed; users can disable them in Startup Applications"
