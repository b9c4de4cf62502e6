#!/usr/bin/env python3
"""De-identify a raw SIS extract for a research release.

HMAC pseudonyms, generalised quasi-identifiers, small-cell suppression, manifest.
"""
import argparse
import hashlib
import hmac
import json
import os
import stat
import sys
from pathlib import Path

import pandas as pd

K = 10
SUBGROUP_FLAGS = ["ell_flag", "sped_flag", "frl_flag"]
RELEASE_COLS = ["pid", "birth_year", "gender_code", "zip3", "school", "grade_level",
                *SUBGROUP_FLAGS, "attendance_rate", "math_scale_score", "ela_scale_score"]


def load_key(path: str) -> bytes:
    st = os.stat(path)
    if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        sys.exit(f"{path} must be mode 600 (steward-only)")
    key = Path(path).read_bytes().strip()
    if len(key) < 32:
        sys.exit("pseudonym key too short (need >= 32 bytes)")
    return key


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("raw_csv")
    ap.add_argument("--request", required=True, help="approved request id, e.g. DSA-2025-014")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    key = load_key(os.environ["PSEUDONYM_KEY_FILE"])
    df = pd.read_csv(args.raw_csv, dtype={"student_id": str, "home_zip": str, "school_code": str})

    df["pid"] = df["student_id"].map(
        lambda sid: hmac.new(key, sid.encode(), hashlib.sha256).hexdigest()[:16])
    df["birth_year"] = pd.to_datetime(df["date_of_birth"]).dt.year
    df["zip3"] = df["home_zip"].str[:3] + "XX"

    school_sizes = df.groupby("school_code")["pid"].transform("count")
    df["school"] = df["school_code"].where(school_sizes >= 100, "type:" + df["school_type"])

    cell = df.groupby(["school", "grade_level"])["pid"].transform("count")
    small = cell < K
    df.loc[small, SUBGROUP_FLAGS] = None
    for flag in SUBGROUP_FLAGS:
        sub = df.groupby(["school", "grade_level", flag])["pid"].transform("count")
        df.loc[(sub < K) & df[flag].notna(), flag] = None

    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    release = df[RELEASE_COLS].sample(frac=1, random_state=None)  # shuffle row order
    out_file = out_dir / f"{args.request}_release.csv"
    release.to_csv(out_file, index=False)

    manifest = {
        "request": args.request,
        "rows": int(len(release)),
        "columns": RELEASE_COLS,
        "k_threshold": K,
        "suppressed_cells": int(small.sum()),
        "sha256": hashlib.sha256(out_file.read_bytes()).hexdigest(),
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2))
    print(json.dumps(manifest, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
