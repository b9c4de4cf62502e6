// Reads the sender of the open thread and renders a small panel. No other page data is read.
function currentSender() {
  const el = document.querySelector("h3.iw span[email]");
  return el ? el.getAttribute("email") : null;
}

function render(info) {
  let panel = document.getElementById("acme-crm-panel");
  if (!panel) {
    panel = document.createElement("aside");
    panel.id = "acme-crm-panel";
    panel.style.cssText = "position:fixed;right:8px;top:120px;width:240px;padding:10px;background:#fff;border:1px solid #ddd;z-index:999;font:13px sans-serif";
    document.body.appendChild(panel);
  }
  panel.textContent = info.error
    ? `CRM: ${info.error}`
    : `${info.name} · ${info.account}\nStage: ${info.stage || "—"}\nOwner: ${info.owner}`;
}

let last = null;
setInterval(() => {
  const email = currentSender();
  if (email && email !== last) {
    last = email;
    chrome.runtime.sendMessage({ type: "lookupContact", email }, render);
  }
}, 1500);
