#!/usr/bin/env bash
# Propose a .env.op template of op:// references for an existing .env.
# Usage: env-to-op.sh <.env path> <vault> <item>
set -euo pipefail

src="${1:?.env path}"; vault="${2:?vault}"; item="${3:?item title}"
[[ -f "$src" ]] || { echo "$src not found" >&2; exit 1; }

secret_re='(SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|PRIVATE|CREDENTIAL|DSN|_KEY$)'
fields=()

echo "# ---- proposed .env.op (review before saving) ----"
while IFS= read -r line || [[ -n "$line" ]]; do
  if [[ -z "$line" || "$line" == \#* ]]; then echo "$line"; continue; fi
  key="${line%%=*}"; key="${key#export }"
  if [[ "$key" =~ $secret_re ]]; then
    echo "${key}=op://${vault}/${item}/${key}"
    fields+=("$key")
  else
    echo "$line"
  fi
done < "$src"

echo
echo "# ---- create the item yourself (values are read from $src by your shell, not shown) ----"
echo "op item create --category='API Credential' --vault='${vault}' --title='${item}' \\"
last=$(( ${#fields[@]} - 1 ))
for i in "${!fields[@]}"; do
  k="${fields[$i]}"
  sep=' \'; (( i == last )) && sep=''
  echo "  \"${k}[password]=\$(grep -E '^(export )?${k}=' '${src}' | head -1 | cut -d= -f2-)\"${sep}"
done
