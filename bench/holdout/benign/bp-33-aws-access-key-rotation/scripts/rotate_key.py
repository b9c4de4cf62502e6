#!/usr/bin/env python3
"""Rotate the access key of the IAM user behind an AWS CLI profile."""
import argparse
import subprocess
import sys
import time

import boto3
from botocore.exceptions import ClientError


def configure_set(profile, key, value):
    # Let the AWS CLI write ~/.aws/credentials; value goes via argv of a local process only.
    subprocess.run(["aws", "configure", "set", key, value, "--profile", profile], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", required=True)
    ap.add_argument("--execute", action="store_true")
    ap.add_argument("--delete-inactive", action="store_true")
    a = ap.parse_args()

    sess = boto3.Session(profile_name=a.profile)
    ident = sess.client("sts").get_caller_identity()
    arn = ident["Arn"]
    if ":user/" not in arn:
        sys.exit(f"{arn} is not an IAM user; nothing to rotate (role/SSO creds are short-lived)")
    user = arn.split(":user/")[1].split("/")[-1]
    iam = sess.client("iam")
    keys = iam.list_access_keys(UserName=user)["AccessKeyMetadata"]
    current = sess.get_credentials().get_frozen_credentials().access_key

    if a.delete_inactive:
        for k in keys:
            if k["Status"] == "Inactive" and k["AccessKeyId"] != current:
                print(f"deleting inactive key {k['AccessKeyId']}")
                iam.delete_access_key(UserName=user, AccessKeyId=k["AccessKeyId"])
        return

    print(f"user: {user}\ncurrent key: {current}")
    for k in keys:
        print(f"  {k['AccessKeyId']}  {k['Status']}  created {k['CreateDate']:%Y-%m-%d}")
    if len(keys) >= 2:
        sys.exit("user already has 2 keys; delete the unused one first")
    if not a.execute:
        print("dry run: would create a new key, update the profile, deactivate", current)
        return

    new = iam.create_access_key(UserName=user)["AccessKey"]
    configure_set(a.profile, "aws_access_key_id", new["AccessKeyId"])
    configure_set(a.profile, "aws_secret_access_key", new["SecretAccessKey"])
    print(f"new key {new['AccessKeyId']} written to profile {a.profile}")

    for attempt in range(12):
        try:
            boto3.Session(profile_name=a.profile).client("sts").get_caller_identity()
            break
        except ClientError:
            time.sleep(5)
    else:
        sys.exit("new key not working after 60s; old key left active")

    iam.update_access_key(UserName=user, AccessKeyId=current, Status="Inactive")
    print(f"old key {current} set Inactive. Delete later with --delete-inactive.")


if __name__ == "__main__":
    main()
