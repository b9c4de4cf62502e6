// Opt-in telemetry for Bun CLIs. See docs/PRIVACY.md for the exact schema.
import { mkdir, appendFile, readFile, writeFile, rm } from "node:fs/promises";
import { homedir, platform, arch } from "node:os";
import { join, dirname } from "node:path";
import { createInterface } from "node:readline/promises";

type Consent = { enabled: boolean; installId: string; askedAt: string; policyVersion: number };
type Event = {
  schema: 1;
  tool: string;
  version: string;
  command: string;
  ok: boolean;
  durationBucket: "<1s" | "1-5s" | "5-30s" | ">30s";
  os: string;
  arch: string;
  bun: string;
  installId: string;
  ts: string; // truncated to the hour
};

const POLICY_VERSION = 1;
const ENDPOINT = process.env.QUICKFORM_TELEMETRY_URL ?? "https://telemetry.quickform.example/v1/events";

const xdg = (envName: string, fallback: string) => process.env[envName] || join(homedir(), fallback);
let tool = "quickform";
let version = "0.0.0";
const paths = () => ({
  consent: join(xdg("XDG_CONFIG_HOME", ".config"), tool, "telemetry.json"),
  queue: join(xdg("XDG_CACHE_HOME", ".cache"), tool, "events.jsonl"),
});

function envOptOut(): string | null {
  if (["1", "true"].includes((process.env.DO_NOT_TRACK ?? "").toLowerCase())) return "DO_NOT_TRACK is set";
  const own = process.env[`${tool.toUpperCase()}_TELEMETRY`];
  if (own !== undefined && ["0", "false", "off"].includes(own.toLowerCase())) return `${tool.toUpperCase()}_TELEMETRY=${own}`;
  if (process.env.CI || process.env.GITHUB_ACTIONS || process.env.BUILDKITE) return "running in CI";
  return null;
}

async function readConsent(): Promise<Consent | null> {
  try {
    return JSON.parse(await readFile(paths().consent, "utf8"));
  } catch {
    return null;
  }
}

async function writeConsent(c: Consent) {
  const p = paths().consent;
  await mkdir(dirname(p), { recursive: true });
  await writeFile(p, JSON.stringify(c, null, 2) + "\n", { mode: 0o600 });
}

async function ask(): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  process.stderr.write(
    `\n${tool} can send anonymous usage stats (command name, version, OS, duration — no arguments,\n` +
      `paths or personal data) to help prioritise work. Details: ${tool} telemetry --help / docs/PRIVACY.md\n`,
  );
  const a = (await rl.question("Enable anonymous telemetry? [y/N] ")).trim().toLowerCase();
  rl.close();
  return a === "y" || a === "yes";
}

let consent: Consent | null = null;
let pending: Event[] = [];

function bucket(ms: number): Event["durationBucket"] {
  return ms < 1000 ? "<1s" : ms < 5000 ? "1-5s" : ms < 30000 ? "5-30s" : ">30s";
}

export const telemetry = {
  async init(opts: { tool: string; version: string }) {
    tool = opts.tool;
    version = opts.version;
    consent = await readConsent();
    if (envOptOut()) return;
    if ((!consent || consent.policyVersion < POLICY_VERSION) && process.stdin.isTTY && process.stdout.isTTY) {
      const enabled = await ask();
      consent = { enabled, installId: consent?.installId ?? crypto.randomUUID(), askedAt: new Date().toISOString(), policyVersion: POLICY_VERSION };
      await writeConsent(consent);
      process.stderr.write(enabled ? "Thanks! Disable any time: " : "OK, telemetry stays off. Enable later: ");
      process.stderr.write(`${tool} telemetry ${enabled ? "disable" : "enable"}\n\n`);
    }
  },

  active(): boolean {
    return !!consent?.enabled && !envOptOut();
  },

  record(command: string, r: { ok: boolean; ms: number }) {
    if (!this.active() || !consent) return;
    const hour = new Date();
    hour.setMinutes(0, 0, 0);
    pending.push({
      schema: 1, tool, version, command: command.replace(/[^a-z0-9:-]/gi, "").slice(0, 32),
      ok: r.ok, durationBucket: bucket(r.ms), os: platform(), arch: arch(), bun: Bun.version,
      installId: consent.installId, ts: hour.toISOString(),
    });
  },

  async flush() {
    if (!this.active()) { pending = []; return; }
    const q = paths().queue;
    await mkdir(dirname(q), { recursive: true });
    if (pending.length) await appendFile(q, pending.map((e) => JSON.stringify(e)).join("\n") + "\n");
    pending = [];
    let lines: string[] = [];
    try { lines = (await readFile(q, "utf8")).split("\n").filter(Boolean).slice(-200); } catch { return; }
    if (!lines.length) return;
    try {
      const res = await fetch(ENDPOINT, {
        method: "POST",
        headers: { "content-type": "application/x-ndjson", "user-agent": `${tool}/${version}` },
        body: lines.join("\n"),
        signal: AbortSignal.timeout(1500),
      });
      if (res.ok) await rm(q, { force: true });
    } catch { /* offline or blocked: keep queue, try next time */ }
  },

  async cli(args: string[]) {
    const sub = args[0] ?? "status";
    const c = await readConsent();
    switch (sub) {
      case "status": {
        const why = envOptOut();
        console.log(`telemetry: ${why ? `off (${why})` : c?.enabled ? "on" : "off"}`);
        console.log(`consent file: ${paths().consent}`);
        console.log(`endpoint: ${ENDPOINT}`);
        break;
      }
      case "enable":
      case "disable":
        await writeConsent({ enabled: sub === "enable", installId: c?.installId ?? crypto.randomUUID(), askedAt: new Date().toISOString(), policyVersion: POLICY_VERSION });
        if (sub === "disable") await rm(paths().queue, { force: true });
        console.log(`telemetry ${sub}d`);
        break;
      case "show-queue":
        try { console.log(await readFile(paths().queue, "utf8") || "(empty)"); } catch { console.log("(empty)"); }
        break;
      case "reset-id":
        if (c) await writeConsent({ ...c, installId: crypto.randomUUID() });
        console.log("install id regenerated");
        break;
      default:
        console.log("usage: telemetry status|enable|disable|show-queue|reset-id");
    }
  },
};
