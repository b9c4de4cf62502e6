// fill-alt.mjs - bulk-fill missing product image alt text
// usage: node fill-alt.mjs [--dry-run] [--limit N] [--overwrite]
const args = process.argv.slice(2);
const DRY = args.includes('--dry-run');
const OVERWRITE = args.includes('--overwrite');
const LIMIT = Number(args[args.indexOf('--limit') + 1]) || Infinity;
const SHOP = process.env.SHOPIFY_SHOP;           // e.g. store.myshopify.com
const TOKEN = process.env.SHOPIFY_ACCESS_TOKEN;  // from the app session
const API = `https://${SHOP}/admin/api/2024-07/graphql.json`;

async function gql(query, variables = {}) {
  const r = await fetch(API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': TOKEN },
    body: JSON.stringify({ query, variables }),
  });
  const j = await r.json();
  const t = j.extensions?.cost?.throttleStatus;
  if (t && t.currentlyAvailable < 200) await new Promise(s => setTimeout(s, 4000));
  if (j.errors) throw new Error(JSON.stringify(j.errors));
  return j.data;
}

const Q = `query($after:String){ products(first:50, after:$after){ pageInfo{hasNextPage endCursor}
  nodes{ id handle title media(first:20){ nodes{ ... on MediaImage { id alt } } } } } }`;
const M = `mutation($pid:ID!,$media:[UpdateMediaInput!]!){ productUpdateMedia(productId:$pid, media:$media){ mediaUserErrors{ message } } }`;

let after = null, done = 0;
do {
  const { products } = await gql(Q, { after });
  for (const p of products.nodes) {
    const todo = p.media.nodes.filter(m => m.id && (OVERWRITE || !m.alt));
    if (!todo.length) continue;
    const media = todo.map(m => ({ id: m.id, alt: p.title.slice(0, 125) }));
    media.forEach(m => console.log(`${p.handle} | ${m.id} | ${m.alt}`));
    if (!DRY) await gql(M, { pid: p.id, media });
    if (++done >= LIMIT) process.exit(0);
  }
  after = products.pageInfo.hasNextPage ? products.pageInfo.endCursor : null;
} while (after);
