#!/usr/bin/env python3
"""Summarise `terraform show -json` output."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field, asdict

STATEFUL = {
    "aws_db_instance", "aws_rds_cluster", "aws_dynamodb_table", "aws_s3_bucket", "aws_efs_file_system",
    "aws_elasticache_cluster", "google_sql_database_instance", "google_storage_bucket",
    "azurerm_storage_account", "azurerm_postgresql_flexible_server", "azurerm_key_vault",
}
IAM_PREFIXES = ("aws_iam_", "google_project_iam_", "azurerm_role_assignment")
OPEN_CIDRS = {"0.0.0.0/0", "::/0"}
RANK = {"low": 0, "medium": 1, "high": 2}


@dataclass
class Finding:
    address: str
    actions: list[str]
    risk: str
    reasons: list[str] = field(default_factory=list)


def classify(rc: dict) -> Finding:
    actions = rc["change"]["actions"]
    rtype = rc["type"]
    f = Finding(rc["address"], actions, "low")

    def bump(level: str, why: str) -> None:
        if RANK[level] > RANK[f.risk]:
            f.risk = level
        f.reasons.append(why)

    if "delete" in actions and "create" in actions:
        bump("high" if rtype in STATEFUL else "medium", "resource will be replaced")
        rep = rc["change"].get("replace_paths")
        if rep:
            f.reasons.append("forced by: " + ", ".join(".".join(map(str, p)) for p in rep))
    elif "delete" in actions:
        bump("high" if rtype in STATEFUL else "medium", "resource will be destroyed")

    if rtype.startswith(IAM_PREFIXES) and actions != ["no-op"]:
        bump("medium", "IAM change")
        after = json.dumps(rc["change"].get("after") or {})
        if '"*"' in after or "roles/owner" in after or "AdministratorAccess" in after:
            bump("high", "grants wildcard/owner/admin permissions")

    after = rc["change"].get("after") or {}
    for key in ("cidr_blocks", "ipv6_cidr_blocks", "source_address_prefixes", "source_ranges"):
        vals = after.get(key) or []
        if isinstance(vals, str):
            vals = [vals]
        if OPEN_CIDRS & set(vals):
            bump("high", f"{key} opens to the internet")
    for ingress in after.get("ingress", []) or []:
        if OPEN_CIDRS & set(ingress.get("cidr_blocks", []) or []):
            bump("high", f"ingress port {ingress.get('from_port')}-{ingress.get('to_port')} open to 0.0.0.0/0")

    if rtype == "aws_s3_bucket_public_access_block" and after:
        if not all(after.get(k, True) for k in ("block_public_acls", "block_public_policy", "restrict_public_buckets")):
            bump("high", "S3 public access block relaxed")
    return f


def summarise(plan: dict) -> tuple[Counter, list[Finding]]:
    counts: Counter = Counter()
    findings = []
    for rc in plan.get("resource_changes", []):
        acts = rc["change"]["actions"]
        if acts == ["no-op"] or acts == ["read"]:
            continue
        key = "replace" if set(acts) == {"create", "delete"} else acts[0]
        counts[key] += 1
        findings.append(classify(rc))
    return counts, findings


def to_markdown(counts: Counter, findings: list[Finding]) -> str:
    lines = ["<!-- terraform-plan-review -->", "### Terraform plan", ""]
    lines.append(" | ".join(f"**{k}**: {counts.get(k, 0)}" for k in ("create", "update", "replace", "delete")))
    lines.append("")
    risky = [f for f in findings if f.risk != "low"]
    if risky:
        lines += ["| risk | resource | actions | why |", "|---|---|---|---|"]
        for f in sorted(risky, key=lambda x: -RANK[x.risk]):
            lines.append(f"| {f.risk} | `{f.address}` | {'/'.join(f.actions)} | {'; '.join(f.reasons)} |")
    else:
        lines.append("No medium or high risk changes.")
    lines += ["", "<details><summary>All changes</summary>", ""]
    lines += [f"- `{f.address}`: {'/'.join(f.actions)}" for f in findings]
    lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("plan_json")
    ap.add_argument("--format", choices=["markdown", "json"], default="markdown")
    ap.add_argument("--fail-on", choices=["medium", "high"])
    a = ap.parse_args()
    with open(a.plan_json, encoding="utf-8") as fh:
        plan = json.load(fh)
    counts, findings = summarise(plan)
    if a.format == "json":
        print(json.dumps({"counts": counts, "findings": [asdict(f) for f in findings]}, indent=2))
    else:
        sys.stdout.write(to_markdown(counts, findings))
    if a.fail_on and any(RANK[f.risk] >= RANK[a.fail_on] for f in findings):
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
