// Download the newest CityPower bill PDF using Playwright.
// Credentials come from 1Password via `op read` secret references.
import { chromium } from 'playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join, resolve } from 'node:path';

const PORTAL = 'https://myaccount.citypower.example';
const SEL = {
  statementsNav: { role: 'link', name: /statements/i },
  firstDownload: { role: 'link', name: /download pdf/i },
};

const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const headed = args.includes('--headed');
const slowMo = Number(flag('--slow', 0));
const outDir = resolve(flag('--out', join(homedir(), 'Documents', 'bills')).replace(/^~/, homedir()));

function opRead(envName, optional = false) {
  const ref = process.env[envName];
  if (!ref) {
    if (optional) return null;
    throw new Error(`${envName} is not set (expected an op:// secret reference)`);
  }
  return execFileSync('op', ['read', '--no-newline', ref], { encoding: 'utf8' });
}

const profileDir = mkdtempSync(join(tmpdir(), 'bill-dl-'));
const context = await chromium.launchPersistentContext(profileDir, {
  headless: !headed,
  slowMo,
  acceptDownloads: true,
});

try {
  const page = await context.newPage();
  await page.goto(`${PORTAL}/login`);
  await page.getByLabel(/email|username/i).fill(opRead('CITYPOWER_USER_REF'));
  await page.getByLabel(/password/i).fill(opRead('CITYPOWER_PASS_REF'));
  await page.getByRole('button', { name: /sign in/i }).click();

  const otpField = page.getByLabel(/verification code|one-time/i);
  if (await otpField.isVisible({ timeout: 5000 }).catch(() => false)) {
    const otp = opRead('CITYPOWER_TOTP_REF', true);
    if (!otp) throw new Error('portal asked for a code; set CITYPOWER_TOTP_REF or run --headed');
    await otpField.fill(otp);
    await page.getByRole('button', { name: /verify|continue/i }).click();
  }

  await page.getByRole(SEL.statementsNav.role, { name: SEL.statementsNav.name }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole(SEL.firstDownload.role, { name: SEL.firstDownload.name }).first().click(),
  ]);

  if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
  const month = new Date().toISOString().slice(0, 7);
  const target = join(outDir, `${month}-citypower.pdf`);
  await download.saveAs(target);

  let summary = target;
  try {
    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
    const amount = text.match(/Amount due\s+([€$£]?\s?[\d.,]+)/i)?.[1];
    const due = text.match(/Due date\s+(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4})/i)?.[1];
    if (amount) summary = `${month}  ${amount}  due ${due ?? '?'}  -> ${target}`;
  } catch { /* pdftotext not installed */ }
  console.log(summary);
} finally {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
}
