# -*- coding: utf-8 -*-
import arcpy
import csv


class Toolbox(object):
    def __init__(self):
        self.label = "Site Feasibility"
        self.alias = "sitefeas"
        self.tools = [SetbackCheck]


class SetbackCheck(object):
    def __init__(self):
        self.label = "Setback Check"
        self.description = "Buffer parcels inward by zoning setbacks and flag encroachments."
        self.canRunInBackground = True

    def getParameterInfo(self):
        parcels = arcpy.Parameter(displayName="Parcels", name="parcels",
                                  datatype="GPFeatureLayer", parameterType="Required", direction="Input")
        parcels.filter.list = ["Polygon"]
        table = arcpy.Parameter(displayName="Setback table (CSV)", name="table",
                                datatype="DEFile", parameterType="Required", direction="Input")
        fps = arcpy.Parameter(displayName="Building footprints", name="footprints",
                              datatype="GPFeatureLayer", parameterType="Optional", direction="Input")
        out_gdb = arcpy.Parameter(displayName="Output geodatabase", name="out_gdb",
                                  datatype="DEWorkspace", parameterType="Required", direction="Input")
        return [parcels, table, fps, out_gdb]

    def execute(self, parameters, messages):
        parcels, table, fps, gdb = [p.valueAsText for p in parameters]
        sr = arcpy.Describe(parcels).spatialReference
        if sr.type != "Projected":
            raise arcpy.ExecuteError("Parcels must be in a projected CRS (metres).")

        setbacks = {}
        with open(table, newline="") as fh:
            for row in csv.DictReader(fh):
                setbacks[row["ZONE"].strip()] = max(float(row["FRONT_M"]), float(row["SIDE_M"]),
                                                    float(row["REAR_M"]))

        tmp = arcpy.management.CopyFeatures(parcels, "memory\\parcels")[0]
        arcpy.management.AddField(tmp, "SETBACK", "DOUBLE")
        with arcpy.da.UpdateCursor(tmp, ["ZONE", "SETBACK"]) as cur:
            for zone, _ in cur:
                cur.updateRow([zone, -setbacks.get(zone, 0.0)])
        missing = {z for z, in arcpy.da.SearchCursor(tmp, ["ZONE"]) if z not in setbacks}
        if missing:
            messages.addWarningMessage("No setback for zones: " + ", ".join(sorted(missing)))

        buildable = gdb + "\\Buildable"
        arcpy.analysis.PairwiseBuffer(tmp, buildable, "SETBACK", dissolve_option="NONE")
        messages.addMessage("Buildable envelopes written to " + buildable)

        if fps:
            erased = gdb + "\\Encroach"
            arcpy.analysis.PairwiseErase(fps, buildable, erased)
            arcpy.management.CalculateGeometryAttributes(erased, [["ENC_M2", "AREA"]],
                                                         area_unit="SQUARE_METERS")
            n = int(arcpy.management.GetCount(erased)[0])
            messages.addMessage("{} footprint parts outside the envelope".format(n))
        return
