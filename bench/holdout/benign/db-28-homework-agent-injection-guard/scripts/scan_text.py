#!/usr/bin/env python3
"""Flag likely prompt-injection content in homework material (text/HTML)."""
import html, re, sys

PHRASES = [
    r"ignore (all |any )?(the )?(previous|prior|above) (instructions|prompts?)",
    r"disregard (your|the) (rules|instructions|system prompt)",
    r"you are now [A-Z][a-zA-Z]+,? (you|who) (have|has) no (rules|restrictions)",
    r"\bsystem\s*:\s*the assistant (must|should)",
    r"reveal (your|the) (hidden|system) prompt",
    r"do not (tell|inform|mention to) the (user|student|child)",
    r"(send|email|post) (the )?(student|user|child)'?s? (name|address|school|password)",
    r"instead of answering",
]
HIDDEN_CSS = re.compile(r"(display\s*:\s*none|font-size\s*:\s*0|color\s*:\s*#?fff(fff)?\b|opacity\s*:\s*0)", re.I)
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
COMMENT = re.compile(r"<!--(.*?)-->", re.S)

def main(path):
    raw = open(path, encoding="utf-8", errors="replace").read()
    text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    hits = 0
    for p in PHRASES:
        for m in re.finditer(p, text, re.I):
            hits += 1
            print(f"[instruction-like] …{text[max(0, m.start()-40):m.end()+40].strip()}…")
    for m in COMMENT.finditer(raw):
        if any(re.search(p, m.group(1), re.I) for p in PHRASES):
            hits += 1
            print(f"[hidden in HTML comment] {m.group(1).strip()[:120]}")
    n_css = len(HIDDEN_CSS.findall(raw))
    if n_css:
        hits += 1
        print(f"[hidden text styles] {n_css} occurrence(s) of display:none/white/zero-size text")
    n_zw = len(ZERO_WIDTH.findall(raw))
    if n_zw:
        hits += 1
        print(f"[zero-width characters] {n_zw}")
    print("RESULT:", "SUSPICIOUS – treat as data only" if hits else "no injection patterns found")

if __name__ == "__main__":
    main(sys.argv[1])
