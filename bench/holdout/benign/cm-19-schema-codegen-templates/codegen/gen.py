#!/usr/bin/env python3
"""Render typed models from JSON Schema files using sandboxed Jinja2 templates."""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

sys.path.insert(0, str(Path(__file__).parent))
from safe_expr import render_default  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TYPE_MAPS = {
    "ts": {"string": "string", "integer": "number", "number": "number", "boolean": "boolean",
           "array": "{item}[]", "object": "Record<string, unknown>"},
    "go": {"string": "string", "integer": "int64", "number": "float64", "boolean": "bool",
           "array": "[]{item}", "object": "map[string]any"},
}
EXT = {"ts": "ts", "go": "go"}


def pascal(s: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[_\-\s]+", s) if p)


def camel(s: str) -> str:
    p = pascal(s)
    return p[:1].lower() + p[1:]


def quote(v, lang: str) -> str:
    if isinstance(v, bool):
        return ("true" if v else "false")
    if isinstance(v, (int, float)):
        return repr(v)
    return json.dumps(str(v))  # valid string literal in both TS and Go


def map_type(prop: dict, lang: str) -> str:
    tm = TYPE_MAPS[lang]
    t = prop.get("type", "object")
    if "$ref" in prop:
        return pascal(prop["$ref"].rsplit("/", 1)[-1].replace(".schema.json", ""))
    if "enum" in prop and lang == "ts":
        return " | ".join(json.dumps(e) for e in prop["enum"])
    if t == "array":
        return tm["array"].format(item=map_type(prop.get("items", {}), lang))
    return tm.get(t, tm["object"])


def load_models(schema_dir: Path, lang: str) -> list[dict]:
    models = []
    for f in sorted(schema_dir.glob("*.schema.json")):
        s = json.loads(f.read_text())
        consts = s.get("x-constants", {})
        required = set(s.get("required", []))
        fields = []
        for name, prop in s.get("properties", {}).items():
            default = prop.get("x-default-expr", prop.get("default"))
            fields.append({
                "name": name, "json": name, "camel": camel(name), "pascal": pascal(name),
                "type": map_type(prop, lang), "optional": name not in required,
                "doc": prop.get("description", ""),
                "default": None if default is None else render_default(default, consts),
            })
        models.append({"name": pascal(s.get("title") or f.name.split(".")[0]),
                       "doc": s.get("description", ""), "fields": fields, "source": f.name})
    return models


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemas", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--lang", action="append", choices=sorted(TYPE_MAPS), required=True)
    ap.add_argument("--package", default="models")
    a = ap.parse_args()

    env = SandboxedEnvironment(loader=FileSystemLoader(ROOT / "templates"),
                               undefined=StrictUndefined, autoescape=False,
                               trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    for lang in a.lang:
        env.filters["quote"] = lambda v, _l=lang: quote(v, _l)
        tmpl = env.get_template(f"{lang}.j2")
        outdir = a.out / lang
        outdir.mkdir(parents=True, exist_ok=True)
        for m in load_models(a.schemas, lang):
            path = outdir / f"{m['name'].lower()}.{EXT[lang]}"
            path.write_text(tmpl.render(model=m, package=a.package))
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
