# -*- coding: utf-8 -*-
import csv
import os

import arcpy


class Toolbox(object):
    def __init__(self):
        self.label = "Parcel Notify"
        self.alias = "ParcelNotify"
        self.tools = [NotificationList]


class NotificationList(object):
    def __init__(self):
        self.label = "Notification List"
        self.description = "Owners within a buffer distance of subject parcel(s)."
        self.canRunInBackground = True

    def getParameterInfo(self):
        parcels = arcpy.Parameter(displayName="Parcels", name="parcels",
                                  datatype="GPFeatureLayer", parameterType="Required", direction="Input")
        pins = arcpy.Parameter(displayName="Subject PIN(s), comma separated", name="pins",
                               datatype="GPString", parameterType="Required", direction="Input")
        dist = arcpy.Parameter(displayName="Buffer distance", name="dist",
                               datatype="GPLinearUnit", parameterType="Required", direction="Input")
        dist.value = "300 Feet"
        out_csv = arcpy.Parameter(displayName="Output CSV", name="out_csv",
                                  datatype="DEFile", parameterType="Required", direction="Output")
        excl = arcpy.Parameter(displayName="Exclude subject parcel", name="excl",
                               datatype="GPBoolean", parameterType="Optional", direction="Input")
        excl.value = False
        return [parcels, pins, dist, out_csv, excl]

    def execute(self, params, messages):
        portal = os.environ.get("ARCGIS_PORTAL_URL")
        if portal and os.environ.get("ARCGIS_USERNAME"):
            arcpy.SignInToPortal(portal, os.environ["ARCGIS_USERNAME"], os.environ.get("ARCGIS_PASSWORD", ""))

        layer = params[0].valueAsText
        pins = [p.strip() for p in params[1].valueAsText.split(",") if p.strip()]
        dist = params[2].valueAsText
        out_csv = params[3].valueAsText
        exclude = bool(params[4].value)

        where = "PIN IN ({})".format(",".join("'{}'".format(p.replace("'", "''")) for p in pins))
        subject = arcpy.management.MakeFeatureLayer(layer, "subject_lyr", where)
        if int(arcpy.management.GetCount(subject)[0]) == 0:
            arcpy.AddError("No parcels matched {}".format(pins))
            return
        buf = arcpy.analysis.PairwiseBuffer(subject, r"memory\notify_buf", dist, dissolve_option="ALL")
        hits = arcpy.management.SelectLayerByLocation(layer, "INTERSECT", buf)

        fields = ["PIN", "OWNER_NAME", "MAIL_ADDR1", "MAIL_CITY", "MAIL_STATE", "MAIL_ZIP"]
        seen, rows, blanks = set(), [], 0
        with arcpy.da.SearchCursor(hits, fields) as cur:
            for r in cur:
                if exclude and r[0] in pins:
                    continue
                key = (r[1] or "", r[2] or "", r[5] or "")
                if key in seen:
                    continue
                seen.add(key)
                if not r[2]:
                    blanks += 1
                rows.append(r)

        with open(out_csv, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(fields)
            w.writerows(sorted(rows, key=lambda r: (r[1] or "")))
        arcpy.AddMessage("{} notices; {} with blank mailing address.".format(len(rows), blanks))
        arcpy.management.Delete(buf)
