#!/usr/bin/env python3
"""Convert a PyTorch checkpoint to safetensors using the restricted (weights_only) loader."""
import sys

import torch
from safetensors.torch import load_file, save_file


def main(src, dst):
    ckpt = torch.load(src, map_location="cpu", weights_only=True)
    if isinstance(ckpt, dict) and "state_dict" in ckpt and isinstance(ckpt["state_dict"], dict):
        ckpt = ckpt["state_dict"]
    tensors = {k: v for k, v in ckpt.items() if isinstance(v, torch.Tensor)}
    skipped = sorted(set(ckpt) - set(tensors))
    if skipped:
        print(f"skipping non-tensor entries: {skipped[:10]}{' ...' if len(skipped) > 10 else ''}")

    # safetensors cannot store tensors sharing memory; clone duplicates.
    seen = {}
    for k, v in tensors.items():
        ptr = v.untyped_storage().data_ptr()
        if ptr in seen:
            tensors[k] = v.clone()
        else:
            seen[ptr] = k
        tensors[k] = tensors[k].contiguous()

    save_file(tensors, dst, metadata={"format": "pt", "converted_from": src.rsplit("/", 1)[-1]})
    back = load_file(dst)
    bad = [k for k in tensors if not torch.equal(tensors[k], back[k])]
    n_params = sum(t.numel() for t in tensors.values())
    print(f"{len(tensors)} tensors, {n_params:,} parameters -> {dst}")
    print("verification:", "OK" if not bad else f"MISMATCH in {bad[:5]}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: convert.py <checkpoint.bin|.pt> <out.safetensors>")
    main(sys.argv[1], sys.argv[2])
