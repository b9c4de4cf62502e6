import type { Dirent } from 'node:fs';
import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BundleFile, BundleNote, SkillBundle } from '../parsing/skill-bundle.js';
import { bundleFromBytes } from './archive-source.js';
import { detectContentKind, isArchiveKind } from './archive-kind.js';
import type { BundleLimits } from './limits.js';
import { SourceError } from './source-error.js';

const ARCHIVE_EXTENSIONS = ['.zip', '.tar.gz', '.tgz', '.skill'];
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
export const SYMLINK_NOTE_RULE = 'SG-LOCAL-001';
export const SPECIAL_FILE_NOTE_RULE = 'SG-LOCAL-002';

/**
 * Reads a skill from the local file system: a skill folder, a SKILL.md (its folder is the skill),
 * or an archive. Throws SourceError when the path cannot be read or breaks a limit.
 */
export async function bundleFromPath(path: string, limits: BundleLimits): Promise<SkillBundle> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new SourceError(
      404,
      `Cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file or folder' : error.message}`,
    );
  });
  if (info.isDirectory()) return bundleFromFolder(path, limits);
  if (!info.isFile()) throw new SourceError(400, `${path} is neither a folder nor a regular file.`);
  if (basename(path).toLowerCase() === 'skill.md') return bundleFromFolder(dirname(path), limits);
  return bundleFromFile(path, info.size, limits);
}

/** An archive, or a lone markdown file read as the skill's SKILL.md. */
async function bundleFromFile(path: string, size: number, limits: BundleLimits): Promise<SkillBundle> {
  if (size > limits.maxArchiveBytes) {
    throw new SourceError(
      413,
      `${path} is ${size} bytes; archives may be at most ${limits.maxArchiveBytes} bytes.`,
    );
  }
  const data = await readOrExplain(path);
  const lower = path.toLowerCase();
  const accepted = [...ARCHIVE_EXTENSIONS, '.md'].some((ext) => lower.endsWith(ext));
  if (!accepted && !isArchiveKind(detectContentKind(data))) {
    throw new SourceError(
      415,
      `${path} is not a skill folder, a SKILL.md or an archive (.zip, .tar.gz, .tgz, .skill).`,
    );
  }
  return bundleFromBytes(data, limits, { source: 'path', path, filename: basename(path) });
}

async function bundleFromFolder(root: string, limits: BundleLimits): Promise<SkillBundle> {
  const walk = new FolderWalk(root, limits);
  await walk.visit('', 0);
  return { files: walk.files, provenance: { source: 'path', path: root }, notes: walk.notes };
}

class FolderWalk {
  readonly files: BundleFile[] = [];
  readonly notes: BundleNote[] = [];
  private totalBytes = 0;

  constructor(
    private readonly root: string,
    private readonly limits: BundleLimits,
  ) {}

  async visit(folder: string, depth: number): Promise<void> {
    const entries = await readdir(join(this.root, folder), { withFileTypes: true }).catch((error: Error) => {
      throw new SourceError(400, `Cannot read folder ${join(this.root, folder)}: ${error.message}`);
    });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries)
      await this.visitEntry(entry, folder ? `${folder}/${entry.name}` : entry.name, depth);
  }

  private async visitEntry(entry: Dirent, path: string, depth: number): Promise<void> {
    if (entry.isSymbolicLink()) return this.note(SYMLINK_NOTE_RULE, 'MEDIUM', path, 'symbolic link skipped');
    if (entry.isDirectory()) {
      if (SKIPPED_FOLDERS.has(entry.name)) return;
      if (depth + 1 > this.limits.maxNestingDepth) {
        throw new SourceError(
          422,
          `${path}: folders are nested deeper than ${this.limits.maxNestingDepth} levels.`,
        );
      }
      return this.visit(path, depth + 1);
    }
    if (!entry.isFile())
      return this.note(SPECIAL_FILE_NOTE_RULE, 'LOW', path, 'special file (fifo, socket, device) skipped');
    await this.addFile(path);
  }

  private async addFile(path: string): Promise<void> {
    const full = join(this.root, path);
    const info = await lstat(full);
    if (this.files.length + 1 > this.limits.maxFiles) {
      throw new SourceError(413, `${this.root} holds more than ${this.limits.maxFiles} files.`);
    }
    if (info.size > this.limits.maxFileBytes) {
      throw new SourceError(
        413,
        `${full} is ${info.size} bytes; a file may be at most ${this.limits.maxFileBytes}.`,
      );
    }
    this.totalBytes += info.size;
    if (this.totalBytes > this.limits.maxTotalBytes) {
      throw new SourceError(413, `${this.root} holds more than ${this.limits.maxTotalBytes} bytes of files.`);
    }
    this.files.push({ path, content: await readOrExplain(full), mode: info.mode & 0o777 });
  }

  private note(rule_id: string, severity: BundleNote['severity'], file: string, what: string): void {
    this.notes.push({
      rule_id,
      severity,
      file,
      message: `${file}: ${what}; the skill was scanned without it.`,
      evidence: file,
    });
  }
}

async function readOrExplain(path: string): Promise<Buffer> {
  return readFile(path).catch((error: Error) => {
    throw new SourceError(400, `Cannot read ${path}: ${error.message}`);
  });
}
