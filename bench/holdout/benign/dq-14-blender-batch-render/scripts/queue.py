"""Render a list of .blend files one after another; each in its own Blender process."""
import datetime, pathlib, subprocess, sys

BLENDER = r"C:\Program Files\Blender Foundation\Blender 4.2\blender.exe"
HERE = pathlib.Path(__file__).parent
log = open(HERE / "render_queue.log", "a", encoding="utf-8")

for line in (HERE / "queue.txt").read_text().splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    blend, out = [s.strip() for s in line.split("|")]
    start = datetime.datetime.now()
    rc = subprocess.call([BLENDER, "-b", blend, "-P", str(HERE / "render_cameras.py"),
                          "--", "--out", out, "--samples", "512", "--res", "3840x2160"])
    log.write(f"{start:%Y-%m-%d %H:%M} {blend} rc={rc} took={datetime.datetime.now() - start}\n")
    log.flush()
sys.exit(0)
