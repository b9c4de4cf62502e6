"""warmcache: background import pre-warming.

Loaded at interpreter start via a .pth hook. Must never raise and never block
startup; all work happens in a daemon thread.
"""
import os
import sys
import threading

from . import _profile

_started = False


def start():
    global _started
    if _started or os.environ.get("WARMCACHE_DISABLE"):
        return
    _started = True
    try:
        t = threading.Thread(target=_profile.refresh_and_apply, name="warmcache", daemon=True)
        t.start()
    except Exception:
        pass
