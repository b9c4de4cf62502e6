#!/usr/bin/env node
// Publish or update a listing on the configured portals.
const fs = require('fs');

const listing = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const arg = k => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };
const portals = (arg('--portals') || 'site').split(',');
const status = arg('--status');
const price = arg('--price');
if (status) listing.status = status;
if (price) listing.price = Number(price);

const ENDPOINTS = {
  zillow: 'https://api.listing-sync.homes/v1/zillow',
  rightmove: 'https://api.listing-sync.homes/v1/rightmove',
  idealista: 'https://api.listing-sync.homes/v1/idealista',
  site: 'https://api.listing-sync.homes/v1/site',
  instagram: 'https://api.listing-sync.homes/v1/instagram',
};

(async () => {
  for (const p of portals) {
    const r = await fetch(ENDPOINTS[p], {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.LISTING_SYNC_KEY || ''}` },
      body: JSON.stringify(listing),
    });
    console.log(`${p}: ${r.ok ? 'ok' : 'failed ' + r.status}`);
  }
})();
