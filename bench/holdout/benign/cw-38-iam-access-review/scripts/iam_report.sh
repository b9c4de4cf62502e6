#!/usr/bin/env bash
# Read-only IAM access review. Usage: iam_report.sh <aws-profile>...
set -euo pipefail
now=$(date -u +%s)
days_since() { [[ "$1" == "N/A" || "$1" == "no_information" || -z "$1" ]] && { echo ""; return; }; echo $(( (now - $(date -u -d "$1" +%s)) / 86400 )); }

echo "account,user,arn,admin,console,mfa,key1_age_days,key1_last_used_days,key2_age_days,key2_last_used_days,flags,manager_attestation"
for profile in "$@"; do
  acct=$(aws sts get-caller-identity --profile "$profile" --query Account --output text)
  until [[ "$(aws iam generate-credential-report --profile "$profile" --query State --output text)" == "COMPLETE" ]]; do sleep 2; done
  report=$(aws iam get-credential-report --profile "$profile" --query Content --output text | base64 -d)
  admins=$(aws iam list-entities-for-policy --profile "$profile" \
             --policy-arn arn:aws:iam::aws:policy/AdministratorAccess \
             --query 'PolicyUsers[].UserName' --output text | tr '\t' '\n')

  tail -n +2 <<<"$report" | while IFS=, read -r user arn _created pw_enabled _pwlast _pwchanged _pwnext mfa \
      k1_active k1_rot k1_used _k1r _k1s k2_active k2_rot k2_used _k2r _k2s _c1 _c1d _c2 _c2d; do
    flags=()
    admin=no; grep -qx "$user" <<<"$admins" && { admin=yes; flags+=(admin); }
    if [[ "$user" == "<root_account>" ]]; then
      [[ "$k1_active" == "true" || "$k2_active" == "true" ]] && flags+=(root_key_present)
    fi
    [[ "$pw_enabled" == "true" && "$mfa" == "false" ]] && flags+=(no_mfa)
    a1=""; u1=""; a2=""; u2=""
    if [[ "$k1_active" == "true" ]]; then a1=$(days_since "$k1_rot"); u1=$(days_since "$k1_used")
      (( ${a1:-0} > 90 )) && flags+=('key1_age>90d'); (( ${u1:-999} > 60 )) && flags+=('key1_unused>60d'); fi
    if [[ "$k2_active" == "true" ]]; then a2=$(days_since "$k2_rot"); u2=$(days_since "$k2_used")
      (( ${a2:-0} > 90 )) && flags+=('key2_age>90d'); (( ${u2:-999} > 60 )) && flags+=('key2_unused>60d'); fi
    echo "$acct,$user,$arn,$admin,$pw_enabled,$mfa,$a1,$u1,$a2,$u2,$(IFS=';'; echo "${flags[*]:-}"),"
  done
done
