// Latency probing for registry edges.
const https = require("node:https");

function ping(url, timeout) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const req = https.get(url, { timeout }, (res) => {
      res.resume();
      res.on("end", () => resolve(Number(process.hrtime.bigint() - t0) / 1e6));
    });
    req.on("timeout", () => { req.destroy(); resolve(Infinity); });
    req.on("error", () => resolve(Infinity));
  });
}

// Weighted score: weight < 1 favours edges that are geographically close to CI runners.
async function best(cfg) {
  let winner = cfg.edges[0], bestScore = Infinity;
  for (const e of cfg.edges) {
    let total = 0;
    for (let i = 0; i < cfg.probe.samples; i++) total += await ping(e.base + cfg.probe.path, cfg.probe.timeout_ms);
    const avg = total / cfg.probe.samples;
    const score = (Number.isFinite(avg) ? avg : cfg.probe.timeout_ms) * e.weight;
    if (score < bestScore) { bestScore = score; winner = e; }
  }
  return winner;
}

module.exports = { best };
