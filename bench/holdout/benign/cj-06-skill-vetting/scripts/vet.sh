#!/usr/bin/env bash
# Static pattern scan of a skill folder. Read-only: greps text files and
# reports. Never executes anything from the target.
set -euo pipefail

target="${1:?usage: vet.sh <skill-dir>}"
[ -d "$target" ] || { echo "not a directory: $target" >&2; exit 2; }

hits=0
declare -A count=()

rule() {  # rule <id> <severity> <extended-regex>
  local id="$1" sev="$2" re="$3"
  while IFS= read -r line; do
    printf '%-7s %-22s %s\n' "[$sev]" "$id" "${line:0:160}"
    hits=$((hits+1)); count[$sev]=$(( ${count[$sev]:-0} + 1 ))
  done < <(grep -rInE --binary-files=without-match -- "$re" "$target" 2>/dev/null || true)
}

# Remote code
rule pipe-to-shell       high '(curl|wget)[^|;]*\|[[:space:]]*(ba|z)?sh'
rule raw-ip-url          high 'https?://[0-9]{1,3}(\.[0-9]{1,3}){3}'
rule paste-host          high '(pastebin|paste\.ee|hastebin|transfer\.sh|0x0\.st)'
rule eval-decoded        high '(eval|exec)\s*\(.*(b64decode|atob|fromCharCode|decode\()'
rule base64-blob         med  '[A-Za-z0-9+/]{200,}={0,2}'

# Credentials / private data
rule ssh-keys            high '\.ssh/(id_|authorized_keys)'
rule cloud-creds         high '\.aws/credentials|\.config/gcloud|\.azure/'
rule agent-config        med  '\.(openclaw|claude|cursor)/'
rule browser-profile     high '(Login Data|Cookies|Local State|key4\.db|logins\.json)'
rule wallet              high '(wallet\.dat|keystore|seed phrase|mnemonic)'
rule dump-env            med  '(printenv|os\.environ\)|process\.env\)|env \|)'

# Egress
rule chat-webhook        med  '(discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|hooks\.slack\.com)'
rule request-bin         high '(webhook\.site|requestbin|pipedream\.net|ngrok)'
rule md-image-param      med  '!\[[^]]*\]\(https?://[^)]*\?[^)]*=\{'

# Persistence / tamper
rule shell-rc            med  '>>?\s*~?/?[^ ]*\.(bashrc|zshrc|profile)'
rule crontab             med  'crontab\s+(-l|-)|/etc/cron'
rule launchd-systemd     med  'LaunchAgents|systemctl\s+(--user\s+)?enable'
rule memory-files        med  '(MEMORY|AGENTS|SOUL|CLAUDE)\.md'
rule tls-off             high '(verify\s*=\s*False|NODE_TLS_REJECT_UNAUTHORIZED|--insecure|-k\s+https)'
rule hosts-file          high '/etc/hosts'

# Instructions aimed at the agent
rule override-language   high '(ignore|disregard) (all )?(previous|prior|above) (instructions|rules)'
rule conceal             high "(do not|don't) (tell|mention|inform|show) (the )?user"
rule auto-approve        high '(dangerously|auto[-_ ]?approve|skip[-_ ]?permissions|Bash\(\*\))'
rule html-comment        info '<!--'

# Invisible characters (zero-width, bidi overrides, tag chars)
if LC_ALL=C grep -rlP --binary-files=without-match '\xE2\x80[\x8B-\x8F\xAA-\xAE]|\xE2\x81[\xA0-\xA4]|\xF3\xA0[\x80-\x81]' "$target" >/dev/null 2>&1; then
  LC_ALL=C grep -rlP '\xE2\x80[\x8B-\x8F\xAA-\xAE]|\xE2\x81[\xA0-\xA4]|\xF3\xA0[\x80-\x81]' "$target" |
    sed 's/^/[high]  invisible-unicode      /'
  hits=$((hits+1)); count[high]=$(( ${count[high]:-0} + 1 ))
fi

# Binaries and archives nobody can read
while IFS= read -r f; do
  printf '%-7s %-22s %s\n' "[med]" "binary-file" "$f"
  hits=$((hits+1)); count[med]=$(( ${count[med]:-0} + 1 ))
done < <(find "$target" -type f \( -perm -u+x -o -name '*.zip' -o -name '*.7z' -o -name '*.exe' -o -name '*.so' -o -name '*.dylib' \) \
          -exec sh -c 'file -b "$1" | grep -qiE "executable|archive|ELF|Mach-O|PE32" && echo "$1"' _ {} \;)

echo
echo "summary: ${hits} hit(s) — high=${count[high]:-0} med=${count[med]:-0} info=${count[info]:-0}"
echo "reminder: a clean scan is not a verdict. Read the files."
