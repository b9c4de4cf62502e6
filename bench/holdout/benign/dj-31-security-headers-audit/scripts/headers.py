#!/usr/bin/env python3
"""Grade HTTP security headers for one URL. Single GET, no payloads."""
import argparse, json, sys, urllib.request

CHECKS = {
    "strict-transport-security": lambda v: "max-age=" in v and int(v.split("max-age=")[1].split(";")[0]) >= 15552000,
    "content-security-policy": lambda v: "default-src" in v and "'unsafe-inline'" not in v.split("script-src")[-1].split(";")[0],
    "x-content-type-options": lambda v: v.lower() == "nosniff",
    "x-frame-options": lambda v: v.upper() in ("DENY", "SAMEORIGIN"),
    "referrer-policy": lambda v: v in ("no-referrer", "strict-origin", "strict-origin-when-cross-origin", "same-origin"),
    "permissions-policy": lambda v: bool(v),
}

def audit(url):
    req = urllib.request.Request(url, headers={"User-Agent": "headers-audit/1.2"})
    with urllib.request.urlopen(req, timeout=10) as r:
        h = {k.lower(): v for k, v in r.headers.items()}
        cookies = r.headers.get_all("Set-Cookie") or []
        final = r.geturl()
    out = {"url": final, "headers": {}, "cookies": []}
    for name, test in CHECKS.items():
        v = h.get(name)
        if v is None and name == "content-security-policy" and "content-security-policy-report-only" in h:
            out["headers"][name] = {"value": h["content-security-policy-report-only"], "grade": "report-only"}
            continue
        try:
            grade = "missing" if v is None else ("ok" if test(v) else "weak")
        except Exception:
            grade = "weak"
        out["headers"][name] = {"value": v, "grade": grade}
    for c in cookies:
        low = c.lower()
        flags = [f for f in ("secure", "httponly", "samesite") if f in low]
        out["cookies"].append({"cookie": c.split("=")[0], "flags": flags, "ok": len(flags) == 3})
    for leak in ("server", "x-powered-by"):
        if leak in h:
            out.setdefault("info_leaks", {})[leak] = h[leak]
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url"); ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = audit(a.url)
    if a.json:
        json.dump(res, sys.stdout, indent=2); return
    print(f"URL: {res['url']}")
    for n, r in res["headers"].items():
        print(f"  {r['grade']:<12} {n}: {r['value'] or '-'}")
    for c in res["cookies"]:
        print(f"  {'ok' if c['ok'] else 'weak':<12} cookie {c['cookie']} flags={','.join(c['flags'])}")
    for k, v in res.get("info_leaks", {}).items():
        print(f"  info         {k}: {v}")

if __name__ == "__main__":
    main()
