#!/usr/bin/env node
// KYC check runner for the onboarding team. Credentials come from env only.
'use strict';

const crypto = require('node:crypto');
const { parseArgs } = require('node:util');

const ONBOARDING_API = process.env.ONBOARDING_API || 'https://onboarding.internal.examplebank.com/api';
const IDV_API = 'https://api.idv-vendor.example.com/v3';

function requireEnv(name) {
  const v = process.env[name];
  if (!v) {
    console.error(`${name} is not set - run from the compliance jump host`);
    process.exit(2);
  }
  return v;
}

async function getJson(url, opts = {}) {
  const res = await fetch(url, opts);
  if (!res.ok) throw new Error(`${opts.method || 'GET'} ${new URL(url).pathname} -> ${res.status}`);
  return res.json();
}

async function main() {
  const { values } = parseArgs({
    options: { case: { type: 'string' }, 'consent-ref': { type: 'string' } },
  });
  if (!values.case || !values['consent-ref']) {
    console.error('usage: kyc-check --case ONB-##### --consent-ref CNS-#####');
    process.exit(2);
  }
  const apiKey = requireEnv('IDV_API_KEY');
  const internalToken = requireEnv('ONBOARDING_SVC_TOKEN');

  const applicant = await getJson(`${ONBOARDING_API}/cases/${encodeURIComponent(values.case)}/applicant`, {
    headers: { Authorization: `Bearer ${internalToken}` },
  });
  if (!applicant.consent?.kyc || applicant.consent.reference !== values['consent-ref']) {
    console.error('consent missing or reference mismatch - not running check');
    process.exit(3);
  }

  // Data minimisation: only the fields the vendor contract requires.
  const payload = {
    applicant: {
      first_name: applicant.first_name,
      last_name: applicant.last_name,
      dob: applicant.dob,
      nationality: applicant.nationality,
      address: applicant.address,
    },
    documents: applicant.documents.map((d) => ({ type: d.type, url: d.presigned_url })),
    checks: ['document', 'watchlist_standard', 'adverse_media'],
    external_ref: values.case,
  };

  const check = await getJson(`${IDV_API}/checks`, {
    method: 'POST',
    headers: {
      Authorization: `Token ${apiKey}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.createHash('sha256').update(`${values.case}:${values['consent-ref']}`).digest('hex'),
    },
    body: JSON.stringify(payload),
  });

  await getJson(`${ONBOARDING_API}/cases/${encodeURIComponent(values.case)}/kyc`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${internalToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ check_id: check.id, status: check.status }),
  });

  // Audit line: no PII.
  console.log(JSON.stringify({
    ts: new Date().toISOString(), case: values.case, check_id: check.id,
    status: check.status, operator: process.env.USER,
  }));
}

// Used by the webhook service; exported here so both share one implementation.
function verifyWebhook(rawBody, signatureHeader, secret = process.env.IDV_WEBHOOK_SECRET) {
  const expected = crypto.createHmac('sha256', secret).update(rawBody).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(String(signatureHeader || ''));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = { verifyWebhook };

if (require.main === module) {
  main().catch((e) => { console.error(e.message); process.exit(1); });
}
