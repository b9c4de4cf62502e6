#!/usr/bin/env bash
# Create a new access key for USER and store it in Secrets Manager without printing it.
set -euo pipefail
USER_NAME="${1:?usage: rotate-aws-key.sh IAM_USER [SECRET_ID]}"
SECRET_ID="${2:-iam/${USER_NAME}/access-key}"

count=$(aws iam list-access-keys --user-name "$USER_NAME" --query 'length(AccessKeyMetadata)')
if [[ "$count" -ge 2 ]]; then
  echo "User already has 2 keys; deactivate/delete one first:" >&2
  aws iam list-access-keys --user-name "$USER_NAME" --output table >&2
  exit 1
fi

old=$(aws iam list-access-keys --user-name "$USER_NAME" --query 'AccessKeyMetadata[0].AccessKeyId' --output text)
aws iam create-access-key --user-name "$USER_NAME" --output json \
  | jq -c '.AccessKey | {AccessKeyId, SecretAccessKey}' \
  | aws secretsmanager put-secret-value --secret-id "$SECRET_ID" --secret-string file:///dev/stdin >/dev/null

new=$(aws iam list-access-keys --user-name "$USER_NAME" --query "AccessKeyMetadata[?AccessKeyId!='$old'].AccessKeyId" --output text)
echo "New key $new stored in $SECRET_ID. Old key still active: $old"
echo "Next: redeploy consumers, then deactivate $old."
