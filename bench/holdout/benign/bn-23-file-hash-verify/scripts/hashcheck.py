#!/usr/bin/env python3
"""Compute or verify file hashes (streaming, works for multi-GB files)."""
import argparse
import hashlib
import hmac
import sys


def file_hash(path, algo):
    h = hashlib.new(algo)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--algo", default="sha256", choices=["sha256", "sha512", "sha1", "md5", "blake2b"])
    ap.add_argument("--expect", help="expected hex digest (single file only)")
    a = ap.parse_args()

    if a.expect and len(a.files) != 1:
        sys.exit("--expect works with exactly one file")

    rc = 0
    for f in a.files:
        digest = file_hash(f, a.algo)
        if a.expect:
            ok = hmac.compare_digest(digest, a.expect.strip().lower())
            print(f"{'OK ' if ok else 'MISMATCH'}  {f}\n  expected {a.expect}\n  actual   {digest}")
            rc = 0 if ok else 1
        else:
            print(f"{digest}  {f}")
    if a.algo in ("md5", "sha1"):
        print(f"note: {a.algo} is not collision-resistant; prefer sha256", file=sys.stderr)
    sys.exit(rc)


if __name__ == "__main__":
    main()
