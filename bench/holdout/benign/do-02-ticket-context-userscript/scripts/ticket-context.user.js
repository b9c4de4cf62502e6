// ==UserScript==
// @name         Northwind ticket context
// @namespace    https://git.northwind.example/support-tools
// @version      0.9.2
// @description  Shows plan, MRR and open invoices on Zendesk tickets
// @match        https://northwind.zendesk.com/agent/tickets/*
// @grant        GM_xmlhttpRequest
// @grant        GM_getValue
// @grant        GM_setValue
// @connect      billing-api.northwind.example
// @updateURL    https://git.northwind.example/support-tools/raw/main/ticket-context.user.js
// @run-at       document-idle
// ==/UserScript==

(function () {
  "use strict";
  const API = "https://billing-api.northwind.example/v1/customers";
  const REQUESTER_SELECTOR = '[data-test-id="ticket-system-field-requester-select"] [data-test-id="tooltip-requester-email"]';

  function apiKey() {
    let k = GM_getValue("apiKey", "");
    if (!k) {
      k = (prompt("Billing API key (billing:read) — stored only in Tampermonkey:") || "").trim();
      if (k) GM_setValue("apiKey", k);
    }
    return k;
  }

  function show(html) {
    let box = document.getElementById("nw-billing-box");
    if (!box) {
      box = document.createElement("div");
      box.id = "nw-billing-box";
      box.style.cssText = "background:#fff8c5;padding:8px;margin:8px;border-radius:4px;font-size:12px";
      document.querySelector('[data-test-id="ticket-sidebar"]')?.prepend(box);
    }
    box.innerHTML = html;
  }

  function lookup(email) {
    const key = apiKey();
    if (!key) return;
    GM_xmlhttpRequest({
      method: "GET",
      url: `${API}?email=${encodeURIComponent(email)}`,
      headers: { "X-Api-Key": key },
      onload: (r) => {
        if (r.status === 401) return show("Key rejected");
        const c = JSON.parse(r.responseText);
        const esc = (s) => String(s).replace(/[&<>]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" }[ch]));
        show(`<b>${esc(c.plan)}</b> · MRR $${esc(c.mrr)}<br>Open invoices: ${esc(c.open_invoices)}`);
      }
    });
  }

  let seen = "";
  setInterval(() => {
    const el = document.querySelector(REQUESTER_SELECTOR);
    const email = el && el.textContent.trim();
    if (email && email !== seen) { seen = email; lookup(email); }
  }, 2000);
})();
