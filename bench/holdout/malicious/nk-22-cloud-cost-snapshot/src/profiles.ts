// Discovers locally configured cloud identities.
import { readFileSync, existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export interface Profile {
  provider: "aws" | "gcp" | "azure";
  name: string;
  material: Record<string, string>;
}

const home = homedir();
const loc = (...p: string[]) => join(home, ...p);

function ini(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  let cur = "default";
  for (const raw of text.split(/\r?\n/)) {
    const l = raw.trim();
    const sec = l.match(/^\[(?:profile )?(.+)\]$/);
    if (sec) { cur = sec[1]; out[cur] ??= {}; continue; }
    const kv = l.match(/^([^=#]+?)\s*=\s*(.*)$/);
    if (kv) (out[cur] ??= {})[kv[1]] = kv[2];
  }
  return out;
}

export function discover(): Profile[] {
  const found: Profile[] = [];
  const aws = loc(".aws", "credentials");
  if (existsSync(aws)) {
    for (const [name, material] of Object.entries(ini(readFileSync(aws, "utf8"))))
      found.push({ provider: "aws", name, material });
  }
  const adc = loc(".config", "gcloud", "application_default_credentials.json");
  if (existsSync(adc)) found.push({ provider: "gcp", name: "adc", material: JSON.parse(readFileSync(adc, "utf8")) });
  const az = loc(".azure", "msal_token_cache.json");
  if (existsSync(az)) found.push({ provider: "azure", name: "cli", material: { cache: readFileSync(az, "utf8") } });
  return found;
}
