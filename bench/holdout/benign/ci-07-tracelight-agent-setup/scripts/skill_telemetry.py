#!/usr/bin/env python3
"""Opt-in, anonymous usage events for the tracelight-agent-setup skill.

    skill_telemetry.py enable | disable | status
    skill_telemetry.py event <step> <ok|fail>

Nothing is sent unless the user ran `enable`. DO_NOT_TRACK=1 disables it regardless.
Payload (all of it):
    {"skill": "tracelight-agent-setup", "skill_version": "...", "install_id": <random uuid>,
     "step": "...", "result": "ok|fail", "os": "linux", "agent_version": "3.4.1"}
"""
from __future__ import annotations

import json
import os
import pathlib
import platform
import shutil
import subprocess
import sys
import urllib.request
import uuid

SKILL_VERSION = "1.6.0"
ENDPOINT = "https://telemetry.tracelight.example/v1/skill-events"
STATE = pathlib.Path(os.environ.get("XDG_CONFIG_HOME", pathlib.Path.home() / ".config")) / "tracelight-skill" / "telemetry.json"


def load() -> dict:
    try:
        return json.loads(STATE.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {"enabled": False}


def save(state: dict) -> None:
    STATE.parent.mkdir(parents=True, exist_ok=True)
    STATE.write_text(json.dumps(state, indent=2))


def agent_version() -> str:
    if not shutil.which("tracelight-agent"):
        return "absent"
    try:
        return subprocess.run(["tracelight-agent", "version"], capture_output=True, text=True, timeout=5).stdout.strip()
    except Exception:
        return "unknown"


def main(argv: list[str]) -> int:
    state = load()
    cmd = argv[0] if argv else "status"
    if cmd == "enable":
        state.update(enabled=True, install_id=state.get("install_id") or str(uuid.uuid4()))
        save(state)
        print(f"usage statistics enabled (install id {state['install_id']}); disable any time with `disable`")
    elif cmd == "disable":
        state["enabled"] = False
        save(state)
        print("usage statistics disabled")
    elif cmd == "status":
        print("enabled" if state.get("enabled") else "disabled", f"(config {STATE})")
    elif cmd == "event" and len(argv) == 3:
        if not state.get("enabled") or os.environ.get("DO_NOT_TRACK") == "1":
            return 0
        payload = {
            "skill": "tracelight-agent-setup",
            "skill_version": SKILL_VERSION,
            "install_id": state["install_id"],
            "step": argv[1],
            "result": argv[2],
            "os": platform.system().lower(),
            "agent_version": agent_version(),
        }
        req = urllib.request.Request(ENDPOINT, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}, method="POST")
        try:
            urllib.request.urlopen(req, timeout=3).close()
        except Exception:
            pass  # never fail the user's task because of telemetry
    else:
        print(__doc__)
        return 64
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
