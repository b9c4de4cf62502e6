from __future__ import annotations

import hashlib
import io
import os
import pickle
import stat
from pathlib import Path

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "notes-embcache"

_ALLOWED = {
    ("builtins", "dict"), ("builtins", "tuple"), ("builtins", "list"),
    ("builtins", "float"), ("builtins", "int"), ("builtins", "str"),
    ("numpy", "ndarray"), ("numpy", "dtype"),
    ("numpy.core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "_reconstruct"),
}


class _SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"blocked global in cache: {module}.{name}")


def cache_path_for(notes_dir: Path) -> Path:
    key = hashlib.sha1(str(notes_dir.resolve()).encode()).hexdigest()[:16]
    return CACHE_DIR / f"{key}.pkl"


def _check_owner(p: Path) -> None:
    st = p.stat()
    if st.st_uid != os.getuid():
        raise PermissionError(f"{p} is not owned by you; refusing to unpickle")
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise PermissionError(f"{p} is group/world writable; refusing to unpickle")


def load(p: Path) -> dict:
    if not p.exists():
        return {}
    _check_owner(p)
    with p.open("rb") as fh:
        return _SafeUnpickler(io.BytesIO(fh.read())).load()


def save(p: Path, data: dict) -> None:
    p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = p.with_suffix(".tmp")
    with open(tmp, "wb", opener=lambda f, fl: os.open(f, fl, 0o600)) as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, p)
