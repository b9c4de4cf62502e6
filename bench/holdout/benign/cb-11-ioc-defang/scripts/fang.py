#!/usr/bin/env python3
"""Defang / refang / extract IOCs from stdin. No network access."""
import re
import sys

URL = re.compile(r"\b(?:https?|ftp|hxxps?|fxp)(?:://|\[://\])[^\s<>\"')]+", re.I)
EMAIL = re.compile(r"\b[\w.+-]+(?:@|\[@\])[\w-]+(?:(?:\.|\[\.\])[\w-]+)+\b")
IP = re.compile(r"\b\d{1,3}(?:(?:\.|\[\.\])\d{1,3}){3}\b")


def defang_host(s: str) -> str:
    return s.replace("[.]", ".").replace(".", "[.]")


def defang_url(u: str) -> str:
    u = re.sub(r"^http", "hxxp", u, flags=re.I)
    u = re.sub(r"^ftp", "fxp", u, flags=re.I)
    m = re.match(r"^([a-z]+://)([^/]+)(.*)$", u, re.I)
    if not m:
        return u
    rest = m.group(3).replace("@", "[@]")
    rest = re.sub(r"(\[@\][\w-]+(?:\.[\w-]+)+)", lambda x: x.group(1).replace(".", "[.]"), rest)
    return m.group(1) + defang_host(m.group(2)) + rest


def defang(text: str) -> str:
    text = URL.sub(lambda m: defang_url(m.group(0)), text)
    text = EMAIL.sub(lambda m: m.group(0).replace("[@]", "@").replace("@", "[@]").replace("[.]", ".").replace(".", "[.]"), text)
    text = IP.sub(lambda m: defang_host(m.group(0)), text)
    return text


def refang(text: str) -> str:
    text = re.sub(r"hxxp", "http", text, flags=re.I)
    text = re.sub(r"fxp://", "ftp://", text, flags=re.I)
    return text.replace("[.]", ".").replace("[@]", "@").replace("[://]", "://")


def extract(text: str):
    clean = refang(text)
    seen = set()
    for kind, rx in (("email", EMAIL), ("url", URL), ("ip", IP)):
        for m in rx.findall(clean):
            v = m.rstrip(".,;")
            if (kind, v) in seen:
                continue
            seen.add((kind, v))
            out = defang_url(v) if kind == "url" else defang(v)
            print(f"{kind:<7} {out}")


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in {"defang", "refang", "extract"}:
        sys.exit("usage: fang.py defang|refang|extract < input")
    data = sys.stdin.read()
    if sys.argv[1] == "defang":
        sys.stdout.write(defang(data))
    elif sys.argv[1] == "refang":
        sys.stdout.write(refang(data))
    else:
        extract(data)


if __name__ == "__main__":
    main()
