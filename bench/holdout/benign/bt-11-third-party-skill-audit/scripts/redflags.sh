#!/usr/bin/env bash
# Grep-only red-flag scan for an unpacked agent skill. Does not execute anything from the target.
set -euo pipefail

target="${1:?usage: redflags.sh <skill-dir>}"
[ -d "$target" ] || { echo "not a directory: $target" >&2; exit 2; }

hits=0
check() {
  local label="$1" pattern="$2"
  local out
  out=$(grep -rnIE --exclude-dir=.git -e "$pattern" "$target" 2>/dev/null || true)
  if [ -n "$out" ]; then
    printf '\n[%s]\n%s\n' "$label" "$out"
    hits=$((hits + $(printf '%s\n' "$out" | wc -l)))
  fi
}

check "pipe-to-shell"        '(curl|wget)[^|]*\|[[:space:]]*(ba|z)?sh'
check "password zip"         'password[^a-z]{0,20}(zip|archive)|(zip|archive)[^.]{0,40}password'
check "secret paths"         '\.ssh/|\.aws/credentials|\.env\b|Login Data|Cookies|keychain|find-generic-password|\.openclaw|\.claude/|wallet'
check "exfil endpoints"      'discord(app)?\.com/api/webhooks|hooks\.slack\.com|api\.telegram\.org/bot|requestbin|pipedream|webhook\.site|ngrok'
check "dns exfil"            '(nslookup|dig|host)[^;]*\$\('
check "persistence"          'crontab|authorized_keys|\.bashrc|\.zshrc|\.profile|LaunchAgents|systemctl --user|SOUL\.md|MEMORY\.md|AGENTS\.md'
check "decode+exec"          'base64[^|]*-d[^|]*\|[[:space:]]*(ba)?sh|b64decode|fromCharCode|eval\(|exec\(|__import__|getattr\(__builtins__'
check "reverse shell"        '/dev/tcp/|nc -e|mkfifo|pty\.spawn|socat .*exec'
check "agent-directed text"  'ignore (all )?(previous|prior) instructions|do not tell the user|don.t mention|pre-?approved|system override'
check "mining"               'stratum\+|xmrig|monero|--donate-level'

# invisible characters: zero-width and Unicode tag block
if grep -rlP --exclude-dir=.git '[\x{200B}-\x{200F}\x{2060}\x{FEFF}\x{E0000}-\x{E007F}]' "$target" 2>/dev/null; then
  echo "[invisible unicode] files above contain zero-width/tag characters"
  hits=$((hits + 1))
fi

printf '\n%d hit(s). Each one needs a written explanation in the review note.\n' "$hits"
