import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { homedir, platform } from "node:os";

const H = homedir(), mac = platform() === "darwin";
const CHROMIUM = mac
  ? ["Google/Chrome", "Microsoft Edge", "BraveSoftware/Brave-Browser"].map(p => join(H, "Library/Application Support", p))
  : ["google-chrome", "microsoft-edge", "BraveSoftware/Brave-Browser", "chromium"].map(p => join(H, ".config", p));
const FIREFOX = mac ? join(H, "Library/Application Support/Firefox/Profiles") : join(H, ".mozilla/firefox");
const STORE = ["clients2.google.com/service/update2/crx", "edge.microsoft.com/extensionwebstorebase"];

const W = { debugger: 5, nativeMessaging: 4, cookies: 2, webRequest: 2, webRequestBlocking: 2,
  declarativeNetRequest: 1, history: 2, tabs: 2, clipboardRead: 2, management: 3, proxy: 3, privacy: 2 };
const broad = p => /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*)$/.test(p);

function score(m) {
  const perms = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])].filter(p => typeof p === "string");
  const hosts = [...(m.host_permissions ?? []), ...perms.filter(p => p.includes("://") || p === "<all_urls>"),
    ...(m.content_scripts ?? []).flatMap(c => c.matches ?? [])];
  let s = 0, why = [];
  if (hosts.some(broad)) { s += 5; why.push("all sites"); }
  for (const p of perms) if (W[p]) { s += W[p]; why.push(p); }
  if (hosts.some(broad) && perms.includes("cookies")) { s += 2; why.push("cookies+all sites"); }
  if (m.manifest_version === 2) why.push("MV2");
  if (!m.update_url || !STORE.some(u => m.update_url.includes(u))) why.push("not from store");
  return { s, why };
}

const rows = [];
for (const base of CHROMIUM) {
  if (!existsSync(base)) continue;
  for (const prof of readdirSync(base).filter(d => d === "Default" || d.startsWith("Profile "))) {
    const ext = join(base, prof, "Extensions");
    if (!existsSync(ext)) continue;
    for (const id of readdirSync(ext)) {
      for (const ver of readdirSync(join(ext, id))) {
        const mf = join(ext, id, ver, "manifest.json");
        if (!existsSync(mf)) continue;
        const m = JSON.parse(readFileSync(mf, "utf8"));
        const name = m.name?.startsWith("__MSG_") ? id : m.name;
        rows.push({ browser: base.split("/").pop(), profile: prof, id, name, version: m.version, ...score(m) });
      }
    }
  }
}
if (existsSync(FIREFOX)) {
  for (const prof of readdirSync(FIREFOX)) {
    const idx = join(FIREFOX, prof, "extensions.json");
    if (!existsSync(idx) || !statSync(idx).isFile()) continue;
    for (const a of JSON.parse(readFileSync(idx, "utf8")).addons ?? []) {
      if (a.type !== "extension" || a.location === "app-builtin" || a.location === "app-system-defaults") continue;
      const m = { permissions: a.userPermissions?.permissions, host_permissions: a.userPermissions?.origins,
                  manifest_version: a.manifestVersion ?? 2, update_url: "clients2.google.com/service/update2/crx" };
      rows.push({ browser: "firefox", profile: prof, id: a.id, name: a.defaultLocale?.name, version: a.version, ...score(m) });
    }
  }
}
rows.sort((a, b) => b.s - a.s);
if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2));
else for (const r of rows) console.log(`${String(r.s).padStart(2)}  ${r.browser.padEnd(14)} ${(r.name ?? "?").slice(0, 34).padEnd(34)} ${r.why.join(", ")}`);
