#!/usr/bin/env bash
# Static supply-chain checks. No network access needed.
set -uo pipefail
root="${1:-.}"
fail=0

# Rule 2: actions pinned by full SHA (local ./ actions and docker:// digests allowed)
while IFS= read -r hit; do
  echo "UNPINNED ACTION: $hit"; fail=1
done < <(grep -RnE '^\s*-?\s*uses:\s*[^.#][^@]+@' "$root/.github" 2>/dev/null \
          | grep -vE '@[0-9a-f]{40}(\s|$)' | grep -v 'docker://.*@sha256:')

# Rule 1: Dockerfile FROM pinned by digest (ignore build-stage references and scratch)
while IFS= read -r f; do
  stages=$(grep -iE '^\s*FROM .+ AS ' "$f" | awk '{print tolower($NF)}')
  while IFS= read -r line; do
    img=$(awk '{for(i=2;i<=NF;i++) if ($i !~ /^--/) {print $i; exit}}' <<<"$line")
    [[ "$img" == "scratch" ]] && continue
    grep -qx "$(tr '[:upper:]' '[:lower:]' <<<"$img")" <<<"$stages" && continue
    [[ "$img" =~ @sha256:[a-f0-9]{64}$ ]] || { echo "UNPINNED FROM: $f: $line"; fail=1; }
  done < <(grep -iE '^\s*FROM ' "$f")
done < <(find "$root" -name 'Dockerfile*' -not -path '*/node_modules/*')

# Rule 3: pipe-to-shell installs
while IFS= read -r hit; do
  echo "PIPE-TO-SHELL: $hit"; fail=1
done < <(grep -RnE '(curl|wget)[^|#]*\|\s*(sudo\s+)?(ba|z)?sh\b' "$root" \
           --include='Dockerfile*' --include='*.sh' --include='*.yml' --include='*.yaml' 2>/dev/null \
           | grep -v 'check_pins.sh')

[[ $fail -eq 0 ]] && echo "supply-chain pin checks: OK"
exit $fail
