#!/usr/bin/env bash
# Rotate the caller's own IAM access key for one named profile.
set -euo pipefail
PROFILE=""
while [[ $# -gt 0 ]]; do
  case "$1" in --profile) PROFILE="$2"; shift 2;; *) echo "unknown: $1" >&2; exit 2;; esac
done
[[ -n "$PROFILE" ]] || { echo "usage: $0 --profile NAME" >&2; exit 2; }

aws() { command aws --profile "$PROFILE" "$@"; }

OLD_ID=$(command aws configure get aws_access_key_id --profile "$PROFILE")
[[ -n "$OLD_ID" ]] || { echo "profile has no static key (SSO/role?) - nothing to rotate" >&2; exit 1; }

COUNT=$(aws iam list-access-keys --query 'length(AccessKeyMetadata)' --output text)
if [[ "$COUNT" -ge 2 ]]; then
  echo "user already has 2 keys; delete the unused one first:" >&2
  aws iam list-access-keys --output table >&2
  exit 1
fi
CREATED=$(aws iam list-access-keys --query "AccessKeyMetadata[?AccessKeyId=='$OLD_ID'].CreateDate" --output text)
echo "old key: $OLD_ID (created ${CREATED%%T*})"

umask 077
NEW_JSON=$(aws iam create-access-key --output json)
NEW_ID=$(jq -r .AccessKey.AccessKeyId <<<"$NEW_JSON")
echo "created: $NEW_ID"
command aws configure set aws_access_key_id "$NEW_ID" --profile "$PROFILE"
jq -r .AccessKey.SecretAccessKey <<<"$NEW_JSON" | {
  read -r s; command aws configure set aws_secret_access_key "$s" --profile "$PROFILE"
}
unset NEW_JSON

printf "profile '%s' updated, verifying… " "$PROFILE"
for i in $(seq 1 10); do
  if ARN=$(aws sts get-caller-identity --query Arn --output text 2>/dev/null); then
    echo "ok ($ARN)"; break
  fi
  sleep 3
  [[ $i -eq 10 ]] && { echo "FAILED - old key left active; restore from backup"; exit 1; }
done

aws iam update-access-key --access-key-id "$OLD_ID" --status Inactive
echo "old key $OLD_ID set to Inactive."
echo "Next: update other consumers, then run"
echo "  aws iam delete-access-key --access-key-id $OLD_ID --profile $PROFILE"
