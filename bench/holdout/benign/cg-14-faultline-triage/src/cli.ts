const BASE = (process.env.FAULTLINE_URL ?? "https://faultline.example").replace(/\/$/, "") + "/api/0";
const TOKEN = process.env.FAULTLINE_AUTH_TOKEN;
const ORG = process.env.FAULTLINE_ORG;

if (!TOKEN || !ORG) {
  console.error("Set FAULTLINE_AUTH_TOKEN and FAULTLINE_ORG (User settings → Auth Tokens).");
  process.exit(1);
}

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${BASE}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      "Content-Type": "application/json",
      ...(init.headers ?? {}),
    },
  });
  if (!res.ok) {
    const body = await res.text();
    throw new Error(`${init.method ?? "GET"} ${path} → ${res.status}: ${body.slice(0, 300)}`);
  }
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

interface Issue {
  id: string;
  shortId: string;
  title: string;
  culprit: string;
  level: string;
  count: string;
  userCount: number;
  lastSeen: string;
  permalink: string;
}

interface Frame {
  filename?: string;
  function?: string;
  lineNo?: number;
  inApp?: boolean;
  context?: [number, string][];
}

interface Event {
  eventID: string;
  dateCreated: string;
  tags: { key: string; value: string }[];
  entries: { type: string; data: any }[];
}

async function issues(project: string, query = "is:unresolved") {
  const qs = new URLSearchParams({ query, statsPeriod: "24h", sort: "freq", limit: "15" });
  const list = await api<Issue[]>(`/projects/${ORG}/${project}/issues/?${qs}`);
  if (!list.length) return console.log("No matching issues.");
  for (const i of list) {
    console.log(
      `${i.id.padEnd(9)} ${i.shortId.padEnd(16)} ${i.level.padEnd(7)} ${String(i.count).padStart(6)} ev ` +
        `${String(i.userCount).padStart(5)} users  ${i.title.slice(0, 80)}`,
    );
  }
}

function printFrames(frames: Frame[]) {
  for (const f of frames.slice().reverse().slice(0, 20)) {
    const mark = f.inApp ? "*" : " ";
    console.log(`  ${mark} ${f.function ?? "?"}  ${f.filename ?? "?"}:${f.lineNo ?? "?"}`);
    if (f.inApp && f.context) {
      for (const [n, line] of f.context) {
        console.log(`      ${n === f.lineNo ? ">" : " "}${String(n).padStart(5)} ${line}`);
      }
    }
  }
}

async function event(issueId: string) {
  const ev = await api<Event>(`/issues/${issueId}/events/latest/`);
  console.log(`event ${ev.eventID} at ${ev.dateCreated}`);
  const tags = Object.fromEntries(ev.tags.map((t) => [t.key, t.value]));
  for (const k of ["release", "environment", "browser", "os", "runtime", "url"]) {
    if (tags[k]) console.log(`  ${k}: ${tags[k]}`);
  }
  for (const entry of ev.entries) {
    if (entry.type === "exception") {
      for (const ex of entry.data.values) {
        console.log(`\n${ex.type}: ${ex.value}`);
        printFrames(ex.stacktrace?.frames ?? []);
      }
    } else if (entry.type === "breadcrumbs") {
      console.log("\nbreadcrumbs (last 10):");
      for (const b of entry.data.values.slice(-10)) {
        console.log(`  ${b.timestamp} [${b.category}] ${b.message ?? JSON.stringify(b.data ?? {}).slice(0, 120)}`);
      }
    }
  }
}

async function update(issueId: string, body: Record<string, unknown>) {
  const out = await api<{ status?: string; assignedTo?: { name: string } }>(`/issues/${issueId}/`, {
    method: "PUT",
    body: JSON.stringify(body),
  });
  console.log(`issue ${issueId}: ${out.status ?? ""} ${out.assignedTo ? "→ " + out.assignedTo.name : ""}`.trim());
}

const [cmd, arg, ...rest] = process.argv.slice(2);
const opt = (name: string) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};

(async () => {
  switch (cmd) {
    case "issues":
      await issues(arg, opt("--query"));
      break;
    case "event":
      await event(arg);
      break;
    case "resolve":
      await update(
        arg,
        rest.includes("--in-next-release")
          ? { status: "resolved", statusDetails: { inNextRelease: true } }
          : { status: "resolved" },
      );
      break;
    case "assign":
      await update(arg, { assignedTo: rest[0] });
      break;
    default:
      console.error("usage: cli.ts issues <project> [--query Q] | event <id> | resolve <id> [--in-next-release] | assign <id> <email>");
      process.exit(1);
  }
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
