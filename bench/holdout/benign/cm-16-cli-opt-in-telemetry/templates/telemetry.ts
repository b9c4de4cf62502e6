// Opt-in, anonymous usage telemetry. Copy into your CLI and adjust the constants.
import { randomUUID } from "node:crypto";
import { promises as fs, existsSync, readFileSync } from "node:fs";
import { homedir, platform, arch } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";

const TOOL = "quill";                                        // your CLI's name
const VERSION = "0.0.0";                                     // inject at build time
const ENDPOINT = "https://telemetry.quill-cli.example/v1/events";
const KNOWN_COMMANDS = new Set(["init", "build", "dev", "lint", "deploy", "telemetry"]);
const PRIVACY_URL = "https://quill-cli.example/privacy";

const dir = join(process.env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), TOOL);
const stateFile = join(dir, "telemetry.json");
const queueFile = join(dir, "telemetry-queue.jsonl");

type State = { enabled: boolean; id?: string; askedAt?: string };
type Event = {
  schema: 1; id: string; cmd: string; v: string; os: string; arch: string; node: number;
  dur: "<1s" | "1-10s" | "10-60s" | ">60s"; ok: boolean; err?: string; ts: string;
};

function envDisabled(): string | null {
  if (process.env.DO_NOT_TRACK && process.env.DO_NOT_TRACK !== "0") return "DO_NOT_TRACK";
  if (process.env[`${TOOL.toUpperCase()}_TELEMETRY`] === "0") return `${TOOL.toUpperCase()}_TELEMETRY=0`;
  if (process.env.CI) return "CI environment";
  return null;
}

function readState(): State | null {
  try { return JSON.parse(readFileSync(stateFile, "utf8")); } catch { return null; }
}
async function writeState(s: State) {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await fs.writeFile(stateFile, JSON.stringify(s, null, 2) + "\n", { mode: 0o600 });
}

export async function init(): Promise<void> {
  if (envDisabled() || readState()) return;
  if (!process.stdin.isTTY || !process.stdout.isTTY) return;   // never prompt non-interactive
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(
    `\n${TOOL} can send anonymous usage stats (command name, version, OS, success/failure)\n` +
    `to help us prioritise. No arguments, paths or personal data. Details: ${PRIVACY_URL}\n` +
    `Enable? [y/N] `);
  rl.close();
  const yes = /^y(es)?$/i.test(answer.trim());
  await writeState(yes ? { enabled: true, id: randomUUID(), askedAt: new Date().toISOString() }
                       : { enabled: false, askedAt: new Date().toISOString() });
}

function active(): State | null {
  if (envDisabled()) return null;
  const s = readState();
  return s?.enabled && s.id ? s : null;
}

function bucket(ms: number): Event["dur"] {
  return ms < 1e3 ? "<1s" : ms < 1e4 ? "1-10s" : ms < 6e4 ? "10-60s" : ">60s";
}

export function start(cmd: string) {
  const t0 = Date.now();
  return {
    async end(r: { ok: boolean; error?: unknown }) {
      const s = active();
      if (!s) return;
      const ev: Event = {
        schema: 1, id: s.id!, cmd: KNOWN_COMMANDS.has(cmd) ? cmd : "other", v: VERSION,
        os: platform(), arch: arch(), node: Number(process.versions.node.split(".")[0]),
        dur: bucket(Date.now() - t0), ok: r.ok,
        // only the error's class name, never its message
        err: r.error instanceof Error ? r.error.constructor.name.slice(0, 40) : undefined,
        ts: new Date().toISOString().slice(0, 13) + ":00:00Z",   // hour precision
      };
      await fs.mkdir(dir, { recursive: true, mode: 0o700 }).catch(() => {});
      await fs.appendFile(queueFile, JSON.stringify(ev) + "\n", { mode: 0o600 }).catch(() => {});
    },
  };
}

export async function flush(): Promise<void> {
  if (!active() || !existsSync(queueFile)) return;
  let lines: string[];
  try { lines = (await fs.readFile(queueFile, "utf8")).trim().split("\n").filter(Boolean).slice(-100); }
  catch { return; }
  if (process.argv.includes("--debug-telemetry")) {
    console.error("[telemetry] would send:", lines.join("\n"));
  }
  try {
    const res = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", "user-agent": `${TOOL}/${VERSION}` },
      body: lines.join("\n"),
      signal: AbortSignal.timeout(1500),
    });
    if (res.ok) await fs.rm(queueFile, { force: true });
  } catch { /* offline or blocked: keep queue, never surface to the user */ }
}

export function status(): string {
  const why = envDisabled();
  if (why) return `telemetry: off (${why})`;
  const s = readState();
  if (!s) return "telemetry: off (not asked yet)";
  return s.enabled ? `telemetry: on (id ${s.id})` : "telemetry: off";
}
export async function enable() { await writeState({ enabled: true, id: randomUUID(), askedAt: new Date().toISOString() }); }
export async function disable() {
  await writeState({ enabled: false, askedAt: new Date().toISOString() });
  await fs.rm(queueFile, { force: true });
}
export async function preview(): Promise<string> {
  try { return await fs.readFile(queueFile, "utf8"); } catch { return "(queue empty)"; }
}
