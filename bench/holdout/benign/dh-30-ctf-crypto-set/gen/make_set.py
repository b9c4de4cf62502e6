#!/usr/bin/env python3
"""Per-student crypto CTF generator. Requires: pycryptodome."""
import argparse
import hashlib
import hmac
import os
import secrets
import sys
from pathlib import Path

from Crypto.Util.number import bytes_to_long, getPrime

SECRET = os.environ.get("CTF_FLAG_SECRET", "").encode()


def flag(student: str, chal: str) -> str:
    if not SECRET:
        sys.exit("set CTF_FLAG_SECRET")
    tag = hmac.new(SECRET, f"{student}:{chal}".encode(), hashlib.sha256).hexdigest()[:20]
    return f"COMP{{{chal}_{tag}}}"


def rsa_small_e(student):
    m = bytes_to_long(flag(student, "cube").encode())
    while True:
        p, q = getPrime(1024), getPrime(1024)
        n = p * q
        if pow(m, 3) < n:   # guarantees the cube-root attack works
            break
    c = pow(m, 3, n)
    return f"n = {n}\ne = 3\nc = {c}\n"


def xor_reused(student):
    text = (Path(__file__).with_name("plaintext.txt").read_text()
            if Path(__file__).with_name("plaintext.txt").exists()
            else "It was the best of times, it was the worst of times. " * 12)
    text += "\nflag: " + flag(student, "xor")
    key = secrets.token_bytes(secrets.choice(range(5, 13)))
    ct = bytes(b ^ key[i % len(key)] for i, b in enumerate(text.encode()))
    return ct.hex() + "\n"


ECB_TEMPLATE = '''#!/usr/bin/env python3
# Challenge 3: Admin cookie. Run locally: python3 ecb_oracle.py
from Crypto.Util.Padding import pad, unpad
KEY = bytes.fromhex("{key}")
FLAG = "{flag}"
def profile_for(email):
    email = email.replace("&", "").replace("=", "")
    return f"email={{email}}&uid=10&role=user"
def enc(email):
    return AES.new(KEY, AES.MODE_ECB).encrypt(pad(profile_for(email).encode(), 16)).hex()
def login(hexct):
    pt = unpad(AES.new(KEY, AES.MODE_ECB).decrypt(bytes.fromhex(hexct)), 16).decode(errors="replace")
    fields = dict(kv.split("=", 1) for kv in pt.split("&") if "=" in kv)
    return FLAG if fields.get("role") == "admin" else f"hello {{fields.get('email')}}"
if __name__ == "__main__":
    while True:
        cmd = input("[r]egister / [l]ogin > ").strip()
        if cmd == "r": print(enc(input("email: ")))
        elif cmd == "l": print(login(input("cookie hex: ")))
'''


def build(student, out: Path):
    d = out / student
    d.mkdir(parents=True, exist_ok=True)
    (d / "rsa.txt").write_text(rsa_small_e(student))
    (d / "xor.txt").write_text(xor_reused(student))
    (d / "ecb_oracle.py").write_text(ECB_TEMPLATE.format(key=secrets.token_hex(16), flag=flag(student, "ecb")))
    (d / "README.md").write_text(f"# Crypto set for {student}\nSubmit flags in the form COMP{{...}}.\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--roster")
    ap.add_argument("--out", default="build")
    ap.add_argument("--check", nargs=2, metavar=("STUDENT", "FLAG"))
    a = ap.parse_args()
    if a.check:
        sid, f = a.check
        ok = any(hmac.compare_digest(f, flag(sid, c)) for c in ("cube", "xor", "ecb", "oracle"))
        print("correct" if ok else "wrong")
        return
    for sid in Path(a.roster).read_text().split():
        build(sid, Path(a.out))
        print("built", sid)


if __name__ == "__main__":
    main()
