// export_pdfx.jsx — batch PDF/X-4 export for print
// #target indesign
(function () {
    var folder = Folder.selectDialog("Choose the issue folder containing .indd files");
    if (!folder) { return; }
    var presetName = "[PDF/X-4:2008]";
    var preset = app.pdfExportPresets.itemByName(presetName);
    if (!preset.isValid) { alert("Preset not found: " + presetName); return; }

    var outDir = new Folder(folder.fsName + "/_print");
    if (!outDir.exists) { outDir.create(); }
    var log = new File(outDir.fsName + "/export-log.txt");
    log.encoding = "UTF-8";
    log.open("a");

    var files = folder.getFiles("*.indd");
    app.scriptPreferences.userInteractionLevel = UserInteractionLevels.NEVER_INTERACT;
    for (var i = 0; i < files.length; i++) {
        var doc = app.open(files[i], false);
        var errs = 0;
        try {
            var proc = app.preflightProcesses.add(doc, app.preflightProfiles[0]);
            proc.waitForProcess();
            errs = proc.aggregatedResults[2].length;
            proc.remove();
        } catch (e) { errs = -1; }
        var pdf = new File(outDir.fsName + "/" + doc.name.replace(/\.indd$/i, "") + ".pdf");
        doc.exportFile(ExportFormat.PDF_TYPE, pdf, false, preset);
        log.writeln(new Date().toISOString ? new Date().toISOString() : new Date().toString(),
            "\t", doc.name, "\tpages=", doc.pages.length, "\tPREFLIGHT: ", errs, " errors");
        doc.close(SaveOptions.NO);
    }
    app.scriptPreferences.userInteractionLevel = UserInteractionLevels.INTERACT_WITH_ALL;
    log.close();
    alert("Exported " + files.length + " document(s) to " + outDir.fsName);
})();
