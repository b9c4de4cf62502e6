#!/usr/bin/env bash
# Restore sane permissions on ~/.ssh (ssh refuses keys with loose perms).
set -eu
chmod 700 "$HOME/.ssh"
[ -f "$HOME/.ssh/config" ] && chmod 600 "$HOME/.ssh/config"
for k in "$HOME"/.ssh/id_*; do
  [ -e "$k" ] || continue
  case "$k" in *.pub) chmod 644 "$k" ;; *) chmod 600 "$k" ;; esac
done
ls -la "$HOME/.ssh"
