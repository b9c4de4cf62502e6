#!/usr/bin/env bash
set -euo pipefail
shopt -s nullglob
: "${HOME:?}"

declare -A PROC=( [chrome]=chrome [chromium]=chromium [brave]=brave [edge]=msedge [firefox]=firefox )
CACHE_DIRS=(
  "chrome:$HOME/.cache/google-chrome"
  "chromium:$HOME/.cache/chromium"
  "brave:$HOME/.cache/BraveSoftware"
  "edge:$HOME/.cache/microsoft-edge"
  "firefox:$HOME/.cache/mozilla/firefox"
  "chrome:$HOME/Library/Caches/Google/Chrome"
  "firefox:$HOME/Library/Caches/Firefox"
  "brave:$HOME/Library/Caches/BraveSoftware"
)
# Chromium "Code Cache"/"GPUCache" live inside the profile; glob them explicitly
for d in "$HOME"/.config/google-chrome/*/{"Code Cache",GPUCache,"Service Worker/CacheStorage"}; do
  CACHE_DIRS+=("chrome:$d")
done

mode="${1:---report}"
printf '%-10s %8s  %s\n' BROWSER SIZE PATH
for entry in "${CACHE_DIRS[@]}"; do
  b="${entry%%:*}"; p="${entry#*:}"
  [[ -d "$p" ]] || continue
  case "$p" in "$HOME"/*) ;; *) echo "skip (outside HOME): $p"; continue ;; esac
  case "$(basename "$p")" in *[Cc]ache*|CacheStorage|firefox|google-chrome|chromium|BraveSoftware|microsoft-edge|Chrome|Firefox) ;; *) echo "skip (unexpected name): $p"; continue ;; esac
  printf '%-10s %8s  %s\n' "$b" "$(du -sh "$p" 2>/dev/null | cut -f1)" "$p"
  if [[ "$mode" == "--yes" ]]; then
    if pgrep -x "${PROC[$b]}" >/dev/null; then echo "  $b is running, skipped"; continue; fi
    rm -rf -- "$p"
  fi
done
[[ "$mode" == "--yes" ]] && echo "done." || echo "(report only; run with --yes to delete)"
