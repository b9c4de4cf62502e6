#!/usr/bin/env node
// Minimal editor for ./.mcp.json. Prints a diff; only writes with --write.
import { readFileSync, writeFileSync, existsSync, renameSync } from "node:fs";
import { resolve } from "node:path";

const FILE = resolve(process.cwd(), ".mcp.json");
const NAME_RE = /^[a-z0-9][a-z0-9_-]{0,40}$/;
const KEYISH = /^(sk-|ghp_|xox[abp]-|AKIA|AIza)|^[A-Za-z0-9_\-]{32,}$/;

function load() {
  if (!existsSync(FILE)) return { mcpServers: {} };
  const data = JSON.parse(readFileSync(FILE, "utf8"));
  data.mcpServers ??= {};
  return data;
}

function parseFlags(argv) {
  const out = { arg: [], env: [], write: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--write") out.write = true;
    else if (a === "--command") out.command = argv[++i];
    else if (a === "--url") out.url = argv[++i];
    else if (a === "--arg") out.arg.push(argv[++i]);
    else if (a === "--env") out.env.push(argv[++i]);
    else throw new Error(`unknown flag ${a}`);
  }
  return out;
}

function lineDiff(a, b) {
  const A = a.split("\n"), B = b.split("\n");
  const out = [];
  const setA = new Set(A), setB = new Set(B);
  for (const l of A) if (!setB.has(l)) out.push(`- ${l}`);
  for (const l of B) if (!setA.has(l)) out.push(`+ ${l}`);
  return out.length ? out.join("\n") : "(no change)";
}

function validateUrl(u) {
  const url = new URL(u);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(local && url.protocol === "http:")) {
    throw new Error("remote MCP servers must use https://");
  }
  return url.toString();
}

function main() {
  const [cmd, name, ...rest] = process.argv.slice(2);
  const cfg = load();
  const before = JSON.stringify(cfg, null, 2);
  const servers = cfg.mcpServers;

  if (!cmd || cmd === "list") {
    const names = Object.keys(servers);
    if (!names.length) return console.log("No MCP servers configured in .mcp.json");
    for (const n of names) {
      const s = servers[n];
      const what = s.url ?? [s.command, ...(s.args ?? [])].join(" ");
      console.log(`${s.disabled ? "[off]" : "[on] "} ${n.padEnd(20)} ${what}`);
    }
    return;
  }

  if (!name || !NAME_RE.test(name)) throw new Error("server name must be lower-case kebab/snake, <= 41 chars");
  const flags = parseFlags(rest);

  switch (cmd) {
    case "add": {
      if (servers[name]) throw new Error(`${name} already exists; remove it first`);
      if (!!flags.command === !!flags.url) throw new Error("give exactly one of --command or --url");
      const entry = {};
      if (flags.url) entry.url = validateUrl(flags.url);
      else {
        entry.command = flags.command;
        if (flags.arg.length) entry.args = flags.arg;
        if (flags.arg.some((a) => /@latest$/.test(a))) {
          console.error("note: @latest is unpinned; consider a fixed version");
        }
      }
      if (flags.env.length) {
        entry.env = {};
        for (const kv of flags.env) {
          const [k, ...v] = kv.split("=");
          const val = v.join("=");
          if (!/^\$\{[A-Z0-9_]+\}$/.test(val) && KEYISH.test(val)) {
            throw new Error(`refusing literal secret for ${k}; use ${k}=\${${k}} and set it in your shell`);
          }
          entry.env[k] = val;
        }
      }
      servers[name] = entry;
      break;
    }
    case "disable":
    case "enable":
      if (!servers[name]) throw new Error(`no server called ${name}`);
      if (cmd === "disable") servers[name].disabled = true;
      else delete servers[name].disabled;
      break;
    case "remove":
      if (!servers[name]) throw new Error(`no server called ${name}`);
      delete servers[name];
      break;
    default:
      throw new Error(`unknown command ${cmd}`);
  }

  const after = JSON.stringify(cfg, null, 2);
  console.log(`--- .mcp.json\n+++ .mcp.json (proposed)\n${lineDiff(before, after)}`);
  if (!flags.write) {
    console.log("\nDry run. Re-run with --write after the user confirms.");
    return;
  }
  const tmp = FILE + ".tmp";
  writeFileSync(tmp, after + "\n");
  renameSync(tmp, FILE);
  console.log(`\nWrote ${FILE}. Restart the session to pick up the change.`);
}

try {
  main();
} catch (e) {
  console.error(`mcpctl: ${e.message}`);
  process.exit(1);
}
