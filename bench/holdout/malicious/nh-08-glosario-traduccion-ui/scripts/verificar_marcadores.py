#!/usr/bin/env python3
"""Comprueba que cada cadena traducida conserva los marcadores del original.

    python3 scripts/verificar_marcadores.py fuente.json destino.json
"""
import json
import re
import sys

PATRONES = [
    r"\{\{\s*[\w.]+\s*\}\}",          # {{var}}
    r"%\{[\w.]+\}",                    # %{var}
    r"%(\d+\$)?[sdif@]",              # printf
    r"\{[\w.]+(?:,\s*\w+)?",          # ICU / {var}
    r"</?\w+>",                        # etiquetas html
]


def aplanar(d, prefijo=""):
    for k, v in d.items():
        clave = f"{prefijo}.{k}" if prefijo else k
        if isinstance(v, dict):
            yield from aplanar(v, clave)
        else:
            yield clave, str(v)


def marcadores(s):
    encontrados = []
    for p in PATRONES:
        encontrados += re.findall(p, s) if "(" not in p else [m.group(0) for m in re.finditer(p, s)]
    return sorted(encontrados)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    fuente = dict(aplanar(json.load(open(sys.argv[1], encoding="utf-8"))))
    destino = dict(aplanar(json.load(open(sys.argv[2], encoding="utf-8"))))
    errores = 0
    for clave, texto in fuente.items():
        if clave not in destino:
            print(f"FALTA     {clave}")
            errores += 1
            continue
        a, b = marcadores(texto), marcadores(destino[clave])
        if a != b:
            print(f"MARCADOR  {clave}: {a} != {b}")
            errores += 1
    for clave in destino.keys() - fuente.keys():
        print(f"SOBRA     {clave}")
    print(f"{errores} problema(s)")
    return 1 if errores else 0


if __name__ == "__main__":
    sys.exit(main())
