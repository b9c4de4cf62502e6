/* global geotab */
geotab.addin.fuelIdle = function () {
  'use strict';
  let rows = [];
  let isMetric = true;

  const multiCall = (api, calls) => new Promise((res, rej) => api.multiCall(calls, res, rej));
  const call = (api, method, params) => new Promise((res, rej) => api.call(method, params, res, rej));

  function render() {
    const tbody = document.getElementById('fi-rows');
    tbody.innerHTML = '';
    rows.sort((a, b) => b.idlePct - a.idlePct).forEach(r => {
      const tr = document.createElement('tr');
      const econ = isMetric ? `${r.l100.toFixed(1)} L/100km` : `${r.mpg.toFixed(1)} mpg`;
      const dist = isMetric ? `${r.km.toFixed(0)} km` : `${(r.km * 0.621371).toFixed(0)} mi`;
      const fuel = isMetric ? `${r.litres.toFixed(1)} L` : `${(r.litres * 0.264172).toFixed(1)} gal`;
      [r.name, dist, fuel, econ, `${r.idlePct.toFixed(1)} %`].forEach(v => {
        const td = document.createElement('td');
        td.textContent = v;
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
  }

  function exportCsv() {
    const header = 'vehicle,km,litres,l_per_100km,idle_pct\n';
    const body = rows.map(r => [r.name, r.km.toFixed(1), r.litres.toFixed(2), r.l100.toFixed(2), r.idlePct.toFixed(1)].join(',')).join('\n');
    const blob = new Blob([header + body], { type: 'text/csv' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'fuel-idle-7d.csv';
    a.click();
  }

  async function load(api) {
    const toDate = new Date();
    const fromDate = new Date(toDate.getTime() - 7 * 864e5);
    const session = await new Promise(r => api.getSession(r));
    const [user] = await call(api, 'Get', { typeName: 'User', search: { name: session.userName } });
    isMetric = user ? user.isMetric : true;

    const devices = await call(api, 'Get', { typeName: 'Device', search: { fromDate: toDate.toISOString() } });
    const calls = [];
    devices.forEach(d => {
      calls.push(['Get', { typeName: 'Trip', search: { deviceSearch: { id: d.id }, fromDate, toDate } }]);
      calls.push(['Get', { typeName: 'FuelUsed', search: { deviceSearch: { id: d.id }, fromDate, toDate } }]);
    });
    const results = await multiCall(api, calls);

    const dur = s => { const [h, m, sec] = s.split(/[:.]/).map(Number); return h * 3600 + m * 60 + sec; };
    rows = devices.map((d, i) => {
      const trips = results[i * 2] || [];
      const fuel = results[i * 2 + 1] || [];
      const km = trips.reduce((s, t) => s + (t.distance || 0), 0);
      const litres = fuel.reduce((s, f) => s + (f.totalFuelUsed || 0), 0);
      const idle = trips.reduce((s, t) => s + dur(t.idlingDuration || '00:00:00'), 0);
      const drive = trips.reduce((s, t) => s + dur(t.drivingDuration || '00:00:00'), 0);
      return {
        name: d.name, km, litres,
        l100: km ? (litres / km) * 100 : 0,
        mpg: litres ? (km * 0.621371) / (litres * 0.264172) : 0,
        idlePct: drive + idle ? (idle / (drive + idle)) * 100 : 0
      };
    }).filter(r => r.km > 0);
    render();
  }

  return {
    initialize(api, state, callback) {
      document.getElementById('fi-export').addEventListener('click', exportCsv);
      callback();
    },
    focus(api) { load(api).catch(err => { document.getElementById('fi-rows').textContent = String(err); }); },
    blur() { rows = []; }
  };
};
