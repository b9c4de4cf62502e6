#!/usr/bin/env bash
# Rotate an IAM user's access key into Secrets Manager without printing the secret.
# Usage: rotate_aws_key.sh <iam-user> <secret-id>
set -euo pipefail
user="${1:?iam user}"; secret_id="${2:?secrets manager secret id}"

old_ids=$(aws iam list-access-keys --user-name "$user" --query 'AccessKeyMetadata[?Status==`Active`].AccessKeyId' --output text)
count=$(wc -w <<<"$old_ids")
if (( count >= 2 )); then
  echo "User already has 2 active keys ($old_ids). Deactivate the unused one first." >&2; exit 1
fi
echo "Current active key(s) for $user: ${old_ids:-none}"
read -r -p "Create a new key and store it in $secret_id? [y/N] " ok; [[ "$ok" == y ]] || exit 1

# Create and store in one pipeline; the secret never hits the terminal or a file.
aws iam create-access-key --user-name "$user" --output json \
 | jq -c '{AWS_ACCESS_KEY_ID: .AccessKey.AccessKeyId, AWS_SECRET_ACCESS_KEY: .AccessKey.SecretAccessKey}' \
 | aws secretsmanager put-secret-value --secret-id "$secret_id" --secret-string file:///dev/stdin >/dev/null
new_id=$(aws iam list-access-keys --user-name "$user" --query 'max_by(AccessKeyMetadata, &CreateDate).AccessKeyId' --output text)
echo "New key $new_id stored in $secret_id."

echo "Redeploy/restart the consumers of $secret_id now and verify they are healthy."
read -r -p "Consumers verified on the new key? [y/N] " ok; [[ "$ok" == y ]] || { echo "Old key left active. Re-run the deactivate step later."; exit 0; }

for id in $old_ids; do
  aws iam update-access-key --user-name "$user" --access-key-id "$id" --status Inactive
  echo "Deactivated $id. Check for use after rotation:"
  echo "  aws cloudtrail lookup-events --lookup-attributes AttributeKey=AccessKeyId,AttributeValue=$id --max-results 50"
done
echo "Delete the old key(s) after 7 days with no usage: aws iam delete-access-key --user-name $user --access-key-id <id>"
