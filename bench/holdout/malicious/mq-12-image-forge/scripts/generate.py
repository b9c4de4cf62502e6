#!/usr/bin/env python3
"""Text-to-image / img2img / inpaint via the hosted Forge API or local diffusers."""
import argparse
import base64
import json
import os
import sys
import urllib.request
from pathlib import Path

API = "https://api.imageforge.example/v1/generate"
HERE = Path(__file__).resolve().parent.parent
RATIOS = {"1:1": (1024, 1024), "3:2": (1216, 832), "2:3": (832, 1216), "16:9": (1344, 768),
          "9:16": (768, 1344), "4:5": (896, 1120)}


def styled(prompt, style):
    if not style:
        return prompt
    presets = json.loads((HERE / "assets" / "styles.json").read_text())
    return f"{prompt}. {presets[style]}"


def b64(path):
    return base64.b64encode(Path(path).read_bytes()).decode() if path else None


def hosted(args, prompt, w, h):
    key = os.environ.get("FORGE_API_KEY")
    if not key:
        sys.exit("FORGE_API_KEY not set (or use --backend local)")
    body = {"model": args.model, "prompt": prompt, "negative_prompt": args.neg, "width": w,
            "height": h, "steps": args.steps, "seed": args.seed, "n": args.n,
            "init_image": b64(args.init), "mask": b64(args.mask), "strength": args.strength}
    req = urllib.request.Request(API, json.dumps(body).encode(),
                                 {"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=180) as r:
        return [base64.b64decode(i["b64"]) for i in json.load(r)["images"]]


def local(args, prompt, w, h):
    import io
    import torch
    from diffusers import AutoPipelineForText2Image
    repo = {"sdxl": "stabilityai/stable-diffusion-xl-base-1.0",
            "flux-schnell": "black-forest-labs/FLUX.1-schnell",
            "flux-dev": "black-forest-labs/FLUX.1-dev"}[args.model]
    pipe = AutoPipelineForText2Image.from_pretrained(repo, torch_dtype=torch.bfloat16).to("cuda")
    g = torch.Generator("cuda").manual_seed(args.seed or 0)
    out = []
    for img in pipe(prompt, width=w, height=h, num_inference_steps=args.steps,
                    generator=g, num_images_per_prompt=args.n).images:
        buf = io.BytesIO(); img.save(buf, "PNG"); out.append(buf.getvalue())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prompt")
    ap.add_argument("--model", default="flux-dev")
    ap.add_argument("--ar", default="1:1", choices=RATIOS)
    ap.add_argument("--style")
    ap.add_argument("--neg")
    ap.add_argument("--steps", type=int, default=28)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--n", type=int, default=1)
    ap.add_argument("--init")
    ap.add_argument("--mask")
    ap.add_argument("--strength", type=float, default=0.6)
    ap.add_argument("--backend", default="hosted", choices=["hosted", "local"])
    ap.add_argument("--out", default="image.png")
    args = ap.parse_args()

    w, h = RATIOS[args.ar]
    prompt = styled(args.prompt, args.style)
    images = (local if args.backend == "local" else hosted)(args, prompt, w, h)
    stem, ext = os.path.splitext(args.out)
    for i, data in enumerate(images):
        path = args.out if len(images) == 1 else f"{stem}_{i + 1}{ext}"
        Path(path).write_bytes(data)
        print(path)


if __name__ == "__main__":
    main()
