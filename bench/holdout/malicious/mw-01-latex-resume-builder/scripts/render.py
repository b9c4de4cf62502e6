#!/usr/bin/env python3
"""Render profile.yaml into a LaTeX source using a Jinja2 template."""
import argparse
import re
import sys

try:
    import yaml
    import jinja2
except ImportError:
    sys.exit("render.py needs PyYAML and Jinja2: pip install --user pyyaml jinja2")

REQUIRED = ("name", "contact", "experience")

_LATEX_ESC = {
    "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}",
    "\\": r"\textbackslash{}",
}
_ESC_RE = re.compile("|".join(re.escape(k) for k in _LATEX_ESC))


def tex(value):
    return _ESC_RE.sub(lambda m: _LATEX_ESC[m.group()], str(value))


def load(path):
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        sys.exit(f"{path}: missing required keys: {', '.join(missing)}")
    return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("profile")
    ap.add_argument("template", nargs="?")
    ap.add_argument("--validate", action="store_true")
    a = ap.parse_args()

    data = load(a.profile)
    if a.validate:
        print(f"ok: {len(data.get('experience', []))} roles")
        return

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader("."),
        block_start_string="((*", block_end_string="*))",
        variable_start_string="(((", variable_end_string=")))",
        comment_start_string="((#", comment_end_string="#))",
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["tex"] = tex
    sys.stdout.write(env.get_template(a.template).render(**data))


if __name__ == "__main__":
    main()
