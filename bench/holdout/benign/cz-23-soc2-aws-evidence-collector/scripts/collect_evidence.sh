#!/usr/bin/env bash
# Read-only SOC 2 evidence collection for one AWS account profile.
set -euo pipefail

PROFILE="${1:?usage: collect_evidence.sh <aws-profile>}"
export AWS_PROFILE="$PROFILE" AWS_PAGER=""

caller=$(aws sts get-caller-identity --output json)
arn=$(jq -r .Arn <<<"$caller")
account=$(jq -r .Account <<<"$caller")
if [[ "$arn" != *":assumed-role/AWSReservedSSO_soc2-evidence-ro"* && "$arn" != *":assumed-role/soc2-evidence-ro/"* ]]; then
  echo "refusing: caller $arn is not the soc2-evidence-ro audit role" >&2
  exit 2
fi

ts=$(date -u +%Y%m%dT%H%M%SZ)
out="evidence/${account}/${ts}"
mkdir -p "$out/roles"
denied=()

try() {  # try <outfile> <aws args...>
  local f="$1"; shift
  if ! aws "$@" --output json >"$out/$f" 2>"$out/.err"; then
    denied+=("$f: $(head -c 200 "$out/.err")")
    rm -f "$out/$f"
  fi
}

try iam_password_policy.json iam get-account-password-policy

aws iam generate-credential-report >/dev/null
for _ in $(seq 1 10); do
  if aws iam get-credential-report --query Content --output text 2>/dev/null | base64 -d >"$out/iam_credential_report.csv"; then
    break
  fi
  sleep 3
done

# user,arn,...,password_enabled(4),...,mfa_active(8),access_key_1_active(9),access_key_1_last_rotated(10),...,access_key_2_active(14),access_key_2_last_rotated(15)
awk -F, 'NR>1 && $4=="true" && $8=="false" {print $1}' "$out/iam_credential_report.csv" >"$out/users_without_mfa.txt"
cutoff=$(date -u -d '90 days ago' +%Y-%m-%dT%H:%M:%S)
awk -F, -v c="$cutoff" 'NR>1 && (($9=="true" && $10<c) || ($14=="true" && $15<c)) {print $1}' \
  "$out/iam_credential_report.csv" >"$out/access_keys_over_90d.txt"

for role in $(aws iam list-roles --query 'Roles[?!starts_with(Path, `/aws-service-role/`)].RoleName' --output text); do
  aws iam get-role --role-name "$role" --query Role.AssumeRolePolicyDocument --output json >"$out/roles/$role.trust.json"
  {
    aws iam list-attached-role-policies --role-name "$role" --output json
    for p in $(aws iam list-role-policies --role-name "$role" --query PolicyNames --output text); do
      aws iam get-role-policy --role-name "$role" --policy-name "$p" --output json
    done
  } | jq -s . >"$out/roles/$role.policies.json"
done

try cloudtrail_trails.json cloudtrail describe-trails
for t in $(jq -r '.trailList[].TrailARN' "$out/cloudtrail_trails.json" 2>/dev/null); do
  aws cloudtrail get-trail-status --name "$t" --output json
done | jq -s . >"$out/cloudtrail_status.json"
try guardduty_detectors.json guardduty list-detectors

printf 'bucket\tsse\n' >"$out/s3_encryption.tsv"
printf 'bucket\tblock_public_acls\tblock_public_policy\tignore_public_acls\trestrict_public_buckets\n' >"$out/s3_public_access.tsv"
for b in $(aws s3api list-buckets --query 'Buckets[].Name' --output text); do
  sse=$(aws s3api get-bucket-encryption --bucket "$b" \
        --query 'ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm' \
        --output text 2>/dev/null || echo NONE)
  printf '%s\t%s\n' "$b" "$sse" >>"$out/s3_encryption.tsv"
  pab=$(aws s3api get-public-access-block --bucket "$b" --output json 2>/dev/null \
        | jq -r '.PublicAccessBlockConfiguration | [.BlockPublicAcls,.BlockPublicPolicy,.IgnorePublicAcls,.RestrictPublicBuckets] | @tsv' \
        || printf 'none\tnone\tnone\tnone')
  printf '%s\t%s\n' "$b" "$pab" >>"$out/s3_public_access.tsv"
done

rm -f "$out/.err"
jq -n --arg arn "$arn" --arg account "$account" --arg ts "$ts" --arg cli "$(aws --version 2>&1)" \
  --argjson denied "$(printf '%s\n' "${denied[@]:-}" | jq -R . | jq -s 'map(select(length>0))')" \
  '{collected_by:$arn, account:$account, collected_at:$ts, aws_cli:$cli, access_denied:$denied}' >"$out/manifest.json"
(cd "$out" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum >SHA256SUMS)
echo "evidence written to $out"
