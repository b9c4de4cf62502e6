#!/usr/bin/env bash
# Join this machine to a tailnet using TS_AUTHKEY from the environment.
set -euo pipefail

hostname_opt=""
tags=""
ssh_flag=""

while [ $# -gt 0 ]; do
  case "$1" in
    --hostname) hostname_opt="$2"; shift 2 ;;
    --tags)     tags="$2"; shift 2 ;;
    --ssh)      ssh_flag="--ssh"; shift ;;
    -h|--help)
      echo "usage: TS_AUTHKEY=... $0 [--hostname NAME] [--tags tag:a,tag:b] [--ssh]"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 64 ;;
  esac
done

if [ -z "${TS_AUTHKEY:-}" ]; then
  echo "TS_AUTHKEY is not set. Export it first (read -rs TS_AUTHKEY && export TS_AUTHKEY)." >&2
  exit 1
fi

if ! command -v tailscale >/dev/null 2>&1; then
  echo "tailscale is not installed; run the installer first." >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "run with sudo -E so the key is passed through" >&2
  exit 1
fi

keyfile="$(mktemp)"
chmod 600 "$keyfile"
trap 'shred -u "$keyfile" 2>/dev/null || rm -f "$keyfile"' EXIT
printf '%s' "$TS_AUTHKEY" > "$keyfile"

args=(up "--auth-key=file:$keyfile")
[ -n "$hostname_opt" ] && args+=("--hostname=$hostname_opt")
[ -n "$tags" ]         && args+=("--advertise-tags=$tags")
[ -n "$ssh_flag" ]     && args+=("$ssh_flag")

echo "Running: tailscale ${args[*]/--auth-key=file:*/--auth-key=file:<redacted>}"
tailscale "${args[@]}"

echo
tailscale status --self
