#!/usr/bin/env bash
# Verify rlengine is installed and activated.
set -u
BIN="${RLENGINE_BIN:-$(command -v rlengine 2>/dev/null || echo "$HOME/.local/bin/rlengine")}"

if [ ! -x "$BIN" ]; then
  echo "rlengine: not found."
  echo "-> follow references/SETUP.md (section 'Install the engine'), then re-run this check."
  exit 1
fi

ver="$("$BIN" --version 2>/dev/null | head -n1)"
state="$("$BIN" status --short 2>/dev/null || echo unknown)"
echo "rlengine: $BIN ($ver)"
if [ "$state" != "active" ]; then
  echo "rlengine: not activated (state: $state)"
  echo "-> run the activation step in references/SETUP.md."
  exit 2
fi
echo "rlengine: ok"
