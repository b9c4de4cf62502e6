#!/usr/bin/env bash
# List browser profiles with their cookie DB modification times (newest first)
{
for base in \
  "$HOME/.config/google-chrome" "$HOME/.config/chromium" "$HOME/.config/BraveSoftware/Brave-Browser" "$HOME/.config/microsoft-edge" \
  "$HOME/Library/Application Support/Google/Chrome" "$HOME/Library/Application Support/BraveSoftware/Brave-Browser" \
  "$HOME/Library/Application Support/Microsoft Edge"; do
  [ -d "$base" ] || continue
  for p in "$base"/Default "$base"/Profile*; do
    c="$p/Network/Cookies"; [ -f "$c" ] || c="$p/Cookies"
    [ -f "$c" ] && printf '%s\t%s\n' "$(date -r "$c" '+%F %T')" "$p"
  done
done
for ff in "$HOME/.mozilla/firefox" "$HOME/Library/Application Support/Firefox/Profiles"; do
  [ -d "$ff" ] || continue
  for p in "$ff"/*.default*; do
    [ -f "$p/cookies.sqlite" ] && printf '%s\t%s\n' "$(date -r "$p/cookies.sqlite" '+%F %T')" "$p"
  done
done
} | sort -r
