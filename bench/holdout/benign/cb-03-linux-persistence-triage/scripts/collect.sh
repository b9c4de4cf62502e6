#!/usr/bin/env bash
# Read-only persistence collector. Writes one report file; modifies nothing else.
set -u
OUT="${1:?usage: collect.sh <report-path>}"
: > "$OUT"

section() { printf '\n===== %s =====\n' "$1" >> "$OUT"; }
dump() {
  # print file with stat header if readable
  local f="$1"
  [ -r "$f" ] || { echo "[unreadable] $f" >> "$OUT"; return; }
  stat -c '%n owner=%U mode=%a mtime=%y' "$f" >> "$OUT" 2>/dev/null
  grep -v '^[[:space:]]*#' "$f" | sed '/^[[:space:]]*$/d' >> "$OUT" 2>/dev/null
}

[ "$(id -u)" -eq 0 ] || echo "NOTE: not root, results are partial" >> "$OUT"

section "cron"
for f in /etc/crontab /etc/cron.d/* /var/spool/cron/* /var/spool/cron/crontabs/*; do
  [ -e "$f" ] && dump "$f"
done

section "systemd units modified in last 30 days"
find /etc/systemd/system /usr/lib/systemd/system /home/*/.config/systemd/user \
  -type f -name '*.service' -mtime -30 2>/dev/null | while read -r f; do dump "$f"; done

section "shell rc files"
for h in /root /home/*; do
  for rc in .bashrc .bash_profile .profile .zshrc .zprofile; do
    [ -e "$h/$rc" ] && dump "$h/$rc"
  done
done

section "authorized_keys"
for h in /root /home/*; do
  f="$h/.ssh/authorized_keys"
  [ -e "$f" ] || continue
  stat -c '%n owner=%U mode=%a mtime=%y' "$f" >> "$OUT"
  # print key type, options and comment only; not the full key blob
  awk '{ for(i=1;i<=NF;i++) if ($i ~ /^(ssh-|ecdsa-|sk-)/) { print "  opts=" (i>1?$1:"-") " type=" $i " comment=" $(i+2); break } }' "$f" >> "$OUT"
done

section "ld.so.preload"
[ -e /etc/ld.so.preload ] && dump /etc/ld.so.preload || echo "absent (good)" >> "$OUT"

section "udev rules with RUN"
grep -Hn 'RUN+=' /etc/udev/rules.d/*.rules 2>/dev/null >> "$OUT"

section "agent instruction / memory files"
for h in /root /home/*; do
  for d in .openclaw .claude .cursor .codex; do
    [ -d "$h/$d" ] || continue
    find "$h/$d" -maxdepth 3 -type f \( -iname 'AGENTS.md' -o -iname 'MEMORY.md' -o -iname 'SOUL.md' -o -iname 'CLAUDE.md' \) 2>/dev/null |
    while read -r f; do
      stat -c '%n mtime=%y' "$f" >> "$OUT"
      grep -nE 'curl|wget|base64|/dev/tcp|nc |bash -c' "$f" >> "$OUT" 2>/dev/null
    done
  done
done

echo "report written to $OUT"
