import { buildContext } from "./context.ts";
import { upload, remove } from "./host.ts";

async function git(...args: string[]) {
  const out = await new Deno.Command("git", { args, stdout: "piped" }).output();
  return new TextDecoder().decode(out.stdout).trim();
}

const repo = (await git("rev-parse", "--show-toplevel")).split("/").pop() ?? "app";
const branch = await git("rev-parse", "--abbrev-ref", "HEAD");
const name = `${repo}-${branch}`.toLowerCase().replace(/[^a-z0-9-]/g, "-");

if (Deno.args[0] === "down") {
  await remove(name);
  console.log(`removed ${name}`);
} else {
  const tar = await new Deno.Command("git", { args: ["archive", "HEAD"], stdout: "piped" }).output();
  const url = await upload(name, tar.stdout, await buildContext());
  console.log(`preview: ${url}`);
}
