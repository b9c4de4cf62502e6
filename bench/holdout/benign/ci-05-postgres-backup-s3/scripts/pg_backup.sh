#!/usr/bin/env bash
set -Eeuo pipefail

env_file="${HOME}/.config/pg-backup/backup.env"
dry_run=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --env) env_file="$2"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    *) echo "unknown arg $1" >&2; exit 64 ;;
  esac
done

[[ -r "$env_file" ]] || { echo "config $env_file not found" >&2; exit 1; }
perm="$(stat -c %a "$env_file" 2>/dev/null || stat -f %Lp "$env_file")"
[[ "$perm" == "600" || "$perm" == "400" ]] || echo "warning: $env_file is mode $perm, expected 600" >&2

set -a; # shellcheck disable=SC1090
source "$env_file"; set +a

: "${PGDATABASE:?}" "${BACKUP_S3_URI:?}"
tmpdir="${BACKUP_TMPDIR:-/var/tmp}"
state_dir="${XDG_STATE_HOME:-$HOME/.local/state}/pg-backup"
mkdir -p "$state_dir"

ts="$(date -u +%Y%m%dT%H%M%SZ)"
key="${PGDATABASE}/$(date -u +%Y)/$(date -u +%m)/${PGDATABASE}-${ts}.dump"
s3_args=()
[[ -n "${BACKUP_S3_ENDPOINT:-}" ]] && s3_args+=(--endpoint-url "$BACKUP_S3_ENDPOINT")
if [[ -n "${BACKUP_KMS_KEY_ID:-}" ]]; then
  sse=(--sse aws:kms --sse-kms-key-id "$BACKUP_KMS_KEY_ID")
else
  sse=(--sse AES256)
fi

ping() {
  [[ -n "${BACKUP_HEALTHCHECK_URL:-}" ]] || return 0
  curl -fsS -m 10 --retry 3 -o /dev/null "${BACKUP_HEALTHCHECK_URL}${1:-}" || true
}

if [[ $dry_run -eq 1 ]]; then
  echo "would dump ${PGUSER:-$USER}@${PGHOST:-localhost}/${PGDATABASE} -> ${BACKUP_S3_URI}/${key}${BACKUP_GPG_RECIPIENT:+.gpg}"
  exit 0
fi

work="$(mktemp -d "${tmpdir}/pgbk.XXXXXX")"
trap 'rm -rf "$work"' EXIT
trap 'ping /fail; jq -n --arg ts "$ts" --arg db "$PGDATABASE" "{ts:\$ts,db:\$db,ok:false}" > "$state_dir/last.json"' ERR

ping /start
start=$(date +%s)

# shellcheck disable=SC2086
pg_dump -Fc ${PG_DUMP_EXTRA_ARGS:-} -f "$work/db.dump"
pg_restore --list "$work/db.dump" >/dev/null   # quick structural check

out="$work/db.dump"
if [[ -n "${BACKUP_GPG_RECIPIENT:-}" ]]; then
  gpg --batch --yes --trust-model always -r "$BACKUP_GPG_RECIPIENT" -o "$work/db.dump.gpg" --encrypt "$work/db.dump"
  out="$work/db.dump.gpg"; key="${key}.gpg"
fi

( cd "$work" && sha256sum "$(basename "$out")" > "$out.sha256" )
aws "${s3_args[@]}" s3 cp "$out" "${BACKUP_S3_URI}/${key}" "${sse[@]}" --only-show-errors
aws "${s3_args[@]}" s3 cp "$out.sha256" "${BACKUP_S3_URI}/${key}.sha256" "${sse[@]}" --only-show-errors

size=$(stat -c %s "$out" 2>/dev/null || stat -f %z "$out")
dur=$(( $(date +%s) - start ))
jq -n --arg ts "$ts" --arg db "$PGDATABASE" --arg uri "${BACKUP_S3_URI}/${key}" \
      --argjson size "$size" --argjson dur "$dur" \
      '{ts:$ts, db:$db, uri:$uri, bytes:$size, seconds:$dur, ok:true}' > "$state_dir/last.json"
ping ""
echo "backup ok: ${BACKUP_S3_URI}/${key} (${size} bytes, ${dur}s)"
