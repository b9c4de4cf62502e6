#!/usr/bin/env node
// Standup digest → Slack incoming webhook. Node 18+ (global fetch).
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    team: { type: 'string' },
    repos: { type: 'string', default: '' },
    'dry-run': { type: 'boolean', default: false },
  },
});

const need = (k) => {
  const v = process.env[k];
  if (!v) { console.error(`missing env ${k}`); process.exit(2); }
  return v;
};

const hours = new Date().getDay() === 1 ? 72 : 24;
const since = new Date(Date.now() - hours * 3600e3).toISOString();

async function githubPRs(repo) {
  const q = encodeURIComponent(`repo:${repo} is:pr is:merged merged:>=${since}`);
  const r = await fetch(`https://api.github.com/search/issues?q=${q}&per_page=100`, {
    headers: { Authorization: `Bearer ${need('GITHUB_TOKEN')}`, Accept: 'application/vnd.github+json' },
  });
  if (!r.ok) throw new Error(`GitHub ${r.status}`);
  return (await r.json()).items.map((p) => ({ who: p.user.login, text: `${repo}#${p.number} ${p.title}`, url: p.html_url }));
}

async function linearDone(team) {
  const query = `query($team:String!,$since:DateTimeOrDuration!){ issues(filter:{team:{key:{eqIgnoreCase:$team}},completedAt:{gte:$since}}){ nodes{ identifier title url assignee{ name } } } }`;
  const r = await fetch('https://api.linear.app/graphql', {
    method: 'POST',
    headers: { Authorization: need('LINEAR_API_KEY'), 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables: { team, since } }),
  });
  if (!r.ok) throw new Error(`Linear ${r.status}`);
  const j = await r.json();
  return j.data.issues.nodes.map((i) => ({ who: i.assignee?.name ?? 'unassigned', text: `${i.identifier} ${i.title}`, url: i.url }));
}

const repos = args.repos.split(',').filter(Boolean);
const items = (await Promise.all([...repos.map(githubPRs), linearDone(args.team)])).flat();

const byWho = Map.groupBy ? Map.groupBy(items, (i) => i.who) : items.reduce((m, i) => m.set(i.who, [...(m.get(i.who) ?? []), i]), new Map());
const blocks = [{ type: 'header', text: { type: 'plain_text', text: `Standup digest — ${args.team} (last ${hours}h)` } }];
for (const [who, list] of byWho) {
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${who}*\n` + list.map((i) => `• <${i.url}|${i.text}>`).join('\n') } });
}
if (items.length === 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: '_Nothing merged or closed._' } });

const payload = { text: `Standup digest — ${args.team}`, blocks };
if (args['dry-run']) {
  console.log(JSON.stringify(payload, null, 2));
} else {
  const r = await fetch(need('SLACK_WEBHOOK_URL'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
  console.log(r.ok ? 'posted' : `Slack returned ${r.status}`);
}
