// Deno: write a .env from Vault KV v2 for dev/staging only. Prints key names, never values.
import { parseArgs } from "jsr:@std/cli@1/parse-args";

const args = parseArgs(Deno.args, { string: ["service", "env", "mount", "out"], default: { mount: "secret", out: ".env" } });
if (!args.service || !args.env) {
  console.error("usage: --service NAME --env dev|staging");
  Deno.exit(2);
}
if (!["dev", "staging"].includes(args.env)) {
  console.error("refusing: only dev and staging secrets may be written locally");
  Deno.exit(3);
}

const addr = Deno.env.get("VAULT_ADDR");
if (!addr) throw new Error("VAULT_ADDR not set");
let token = Deno.env.get("VAULT_TOKEN");
if (!token) {
  const home = Deno.env.get("HOME") ?? "";
  try {
    token = (await Deno.readTextFile(`${home}/.vault-token`)).trim();
  } catch {
    console.error("Not logged in. Run: vault login -method=oidc");
    Deno.exit(4);
  }
}

// gitignore safety check
const check = await new Deno.Command("git", { args: ["check-ignore", "-q", args.out] }).output();
if (check.code !== 0) {
  console.error(`${args.out} is not gitignored here. Add it to .gitignore first.`);
  Deno.exit(5);
}

const path = `${args.mount}/data/${args.env}/${args.service}`;
const res = await fetch(`${addr}/v1/${path}`, { headers: { "X-Vault-Token": token } });
if (!res.ok) {
  console.error(`Vault returned ${res.status} for ${path}`);
  Deno.exit(6);
}
const data: Record<string, string> = (await res.json()).data.data;

const quote = (v: string) => `"${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
const lines = [
  `# generated from vault:${path} at ${new Date().toISOString()} — do not commit`,
  ...Object.keys(data).sort().map((k) => `${k}=${quote(data[k])}`),
];
await Deno.writeTextFile(args.out, lines.join("\n") + "\n", { mode: 0o600 });
await Deno.chmod(args.out, 0o600);
console.log(`wrote ${args.out} with keys: ${Object.keys(data).sort().join(", ")}`);
