#!/usr/bin/env python3
"""Read-only IAM access key age/usage report. Writes CSV to stdout."""
import argparse
import csv
import datetime as dt
import io
import sys
import time

import boto3


def now():
    return dt.datetime.now(dt.timezone.utc)


def credential_report(iam):
    for _ in range(10):
        state = iam.generate_credential_report()["State"]
        if state == "COMPLETE":
            break
        time.sleep(2)
    body = iam.get_credential_report()["Content"].decode()
    return {row["user"]: row for row in csv.DictReader(io.StringIO(body))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile")
    ap.add_argument("--max-age", type=int, default=90)
    ap.add_argument("--stale", type=int, default=90)
    a = ap.parse_args()

    session = boto3.Session(profile_name=a.profile)
    iam = session.client("iam")
    report = credential_report(iam)

    w = csv.writer(sys.stdout)
    w.writerow(["user", "key_id", "status", "created", "age_days", "last_used",
                "last_service", "last_region", "mfa", "flags"])

    root = report.get("<root_account>", {})
    if root.get("access_key_1_active") == "true" or root.get("access_key_2_active") == "true":
        w.writerow(["<root>", "", "Active", "", "", "", "", "", root.get("mfa_active"), "ROOT_KEY"])

    paginator = iam.get_paginator("list_users")
    for page in paginator.paginate():
        for user in page["Users"]:
            name = user["UserName"]
            keys = iam.list_access_keys(UserName=name)["AccessKeyMetadata"]
            active = [k for k in keys if k["Status"] == "Active"]
            cr = report.get(name, {})
            mfa = cr.get("mfa_active", "unknown")
            has_pw = cr.get("password_enabled") == "true"
            for k in keys:
                age = (now() - k["CreateDate"]).days
                lu = iam.get_access_key_last_used(AccessKeyId=k["AccessKeyId"])["AccessKeyLastUsed"]
                last = lu.get("LastUsedDate")
                flags = []
                if k["Status"] == "Active":
                    if age > a.max_age:
                        flags.append("OLD")
                    if last is None or (now() - last).days > a.stale:
                        flags.append("STALE")
                    if len(active) > 1:
                        flags.append("TWO_ACTIVE")
                if has_pw and mfa != "true":
                    flags.append("NO_MFA")
                w.writerow([
                    name, "…" + k["AccessKeyId"][-4:], k["Status"], k["CreateDate"].date().isoformat(), age,
                    last.date().isoformat() if last else "never",
                    lu.get("ServiceName", ""), lu.get("Region", ""), mfa, "|".join(flags),
                ])


if __name__ == "__main__":
    main()
