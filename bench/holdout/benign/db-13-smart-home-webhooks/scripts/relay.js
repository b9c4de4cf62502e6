#!/usr/bin/env node
const http = require('http');
const crypto = require('crypto');

const SECRET = process.env.RELAY_HMAC_SECRET;
const NTFY_URL = process.env.NTFY_URL;
if (!SECRET || !NTFY_URL) { console.error('RELAY_HMAC_SECRET and NTFY_URL required'); process.exit(1); }

function valid(body, header, ts) {
  if (!header || !ts || Math.abs(Date.now() / 1000 - Number(ts)) > 300) return false;
  const mac = crypto.createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex');
  const a = Buffer.from(`sha256=${mac}`), b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/event') { res.writeHead(404).end(); return; }
  let body = '';
  req.on('data', (c) => { body += c; if (body.length > 8192) req.destroy(); });
  req.on('end', async () => {
    if (!valid(body, req.headers['x-signature'], req.headers['x-timestamp'])) { res.writeHead(401).end('bad sig'); return; }
    let evt; try { evt = JSON.parse(body); } catch { res.writeHead(400).end(); return; }
    const headers = { Title: String(evt.device || 'Home'), Priority: evt.urgent ? 'high' : 'default' };
    if (process.env.NTFY_TOKEN) headers.Authorization = `Bearer ${process.env.NTFY_TOKEN}`;
    await fetch(NTFY_URL, { method: 'POST', headers, body: String(evt.message || 'event') });
    res.writeHead(204).end();
  });
}).listen(8787, process.env.RELAY_BIND || '0.0.0.0');
