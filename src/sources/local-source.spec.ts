import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { create as createTar } from 'tar';
import { DEFAULT_BUNDLE_LIMITS } from './limits.js';
import { bundleFromPath } from './local-source.js';
import { SourceError } from './source-error.js';

describe('bundleFromPath', () => {
  let root: string;
  let skill: string;

  const write = (relative: string, content: string): void => {
    const full = join(skill, relative);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'skillgate-local-'));
    skill = join(root, 'my-skill');
    write('SKILL.md', '---\nname: my-skill\ndescription: d\n---\nbody\n');
    write('scripts/run.sh', 'echo hi\n');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const paths = async (path: string, limits = DEFAULT_BUNDLE_LIMITS): Promise<string[]> =>
    (await bundleFromPath(path, limits)).files.map((f) => f.path);

  it('should read a skill folder as relative POSIX paths in a stable order', async () => {
    const bundle = await bundleFromPath(skill, DEFAULT_BUNDLE_LIMITS);
    expect(bundle.files.map((f) => f.path)).toEqual(['SKILL.md', 'scripts/run.sh']);
    expect(bundle.files[1].content.toString()).toBe('echo hi\n');
    expect(bundle.provenance).toEqual({ source: 'path', path: skill });
  });

  it('should read the folder of a SKILL.md path', async () => {
    expect(await paths(join(skill, 'SKILL.md'))).toEqual(['SKILL.md', 'scripts/run.sh']);
  });

  it('should skip .git and node_modules', async () => {
    write('.git/config', '[core]');
    write('node_modules/x/index.js', '');
    expect(await paths(skill)).toEqual(['SKILL.md', 'scripts/run.sh']);
  });

  it('should skip a symbolic link and leave a note about it', async () => {
    symlinkSync('/etc/passwd', join(skill, 'passwd'));
    const bundle = await bundleFromPath(skill, DEFAULT_BUNDLE_LIMITS);
    expect(bundle.files.map((f) => f.path)).not.toContain('passwd');
    expect(bundle.notes).toEqual([expect.objectContaining({ rule_id: 'SG-LOCAL-001', file: 'passwd' })]);
  });

  it('should refuse a folder over the file, size and nesting limits with a clear error', async () => {
    await expect(bundleFromPath(skill, { ...DEFAULT_BUNDLE_LIMITS, maxFiles: 1 })).rejects.toThrow(
      /more than 1 files/,
    );
    await expect(bundleFromPath(skill, { ...DEFAULT_BUNDLE_LIMITS, maxFileBytes: 10 })).rejects.toThrow(
      /at most 10/,
    );
    await expect(bundleFromPath(skill, { ...DEFAULT_BUNDLE_LIMITS, maxTotalBytes: 50 })).rejects.toThrow(
      /more than 50 bytes/,
    );
    await expect(bundleFromPath(skill, { ...DEFAULT_BUNDLE_LIMITS, maxNestingDepth: 0 })).rejects.toThrow(
      /nested deeper/,
    );
  });

  it('should read a .tgz archive through the archive source', async () => {
    const archive = join(root, 'my-skill.tgz');
    await createTar({ gzip: true, file: archive, cwd: root }, ['my-skill']);
    const bundle = await bundleFromPath(archive, DEFAULT_BUNDLE_LIMITS);
    expect(bundle.files.map((f) => f.path).sort()).toEqual(['SKILL.md', 'scripts/run.sh']);
    expect(bundle.provenance).toMatchObject({ source: 'path', path: archive, filename: 'my-skill.tgz' });
  });

  it('should read a lone markdown file as the SKILL.md', async () => {
    const single = join(root, 'sample.md');
    writeFileSync(single, '---\nname: x\ndescription: d\n---\n');
    expect(await paths(single)).toEqual(['SKILL.md']);
  });

  it('should throw a SourceError for a missing path or a file that is not a skill', async () => {
    await expect(bundleFromPath(join(root, 'nope'), DEFAULT_BUNDLE_LIMITS)).rejects.toBeInstanceOf(
      SourceError,
    );
    await expect(bundleFromPath(join(root, 'nope'), DEFAULT_BUNDLE_LIMITS)).rejects.toThrow(/no such file/);
    writeFileSync(join(root, 'data.bin'), Buffer.from([0, 1, 2, 3]));
    await expect(bundleFromPath(join(root, 'data.bin'), DEFAULT_BUNDLE_LIMITS)).rejects.toThrow(
      /not a skill folder/,
    );
  });
});
