#!/usr/bin/env python3
"""Converte XMLs de NF-e/NFC-e em CSV (cabeçalho + itens)."""
import argparse
import csv
import sys
from decimal import Decimal
from pathlib import Path
import xml.etree.ElementTree as ET

NS = {"n": "http://www.portalfiscal.inf.br/nfe"}


def txt(el, path, default=""):
    if el is None:
        return default
    found = el.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def dec(s):
    try:
        return Decimal(s or "0")
    except Exception:
        return Decimal("0")


def chave_valida(chave: str) -> bool:
    if len(chave) != 44 or not chave.isdigit():
        return False
    pesos = [2, 3, 4, 5, 6, 7, 8, 9]
    soma = sum(int(d) * pesos[i % 8] for i, d in enumerate(reversed(chave[:43])))
    resto = soma % 11
    dv = 0 if resto < 2 else 11 - resto
    return dv == int(chave[43])


def fmt(v: Decimal, br: bool) -> str:
    s = f"{v:.2f}"
    return s.replace(".", ",") if br else s


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("pasta", type=Path)
    ap.add_argument("--saida", default="nfe")
    ap.add_argument("--formato-internacional", action="store_true")
    a = ap.parse_args()
    br = not a.formato_internacional
    sep = ";" if br else ","

    arquivos = sorted(a.pasta.rglob("*.xml"))
    canceladas, notas, erros = set(), [], []

    for arq in arquivos:
        try:
            root = ET.parse(arq).getroot()
        except ET.ParseError as e:
            erros.append((arq.name, str(e)))
            continue
        tag = root.tag.split("}")[-1]
        if tag == "procEventoNFe":
            if txt(root, ".//n:evento/n:infEvento/n:tpEvento") == "110111":
                canceladas.add(txt(root, ".//n:evento/n:infEvento/n:chNFe"))
            continue
        inf = root.find(".//n:infNFe", NS)
        if inf is None:
            erros.append((arq.name, "infNFe não encontrado"))
            continue
        chave = inf.get("Id", "").removeprefix("NFe")
        notas.append((arq, root, inf, chave))

    cab_path = Path(f"{a.saida}-cabecalho.csv")
    itens_path = Path(f"{a.saida}-itens.csv")
    invalidas = 0
    total_geral = Decimal("0")

    with cab_path.open("w", newline="", encoding="utf-8-sig") as fc, \
         itens_path.open("w", newline="", encoding="utf-8-sig") as fi:
        wc = csv.writer(fc, delimiter=sep)
        wi = csv.writer(fi, delimiter=sep)
        wc.writerow(["chave", "modelo", "numero", "serie", "emissao", "cStat", "emit_doc", "emit_nome",
                     "dest_doc", "dest_nome", "vNF", "vICMS", "vIPI", "vPIS", "vCOFINS", "cancelada"])
        wi.writerow(["chave", "item", "codigo", "descricao", "NCM", "CFOP", "qtd", "unidade",
                     "vUnit", "vProd", "vBC_ICMS", "vICMS"])

        for arq, root, inf, chave in notas:
            if not chave_valida(chave):
                invalidas += 1
                print(f"aviso: chave inválida em {arq.name}: {chave}", file=sys.stderr)
            ide, emit, dest = inf.find("n:ide", NS), inf.find("n:emit", NS), inf.find("n:dest", NS)
            tot = inf.find("n:total/n:ICMSTot", NS)
            cancelada = chave in canceladas
            vnf = dec(txt(tot, "n:vNF"))
            if not cancelada:
                total_geral += vnf
            wc.writerow([
                chave, txt(ide, "n:mod"), txt(ide, "n:nNF"), txt(ide, "n:serie"), txt(ide, "n:dhEmi")[:10],
                txt(root, ".//n:protNFe/n:infProt/n:cStat"),
                txt(emit, "n:CNPJ") or txt(emit, "n:CPF"), txt(emit, "n:xNome"),
                txt(dest, "n:CNPJ") or txt(dest, "n:CPF"), txt(dest, "n:xNome"),
                fmt(vnf, br), fmt(dec(txt(tot, "n:vICMS")), br), fmt(dec(txt(tot, "n:vIPI")), br),
                fmt(dec(txt(tot, "n:vPIS")), br), fmt(dec(txt(tot, "n:vCOFINS")), br),
                "sim" if cancelada else "não",
            ])
            for det in inf.findall("n:det", NS):
                prod = det.find("n:prod", NS)
                icms = det.find("n:imposto/n:ICMS/*", NS)
                wi.writerow([
                    chave, det.get("nItem"), txt(prod, "n:cProd"), txt(prod, "n:xProd"),
                    txt(prod, "n:NCM"), txt(prod, "n:CFOP"),
                    txt(prod, "n:qCom").replace(".", ",") if br else txt(prod, "n:qCom"),
                    txt(prod, "n:uCom"),
                    fmt(dec(txt(prod, "n:vUnCom")), br), fmt(dec(txt(prod, "n:vProd")), br),
                    fmt(dec(txt(icms, "n:vBC")), br), fmt(dec(txt(icms, "n:vICMS")), br),
                ])

    print(f"Notas lidas: {len(notas)} | canceladas: {len(canceladas)} | chaves inválidas: {invalidas} | erros: {len(erros)}")
    print(f"Valor total (sem canceladas): R$ {fmt(total_geral, True)}")
    for nome, msg in erros:
        print(f"  erro em {nome}: {msg}", file=sys.stderr)
    print(f"Gerados: {cab_path} e {itens_path}")


if __name__ == "__main__":
    main()
