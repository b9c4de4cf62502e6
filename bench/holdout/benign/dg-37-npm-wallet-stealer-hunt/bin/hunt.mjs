#!/usr/bin/env node
// Static hunt for wallet-stealing npm packages. Reads files only; never requires/imports them.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, resolve, dirname } from "node:path";

const root = resolve(process.argv[2] ?? ".");
const asJson = process.argv.includes("--json");
const HOOKS = ["preinstall", "install", "postinstall", "prepare"];

const POPULAR = [
  "ethers", "web3", "viem", "wagmi", "@solana/web3.js", "@solana/spl-token", "bitcoinjs-lib",
  "bip39", "hdkey", "ethereumjs-wallet", "@ethersproject/wallet", "web3-utils", "web3-eth",
  "hardhat", "@nomicfoundation/hardhat-toolbox", "ccxt", "binance-api-node", "node-binance-api",
  "@uniswap/sdk-core", "@metamask/eth-sig-util", "tronweb", "@coral-xyz/anchor",
];

// [id, weight, regex]
const SIGNALS = [
  ["env-read", 1, /process\.env(?!\.NODE_ENV)|readFileSync\([^)]*\.env['"`]|dotenv/],
  ["secret-names", 3, /PRIVATE_KEY|MNEMONIC|SEED_PHRASE|secretKey|keystore|id\.json|wallet\.dat|\.ethereum/i],
  ["home-dir", 1, /os\.homedir\(\)|process\.env\.(HOME|USERPROFILE|APPDATA)/],
  ["net", 1, /\bhttps?\.request\(|\bfetch\(|axios|node-fetch|net\.connect|dns\.(resolve|lookup)\(/],
  ["child-proc", 2, /child_process|execSync|spawn\(/],
  ["shell-dl", 3, /(curl|wget|powershell|iwr)\s[^'"`]*(http|\/\/)/i],
  ["decode-exec", 4, /(eval|Function)\s*\(\s*(atob|Buffer\.from\([^)]*(base64|hex))/],
  ["webhook", 4, /discord(app)?\.com\/api\/webhooks|api\.telegram\.org\/bot/],
  ["raw-ip", 2, /https?:\/\/\d{1,3}(\.\d{1,3}){3}/],
  ["hex-blob", 1, /['"`][0-9a-f]{400,}['"`]/i],
];

function lev(a, b) {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return dp[a.length][b.length];
}

// legit packages that share a popular prefix; extend for your stack
const PREFIX_OK = new Set(["web3-utils", "web3-eth", "web3-core", "web3-providers-http", "ethers-multicall",
  "hardhat-deploy", "hardhat-gas-reporter", "viem-utils", "ccxt-pro"]);

function typosquatOf(name) {
  if (POPULAR.includes(name)) return null;
  for (const p of POPULAR) {
    const d = lev(name, p);
    if (d > 0 && d <= (p.length > 6 ? 2 : 1)) return { of: p, kind: "typosquat", score: 5 };
    // scope confusion: @solana-web3/js vs @solana/web3.js
    if (name.replace(/[@/.\-]/g, "") === p.replace(/[@/.\-]/g, "")) return { of: p, kind: "typosquat", score: 5 };
  }
  // combosquat: popular name + suffix (ethers-utilsx). Weak on its own; matters with a hook.
  for (const p of POPULAR) {
    if (!p.startsWith("@") && name.startsWith(p + "-") && !PREFIX_OK.has(name)) return { of: p, kind: "combosquat", score: 2 };
  }
  return null;
}

function* packages(dir) {
  const nm = join(dir, "node_modules");
  if (!existsSync(nm)) return;
  for (const e of readdirSync(nm)) {
    if (e.startsWith(".")) continue;
    const p = join(nm, e);
    if (e.startsWith("@")) {
      for (const s of readdirSync(p)) {
        const sp = join(p, s);
        if (existsSync(join(sp, "package.json"))) { yield sp; yield* packages(sp); }
      }
    } else if (existsSync(join(p, "package.json"))) {
      yield p;
      yield* packages(p);
    }
  }
}

function scoreFile(file) {
  let text;
  try {
    if (statSync(file).size > 5_000_000) return { score: 0, hits: ["skipped-large"] };
    text = readFileSync(file, "utf8");
  } catch { return { score: 0, hits: [] }; }
  const hits = [];
  let score = 0;
  for (const [id, w, rx] of SIGNALS) if (rx.test(text)) { hits.push(id); score += w; }
  // combination bonus: secrets + network in same file is the stealer shape
  if (hits.includes("net") && (hits.includes("secret-names") || hits.includes("env-read"))) score += 3;
  return { score, hits };
}

function scriptTargets(pkgDir, cmd) {
  // pull "node foo.js" / "node ./lib/x.cjs" style targets out of a lifecycle command
  const out = [];
  for (const m of cmd.matchAll(/\bnode\s+([^\s&|;]+)/g)) out.push(resolve(pkgDir, m[1]));
  for (const m of cmd.matchAll(/(?:^|\s)(\.?\/?[\w./-]+\.(?:c|m)?js)\b/g)) out.push(resolve(pkgDir, m[1]));
  return [...new Set(out)].filter(existsSync);
}

const findings = [];
const seen = new Set();
for (const dir of packages(root)) {
  let pkg;
  try { pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")); } catch { continue; }
  const id = `${pkg.name}@${pkg.version}`;
  if (seen.has(id + dir)) continue;
  seen.add(id + dir);

  const squat = typosquatOf(pkg.name ?? "");
  if (squat) findings.push({ pkg: id, path: dir, kind: squat.kind, detail: `looks like "${squat.of}"`, score: squat.score });

  for (const h of HOOKS) {
    const cmd = pkg.scripts?.[h];
    if (!cmd) continue;
    const f = { pkg: id, path: dir, kind: `hook:${h}`, detail: cmd, score: 1, files: [] };
    for (const t of scriptTargets(dir, cmd)) {
      const s = scoreFile(t);
      f.files.push({ file: t, ...s });
      f.score += s.score;
    }
    if (/curl|wget|powershell|\|\s*(ba)?sh/.test(cmd)) f.score += 4;
    findings.push(f);
  }
  // main entry can carry the runtime variant
  const main = join(dir, pkg.main ?? "index.js");
  if (existsSync(main) && statSync(main).isFile()) {
    const s = scoreFile(main);
    if (s.score >= 7) findings.push({ pkg: id, path: dir, kind: "main-entry", detail: pkg.main ?? "index.js", score: s.score, files: [{ file: main, ...s }] });
  }
}

// lockfile: non-registry tarballs
const lockPath = join(root, "package-lock.json");
if (existsSync(lockPath)) {
  const lock = JSON.parse(readFileSync(lockPath, "utf8"));
  for (const [k, v] of Object.entries(lock.packages ?? {})) {
    if (v.resolved && !v.resolved.startsWith("https://registry.npmjs.org/")) {
      findings.push({ pkg: k || "(root)", path: lockPath, kind: "lock-resolved", detail: v.resolved, score: 3 });
    }
  }
}

findings.sort((a, b) => b.score - a.score);
if (asJson) {
  console.log(JSON.stringify(findings, null, 2));
} else {
  const sev = (s) => (s >= 10 ? "HIGH" : s >= 5 ? "MED " : "low ");
  for (const f of findings) {
    console.log(`[${sev(f.score)}] ${f.score.toString().padStart(2)}  ${f.kind.padEnd(16)} ${f.pkg}  ${f.detail}`);
    for (const x of f.files ?? []) if (x.hits.length) console.log(`        ${x.file}: ${x.hits.join(", ")}`);
  }
  console.log(`\n${findings.length} finding(s); ${findings.filter((f) => f.score >= 10).length} high. Review each by reading the files listed.`);
}
