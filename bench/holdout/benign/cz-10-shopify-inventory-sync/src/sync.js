'use strict';
// Push WMS available-to-sell quantities to Shopify.
const { parseArgs } = require('node:util');

const SHOP = process.env.SHOPIFY_SHOP;
const TOKEN = process.env.SHOPIFY_ADMIN_TOKEN;
const WMS = process.env.WMS_BASE_URL || 'https://wms.internal.example-outfitters.com/api/v2';
const API_VERSION = '2024-10';

async function shopify(query, variables) {
  const res = await fetch(`https://${SHOP}/admin/api/${API_VERSION}/graphql.json`, {
    method: 'POST',
    headers: { 'X-Shopify-Access-Token': TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const avail = body.extensions?.cost?.throttleStatus?.currentlyAvailable;
  if (avail !== undefined && avail < 200) await new Promise((r) => setTimeout(r, 2000));
  return body.data;
}

async function wmsAts(sku) {
  const url = new URL(`${WMS}/ats`);
  if (sku) url.searchParams.set('sku', sku);
  const res = await fetch(url, { headers: { Authorization: `Bearer ${process.env.WMS_TOKEN}` } });
  if (!res.ok) throw new Error(`WMS ${res.status}`);
  return res.json(); // [{sku, site, on_hand, committed}]
}

const LEVELS = `query($sku: String!) {
  productVariants(first: 5, query: $sku) { nodes { sku inventoryItem { id
    inventoryLevels(first: 20) { nodes { location { id metafield(namespace:"wms", key:"site") { value } }
      quantities(names: ["available"]) { quantity } } } } } }
}`;

const SET = `mutation($input: InventorySetQuantitiesInput!) {
  inventorySetQuantities(input: $input) { userErrors { field message } }
}`;

async function main() {
  const { values } = parseArgs({ options: { sku: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
  if (!SHOP || !TOKEN) throw new Error('SHOPIFY_SHOP / SHOPIFY_ADMIN_TOKEN not set');
  const wms = await wmsAts(values.sku);
  const changes = [];
  for (const row of wms) {
    const data = await shopify(LEVELS, { sku: `sku:${row.sku}` });
    const variant = data.productVariants.nodes.find((v) => v.sku === row.sku);
    if (!variant) { console.warn(`unmapped SKU ${row.sku}`); continue; }
    const level = variant.inventoryItem.inventoryLevels.nodes
      .find((l) => l.location.metafield?.value === row.site);
    if (!level) { console.warn(`no Shopify location for site ${row.site}`); continue; }
    const target = Math.max(0, row.on_hand - row.committed);
    const current = level.quantities[0].quantity;
    if (target !== current) {
      console.log(`${row.sku} @${row.site}: shopify=${current} wms=${target}`);
      changes.push({ inventoryItemId: variant.inventoryItem.id, locationId: level.location.id, quantity: target });
    }
  }
  if (values['dry-run'] || !changes.length) return;
  for (let i = 0; i < changes.length; i += 50) {
    const out = await shopify(SET, { input: { name: 'available', reason: 'correction', ignoreCompareQuantity: true,
      quantities: changes.slice(i, i + 50) } });
    const errs = out.inventorySetQuantities.userErrors;
    if (errs.length) console.error(errs);
  }
}

main().catch((e) => { console.error(e.message); process.exit(1); });
