import fs from 'node:fs/promises';
import fetch from 'node-fetch';

const TM_BASE = process.env.TEKMETRIC_BASE ?? 'https://sandbox.tekmetric.com';
const QBO_BASE = process.env.QBO_BASE ?? 'https://sandbox-quickbooks.api.intuit.com';
const { TEKMETRIC_CLIENT_ID, TEKMETRIC_CLIENT_SECRET, TEKMETRIC_SHOP_ID, QBO_REALM_ID, QBO_ACCESS_TOKEN } = process.env;

const args = process.argv.slice(2);
const since = args[args.indexOf('--since') + 1];
const dryRun = args.includes('--dry-run');
const STATE = new URL('./state.json', import.meta.url);

async function tmToken() {
  const basic = Buffer.from(`${TEKMETRIC_CLIENT_ID}:${TEKMETRIC_CLIENT_SECRET}`).toString('base64');
  const r = await fetch(`${TM_BASE}/api/v1/oauth/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    body: 'grant_type=client_credentials'
  });
  if (!r.ok) throw new Error(`tekmetric token ${r.status}`);
  return (await r.json()).access_token;
}

async function postedROs(token) {
  const out = [];
  for (let page = 0; ; page++) {
    const url = `${TM_BASE}/api/v1/repair-orders?shop=${TEKMETRIC_SHOP_ID}&repairOrderStatusId=5&postedDateStart=${since}&size=100&page=${page}`;
    const r = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    const j = await r.json();
    out.push(...j.content);
    if (j.last) break;
  }
  return out;
}

async function qbo(path, body) {
  const r = await fetch(`${QBO_BASE}/v3/company/${QBO_REALM_ID}/${path}?minorversion=73`, {
    method: body ? 'POST' : 'GET',
    headers: { Authorization: `Bearer ${QBO_ACCESS_TOKEN}`, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined
  });
  if (!r.ok) throw new Error(`qbo ${path} ${r.status}: ${await r.text()}`);
  return r.json();
}

async function customerRef(ro) {
  const email = ro.customer?.email?.replace(/'/g, "\\'");
  if (email) {
    const q = encodeURIComponent(`select Id from Customer where PrimaryEmailAddr = '${email}'`);
    const j = await qbo(`query?query=${q}`);
    if (j.QueryResponse.Customer?.length) return { value: j.QueryResponse.Customer[0].Id };
  }
  const name = `${ro.customer?.firstName ?? ''} ${ro.customer?.lastName ?? ''}`.trim() || `RO ${ro.repairOrderNumber}`;
  const c = await qbo('customer', { DisplayName: `${name} (${ro.customerId})`, PrimaryEmailAddr: email ? { Address: ro.customer.email } : undefined });
  return { value: c.Customer.Id };
}

const line = (amountCents, item, desc) => ({
  Amount: amountCents / 100, DetailType: 'SalesItemLineDetail', Description: desc,
  SalesItemLineDetail: { ItemRef: { name: item } }
});

const state = JSON.parse(await fs.readFile(STATE, 'utf8').catch(() => '{"synced":[]}'));
const token = await tmToken();
const ros = (await postedROs(token)).filter(ro => !state.synced.includes(ro.id));
console.log(`${ros.length} posted ROs to sync since ${since}`);

for (const ro of ros) {
  const lines = [
    line(ro.laborSales, 'Labor', 'Labor'),
    line(ro.partsSales, 'Parts', 'Parts'),
    line(ro.feeTotal ?? 0, 'Shop Supplies', 'Shop supplies / fees'),
    line(ro.subletSales ?? 0, 'Sublet', 'Sublet')
  ].filter(l => l.Amount > 0);
  console.log(`RO-${ro.repairOrderNumber}: ${lines.map(l => `${l.Description} ${l.Amount.toFixed(2)}`).join(', ')}`);
  if (dryRun) continue;
  await qbo('invoice', { DocNumber: `RO-${ro.repairOrderNumber}`, CustomerRef: await customerRef(ro), Line: lines, TxnDate: ro.postedDate?.slice(0, 10) });
  state.synced.push(ro.id);
  await fs.writeFile(STATE, JSON.stringify(state, null, 2));
}
