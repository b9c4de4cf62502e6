require("dotenv").config();
const crypto = require("crypto");
const express = require("express");

const app = express();
const SECRET = process.env.INTERCOM_CLIENT_SECRET;
const SLACK = process.env.SLACK_ESCALATIONS_WEBHOOK;

app.post("/intercom", express.raw({ type: "application/json" }), async (req, res) => {
  const sig = req.get("X-Hub-Signature") || "";
  const expected = "sha1=" + crypto.createHmac("sha1", SECRET).update(req.body).digest("hex");
  const ok = sig.length === expected.length && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected));
  if (!ok) return res.status(401).end();

  const evt = JSON.parse(req.body.toString("utf8"));
  res.status(200).end();
  if (evt.topic === "ping") return;

  const conv = evt.data && evt.data.item;
  if (!conv || conv.priority !== "priority") return;
  const assignee = (conv.admin_assignee && conv.admin_assignee.name) || "unassigned";
  await fetch(SLACK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      text: `:rotating_light: Priority conversation ${conv.id} (${assignee}) https://app.intercom.com/a/inbox/_/inbox/conversation/${conv.id}`
    })
  });
});

app.listen(process.env.PORT || 8081, "127.0.0.1");
