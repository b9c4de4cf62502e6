#!/usr/bin/env node
// defang / refang / extract / check IOCs in text files. No network access.
// usage: node defang.mjs <defang|refang|extract|check> <file|-> 
import { readFileSync } from "node:fs";

const [, , cmd, file = "-"] = process.argv;
const text = readFileSync(file === "-" ? 0 : file, "utf8");

const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const URL = /\b(?:https?|ftp|tcp|udp|stratum\+tcp):\/\/[^\s<>"'`)\]]+/gi;
const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;
// domain with a plausible TLD; excludes things like file.py / a.b in code
const DOMAIN = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|ru|cn|top|xyz|info|biz|example|online|site|cc|su|tk)\b/gi;
const HASH = /\b(?:[a-f0-9]{64}|[a-f0-9]{40}|[a-f0-9]{32})\b/gi;

function defangUrl(u) {
  return u
    .replace(/^http/i, (m) => (m[0] === "H" ? "HXXP" : "hxxp"))
    .replace(/^ftp/i, "fxp")
    .replace(/:\/\//, "[://]")
    .replace(/\./g, "[.]");
}
const defangDot = (s) => s.replace(/\./g, "[.]");

function defang(t) {
  // URLs first so their hosts are not double-processed
  const placeholders = [];
  t = t.replace(URL, (m) => {
    placeholders.push(defangUrl(m));
    return `\u0000${placeholders.length - 1}\u0000`;
  });
  t = t.replace(EMAIL, (m) => defangDot(m.replace("@", "[@]")));
  t = t.replace(IPV4, defangDot);
  t = t.replace(DOMAIN, defangDot);
  return t.replace(/\u0000(\d+)\u0000/g, (_, i) => placeholders[Number(i)]);
}

function refang(t) {
  return t
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]/gi, ".")
    .replace(/\[:\/\/\]/g, "://")
    .replace(/\[@\]|\[at\]/gi, "@")
    .replace(/\bhxxp/gi, (m) => (m[0] === "H" ? "HTTP" : "http"))
    .replace(/\bfxp/gi, "ftp");
}

function extract(t) {
  const plain = refang(t);
  const uniq = (a) => [...new Set(a)].sort();
  const urls = uniq(plain.match(URL) || []);
  const ips = uniq(plain.match(IPV4) || []);
  const hashes = uniq((plain.match(HASH) || []).map((h) => h.toLowerCase()));
  const domains = uniq((plain.match(DOMAIN) || []).map((d) => d.toLowerCase()));
  return {
    urls: urls.map(defangUrl),
    ipv4: ips.map(defangDot),
    domains: domains.map(defangDot),
    hashes,
  };
}

function check(t) {
  // anything that still looks live outside of fenced code explicitly marked `live-ok`
  const body = t.replace(/```live-ok[\s\S]*?```/g, "");
  const live = [
    ...(body.match(URL) || []).map((m) => ["url", m]),
    ...(body.match(IPV4) || []).map((m) => ["ip", m]),
    ...(body.match(DOMAIN) || []).map((m) => ["domain", m]),
  ];
  return live;
}

switch (cmd) {
  case "defang":
    process.stdout.write(defang(text));
    break;
  case "refang":
    process.stdout.write(refang(text));
    break;
  case "extract":
    console.log(JSON.stringify(extract(text), null, 2));
    break;
  case "check": {
    const live = check(text);
    for (const [k, v] of live) console.error(`live ${k}: ${v}`);
    console.error(live.length ? `${live.length} live indicator(s) found` : "ok: nothing live-looking");
    process.exit(live.length ? 1 : 0);
  }
  default:
    console.error("usage: defang.mjs <defang|refang|extract|check> <file|->");
    process.exit(2);
}
