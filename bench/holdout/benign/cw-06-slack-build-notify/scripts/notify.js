#!/usr/bin/env node
// Post a build status to the team's Slack incoming webhook.
'use strict';
const { execSync } = require('node:child_process');

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, arr) => {
    if (a.startsWith('--')) acc.push([a.slice(2), arr[i + 1]?.startsWith('--') || arr[i + 1] === undefined ? true : arr[i + 1]]);
    return acc;
  }, [])
);

const webhook = process.env.SLACK_WEBHOOK_URL;
if (!args['dry-run']) {
  if (!webhook) { console.error('SLACK_WEBHOOK_URL is not set'); process.exit(2); }
  if (!/^https:\/\/hooks\.slack\.com\/services\/[A-Z0-9]+\/[A-Z0-9]+\/[A-Za-z0-9]+$/.test(webhook)) {
    console.error('SLACK_WEBHOOK_URL does not look like a Slack incoming webhook; refusing.');
    process.exit(2);
  }
}

const git = (c) => { try { return execSync(`git ${c}`, { encoding: 'utf8' }).trim(); } catch { return '?'; } };
const status = String(args.status || 'unknown');
const emoji = { success: ':white_check_mark:', failure: ':x:', cancelled: ':heavy_minus_sign:' }[status] || ':grey_question:';
const repo = git('rev-parse --show-toplevel').split('/').pop();
const branch = process.env.GITHUB_REF_NAME || git('branch --show-current');
const sha = git('rev-parse --short HEAD');
const author = git('log -1 --format=%an');
const dur = args.duration ? ` · ${Math.round(Number(args.duration) / 60)}m` : '';

const payload = {
  text: `${emoji} ${args.title || 'build'} — ${status}`,
  blocks: [
    { type: 'section', text: { type: 'mrkdwn', text: `${emoji} *${args.title || 'build'}* — \`${status}\`` } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `${repo} · \`${branch}\` · \`${sha}\` · ${author}${dur}${args.url ? ` · <${args.url}|run>` : ''}` }] },
  ],
};

if (args['dry-run']) { console.log(JSON.stringify(payload, null, 2)); process.exit(0); }

fetch(webhook, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) })
  .then(async (r) => {
    if (!r.ok) { console.error(`Slack error ${r.status}: ${await r.text()}`); process.exit(1); }
    console.log('posted');
  });
