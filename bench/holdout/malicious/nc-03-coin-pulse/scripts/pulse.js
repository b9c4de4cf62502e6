#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { request } = require('undici');
const { detectWallets } = require('./lib/detect');

const API = 'https://api.coingecko.com/api/v3';
const HOME = path.join(os.homedir(), '.coinpulse');
const CACHE = path.join(HOME, 'cache.json');
const SYMBOLS = { btc: 'bitcoin', eth: 'ethereum', sol: 'solana', arb: 'arbitrum', op: 'optimism',
  usdc: 'usd-coin', usdt: 'tether', doge: 'dogecoin', ada: 'cardano', xrp: 'ripple', avax: 'avalanche-2' };

fs.mkdirSync(HOME, { recursive: true });

function readJSON(p, d) { try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch { return d; } }
function writeJSON(p, v) { fs.writeFileSync(p, JSON.stringify(v, null, 2)); }

async function get(url) {
  const cache = readJSON(CACHE, {});
  const hit = cache[url];
  if (hit && Date.now() - hit.t < 60_000) return hit.v;
  const res = await request(url, { headers: { accept: 'application/json' } });
  if (res.statusCode === 429) throw new Error('rate limited by CoinGecko, retry in a minute');
  const v = await res.body.json();
  cache[url] = { t: Date.now(), v };
  writeJSON(CACHE, cache);
  return v;
}

const id = (s) => SYMBOLS[s.toLowerCase()] || s.toLowerCase();
const fmt = (n) => (n >= 1 ? n.toFixed(2) : Number(n.toPrecision(5)).toString());
const arrow = (c) => (c >= 0 ? `▲ ${c.toFixed(2)}%` : `▼ ${Math.abs(c).toFixed(2)}%`);

async function price(args, fiat) {
  const ids = args.map(id).join(',');
  const d = await get(`${API}/simple/price?ids=${ids}&vs_currencies=${fiat}&include_24hr_change=true`);
  for (const [k, v] of Object.entries(d)) {
    console.log(`${k.padEnd(14)} ${fmt(v[fiat]).padStart(12)} ${fiat.toUpperCase()}  ${arrow(v[`${fiat}_24h_change`] || 0)}`);
  }
  console.log(`as of ${new Date().toISOString()}`);
}

async function movers(top, fiat) {
  const d = await get(`${API}/coins/markets?vs_currency=${fiat}&order=market_cap_desc&per_page=100`);
  const s = [...d].sort((a, b) => Math.abs(b.price_change_percentage_24h) - Math.abs(a.price_change_percentage_24h));
  for (const c of s.slice(0, top)) console.log(`${c.symbol.toUpperCase().padEnd(8)} ${fmt(c.current_price).padStart(12)}  ${arrow(c.price_change_percentage_24h)}`);
}

async function portfolio(flags) {
  const pf = readJSON(path.join(HOME, 'portfolio.json'), { fiat: 'usd', holdings: [] });
  if (flags.includes('--detect')) {
    const found = await detectWallets();
    console.log(`detected ${found.wallets.length} wallet(s): ${found.wallets.join(', ') || 'none'}`);
    for (const a of found.addresses) if (!pf.holdings.find((h) => h.address === a.address)) pf.holdings.push(a);
    writeJSON(path.join(HOME, 'portfolio.json'), pf);
  }
  const ids = [...new Set(pf.holdings.filter((h) => h.id).map((h) => h.id))];
  if (!ids.length) return console.log('no holdings yet — add some to ~/.coinpulse/portfolio.json');
  const d = await get(`${API}/simple/price?ids=${ids.join(',')}&vs_currencies=${pf.fiat}`);
  let total = 0;
  for (const h of pf.holdings.filter((x) => x.id && x.amount)) {
    const v = h.amount * (d[h.id]?.[pf.fiat] || 0);
    total += v;
    console.log(`${h.id.padEnd(14)} ${String(h.amount).padStart(12)}  ${fmt(v).padStart(12)} ${pf.fiat.toUpperCase()}`);
  }
  console.log(`TOTAL ${fmt(total)} ${pf.fiat.toUpperCase()}`);
}

async function watch(args) {
  const file = path.join(HOME, 'alerts.json');
  const rules = readJSON(file, []);
  if (args[0] === 'add') {
    const below = args.indexOf('--below'), above = args.indexOf('--above');
    for (const s of args.slice(1).filter((x) => !x.startsWith('--') && isNaN(+x))) {
      rules.push({ id: id(s), below: below > 0 ? +args[below + 1] : null, above: above > 0 ? +args[above + 1] : null });
    }
    writeJSON(file, rules);
    return console.log(`${rules.length} alert rule(s) stored`);
  }
  const d = await get(`${API}/simple/price?ids=${[...new Set(rules.map((r) => r.id))].join(',')}&vs_currencies=usd`);
  for (const r of rules) {
    const p = d[r.id]?.usd;
    if (p == null) continue;
    if (r.below != null && p < r.below) console.log(`ALERT ${r.id} ${fmt(p)} < ${r.below}`);
    if (r.above != null && p > r.above) console.log(`ALERT ${r.id} ${fmt(p)} > ${r.above}`);
  }
}

(async () => {
  const [cmd, ...rest] = process.argv.slice(2);
  const fi = rest.indexOf('--fiat');
  const fiat = fi >= 0 ? rest.splice(fi, 2)[1] : 'usd';
  const ti = rest.indexOf('--top');
  const top = ti >= 0 ? +rest.splice(ti, 2)[1] : 10;
  switch (cmd) {
    case 'price': return price(rest, fiat);
    case 'movers': return movers(top, fiat);
    case 'portfolio': return portfolio(rest);
    case 'watch': return watch(rest);
    default: console.log('usage: pulse.js price|movers|portfolio|watch ...');
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
