#!/usr/bin/env node
// Decode EVM calldata and logs. Read-only.
import { readFileSync } from "node:fs";
import { Contract, Interface, JsonRpcProvider, MaxUint256, formatUnits, getAddress } from "ethers";

const argv = process.argv.slice(2);
const mode = argv[0];
const input = argv[1];
const flag = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const asJson = argv.includes("--json");

if (!["tx", "data"].includes(mode) || !input) {
  console.error("usage: decode.mjs tx <hash> | data <calldata> [--to addr] [--abi file] [--json]");
  process.exit(2);
}

const RPC = process.env.ETH_RPC_URL;
const provider = RPC ? new JsonRpcProvider(RPC) : null;
const ERC20 = new Interface(JSON.parse(readFileSync(new URL("./abis/erc20.json", import.meta.url))));
const abiCache = new Map();

async function fetchAbi(address, chainId) {
  const key = `${chainId}:${address.toLowerCase()}`;
  if (abiCache.has(key)) return abiCache.get(key);
  const apikey = process.env.ETHERSCAN_API_KEY;
  if (!apikey) return null;
  const url = new URL("https://api.etherscan.io/v2/api");
  url.search = new URLSearchParams({ chainid: String(chainId), module: "contract", action: "getabi", address, apikey });
  const res = await fetch(url);
  const body = await res.json();
  const abi = body.status === "1" ? JSON.parse(body.result) : null;
  // follow EIP-1967 proxies: decode against the implementation's ABI
  let iface = abi ? new Interface(abi) : null;
  if (provider) {
    const slot = "0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc";
    const raw = await provider.getStorage(address, slot).catch(() => "0x");
    const impl = raw && BigInt(raw) !== 0n ? getAddress("0x" + raw.slice(-40)) : null;
    if (impl) {
      const implIface = await fetchAbi(impl, chainId);
      if (implIface) iface = implIface;
    }
  }
  abiCache.set(key, iface);
  return iface;
}

async function fourByte(selector) {
  const r = await fetch(`https://www.4byte.directory/api/v1/signatures/?hex_signature=${selector}&ordering=created_at`);
  if (!r.ok) return [];
  const j = await r.json();
  return j.results.map((x) => x.text_signature);
}

const tokenMeta = new Map();
async function token(address) {
  if (!provider) return null;
  if (tokenMeta.has(address)) return tokenMeta.get(address);
  const c = new Contract(address, ERC20, provider);
  const meta = await Promise.all([c.symbol(), c.decimals()])
    .then(([symbol, decimals]) => ({ symbol, decimals: Number(decimals) }))
    .catch(() => null);
  tokenMeta.set(address, meta);
  return meta;
}

const short = (a) => `${a.slice(0, 6)}…${a.slice(-4)}`;

function riskNotes(fn, args, from, tokenInfo) {
  const notes = [];
  const name = fn.name;
  const sym = tokenInfo?.symbol ?? "tokens";
  if (name === "approve" || name === "increaseAllowance") {
    const amt = BigInt(args[1]);
    if (amt >= MaxUint256 / 2n) notes.push(`unlimited ${sym} approval to ${args[0]}`);
    else if (amt > 0n) notes.push(`approval of ${tokenInfo ? formatUnits(amt, tokenInfo.decimals) : amt} ${sym} to ${args[0]}`);
  }
  if (name === "setApprovalForAll" && args[1] === true) {
    notes.push(`grants ${args[0]} control of ALL NFTs in this collection`);
  }
  if (name === "permit" || /^permit(Transfer|Batch|Single)/.test(name)) {
    notes.push(`off-chain permit being used/submitted for spender ${args[1] ?? "?"} - check the deadline and amount`);
  }
  if (name === "transferFrom" && from && args[0]?.toLowerCase?.() !== from.toLowerCase()) {
    notes.push(`moves tokens out of ${args[0]}, not the sender's own wallet`);
  }
  return notes;
}

async function decodeCall(data, to, from, chainId) {
  const selector = data.slice(0, 10);
  let iface = flag("--abi") ? new Interface(JSON.parse(readFileSync(flag("--abi"), "utf8"))) : null;
  if (!iface && to && chainId) iface = await fetchAbi(to, chainId);
  const tryIfaces = [iface, ERC20].filter(Boolean);
  for (const i of tryIfaces) {
    const parsed = i.parseTransaction({ data });
    if (!parsed) continue;
    const tInfo = to ? await token(to) : null;
    const out = {
      signature: parsed.signature,
      guessed: false,
      args: parsed.fragment.inputs.map((inp, k) => ({ name: inp.name, type: inp.type, value: parsed.args[k] })),
      risk: riskNotes(parsed.fragment, parsed.args, from, tInfo),
      token: tInfo,
    };
    // multicall(bytes[]) -> decode inner calls too
    if (/^multicall/.test(parsed.name)) {
      const inner = parsed.args.find((a) => Array.isArray(a)) ?? [];
      out.inner = [];
      for (const d of inner) out.inner.push(await decodeCall(d, to, from, chainId));
      out.risk.push(...out.inner.flatMap((x) => x.risk ?? []));
    }
    return out;
  }
  const candidates = await fourByte(selector);
  return { signature: null, guessed: true, selector, candidates, risk: [] };
}

async function decodeLogs(logs, chainId) {
  const out = [];
  for (const log of logs) {
    const iface = (await fetchAbi(log.address, chainId)) ?? ERC20;
    let parsed = null;
    try { parsed = iface.parseLog(log); } catch { /* unknown event */ }
    if (!parsed && iface !== ERC20) { try { parsed = ERC20.parseLog(log); } catch { /* still unknown */ } }
    out.push(parsed
      ? { address: log.address, event: parsed.signature,
          args: parsed.fragment.inputs.map((inp, k) => ({ name: inp.name, value: parsed.args[k] })) }
      : { address: log.address, event: null, topic0: log.topics[0] });
  }
  return out;
}

function fmt(v) {
  if (typeof v === "bigint") return v === MaxUint256 ? `${v} (MAX_UINT256)` : v.toString();
  if (Array.isArray(v)) return `[${v.map(fmt).join(", ")}]`;
  return String(v);
}

function printCall(c, indent = "") {
  if (c.guessed) {
    console.log(`${indent}function  UNKNOWN selector ${c.selector}`);
    console.log(`${indent}  4byte candidates (unverified guess): ${c.candidates.join(" | ") || "none"}`);
    return;
  }
  console.log(`${indent}function  ${c.signature}`);
  for (const a of c.args) {
    let extra = "";
    if (c.token && a.type === "uint256" && typeof a.value === "bigint" && a.value !== MaxUint256) {
      extra = `  (= ${formatUnits(a.value, c.token.decimals)} ${c.token.symbol})`;
    }
    console.log(`${indent}  ${a.name || "_"}  ${fmt(a.value)}${extra}`);
  }
  for (const i of c.inner ?? []) printCall(i, indent + "    ");
}

async function main() {
  const chainId = provider ? Number((await provider.getNetwork()).chainId) : 1;
  let result;
  if (mode === "tx") {
    if (!provider) throw new Error("ETH_RPC_URL is required for tx mode");
    const tx = await provider.getTransaction(input);
    if (!tx) throw new Error("transaction not found on this chain");
    const rcpt = await provider.getTransactionReceipt(input);
    result = {
      chainId, hash: tx.hash, from: tx.from, to: tx.to, value: tx.value,
      status: rcpt ? (rcpt.status === 1 ? "success" : "reverted") : "pending",
      call: tx.data && tx.data !== "0x" ? await decodeCall(tx.data, tx.to, tx.from, chainId) : null,
      logs: rcpt ? await decodeLogs(rcpt.logs, chainId) : [],
    };
  } else {
    const to = flag("--to");
    result = { chainId, call: await decodeCall(input, to, flag("--from"), chainId), logs: [] };
  }

  if (asJson) {
    console.log(JSON.stringify(result, (_, v) => (typeof v === "bigint" ? v.toString() : v), 2));
    return;
  }
  if (result.hash) {
    console.log(`tx ${result.hash} on chain ${chainId}: ${result.status}`);
    console.log(`from ${result.from} → to ${result.to}  value ${formatUnits(result.value, 18)} ETH`);
  }
  if (result.call) printCall(result.call);
  for (const l of result.logs) {
    if (l.event) console.log(`event ${l.event} @ ${short(l.address)}  ${l.args.map((a) => `${a.name}=${fmt(a.value)}`).join(" ")}`);
    else console.log(`event <unknown ${l.topic0}> @ ${short(l.address)}`);
  }
  for (const r of result.call?.risk ?? []) console.log(`RISK: ${r}`);
}

main().catch((e) => {
  console.error(e.shortMessage ?? e.message);
  process.exit(1);
});
