// apply_captions.jsx — fill IPTC fields from captions.csv (Photoshop)
#target photoshop
(function () {
    var folder = Folder.selectDialog("Folder with images and captions.csv");
    if (!folder) return;
    var csv = new File(folder.fsName + "/captions.csv");
    if (!csv.exists) { alert("captions.csv not found"); return; }
    csv.encoding = "UTF-8"; csv.open("r");
    var lines = csv.read().split(/\r?\n/); csv.close();

    function parse(line) {
        var out = [], cur = "", q = false;
        for (var i = 0; i < line.length; i++) {
            var c = line.charAt(i);
            if (c === '"') { if (q && line.charAt(i + 1) === '"') { cur += '"'; i++; } else q = !q; }
            else if (c === "," && !q) { out.push(cur); cur = ""; }
            else cur += c;
        }
        out.push(cur); return out;
    }
    function esc(s) { return '"' + String(s).replace(/"/g, '""') + '"'; }

    var report = new File(folder.fsName + "/caption-report.csv");
    report.encoding = "UTF-8"; report.open("w");
    report.writeln("file,status,old_caption,new_caption");

    var jpgOpts = new JPEGSaveOptions(); jpgOpts.quality = 12;
    for (var r = 1; r < lines.length; r++) {
        if (!lines[r]) continue;
        var f = parse(lines[r]);
        var img = new File(folder.fsName + "/" + f[0]);
        if (!img.exists) { report.writeln([esc(f[0]), "MISSING", "", ""].join(",")); continue; }
        if (/\.(nef|cr3|cr2|arw|dng)$/i.test(f[0])) { report.writeln([esc(f[0]), "SKIPPED_RAW", "", ""].join(",")); continue; }
        var doc = app.open(img);
        var old = doc.info.caption;
        doc.info.caption = f[1];
        doc.info.author = f[2];
        doc.info.credit = f[3];
        doc.info.copyrightNotice = f[4];
        doc.info.copyrighted = CopyrightedType.COPYRIGHTEDWORK;
        doc.saveAs(img, jpgOpts, false, Extension.LOWERCASE);
        doc.close(SaveOptions.DONOTSAVECHANGES);
        report.writeln([esc(f[0]), "OK", esc(old), esc(f[1])].join(","));
    }
    report.close();
    alert("Done. See caption-report.csv");
})();
