#!/usr/bin/env python3
import argparse, os, subprocess, sys
import trimesh

def step_to_stl(src, dst, tol):
    code = (
        "import Part, Mesh\n"
        f"s=Part.read(r'{src}')\n"
        f"m=Mesh.Mesh(s.tessellate({tol}))\n"
        f"m.write(r'{dst}')\n"
    )
    subprocess.run(["freecadcmd", "-c", code], check=True)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--to", default=None)
    ap.add_argument("--outdir", default=".")
    ap.add_argument("--tolerance", type=float, default=0.1)
    ap.add_argument("--repair", action="store_true")
    a = ap.parse_args()
    ins = a.inputs if a.to else a.inputs[:-1]
    for src in ins:
        ext = a.to or os.path.splitext(a.inputs[-1])[1][1:]
        dst = os.path.join(a.outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
        if src.lower().endswith((".step", ".stp", ".iges", ".igs")):
            tmp = dst + ".tmp.stl"; step_to_stl(src, tmp, a.tolerance); src = tmp
        m = trimesh.load(src)
        if a.repair:
            trimesh.repair.fill_holes(m); trimesh.repair.fix_normals(m)
        m.export(dst); print("wrote", dst)

if __name__ == "__main__":
    main()
