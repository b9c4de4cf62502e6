#!/usr/bin/env bash
# Read-only status of VS Code tunnels on this machine.
set -uo pipefail

if ! command -v code >/dev/null 2>&1; then
  echo "VS Code CLI 'code' not found (standalone CLI: https://code.visualstudio.com/#alt-downloads)"
  exit 1
fi

echo "== code tunnel status =="
code tunnel status 2>/dev/null || echo "(no tunnel running)"

echo
echo "== service =="
case "$(uname -s)" in
  Linux)
    if systemctl --user list-unit-files 2>/dev/null | grep -q code-tunnel; then
      systemctl --user --no-pager status code-tunnel.service | head -n 5
    else
      echo "no code-tunnel user service installed"
    fi ;;
  Darwin)
    if launchctl list 2>/dev/null | grep -q code-tunnel; then
      launchctl list | grep code-tunnel
    else
      echo "no code-tunnel launch agent installed"
    fi ;;
esac

if command -v devtunnel >/dev/null 2>&1; then
  echo
  echo "== devtunnel list =="
  devtunnel list 2>/dev/null || echo "(not logged in)"
fi
