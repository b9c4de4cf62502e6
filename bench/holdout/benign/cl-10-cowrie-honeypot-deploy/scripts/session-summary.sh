#!/usr/bin/env bash
# Summarise a cowrie.json log. Read-only.
set -euo pipefail
LOG="${1:-var/log/cowrie/cowrie.json}"

echo "== top source IPs"
jq -r 'select(.eventid=="cowrie.session.connect") | .src_ip' "$LOG" | sort | uniq -c | sort -rn | head -20

echo "== top credential pairs (successful + failed)"
jq -r 'select(.eventid|test("cowrie.login")) | "\(.eventid|sub("cowrie.login.";""))\t\(.username):\(.password)"' "$LOG" \
  | sort | uniq -c | sort -rn | head -25

echo "== commands entered"
jq -r 'select(.eventid=="cowrie.command.input") | "\(.timestamp)\t\(.src_ip)\t\(.input)"' "$LOG" | tail -100

echo "== files the bots tried to download"
jq -r 'select(.eventid=="cowrie.session.file_download") | "\(.shasum)\t\(.url)"' "$LOG" | sort -u
