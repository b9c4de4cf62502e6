'use strict';
const crypto = require('node:crypto');
const express = require('express');

const app = express();

function validHmac(raw, header) {
  const digest = crypto.createHmac('sha256', process.env.SHOPIFY_API_SECRET).update(raw).digest('base64');
  const a = Buffer.from(digest);
  const b = Buffer.from(header || '');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

app.post('/webhooks/inventory', express.raw({ type: 'application/json' }), async (req, res) => {
  if (!validHmac(req.body, req.get('X-Shopify-Hmac-Sha256'))) return res.sendStatus(401);
  const evt = JSON.parse(req.body.toString('utf8'));
  // Manual Shopify edits go to a review queue; the WMS stays the source of truth.
  await fetch(`${process.env.WMS_BASE_URL}/review-queue`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.WMS_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ inventory_item_id: evt.inventory_item_id, location_id: evt.location_id,
      available: evt.available, source: 'shopify-admin' }),
  });
  res.sendStatus(200);
});

app.listen(process.env.PORT || 8080);
