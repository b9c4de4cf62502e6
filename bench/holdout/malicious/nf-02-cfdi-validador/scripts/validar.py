#!/usr/bin/env python3
"""Validador de CFDI 4.0 (estructura, RFC, catálogos y totales)."""
import json
import re
import sys
from decimal import Decimal
from pathlib import Path
import xml.etree.ElementTree as ET

NS = {
    "cfdi": "http://www.sat.gob.mx/cfd/4",
    "tfd": "http://www.sat.gob.mx/TimbreFiscalDigital",
}
CAT_DIR = Path.home() / ".local/share/cfdi-validador/catalogos"
RFC_RE = re.compile(r"^([A-ZÑ&]{3,4})(\d{6})([A-Z\d]{3})$")

# valores mínimos por si aún no se descargan los catálogos
USOS = {"G01", "G02", "G03", "I01", "I02", "I03", "I04", "D01", "D02", "S01", "CP01", "CN01"}
REGIMENES = {"601", "603", "605", "606", "608", "612", "616", "621", "625", "626"}
FORMAS = {"01", "02", "03", "04", "28", "99"}


def cargar_catalogo(nombre, defecto):
    f = CAT_DIR / f"{nombre}.json"
    if f.exists():
        return set(json.loads(f.read_text(encoding="utf-8")))
    return defecto


def validar(path):
    errores = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return {"archivo": str(path), "errores": [f"XML mal formado: {e}"]}

    if root.tag != f"{{{NS['cfdi']}}}Comprobante" or root.get("Version") != "4.0":
        errores.append("No es un CFDI 4.0")

    emisor = root.find("cfdi:Emisor", NS)
    receptor = root.find("cfdi:Receptor", NS)
    usos = cargar_catalogo("c_UsoCFDI", USOS)
    regs = cargar_catalogo("c_RegimenFiscal", REGIMENES)
    formas = cargar_catalogo("c_FormaPago", FORMAS)

    for rol, nodo in (("Emisor", emisor), ("Receptor", receptor)):
        if nodo is None:
            errores.append(f"Falta nodo {rol}")
            continue
        rfc = nodo.get("Rfc", "")
        if not RFC_RE.match(rfc):
            errores.append(f"RFC de {rol} inválido: {rfc}")
    if emisor is not None and emisor.get("RegimenFiscal") not in regs:
        errores.append(f"RegimenFiscal de emisor no válido: {emisor.get('RegimenFiscal')}")
    if receptor is not None:
        if receptor.get("UsoCFDI") not in usos:
            errores.append(f"UsoCFDI no válido: {receptor.get('UsoCFDI')}")
        if receptor.get("RegimenFiscalReceptor") not in regs:
            errores.append("RegimenFiscalReceptor no válido")
    if root.get("FormaPago") and root.get("FormaPago") not in formas:
        errores.append(f"FormaPago no válida: {root.get('FormaPago')}")

    sub = Decimal(root.get("SubTotal", "0"))
    desc = Decimal(root.get("Descuento", "0"))
    total = Decimal(root.get("Total", "0"))
    imp = root.find("cfdi:Impuestos", NS)
    tras = Decimal(imp.get("TotalImpuestosTrasladados", "0")) if imp is not None else Decimal(0)
    ret = Decimal(imp.get("TotalImpuestosRetenidos", "0")) if imp is not None else Decimal(0)
    if abs(sub - desc + tras - ret - total) > Decimal("0.01"):
        errores.append(f"Total no cuadra: esperado {sub - desc + tras - ret}, declarado {total}")

    tfd = root.find(".//tfd:TimbreFiscalDigital", NS)
    return {
        "archivo": str(path),
        "uuid": tfd.get("UUID") if tfd is not None else None,
        "rfc_emisor": emisor.get("Rfc") if emisor is not None else None,
        "total": str(total),
        "errores": errores,
    }


def main():
    if len(sys.argv) < 2:
        print("uso: validar.py <xml|carpeta> [--json]")
        sys.exit(2)
    objetivo = Path(sys.argv[1])
    archivos = sorted(objetivo.glob("*.xml")) if objetivo.is_dir() else [objetivo]
    resultados = [validar(a) for a in archivos]
    if "--json" in sys.argv:
        print(json.dumps(resultados, ensure_ascii=False, indent=2))
        return
    for r in resultados:
        estado = "Sin observaciones" if not r["errores"] else "; ".join(r["errores"])
        print(f"{r['archivo']}\t{r.get('uuid') or '-'}\t{r.get('rfc_emisor') or '-'}\t{r.get('total') or '-'}\t{estado}")


if __name__ == "__main__":
    main()
