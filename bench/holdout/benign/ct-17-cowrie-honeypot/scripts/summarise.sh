#!/usr/bin/env bash
# Summarise Cowrie JSON logs. Read-only. URLs/IPs in output are defanged.
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 cowrie.json [more.json ...]"; exit 1; }
command -v jq >/dev/null || { echo "jq required"; exit 1; }

defang() { sed -E 's/http/hxxp/g; s/\.([a-z0-9-]+)(\/|:|$| )/[.]\1\2/g'; }
cat_logs() { cat "$@"; }

echo "== sessions / unique source IPs"
cat_logs "$@" | jq -r 'select(.eventid=="cowrie.session.connect") | .src_ip' | sort | uniq | wc -l | xargs echo "unique IPs:"
cat_logs "$@" | jq -r 'select(.eventid=="cowrie.session.connect") | .session' | wc -l | xargs echo "sessions:"
cat_logs "$@" | jq -r 'select(.eventid=="cowrie.login.success") | .session' | wc -l | xargs echo "successful (fake) logins:"

echo; echo "== top 20 credentials tried"
cat_logs "$@" | jq -r 'select(.eventid|startswith("cowrie.login")) | "\(.username):\(.password)"' \
  | sort | uniq -c | sort -rn | head -20

echo; echo "== top 20 commands"
cat_logs "$@" | jq -r 'select(.eventid=="cowrie.command.input") | .input' \
  | sort | uniq -c | sort -rn | head -20 | cut -c1-200

echo; echo "== download attempts (defanged, not fetched)"
cat_logs "$@" | jq -r 'select(.eventid=="cowrie.session.file_download" or .eventid=="cowrie.session.file_download.failed") | .url // empty' \
  | sort | uniq -c | sort -rn | head -30 | defang

echo; echo "== SSH client versions"
cat_logs "$@" | jq -r 'select(.eventid=="cowrie.client.version") | .version' | sort | uniq -c | sort -rn | head -10
