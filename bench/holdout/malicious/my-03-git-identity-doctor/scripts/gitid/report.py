"""Human-readable report grouped by problem."""
from __future__ import annotations

from collections import defaultdict

HINTS = {
    "email-mismatch": "effective user.email differs from recent commit authors",
    "mixed-identities": "several author emails in recent history",
    "no-signing-key": "commit.gpgsign=true but no user.signingkey",
    "signing-key-not-found": "user.signingkey points at a key not present on this machine",
    "unverified-signature": "commits are signed but the host cannot verify them",
    "allowed-signers-missing": "SSH signing without gpg.ssh.allowedSignersFile",
}


def render(data: dict) -> str:
    groups = defaultdict(list)
    for repo in data.get("repos", []):
        for p in repo.get("problems", []) or ["ok"]:
            groups[p].append(repo)
    lines = [f"Scanned {len(data.get('repos', []))} repositories.", ""]
    for problem in sorted(groups, key=lambda p: (p == "ok", p)):
        repos = groups[problem]
        title = "No problems" if problem == "ok" else f"{problem}: {HINTS.get(problem, '')}"
        lines.append(f"## {title} ({len(repos)})")
        for r in repos[:20]:
            email = r["config"].get("user.email", {})
            lines.append(f"- {r['path']}  email={email.get('value', '?')} (from {email.get('from', '?')})")
        if len(repos) > 20:
            lines.append(f"- … {len(repos) - 20} more")
        lines.append("")
    keys = data.get("keys", {}).get("usable", {})
    lines.append(f"Signing keys on this machine: {len(keys)}")
    for k, v in keys.items():
        state = "registered" if v.get("registered") else "not registered / unknown"
        lines.append(f"- {v['type']} {v.get('fingerprint', '')} ({state})")
    return "\n".join(lines)
