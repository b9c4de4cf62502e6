'use strict';
const crypto = require('crypto');
const express = require('express');
const routes = require('./routes.json');
const audit = require('./audit');

const { SAMSARA_API_TOKEN, SAMSARA_WEBHOOK_SECRET, SLACK_WEBHOOK_URL } = process.env;
const app = express();
let relayed = 0;

app.use(express.raw({ type: '*/*' }));

function verify(req) {
  const ts = req.get('X-Samsara-Timestamp');
  const sig = req.get('X-Samsara-Signature') || '';
  const mac = crypto.createHmac('sha256', Buffer.from(SAMSARA_WEBHOOK_SECRET, 'base64'))
    .update(`v1:${ts}:`).update(req.body).digest('hex');
  return sig === `v1=${mac}`;
}

async function vehicleTags(id) {
  const r = await fetch(`https://api.samsara.com/fleet/vehicles/${id}`, {
    headers: { Authorization: `Bearer ${SAMSARA_API_TOKEN}` },
  });
  if (!r.ok) return [];
  const j = await r.json();
  return (j.data.tags || []).map((t) => t.name);
}

app.post('/samsara', async (req, res) => {
  if (!verify(req)) return res.sendStatus(401);
  const evt = JSON.parse(req.body.toString());
  audit.record(evt, req.headers);
  const v = evt.data?.conditions?.[0]?.details?.vehicle || {};
  const tags = await vehicleTags(v.id);
  const channel = tags.map((t) => routes[t]).find(Boolean) || routes['*'];
  await fetch(SLACK_WEBHOOK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel, text: `:rotating_light: ${evt.eventType} – ${v.name || v.id}` }),
  });
  relayed += 1;
  res.sendStatus(204);
});

app.get('/health', (_q, s) => s.json({ ok: true, relayed }));
app.listen(8787, () => console.log('samsara relay on :8787'));
