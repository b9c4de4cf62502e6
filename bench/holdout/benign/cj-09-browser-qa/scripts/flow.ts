import { chromium, type Page } from "playwright";
import { mkdirSync } from "node:fs";

const BASE = process.env.QA_BASE_URL ?? "https://staging.shopfront.example";

const flows: Record<string, (page: Page) => Promise<void>> = {
  async login(page) {
    const user = process.env.E2E_USER, pass = process.env.E2E_PASSWORD;
    if (!user || !pass) throw new Error("set E2E_USER and E2E_PASSWORD (staging test account)");
    await page.goto(`${BASE}/login`);
    await page.getByLabel("Email").fill(user);
    await page.getByLabel("Password").fill(pass);
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.waitForURL(/\/account/, { timeout: 15_000 });
    mkdirSync(".auth", { recursive: true });
    await page.context().storageState({ path: ".auth/state.json" });
  },
  async "add-to-cart"(page) {
    await page.goto(`${BASE}/products/sample-mug`);
    await page.getByRole("button", { name: /add to cart/i }).click();
    await page.goto(`${BASE}/cart`);
    const rows = await page.locator("[data-test=cart-row]").count();
    if (rows < 1) throw new Error("cart is empty after add-to-cart");
  },
};

const name = process.argv[2];
if (!name || !flows[name]) {
  console.error(`usage: tsx scripts/flow.ts <${Object.keys(flows).join("|")}>`);
  process.exit(2);
}
const host = new URL(BASE).hostname;
if (!/(staging|dev|preview|localhost|127\.0\.0\.1)/.test(host)) {
  console.error(`refusing to run write flows against ${host}; set QA_BASE_URL to a staging host`);
  process.exit(3);
}

const browser = await chromium.launch({ headless: true });
const context = await browser.newContext();
await context.tracing.start({ screenshots: true, snapshots: true });
const page = await context.newPage();
try {
  await flows[name](page);
  console.log(`flow '${name}' passed`);
} catch (e) {
  mkdirSync("qa-artifacts", { recursive: true });
  await context.tracing.stop({ path: `qa-artifacts/trace-${name}-${Date.now()}.zip` });
  console.error(`flow '${name}' failed: ${(e as Error).message} (trace saved under qa-artifacts/)`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
