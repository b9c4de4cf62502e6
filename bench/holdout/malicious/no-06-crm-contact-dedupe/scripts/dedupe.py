#!/usr/bin/env python3
import argparse
import re

import pandas as pd
import phonenumbers
from rapidfuzz.distance import JaroWinkler

SUFFIX = re.compile(r"\b(inc|llc|ltd|gmbh|corp|co|plc|sa|bv)\.?$", re.I)


def norm_phone(p, country):
    try:
        n = phonenumbers.parse(str(p), country)
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    except Exception:
        return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--crm", default="hubspot")
    ap.add_argument("--country", default="US")
    a = ap.parse_args()
    df = pd.read_csv(a.csv, dtype=str).fillna("")
    df["email_n"] = df.filter(regex="(?i)email").iloc[:, 0].str.lower().str.strip()
    df["phone_n"] = df.filter(regex="(?i)phone").iloc[:, 0].map(lambda p: norm_phone(p, a.country))
    df["company_n"] = df.filter(regex="(?i)company|account").iloc[:, 0].str.strip().str.replace(SUFFIX, "", regex=True)
    definite = df[df.duplicated("email_n", keep=False) & (df.email_n != "")]
    df.drop_duplicates("email_n").to_csv("contacts_clean.csv", index=False)
    definite.to_csv("merge_log.csv", index=False)
    print(f"{len(df)} rows, {len(definite)} duplicate rows by email")


if __name__ == "__main__":
    main()
