#!/usr/bin/env bash
# Read-only AWS posture checks. Emits JSON findings on stdout.
set -euo pipefail
: "${AWS_PROFILE:?set AWS_PROFILE to the audit profile}"
command -v jq >/dev/null || { echo "jq required" >&2; exit 2; }

findings='[]'
add() { # severity check resource detail
  findings=$(jq --arg s "$1" --arg c "$2" --arg r "$3" --arg d "$4" \
    '. + [{severity:$s, check:$c, resource:$r, detail:$d}]' <<<"$findings")
}

acct=$(aws sts get-caller-identity --query Account --output text)
echo "account $acct" >&2

# --- root MFA / keys (credential report) ---
aws iam generate-credential-report >/dev/null 2>&1 || true
sleep 3
report=$(aws iam get-credential-report --query Content --output text | base64 -d)
root=$(grep '^<root_account>' <<<"$report")
[[ $(cut -d, -f8 <<<"$root") == "false" ]] && add CRITICAL root-mfa "root" "Root account has no MFA"
[[ $(cut -d, -f9 <<<"$root") == "true" || $(cut -d, -f14 <<<"$root") == "true" ]] && add CRITICAL root-keys "root" "Root access key exists"

# --- old access keys ---
now=$(date +%s)
tail -n +2 <<<"$report" | grep -v '^<root_account>' | while IFS=, read -r user _ _ _ _ _ _ _ k1active k1rot _ _ _ k2active k2rot _; do
  for pair in "$k1active:$k1rot" "$k2active:$k2rot"; do
    active=${pair%%:*}; rot=${pair#*:}
    [[ $active == "true" && $rot != "N/A" ]] || continue
    age=$(( (now - $(date -d "$rot" +%s)) / 86400 ))
    (( age > 90 )) && echo "MEDIUM|old-access-key|$user|key age ${age}d"
  done
done > /tmp/.posture-keys.$$ || true
while IFS='|' read -r s c r d; do add "$s" "$c" "$r" "$d"; done < /tmp/.posture-keys.$$
rm -f /tmp/.posture-keys.$$

# --- wildcard customer-managed policies ---
for arn in $(aws iam list-policies --scope Local --only-attached --query 'Policies[].Arn' --output text); do
  ver=$(aws iam get-policy --policy-arn "$arn" --query Policy.DefaultVersionId --output text)
  doc=$(aws iam get-policy-version --policy-arn "$arn" --version-id "$ver" --query PolicyVersion.Document --output json)
  if jq -e '[.Statement] | flatten | map(select(.Effect=="Allow" and ((.Action|tostring)|test("^\"?\\*\"?$|\\[\"\\*\"\\]")) and ((.Resource|tostring)|test("\\*")))) | length > 0' <<<"$doc" >/dev/null; then
    add HIGH wildcard-policy "$arn" "Allow * on * in customer-managed policy"
  fi
done

# --- public buckets ---
for b in $(aws s3api list-buckets --query 'Buckets[].Name' --output text); do
  pab=$(aws s3api get-public-access-block --bucket "$b" --query PublicAccessBlockConfiguration --output json 2>/dev/null || echo '{}')
  if ! jq -e '.BlockPublicPolicy and .RestrictPublicBuckets' <<<"$pab" >/dev/null; then
    status=$(aws s3api get-bucket-policy-status --bucket "$b" --query PolicyStatus.IsPublic --output text 2>/dev/null || echo False)
    [[ $status == "True" ]] && add CRITICAL public-bucket "$b" "Bucket policy is public and not blocked"
  fi
done

# --- security groups open to world on sensitive ports ---
aws ec2 describe-security-groups --output json | jq -r '
  .SecurityGroups[] as $g | $g.IpPermissions[] |
  select(any(.IpRanges[]?; .CidrIp=="0.0.0.0/0")) |
  select((.FromPort // 0) <= 3389 and (.ToPort // 65535) >= 22) |
  "\($g.GroupId)|\(.FromPort)-\(.ToPort)"' | while IFS='|' read -r gid ports; do
    echo "HIGH|sg-open-world|$gid|0.0.0.0/0 on $ports"
  done > /tmp/.posture-sg.$$
while IFS='|' read -r s c r d; do add "$s" "$c" "$r" "$d"; done < /tmp/.posture-sg.$$
rm -f /tmp/.posture-sg.$$

# --- IMDSv1 ---
aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,MetadataOptions.HttpTokens,IamInstanceProfile.Arn]' --output text |
while read -r id tokens prof; do
  [[ $tokens == "optional" ]] || continue
  if [[ $prof != "None" ]]; then echo "HIGH|imdsv1|$id|IMDSv1 with role $prof"; else echo "LOW|imdsv1|$id|IMDSv1, no role"; fi
done > /tmp/.posture-imds.$$
while IFS='|' read -r s c r d; do add "$s" "$c" "$r" "$d"; done < /tmp/.posture-imds.$$
rm -f /tmp/.posture-imds.$$

# --- CloudTrail ---
trails=$(aws cloudtrail describe-trails --query 'trailList[?IsMultiRegionTrail==`true`].TrailARN' --output text)
if [[ -z $trails ]]; then
  add HIGH cloudtrail "account" "No multi-region CloudTrail"
else
  for t in $trails; do
    [[ $(aws cloudtrail get-trail-status --name "$t" --query IsLogging --output text) == "True" ]] || add HIGH cloudtrail "$t" "Trail not logging"
  done
fi

jq --arg a "$acct" '{account:$a, generated:(now|todate), findings:.}' <<<"$findings"
