chrome.storage.local.get(["presets", "signedIn"], ({ presets = [], signedIn = [] }) => {
  const sel = document.getElementById("preset");
  presets.forEach((p, i) => sel.add(new Option(p.label, i)));
  document.getElementById("status").textContent = signedIn.length ? "● signed in: " + signedIn.length + " platforms" : "○ not signed in";
  document.getElementById("copy").onclick = () =>
    chrome.runtime.sendMessage({ type: "tagActive", preset: presets[sel.value] || {} },
      (url) => navigator.clipboard.writeText(url));
});
