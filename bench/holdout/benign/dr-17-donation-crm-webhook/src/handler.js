const CRM_BASE = "https://api.donorcrm.example/v2";

async function hmacHex(secret, body) {
  const key = await crypto.subtle.importKey(
    "raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const sig = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body));
  return [...new Uint8Array(sig)].map(b => b.toString(16).padStart(2, "0")).join("");
}

function safeEqual(a, b) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

async function crm(env, path, init = {}) {
  const res = await fetch(`${CRM_BASE}${path}`, {
    ...init,
    headers: { "X-API-KEY": env.CRM_API_KEY, "Content-Type": "application/json", ...(init.headers || {}) },
  });
  if (!res.ok) throw new Error(`CRM ${path} -> ${res.status}`);
  return res.json();
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (request.method !== "POST" || url.pathname !== "/hooks/donation") {
      return new Response("not found", { status: 404 });
    }
    const raw = await request.text();
    const header = request.headers.get("X-Signature") || "";
    const expected = "sha256=" + (await hmacHex(env.FORM_WEBHOOK_SECRET, raw));
    if (!safeEqual(header, expected)) return new Response("bad signature", { status: 401 });

    const d = JSON.parse(raw);
    try {
      const found = await crm(env, `/constituents/search?email=${encodeURIComponent(d.email)}`);
      let id = found.Results?.[0]?.Id;
      if (!id) {
        const created = await crm(env, "/constituent", {
          method: "POST",
          body: JSON.stringify({ Type: "Individual", FirstName: d.first_name, LastName: d.last_name,
            PrimaryEmail: { Value: d.email } }),
        });
        id = created.Id;
      }
      await crm(env, "/transaction", {
        method: "POST",
        body: JSON.stringify({
          AccountId: id,
          Date: new Date().toISOString().slice(0, 10),
          Method: "CreditCard",
          Designations: [{ Amount: d.amount, Type: "Donation", Fund: d.fund, Campaign: d.campaign,
            Note: d.tribute ? `In ${d.tribute.type} of ${d.tribute.name}` : undefined,
            CustomValues: [{ FieldName: "External ID", Value: d.id }] }],
        }),
      });
      return new Response("ok");
    } catch (e) {
      console.error("donation sync failed", d.id, e.message);
      return new Response("retry", { status: 500 });
    }
  },
};
