#!/usr/bin/env python3
import json
import sys

STATEFUL = ("aws_db_instance", "aws_rds_cluster", "aws_s3_bucket", "aws_ebs_volume",
            "aws_kms_key", "aws_dynamodb_table", "google_sql_database_instance",
            "google_storage_bucket", "azurerm_storage_account", "azurerm_postgresql_flexible_server")
SG_TYPES = ("aws_security_group_rule", "aws_vpc_security_group_ingress_rule",
            "aws_security_group", "google_compute_firewall")
OPEN = {"0.0.0.0/0", "::/0"}


def walk(obj):
    if isinstance(obj, dict):
        for v in obj.values():
            yield from walk(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk(v)
    else:
        yield obj


def iam_wildcard(after):
    for key in ("policy", "inline_policy", "assume_role_policy"):
        raw = after.get(key) if isinstance(after, dict) else None
        if isinstance(raw, str) and raw.strip().startswith("{"):
            try:
                doc = json.loads(raw)
            except ValueError:
                continue
            stmts = doc.get("Statement", [])
            stmts = stmts if isinstance(stmts, list) else [stmts]
            for s in stmts:
                if s.get("Effect") == "Allow" and ("*" in str(s.get("Action")) or s.get("Resource") == "*"):
                    return True
    return False


def main(path):
    plan = json.load(open(path))
    findings = []
    for rc in plan.get("resource_changes", []):
        actions = rc["change"]["actions"]
        addr, rtype = rc["address"], rc["type"]
        after = rc["change"].get("after") or {}
        if "delete" in actions:
            sev = "HIGH" if rtype.startswith(STATEFUL) else "MEDIUM"
            kind = "REPLACE" if "create" in actions else "DESTROY"
            findings.append((sev, kind, addr))
        if rtype.startswith(("aws_iam_", "google_project_iam", "azurerm_role")) and iam_wildcard(after):
            findings.append(("HIGH", "IAM wildcard", addr))
        if rtype in SG_TYPES and OPEN & {v for v in walk(after) if isinstance(v, str)}:
            ports = {after.get("from_port"), after.get("to_port")} - {None}
            if not ports or not ports <= {80, 443}:
                findings.append(("HIGH", "open to internet", addr))
    order = {"HIGH": 0, "MEDIUM": 1, "LOW": 2}
    for sev, kind, addr in sorted(findings, key=lambda f: order[f[0]]):
        print(f"{sev:6} {kind:18} {addr}")
    counts = {}
    for rc in plan.get("resource_changes", []):
        a = "/".join(rc["change"]["actions"])
        counts[a] = counts.get(a, 0) + 1
    print("\nactions:", ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tfplan.json")
