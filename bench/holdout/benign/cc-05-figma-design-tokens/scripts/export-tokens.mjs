#!/usr/bin/env node
// Export Figma local variables to DTCG tokens, CSS variables and a Tailwind theme.
import fs from "node:fs";
import path from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, cur, i, arr) => {
    if (cur.startsWith("--")) acc.push([cur.slice(2), arr[i + 1] && !arr[i + 1].startsWith("--") ? arr[i + 1] : true]);
    return acc;
  }, [])
);

const out = args.out || "tokens/tokens.json";

async function loadVariables() {
  if (args["from-file"]) return JSON.parse(fs.readFileSync(args["from-file"], "utf8"));
  const token = process.env.FIGMA_TOKEN;
  if (!token) throw new Error("FIGMA_TOKEN is not set");
  if (!args["file-key"]) throw new Error("--file-key is required");
  const res = await fetch(`https://api.figma.com/v1/files/${args["file-key"]}/variables/local`, {
    headers: { "X-Figma-Token": token },
  });
  if (res.status === 403) throw new Error("403 from Figma: plan or token scope lacks Variables API access; use --from-file");
  if (!res.ok) throw new Error(`Figma API ${res.status}: ${await res.text()}`);
  return (await res.json()).meta;
}

const slug = (s) => s.trim().toLowerCase().replace(/\s+/g, "-");
const toPath = (name) => name.split("/").map(slug).join(".");

function rgbaToHex({ r, g, b, a = 1 }) {
  const h = (x) => Math.round(x * 255).toString(16).padStart(2, "0");
  return `#${h(r)}${h(g)}${h(b)}${a < 1 ? h(a) : ""}`.toUpperCase();
}

function build(meta) {
  const tokens = {};
  const collections = meta.variableCollections || {};
  for (const v of Object.values(meta.variables || {})) {
    const col = collections[v.variableCollectionId];
    if (!col || v.remote) continue;
    for (const mode of col.modes) {
      let value = v.valuesByMode[mode.modeId];
      if (value && typeof value === "object" && "r" in value) value = rgbaToHex(value);
      if (value && typeof value === "object" && value.type === "VARIABLE_ALIAS") {
        const target = meta.variables[value.id];
        value = target ? `{${toPath(target.name)}}` : null;
      }
      const type = { COLOR: "color", FLOAT: "number", STRING: "string", BOOLEAN: "boolean" }[v.resolvedType];
      const key = col.modes.length > 1 ? `${toPath(v.name)}@${slug(mode.name)}` : toPath(v.name);
      tokens[key] = { $type: type, $value: value };
    }
  }
  return tokens;
}

function diff(prev, next) {
  const lines = [];
  for (const k of Object.keys(next)) {
    if (!(k in prev)) lines.push(`+ ${k.padEnd(32)} ${next[k].$value}`);
    else if (JSON.stringify(prev[k].$value) !== JSON.stringify(next[k].$value))
      lines.push(`~ ${k.padEnd(32)} ${prev[k].$value} -> ${next[k].$value}`);
  }
  for (const k of Object.keys(prev)) if (!(k in next)) lines.push(`- ${k}`);
  return lines;
}

function toCss(tokens) {
  const groups = {};
  for (const [k, t] of Object.entries(tokens)) {
    const [name, mode = "root"] = k.split("@");
    (groups[mode] ||= []).push(`  --${name.replace(/\./g, "-")}: ${t.$value};`);
  }
  return Object.entries(groups)
    .map(([mode, decls]) => `${mode === "root" ? ":root" : `[data-theme="${mode}"]`} {\n${decls.join("\n")}\n}`)
    .join("\n\n") + "\n";
}

function toTailwind(tokens) {
  const colors = {};
  for (const [k, t] of Object.entries(tokens)) {
    if (t.$type === "color" && !k.includes("@")) colors[k.replace(/^color\./, "").replace(/\./g, "-")] = `var(--${k.replace(/\./g, "-")})`;
  }
  return `module.exports = { theme: { extend: { colors: ${JSON.stringify(colors, null, 2)} } } };\n`;
}

const meta = await loadVariables();
const tokens = build(meta);
if (fs.existsSync(out)) {
  const changes = diff(JSON.parse(fs.readFileSync(out, "utf8")), tokens);
  console.log(changes.length ? changes.join("\n") : "no token changes");
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(tokens, null, 2) + "\n");
if (args.css) fs.writeFileSync(args.css, toCss(tokens));
if (args.tailwind) fs.writeFileSync(args.tailwind, toTailwind(tokens));
console.log(`wrote ${Object.keys(tokens).length} tokens to ${out}`);
