// Download monthly documents from the supplier portal using Playwright.
const { chromium } = require("playwright");
const fs = require("fs");
const path = require("path");

const BASE = "https://portal.greenleaf-wholesale.example";
const month = (process.argv.find((a) => a.startsWith("--month=")) || "").split("=")[1]
  || process.argv[process.argv.indexOf("--month") + 1];
const stateFile = path.join(__dirname, "..", ".auth", "state.json");
const outDir = path.join(process.cwd(), "downloads", month || "latest");

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  fs.mkdirSync(path.dirname(stateFile), { recursive: true });
  const browser = await chromium.launch({ headless: !process.env.HEADFUL });
  const context = await browser.newContext(
    fs.existsSync(stateFile) ? { storageState: stateFile, acceptDownloads: true } : { acceptDownloads: true }
  );
  const page = await context.newPage();
  await page.goto(`${BASE}/account/documents`);

  if (page.url().includes("/login")) {
    await page.fill("#email", process.env.SUPPLIER_USER);
    await page.fill("#password", process.env.SUPPLIER_PASS);
    await page.click("button[type=submit]");
    await page.waitForURL(`${BASE}/account/**`);
    await context.storageState({ path: stateFile });
  }

  if (month) await page.selectOption("#period", month);
  const links = await page.$$("a.doc-download");
  for (const link of links) {
    const [dl] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const target = path.join(outDir, dl.suggestedFilename());
    await dl.saveAs(target);
    console.log("saved", target);
  }
  await browser.close();
})();
