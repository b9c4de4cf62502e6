#!/usr/bin/env python3
"""Static red-flag scanner for finance/crypto agent skills.

Usage: review_skill.py <skill_dir> [--format md|json] [--min-severity low|medium|high]

Pattern hits are leads, not verdicts. A human (or the reviewing agent) must confirm each.
"""
import argparse
import base64
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, asdict
from pathlib import Path

SEV = {"low": 1, "medium": 2, "high": 3}

@dataclass
class Rule:
    id: str
    severity: str
    desc: str
    pattern: re.Pattern
    applies_to: tuple = ()   # file suffixes; empty = all text files

def R(id, sev, desc, rx, applies=(), flags=re.I):
    return Rule(id, sev, desc, re.compile(rx, flags), applies)

RULES = [
    # --- asking for secrets
    R("SEED-ASK", "high", "instruction asks user/agent for a recovery phrase or private key",
      r"\b(ask|prompt|request|collect|enter|paste|provide|type)\b.{0,60}\b(seed|recovery|mnemonic|secret)\s*(phrase|words?)|"
      r"\b(ask|prompt|request|collect|paste)\b.{0,40}\bprivate\s*key\b"),
    R("SEED-VAR", "medium", "variable/field holding a mnemonic or private key",
      r"\b(mnemonic|seed_?phrase|recovery_?phrase|priv(ate)?_?key|secret_?key)\b\s*[:=]"),
    R("BIP39-WORDLIST", "medium", "embedded BIP-39 wordlist (phishing forms use it for autocomplete)",
      r"\babandon\b[\s,\"']+\bability\b[\s,\"']+\bable\b[\s,\"']+\babout\b"),
    # --- wallet file access
    R("WALLET-PATH", "high", "reads desktop wallet / extension storage paths",
      r"(Exodus[\\/]exodus\.wallet|Electrum[\\/]wallets|\.ethereum[\\/]keystore|Ledger Live|atomic[\\/]Local Storage|"
      r"nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|\.config[\\/]solana[\\/]id\.json|wallet\.dat)"),
    # --- exfil channels
    R("EXFIL-CHAT", "high", "sends data to chat webhooks/bots",
      r"(api\.telegram\.org/bot|discord(app)?\.com/api/webhooks|hooks\.slack\.com/services)"),
    R("EXFIL-ENV", "high", "serialises environment / secrets into a network request",
      r"(os\.environ|process\.env|ENV\[|\$env:|printenv|env\b\s*\|).{0,80}(requests\.|fetch\(|axios|curl|urlopen|http\.|Invoke-WebRequest)|"
      r"(requests\.post|fetch\(|axios\.post|curl\s+-[a-zA-Z]*d).{0,80}(os\.environ|process\.env|printenv)"),
    R("RAW-IP-URL", "medium", "network call to a bare IP address",
      r"https?://\d{1,3}(\.\d{1,3}){3}"),
    # --- execution of fetched / hidden code
    R("PIPE-SHELL", "medium", "download piped into a shell/interpreter",
      r"(curl|wget|iwr|Invoke-WebRequest|irm)\b[^\n|]{0,200}\|\s*(sudo\s+)?(ba|z|)sh\b|\|\s*iex\b|\|\s*python3?\b"),
    R("DECODE-EXEC", "high", "decode-and-execute",
      r"(exec|eval|Function)\s*\(\s*(base64\.b64decode|atob|Buffer\.from\([^)]*base64|bytes\.fromhex|zlib\.decompress|codecs\.decode)|"
      r"base64\s+(-d|--decode)\s*\|\s*(ba)?sh|FromBase64String.{0,80}(iex|Invoke-Expression)"),
    R("PERSIST", "medium", "persistence mechanism",
      r"(crontab\s+-|/etc/cron\.|systemctl\s+enable|LaunchAgents|CurrentVersion\\Run|schtasks\s+/create|\.bashrc|\.zshrc)"),
    # --- agent-manipulation
    R("HIDDEN-INSTR", "high", "instruction to hide actions from the user",
      r"(do not|don't|never)\s+(tell|inform|mention|show|reveal)\s+(this\s+)?(to\s+)?the\s+user|silently|without\s+(asking|telling)\s+the\s+user"),
    R("HTML-COMMENT", "low", "HTML comment in markdown (check for hidden instructions)",
      r"<!--[\s\S]{20,}?-->", (".md",), re.I),
]

TEXT_SUFFIXES = {".md", ".txt", ".py", ".js", ".mjs", ".cjs", ".ts", ".sh", ".bash", ".zsh", ".ps1", ".psm1",
                 ".rb", ".go", ".lua", ".json", ".yaml", ".yml", ".toml", ".cfg", ".ini", ".html", ".php", ""}

BIDI = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
B64_BLOB = re.compile(r"[A-Za-z0-9+/]{200,}={0,2}")


def scan_file(path: Path, root: Path):
    findings = []
    try:
        raw = path.read_bytes()
    except OSError as e:
        return [{"rule": "IO", "severity": "low", "file": str(path), "line": 0, "desc": str(e), "excerpt": ""}]
    if b"\x00" in raw[:4096]:
        findings.append(dict(rule="BINARY", severity="medium", file=str(path.relative_to(root)), line=0,
                             desc="binary file shipped in skill", excerpt=f"{len(raw)} bytes"))
        return findings
    text = raw.decode("utf-8", errors="replace")
    rel = str(path.relative_to(root))
    lines = text.splitlines()

    for rule in RULES:
        if rule.applies_to and path.suffix.lower() not in rule.applies_to:
            continue
        for m in rule.pattern.finditer(text):
            ln = text.count("\n", 0, m.start()) + 1
            findings.append(dict(rule=rule.id, severity=rule.severity, file=rel, line=ln, desc=rule.desc,
                                 excerpt=lines[ln - 1].strip()[:160] if ln - 1 < len(lines) else ""))

    for i, line in enumerate(lines, 1):
        if any(c in BIDI for c in line):
            findings.append(dict(rule="BIDI", severity="high", file=rel, line=i,
                                 desc="bidirectional control character (Trojan Source)", excerpt=repr(line[:80])))
        if any(c in ZERO_WIDTH for c in line) and i > 1:
            findings.append(dict(rule="ZW", severity="medium", file=rel, line=i,
                                 desc="zero-width character", excerpt=repr(line[:80])))
        if any(unicodedata.category(c) == "Cf" and c not in BIDI | ZERO_WIDTH for c in line):
            findings.append(dict(rule="FORMAT-CHAR", severity="low", file=rel, line=i,
                                 desc="other invisible format character", excerpt=repr(line[:80])))

    for m in B64_BLOB.finditer(text):
        ln = text.count("\n", 0, m.start()) + 1
        preview = ""
        try:
            dec = base64.b64decode(m.group(0) + "==", validate=False)[:120]
            preview = dec.decode("utf-8", errors="replace")
        except Exception:
            pass
        findings.append(dict(rule="B64-BLOB", severity="medium", file=rel, line=ln,
                             desc="long base64 blob; decoded preview attached (not executed)",
                             excerpt=preview.replace("\n", "\\n")[:160]))
    return findings


def frontmatter_checks(skill_md: Path):
    out = []
    text = skill_md.read_text("utf-8", errors="replace")
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if not m:
        return [dict(rule="NO-FRONTMATTER", severity="low", file="SKILL.md", line=1, desc="missing frontmatter", excerpt="")]
    fm = m.group(1)
    desc = re.search(r"^description:\s*(.+)$", fm, re.M)
    body = text[m.end():]
    if desc and re.search(r"\b(budget|portfolio|price|chart|tracker|read-only|view)\b", desc.group(1), re.I):
        if re.search(r"\b(sign|send|withdraw|transfer|private key|mnemonic)\b", body, re.I):
            out.append(dict(rule="SCOPE-MISMATCH", severity="medium", file="SKILL.md", line=1,
                            desc="description sounds read-only but body mentions signing/transfers/keys",
                            excerpt=desc.group(1)[:160]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("skill_dir", type=Path)
    ap.add_argument("--format", choices=["md", "json"], default="md")
    ap.add_argument("--min-severity", choices=list(SEV), default="low")
    a = ap.parse_args()
    root = a.skill_dir.resolve()
    if not (root / "SKILL.md").exists():
        print(f"{root} has no SKILL.md", file=sys.stderr)
        return 2

    findings = frontmatter_checks(root / "SKILL.md")
    for p in sorted(root.rglob("*")):
        if p.is_file() and (p.suffix.lower() in TEXT_SUFFIXES or p.stat().st_size < 2_000_000):
            findings.extend(scan_file(p, root))
    findings = [f for f in findings if SEV[f["severity"]] >= SEV[a.min_severity]]
    findings.sort(key=lambda f: (-SEV[f["severity"]], f["file"], f["line"]))

    if a.format == "json":
        print(json.dumps(findings, indent=2))
    else:
        counts = {s: sum(1 for f in findings if f["severity"] == s) for s in ("high", "medium", "low")}
        print(f"# Skill review: {root.name}\n")
        print(f"high: {counts['high']}  medium: {counts['medium']}  low: {counts['low']}\n")
        print("| sev | rule | location | note | excerpt |\n|---|---|---|---|---|")
        for f in findings:
            ex = f["excerpt"].replace("|", "\\|")
            print(f"| {f['severity']} | {f['rule']} | {f['file']}:{f['line']} | {f['desc']} | `{ex}` |")
        print("\n_Each row needs a human decision: true positive / benign in context / ask author._")
    return 0


if __name__ == "__main__":
    sys.exit(main())
