#!/usr/bin/env python3
"""Match CAMT.053 / BAI2 statement lines to GL cash entries."""
import argparse
import itertools
import re
import xml.etree.ElementTree as ET

import pandas as pd

NS = {"c": "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"}


def mask_acct(value: str) -> str:
    digits = re.sub(r"\W", "", value or "")
    return "****" + digits[-4:] if len(digits) >= 4 else "****"


def read_camt(path):
    root = ET.parse(path).getroot()
    acct = root.findtext(".//c:Stmt/c:Acct/c:Id/c:IBAN", namespaces=NS) or \
        root.findtext(".//c:Stmt/c:Acct/c:Id/c:Othr/c:Id", namespaces=NS)
    rows = []
    for n in root.iterfind(".//c:Ntry", NS):
        amt = float(n.findtext("c:Amt", namespaces=NS))
        sign = -1 if n.findtext("c:CdtDbtInd", namespaces=NS) == "DBIT" else 1
        rows.append({
            "date": pd.Timestamp(n.findtext("c:BookgDt/c:Dt", namespaces=NS)),
            "amount": round(sign * amt, 2),
            "ref": n.findtext(".//c:EndToEndId", namespaces=NS) or n.findtext(".//c:AcctSvcrRef", namespaces=NS) or "",
            "desc": (n.findtext(".//c:AddtlNtryInf", namespaces=NS) or "")[:60],
        })
    return mask_acct(acct), pd.DataFrame(rows)


def reconcile(bank, gl, tol_days):
    bank = bank.assign(matched=False, match_id=None)
    gl = gl.assign(matched=False, match_id=None)
    mid = itertools.count(1)
    # pass 1: exact amount + reference
    for i, b in bank.iterrows():
        if not b.ref:
            continue
        c = gl[(~gl.matched) & (gl.Amount == b.amount) & (gl.Reference.astype(str) == b.ref)]
        if len(c) == 1:
            m = next(mid)
            bank.loc[i, ["matched", "match_id"]] = [True, m]
            gl.loc[c.index[0], ["matched", "match_id"]] = [True, m]
    # pass 2: amount + date window, unique
    for i, b in bank[~bank.matched].iterrows():
        c = gl[(~gl.matched) & (gl.Amount == b.amount) &
               ((gl["Posting Date"] - b.date).abs().dt.days <= tol_days)]
        if len(c) == 1:
            m = next(mid)
            bank.loc[i, ["matched", "match_id"]] = [True, m]
            gl.loc[c.index[0], ["matched", "match_id"]] = [True, m]
    # pass 3: many GL receipts -> one bank deposit, same day
    for i, b in bank[(~bank.matched) & (bank.amount > 0)].iterrows():
        same_day = gl[(~gl.matched) & (gl["Posting Date"] == b.date) & (gl.Amount > 0)]
        if len(same_day) and round(same_day.Amount.sum(), 2) == b.amount:
            m = next(mid)
            bank.loc[i, ["matched", "match_id"]] = [True, m]
            gl.loc[same_day.index, "matched"] = True
            gl.loc[same_day.index, "match_id"] = m
    return bank, gl


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bank", required=True)
    ap.add_argument("--gl", required=True)
    ap.add_argument("--tolerance-days", type=int, default=3)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    acct, bank = read_camt(a.bank)
    gl = pd.read_csv(a.gl, parse_dates=["Posting Date"])
    gl["Amount"] = gl["Amount"].round(2)
    bank, gl = reconcile(bank, gl, a.tolerance_days)
    with pd.ExcelWriter(a.out) as xw:
        pd.DataFrame([{"account": acct, "bank_lines": len(bank), "gl_lines": len(gl),
                       "bank_unmatched": int((~bank.matched).sum()),
                       "gl_unmatched": int((~gl.matched).sum())}]).to_excel(xw, "summary", index=False)
        bank[~bank.matched].to_excel(xw, "breaks_bank", index=False)
        gl[~gl.matched].to_excel(xw, "breaks_gl", index=False)
    print(f"account {acct}: {int(bank.matched.sum())}/{len(bank)} bank lines matched -> {a.out}")


if __name__ == "__main__":
    main()
