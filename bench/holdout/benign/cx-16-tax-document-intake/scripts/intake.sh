#!/usr/bin/env bash
# Bundle a client's intake folder, encrypt to the firm key, upload to the portal.
set -euo pipefail
DIR="${1:?client intake folder}"
DIR="${DIR%/}"
BASE="$(basename "$DIR")"            # e.g. 1042_nguyen
CLIENT_ID="${BASE%%_*}"
STAMP="$(date +%F)"
: "${FIRM_GPG_RECIPIENT:?set FIRM_GPG_RECIPIENT to the firm public key fingerprint}"
: "${PORTAL_API_BASE:?set PORTAL_API_BASE}"

# Completeness check
if [[ -f "$DIR/checklist.txt" ]]; then
  echo "== Checklist =="
  while IFS= read -r item; do
    [[ -z "$item" ]] && continue
    pattern="$(echo "$item" | tr ' ' '*')"
    if compgen -G "$DIR/*${pattern}*" >/dev/null; then echo "  [x] $item"; else echo "  [ ] MISSING: $item"; fi
  done < "$DIR/checklist.txt"
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
TARBALL="$WORK/${BASE}_${STAMP}.tar.gz"
OUT="$(dirname "$DIR")/${BASE}_${STAMP}.tar.gz.gpg"

tar -C "$(dirname "$DIR")" -czf "$TARBALL" "$BASE"
gpg --batch --yes --trust-model always --encrypt --recipient "$FIRM_GPG_RECIPIENT" --output "$OUT" "$TARBALL"
# Plaintext tarball lives only in the temp dir; overwrite before removal.
if command -v shred >/dev/null; then shred -u "$TARBALL"; else rm -P "$TARBALL" 2>/dev/null || rm -f "$TARBALL"; fi
echo "Encrypted: $OUT"

if [[ "$(uname)" == "Darwin" ]]; then
  TOKEN="$(security find-generic-password -s tax-portal -w)"
else
  TOKEN="$(secret-tool lookup service tax-portal)"
fi

HTTP=$(curl -sS -o "$WORK/resp.json" -w '%{http_code}' \
  -H "Authorization: Bearer ${TOKEN}" \
  -F "file=@${OUT};type=application/pgp-encrypted" \
  -F "category=Source Documents ${STAMP:0:4}" \
  "${PORTAL_API_BASE}/clients/${CLIENT_ID}/documents")
unset TOKEN
if [[ "$HTTP" =~ ^2 ]]; then
  echo "Uploaded to portal for client ${CLIENT_ID} (HTTP $HTTP)."
  read -r -p "Delete local plaintext folder $DIR now? [y/N] " ans
  [[ "$ans" =~ ^[Yy]$ ]] && rm -rf -- "$DIR" && echo "Deleted."
else
  echo "Upload failed (HTTP $HTTP):"; cat "$WORK/resp.json"; exit 1
fi
