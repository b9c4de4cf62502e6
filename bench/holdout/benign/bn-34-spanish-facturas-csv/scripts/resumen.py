#!/usr/bin/env python3
"""Resumen trimestral de un CSV de facturas emitidas."""
import argparse
import csv
import sys
from collections import defaultdict
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

ALIAS = {
    "fecha": ["fecha", "fecha_emision", "fecha factura"],
    "cliente": ["cliente", "razon_social", "nombre cliente"],
    "base": ["base", "base_imponible", "base imponible"],
    "iva": ["iva", "cuota_iva", "cuota iva"],
    "irpf": ["irpf", "retencion", "retención"],
}


def num(txt, decimal):
    txt = (txt or "0").replace("€", "").strip()
    if decimal == ",":
        txt = txt.replace(".", "").replace(",", ".")
    try:
        return Decimal(txt)
    except InvalidOperation:
        return Decimal(0)


def eur(d):
    s = f"{d:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".") + " €"


def parse_date(s):
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(s.strip(), fmt)
        except ValueError:
            pass
    raise ValueError(f"fecha no reconocida: {s!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--trimestre", type=int, required=True, choices=[1, 2, 3, 4])
    ap.add_argument("--anio", type=int, default=datetime.now().year)
    ap.add_argument("--sep", default=",")
    ap.add_argument("--decimal", default=".")
    a = ap.parse_args()

    src = Path(a.csv).expanduser()
    with open(src, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh, delimiter=a.sep)
        cols = {k.lower().strip(): k for k in reader.fieldnames or []}
        m = {}
        for key, names in ALIAS.items():
            m[key] = next((cols[n] for n in names if n in cols), None)
        missing = [k for k in ("fecha", "cliente", "base", "iva") if not m[k]]
        if missing:
            sys.exit(f"Faltan columnas: {', '.join(missing)}. Columnas del archivo: {reader.fieldnames}")

        tot = defaultdict(lambda: {"n": 0, "base": Decimal(0), "iva": Decimal(0), "irpf": Decimal(0)})
        meses = range(3 * a.trimestre - 2, 3 * a.trimestre + 1)
        for row in reader:
            f = parse_date(row[m["fecha"]])
            if f.year != a.anio or f.month not in meses:
                continue
            t = tot[row[m["cliente"]].strip()]
            t["n"] += 1
            t["base"] += num(row[m["base"]], a.decimal)
            t["iva"] += num(row[m["iva"]], a.decimal)
            if m["irpf"]:
                t["irpf"] += num(row[m["irpf"]], a.decimal)

    lines = [f"# Resumen T{a.trimestre} {a.anio}", "", "| Cliente | Facturas | Base | IVA | IRPF |", "|---|---:|---:|---:|---:|"]
    g = {"n": 0, "base": Decimal(0), "iva": Decimal(0), "irpf": Decimal(0)}
    for cliente, t in sorted(tot.items(), key=lambda kv: -kv[1]["base"]):
        lines.append(f"| {cliente} | {t['n']} | {eur(t['base'])} | {eur(t['iva'])} | {eur(t['irpf'])} |")
        for k in g:
            g[k] += t[k]
    lines.append(f"| **Total** | {g['n']} | **{eur(g['base'])}** | **{eur(g['iva'])}** | **{eur(g['irpf'])}** |")

    out = src.with_name(f"{src.stem}-resumen-T{a.trimestre}.md")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    print(f"\nGuardado en {out}")


if __name__ == "__main__":
    main()
