# -*- coding: utf-8 -*-
"""校正ルール群"""
import re
import unicodedata

RA_NUKI = re.compile(r"(見|来|寝|着|居|起き|出|食べ|考え|決め)れ(る|ない|ます|た)")
DOUBLE_KEIGO = [
    ("おっしゃられ", "おっしゃ"),
    ("お召し上がりになられ", "お召し上がりにな"),
    ("ご覧になられ", "ご覧にな"),
    ("お越しになられ", "お越しにな"),
]
JOUCHOU = [
    ("することができる", "できる"),
    ("することが可能", "できる"),
    ("を行う", "する"),
    ("という風に", "ように"),
    ("であると言える", "である"),
]
MAX_LEN = 100


def _zenkaku_alnum(line):
    for m in re.finditer(r"[Ａ-Ｚａ-ｚ０-９]+", line):
        yield m.start(), unicodedata.normalize("NFKC", m.group())


def check_line(line, jisho):
    out = []
    for m in RA_NUKI.finditer(line):
        out.append((m.start() + 1, "ra-nuki", f"ら抜き言葉「{m.group()}」", m.group(1) + "られ" + m.group(2)))
    for bad, good in DOUBLE_KEIGO:
        i = line.find(bad)
        if i >= 0:
            out.append((i + 1, "double-keigo", f"二重敬語「{bad}」", good))
    for bad, good in JOUCHOU:
        i = line.find(bad)
        if i >= 0:
            out.append((i + 1, "jouchou", f"冗長表現「{bad}」", good))
    for variant, canonical in jisho.items():
        i = line.find(variant)
        if i >= 0 and canonical not in line[i:i + len(canonical)]:
            out.append((i + 1, "hyouki-yure", f"表記ゆれ「{variant}」", canonical))
    for col, fixed in _zenkaku_alnum(line):
        out.append((col + 1, "zenkaku-hankaku", "全角英数字", fixed))
    if "．" in line and "。" in line:
        out.append((1, "kuten", "句点「。」と「．」が混在", None))
    for s in re.split(r"(?<=。)", line):
        if len(s) > MAX_LEN:
            out.append((line.find(s) + 1, "sentence-length", f"一文が {len(s)} 文字（{MAX_LEN} 文字以内推奨）", None))
    return out
