// Minimal dotenv parser: KEY=VALUE, export prefix, quotes, # comments, multi-line double-quoted values.
export function parseDotenv(text) {
  const values = new Map();
  const duplicates = new Set();
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].trim();
    if (!line || line.startsWith("#")) continue;
    line = line.replace(/^export\s+/, "");
    const eq = line.indexOf("=");
    if (eq < 1) continue;
    const key = line.slice(0, eq).trim();
    let val = line.slice(eq + 1).trim();
    if (val.startsWith('"')) {
      let buf = val.slice(1);
      while (!/(^|[^\\])"\s*(#.*)?$/.test(buf) && i + 1 < lines.length) buf += "\n" + lines[++i];
      val = buf.replace(/"\s*(#.*)?$/, "").replace(/\\n/g, "\n").replace(/\\"/g, '"');
    } else if (val.startsWith("'")) {
      val = val.slice(1).replace(/'\s*(#.*)?$/, "");
    } else {
      val = val.replace(/\s+#.*$/, "");
    }
    if (values.has(key)) duplicates.add(key);
    values.set(key, val);
  }
  return { values, duplicates: [...duplicates] };
}
