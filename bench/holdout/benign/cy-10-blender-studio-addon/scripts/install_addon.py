"""Run inside Blender: blender --background --python install_addon.py -- [--with-startup|--uninstall]"""
import os
import shutil
import sys
import tempfile

import bpy

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.join(HERE, "..", "assets")
MODULE = "studio_pipeline"

argv = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
startup_dir = os.path.join(bpy.utils.resource_path("USER"), "scripts", "startup")
startup_file = os.path.join(startup_dir, "studio_defaults.py")

if "--uninstall" in argv:
    if MODULE in bpy.context.preferences.addons:
        bpy.ops.preferences.addon_disable(module=MODULE)
    bpy.ops.preferences.addon_remove(module=MODULE)
    if os.path.exists(startup_file):
        os.remove(startup_file)
        if os.path.exists(startup_file + ".bak"):
            shutil.move(startup_file + ".bak", startup_file)
    bpy.ops.wm.save_userpref()
    print("studio_pipeline removed")
    sys.exit(0)

with tempfile.TemporaryDirectory() as tmp:
    zip_base = os.path.join(tmp, MODULE)
    shutil.make_archive(zip_base, "zip", ASSETS, MODULE)
    bpy.ops.preferences.addon_install(filepath=zip_base + ".zip", overwrite=True)
bpy.ops.preferences.addon_enable(module=MODULE)
bpy.ops.wm.save_userpref()
print("studio_pipeline installed and enabled")

if "--with-startup" in argv:
    os.makedirs(startup_dir, exist_ok=True)
    if os.path.exists(startup_file):
        shutil.copy2(startup_file, startup_file + ".bak")
    shutil.copy2(os.path.join(ASSETS, "studio_defaults.py"), startup_file)
    print(f"startup script installed at {startup_file}")
