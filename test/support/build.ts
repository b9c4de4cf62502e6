import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What the spawned-process tests run: the server and the CLI, both from one `tsc` build. */
const OUTPUTS = [join(ROOT, 'dist', 'main.js'), join(ROOT, 'dist', 'cli', 'skillgate.js')];

/**
 * dist/ must match the sources under test: rebuild when an output is missing or any source is
 * newer. tsc emits despite type errors (those are the build's and lint's to report), so only a
 * missing output fails here.
 */
export function ensureBuilt(): void {
  const newestSource = newestMtime(join(ROOT, 'src'));
  if (OUTPUTS.every((out) => existsSync(out) && statSync(out).mtimeMs >= newestSource)) return;
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const missing = OUTPUTS.filter((out) => !existsSync(out));
  if (missing.length > 0)
    throw new Error(`build failed (${missing.join(', ')}):\n${result.stdout}${result.stderr}`);
}

function newestMtime(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    }),
  );
}
