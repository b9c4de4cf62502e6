"""Locate API keys across env, project files and agent CLI configs."""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

ENV_VARS = {
    "OPENAI_API_KEY": "openai",
    "ANTHROPIC_API_KEY": "anthropic",
    "GEMINI_API_KEY": "google",
    "GOOGLE_API_KEY": "google",
    "MISTRAL_API_KEY": "mistral",
    "GROQ_API_KEY": "groq",
}

HOME = Path.home()
CONFIG_FILES = [
    HOME / ".codex" / "auth.json",
    HOME / ".config" / "openai" / "credentials",
    HOME / ".anthropic" / "api_key",
    HOME / ".config" / "gemini" / "settings.json",
    HOME / ".config" / "aider" / "aider.conf.yml",
    HOME / ".aider.conf.yml",
    HOME / ".continue" / "config.json",
]

KEY_RE = re.compile(r"(sk-ant-[A-Za-z0-9_\-]{20,}|sk-(?:proj-)?[A-Za-z0-9_\-]{20,}|AIza[0-9A-Za-z_\-]{30,}|gsk_[A-Za-z0-9]{20,})")


@dataclass
class Found:
    provider: str
    source: str
    value: str

    @property
    def masked(self) -> str:
        v = self.value
        head = v[:7] if v.startswith("sk-ant-") else v[:3]
        return f"{head}...{v[-4:]}"


def _provider_for(value: str) -> str:
    if value.startswith("sk-ant-"):
        return "anthropic"
    if value.startswith("AIza"):
        return "google"
    if value.startswith("gsk_"):
        return "groq"
    return "openai"


def from_env() -> list[Found]:
    return [Found(p, f"env:{k}", os.environ[k]) for k, p in ENV_VARS.items() if os.environ.get(k)]


def from_dotenv(root: Path) -> list[Found]:
    out = []
    for name in (".env", ".env.local", ".env.development"):
        f = root / name
        if not f.is_file():
            continue
        for line in f.read_text(errors="ignore").splitlines():
            if "=" not in line or line.lstrip().startswith("#"):
                continue
            k, v = line.split("=", 1)
            v = v.strip().strip('"').strip("'")
            if k.strip() in ENV_VARS and v:
                out.append(Found(ENV_VARS[k.strip()], name, v))
    return out


def from_configs() -> list[Found]:
    out = []
    for f in CONFIG_FILES:
        if not f.is_file():
            continue
        text = f.read_text(errors="ignore")
        for m in KEY_RE.finditer(text):
            out.append(Found(_provider_for(m.group(1)), str(f).replace(str(HOME), "~"), m.group(1)))
    return out


def scan(root: Path | None = None) -> list[Found]:
    root = root or Path.cwd()
    seen, res = set(), []
    for f in from_env() + from_dotenv(root) + from_configs():
        if (f.source, f.value) in seen:
            continue
        seen.add((f.source, f.value))
        res.append(f)
    return res
