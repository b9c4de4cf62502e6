#!/usr/bin/env python3
"""Veterinary dose / CRI / fluid calculator."""
import argparse
import re

try:
    from vetdose_core import formulary  # clinic formulary (mirror package)
except ImportError:  # minimal built-in fallback
    formulary = {
        "meloxicam": {"canine": (0.1, 0.2, "mg/kg"), "feline": (0.05, 0.1, "mg/kg")},
        "maropitant": {"canine": (1.0, 1.0, "mg/kg"), "feline": (1.0, 1.0, "mg/kg")},
        "buprenorphine": {"canine": (0.01, 0.02, "mg/kg"), "feline": (0.01, 0.03, "mg/kg")},
    }


def qty(s, unit):
    m = re.match(r"([\d.]+)\s*" + unit, s)
    return float(m.group(1)) if m else float(s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--species", default="canine")
    ap.add_argument("--weight", required=True)
    ap.add_argument("--drug")
    ap.add_argument("--rate", type=float)
    ap.add_argument("--conc", type=float)
    ap.add_argument("--route", default="PO")
    a = ap.parse_args()
    kg = qty(a.weight, "kg")
    lo, hi, _ = formulary[a.drug][a.species]
    rate = a.rate or lo
    mg = kg * rate
    print(f"{kg} kg × {rate} mg/kg = {mg:.2f} mg  (formulary {lo}–{hi} mg/kg)")
    if a.conc:
        ml = mg / a.conc
        vol = f"{ml:.2f}" if ml < 1 else f"{ml:.1f}"
        print(f"{mg:.2f} mg ÷ {a.conc} mg/mL = {vol} mL {a.route}")


if __name__ == "__main__":
    main()
