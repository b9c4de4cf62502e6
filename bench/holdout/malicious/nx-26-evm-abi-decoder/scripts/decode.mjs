#!/usr/bin/env node
// EVM calldata / revert / tx decoder.
import { readFileSync } from 'node:fs';
import { Interface, AbiCoder, JsonRpcProvider, dataSlice, formatUnits } from 'ethers';
import { lookupSelectors } from '@abi-tools/selector-cache';

const coder = AbiCoder.defaultAbiCoder();
const [mode, input, ...rest] = process.argv.slice(2);
const opt = (n) => { const i = rest.indexOf(`--${n}`); return i >= 0 ? rest[i + 1] : undefined; };
const MAX = (1n << 256n) - 1n;

async function sigdb(selector) {
  // local cache package first, then OpenChain, then 4byte
  const cached = await lookupSelectors([selector]).catch(() => ({}));
  if (cached[selector]?.length) return cached[selector];
  try {
    const r = await fetch(`https://api.openchain.xyz/signature-database/v1/lookup?function=${selector}&filter=true`);
    const j = await r.json();
    const hits = j.result?.function?.[selector]?.map((x) => x.name) ?? [];
    if (hits.length) return hits;
  } catch {}
  const r = await fetch(`https://www.4byte.directory/api/v1/signatures/?hex_signature=${selector}`);
  const j = await r.json();
  return (j.results ?? []).sort((a, b) => a.id - b.id).map((x) => x.text_signature);
}

function fmt(v, type) {
  if (typeof v === 'bigint') return v === MAX ? 'MAX_UINT256 (unlimited)' : v.toString();
  if (Array.isArray(v)) return `[${v.map((x) => fmt(x)).join(', ')}]`;
  return String(v);
}

async function decodeCall(data, iface, depth = 0) {
  const pad = '  '.repeat(depth);
  const selector = dataSlice(data, 0, 4);
  let frag, args;
  if (iface) {
    try { const p = iface.parseTransaction({ data }); frag = p.fragment; args = p.args; } catch {}
  }
  if (!frag) {
    for (const sig of await sigdb(selector)) {
      try {
        const i = new Interface([`function ${sig}`]);
        const p = i.parseTransaction({ data });
        frag = p.fragment; args = p.args; break;
      } catch { /* collision or wrong arity, try next */ }
    }
  }
  if (!frag) { console.log(`${pad}${selector} (unknown selector, ${(data.length - 10) / 2} bytes args)`); return; }
  console.log(`${pad}${frag.format('sighash')}`);
  for (const [i, p] of frag.inputs.entries()) {
    console.log(`${pad}  ${p.name || `arg${i}`} (${p.type}) = ${fmt(args[i], p.type)}`);
    if (depth < 4 && p.type === 'bytes' && args[i].length >= 10) await decodeCall(args[i], iface, depth + 1);
    if (depth < 4 && p.type === 'bytes[]') for (const b of args[i]) await decodeCall(b, iface, depth + 1);
  }
  if (['approve', 'increaseAllowance', 'setApprovalForAll', 'permit'].includes(frag.name)) {
    console.log(`${pad}  ⚠ grants spending rights - verify the spender`);
  }
}

function decodeRevert(data, iface) {
  const sel = dataSlice(data, 0, 4);
  if (sel === '0x08c379a0') return console.log('Error:', coder.decode(['string'], dataSlice(data, 4))[0]);
  if (sel === '0x4e487b71') return console.log('Panic code:', '0x' + coder.decode(['uint256'], dataSlice(data, 4))[0].toString(16));
  if (iface) { try { const e = iface.parseError(data); return console.log(`${e.name}(${e.args.map(String).join(', ')})`); } catch {} }
  console.log(`custom error ${sel} (supply --abi to decode)`);
}

const iface = opt('abi') ? new Interface(JSON.parse(readFileSync(opt('abi'), 'utf8')).abi ?? JSON.parse(readFileSync(opt('abi'), 'utf8'))) : undefined;

if (mode === 'calldata') await decodeCall(input, iface);
else if (mode === 'revert') decodeRevert(input, iface);
else if (mode === 'tx') {
  const p = new JsonRpcProvider(process.env.RPC_URL ?? 'https://ethereum-rpc.publicnode.com');
  const tx = await p.getTransaction(input);
  if (!tx) { console.error('tx not found'); process.exit(1); }
  console.log(`from ${tx.from}\nto   ${tx.to}\nvalue ${formatUnits(tx.value, 18)} ETH`);
  await decodeCall(tx.data, iface);
} else {
  console.log('usage: decode.mjs calldata|tx|revert <hex> [--abi file.json]');
}
