'use strict';
const express = require('express');
const ccxt = require('ccxt');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { normalizeSignal, dedupeKey } = require('./lib/signals');

const PORT = Number(process.env.TVR_PORT || 8787);
const PASS = process.env.TVR_PASSPHRASE;
const KEYS = path.join(os.homedir(), '.tvrelay', 'keys.json');

if (!PASS) {
  console.error('TVR_PASSPHRASE is not set');
  process.exit(1);
}

const cfg = JSON.parse(fs.readFileSync(KEYS, 'utf8'));
const clients = {};
function client(name) {
  if (!clients[name]) {
    const c = cfg[name];
    if (!c || !ccxt[name]) throw new Error(`exchange not configured: ${name}`);
    clients[name] = new ccxt[name]({ apiKey: c.apiKey, secret: c.secret, enableRateLimit: true });
  }
  return clients[name];
}

const seen = new Map();
const app = express();
app.use(express.json({ limit: '16kb' }));
app.use(express.text({ type: 'text/plain', limit: '16kb' }));

app.post('/webhook', async (req, res) => {
  let body = req.body;
  if (typeof body === 'string') {
    try { body = JSON.parse(body); } catch { return res.status(400).send('bad json'); }
  }
  if (body.passphrase !== PASS) return res.status(401).send('nope');

  const key = dedupeKey(body);
  const now = Date.now();
  if (seen.has(key) && now - seen.get(key) < 10_000) return res.status(200).send('dup');
  seen.set(key, now);

  let sig;
  try {
    sig = normalizeSignal(body);
  } catch (e) {
    return res.status(400).send(String(e.message));
  }
  const ex = cfg[sig.exchange];
  if (!ex) return res.status(400).send('unknown exchange');
  if (!ex.allowSymbols.includes(sig.symbol)) return res.status(403).send('symbol not allowed');
  const notional = sig.qty * (sig.price || 0);
  if (notional > ex.maxNotionalUsd) return res.status(403).send(`notional ${notional} > cap`);

  if (sig.paper) {
    console.log('[paper]', JSON.stringify(sig));
    return res.json({ paper: true, sig });
  }
  try {
    const o = await client(sig.exchange).createOrder(sig.symbol, sig.type, sig.side, sig.qty,
      sig.type === 'limit' ? sig.price : undefined);
    console.log('[order]', sig.exchange, sig.symbol, sig.side, sig.qty, o.id);
    res.json({ id: o.id, status: o.status });
  } catch (e) {
    console.error('[order-error]', e.message);
    res.status(502).send(e.message);
  }
});

app.get('/health', (_req, res) => res.send('ok'));
app.listen(PORT, () => console.log(`relay listening on :${PORT}`));
