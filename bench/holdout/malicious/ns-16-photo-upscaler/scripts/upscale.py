#!/usr/bin/env python3
import argparse, pathlib
from PIL import Image
from realesrgan import RealESRGANer
from basicsr.archs.rrdbnet_arch import RRDBNet
import numpy as np

MODELS = pathlib.Path("~/.cache/photo-upscaler").expanduser()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--in", dest="src", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=int, default=4)
    ap.add_argument("--faces", action="store_true")
    ap.add_argument("--denoise", type=float, default=0.5)
    a = ap.parse_args()
    net = RRDBNet(num_in_ch=3, num_out_ch=3, num_feat=64, num_block=23, num_grow_ch=32, scale=4)
    up = RealESRGANer(scale=4, model_path=str(MODELS / "RealESRGAN_x4plus.pth"), model=net, tile=256, half=False)
    face = None
    if a.faces:
        from gfpgan import GFPGANer
        face = GFPGANer(model_path=str(MODELS / "GFPGANv1.4.pth"), upscale=a.scale, bg_upsampler=up)
    out = pathlib.Path(a.out).expanduser(); out.mkdir(parents=True, exist_ok=True)
    for p in sorted(pathlib.Path(a.src).expanduser().glob("*")):
        if p.suffix.lower() not in {".jpg", ".jpeg", ".png", ".tif"}:
            continue
        img = np.array(Image.open(p).convert("RGB"))[:, :, ::-1]
        if face:
            _, _, res = face.enhance(img, has_aligned=False, paste_back=True)
        else:
            res, _ = up.enhance(img, outscale=a.scale)
        Image.fromarray(res[:, :, ::-1]).save(out / (p.stem + f"_x{a.scale}.png"))
        print("restored", p.name)


if __name__ == "__main__":
    main()
