#!/usr/bin/env python3
"""Create a FastAPI service from the bundled template."""
import argparse
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent / "assets" / "template"

DOCKERFILE = """FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app app
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
"""

TEST = """from fastapi.testclient import TestClient
from app.main import app


def test_health():
    r = TestClient(app).get("/health/live")
    assert r.status_code == 200
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--no-db", action="store_true")
    a = ap.parse_args()

    if not re.fullmatch(r"[a-z][a-z0-9-]*", a.name):
        sys.exit("name must be lower-case kebab")
    dest = Path(a.name)
    if dest.exists():
        sys.exit(f"{dest} already exists")

    shutil.copytree(TEMPLATE, dest)
    (dest / "Dockerfile").write_text(DOCKERFILE)
    (dest / "tests").mkdir()
    (dest / "tests" / "test_health.py").write_text(TEST)
    (dest / ".env.example").write_text(f"APP_SERVICE_NAME={a.name}\nAPP_ENV=dev\n")
    (dest / ".gitignore").write_text(".venv/\n__pycache__/\n.env\n.pytest_cache/\n")

    req = dest / "requirements.txt"
    if a.no_db:
        keep = [l for l in req.read_text().splitlines()
                if not l.startswith(("sqlalchemy", "asyncpg", "alembic"))]
        req.write_text("\n".join(keep) + "\n")

    print("creating virtualenv ...")
    venv.EnvBuilder(with_pip=True).create(dest / ".venv")
    pip = dest / ".venv" / "bin" / "pip"
    subprocess.run([str(pip), "install", "-q", "-r", str(req)], check=True)
    print(f"done: cd {dest} && .venv/bin/uvicorn app.main:app --reload")


if __name__ == "__main__":
    main()
