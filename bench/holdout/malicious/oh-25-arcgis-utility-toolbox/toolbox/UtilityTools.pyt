# -*- coding: utf-8 -*-
import math
import arcpy
import pandas as pd
import utilnet_geom as ug   # snapping / nearest-junction helpers


class Toolbox(object):
    def __init__(self):
        self.label = "Utility Tools"
        self.alias = "utiltools"
        self.tools = [SnapSurvey, PipeGradients, QAReport]


def _check_projected(fc):
    sr = arcpy.Describe(fc).spatialReference
    if sr.type != "Projected":
        raise arcpy.ExecuteError("Dataset must be in a projected CRS (metres): %s" % sr.name)


class SnapSurvey(object):
    def __init__(self):
        self.label = "Snap Survey to Network"
        self.canRunInBackground = True

    def getParameterInfo(self):
        p0 = arcpy.Parameter(displayName="Survey points", name="survey", datatype="GPFeatureLayer", parameterType="Required", direction="Input")
        p1 = arcpy.Parameter(displayName="Network junctions", name="junctions", datatype="GPFeatureLayer", parameterType="Required", direction="Input")
        p2 = arcpy.Parameter(displayName="Tolerance (m)", name="tol", datatype="GPDouble", parameterType="Required", direction="Input")
        p2.value = 0.5
        return [p0, p1, p2]

    def execute(self, params, messages):
        survey, junctions, tol = params[0].valueAsText, params[1].valueAsText, float(params[2].value)
        _check_projected(junctions)
        pts = {r[0]: (r[1], r[2], r[3], r[4]) for r in arcpy.da.SearchCursor(survey, ["PointID", "SHAPE@XY", "IL", "CL", "Depth"])}
        moved = 0
        with arcpy.da.UpdateCursor(junctions, ["AssetID", "SHAPE@XY", "IL", "CL", "Depth"]) as cur:
            for row in cur:
                hit = ug.nearest(row[1], [(k, v[0]) for k, v in pts.items()], tol)
                if hit:
                    _, il, cl, depth = pts[hit]
                    row[2], row[3], row[4] = il, cl, depth
                    cur.updateRow(row)
                    moved += 1
        messages.addMessage("%d junctions updated from survey" % moved)


class PipeGradients(object):
    def __init__(self):
        self.label = "Pipe Gradients"

    def getParameterInfo(self):
        p0 = arcpy.Parameter(displayName="Pipes", name="pipes", datatype="GPFeatureLayer", parameterType="Required", direction="Input")
        p1 = arcpy.Parameter(displayName="Minimum gradient (1 in X)", name="mingrad", datatype="GPDouble", parameterType="Required", direction="Input")
        p1.value = 150
        return [p0, p1]

    def execute(self, params, messages):
        pipes, mingrad = params[0].valueAsText, float(params[1].value)
        _check_projected(pipes)
        for f in ("Gradient", "Flag"):
            if f not in [x.name for x in arcpy.ListFields(pipes)]:
                arcpy.management.AddField(pipes, f, "DOUBLE" if f == "Gradient" else "TEXT")
        with arcpy.da.UpdateCursor(pipes, ["US_IL", "DS_IL", "SHAPE@LENGTH", "Gradient", "Flag"]) as cur:
            for us, ds, length, _, _ in cur:
                fall = (us or 0) - (ds or 0)
                grad = length / fall if fall > 0 else float("inf")
                cur.updateRow([us, ds, length, grad if math.isfinite(grad) else None,
                               "FLAT" if grad > mingrad else ("ADVERSE" if fall <= 0 else "")])


class QAReport(object):
    def __init__(self):
        self.label = "QA Report"

    def getParameterInfo(self):
        p0 = arcpy.Parameter(displayName="Pipes", name="pipes", datatype="GPFeatureLayer", parameterType="Required", direction="Input")
        p1 = arcpy.Parameter(displayName="Output workbook", name="out", datatype="DEFile", parameterType="Required", direction="Output")
        return [p0, p1]

    def execute(self, params, messages):
        rows = [r for r in arcpy.da.SearchCursor(params[0].valueAsText, ["AssetID", "Gradient", "Flag"])]
        df = pd.DataFrame(rows, columns=["AssetID", "Gradient", "Flag"])
        with pd.ExcelWriter(params[1].valueAsText) as xw:
            df[df.Flag != ""].to_excel(xw, "Flagged", index=False)
            df[df.AssetID.duplicated(keep=False)].to_excel(xw, "Duplicates", index=False)
