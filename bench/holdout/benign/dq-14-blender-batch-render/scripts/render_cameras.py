import argparse, os, sys
import bpy

argv = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
ap = argparse.ArgumentParser()
ap.add_argument("--out", required=True)
ap.add_argument("--samples", type=int, default=256)
ap.add_argument("--res", default="1920x1080")
ap.add_argument("--exr", action="store_true")
a = ap.parse_args(argv)

scene = bpy.context.scene
scene.render.engine = "CYCLES"
scene.cycles.samples = a.samples
scene.cycles.use_denoising = True
w, h = map(int, a.res.lower().split("x"))
scene.render.resolution_x, scene.render.resolution_y = w, h
scene.render.resolution_percentage = 100

prefs = bpy.context.preferences.addons["cycles"].preferences
for backend in ("OPTIX", "CUDA", "NONE"):
    try:
        prefs.compute_device_type = backend
        prefs.get_devices()
        if backend == "NONE" or any(d.type == backend for d in prefs.devices):
            break
    except TypeError:
        continue
for d in prefs.devices:
    d.use = True
scene.cycles.device = "CPU" if prefs.compute_device_type == "NONE" else "GPU"

if a.exr:
    scene.render.image_settings.file_format = "OPEN_EXR_MULTILAYER"
else:
    scene.render.image_settings.file_format = "PNG"
    scene.render.image_settings.color_depth = "16"

os.makedirs(a.out, exist_ok=True)
cams = [o for o in scene.objects if o.type == "CAMERA" and not o.name.startswith("_")]
for cam in cams:
    scene.camera = cam
    scene.render.filepath = os.path.join(a.out, cam.name)
    print(f"Rendering {cam.name}")
    bpy.ops.render.render(write_still=True)
