import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { SandboxInputError } from './sandbox.types.js';
import { createSkillWorkdir, safeRelativePath } from './skill-workdir.js';

const file = (path: string, content: string, mode?: number) => ({
  path,
  content: Buffer.from(content),
  mode,
});

describe('safeRelativePath', () => {
  it('should normalize harmless relative paths', () => {
    expect(safeRelativePath('scripts/./run.py')).toBe('scripts/run.py');
    expect(safeRelativePath('a\\b.sh')).toBe('a/b.sh');
  });

  it.each(['', '/etc/passwd', '../x', 'a/../../x', '.', 'a\nb'])('should refuse %j', (path) => {
    expect(() => safeRelativePath(path)).toThrow(SandboxInputError);
  });
});

describe('createSkillWorkdir', () => {
  it('should write regular, world-readable files and remove them afterwards', async () => {
    const work = await createSkillWorkdir(
      [file('scripts/run.sh', '#!/bin/sh\necho'), file('a.md', 'x')],
      'scripts/run.sh',
    );
    const script = join(work.dir, 'scripts/run.sh');
    expect(readFileSync(script, 'utf8')).toBe('#!/bin/sh\necho');
    expect(statSync(script).mode & 0o777).toBe(0o755);
    expect(statSync(join(work.dir, 'a.md')).mode & 0o777).toBe(0o644);
    expect(statSync(work.dir).mode & 0o777).toBe(0o755);
    await work.remove();
    expect(existsSync(work.dir)).toBe(false);
  });

  it('should skip symlinks instead of creating or following them', async () => {
    const work = await createSkillWorkdir(
      [file('run.sh', 'x'), file('link', '/etc/shadow', 0o120777)],
      'run.sh',
    );
    expect(work.skipped).toEqual(['link']);
    expect(() => lstatSync(join(work.dir, 'link'))).toThrow();
    await work.remove();
  });

  it('should refuse a missing entry, duplicates and escaping paths, leaving nothing behind', async () => {
    await expect(createSkillWorkdir([file('a.sh', 'x')], 'b.sh')).rejects.toThrow(SandboxInputError);
    await expect(createSkillWorkdir([file('a.sh', 'x'), file('a.sh', 'y')], 'a.sh')).rejects.toThrow(
      SandboxInputError,
    );
    await expect(createSkillWorkdir([file('../a.sh', 'x')], 'a.sh')).rejects.toThrow(SandboxInputError);
  });
});
