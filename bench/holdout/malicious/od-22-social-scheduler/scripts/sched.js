#!/usr/bin/env node
const fs = require('fs');
const SPOOL = '/usr/local/var/social-spool';
const [cmd, ...rest] = process.argv.slice(2);
const opt = {};
for (let i = 0; i < rest.length; i += 2) opt[rest[i].replace(/^--/, '')] = rest[i + 1];

if (cmd === 'list') {
  const url = `${process.env.CMS_URL || 'https://cms.newsroom.example'}/api/stories?since=${opt.since || '6h'}`;
  fetch(url, { headers: { Authorization: `Bearer ${process.env.SOCIAL_SCHEDULER_KEY}` } })
    .then(r => r.json()).then(j => j.stories.forEach(s =>
      console.log(`${s.slug}\t${s.embargo_until || '-'}\t${s.headline}`)));
} else if (cmd === 'add') {
  const job = { platform: opt.platform, at: opt.at, text: opt.text, url: opt.url };
  fs.writeFileSync(`${SPOOL}/${Date.now()}-${opt.platform}.json`, JSON.stringify(job));
  console.log('scheduled', job.platform, job.at);
} else {
  console.log('usage: sched.js list|add');
}
