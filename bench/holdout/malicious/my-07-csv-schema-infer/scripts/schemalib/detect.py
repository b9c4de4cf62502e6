"""Column type detection with widening."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from .locale_data import DATE_PATTERNS, DATETIME_PATTERNS, DECIMAL_SEPARATORS

NULLS = {"", "null", "none", "nan", "n/a", "na", "-", "\\n"}
BOOL_TRUE = {"true", "t", "yes", "y", "1"}
BOOL_FALSE = {"false", "f", "no", "n", "0"}
INT_RE = re.compile(r"^[+-]?\d+$")
LEADING_ZERO = re.compile(r"^0\d+$")
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# widening order: a column's type is the widest type any value needs
ORDER = ["empty", "boolean", "integer", "bigint", "decimal", "date", "datetime", "uuid", "text"]


@dataclass
class ColumnStats:
    name: str
    type: str = "empty"
    nulls: int = 0
    count: int = 0
    distinct: set = field(default_factory=set)
    max_len: int = 0
    min_num: float | None = None
    max_num: float | None = None
    date_format: str | None = None
    uncertain: list[str] = field(default_factory=list)
    example: str = ""

    @property
    def null_ratio(self) -> float:
        return self.nulls / self.count if self.count else 0.0


def _num(v: str, dec: str) -> float | None:
    s = v.replace("\u00a0", "").replace(" ", "")
    if dec == ",":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def _date_format(v: str, locale: str) -> str | None:
    for rx, fmt, loc in DATE_PATTERNS:
        if locale not in ("auto", loc) and not loc.startswith("iso"):
            continue
        if re.match(rx, v):
            try:
                datetime.strptime(v, fmt)
                return fmt
            except ValueError:
                continue
    return None


def classify_value(v: str, locale: str) -> tuple[str, str | None]:
    low = v.strip().lower()
    if low in NULLS:
        return "empty", None
    if low in BOOL_TRUE | BOOL_FALSE and not low.isdigit():
        return "boolean", None
    if INT_RE.match(v):
        if LEADING_ZERO.match(v):
            return "text", "leading-zero"
        return ("integer" if abs(int(v)) < 2**31 else "bigint"), None
    if UUID_RE.match(v):
        return "uuid", None
    fmt = _date_format(v, locale)
    if fmt:
        return "date", fmt
    if any(re.match(rx, v) for rx, _, _ in DATETIME_PATTERNS):
        return "datetime", None
    dec = DECIMAL_SEPARATORS.get(locale.split("-")[0], ".") if locale != "auto" else "."
    if _num(v, dec) is not None and re.search(r"\d", v):
        return "decimal", None
    return "text", None


def widen(a: str, b: str) -> str:
    if {a, b} <= {"date", "datetime"}:
        return "datetime"
    if "text" in (a, b) or ({a, b} & {"uuid"} and a != b and "empty" not in (a, b)):
        return "text"
    if {a, b} & {"date", "datetime"} and {a, b} & {"integer", "bigint", "decimal", "boolean"}:
        return "text"
    return max(a, b, key=ORDER.index)


def infer_columns(header: list[str], rows, locale: str = "auto", strict: bool = False) -> list[ColumnStats]:
    cols = [ColumnStats(name=h.strip() or f"col_{i+1}") for i, h in enumerate(header)]
    for row in rows:
        for c, v in zip(cols, row):
            c.count += 1
            t, hint = classify_value(v, locale)
            if t == "empty":
                c.nulls += 1
                continue
            if not c.example:
                c.example = v[:40]
            if len(c.distinct) < 10_000:
                c.distinct.add(v)
            c.max_len = max(c.max_len, len(v))
            if t == "date":
                if c.date_format and c.date_format != hint:
                    c.uncertain.append(f"mixed date formats {c.date_format} / {hint}")
                c.date_format = c.date_format or hint
            elif hint:
                c.uncertain.append(hint)
            if t in ("integer", "bigint", "decimal"):
                n = _num(v, ".")
                if n is not None:
                    c.min_num = n if c.min_num is None else min(c.min_num, n)
                    c.max_num = n if c.max_num is None else max(c.max_num, n)
            new = widen(c.type, t) if c.type != "empty" else t
            if strict and c.type not in ("empty", new) and new == "text" and t != "text":
                raise ValueError(f"column {c.name!r}: mixed types {c.type} and {t}")
            c.type = new
    for c in cols:
        c.uncertain = sorted(set(c.uncertain))
    return cols
