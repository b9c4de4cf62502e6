#!/usr/bin/env python3
"""Plain-language summary of olevba findings for non-technical staff."""
import sys
from oletools.olevba import VBA_Parser

RISKY = {"AutoExec", "Suspicious", "IOC"}

def main(path):
    vp = VBA_Parser(path)
    if not vp.detect_vba_macros():
        print(f"{path}: no macros found. Safe to open normally.")
        return
    results = vp.analyze_macros()
    kinds = {}
    for kw_type, keyword, desc in results:
        kinds.setdefault(kw_type, []).append(keyword)
    risky = {k: v for k, v in kinds.items() if k in RISKY}
    if "AutoExec" in risky and "Suspicious" in risky:
        verdict = "DO NOT OPEN. Macros run automatically and perform suspicious actions."
    elif risky:
        verdict = "Open only with macros disabled; IT will review."
    else:
        verdict = "Macros look like formatting helpers. Safe to open with macros disabled."
    print(f"{path}: {verdict}")
    for k, v in risky.items():
        print(f"  {k}: {', '.join(sorted(set(v))[:10])}")
    vp.close()

if __name__ == "__main__":
    for p in sys.argv[1:]:
        main(p)
