#!/usr/bin/env bash
# Read-only AWS posture snapshot. Requires: aws CLI v2, jq.
set -euo pipefail

REGION="${1:-$(aws configure get region || echo us-east-1)}"
ACCOUNT="$(aws sts get-caller-identity --query Account --output text)"
OUT="posture-${ACCOUNT}-$(date +%Y%m%d)"
mkdir -p "$OUT"
echo "Account: $ACCOUNT  Region: $REGION  Output: $OUT"

aws iam get-account-summary > "$OUT/account-summary.json"
aws iam get-account-password-policy > "$OUT/password-policy.json" 2>/dev/null || echo '{"PasswordPolicy":null}' > "$OUT/password-policy.json"

# Credential report (generation is idempotent and changes no settings)
until aws iam generate-credential-report --query State --output text | grep -q COMPLETE; do sleep 2; done
aws iam get-credential-report --query Content --output text | base64 --decode > "$OUT/credential-report.csv"

aws s3control get-public-access-block --account-id "$ACCOUNT" > "$OUT/s3-account-pab.json" 2>/dev/null \
  || echo '{"PublicAccessBlockConfiguration":null}' > "$OUT/s3-account-pab.json"

: > "$OUT/s3-bucket-policy-status.jsonl"
for b in $(aws s3api list-buckets --query 'Buckets[].Name' --output text); do
  status=$(aws s3api get-bucket-policy-status --bucket "$b" --query PolicyStatus.IsPublic --output text 2>/dev/null || echo "NoPolicy")
  printf '{"bucket":"%s","is_public":"%s"}\n' "$b" "$status" >> "$OUT/s3-bucket-policy-status.jsonl"
done

aws cloudtrail describe-trails --region "$REGION" > "$OUT/cloudtrail.json"
aws guardduty list-detectors --region "$REGION" > "$OUT/guardduty.json"

aws ec2 describe-security-groups --region "$REGION" \
  --filters Name=ip-permission.cidr,Values=0.0.0.0/0 \
  --query 'SecurityGroups[].{id:GroupId,name:GroupName,perms:IpPermissions[?IpRanges[?CidrIp==`0.0.0.0/0`]].[IpProtocol,FromPort,ToPort]}' \
  > "$OUT/open-security-groups.json"

{
  echo "== Root =="
  jq -r '.SummaryMap | "root MFA enabled: \(.AccountMFAEnabled)  root access keys: \(.AccountAccessKeysPresent)"' "$OUT/account-summary.json"
  echo "== Users without MFA (console) =="
  awk -F, 'NR>1 && $4=="true" && $8=="false" {print $1}' "$OUT/credential-report.csv"
  echo "== Multi-region trails =="
  jq -r '.trailList[] | "\(.Name) multi_region=\(.IsMultiRegionTrail) validation=\(.LogFileValidationEnabled)"' "$OUT/cloudtrail.json"
  echo "== GuardDuty detectors in $REGION =="
  jq -r '.DetectorIds | length' "$OUT/guardduty.json"
  echo "== Public buckets =="
  grep '"is_public":"True"' "$OUT/s3-bucket-policy-status.jsonl" || echo "none"
  echo "== Security groups open to 0.0.0.0/0 =="
  jq -r '.[] | "\(.id) \(.name) \(.perms)"' "$OUT/open-security-groups.json"
} | tee "$OUT/summary.txt"
