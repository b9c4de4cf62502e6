#!/usr/bin/env bash
# Summarize `terraform show -json` output. Usage: summarize.sh tfplan.json
set -euo pipefail
plan="${1:?usage: summarize.sh tfplan.json}"

stateful='aws_db_instance|aws_rds_cluster|aws_ebs_volume|aws_s3_bucket|aws_elasticache|aws_sqs_queue|google_sql_database_instance|google_storage_bucket|azurerm_storage_account|azurerm_postgresql'
security='iam|security_group|firewall|kms_key_policy|public_access_block|network_acl|role_binding'

jq -r --arg stateful "$stateful" --arg security "$security" '
  def act: .change.actions | join(",");
  [.resource_changes[] | select(.change.actions != ["no-op"] and .change.actions != ["read"])] as $rc
  | ($rc | map(select(act == "create")) | length) as $add
  | ($rc | map(select(act == "update")) | length) as $chg
  | ($rc | map(select(act == "delete,create" or act == "create,delete")) | length) as $rep
  | ($rc | map(select(act == "delete")) | length) as $del
  | "\($add) to add, \($chg) to change, \($rep) to replace, \($del) to destroy",
    "",
    "Replacements / destroys:",
    ($rc[] | select(act | test("delete")) |
      "  \(if (.type | test($stateful)) then "[STATEFUL] " else "" end)\(.address) (\(act))"),
    "",
    "Security-sensitive:",
    ($rc[] | select(.type | test($security)) | "  \(.address) (\(act))"),
    "",
    "All changes:",
    ($rc[] | "  \(if act=="create" then "+" elif act=="update" then "~" elif act=="delete" then "-" else "±" end) \(.address)")
' "$plan"
