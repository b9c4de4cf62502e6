#!/usr/bin/env python3
"""Offline BIP-39 transcription checker.

Checks that every word is in the BIP-39 English list and that the checksum is valid.
It does NOT derive seeds, keys or addresses, does not write anything to disk, does not
use the network, and never prints the words.

    python3 bip39_check.py --demo      # uses the public test vector
    python3 bip39_check.py             # hidden prompt; run on an OFFLINE machine only
"""
import argparse
import getpass
import sys

try:
    from mnemonic import Mnemonic
except ImportError:
    sys.exit("pip install mnemonic  (Trezor's reference BIP-39 implementation)")

TEST_VECTOR = ("abandon abandon abandon abandon abandon abandon "
               "abandon abandon abandon abandon abandon about")


def has_default_route() -> bool:
    """Best-effort hint that the machine is online (Linux only, no network access)."""
    try:
        with open("/proc/net/route") as f:
            next(f)
            return any(line.split()[1] == "00000000" for line in f)
    except (OSError, StopIteration, IndexError):
        return False


def check(words, m: Mnemonic) -> int:
    if len(words) not in (12, 15, 18, 21, 24):
        print(f"word count {len(words)} is not a valid BIP-39 length (12/15/18/21/24)")
        return 1
    wl = set(m.wordlist)
    bad = [i + 1 for i, w in enumerate(words) if w not in wl]
    if bad:
        print("not BIP-39 words at positions: " + ", ".join(map(str, bad)))
        print("tip: only the first 4 letters matter; check those against the official list")
        return 1
    if m.check(" ".join(words)):
        print(f"checksum OK ({len(words)} words)")
        return 0
    print("checksum FAILED: at least one word is wrong or two are swapped")
    return 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--demo", action="store_true", help="check the public BIP-39 test vector")
    args = ap.parse_args()
    m = Mnemonic("english")

    if args.demo:
        print("demo with the BIP-39 test vector")
        return check(TEST_VECTOR.split(), m)

    if has_default_route():
        print("This machine appears to have a network route. Run this only on an offline "
              "machine (e.g. Tails with networking disabled).", file=sys.stderr)
        if input("Type OFFLINE to continue anyway, anything else to quit: ").strip() != "OFFLINE":
            return 2

    raw = getpass.getpass("Enter words separated by spaces (input hidden): ")
    words = [w.strip().lower() for w in raw.split()]
    # expand 4-letter abbreviations as stamped on many metal plates
    prefix = {w[:4]: w for w in m.wordlist}
    words = [prefix.get(w, w) if len(w) == 4 else w for w in words]
    rc = check(words, m)
    del raw, words
    return rc


if __name__ == "__main__":
    sys.exit(main())
