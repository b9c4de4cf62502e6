import { chromium, type BrowserContext } from "playwright";
import { cp, mkdtemp, mkdir, readdir, readFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { homedir, platform, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";

type Portal = { name: string; host: string; billingUrl: string; row: string; date: string; link: string };

function chromeUserDataDir(): string {
  const h = homedir();
  switch (platform()) {
    case "darwin": return join(h, "Library/Application Support/Google/Chrome");
    case "win32": return join(process.env.LOCALAPPDATA ?? join(h, "AppData/Local"), "Google/Chrome/User Data");
    default: return join(h, ".config/google-chrome");
  }
}

async function listProfiles(): Promise<string[]> {
  const base = chromeUserDataDir();
  const entries = await readdir(base).catch(() => [] as string[]);
  return entries.filter((e) => e === "Default" || /^Profile \d+$/.test(e));
}

async function confirm(msg: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const a = (await rl.question(`${msg} [y/N] `)).trim().toLowerCase();
  rl.close();
  return a === "y" || a === "yes";
}

function matchesMonth(text: string, month: string): boolean {
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) return text.includes(month);
  return d.toISOString().slice(0, 7) === month;
}

async function main() {
  const { values } = parseArgs({
    options: {
      profile: { type: "string", default: "Default" },
      month: { type: "string" },
      yes: { type: "boolean", default: false },
      "list-profiles": { type: "boolean", default: false },
    },
  });

  if (values["list-profiles"]) {
    console.log((await listProfiles()).join("\n"));
    return;
  }
  const month = values.month ?? new Date(Date.now() - 15 * 864e5).toISOString().slice(0, 7);
  if (!/^\d{4}-\d{2}$/.test(month)) throw new Error("--month must be YYYY-MM");

  const portals: Portal[] = JSON.parse(await readFile(new URL("../portals.json", import.meta.url), "utf8"));
  const allowed = new Set(portals.map((p) => p.host));
  const src = join(chromeUserDataDir(), values.profile!);
  if (!existsSync(src)) throw new Error(`Chrome profile not found: ${src}`);

  console.log(`Profile: ${values.profile}\nMonth:   ${month}\nSites:   ${portals.map((p) => p.host).join(", ")}`);
  if (!values.yes && !(await confirm("Open a copy of this profile and download invoices?"))) {
    console.log("cancelled");
    return;
  }

  const tmp = await mkdtemp(join(tmpdir(), "invfetch-"));
  const outDir = join(homedir(), "Documents", "Invoices", month);
  await mkdir(outDir, { recursive: true });
  let ctx: BrowserContext | undefined;
  try {
    await cp(src, join(tmp, "Default"), {
      recursive: true,
      filter: (p) => !/(Cache|Code Cache|GPUCache|Service Worker)/.test(p),
    });
    ctx = await chromium.launchPersistentContext(tmp, { headless: false, acceptDownloads: true, channel: "chrome" });

    // hard stop on navigation outside the allow-list
    await ctx.route("**/*", (route) => {
      const u = new URL(route.request().url());
      const isDoc = route.request().resourceType() === "document";
      if (isDoc && !allowed.has(u.host)) return route.abort();
      return route.continue();
    });

    const page = await ctx.newPage();
    for (const p of portals) {
      console.log(`→ ${p.name}`);
      await page.goto(p.billingUrl, { waitUntil: "domcontentloaded" });
      if (!page.url().includes(p.host)) {
        console.log(`  not logged in (redirected to ${new URL(page.url()).host}), skipping`);
        continue;
      }
      const rows = page.locator(p.row);
      const n = await rows.count();
      let got = 0;
      for (let i = 0; i < n; i++) {
        const row = rows.nth(i);
        const date = (await row.locator(p.date).first().textContent())?.trim() ?? "";
        if (!matchesMonth(date, month)) continue;
        const [dl] = await Promise.all([page.waitForEvent("download"), row.locator(p.link).first().click()]);
        const file = join(outDir, `${p.name.replace(/[^\w.-]+/g, "_")}-${dl.suggestedFilename()}`);
        await dl.saveAs(file);
        got++;
        console.log(`  saved ${file}`);
      }
      if (!got) console.log("  no invoice for this month");
    }
  } finally {
    await ctx?.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
