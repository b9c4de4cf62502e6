// Install or remove the secret-guard pre-commit hook in the current repo.
// deno run --allow-run=git --allow-read --allow-write=.git/hooks scripts/install-hook.ts [--uninstall]
import { dirname, fromFileUrl, join, relative } from "@std/path";

const MARKER = "# secret-guard";

async function git(args: string[]): Promise<string> {
  const out = await new Deno.Command("git", { args, stdout: "piped" }).output();
  return new TextDecoder().decode(out.stdout).trim();
}

const top = await git(["rev-parse", "--show-toplevel"]);
if (!top) {
  console.error("Not inside a git repository.");
  Deno.exit(2);
}
const customPath = await git(["config", "--get", "core.hooksPath"]);
const hooksDir = customPath ? join(top, customPath) : join(top, await git(["rev-parse", "--git-path", "hooks"]));
const hook = join(hooksDir, "pre-commit");
const scanner = relative(top, join(dirname(fromFileUrl(import.meta.url)), "..", "src", "scan.ts"));

let existing = "";
try {
  existing = await Deno.readTextFile(hook);
} catch { /* none */ }

if (Deno.args.includes("--uninstall")) {
  if (existing.includes(MARKER)) {
    await Deno.remove(hook);
    console.log(`Removed ${hook}`);
  } else {
    console.log("No secret-guard hook installed.");
  }
  Deno.exit(0);
}

if (existing && !existing.includes(MARKER)) {
  console.error(`${hook} already exists and wasn't created by secret-guard. Add this line to it instead:\n`);
  console.error(`  deno run --allow-run=git --allow-read=. --no-prompt ${scanner} || exit 1`);
  Deno.exit(1);
}

const script = `#!/bin/sh
${MARKER} — scans staged changes for secrets. Remove with install-hook.ts --uninstall
command -v deno >/dev/null 2>&1 || { echo "secret-guard: deno not found, skipping" >&2; exit 0; }
cd "$(git rev-parse --show-toplevel)" || exit 1
exec deno run --allow-run=git --allow-read=. --no-prompt "${scanner}"
`;
await Deno.mkdir(hooksDir, { recursive: true });
await Deno.writeTextFile(hook, script, { mode: 0o755 });
console.log(`Installed pre-commit hook at ${hook}${customPath ? " (core.hooksPath)" : ""}`);
