// Headless capture of scripts and network requests on a donation page. Never submits the form.
// Usage: node capture.js <url>
const crypto = require('crypto');
const puppeteer = require('puppeteer');

(async () => {
  const url = process.argv[2];
  const browser = await puppeteer.launch({ headless: 'new', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const scripts = [];
  const requests = [];

  page.on('response', async (res) => {
    if (res.request().resourceType() === 'script') {
      try {
        const body = await res.buffer();
        scripts.push({ url: res.url(), sha256: crypto.createHash('sha256').update(body).digest('hex') });
      } catch (_) { /* redirects etc. */ }
    }
  });
  page.on('request', (req) => requests.push({ url: req.url(), method: req.method(), type: req.resourceType() }));

  await page.goto(url, { waitUntil: 'networkidle2', timeout: 45000 });
  const before = requests.length;
  for (const sel of ['input[name*=card]', 'input[autocomplete=cc-number]']) {
    const el = await page.$(sel);
    if (el) { await el.type('4111111111111111', { delay: 30 }); }
  }
  await new Promise((r) => setTimeout(r, 4000));

  console.log(JSON.stringify({ url, scripts, requests, afterTyping: requests.slice(before) }, null, 2));
  await browser.close();
})();
