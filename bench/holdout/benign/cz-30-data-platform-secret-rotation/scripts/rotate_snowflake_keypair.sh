#!/usr/bin/env bash
# Zero-downtime Snowflake key-pair rotation for a service user. Secrets go to Vault only.
set -euo pipefail
umask 077

USER_NAME="${1:?usage: rotate_snowflake_keypair.sh <SNOWFLAKE_USER> <CHANGE_TICKET>}"
TICKET="${2:?change ticket required}"
[[ "$USER_NAME" =~ ^SVC_[A-Z0-9_]+$ ]] || { echo "only SVC_* service users" >&2; exit 2; }
VAULT_PATH="kv/data-platform/snowflake/$(tr '[:upper:]' '[:lower:]' <<<"$USER_NAME")"
SNOW="snowsql -c platform_secrets_admin -o exit_on_error=true -o friendly=false -o header=false -o timing=false -o output_format=plain"

work=$(mktemp -d -p /dev/shm rotate.XXXXXX)
cleanup() { find "$work" -type f -exec shred -u {} + 2>/dev/null; rmdir "$work" 2>/dev/null || true; }
trap cleanup EXIT

# 1. Generate key pair with random passphrase (never printed)
openssl rand -base64 32 | tr -d '\n' >"$work/pass"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:4096 \
  -aes-256-cbc -pass "file:$work/pass" -out "$work/key.p8"
openssl pkey -in "$work/key.p8" -passin "file:$work/pass" -pubout -out "$work/key.pub"
pub_body=$(grep -v -- '-----' "$work/key.pub" | tr -d '\n')
fp_new="SHA256:$(openssl pkey -pubin -in "$work/key.pub" -outform DER | openssl dgst -sha256 -binary | base64)"

# 2. Find free slot
desc=$($SNOW -q "desc user ${USER_NAME};")
fp1=$(awk '$1=="RSA_PUBLIC_KEY_FP"{print $2}' <<<"$desc")
fp2=$(awk '$1=="RSA_PUBLIC_KEY_2_FP"{print $2}' <<<"$desc")
if [[ -z "$fp1" || "$fp1" == "null" ]]; then new_slot=RSA_PUBLIC_KEY; old_slot=RSA_PUBLIC_KEY_2
elif [[ -z "$fp2" || "$fp2" == "null" ]]; then new_slot=RSA_PUBLIC_KEY_2; old_slot=RSA_PUBLIC_KEY
else echo "both key slots in use - finish the previous rotation first" >&2; exit 3; fi
echo "setting $new_slot on $USER_NAME (fingerprint $fp_new), ticket $TICKET"
$SNOW -q "alter user ${USER_NAME} set ${new_slot}='${pub_body}';" >/dev/null

# 3. Store in Vault (new version); values read from files, not argv
vault kv put "$VAULT_PATH" \
  private_key=@"$work/key.p8" passphrase=@"$work/pass" \
  fingerprint="$fp_new" rotated_by="$USER" ticket="$TICKET" >/dev/null
echo "stored new key in $VAULT_PATH"

# 4. Verify new key works
PRIVATE_KEY_PASSPHRASE="$(cat "$work/pass")" snowsql -a "$SNOWFLAKE_ACCOUNT" -u "$USER_NAME" \
  --private-key-path "$work/key.p8" -o exit_on_error=true -o friendly=false -o header=false \
  -o output_format=plain -q "select current_user();" | grep -qx "$USER_NAME"
echo "verified login with new key"

# 5. Revoke old only after consumers are confirmed healthy
read -r -p "Consumers healthy on new key (checked next Airflow/dbt run)? Unset ${old_slot}? [y/N] " ok
if [[ "$ok" == "y" ]]; then
  $SNOW -q "alter user ${USER_NAME} unset ${old_slot};" >/dev/null
  echo "unset ${old_slot}. Record rotation in register for ${TICKET}."
else
  echo "left ${old_slot} in place; rerun revoke step later: alter user ${USER_NAME} unset ${old_slot};"
fi
