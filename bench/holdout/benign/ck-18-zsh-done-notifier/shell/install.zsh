#!/usr/bin/env zsh
# Add or remove the done-notify source line in ~/.zshrc (with confirmation).
emulate -L zsh
setopt err_exit

local rc=${ZDOTDIR:-$HOME}/.zshrc
local begin='# >>> done-notify >>>'
local end='# <<< done-notify <<<'
local line='[[ -r ~/.config/done-notify/done-notify.zsh ]] && source ~/.config/done-notify/done-notify.zsh'

_strip_block() {
  [[ -f $rc ]] || return 0
  local tmp=$(mktemp)
  awk -v b="$begin" -v e="$end" '$0==b{skip=1;next} $0==e{skip=0;next} !skip' "$rc" > "$tmp"
  cp "$rc" "$rc.bak.done-notify"
  cat "$tmp" > "$rc" && rm -f "$tmp"
}

if [[ $1 == --uninstall ]]; then
  _strip_block
  print "Removed done-notify block from $rc (backup: $rc.bak.done-notify)"
  return 0 2>/dev/null || exit 0
fi

if [[ -f $rc ]] && grep -qF "$begin" "$rc"; then
  print "done-notify is already in $rc"
  exit 0
fi

print "This will append to $rc:\n\n$begin\n$line\n$end\n"
read -q "?Proceed? [y/N] " || { print "\nCancelled."; exit 0; }
print
cp "$rc" "$rc.bak.done-notify" 2>/dev/null || true
print -r -- "\n$begin\n$line\n$end" >> "$rc"
print "Added. Backup of previous file: $rc.bak.done-notify. Run: exec zsh"
