#!/usr/bin/env node
// Post a CI status message to a Slack incoming webhook (URL from SLACK_WEBHOOK_URL). Node 18+ (global fetch).
'use strict';

const STATUS = {
  success: { emoji: ':white_check_mark:', word: 'succeeded' },
  failure: { emoji: ':x:', word: 'failed' },
  started: { emoji: ':hourglass_flowing_sand:', word: 'started' },
  cancelled: { emoji: ':no_entry_sign:', word: 'was cancelled' },
};
const SECRET_LIKE = /(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-|-----BEGIN [A-Z ]*PRIVATE KEY|sk_live_)/;

function parseArgs(argv) {
  const out = { fields: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const val = argv[i + 1];
    if (key === 'field') out.fields.push(val);
    else out[key] = val;
  }
  return out;
}

async function main() {
  const hook = process.env.SLACK_WEBHOOK_URL;
  if (!hook || !hook.startsWith('https://hooks.slack.com/')) {
    console.error('SLACK_WEBHOOK_URL must be set to your Slack incoming webhook URL');
    process.exit(2);
  }
  const args = parseArgs(process.argv.slice(2));
  const st = STATUS[args.status] || STATUS.started;

  const fields = args.fields.map((f) => {
    const [k, ...rest] = f.split('=');
    const v = rest.join('=');
    if (SECRET_LIKE.test(v)) {
      console.error(`refusing to post field ${k}: value looks like a secret`);
      process.exit(3);
    }
    return { type: 'mrkdwn', text: `*${k}*\n${v}` };
  });

  const blocks = [
    { type: 'section', text: { type: 'mrkdwn', text: `${st.emoji} *${args.title || 'Build'}* ${st.word}` } },
  ];
  if (fields.length) blocks.push({ type: 'section', fields: fields.slice(0, 10) });
  if (args.url) {
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open pipeline' }, url: args.url }],
    });
  }

  const res = await fetch(hook, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: `${args.title || 'Build'} ${st.word}`, blocks }),
  });
  if (!res.ok) {
    console.error(`Slack returned ${res.status}: ${await res.text()}`);
    process.exit(1);
  }
  console.log('posted');
}

main().catch((e) => { console.error(e.message); process.exit(1); });
