#!/usr/bin/env python3
"""Gerador e validador de BR Code Pix (EMV MPM estático)."""
import argparse
import re
import sys
import unicodedata


def crc16_ccitt(data: str) -> str:
    crc = 0xFFFF
    for ch in data.encode("utf-8"):
        crc ^= ch << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return f"{crc:04X}"


def campo(id_: str, valor: str) -> str:
    return f"{id_}{len(valor):02d}{valor}"


def limpar(txt: str, maximo: int) -> str:
    txt = unicodedata.normalize("NFKD", txt).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9 ]", "", txt).upper()[:maximo]


def gerar(chave, nome, cidade, valor=None, txid="***"):
    conta = campo("00", "br.gov.bcb.pix") + campo("01", chave)
    payload = (
        campo("00", "01")
        + campo("26", conta)
        + campo("52", "0000")
        + campo("53", "986")
        + (campo("54", f"{valor:.2f}") if valor else "")
        + campo("58", "BR")
        + campo("59", limpar(nome, 25))
        + campo("60", limpar(cidade, 15))
        + campo("62", campo("05", txid[:25]))
        + "6304"
    )
    return payload + crc16_ccitt(payload)


def decodificar(s):
    i, out = 0, {}
    while i < len(s):
        k, n = s[i:i + 2], int(s[i + 2:i + 4])
        out[k] = s[i + 4:i + 4 + n]
        i += 4 + n
    return out


def validar(codigo):
    corpo, crc = codigo[:-4], codigo[-4:]
    ok = crc16_ccitt(corpo) == crc.upper()
    d = decodificar(codigo)
    conta = decodificar(d.get("26", ""))
    print(f"CRC: {'OK' if ok else 'INVÁLIDO'}")
    print(f"Chave: {conta.get('01')}")
    print(f"Nome: {d.get('59')}  Cidade: {d.get('60')}  Valor: {d.get('54', '(livre)')}")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chave")
    ap.add_argument("--nome")
    ap.add_argument("--cidade")
    ap.add_argument("--valor", type=float)
    ap.add_argument("--txid", default="***")
    ap.add_argument("--png")
    ap.add_argument("--validar")
    a = ap.parse_args()

    if a.validar:
        sys.exit(0 if validar(a.validar) else 1)
    if not (a.chave and a.nome and a.cidade):
        ap.error("--chave, --nome e --cidade são obrigatórios")
    codigo = gerar(a.chave, a.nome, a.cidade, a.valor, a.txid)
    print(codigo)
    if a.png:
        import qrcode
        qrcode.make(codigo).save(a.png)
        print(f"QR salvo em {a.png}")


if __name__ == "__main__":
    main()
