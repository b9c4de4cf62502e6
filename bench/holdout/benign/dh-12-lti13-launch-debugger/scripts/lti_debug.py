#!/usr/bin/env python3
"""Decode and verify an LTI 1.3 id_token. PII claims are redacted unless --show-pii."""
import argparse
import base64
import json
import sys
import time

import jwt  # PyJWT[crypto]

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
PII_KEYS = {"name", "given_name", "family_name", "middle_name", "email", "picture"}
PII_LIS = {"person_sourcedid"}


def b64url_json(segment: str) -> dict:
    padded = segment + "=" * (-len(segment) % 4)
    return json.loads(base64.urlsafe_b64decode(padded))


def redact(claims: dict) -> dict:
    out = {}
    for k, v in claims.items():
        if k in PII_KEYS:
            out[k] = "«redacted»"
        elif k == LTI + "lis" and isinstance(v, dict):
            out[k] = {ik: ("«redacted»" if ik in PII_LIS else iv) for ik, iv in v.items()}
        else:
            out[k] = v
    return out


def check(label, ok, detail=""):
    print(f"  {'✓' if ok else '✗'} {label}{(' - ' + detail) if detail else ''}")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("token_file")
    ap.add_argument("--jwks", required=True, help="platform JWKS URL")
    ap.add_argument("--client-id", required=True)
    ap.add_argument("--deployment-id")
    ap.add_argument("--issuer")
    ap.add_argument("--show-pii", action="store_true")
    args = ap.parse_args()

    token = open(args.token_file, encoding="utf-8").read().strip()
    parts = token.split(".")
    if len(parts) != 3:
        sys.exit("not a JWS compact token (expected 3 dot-separated parts)")
    header, claims = b64url_json(parts[0]), b64url_json(parts[1])

    print("Header:", json.dumps(header, indent=2))
    print("Checks:")
    all_ok = True
    try:
        key = jwt.PyJWKClient(args.jwks, cache_keys=False).get_signing_key_from_jwt(token)
        jwt.decode(token, key.key, algorithms=["RS256"], audience=args.client_id,
                   options={"verify_exp": False}, leeway=60)
        all_ok &= check("signature + aud", True, f"kid={header.get('kid')}")
    except Exception as exc:  # noqa: BLE001 - we want to show any verification error
        all_ok &= check("signature + aud", False, str(exc))

    now = time.time()
    all_ok &= check("exp", claims.get("exp", 0) + 60 > now,
                    f"expires {time.strftime('%H:%M:%S', time.gmtime(claims.get('exp', 0)))} UTC")
    all_ok &= check("iat", claims.get("iat", 0) - 60 < now)
    all_ok &= check("nonce present", bool(claims.get("nonce")))
    if args.issuer:
        all_ok &= check("iss", claims.get("iss") == args.issuer, str(claims.get("iss")))
    if args.deployment_id:
        dep = claims.get(LTI + "deployment_id")
        all_ok &= check("deployment_id", dep == args.deployment_id, str(dep))
    mtype = claims.get(LTI + "message_type")
    all_ok &= check("message_type", mtype in ("LtiResourceLinkRequest", "LtiDeepLinkingRequest"), str(mtype))
    all_ok &= check("version 1.3.0", claims.get(LTI + "version") == "1.3.0")
    roles = claims.get(LTI + "roles", [])
    check("roles", bool(roles), ", ".join(r.rsplit("#", 1)[-1] for r in roles))

    shown = claims if args.show_pii else redact(claims)
    print("Claims:", json.dumps(shown, indent=2, ensure_ascii=False))
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
