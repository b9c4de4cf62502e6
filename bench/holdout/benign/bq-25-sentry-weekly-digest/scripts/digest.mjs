#!/usr/bin/env node
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    project: { type: 'string' },
    days: { type: 'string', default: '7' },
    limit: { type: 'string', default: '15' },
  },
});

const token = process.env.SENTRY_AUTH_TOKEN;
const org = process.env.SENTRY_ORG;
const base = (process.env.SENTRY_URL || 'https://sentry.io').replace(/\/$/, '');
if (!token || !org || !values.project) {
  console.error('need SENTRY_AUTH_TOKEN, SENTRY_ORG and --project');
  process.exit(2);
}

async function issues(query) {
  const url = new URL(`${base}/api/0/projects/${org}/${values.project}/issues/`);
  url.searchParams.set('statsPeriod', `${values.days}d`);
  url.searchParams.set('query', query);
  url.searchParams.set('sort', 'freq');
  url.searchParams.set('limit', values.limit);
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}

function table(list) {
  if (!list.length) return '_none_\n';
  const rows = list.map((i) =>
    `| [${i.shortId}](${i.permalink}) | ${i.title.replace(/\|/g, '\\|').slice(0, 80)} | ${i.count} | ${i.userCount} | ${i.firstSeen.slice(0, 10)} |`);
  return ['| Issue | Title | Events | Users | First seen |', '|---|---|---|---|---|', ...rows].join('\n') + '\n';
}

const [fresh, regressed] = await Promise.all([
  issues(`is:unresolved firstSeen:-${values.days}d`),
  issues('is:unresolved is:regressed'),
]);

console.log(`# Sentry digest: ${values.project}, last ${values.days} days\n`);
console.log('## New issues\n');
console.log(table(fresh));
console.log('## Regressions\n');
console.log(table(regressed));
