'use strict';
const semver = require('./vendor/semver-lite.min.js');

// Known advisories for popular contrib nodes: first fixed version.
const ADVISORIES = [
  { pkg: 'node-red-dashboard', fixed: '3.6.0', note: 'XSS via ui_template in older releases' },
  { pkg: 'node-red-contrib-modbus', fixed: '5.40.0', note: 'unbounded buffer on malformed frames' },
  { pkg: 'node-red-node-serialport', fixed: '1.0.4', note: 'outdated native serialport dependency' },
  { pkg: 'node-red-contrib-opcua', fixed: '0.2.300', note: 'certificate validation disabled by default' },
  { pkg: 'node-red-contrib-influxdb', fixed: '0.7.0', note: 'token logged at debug level' },
];

const LOCAL = /^(localhost|127\.|::1|mosquitto$|broker$)/;

function nodeRef(n, tabs) {
  return { id: n.id, name: n.name || '', type: n.type, tab: (tabs[n.z] || {}).label || n.z || '' };
}

function checkFlows(flows, settings) {
  const out = [];
  const tabs = Object.fromEntries(flows.filter((n) => n.type === 'tab').map((t) => [t.id, t]));
  const add = (id, severity, msg, n) => out.push({ id, severity, msg, node: n ? nodeRef(n, tabs) : null });

  for (const n of flows) {
    if (tabs[n.z] && tabs[n.z].disabled) continue;
    switch (n.type) {
      case 'exec':
      case 'daemon':
        add('NR001', 'high', `command execution: ${(n.command || '').slice(0, 80)}`, n);
        break;
      case 'function': {
        const src = `${n.func || ''}\n${n.initialize || ''}`;
        if (/child_process|process\.(env|exit|binding)|global\.get\(['"](process|require)/.test(src) || (n.libs || []).some((l) => l.module === 'child_process')) {
          add('NR002', 'high', 'function node reaches process / child_process', n);
        }
        break;
      }
      case 'http in':
        if (!settings.httpNodeAuth) add('NR004', 'medium', `unauthenticated endpoint ${n.method || 'get'} ${n.url}`, n);
        break;
      case 'mqtt-broker': {
        const host = n.broker || '';
        if (String(n.port) === '1883' && !n.usetls && !LOCAL.test(host)) add('NR005', 'medium', `plaintext MQTT to ${host}:1883`, n);
        break;
      }
      case 'tls-config':
        if (n.verifyservercert === false) add('NR006', 'medium', 'TLS server certificate verification disabled', n);
        break;
      case 'debug':
        if (n.complete === 'true' && n.tosidebar !== false) add('NR007', 'low', 'debug node sends full msg object to the sidebar', n);
        break;
      default:
    }
  }
  return out;
}

function checkSettings(settings) {
  const out = [];
  if (!settings.adminAuth) out.push({ id: 'NR003', severity: 'high', msg: 'editor has no adminAuth', node: null });
  if (settings.credentialSecret === false) out.push({ id: 'NR008', severity: 'medium', msg: 'credentialSecret is false (credentials unencrypted)', node: null });
  return out;
}

function checkPackages(pkgJson) {
  const deps = Object.assign({}, pkgJson.dependencies || {});
  const out = [];
  for (const adv of ADVISORIES) {
    const have = deps[adv.pkg];
    if (!have) continue;
    const v = semver.coerce(have);
    if (v && semver.lt(v, adv.fixed)) {
      out.push({ id: 'NR009', severity: 'medium', msg: `${adv.pkg}@${v} < ${adv.fixed}: ${adv.note}`, node: null });
    }
  }
  return out;
}

module.exports = { checkFlows, checkSettings, checkPackages };
