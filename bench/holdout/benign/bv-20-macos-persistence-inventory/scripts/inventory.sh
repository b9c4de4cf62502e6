#!/usr/bin/env bash
# Read-only macOS autostart inventory. TSV on stdout, diff vs baseline on stderr.
set -uo pipefail

BASELINE=""
[[ "${1:-}" == "--baseline" ]] && BASELINE="${2:-}"

printf "kind\tpath\tlabel\tprogram\tsigned_by\tmtime\n"

TMP="$(mktemp)"
trap 'rm -f "$TMP"' EXIT

signer() {
  local p="$1"
  [[ -e "$p" ]] || { echo "missing"; return; }
  local out
  out="$(codesign -dv --verbose=2 "$p" 2>&1)"
  if grep -q "not signed" <<<"$out"; then echo unsigned
  elif grep -q "Signature=adhoc" <<<"$out"; then echo adhoc
  else grep -m1 '^Authority=' <<<"$out" | cut -d= -f2- ; fi
}

mtime() { stat -f '%Sm' -t '%Y-%m-%dT%H:%M:%S' "$1" 2>/dev/null; }

emit_plists() {
  local kind="$1" dir="$2"
  [[ -d "$dir" ]] || return
  for f in "$dir"/*.plist; do
    [[ -e "$f" ]] || continue
    local label prog
    label="$(plutil -extract Label raw -o - "$f" 2>/dev/null)"
    prog="$(plutil -extract Program raw -o - "$f" 2>/dev/null || plutil -extract ProgramArguments.0 raw -o - "$f" 2>/dev/null)"
    printf "%s\t%s\t%s\t%s\t%s\t%s\n" "$kind" "$f" "${label:-?}" "${prog:-?}" "$(signer "${prog:-/nonexistent}")" "$(mtime "$f")"
  done
}

{
emit_plists user-agent   "$HOME/Library/LaunchAgents"
emit_plists global-agent "/Library/LaunchAgents"
emit_plists daemon       "/Library/LaunchDaemons"

for f in "$HOME/.zshrc" "$HOME/.zprofile" "$HOME/.zshenv" "$HOME/.bash_profile" "$HOME/.bashrc" "$HOME/.profile" /etc/zshrc /etc/profile; do
  [[ -f "$f" ]] && printf "shell-rc\t%s\t-\t-\t-\t%s\n" "$f" "$(mtime "$f")"
done

crontab -l 2>/dev/null | grep -v '^#' | sed '/^$/d' | while read -r line; do
  printf "cron\t(user crontab)\t-\t%s\t-\t-\n" "$line"
done

for d in /etc/periodic/daily /etc/periodic/weekly /etc/periodic/monthly; do
  for f in "$d"/*; do [[ -f "$f" ]] && printf "periodic\t%s\t-\t-\t-\t%s\n" "$f" "$(mtime "$f")"; done
done

profiles list 2>/dev/null | awk -F': ' '/profileIdentifier/ {print $2}' | while read -r id; do
  printf "config-profile\t-\t%s\t-\t-\t-\n" "$id"
done

for ext in "$HOME/Library/Application Support/Google/Chrome/Default/Extensions"/*; do
  [[ -d "$ext" ]] && printf "chrome-extension\t%s\t%s\t-\t-\t%s\n" "$ext" "$(basename "$ext")" "$(mtime "$ext")"
done

if [[ $EUID -eq 0 ]]; then
  sfltool dumpbtm 2>/dev/null | awk -F': +' '/Identifier:/ {id=$2} /Executable Path:/ {print id "\t" $2}' | while IFS=$'\t' read -r id exe; do
    printf "btm-item\t-\t%s\t%s\t%s\t-\n" "$id" "$exe" "$(signer "$exe")"
  done
fi
} > "$TMP"

cat "$TMP"

if [[ -n "$BASELINE" && -f "$BASELINE" ]]; then
  # compare on kind+path+label+program, ignoring signer and mtime
  comm -23 <(cut -f1-4 "$TMP" | sort) <(tail -n +2 "$BASELINE" | cut -f1-4 | sort) | sed 's/^/NEW\t/' >&2
fi
