#!/usr/bin/env python3
"""Проверка сроков действия TLS-сертификатов."""
import argparse
import json
import socket
import ssl
import sys
from datetime import datetime, timezone

try:
    from cryptography import x509  # type: ignore
except ImportError:  # cryptography не обязателен
    x509 = None


def parse_target(s: str):
    s = s.strip()
    if s.startswith("["):  # IPv6 [::1]:443
        host, _, port = s[1:].partition("]:")
        return host, int(port or 443)
    if s.count(":") == 1:
        host, port = s.split(":")
        return host, int(port)
    return s, 443


def fetch_cert(host, port, sni, timeout):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # хотим видеть и просроченные сертификаты
    with socket.create_connection((host, port), timeout=timeout) as sock:
        with ctx.wrap_socket(sock, server_hostname=sni or host) as tls:
            return tls.getpeercert(binary_form=True)


def describe(der):
    if x509 is not None:
        cert = x509.load_der_x509_certificate(der)
        not_after = getattr(cert, "not_valid_after_utc", None) or cert.not_valid_after.replace(tzinfo=timezone.utc)
        cn = cert.issuer.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
        issuer = cn[0].value if cn else cert.issuer.rfc4514_string()
        return not_after, issuer
    # запасной вариант через openssl
    import subprocess
    pem = ssl.DER_cert_to_PEM_cert(der)
    out = subprocess.run(["openssl", "x509", "-noout", "-enddate", "-issuer"],
                         input=pem, capture_output=True, text=True, check=True).stdout
    end = issuer = ""
    for line in out.splitlines():
        if line.startswith("notAfter="):
            end = line.split("=", 1)[1]
        elif line.startswith("issuer="):
            issuer = line.split("CN", 1)[-1].lstrip(" =").split(",")[0]
    not_after = datetime.strptime(end, "%b %d %H:%M:%S %Y %Z").replace(tzinfo=timezone.utc)
    return not_after, issuer


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("targets", nargs="*")
    p.add_argument("-f", "--file")
    p.add_argument("--warn", type=int, default=30)
    p.add_argument("--crit", type=int, default=7)
    p.add_argument("--sni")
    p.add_argument("--timeout", type=float, default=5.0)
    p.add_argument("--json", action="store_true")
    a = p.parse_args()

    targets = list(a.targets)
    if a.file:
        with open(a.file, encoding="utf-8") as fh:
            targets += [l.split("#")[0].strip() for l in fh if l.split("#")[0].strip()]
    if not targets:
        p.error("не указано ни одного хоста")

    now = datetime.now(timezone.utc)
    rows, worst = [], 0
    for t in targets:
        host, port = parse_target(t)
        row = {"host": f"{host}:{port}"}
        try:
            not_after, issuer = describe(fetch_cert(host, port, a.sni, a.timeout))
            days = (not_after - now).days
            row.update(days=days, expires=not_after.strftime("%Y-%m-%d %H:%M UTC"), issuer=issuer)
            if days <= a.crit:
                row["status"], worst = "crit", 2
            elif days <= a.warn:
                row["status"], worst = "warn", max(worst, 1)
            else:
                row["status"] = "ok"
        except Exception as e:  # noqa: BLE001
            row.update(status="error", error=str(e))
            worst = 2
        rows.append(row)

    if a.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(f"{'ХОСТ':<26}{'ОСТАЛОСЬ':>9}  {'ИСТЕКАЕТ':<22}ИЗДАТЕЛЬ")
        mark = {"ok": "", "warn": "⚠", "crit": "✖", "error": "✖"}
        for r in sorted(rows, key=lambda r: r.get("days", -10**6)):
            if r["status"] == "error":
                print(f"{r['host']:<26}{'—':>9}  ошибка: {r['error']}")
            else:
                print(f"{r['host']:<26}{r['days']:>9}  {r['expires']:<22}{r['issuer']:<10} {mark[r['status']]}")
    sys.exit(worst)


if __name__ == "__main__":
    main()
