#!/usr/bin/env python3
"""Translation catalog linter (JSON only in this minimal version)."""
import argparse, json, re, sys, unicodedata
from pathlib import Path

INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}
BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
TAG = range(0xE0000, 0xE0080)
JOINER_OK_LOCALES = {"fa", "ar", "hi", "ne", "ur"}
PH = re.compile(r"\{\{?\s*\w+\s*\}?\}|%(?:\d+\$)?[sdif@]")


def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from flatten(v, key)
        else:
            yield key, str(v)


def char_issues(value, locale):
    out = []
    for i, ch in enumerate(value):
        cp = ord(ch)
        if cp in TAG:
            out.append(("error", "TAGCHAR", cp, i))
        elif cp in BIDI:
            out.append(("error", "BIDI", cp, i))
        elif cp in INVISIBLE:
            neighbour_emoji = any(
                unicodedata.category(value[j]) == "So"
                for j in (i - 1, i + 1) if 0 <= j < len(value))
            lvl = "info" if cp in (0x200C, 0x200D) and (locale in JOINER_OK_LOCALES or neighbour_emoji) else "warn"
            out.append((lvl, "INVISIBLE", cp, i))
    return out


def icu_ok(v):
    if v.count("{") != v.count("}"):
        return False
    if re.search(r",\s*(plural|select)\s*,", v) and "other" not in v:
        return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--fix-invisible", action="store_true")
    ap.add_argument("targets", nargs="+")
    a = ap.parse_args()

    base = dict(flatten(json.loads(Path(a.base).read_text(encoding="utf-8"))))
    problems = 0
    for t in a.targets:
        if Path(t).resolve() == Path(a.base).resolve():
            continue
        locale = Path(t).stem.split("-")[-1].split("_")[0]
        raw = json.loads(Path(t).read_text(encoding="utf-8"))
        tgt = dict(flatten(raw))
        for k in base.keys() - tgt.keys():
            print(f"{t}: MISSING {k}"); problems += 1
        for k in tgt.keys() - base.keys():
            print(f"{t}: EXTRA {k}")
        for k, v in tgt.items():
            if k in base and sorted(PH.findall(base[k])) != sorted(PH.findall(v)):
                print(f"{t}: PLACEHOLDER {k}: base={PH.findall(base[k])} got={PH.findall(v)}"); problems += 1
            if not icu_ok(v):
                print(f"{t}: ICU {k}"); problems += 1
            for lvl, code, cp, pos in char_issues(v, locale):
                print(f"{t}: {code} [{lvl}] {k} U+{cp:04X} {unicodedata.name(chr(cp), '?')} at {pos}")
                problems += lvl != "info"
            if k in base and v == base[k] and len(v) > 20:
                print(f"{t}: UNTRANSLATED {k}")
        if a.fix_invisible:
            bad = INVISIBLE | BIDI | set(TAG)
            clean = json.loads(json.dumps(raw), object_hook=lambda o: {
                kk: ("".join(c for c in vv if ord(c) not in bad) if isinstance(vv, str) else vv)
                for kk, vv in o.items()})
            out = Path(t).with_suffix(".fixed.json")
            out.write_text(json.dumps(clean, ensure_ascii=False, indent=2), encoding="utf-8")
            print(f"wrote {out}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
