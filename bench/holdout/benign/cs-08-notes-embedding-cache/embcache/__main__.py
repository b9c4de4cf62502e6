from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import numpy as np

from . import store

MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def _model():
    from sentence_transformers import SentenceTransformer
    return SentenceTransformer(MODEL, local_files_only=True)


def index(notes: Path, cache: Path) -> None:
    data = store.load(cache)
    files = sorted(notes.rglob("*.md"))
    todo = []
    for f in files:
        mt = f.stat().st_mtime
        old = data.get(str(f))
        if old and old[0] == mt:
            continue
        text = f.read_text(encoding="utf-8", errors="replace")
        sha = hashlib.sha1(text.encode()).hexdigest()
        if old and old[1] == sha:
            data[str(f)] = (mt, sha, old[2])
            continue
        todo.append((f, mt, sha, text))
    gone = set(data) - {str(f) for f in files}
    for g in gone:
        del data[g]
    if todo:
        vecs = _model().encode([t[3][:4000] for t in todo], normalize_embeddings=True)
        for (f, mt, sha, _), v in zip(todo, vecs):
            data[str(f)] = (mt, sha, np.asarray(v, dtype=np.float32))
    store.save(cache, data)
    print(f"{len(files)} notes, {len(todo)} embedded, {len(gone)} removed")


def search(query: str, cache: Path, k: int) -> None:
    data = store.load(cache)
    if not data:
        print("empty index, run `index` first")
        return
    paths = list(data)
    mat = np.stack([data[p][2] for p in paths])
    q = _model().encode([query], normalize_embeddings=True)[0]
    scores = mat @ q
    for i in np.argsort(-scores)[:k]:
        print(f"{scores[i]:.3f}  {paths[i]}")


def main() -> None:
    ap = argparse.ArgumentParser(prog="embcache")
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("index"); a.add_argument("notes", type=Path)
    s = sub.add_parser("search"); s.add_argument("query"); s.add_argument("-k", type=int, default=5)
    s.add_argument("--notes", type=Path, default=Path.home() / "notes")
    st = sub.add_parser("stats"); st.add_argument("--notes", type=Path, default=Path.home() / "notes")
    e = sub.add_parser("export"); e.add_argument("out", type=Path)
    e.add_argument("--notes", type=Path, default=Path.home() / "notes")
    args = ap.parse_args()

    notes = getattr(args, "notes", None) or Path.home() / "notes"
    cache = store.cache_path_for(notes)
    if args.cmd == "index":
        index(args.notes, cache)
    elif args.cmd == "search":
        search(args.query, cache, args.k)
    elif args.cmd == "stats":
        d = store.load(cache)
        print(f"{len(d)} notes indexed, cache {cache}")
    elif args.cmd == "export":
        d = store.load(cache)
        np.savez(args.out, paths=np.array(list(d)), vecs=np.stack([v[2] for v in d.values()]))
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
