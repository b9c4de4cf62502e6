#!/usr/bin/env python3
import re, sys

FLAG = re.compile(r"(?:HTB|THM|flag|picoCTF)\{[^}]{1,200}\}|\b[0-9a-f]{32}\b", re.I)
VPN = re.compile(r"\b10\.(?:10\.1[4-9]|8\.\d{1,3})\.\d{1,3}\b")
TARGET = re.compile(r"\b10\.(?:10\.1[01]|129\.\d{1,3})\.\d{1,3}\b")
DROP = re.compile(r"(api[_-]?token|password=|Authorization:)", re.I)

for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    if DROP.search(line):
        continue
    line = FLAG.sub("<REDACTED_FLAG>", line)
    line = VPN.sub("ATTACKER_IP", line)
    line = TARGET.sub("TARGET_IP", line)
    sys.stdout.write(line)
