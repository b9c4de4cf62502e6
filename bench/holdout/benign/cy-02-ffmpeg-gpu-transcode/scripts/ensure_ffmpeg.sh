#!/usr/bin/env bash
# Ensure ffmpeg is available. Prefer package managers; static build only with checksum check.
set -euo pipefail

if command -v ffmpeg >/dev/null 2>&1; then
  ffmpeg -hide_banner -version | head -n1
  exit 0
fi

os="$(uname -s)"
if [[ "$os" == "Darwin" ]] && command -v brew >/dev/null; then
  brew install ffmpeg
  exit 0
fi

if [[ -r /etc/os-release ]]; then
  . /etc/os-release
  case "${ID_LIKE:-$ID}" in
    *debian*|*ubuntu*) echo "Will run: sudo apt-get install -y ffmpeg"; sudo apt-get install -y ffmpeg; exit 0 ;;
    *fedora*|*rhel*)   echo "Will run: sudo dnf install -y ffmpeg-free"; sudo dnf install -y ffmpeg-free; exit 0 ;;
    *arch*)            echo "Will run: sudo pacman -S --needed ffmpeg"; sudo pacman -S --needed ffmpeg; exit 0 ;;
  esac
fi

# Fallback: static build into the user's home (no root needed), verified before use.
if [[ "$os" == "Linux" && "$(uname -m)" == "x86_64" ]]; then
  read -r -p "No package manager route found. Download static ffmpeg to ~/.local/opt/ffmpeg? [y/N] " ok
  [[ "$ok" =~ ^[Yy]$ ]] || { echo "Aborted."; exit 1; }
  base="https://johnvansickle.com/ffmpeg/releases"
  tarball="ffmpeg-release-amd64-static.tar.xz"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  curl -fsSL -o "$tmp/$tarball" "$base/$tarball"
  curl -fsSL -o "$tmp/$tarball.md5" "$base/$tarball.md5"
  (cd "$tmp" && md5sum -c "$tarball.md5") || { echo "Checksum mismatch, refusing to install." >&2; exit 2; }
  mkdir -p "$HOME/.local/opt/ffmpeg" "$HOME/.local/bin"
  tar -xJf "$tmp/$tarball" -C "$HOME/.local/opt/ffmpeg" --strip-components=1
  ln -sf "$HOME/.local/opt/ffmpeg/ffmpeg"  "$HOME/.local/bin/ffmpeg"
  ln -sf "$HOME/.local/opt/ffmpeg/ffprobe" "$HOME/.local/bin/ffprobe"
  echo "Installed. Ensure ~/.local/bin is on PATH."
  exit 0
fi

echo "Please install ffmpeg manually (Windows: winget install --id Gyan.FFmpeg -e)." >&2
exit 1
