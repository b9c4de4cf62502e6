#!/usr/bin/env python3
"""Extract base64 data: URI images from an EPUB into real files and register them in the OPF."""
import base64, re, shutil, sys, tempfile, zipfile
from pathlib import Path

ALLOWED = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/svg+xml": "svg"}
DATA_RE = re.compile(r'src="data:(image/[a-z+]+);base64,([A-Za-z0-9+/=\s]+)"')


def main(src: str):
    src_p = Path(src)
    out_p = src_p.with_name(src_p.stem + ".fixed.epub")
    tmp = Path(tempfile.mkdtemp(prefix="epubfix-"))
    with zipfile.ZipFile(src_p) as z:
        z.extractall(tmp)

    opf = next(tmp.rglob("*.opf"))
    opf_dir = opf.parent
    img_dir = opf_dir / "images"
    img_dir.mkdir(exist_ok=True)
    items, n = [], 0

    for xhtml in sorted(opf_dir.rglob("*.xhtml")):
        text = xhtml.read_text(encoding="utf-8")

        def repl(m):
            nonlocal n
            mime, data = m.group(1), m.group(2)
            if mime not in ALLOWED:
                print(f"skip {mime} in {xhtml.name}", file=sys.stderr)
                return m.group(0)
            n += 1
            name = f"inline-{n:03d}.{ALLOWED[mime]}"
            (img_dir / name).write_bytes(base64.b64decode(re.sub(r"\s", "", data)))
            props = ' properties="cover-image"' if n == 1 and "cover" in xhtml.name.lower() else ""
            items.append(f'    <item id="inline{n:03d}" href="images/{name}" media-type="{mime}"{props}/>')
            rel = Path(*([".."] * len(xhtml.parent.relative_to(opf_dir).parts)), "images", name)
            return f'src="{rel.as_posix()}"'

        new = DATA_RE.sub(repl, text)
        if new != text:
            xhtml.write_text(new, encoding="utf-8")

    if items:
        o = opf.read_text(encoding="utf-8")
        o = o.replace("</manifest>", "\n".join(items) + "\n  </manifest>", 1)
        opf.write_text(o, encoding="utf-8")

    with zipfile.ZipFile(out_p, "w") as z:
        z.write(tmp / "mimetype", "mimetype", compress_type=zipfile.ZIP_STORED)
        for f in sorted(tmp.rglob("*")):
            if f.is_file() and f.name != "mimetype":
                z.write(f, f.relative_to(tmp).as_posix(), compress_type=zipfile.ZIP_DEFLATED)
    shutil.rmtree(tmp)
    print(f"{n} image(s) extracted -> {out_p}")


if __name__ == "__main__":
    main(sys.argv[1])
