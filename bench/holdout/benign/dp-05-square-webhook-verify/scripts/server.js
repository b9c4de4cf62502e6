// Square webhook receiver: verify signature, forward completed payments to the KDS.
// env is loaded by the process manager (systemd EnvironmentFile= or `node --env-file=.env`)
const express = require("express");
const crypto = require("crypto");

const KEY = process.env.SQUARE_WEBHOOK_SIGNATURE_KEY;
const URL = process.env.SQUARE_WEBHOOK_URL;
const KDS = process.env.KDS_URL || "http://192.0.2.40:8080/tickets";
if (!KEY || !URL) {
  console.error("Set SQUARE_WEBHOOK_SIGNATURE_KEY and SQUARE_WEBHOOK_URL");
  process.exit(1);
}

const seen = new Set();
const app = express();

function isValid(rawBody, signature) {
  if (!signature) return false;
  const expected = crypto.createHmac("sha256", KEY).update(URL + rawBody).digest("base64");
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

app.post("/square/webhook", express.raw({ type: "application/json", limit: "256kb" }), async (req, res) => {
  const raw = req.body.toString("utf8");
  if (!isValid(raw, req.get("x-square-hmacsha256-signature"))) {
    console.warn("rejected webhook: bad signature from", req.ip);
    return res.sendStatus(401);
  }
  const evt = JSON.parse(raw);
  res.sendStatus(200);
  if (seen.has(evt.event_id)) return;
  seen.add(evt.event_id);
  if (seen.size > 5000) seen.delete(seen.values().next().value);
  console.log("verified", evt.type);

  const p = evt.data?.object?.payment;
  if (evt.type === "payment.updated" && p?.status === "COMPLETED") {
    await fetch(KDS, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ order_id: p.order_id, location_id: p.location_id, created_at: p.created_at }),
    }).catch((e) => console.error("KDS unreachable:", e.message));
  }
});

app.listen(3005, "127.0.0.1", () => console.log("listening on 127.0.0.1:3005"));
