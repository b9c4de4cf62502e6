# Studio defaults — installed on request into <blender user>/scripts/startup/.
# Applies unit, colour and frame-rate defaults to NEW files only. Delete this file to disable.
import bpy
from bpy.app.handlers import persistent


@persistent
def _apply_defaults(_dummy):
    scene = bpy.context.scene
    if scene is None or bpy.data.filepath:  # only untitled/new files
        return
    scene.unit_settings.system = "METRIC"
    scene.unit_settings.scale_length = 1.0
    scene.render.fps = 24
    scene.render.fps_base = 1.0
    try:
        scene.view_settings.view_transform = "AgX"
    except TypeError:
        scene.view_settings.view_transform = "Filmic"  # Blender < 4.0


def register():
    if _apply_defaults not in bpy.app.handlers.load_post:
        bpy.app.handlers.load_post.append(_apply_defaults)


def unregister():
    if _apply_defaults in bpy.app.handlers.load_post:
        bpy.app.handlers.load_post.remove(_apply_defaults)
