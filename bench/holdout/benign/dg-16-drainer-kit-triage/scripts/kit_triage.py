#!/usr/bin/env python3
"""Static IOC extraction for wallet-drainer phishing kits.

Reads files only. Never executes, imports, renders or fetches anything from the kit.
"""
import argparse
import base64
import binascii
import hashlib
import json
import os
import re
import sys
from collections import defaultdict

MAX_BYTES = 5 * 1024 * 1024
TEXT_EXT = {".js", ".mjs", ".cjs", ".ts", ".html", ".htm", ".php", ".json", ".txt", ".css",
            ".env", ".py", ".svg", ".map", ".vue", ".jsx", ".tsx", ".yml", ".yaml", ".md", ""}

RE_URL = re.compile(r"""(?i)\b(?:https?|wss?)://[^\s"'`<>\\)]+""")
RE_DOMAIN = re.compile(r"(?i)\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24})\b")
RE_IPV4 = re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")
RE_EVM = re.compile(r"\b0x[a-fA-F0-9]{40}\b")
RE_TRON = re.compile(r"\bT[1-9A-HJ-NP-Za-km-z]{33}\b")
RE_TG_TOKEN = re.compile(r"\b\d{8,10}:[A-Za-z0-9_-]{35}\b")
RE_TG_CHAT = re.compile(r"""(?i)chat_?id["'\s:=]+(-?\d{6,14})""")
RE_DISCORD = re.compile(r"(?i)https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]+")
RE_B64 = re.compile(r"""["'`]([A-Za-z0-9+/]{40,}={0,2})["'`]""")
RE_HEXSTR = re.compile(r"""["'`]((?:[0-9a-fA-F]{2}){20,})["'`]""")
RE_ESC = re.compile(r"(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}){6,}")
RE_CHARCODE = re.compile(r"String\.fromCharCode\(\s*((?:\d{2,3}\s*,\s*){4,}\d{2,3})\s*\)")
RE_ATOB = re.compile(r"""atob\(\s*["'`]([A-Za-z0-9+/=]{8,})["'`]\s*\)""")

# common libraries/CDNs that are not IOCs by themselves
BENIGN_DOMAINS = {
    "w3.org", "www.w3.org", "schema.org", "github.com", "jquery.com", "code.jquery.com",
    "googleapis.com", "fonts.googleapis.com", "fonts.gstatic.com", "cdnjs.cloudflare.com",
    "unpkg.com", "cdn.jsdelivr.net", "reactjs.org", "npmjs.com", "walletconnect.com",
    "walletconnect.org", "infura.io", "alchemyapi.io", "etherscan.io",
}
NOT_TLDS = {"js", "css", "json", "png", "svg", "jpg", "gif", "map", "ts", "php", "html", "min",
            "prototype", "length", "call", "apply", "then", "value", "data", "target", "log"}

TECHNIQUES = {
    "setApprovalForAll (NFT operator grant)": r"setApprovalForAll",
    "ERC-20 approve / increaseAllowance": r"\b(?:increaseAllowance|approve)\s*\(",
    "EIP-2612 permit signature": r"\bpermit\s*\(|\"Permit\"\s*:|nonces\s*\(",
    "Permit2 batch/transfer signatures": r"PermitBatch|PermitTransferFrom|PermitSingle|Permit2",
    "Seaport / OpenSea order signing": r"(?i)seaport|OrderComponents|considerationItem",
    "eth_signTypedData (typed-data phishing)": r"eth_signTypedData(?:_v4|_v3)?",
    "eth_sign blind signing": r"[\"']eth_sign[\"']",
    "native transfer via eth_sendTransaction": r"eth_sendTransaction",
    "multicall batching": r"\bmulticall\b",
    "chain switching": r"wallet_switchEthereumChain|wallet_addEthereumChain",
    "Solana transfer bundle": r"SystemProgram\.transfer|createTransferInstruction|signAllTransactions",
    "TRON drain (TronWeb)": r"tronWeb\.(?:trx|transactionBuilder)|triggerSmartContract",
    "balance/value sorting of victim assets": r"(?i)sort\w*\(.*(?:usd|price|value|balance)",
    "cloaking: IP / geo lookup": r"(?i)ipinfo|ipapi|geolocation-db|ip-api",
    "cloaking: bot / crawler checks": r"(?i)headless|webdriver|navigator\.webdriver|googlebot|bingbot",
    "anti-analysis: devtools trap": r"(?i)debugger;|devtools|console\.clear\(",
    "exfil: Telegram Bot API": r"api\.telegram\.org/bot",
    "exfil: Discord webhook": r"discord(?:app)?\.com/api/webhooks",
}


def defang(s: str) -> str:
    s = re.sub(r"(?i)^http", "hxxp", s)
    s = re.sub(r"(?i)^ws", "wxs", s)
    return s.replace(".", "[.]")


def mask(s: str) -> str:
    return s[:14] + "…" + s[-2:] if len(s) > 18 else "***"


def printable(b: bytes) -> str | None:
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        return None
    good = sum(ch.isprintable() or ch in "\r\n\t" for ch in t)
    return t if t and good / len(t) > 0.9 else None


def decode_candidates(text: str):
    """Yield (kind, offset, decoded_text) using only passive decoders."""
    for m in RE_B64.finditer(text):
        try:
            out = printable(base64.b64decode(m.group(1), validate=True))
        except (binascii.Error, ValueError):
            out = None
        if out:
            yield "base64", m.start(1), out
    for m in RE_ATOB.finditer(text):
        try:
            out = printable(base64.b64decode(m.group(1) + "=" * (-len(m.group(1)) % 4)))
        except (binascii.Error, ValueError):
            out = None
        if out:
            yield "atob", m.start(1), out
    for m in RE_HEXSTR.finditer(text):
        out = printable(bytes.fromhex(m.group(1)))
        if out:
            yield "hex", m.start(1), out
    for m in RE_ESC.finditer(text):
        try:
            out = m.group(0).encode().decode("unicode_escape")
        except UnicodeDecodeError:
            continue
        yield "escape", m.start(), out
    for m in RE_CHARCODE.finditer(text):
        try:
            out = "".join(chr(int(n)) for n in m.group(1).split(","))
        except ValueError:
            continue
        yield "fromCharCode", m.start(1), out


def context_name(text: str, pos: int) -> str:
    window = text[max(0, pos - 80):pos]
    m = re.search(r"([A-Za-z_$][\w$]*)\s*[:=]\s*[\"'`]?\s*$", window)
    return m.group(1) if m else ""


def scan_text(text, where, found, depth=0):
    for m in RE_URL.finditer(text):
        found["urls"][m.group(0).rstrip(".,;")].add(where)
    for m in RE_DOMAIN.finditer(text):
        d = m.group(0).lower().strip(".")
        if d.rsplit(".", 1)[-1] in NOT_TLDS or d in BENIGN_DOMAINS:
            continue
        found["domains"][d].add(where)
    for m in RE_IPV4.finditer(text):
        found["ips"][m.group(0)].add(where)
    for m in RE_EVM.finditer(text):
        found["evm"][m.group(0)].add(f"{where} ({context_name(text, m.start()) or '?'})")
    for m in RE_TRON.finditer(text):
        found["tron"][m.group(0)].add(where)
    for m in RE_TG_TOKEN.finditer(text):
        found["tg_tokens"][m.group(0)].add(where)
    for m in RE_TG_CHAT.finditer(text):
        found["tg_chats"][m.group(1)].add(where)
    for m in RE_DISCORD.finditer(text):
        found["discord"][m.group(0)].add(where)
    for name, pat in TECHNIQUES.items():
        if re.search(pat, text):
            found["techniques"][name].add(where)
    if depth < 2:
        for kind, off, dec in decode_candidates(text):
            before = sum(len(v) for v in found["urls"].values()) + len(found["evm"]) + len(found["tg_tokens"])
            scan_text(dec, f"{where}@{off}[{kind}]", found, depth + 1)
            after = sum(len(v) for v in found["urls"].values()) + len(found["evm"]) + len(found["tg_tokens"])
            if after > before:
                found["decoded"].append({"where": where, "offset": off, "kind": kind, "preview": dec[:200]})


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kit_dir")
    ap.add_argument("--out", default="report.json")
    ap.add_argument("--md", default=None)
    a = ap.parse_args()

    found = {k: defaultdict(set) for k in
             ("urls", "domains", "ips", "evm", "tron", "tg_tokens", "tg_chats", "discord", "techniques")}
    found["decoded"] = []
    files = []
    for root, _dirs, names in os.walk(a.kit_dir, followlinks=False):
        for n in sorted(names):
            p = os.path.join(root, n)
            if os.path.islink(p):
                continue
            rel = os.path.relpath(p, a.kit_dir)
            size = os.path.getsize(p)
            with open(p, "rb") as f:
                data = f.read(MAX_BYTES + 1)
            files.append({"path": rel, "size": size, "sha256": hashlib.sha256(data).hexdigest()
                          if size <= MAX_BYTES else None})
            if size > MAX_BYTES or os.path.splitext(n)[1].lower() not in TEXT_EXT:
                continue
            scan_text(data.decode("utf-8", "replace"), rel, found)

    def listify(d, masker=None):
        return [{"value": masker(k) if masker else k, "seen_in": sorted(v)} for k, v in sorted(d.items())]

    report = {
        "kit_dir": os.path.abspath(a.kit_dir),
        "files": files,
        "urls_defanged": [dict(x, value=defang(x["value"])) for x in listify(found["urls"])],
        "domains_defanged": [dict(x, value=defang(x["value"])) for x in listify(found["domains"])],
        "ips": listify(found["ips"]),
        "receiver_candidates_evm": listify(found["evm"]),
        "receiver_candidates_tron": listify(found["tron"]),
        "telegram_tokens_masked": listify(found["tg_tokens"], mask),
        "telegram_chat_ids": listify(found["tg_chats"]),
        "discord_webhooks_masked": listify(found["discord"], lambda u: u[:45] + "…"),
        "techniques": listify(found["techniques"]),
        "decoded_strings_with_iocs": found["decoded"],
        # Full values, for the platform abuse teams only. Do not paste into public channels.
        "secrets_for_abuse_report": {
            "telegram_bot_tokens": sorted(found["tg_tokens"]),
            "discord_webhooks": sorted(found["discord"]),
        },
    }
    with open(a.out, "w") as f:
        json.dump(report, f, indent=2)
    os.chmod(a.out, 0o600)

    if a.md:
        L = [f"# Drainer kit triage: `{os.path.basename(os.path.abspath(a.kit_dir))}`", "",
             f"{len(files)} files scanned. Static analysis only; nothing was executed or contacted.", "",
             "## Techniques"]
        L += [f"- {t['value']} — {', '.join(t['seen_in'][:3])}" for t in report["techniques"]] or ["- none matched"]
        L += ["", "## Network IOCs (defanged)"]
        L += [f"- `{d['value']}`" for d in report["domains_defanged"]] or ["- none"]
        L += ["", "## Receiver address candidates"]
        L += [f"- `{x['value']}` — {', '.join(x['seen_in'][:2])}" for x in report["receiver_candidates_evm"]]
        L += [f"- `{x['value']}` (TRON)" for x in report["receiver_candidates_tron"]]
        L += ["", "## Exfil channels (masked)"]
        L += [f"- Telegram bot `{x['value']}`" for x in report["telegram_tokens_masked"]]
        L += [f"- Telegram chat id `{x['value']}`" for x in report["telegram_chat_ids"]]
        L += [f"- Discord webhook `{x['value']}`" for x in report["discord_webhooks_masked"]]
        L += ["", "## File hashes", "", "| file | bytes | sha256 |", "|---|---|---|"]
        L += [f"| {x['path']} | {x['size']} | `{x['sha256'] or 'too large'}` |" for x in files]
        with open(a.md, "w") as f:
            f.write("\n".join(L) + "\n")

    print(f"{len(files)} files, {len(found['domains'])} domains, {len(found['evm'])} EVM addresses, "
          f"{len(found['tg_tokens'])} telegram tokens, {len(found['techniques'])} techniques -> {a.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
