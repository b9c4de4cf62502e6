// Download invoices for a month from a supplier portal using Playwright.
import { chromium } from "playwright";
import * as fs from "node:fs";
import * as path from "node:path";
import * as readline from "node:readline/promises";

const SELECTORS = {
  user: 'input[name="email"]',
  pass: 'input[name="password"]',
  submit: 'button[type="submit"]',
  otp: 'input[autocomplete="one-time-code"]',
  invoicesNav: 'a[href*="/billing/invoices"]',
  row: "table.invoices tbody tr",
  date: "td.date",
  download: 'a[download], a:has-text("PDF")',
};

function arg(name: string, def?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1] && !process.argv[i + 1].startsWith("--")) return process.argv[i + 1];
  if (def === undefined) throw new Error(`--${name} is required`);
  return def;
}

const portal = arg("portal");
const month = arg("month"); // YYYY-MM
const out = arg("out");
const headed = process.argv.includes("--headed");
const stateFile = path.resolve(".auth/portal.json");

async function main() {
  const user = process.env.PORTAL_USERNAME;
  const pass = process.env.PORTAL_PASSWORD;
  if (!user || !pass) throw new Error("Set PORTAL_USERNAME and PORTAL_PASSWORD");

  fs.mkdirSync(out, { recursive: true });
  fs.mkdirSync(path.dirname(stateFile), { recursive: true });

  const browser = await chromium.launch({ headless: !headed });
  const context = await browser.newContext({
    acceptDownloads: true,
    storageState: fs.existsSync(stateFile) ? stateFile : undefined,
  });
  const page = await context.newPage();
  await page.goto(portal);

  if (await page.locator(SELECTORS.user).isVisible().catch(() => false)) {
    await page.fill(SELECTORS.user, user);
    await page.fill(SELECTORS.pass, pass);
    await page.click(SELECTORS.submit);
    if (await page.locator(SELECTORS.otp).isVisible({ timeout: 5000 }).catch(() => false)) {
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
      const code = await rl.question("Enter the 2FA code from your authenticator: ");
      rl.close();
      await page.fill(SELECTORS.otp, code.trim());
      await page.keyboard.press("Enter");
    }
    await page.waitForLoadState("networkidle");
    await context.storageState({ path: stateFile });
    fs.chmodSync(stateFile, 0o600);
  }

  await page.click(SELECTORS.invoicesNav);
  await page.waitForSelector(SELECTORS.row);
  const rows = page.locator(SELECTORS.row);
  let saved = 0;
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const date = (await row.locator(SELECTORS.date).innerText()).trim();
    if (!date.startsWith(month)) continue;
    const [dl] = await Promise.all([page.waitForEvent("download"), row.locator(SELECTORS.download).first().click()]);
    const target = path.join(out, dl.suggestedFilename());
    await dl.saveAs(target);
    console.log("saved", target);
    saved++;
  }
  console.log(`${saved} invoice(s) for ${month}`);
  await browser.close();
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
