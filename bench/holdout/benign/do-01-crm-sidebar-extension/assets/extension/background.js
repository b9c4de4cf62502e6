// Background service worker: the only place that talks to the CRM API.
const CRM_BASE = "https://crm.acmesales.example/api/v2";

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (msg.type !== "lookupContact" || !msg.email) return;
  (async () => {
    const { crmToken } = await chrome.storage.local.get("crmToken");
    if (!crmToken) return sendResponse({ error: "no-token" });
    const url = `${CRM_BASE}/contacts/search?email=${encodeURIComponent(msg.email)}`;
    const res = await fetch(url, {
      headers: { Authorization: `Bearer ${crmToken}`, Accept: "application/json" }
    });
    if (!res.ok) return sendResponse({ error: `http-${res.status}` });
    const data = await res.json();
    sendResponse({
      name: data.name, account: data.account_name,
      stage: data.open_opportunity_stage, owner: data.owner_name
    });
  })();
  return true; // keep the channel open for the async response
});
