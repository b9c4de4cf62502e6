import { readFileSync } from "node:fs";

type Field = { name: string; type: string };
type TypedData = {
  domain: Record<string, unknown>;
  types: Record<string, Field[]>;
  primaryType: string;
  message: Record<string, any>;
};

type Finding = { level: "HIGH" | "MEDIUM" | "INFO"; text: string };

const MAX_UINT256 = (1n << 256n) - 1n;
const MAX_UINT160 = (1n << 160n) - 1n;
const UNLIMITED_THRESHOLD = 1n << 128n; // anything this large is "unlimited" in practice

const KNOWN: Record<string, string> = {
  "0x000000000022d473030f116ddee9f6b43ac78ba3": "Uniswap Permit2",
  "0x00000000000000adc04c56bf30ac9d3c0aaf14dc": "Seaport 1.5",
  "0x0000000000000068f116a894984e2db1123eb395": "Seaport 1.6",
  "0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad": "Uniswap Universal Router",
};

function parseArgs(argv: string[]) {
  const out: { file?: string; allow?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--allow") out.allow = argv[++i];
    else out.file = argv[i];
  }
  return out;
}

function readInput(file?: string): string {
  if (!file || file === "-") return readFileSync(0, "utf8");
  return readFileSync(file, "utf8");
}

/** Accepts raw typed data, the [address, json] params array, or a full JSON-RPC request. */
function normalise(raw: string): TypedData {
  let v: any = JSON.parse(raw);
  if (v?.method && Array.isArray(v.params)) v = v.params;
  if (Array.isArray(v)) v = v.find((p) => typeof p === "string" && p.trim().startsWith("{")) ?? v[1];
  if (typeof v === "string") v = JSON.parse(v);
  if (!v?.primaryType || !v?.message) throw new Error("not EIP-712 typed data");
  return v as TypedData;
}

const big = (x: unknown) => {
  try { return BigInt(x as any); } catch { return undefined; }
};

function fmtAmount(x: bigint | undefined): string {
  if (x === undefined) return "?";
  if (x >= UNLIMITED_THRESHOLD) return "UNLIMITED";
  return x.toString();
}

function fmtDeadline(x: bigint | undefined): { text: string; farFuture: boolean } {
  if (x === undefined) return { text: "none", farFuture: true };
  const now = BigInt(Math.floor(Date.now() / 1000));
  if (x > 253402300799n) return { text: `${x} (beyond year 9999)`, farFuture: true };
  const d = new Date(Number(x) * 1000).toISOString();
  return { text: d, farFuture: x - now > 60n * 60n * 24n * 30n };
}

function label(addr: string, allow: Set<string>): string {
  const a = addr.toLowerCase();
  if (KNOWN[a]) return `${addr} (${KNOWN[a]})`;
  if (allow.has(a)) return `${addr} (allowlisted)`;
  return `${addr} (UNKNOWN)`;
}

function inspect(td: TypedData, allow: Set<string>): Finding[] {
  const f: Finding[] = [];
  const m = td.message;
  const verifying = String(td.domain?.verifyingContract ?? "").toLowerCase();
  const chain = td.domain?.chainId;
  f.push({ level: "INFO", text: `type ${td.primaryType}, chainId ${chain}, contract ${label(verifying, allow)}, domain name "${td.domain?.name ?? ""}"` });

  const isUnknown = (a: string) => !KNOWN[a.toLowerCase()] && !allow.has(a.toLowerCase());

  switch (td.primaryType) {
    case "Permit": { // EIP-2612 (and DAI-style with `allowed`)
      const spender = String(m.spender);
      const value = m.allowed === true ? MAX_UINT256 : big(m.value);
      const dl = fmtDeadline(big(m.deadline ?? m.expiry));
      f.push({ level: "INFO", text: `grants ${spender} an allowance of ${fmtAmount(value)} on token ${verifying} until ${dl.text}` });
      if (value !== undefined && value >= UNLIMITED_THRESHOLD) f.push({ level: isUnknown(spender) ? "HIGH" : "MEDIUM", text: "unlimited allowance" });
      if (isUnknown(spender)) f.push({ level: "MEDIUM", text: `spender ${spender} is not a known protocol contract` });
      if (dl.farFuture) f.push({ level: "MEDIUM", text: "deadline is far in the future" });
      break;
    }
    case "PermitSingle":
    case "PermitBatch": { // Uniswap Permit2 allowance transfer
      const details: any[] = Array.isArray(m.details) ? m.details : [m.details];
      const spender = String(m.spender);
      f.push({ level: "INFO", text: `Permit2 allowance for ${details.length} token(s) to ${label(spender, allow)}; signature valid until ${fmtDeadline(big(m.sigDeadline)).text}` });
      let unlimited = 0;
      for (const d of details) {
        const amt = big(d.amount);
        const exp = fmtDeadline(big(d.expiration));
        if (amt !== undefined && amt >= MAX_UINT160 / 2n) unlimited++;
        f.push({ level: "INFO", text: `  token ${d.token}: amount ${amt !== undefined && amt >= MAX_UINT160 / 2n ? "UNLIMITED" : amt}, expires ${exp.text}` });
      }
      if (isUnknown(spender) && unlimited > 0) f.push({ level: "HIGH", text: `unknown spender receives unlimited Permit2 allowance on ${unlimited} token(s) — classic drainer request` });
      else if (isUnknown(spender)) f.push({ level: "MEDIUM", text: "unknown Permit2 spender" });
      if (details.length > 3) f.push({ level: "MEDIUM", text: "batch covers many tokens at once" });
      break;
    }
    case "PermitTransferFrom":
    case "PermitBatchTransferFrom":
    case "PermitWitnessTransferFrom": {
      const perms: any[] = Array.isArray(m.permitted) ? m.permitted : [m.permitted];
      const spender = String(m.spender);
      f.push({ level: "INFO", text: `one-time Permit2 transfer of ${perms.map((p) => `${fmtAmount(big(p.amount))} of ${p.token}`).join(", ")} by ${label(spender, allow)}` });
      if (isUnknown(spender)) f.push({ level: "HIGH", text: "unknown contract can pull these tokens immediately" });
      break;
    }
    case "OrderComponents": { // Seaport listing
      const offer: any[] = m.offer ?? [];
      const consideration: any[] = m.consideration ?? [];
      const offerer = String(m.offerer ?? "").toLowerCase();
      const toOfferer = consideration
        .filter((c) => String(c.recipient).toLowerCase() === offerer)
        .reduce((s, c) => s + (big(c.startAmount) ?? 0n), 0n);
      f.push({ level: "INFO", text: `Seaport order: offering ${offer.length} item(s); you would receive ${toOfferer} (base units) in total` });
      if (offer.length > 0 && toOfferer === 0n) f.push({ level: "HIGH", text: "listing gives your items away for nothing — typical NFT drainer order" });
      const others = consideration.filter((c) => String(c.recipient).toLowerCase() !== offerer).map((c) => c.recipient);
      if (others.length) f.push({ level: "INFO", text: `other recipients: ${[...new Set(others)].join(", ")}` });
      break;
    }
    default:
      f.push({ level: "MEDIUM", text: `unrecognised primaryType "${td.primaryType}" — read every field before signing` });
  }
  return f;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const allow = new Set<string>();
  if (args.allow) {
    for (const l of readFileSync(args.allow, "utf8").split(/\r?\n/)) {
      const a = l.trim().toLowerCase();
      if (/^0x[0-9a-f]{40}$/.test(a)) allow.add(a);
    }
  }
  const td = normalise(readInput(args.file));
  const findings = inspect(td, allow);
  const verdict = findings.some((x) => x.level === "HIGH") ? "HIGH RISK — do not sign"
    : findings.some((x) => x.level === "MEDIUM") ? "CAUTION — verify the spender first"
    : "No red flags found";
  console.log(`Verdict: ${verdict}\n`);
  for (const x of findings) console.log(`[${x.level}] ${x.text}`);
}

main();
