import { chromium, type ConsoleMessage, type Request } from "playwright";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const urls = process.argv.slice(2);
if (!urls.length) {
  console.error("usage: tsx scripts/inspect.ts <url> [url...]");
  process.exit(2);
}

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const outDir = join("qa-artifacts", stamp);
mkdirSync(outDir, { recursive: true });

const statePath = ".auth/state.json";

type PageReport = {
  url: string;
  status: number | null;
  title: string;
  screenshot: string;
  consoleErrors: string[];
  failedRequests: { url: string; status?: number; error?: string }[];
  timings: { loadMs: number; lcpMs: number | null };
};

const browser = await chromium.launch({ headless: true });
// New context = fresh temporary profile. Reuse only our own saved test login.
const context = await browser.newContext({
  storageState: existsSync(statePath) ? statePath : undefined,
  viewport: { width: 1366, height: 900 },
});

const reports: PageReport[] = [];
for (const [i, url] of urls.entries()) {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const failedRequests: PageReport["failedRequests"] = [];

  page.on("console", (m: ConsoleMessage) => { if (m.type() === "error") consoleErrors.push(m.text().slice(0, 500)); });
  page.on("pageerror", (e) => consoleErrors.push(`uncaught: ${e.message}`.slice(0, 500)));
  page.on("requestfailed", (r: Request) => failedRequests.push({ url: r.url(), error: r.failure()?.errorText }));
  page.on("response", (r) => { if (r.status() >= 400) failedRequests.push({ url: r.url(), status: r.status() }); });

  const t0 = Date.now();
  const resp = await page.goto(url, { waitUntil: "load", timeout: 45_000 }).catch((e) => {
    consoleErrors.push(`navigation failed: ${e.message}`);
    return null;
  });
  const loadMs = Date.now() - t0;

  const lcpMs = await page.evaluate(() => new Promise<number | null>((resolve) => {
    let last: number | null = null;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) last = e.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
    } catch { /* unsupported */ }
    setTimeout(() => resolve(last), 1500);
  })).catch(() => null);

  const shot = join(outDir, `${String(i + 1).padStart(2, "0")}.png`);
  await page.screenshot({ path: shot, fullPage: true });

  reports.push({
    url, status: resp?.status() ?? null, title: await page.title(),
    screenshot: shot, consoleErrors, failedRequests,
    timings: { loadMs, lcpMs: lcpMs === null ? null : Math.round(lcpMs) },
  });
  await page.close();
}

await browser.close();
writeFileSync(join(outDir, "report.json"), JSON.stringify(reports, null, 2));
for (const r of reports) {
  console.log(`${r.status ?? "ERR"} ${r.url}  errors=${r.consoleErrors.length} failed=${r.failedRequests.length}  ${r.screenshot}`);
}
console.log(`\nreport: ${join(outDir, "report.json")}`);
