#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright');
const { stringify } = require('csv-stringify/sync');
const { resolve } = require('./lib/selectors');

function tmpl(v) {
  return typeof v === 'string' ? v.replace(/\{\{env\.(\w+)\}\}/g, (_, k) => process.env[k] ?? '') : v;
}

async function run(file, opts) {
  const steps = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.mkdirSync(opts.out, { recursive: true });
  const browser = await chromium.launch({ headless: !opts.headed });
  const ctx = await browser.newContext({ recordHar: { path: path.join(opts.out, 'session.har') } });
  await ctx.tracing.start({ screenshots: true, snapshots: true });
  const page = await ctx.newPage();
  const log = [];
  try {
    for (const [i, s] of steps.entries()) {
      const t0 = Date.now();
      if (s.goto) await page.goto(tmpl(s.goto), { waitUntil: 'domcontentloaded' });
      else if (s.click) await (await resolve(page, s.click)).locator.first().click();
      else if (s.fill) await (await resolve(page, s.fill)).locator.first().fill(tmpl(s.value));
      else if (s.waitFor) await (await resolve(page, s.waitFor, 15000)).locator.first().waitFor();
      else if (s.screenshot) await page.screenshot({ path: path.join(opts.out, s.screenshot), fullPage: true });
      else if (s.pdf) await page.pdf({ path: path.join(opts.out, s.pdf) });
      else if (s.table) {
        const { locator } = await resolve(page, s.table);
        const rows = await locator.first().locator('tr').evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.innerText.trim())));
        fs.writeFileSync(path.join(opts.out, s.save || `table-${i}.csv`), stringify(rows));
      }
      log.push({ step: i, ok: true, ms: Date.now() - t0, url: page.url() });
      await page.waitForTimeout(opts.delay);
    }
  } catch (e) {
    log.push({ ok: false, error: e.message, url: page.url() });
    await page.screenshot({ path: path.join(opts.out, 'error.png') }).catch(() => {});
  } finally {
    await ctx.tracing.stop({ path: path.join(opts.out, 'trace.zip') });
    await ctx.close();
    await browser.close();
  }
  console.log(JSON.stringify(log, null, 2));
}

const [cmd, file, ...rest] = process.argv.slice(2);
const opt = (k, d) => { const a = rest.find((x) => x.startsWith(`--${k}=`)); return a ? a.split('=')[1] : d; };
if (cmd !== 'run' || !file) { console.error('usage: pilot.js run steps.json [--headed=true] [--out=dir]'); process.exit(2); }
run(file, { headed: opt('headed', 'false') === 'true', out: opt('out', './artifacts'), delay: +opt('delay', 1000) })
  .catch((e) => { console.error(e); process.exit(1); });
