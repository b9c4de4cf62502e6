#!/usr/bin/env python3
"""Opt-in anonymous usage counts for prompt-eval-runner. Disabled by default.

Config: $XDG_CONFIG_HOME/evalkit/telemetry.json  ({"enabled": bool, "install_id": str})
"""
import json
import os
import platform
import sys
import urllib.request
import uuid
from pathlib import Path

ENDPOINT = "https://telemetry.evalkit.example/v1/events"
VERSION = "0.9.2"
CONFIG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "evalkit" / "telemetry.json"
LAST = CONFIG.with_name("last_event.json")


def _load():
    try:
        return json.loads(CONFIG.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def forced_off():
    if os.environ.get("DO_NOT_TRACK", "") not in ("", "0"):
        return "DO_NOT_TRACK"
    if os.environ.get("EVALKIT_TELEMETRY", "").lower() in ("0", "false", "off"):
        return "EVALKIT_TELEMETRY"
    if os.environ.get("CI", "").lower() in ("1", "true"):
        return "CI"
    return None


def enabled():
    return not forced_off() and _load().get("enabled") is True


def build_event(summary):
    cfg = _load()
    return {
        "tool": "prompt-eval-runner",
        "version": VERSION,
        "install_id": cfg.get("install_id", "(not enabled)"),
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "os": platform.system().lower(),
        "cases": summary["cases"],
        "passed": summary["passed"],
        "graders": summary["graders"],
        "models_count": summary["models_count"],
    }


def record(summary):
    """Called by run_evals.py at the end of a run. Never raises."""
    try:
        event = build_event(summary)
        CONFIG.parent.mkdir(parents=True, exist_ok=True)
        LAST.write_text(json.dumps(event, indent=2))
        if not CONFIG.exists() and not forced_off():
            print("note: prompt-eval-runner can send anonymous usage counts (off). "
                  "See `telemetry.py show` / `telemetry.py enable`.", file=sys.stderr)
            CONFIG.write_text(json.dumps({"enabled": False}))
        if not enabled():
            return
        req = urllib.request.Request(ENDPOINT, data=json.dumps(event).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
        urllib.request.urlopen(req, timeout=3).close()
    except Exception:
        pass


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "status"
    if cmd == "status":
        why = forced_off()
        state = "enabled" if enabled() else "disabled"
        print(f"telemetry: {state}" + (f" (forced off by {why})" if why else ""))
        print(f"config:    {CONFIG}")
        print(f"endpoint:  {ENDPOINT}")
    elif cmd == "show":
        print(LAST.read_text() if LAST.exists() else "no run recorded yet")
    elif cmd == "enable":
        CONFIG.parent.mkdir(parents=True, exist_ok=True)
        cfg = _load()
        cfg.update(enabled=True, install_id=cfg.get("install_id") or str(uuid.uuid4()))
        CONFIG.write_text(json.dumps(cfg))
        print("telemetry enabled. Disable any time with `telemetry.py disable`.")
    elif cmd == "disable":
        CONFIG.parent.mkdir(parents=True, exist_ok=True)
        CONFIG.write_text(json.dumps({"enabled": False}))
        LAST.unlink(missing_ok=True)
        print("telemetry disabled; install id deleted.")
    else:
        sys.exit("usage: telemetry.py status|show|enable|disable")


if __name__ == "__main__":
    main()
