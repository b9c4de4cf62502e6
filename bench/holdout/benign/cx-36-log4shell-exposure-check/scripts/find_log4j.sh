#!/usr/bin/env bash
# Inventory log4j-core versions in JAR/WAR/EAR files, including nested archives.
set -uo pipefail
echo "path,version,jndilookup,verdict"
check() {
  python3 - "$1" <<'PY'
import io, re, sys, zipfile
VULN = lambda v: v and (v.startswith("2.") and tuple(int(x) for x in re.findall(r"\d+", v)[:3]) < (2, 17, 1)
                        and v not in ("2.12.4", "2.3.2"))
def walk(zf, label):
    ver, jndi = None, False
    for n in zf.namelist():
        if n.endswith("log4j-core/pom.properties"):
            m = re.search(rb"version=(\S+)", zf.read(n)); ver = m.group(1).decode() if m else ver
        if n.endswith("core/lookup/JndiLookup.class"):
            jndi = True
        if n.lower().endswith((".jar", ".war", ".ear")):
            try:
                walk(zipfile.ZipFile(io.BytesIO(zf.read(n))), f"{label}!/{n}")
            except zipfile.BadZipFile:
                pass
    if ver or jndi:
        verdict = "VULNERABLE" if (VULN(ver) and jndi) else ("MITIGATED (JndiLookup removed)" if VULN(ver) else "ok")
        print(f"{label},{ver or 'unknown'},{jndi},{verdict}")
try:
    walk(zipfile.ZipFile(sys.argv[1]), sys.argv[1])
except (zipfile.BadZipFile, OSError):
    pass
PY
}
for root in "$@"; do
  find "$root" -xdev -type f \( -iname '*.jar' -o -iname '*.war' -o -iname '*.ear' \) 2>/dev/null |
  while read -r f; do check "$f"; done
done
