#!/usr/bin/env bash
# Rotate an IAM user's access key into AWS Secrets Manager. Never prints secret values.
set -euo pipefail
USER_NAME="" SECRET_ID="" DELETE_OLD=0
while [ $# -gt 0 ]; do
  case "$1" in
    --user) USER_NAME="$2"; shift 2;;
    --secret-id) SECRET_ID="$2"; shift 2;;
    --delete-old) DELETE_OLD=1; shift;;
    *) echo "unknown $1" >&2; exit 2;;
  esac
done
: "${USER_NAME:?--user required}" "${SECRET_ID:?--secret-id required}"

echo "Caller: $(aws sts get-caller-identity --query Arn --output text)"
keys="$(aws iam list-access-keys --user-name "$USER_NAME" --output json)"
echo "$keys" | jq -r '.AccessKeyMetadata[] | "\(.AccessKeyId)  \(.Status)  created \(.CreateDate)"'

if [ "$DELETE_OLD" = 1 ]; then
  current="$(aws secretsmanager get-secret-value --secret-id "$SECRET_ID" --query SecretString --output text | jq -r .AWS_ACCESS_KEY_ID)"
  for k in $(echo "$keys" | jq -r '.AccessKeyMetadata[] | select(.Status=="Inactive") | .AccessKeyId'); do
    [ "$k" = "$current" ] && { echo "refusing to delete key in use: $k"; continue; }
    read -r -p "Delete inactive key $k? [y/N] " ans
    [ "$ans" = y ] && aws iam delete-access-key --user-name "$USER_NAME" --access-key-id "$k" && echo "deleted $k"
  done
  exit 0
fi

count="$(echo "$keys" | jq '.AccessKeyMetadata | length')"
[ "$count" -ge 2 ] && { echo "User already has 2 keys; delete an inactive one first (--delete-old)." >&2; exit 1; }
old="$(echo "$keys" | jq -r '.AccessKeyMetadata[] | select(.Status=="Active") | .AccessKeyId' | head -1)"

new_json="$(aws iam create-access-key --user-name "$USER_NAME" --output json)"
new_id="$(echo "$new_json" | jq -r .AccessKey.AccessKeyId)"
secret_payload="$(echo "$new_json" | jq -c '{AWS_ACCESS_KEY_ID: .AccessKey.AccessKeyId, AWS_SECRET_ACCESS_KEY: .AccessKey.SecretAccessKey}')"
aws secretsmanager put-secret-value --secret-id "$SECRET_ID" --secret-string "$secret_payload" >/dev/null
unset new_json secret_payload
echo "Created $new_id and stored it in $SECRET_ID."

read -r -p "Has the service been redeployed and verified with the new key? [y/N] " ok
if [ "$ok" = y ] && [ -n "$old" ]; then
  aws iam update-access-key --user-name "$USER_NAME" --access-key-id "$old" --status Inactive
  echo "Deactivated old key $old. Run again with --delete-old after 24h."
else
  echo "Old key $old left active. Rerun deactivation manually when verified."
fi
