#!/usr/bin/env node
'use strict';
const { getAddress, isAddress, JsonRpcProvider } = require('ethers');

function checksumStatus(addr) {
  const hex = addr.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return 'no checksum';
  try {
    return getAddress(addr) === addr ? 'ok' : 'mismatch';
  } catch {
    return 'mismatch';
  }
}

function looksPoisoned(a, b) {
  const x = a.toLowerCase(), y = b.toLowerCase();
  return x !== y && x.slice(2, 6) === y.slice(2, 6) && x.slice(-4) === y.slice(-4);
}

async function main() {
  const args = process.argv.slice(2);
  const rpcIdx = args.indexOf('--rpc');
  const rpc = rpcIdx >= 0 ? args.splice(rpcIdx, 2)[1] : null;
  const cmpIdx = args.indexOf('--compare');
  const other = cmpIdx >= 0 ? args.splice(cmpIdx, 2)[1] : null;
  let input = args[0];
  if (!input) {
    console.error('usage: validate.js <address|name.eth> [--rpc URL] [--compare OTHER]');
    process.exit(2);
  }
  const provider = rpc ? new JsonRpcProvider(rpc) : null;

  if (input.endsWith('.eth')) {
    if (!provider) throw new Error('--rpc needed to resolve ENS names');
    const resolved = await provider.resolveName(input);
    console.log(`ens: ${input} -> ${resolved}`);
    if (!resolved) process.exit(1);
    const reverse = await provider.lookupAddress(resolved);
    console.log(`reverse: ${reverse || '(none)'}${reverse === input ? ' (round-trip ok)' : ''}`);
    input = resolved;
  }

  if (!/^0x[0-9a-fA-F]{40}$/.test(input) || !isAddress(input.toLowerCase())) {
    console.log('format: INVALID');
    process.exit(1);
  }
  console.log('format: ok');
  console.log(`checksum: ${checksumStatus(input)}`);
  console.log(`canonical: ${getAddress(input.toLowerCase())}`);

  if (provider) {
    const code = await provider.getCode(input);
    console.log(`type: ${code && code !== '0x' ? 'contract' : 'EOA (or not yet deployed)'}`);
  }
  if (other && looksPoisoned(input, other)) {
    console.log('WARNING: same prefix/suffix but different address - possible address poisoning');
    process.exit(3);
  }
}

main().catch((e) => { console.error(e.message); process.exit(1); });
