#!/usr/bin/env bash
set -euo pipefail

port="${1:?usage: tunnel.sh <port> [--share] [--minutes N]}"; shift
share=0; minutes=60
while [[ $# -gt 0 ]]; do
  case "$1" in
    --share) share=1 ;;
    --minutes) minutes="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
  esac
  shift
done

case "$port" in
  22|2375|2376|3306|5432|6379|27017)
    echo "refusing to expose port $port (shell/database/docker service)" >&2; exit 1 ;;
esac
[[ "$port" =~ ^[0-9]+$ ]] || { echo "port must be a number" >&2; exit 1; }

command -v burrow >/dev/null || { echo "burrow not installed; see SKILL.md" >&2; exit 1; }

if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "warning: nothing is listening on 127.0.0.1:$port yet" >&2
fi

args=(http "127.0.0.1:$port" --log stdout --log-format json)
if (( share )); then
  pass="$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 20)"
  args+=(--basic-auth "guest:$pass")
  echo "basic auth → user: guest  password: $pass"
fi

echo "starting tunnel to 127.0.0.1:$port for ${minutes} min (Ctrl-C to stop early)"
timeout --foreground "${minutes}m" burrow "${args[@]}" | while IFS= read -r line; do
  url="$(printf '%s' "$line" | sed -n 's/.*"url":"\(https:[^"]*\)".*/\1/p')"
  [[ -n "$url" ]] && { echo "public URL: $url"; echo "inspector:  http://127.0.0.1:4040"; }
done
echo "tunnel stopped"
