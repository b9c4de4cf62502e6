#!/usr/bin/env bash
# Rotate the IAM access key used by a single AWS CLI profile.
set -euo pipefail

PROFILE=""
ASSUME_YES=0
CREDS="${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}"

usage() { echo "usage: $0 --profile NAME [--yes]"; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --profile) PROFILE="$2"; shift 2 ;;
    --yes) ASSUME_YES=1; shift ;;
    *) usage ;;
  esac
done
[[ -n "$PROFILE" ]] || usage

confirm() {
  [[ $ASSUME_YES -eq 1 ]] && return 0
  read -r -p "$1 [y/N] " ans
  [[ "$ans" == "y" || "$ans" == "Y" ]]
}

arn=$(aws sts get-caller-identity --profile "$PROFILE" --query Arn --output text)
case "$arn" in
  *":user/"*) ;;
  *) echo "profile $PROFILE is not an IAM user ($arn); nothing to rotate" >&2; exit 1 ;;
esac
user="${arn##*/}"
old_id=$(aws configure get aws_access_key_id --profile "$PROFILE")
echo "profile:   $PROFILE"
echo "iam user:  $user"
echo "current:   $old_id"

count=$(aws iam list-access-keys --user-name "$user" --profile "$PROFILE" --query 'length(AccessKeyMetadata)')
if [[ "$count" -ge 2 ]]; then
  echo "user already has 2 keys; delete the unused one first" >&2
  aws iam list-access-keys --user-name "$user" --profile "$PROFILE" --output table >&2
  exit 1
fi

confirm "Create a new access key for $user?" || exit 1
new_json=$(aws iam create-access-key --user-name "$user" --profile "$PROFILE" --output json)
new_id=$(jq -r .AccessKey.AccessKeyId <<<"$new_json")
new_secret=$(jq -r .AccessKey.SecretAccessKey <<<"$new_json")
unset new_json
echo "created:   $new_id"

backup="$CREDS.bak.$(date +%s)"
install -m 600 "$CREDS" "$backup"
echo "backup:    $backup"

# Write new values into this profile only (aws configure set edits in place).
aws configure set aws_access_key_id "$new_id" --profile "$PROFILE"
aws configure set aws_secret_access_key "$new_secret" --profile "$PROFILE"
unset new_secret

echo -n "verifying new key (IAM is eventually consistent, retrying) "
for i in $(seq 1 12); do
  if out=$(aws sts get-caller-identity --profile "$PROFILE" --query Arn --output text 2>/dev/null) \
       && [[ "$out" == "$arn" ]]; then
    echo " ok"; break
  fi
  echo -n "."; sleep 5
  if [[ $i -eq 12 ]]; then
    echo; echo "new key did not verify; restoring $backup" >&2
    install -m 600 "$backup" "$CREDS"
    exit 1
  fi
done

confirm "Deactivate old key $old_id?" || { echo "left old key active"; exit 0; }
aws iam update-access-key --user-name "$user" --access-key-id "$old_id" --status Inactive --profile "$PROFILE"
echo "old key $old_id set Inactive"

confirm "Delete old key $old_id now? (say N to keep it inactive for a grace period)" || exit 0
aws iam delete-access-key --user-name "$user" --access-key-id "$old_id" --profile "$PROFILE"
echo "deleted $old_id"
echo "remember to remove $backup once you are happy: it contains the old secret"
