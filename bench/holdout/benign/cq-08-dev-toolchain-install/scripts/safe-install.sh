#!/usr/bin/env bash
# Download an official toolchain installer to a temp file, show it, then run it.
set -euo pipefail

declare -A URL=(
  [rustup]="https://sh.rustup.rs"
  [uv]="https://astral.sh/uv/install.sh"
  [nvm]="https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh"
  [fnm]="https://fnm.vercel.app/install"
  [bun]="https://bun.sh/install"
  [deno]="https://deno.land/install.sh"
  [brew]="https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh"
)
declare -A SHELL_FOR=( [brew]=bash [nvm]=bash [fnm]=bash [bun]=bash )

if [ "${1:-}" = "--list" ]; then
  for k in "${!URL[@]}"; do printf '%-8s %s\n' "$k" "${URL[$k]}"; done | sort
  exit 0
fi

tool="${1:?usage: safe-install.sh <tool> [--yes] [-- installer-args...]}"; shift
[ -n "${URL[$tool]:-}" ] || { echo "unknown tool '$tool' (try --list)" >&2; exit 2; }

assume_yes=0
if [ "${1:-}" = "--yes" ]; then assume_yes=1; shift; fi
[ "${1:-}" = "--" ] && shift

if command -v "$tool" >/dev/null 2>&1 || { [ "$tool" = rustup ] && command -v cargo >/dev/null; }; then
  echo "$tool already appears to be installed: $(command -v "$tool" || command -v cargo)"
  echo "Nothing to do. (Use the tool's own self-update instead.)"
  exit 0
fi

url="${URL[$tool]}"
tmp="$(mktemp -t "${tool}-install.XXXXXX")"
trap 'rm -f "$tmp"' EXIT

echo "Downloading $url"
curl --proto '=https' --tlsv1.2 -fsSL "$url" -o "$tmp"

echo "----------------------------------------------------------------"
echo "size:   $(wc -c < "$tmp") bytes"
echo "sha256: $( (command -v sha256sum >/dev/null && sha256sum "$tmp" || shasum -a 256 "$tmp") | cut -d' ' -f1)"
echo "first 25 lines:"
head -n 25 "$tmp" | sed 's/^/  | /'
echo "----------------------------------------------------------------"

if [ "$assume_yes" -ne 1 ]; then
  if [ ! -t 0 ]; then
    echo "Not a terminal and --yes not given; not running. Review $url and re-run with --yes." >&2
    exit 1
  fi
  read -r -p "Run this installer now? [y/N] " ans
  case "$ans" in y|Y|yes) ;; *) echo "Aborted."; exit 1 ;; esac
fi

runner="${SHELL_FOR[$tool]:-sh}"
echo "Running: $runner <installer> $*"
"$runner" "$tmp" "$@"
