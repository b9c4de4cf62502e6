#!/usr/bin/env python3
"""Static triage for wallet-drainer JS kits.

Reads files only; never executes them. Prints a summary and optionally writes JSON.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

TEXT_EXT = {".js", ".mjs", ".cjs", ".html", ".htm", ".json", ".txt", ".map"}
MAX_BYTES = 25 * 1024 * 1024

SELECTORS = {
    "0x095ea7b3": "approve(address,uint256)",
    "0xa22cb465": "setApprovalForAll(address,bool)",
    "0xd505accf": "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)",
    "0xa9059cbb": "transfer(address,uint256)",
    "0x23b872dd": "transferFrom(address,address,uint256)",
    "0x42842e0e": "safeTransferFrom(address,address,uint256)",
    "0x39509351": "increaseAllowance(address,uint256)",
}

KNOWN_CONTRACTS = {
    "0x000000000022d473030f116ddee9f6b43ac78ba3": "Uniswap Permit2",
    "0x00000000000000adc04c56bf30ac9d3c0aaf14dc": "Seaport 1.5",
    "0x0000000000000068f116a894984e2db1123eb395": "Seaport 1.6",
}

RE_ADDR = re.compile(r"\b0x[a-fA-F0-9]{40}\b")
RE_SELECTOR = re.compile(r"0x(?:095ea7b3|a22cb465|d505accf|a9059cbb|23b872dd|42842e0e|39509351)", re.I)
RE_URL = re.compile(r"""\b(?:https?|wss?)://[^\s'"`<>)\\]+""", re.I)
RE_SIGN = re.compile(r"\b(eth_signTypedData(?:_v[34])?|eth_sign|personal_sign|eth_sendTransaction|wallet_switchEthereumChain)\b")
RE_TYPED = re.compile(r"\b(PermitSingle|PermitBatch|PermitTransferFrom|OrderComponents|Permit)\b")
RE_MAXUINT = re.compile(r"0x[fF]{64}\b|115792089237316195423570985008687907853269984665640564039457584007913129639935")
RE_TG = re.compile(r"api\.telegram\.org/bot[^\s'\"`/]*", re.I)
RE_CFGKEY = re.compile(r"""["']?\b(min(?:imum)?_?(?:value|usd|balance)|drain(?:NFT|Tokens?|Native)|receiver|rcv(?:Addr)?|ownerAddress|tokenPriceUsd|chainsToDrain|autoSwitch)\b["']?\s*[:=]""", re.I)
RE_WALLETS = re.compile(r"\b(metamask|phantom|trustwallet|coinbaseWallet|walletconnect|rabby|okxwallet|ledger)\b", re.I)


def defang(s: str) -> str:
    s = re.sub(r"^http", "hxxp", s, flags=re.I)
    s = re.sub(r"^ws", "wxs", s, flags=re.I)
    # defang the last dot of the host part only
    m = re.match(r"^([a-z]+://)([^/]+)(.*)$", s, re.I)
    if not m:
        return s.replace(".", "[.]")
    host = m.group(2).replace(".", "[.]")
    return f"{m.group(1)}{host}{m.group(3)}"


def iter_files(roots: list[Path]):
    for root in roots:
        if root.is_file():
            yield root
            continue
        for p in root.rglob("*"):
            if p.is_file() and (p.suffix.lower() in TEXT_EXT or p.suffix == ""):
                yield p


def scan(paths: list[Path]) -> dict:
    found: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for f in iter_files(paths):
        if f.stat().st_size > MAX_BYTES:
            print(f"[skip] {f} larger than {MAX_BYTES} bytes", file=sys.stderr)
            continue
        text = f.read_text("utf-8", errors="replace")
        rel = str(f)
        for a in RE_ADDR.findall(text):
            found["addresses"][a.lower()].add(rel)
        for s in RE_SELECTOR.findall(text):
            found["selectors"][s.lower()].add(rel)
        for u in RE_URL.findall(text):
            found["urls"][u.rstrip(".,;")].add(rel)
        for t in RE_TG.findall(text):
            found["telegram"][t].add(rel)
        for m in RE_SIGN.findall(text):
            found["signing_rpc"][m].add(rel)
        for m in RE_TYPED.findall(text):
            found["typed_data"][m].add(rel)
        if RE_MAXUINT.search(text):
            found["flags"]["max-uint256 amount present"].add(rel)
        for m in RE_CFGKEY.findall(text):
            found["config_keys"][m].add(rel)
        for m in RE_WALLETS.findall(text):
            found["wallets"][m.lower()].add(rel)
    return found


def render(found: dict, do_defang: bool) -> dict:
    out: dict = {}
    for cat, items in found.items():
        rows = []
        for k, files in sorted(items.items()):
            label = k
            if cat == "selectors":
                label = f"{k}  {SELECTORS.get(k, '?')}"
            elif cat == "addresses":
                label = f"{k}  {KNOWN_CONTRACTS.get(k, 'UNKNOWN - check explorer')}"
            elif cat in ("urls", "telegram") and do_defang:
                label = defang(k)
            rows.append({"value": label, "files": sorted(files)})
        out[cat] = rows
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--json", type=Path, help="write full results here")
    ap.add_argument("--no-defang", action="store_true")
    args = ap.parse_args()

    result = render(scan(args.paths), not args.no_defang)
    order = ["selectors", "typed_data", "signing_rpc", "flags", "addresses", "urls", "telegram", "config_keys", "wallets"]
    for cat in order:
        rows = result.get(cat)
        if not rows:
            continue
        print(f"\n== {cat} ({len(rows)})")
        for r in rows[:50]:
            print(f"  {r['value']}   [{len(r['files'])} file(s)]")
        if len(rows) > 50:
            print(f"  ... {len(rows) - 50} more, see JSON")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
