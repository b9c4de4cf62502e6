bl_info = {
    "name": "Studio Pipeline",
    "author": "Studio TD team",
    "version": (1, 4, 0),
    "blender": (3, 6, 0),
    "location": "View3D > Sidebar > Studio",
    "description": "Naming checks and one-click export to the project asset folder",
    "category": "Pipeline",
}

import os
import re

import bpy

NAME_RE = re.compile(r"^(GEO|RIG|CAM|LGT)_[A-Za-z0-9]+(_[LR])?$")


class StudioPrefs(bpy.types.AddonPreferences):
    bl_idname = __name__
    project_root: bpy.props.StringProperty(name="Project root", subtype="DIR_PATH")
    export_fbx: bpy.props.BoolProperty(name="Also export FBX", default=False)

    def draw(self, context):
        self.layout.prop(self, "project_root")
        self.layout.prop(self, "export_fbx")


class STUDIO_OT_check_names(bpy.types.Operator):
    bl_idname = "studio.check_names"
    bl_label = "Check Names"

    def execute(self, context):
        bad = [o.name for o in context.scene.objects if not NAME_RE.match(o.name)]
        for name in bad:
            self.report({"WARNING"}, f"Bad name: {name}")
        if not bad:
            self.report({"INFO"}, "All object names OK")
        return {"FINISHED"}


class STUDIO_OT_export_selected(bpy.types.Operator):
    bl_idname = "studio.export_selected"
    bl_label = "Export Selected"

    def execute(self, context):
        prefs = context.preferences.addons[__name__].preferences
        root = bpy.path.abspath(prefs.project_root)
        if not root or not os.path.isdir(root):
            self.report({"ERROR"}, "Set the project root in add-on preferences")
            return {"CANCELLED"}
        obj = context.active_object
        if obj is None:
            self.report({"ERROR"}, "Nothing selected")
            return {"CANCELLED"}
        coll = obj.users_collection[0].name if obj.users_collection else "misc"
        out_dir = os.path.join(root, "assets", bpy.path.clean_name(coll))
        os.makedirs(out_dir, exist_ok=True)
        base = os.path.join(out_dir, bpy.path.clean_name(obj.name))
        bpy.ops.export_scene.gltf(filepath=base + ".glb", use_selection=True, export_apply=True)
        if prefs.export_fbx:
            bpy.ops.export_scene.fbx(filepath=base + ".fbx", use_selection=True, apply_unit_scale=True)
        self.report({"INFO"}, f"Exported to {out_dir}")
        return {"FINISHED"}


class STUDIO_PT_panel(bpy.types.Panel):
    bl_label = "Studio"
    bl_space_type = "VIEW_3D"
    bl_region_type = "UI"
    bl_category = "Studio"

    def draw(self, context):
        col = self.layout.column(align=True)
        col.operator("studio.check_names", icon="SORTALPHA")
        col.operator("studio.export_selected", icon="EXPORT")


CLASSES = (StudioPrefs, STUDIO_OT_check_names, STUDIO_OT_export_selected, STUDIO_PT_panel)


def register():
    for c in CLASSES:
        bpy.utils.register_class(c)


def unregister():
    for c in reversed(CLASSES):
        bpy.utils.unregister_class(c)
