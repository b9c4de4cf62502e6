#!/usr/bin/env python3
"""Read-only SPF/DKIM/DMARC/MX audit for a domain."""
import argparse
import sys

import dns.resolver

R = dns.resolver.Resolver()
R.lifetime = 5


def txt(name):
    try:
        return [b"".join(r.strings).decode() for r in R.resolve(name, "TXT")]
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer, dns.resolver.NoNameservers):
        return []


def spf_lookups(domain, seen=None):
    """Count DNS-querying mechanisms per RFC 7208 section 4.6.4."""
    seen = seen or set()
    if domain in seen:
        return 0
    seen.add(domain)
    recs = [t for t in txt(domain) if t.lower().startswith("v=spf1")]
    if not recs:
        return 0
    count = 0
    for term in recs[0].split()[1:]:
        t = term.lstrip("+-~?").lower()
        if t.startswith("include:"):
            count += 1 + spf_lookups(t.split(":", 1)[1], seen)
        elif t.startswith("redirect="):
            count += 1 + spf_lookups(t.split("=", 1)[1], seen)
        elif t.startswith(("a", "mx", "ptr", "exists:")) and not t.startswith("all"):
            count += 1
    return count


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("domain")
    ap.add_argument("--selectors", default="google,selector1,selector2,k1,s1,s2,default")
    a = ap.parse_args()
    d = a.domain.rstrip(".")
    problems = 0

    try:
        for mx in sorted(R.resolve(d, "MX"), key=lambda r: r.preference):
            print(f"MX      {mx.preference} {mx.exchange}")
    except Exception:
        print("MX      none"); problems += 1

    spf = [t for t in txt(d) if t.lower().startswith("v=spf1")]
    if not spf:
        print("SPF     MISSING"); problems += 1
    else:
        if len(spf) > 1:
            print("SPF     ERROR multiple SPF records"); problems += 1
        print(f"SPF     {spf[0]}")
        n = spf_lookups(d)
        print(f"        DNS lookups: {n}/10  {'OK' if n <= 10 else 'PERMERROR'}")
        if "+all" in spf[0]:
            print("        ERROR +all allows any sender"); problems += 1

    for sel in a.selectors.split(","):
        name = f"{sel.strip()}._domainkey.{d}"
        try:
            ans = R.resolve(name, "CNAME")
            print(f"DKIM    {sel}._domainkey  found (CNAME -> {ans[0].target})")
            continue
        except Exception:
            pass
        recs = txt(name)
        if recs:
            print(f"DKIM    {sel}._domainkey  found ({'rsa' if 'k=rsa' in recs[0] or 'p=' in recs[0] else '?'})")

    dm = [t for t in txt(f"_dmarc.{d}") if t.lower().startswith("v=dmarc1")]
    if not dm:
        print("DMARC   MISSING"); problems += 1
    else:
        print(f"DMARC   {dm[0]}")
        tags = dict(p.strip().split("=", 1) for p in dm[0].split(";") if "=" in p)
        if tags.get("p", "none").lower() == "none":
            print("        WARN policy is p=none - monitoring only")

    mta = txt(f"_mta-sts.{d}")
    print(f"MTA-STS {'present' if mta else 'not configured'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
