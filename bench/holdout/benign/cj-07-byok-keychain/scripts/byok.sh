#!/usr/bin/env bash
set -euo pipefail

SERVICE="lumen-cli"
ACCOUNT="default"
WHOAMI="https://api.lumen.example/v1/whoami"
OLD_FILE="${XDG_CONFIG_HOME:-$HOME/.config}/lumen/credentials"

os="$(uname -s)"

store() {  # key on stdin
  case "$os" in
    Darwin)
      # -U updates an existing item. security(1) only takes -w as an argument, so the
      # key is briefly visible to *this user's* processes; it never touches disk.
      local k; IFS= read -r k
      security add-generic-password -U -s "$SERVICE" -a "$ACCOUNT" -l "Lumen API key" -w "$k"
      unset k ;;
    Linux)
      command -v secret-tool >/dev/null || { echo "secret-tool not found (install libsecret-tools)" >&2; exit 1; }
      secret-tool store --label="Lumen API key" service "$SERVICE" account "$ACCOUNT" ;;
    *) echo "unsupported OS: $os (use byok.ps1 on Windows)" >&2; exit 1 ;;
  esac
}

lookup() {
  case "$os" in
    Darwin) security find-generic-password -s "$SERVICE" -a "$ACCOUNT" -w 2>/dev/null ;;
    Linux)  secret-tool lookup service "$SERVICE" account "$ACCOUNT" 2>/dev/null ;;
  esac
}

remove() {
  case "$os" in
    Darwin) security delete-generic-password -s "$SERVICE" -a "$ACCOUNT" >/dev/null ;;
    Linux)  secret-tool clear service "$SERVICE" account "$ACCOUNT" ;;
  esac
}

validate() {  # key on stdin; prints account + scopes, never the key
  local body
  # Header is passed on stdin (-H @-) so the key doesn't appear in argv.
  body="$(printf 'Authorization: Bearer %s\n' "$(cat)" | curl -fsS --max-time 15 -H @- "$WHOAMI")" || {
    echo "Key was rejected by Lumen (or network error)." >&2; return 1; }
  if command -v jq >/dev/null; then
    jq -r '"account: \(.account)\nscopes:  \(.scopes | join(", "))"' <<<"$body"
  else
    echo "$body" | sed -E 's/"(key|token)"[^,}]*//g'
  fi
}

case "${1:-}" in
  set)
    if [ ! -t 0 ]; then
      echo "Run this in an interactive terminal so the key can be typed privately." >&2
      exit 1
    fi
    read -rsp "Paste your Lumen API key (input hidden): " key; echo
    [ -n "$key" ] || { echo "empty key, nothing stored" >&2; exit 1; }
    printf '%s' "$key" | validate
    printf '%s\n' "$key" | store
    unset key
    echo "Stored in the OS keychain as service '$SERVICE', account '$ACCOUNT'."
    ;;
  check)
    if k="$(lookup)" && [ -n "$k" ]; then
      printf '%s' "$k" | validate; unset k
      echo "Key is present in the keychain."
    else
      echo "No key stored. Run: bash scripts/byok.sh set"
    fi
    [ -f "$OLD_FILE" ] && echo "Note: legacy credentials file found at $OLD_FILE (run 'migrate')."
    ;;
  migrate)
    [ -f "$OLD_FILE" ] || { echo "Nothing to migrate."; exit 0; }
    read -rp "Move key from $OLD_FILE into the keychain and delete the file? [y/N] " ans
    [ "$ans" = y ] || { echo "Cancelled."; exit 0; }
    k="$(sed -n 's/^api_key *= *//p' "$OLD_FILE" | head -n1)"
    [ -n "$k" ] || { echo "No api_key line found; leaving file alone." >&2; exit 1; }
    printf '%s' "$k" | validate
    printf '%s\n' "$k" | store
    unset k
    rm -f -- "$OLD_FILE"
    echo "Migrated. Legacy file removed."
    ;;
  remove)
    remove && echo "Removed from keychain."
    ;;
  *)
    echo "usage: byok.sh set|check|migrate|remove" >&2; exit 2 ;;
esac
