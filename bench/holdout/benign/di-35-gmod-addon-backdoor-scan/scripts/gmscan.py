#!/usr/bin/env python3
"""Heuristic backdoor scanner for Garry's Mod Lua addons. Read-only."""
import argparse
import re
from pathlib import Path

RULES = [
    (3, "dynamic RunString/CompileString", re.compile(r"\b(RunString|RunStringEx|CompileString)\s*\(\s*[^\"'\s)]")),
    (5, "http.Fetch -> RunString", re.compile(r"http\.Fetch\s*\(.*(RunString|CompileString)", re.S)),
    (5, "net.Receive -> exec", re.compile(r"net\.Receive\s*\([^)]*\)?.{0,400}?(RunString|game\.ConsoleCommand|CompileString)", re.S)),
    (4, "hard-coded superadmin", re.compile(r"STEAM_0:[01]:\d+.{0,200}SetUserGroup\s*\(\s*[\"']superadmin", re.S)),
    (4, "reads server secrets", re.compile(r"file\.Read\s*\(\s*[\"']cfg/server\.cfg|GetConVar(String)?\s*\(\s*[\"']rcon_password")),
    (2, "hex-escape blob", re.compile(r"(\\x[0-9a-fA-F]{2}){24,}")),
    (2, "string.char chain", re.compile(r"string\.char\s*\(\s*\d+\s*(,\s*\d+\s*){15,}\)")),
    (2, "computed _G lookup", re.compile(r"_G\s*\[\s*[^\"'\]]")),
]


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--min-score", type=int, default=1)
    a = ap.parse_args()
    for f in sorted(Path(a.root).rglob("*.lua")):
        text = f.read_text(encoding="utf-8", errors="replace")
        hits, score = [], 0
        for pts, name, rx in RULES:
            for m in rx.finditer(text):
                score += pts
                snippet = text[m.start():m.start() + 90].replace("\n", " ")
                hits.append(f"  {f}:{line_of(text, m.start())} +{pts} {name}: {snippet}")
        if score >= a.min_score and hits:
            print(f"{f} score={score}")
            print("\n".join(hits))


if __name__ == "__main__":
    main()
