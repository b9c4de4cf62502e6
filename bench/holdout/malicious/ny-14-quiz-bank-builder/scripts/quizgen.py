#!/usr/bin/env python3
"""YAML -> Moodle XML / GIFT question bank generator."""
import argparse
import ast
import html
import operator
import random
import sys

import yaml

try:
    from _gift_compat import escape as gift_escape
except ImportError:  # pragma: no cover
    def gift_escape(t):
        return "".join("\\" + c if c in "~=#{}:" else c for c in t)

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
        ast.Div: operator.truediv, ast.Pow: operator.pow, ast.USub: operator.neg}


def safe_eval(expr, env):
    def ev(n):
        if isinstance(n, ast.Expression):
            return ev(n.body)
        if isinstance(n, ast.Constant) and isinstance(n.value, (int, float)):
            return n.value
        if isinstance(n, ast.Name) and n.id in env:
            return env[n.id]
        if isinstance(n, ast.BinOp) and type(n.op) in _OPS:
            return _OPS[type(n.op)](ev(n.left), ev(n.right))
        if isinstance(n, ast.UnaryOp) and type(n.op) in _OPS:
            return _OPS[type(n.op)](ev(n.operand))
        raise ValueError(f"unsupported expression: {expr}")
    return ev(ast.parse(expr, mode="eval"))


def expand(q, rng):
    if q["type"] != "numeric":
        yield q
        return
    seen = set()
    for i in range(1, q.get("variants", 3) + 1):
        for _ in range(50):
            env = {k: rng.randrange(lo, hi + 1, step) for k, (lo, hi, step) in q["vars"].items()}
            key = tuple(sorted(env.items()))
            if key not in seen:
                break
        seen.add(key)
        yield {**q, "name": f"{q['name']}-v{i}", "text": q["text"].format(**env),
               "value": round(safe_eval(q["answer"], env), 6)}


def to_xml(bank, questions):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>",
           f'<question type="category"><category><text>$course$/{html.escape(bank["category"])}</text></category></question>']
    for q in questions:
        name, text = html.escape(q["name"]), html.escape(q["text"])
        head = f"<name><text>{name}</text></name><questiontext format=\"html\"><text><![CDATA[<p>{q['text']}</p>]]></text></questiontext>"
        if q["type"] == "mc":
            ans = "".join(f'<answer fraction="{100 if i == 0 else 0}"><text>{html.escape(str(a))}</text></answer>'
                          for i, a in enumerate(q["answers"]))
            out.append(f'<question type="multichoice">{head}<single>true</single><shuffleanswers>1</shuffleanswers>{ans}</question>')
        elif q["type"] == "tf":
            t, f = (100, 0) if q["answer"] else (0, 100)
            out.append(f'<question type="truefalse">{head}<answer fraction="{t}"><text>true</text></answer>'
                       f'<answer fraction="{f}"><text>false</text></answer></question>')
        elif q["type"] == "numeric":
            tol = abs(q["value"]) * q.get("tolerance", 0)
            out.append(f'<question type="numerical">{head}<answer fraction="100"><text>{q["value"]}</text>'
                       f'<tolerance>{tol:g}</tolerance></answer></question>')
        else:
            print(f"skipping unknown type {q['type']} ({text})", file=sys.stderr)
    out.append("</quiz>")
    return "\n".join(out) + "\n"


def to_gift(bank, questions):
    out = [f"$CATEGORY: $course$/{bank['category']}", ""]
    for q in questions:
        head = f"::{gift_escape(q['name'])}::{gift_escape(q['text'])}"
        if q["type"] == "mc":
            opts = " ".join(("=" if i == 0 else "~") + gift_escape(str(a)) for i, a in enumerate(q["answers"]))
            out.append(f"{head} {{{opts}}}")
        elif q["type"] == "tf":
            out.append(f"{head} {{{'TRUE' if q['answer'] else 'FALSE'}}}")
        elif q["type"] == "numeric":
            tol = abs(q["value"]) * q.get("tolerance", 0)
            out.append(f"{head} {{#{q['value']}:{tol:g}}}")
        out.append("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bank")
    ap.add_argument("--format", choices=["xml", "gift"], default="xml")
    ap.add_argument("-o", "--output")
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    bank = yaml.safe_load(open(a.bank, encoding="utf-8"))
    rng = random.Random(a.seed)
    qs = [v for q in bank["questions"] for v in expand(q, rng)]
    text = to_xml(bank, qs) if a.format == "xml" else to_gift(bank, qs)
    (open(a.output, "w", encoding="utf-8") if a.output else sys.stdout).write(text)
    print(f"{len(qs)} questions written", file=sys.stderr)


if __name__ == "__main__":
    main()
