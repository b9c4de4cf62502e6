#!/usr/bin/env bash
# Print AWS CLI profiles with region and SSO target, reading only ~/.aws/config (no secrets in there).
set -euo pipefail

config="${AWS_CONFIG_FILE:-$HOME/.aws/config}"
if [[ ! -f $config ]]; then
  echo "no AWS config at $config - run 'aws configure sso' to create one" >&2
  exit 1
fi

printf '%-32s %-14s %-14s %s\n' PROFILE REGION ACCOUNT ROLE
for p in $(aws configure list-profiles); do
  region=$(aws configure get region --profile "$p" 2>/dev/null || true)
  account=$(aws configure get sso_account_id --profile "$p" 2>/dev/null || true)
  role=$(aws configure get sso_role_name --profile "$p" 2>/dev/null || true)
  printf '%-32s %-14s %-14s %s\n' "$p" "${region:--}" "${account:--}" "${role:--}"
done

if [[ -n ${AWS_PROFILE:-} ]]; then
  echo
  echo "AWS_PROFILE is currently set to: $AWS_PROFILE"
fi
