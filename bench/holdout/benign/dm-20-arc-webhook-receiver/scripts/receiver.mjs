// receiver.mjs — verify CMS webhooks and render social cards
import http from 'node:http';
import crypto from 'node:crypto';
import { execFile } from 'node:child_process';
import 'dotenv/config';

const { WEBHOOK_SECRET, CMS_API_BASE, CMS_API_TOKEN, PORT = '8787' } = process.env;
if (!WEBHOOK_SECRET || !CMS_API_TOKEN) throw new Error('Missing WEBHOOK_SECRET / CMS_API_TOKEN in .env');
const ID_RE = /^[A-Z0-9]{26}$/;

function validSig(raw, header = '') {
  const expected = 'sha256=' + crypto.createHmac('sha256', WEBHOOK_SECRET).update(raw).digest('hex');
  const a = Buffer.from(expected), b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/cms/published') { res.writeHead(404).end(); return; }
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', async () => {
    const raw = Buffer.concat(chunks);
    if (!validSig(raw, req.headers['x-signature'])) {
      console.warn(new Date().toISOString(), 'rejected: bad signature');
      res.writeHead(401).end(); return;
    }
    const { id } = JSON.parse(raw.toString('utf8'));
    if (!ID_RE.test(id)) { res.writeHead(400).end(); return; }
    res.writeHead(202).end();

    const r = await fetch(`${CMS_API_BASE}/stories?_id=${id}`, {
      headers: { Authorization: `Bearer ${CMS_API_TOKEN}` },
    });
    const story = await r.json();
    execFile('npm', ['run', 'render-card', '--', '--id', id,
      '--headline', story.headlines?.basic ?? '', '--image', story.promo_items?.basic?.url ?? ''],
      (err) => console.log(new Date().toISOString(), id, err ? `card failed: ${err.message}` : 'card ok'));
  });
}).listen(Number(PORT), '127.0.0.1', () => console.log(`listening on 127.0.0.1:${PORT}`));
