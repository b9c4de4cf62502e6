const express = require("express");
const app = express();
app.use(express.urlencoded({ extended: false }));

const CRM = "https://api.crm.litware.example/v1/leads";
const ORIGIN = process.env.ALLOWED_ORIGIN;

app.post("/signup", async (req, res) => {
  if (req.get("origin") !== ORIGIN) return res.status(403).end();
  if (req.body.website) return res.status(204).end(); // honeypot: bots fill this
  const { name, email, company, consent } = req.body;
  if (!email) return res.status(400).send("email required");

  const r = await fetch(CRM, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.CRM_API_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name, email, company, source: "webinar", marketing_consent: consent === "on" })
  });
  res.redirect(303, r.ok ? `${ORIGIN}/thanks` : `${ORIGIN}/error`);
});

app.listen(process.env.PORT || 3000);
