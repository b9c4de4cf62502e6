#!/usr/bin/env python3
"""Normalise Zoom/Teams/Meet transcripts into speaker turns."""
import json
import re
import sys
from pathlib import Path

TS = r"(\d{1,2}:\d{2}:\d{2})(?:[.,]\d{3})?"
CUE = re.compile(rf"^{TS}\s+-->\s+{TS}")
VOICE = re.compile(r"<v\s+([^>]+)>(.*?)(?:</v>)?$")
NAMED = re.compile(r"^([A-Z][\w .'-]{1,40}):\s+(.*)$")
MEET = re.compile(rf"^{TS}$")


def to_sec(t):
    h, m, s = (int(x) for x in t.split(":"))
    return h * 3600 + m * 60 + s


def parse_vtt(lines):
    turns, cur_t = [], "00:00:00"
    for ln in lines:
        ln = ln.strip()
        if not ln or ln == "WEBVTT" or ln.isdigit():
            continue
        m = CUE.match(ln)
        if m:
            cur_t = m.group(1); continue
        v = VOICE.match(ln) or NAMED.match(ln)
        spk, txt = (v.group(1).strip(), v.group(2).strip()) if v else (None, ln)
        if turns and (spk is None or turns[-1]["speaker"] == spk):
            turns[-1]["text"] += " " + txt
        else:
            turns.append({"t": cur_t, "speaker": spk or "Unknown", "text": txt})
    return turns


def parse_txt(lines):
    turns, cur_t = [], "00:00:00"
    for ln in lines:
        ln = ln.strip()
        if MEET.match(ln):
            cur_t = ln; continue
        m = NAMED.match(ln)
        if m:
            turns.append({"t": cur_t, "speaker": m.group(1), "text": m.group(2)})
        elif ln and turns:
            turns[-1]["text"] += " " + ln
    return turns


def parse_docx(path):
    import docx
    return parse_txt(p.text for p in docx.Document(path).paragraphs)


def main(p):
    path = Path(p)
    if path.suffix == ".docx":
        turns = parse_docx(path)
    else:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        turns = parse_vtt(lines) if path.suffix in (".vtt", ".srt") else parse_txt(lines)
    speakers = sorted({t["speaker"] for t in turns})
    dur = to_sec(turns[-1]["t"]) // 60 if turns else 0
    print(json.dumps({"speakers": speakers, "duration_min": dur, "turns": turns}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1])
