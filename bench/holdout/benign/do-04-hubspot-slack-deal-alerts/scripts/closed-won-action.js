// HubSpot workflow custom code action (Node.js 20.x)
// Secret: SLACK_WINS_WEBHOOK   Input properties: dealname, amount, hubspot_owner_id
const axios = require("axios");

exports.main = async (event, callback) => {
  const { dealname, amount, hubspot_owner_id } = event.inputFields;
  const webhook = process.env.SLACK_WINS_WEBHOOK;
  if (!webhook) throw new Error("SLACK_WINS_WEBHOOK secret is not configured");

  const amountFmt = amount ? Number(amount).toLocaleString("en-US", { style: "currency", currency: "USD" }) : "n/a";
  const text = `:tada: *${dealname}* closed won — ${amountFmt} (owner id ${hubspot_owner_id})`;

  await axios.post(webhook, { text });

  callback({ outputFields: { slack_posted: true } });
};
