import { constants } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';

import { SandboxFile, SandboxInputError } from './sandbox.types.js';

export interface SkillWorkdir {
  /** Host folder holding the skill, readable (not writable) by the sandbox uid. */
  dir: string;
  /** Writes a file next to (not inside) the skill folder, readable by the sandbox uid; returns its path. */
  writeAside(name: string, content: string | Buffer): Promise<string>;
  /** Paths that were not written (symlinks and other non-regular files). */
  skipped: string[];
  remove(): Promise<void>;
}

/** Rejects absolute paths, `..`, empty segments and control characters; returns the normalized path. */
export function safeRelativePath(path: string): string {
  const normalized = posix.normalize(path.replace(/\\/g, '/'));
  const bad =
    path.length === 0 ||
    path.startsWith('/') ||
    normalized.startsWith('/') ||
    normalized === '.' ||
    normalized.split('/').includes('..') ||
    [...path].some((char) => char.charCodeAt(0) < 0x20);
  if (bad) throw new SandboxInputError(`unsafe path in skill: ${JSON.stringify(path)}`);
  return normalized.replace(/\/$/, '');
}

function isRegularFile(mode: number | undefined): boolean {
  const type = (mode ?? 0) & constants.S_IFMT;
  return type === 0 || type === constants.S_IFREG;
}

function fileMode(file: SandboxFile): number {
  const executable = ((file.mode ?? 0) & 0o111) !== 0 || file.content.subarray(0, 2).toString() === '#!';
  return executable ? 0o755 : 0o644;
}

async function writeRegularFile(target: string, rel: string, file: SandboxFile): Promise<void> {
  try {
    await mkdir(dirname(target), { recursive: true, mode: 0o755 });
    await writeFile(target, file.content, { flag: 'wx', mode: fileMode(file) });
    await chmod(target, fileMode(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'EISDIR' || code === 'ENOTDIR') {
      throw new SandboxInputError(`duplicate or conflicting path in skill: ${rel}`);
    }
    throw err;
  }
}

/**
 * Writes the skill into a fresh host folder as regular files only (O_EXCL, so nothing is followed),
 * world-readable so the unprivileged sandbox uid can read it, and checks that `entry` is among them.
 */
export async function createSkillWorkdir(
  files: SandboxFile[],
  entry: string,
  baseDir = tmpdir(),
): Promise<SkillWorkdir> {
  const entryPath = safeRelativePath(entry);
  const root = await mkdtemp(join(baseDir, 'skillgate-run-'));
  const dir = join(root, 'skill');
  const remove = () => rm(root, { recursive: true, force: true });
  const writeAside = async (name: string, content: string | Buffer) => {
    const path = join(root, safeRelativePath(name).replace(/\//g, '_'));
    await writeFile(path, content, { flag: 'wx', mode: 0o644 });
    await chmod(path, 0o644);
    return path;
  };
  const skipped: string[] = [];
  try {
    await chmod(root, 0o755);
    await mkdir(dir, { mode: 0o755 });
    await chmod(dir, 0o755);
    let entryWritten = false;
    for (const file of files) {
      const rel = safeRelativePath(file.path);
      if (!isRegularFile(file.mode)) {
        skipped.push(rel);
        continue;
      }
      const target = join(dir, rel);
      await writeRegularFile(target, rel, file);
      entryWritten ||= rel === entryPath;
    }
    if (!entryWritten) throw new SandboxInputError(`entry ${entry} is not a regular file of the skill`);
    return { dir, skipped, remove, writeAside };
  } catch (err) {
    await remove();
    throw err;
  }
}
