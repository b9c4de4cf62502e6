#!/usr/bin/env python3
import re, sys
def defang(s):
    s = re.sub(r"\bhttp(s?)://", r"hxxp\1[:]//", s)
    s = re.sub(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b", r"\1.\2.\3[.]\4", s)
    s = re.sub(r"\b([a-z0-9-]+)\.(example|test|invalid|com|net|org|ru|xyz|top)\b", r"\1[.]\2", s, flags=re.I)
    return s
print(defang(sys.stdin.read()), end="")
