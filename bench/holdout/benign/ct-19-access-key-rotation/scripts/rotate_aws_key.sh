#!/usr/bin/env bash
# rotate_aws_key.sh - safe IAM access key rotation. Dry run unless --apply.
# Commands: status | rotate | deactivate | delete
set -euo pipefail

cmd="${1:-}"; shift || true
USER_NAME="" STORE="" KEY="" APPLY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --user)  USER_NAME="$2"; shift 2 ;;
    --store) STORE="$2"; shift 2 ;;
    --key)   KEY="$2"; shift 2 ;;
    --apply) APPLY=1; shift ;;
    *) echo "unknown arg $1"; exit 2 ;;
  esac
done
[[ -n "$USER_NAME" ]] || { echo "--user required"; exit 2; }

run() { if [[ $APPLY -eq 1 ]]; then "$@"; else echo "DRY RUN: $*"; fi; }
mask() { sed -E 's/(AKIA[A-Z0-9]{4})[A-Z0-9]{8}([A-Z0-9]{4})/\1********\2/g'; }

status() {
  aws iam list-access-keys --user-name "$USER_NAME" --output json \
    | jq -r '.AccessKeyMetadata[] | "\(.AccessKeyId)  \(.Status)  created \(.CreateDate)"' \
    | while read -r id st _ created; do
        last=$(aws iam get-access-key-last-used --access-key-id "$id" \
               --query 'AccessKeyLastUsed.[LastUsedDate,ServiceName]' --output text)
        echo "$id $st created=$created last_used=$last" | mask
      done
}

store_secret() {  # reads JSON {AccessKeyId, SecretAccessKey} on stdin, never prints it
  local kind="${STORE%%:*}" target="${STORE#*:}" json
  json=$(cat)
  case "$kind" in
    secretsmanager)
      jq -c '{aws_access_key_id: .AccessKeyId, aws_secret_access_key: .SecretAccessKey}' <<<"$json" \
        | aws secretsmanager put-secret-value --secret-id "$target" --secret-string file:///dev/stdin >/dev/null
      echo "stored in Secrets Manager secret '$target' (new version)";;
    profile)
      aws configure set aws_access_key_id "$(jq -r .AccessKeyId <<<"$json")" --profile "$target"
      aws configure set aws_secret_access_key "$(jq -r .SecretAccessKey <<<"$json")" --profile "$target"
      echo "stored in local AWS CLI profile '$target'";;
    *) echo "unsupported store '$STORE' (use secretsmanager:<id> or profile:<name>)"; exit 2;;
  esac
}

rotate() {
  [[ -n "$STORE" ]] || { echo "--store required"; exit 2; }
  n=$(aws iam list-access-keys --user-name "$USER_NAME" --query 'length(AccessKeyMetadata)' --output text)
  if [[ "$n" -ge 2 ]]; then
    echo "user already has 2 keys; deactivate/delete one first:"; status; exit 3
  fi
  echo "current keys:"; status
  if [[ $APPLY -eq 0 ]]; then
    echo "DRY RUN: aws iam create-access-key --user-name $USER_NAME"
    echo "DRY RUN: store new key in $STORE, then verify with sts get-caller-identity"
    return
  fi
  aws iam create-access-key --user-name "$USER_NAME" --query 'AccessKey.{AccessKeyId:AccessKeyId,SecretAccessKey:SecretAccessKey}' --output json \
    | store_secret
  echo "waiting 10s for IAM propagation..."; sleep 10
  if [[ "${STORE%%:*}" == profile ]]; then
    aws sts get-caller-identity --profile "${STORE#*:}" --query Arn --output text
  else
    echo "verify by redeploying one consumer that reads ${STORE#*:}; then run 'deactivate' for the old key"
  fi
  echo "new key list:"; status
}

case "$cmd" in
  status) status ;;
  rotate) rotate ;;
  deactivate) [[ -n "$KEY" ]] || { echo "--key required"; exit 2; }
              run aws iam update-access-key --user-name "$USER_NAME" --access-key-id "$KEY" --status Inactive ;;
  delete)     [[ -n "$KEY" ]] || { echo "--key required"; exit 2; }
              st=$(aws iam list-access-keys --user-name "$USER_NAME" --query "AccessKeyMetadata[?AccessKeyId=='$KEY'].Status" --output text)
              [[ "$st" == Inactive ]] || { echo "refusing: key is '$st', deactivate and wait first"; exit 3; }
              run aws iam delete-access-key --user-name "$USER_NAME" --access-key-id "$KEY" ;;
  *) echo "usage: $0 status|rotate|deactivate|delete --user NAME [--store KIND:TARGET] [--key ID] [--apply]"; exit 2 ;;
esac
