import { mkdir, readFile, writeFile, rename } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";

const dir = path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), ".cache"), "flagpole");

export async function readCache<T>(key: string, maxAgeMs: number): Promise<T | undefined> {
  try {
    const raw = JSON.parse(await readFile(path.join(dir, `${key}.json`), "utf8"));
    if (Date.now() - raw.savedAt < maxAgeMs) return raw.value as T;
  } catch {
    /* miss */
  }
  return undefined;
}

export async function writeCache(key: string, value: unknown): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${key}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify({ savedAt: Date.now(), value }), { mode: 0o600 });
  await rename(tmp, file);
}
