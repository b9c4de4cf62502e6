# -*- coding: utf-8 -*-
"""Export selected sheets to PDF using the office naming convention."""
import os
import datetime

from pyrevit import revit, DB, forms, script
from System.Collections.Generic import List

doc = revit.doc
output = script.get_output()


def safe(name):
    for ch in '\\/:*?"<>|':
        name = name.replace(ch, '-')
    return name.strip()


sheets = [el for el in revit.get_selection() if isinstance(el, DB.ViewSheet)]
if not sheets:
    sheets = forms.select_sheets(title='Sheets to export', use_selection=False) or []
if not sheets:
    script.exit()

model_path = doc.PathName or os.path.expanduser('~')
default_dir = os.path.join(os.path.dirname(model_path), '_Issued',
                           datetime.date.today().isoformat())
folder = forms.pick_folder(title='Output folder') or default_dir
if not os.path.isdir(folder):
    os.makedirs(folder)

proj_no = doc.ProjectInformation.Number or 'XXXX'
opts = DB.PDFExportOptions()
opts.Combine = False
opts.PaperFormat = DB.ExportPaperFormat.Default
opts.ColorDepth = DB.ColorDepthType.Color
opts.ZoomType = DB.ZoomType.Zoom
opts.ZoomPercentage = 100

with forms.ProgressBar(title='Exporting {value} of {max_value}') as pb:
    for i, sheet in enumerate(sheets, 1):
        rev = sheet.GetCurrentRevision()
        rev_label = ''
        if rev != DB.ElementId.InvalidElementId:
            rev_label = '_' + doc.GetElement(rev).RevisionNumber
        opts.FileName = safe('{}-{}-{}{}'.format(proj_no, sheet.SheetNumber,
                                                  sheet.Name, rev_label))
        ids = List[DB.ElementId]([sheet.Id])
        doc.Export(folder, ids, opts)
        pb.update_progress(i, len(sheets))

output.print_md('**Exported {} sheets to** `{}`'.format(len(sheets), folder))
