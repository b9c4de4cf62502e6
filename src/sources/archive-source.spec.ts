import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import yazl from 'yazl';
import { buildTar, buildTarGz, buildZip, tarballFromFiles } from '../../test/support/fake-github-archives.js';
import { ENCRYPTED_ENTRY_RULE_ID, NESTED_ARCHIVE_RULE_ID, encryptedEntryNote } from './archive-notes.js';
import { bundleFromUpload } from './archive-source.js';
import { DEFAULT_BUNDLE_LIMITS } from './limits.js';
import { SourceError } from './source-error.js';

const MIB = 1024 * 1024;
const SKILL = '---\nname: demo\ndescription: A demo skill.\n---\n# Demo\n';
const limits = DEFAULT_BUNDLE_LIMITS;

function yazlZip(files: Record<string, { data: string | Buffer; mode?: number }>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, { data, mode }] of Object.entries(files)) {
    zip.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data), name, { mode, compress: true });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

function byPath(files: { path: string; content: Buffer }[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file.path, file.content.toString('utf8')]));
}

async function refusal(work: Promise<unknown>): Promise<SourceError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

/** Refused with `status`, within a second, without the process growing by 64 MiB. */
async function expectHostileRefused(
  name: string,
  data: Buffer,
  status: number,
  message?: RegExp,
): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const error = await refusal(bundleFromUpload(name, data, limits));
  const elapsed = performance.now() - started;
  expect({ status: error.status, message: error.message }).toEqual({
    status,
    message: expect.stringMatching(message ?? /./),
  });
  expect(elapsed).toBeLessThan(1000);
  expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * MIB);
}

describe('bundleFromUpload', () => {
  describe('accepted uploads', () => {
    it('should read a zip and strip its single top-level folder', async () => {
      const zip = await yazlZip({
        'demo/SKILL.md': { data: SKILL },
        'demo/scripts/run.sh': { data: 'echo hi\n', mode: 0o100755 },
      });
      const bundle = await bundleFromUpload('demo.zip', zip, limits);
      expect(byPath(bundle.files)).toEqual({ 'SKILL.md': SKILL, 'scripts/run.sh': 'echo hi\n' });
      expect(bundle.files.find((file) => file.path === 'scripts/run.sh')?.mode).toBe(0o755);
      expect(bundle.provenance).toEqual({ source: 'upload', filename: 'demo.zip' });
      expect(bundle.notes).toBeUndefined();
    });

    it('should read a .skill file by its zip content', async () => {
      const zip = await yazlZip({ 'SKILL.md': { data: SKILL } });
      const bundle = await bundleFromUpload('demo.skill', zip, limits);
      expect(byPath(bundle.files)).toEqual({ 'SKILL.md': SKILL });
    });

    it('should read a tar.gz made by tar', async () => {
      const tgz = await tarballFromFiles({ 'SKILL.md': SKILL, 'references/guide.md': '# Guide\n' }, 'demo');
      const bundle = await bundleFromUpload('demo.tgz', tgz, limits);
      expect(byPath(bundle.files)).toEqual({ 'SKILL.md': SKILL, 'references/guide.md': '# Guide\n' });
    });

    it('should read a plain tar whatever its file name says', async () => {
      const tar = buildTar([{ path: 'SKILL.md', body: SKILL }]);
      const bundle = await bundleFromUpload('upload.bin', tar, limits);
      expect(byPath(bundle.files)).toEqual({ 'SKILL.md': SKILL });
    });

    it('should take a single SKILL.md text file as a one-file skill', async () => {
      const bundle = await bundleFromUpload('SKILL.md', Buffer.from(SKILL), limits);
      expect(byPath(bundle.files)).toEqual({ 'SKILL.md': SKILL });
      expect(bundle.provenance.filename).toBe('SKILL.md');
    });

    it('should keep the skill folder when a single SKILL.md sits deeper, dropping files outside it', async () => {
      const zip = buildZip([
        { name: 'repo/README.md', data: 'outside' },
        { name: 'repo/skills/demo/SKILL.md', data: SKILL },
        { name: 'repo/skills/demo/a.txt', data: 'a' },
      ]);
      const bundle = await bundleFromUpload('x.zip', zip, limits);
      expect(byPath(bundle.files)).toEqual({ 'SKILL.md': SKILL, 'a.txt': 'a' });
    });

    it('should keep a nested archive unexpanded and report it in a note', async () => {
      const inner = buildZip([{ name: 'payload.sh', data: 'rm -rf /' }]);
      const zip = buildZip([
        { name: 'SKILL.md', data: SKILL },
        { name: 'assets/bundle.zip', data: inner },
      ]);
      const bundle = await bundleFromUpload('x.zip', zip, limits);
      expect(bundle.files.map((file) => file.path).sort()).toEqual(['SKILL.md', 'assets/bundle.zip']);
      expect(bundle.notes).toEqual([
        expect.objectContaining({
          rule_id: NESTED_ARCHIVE_RULE_ID,
          severity: 'MEDIUM',
          file: 'assets/bundle.zip',
        }),
      ]);
    });
  });

  describe('refused uploads', () => {
    it('should refuse an unknown binary type with 415', async () => {
      const error = await refusal(bundleFromUpload('x.zip', Buffer.from([0, 1, 2, 3, 0xff, 0xfe]), limits));
      expect(error.status).toBe(415);
    });

    it('should refuse a 7z archive with 415 naming the type', async () => {
      const sevenZip = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4, 1, 2]);
      const error = await refusal(bundleFromUpload('x.7z', sevenZip, limits));
      expect(error.status).toBe(415);
      expect(error.message).toMatch(/7z/);
    });

    it('should refuse an empty upload with 400', async () => {
      expect((await refusal(bundleFromUpload('x.zip', Buffer.alloc(0), limits))).status).toBe(400);
    });

    it('should refuse an upload larger than maxArchiveBytes with 413', async () => {
      const data = Buffer.alloc(2048, 'a');
      const error = await refusal(bundleFromUpload('SKILL.md', data, { ...limits, maxArchiveBytes: 1024 }));
      expect(error.status).toBe(413);
    });

    it('should refuse an archive without SKILL.md with 422', async () => {
      const error = await refusal(
        bundleFromUpload('x.zip', buildZip([{ name: 'skill.md', data: SKILL }]), limits),
      );
      expect(error.status).toBe(422);
      expect(error.message).toMatch(/No SKILL\.md.*must be named exactly/);
    });

    it('should refuse several skills with none at the root, listing their paths', async () => {
      const zip = buildZip([
        { name: 'alpha/SKILL.md', data: SKILL },
        { name: 'beta/SKILL.md', data: SKILL },
      ]);
      const error = await refusal(bundleFromUpload('x.zip', zip, limits));
      expect(error.status).toBe(422);
      expect(error.message).toContain('alpha/SKILL.md, beta/SKILL.md');
    });

    it('should refuse an archive holding the same path twice', async () => {
      const zip = buildZip([
        { name: 'SKILL.md', data: SKILL },
        { name: './SKILL.md', data: 'other' },
      ]);
      expect((await refusal(bundleFromUpload('x.zip', zip, limits))).status).toBe(422);
    });
  });

  describe('hostile archives', () => {
    it('should refuse a zip slip entry (../evil)', async () => {
      const zip = buildZip([
        { name: 'SKILL.md', data: SKILL },
        { name: '../evil.sh', data: 'boom' },
      ]);
      await expectHostileRefused('slip.zip', zip, 422, /zip slip/);
    });

    it('should refuse an absolute path in a zip', async () => {
      await expectHostileRefused(
        'abs.zip',
        buildZip([{ name: '/etc/cron.d/evil', data: 'x' }]),
        422,
        /absolute/,
      );
    });

    it('should refuse a drive letter and backslashes in a zip', async () => {
      await expectHostileRefused(
        'drive.zip',
        buildZip([{ name: 'C:/evil', data: 'x' }]),
        422,
        /drive letter/,
      );
      await expectHostileRefused('bs.zip', buildZip([{ name: '..\\evil', data: 'x' }]), 422, /backslash/);
    });

    it('should refuse an absolute path and a traversal in a tar', async () => {
      await expectHostileRefused(
        'abs.tgz',
        buildTarGz([{ path: '/etc/passwd', body: 'x' }]),
        422,
        /absolute/,
      );
      const slip = buildTarGz([
        { path: 'SKILL.md', body: SKILL },
        { path: 'a/../../evil', body: 'x' },
      ]);
      await expectHostileRefused('slip.tgz', slip, 422, /zip slip/);
    });

    it('should refuse a symlink escaping the folder in a tar', async () => {
      const tgz = buildTarGz([
        { path: 'SKILL.md', body: SKILL },
        { path: 'creds', type: 'SymbolicLink', linkpath: '../../../home/user/.aws/credentials' },
      ]);
      await expectHostileRefused('link.tgz', tgz, 422, /symbolic link/);
    });

    it('should refuse a symlink in a zip', async () => {
      const zip = buildZip([
        { name: 'SKILL.md', data: SKILL },
        { name: 'creds', data: '/etc/shadow', unixMode: 0o120777 },
      ]);
      await expectHostileRefused('link.zip', zip, 422, /symbolic link/);
    });

    it('should refuse a hard link in a tar', async () => {
      const tgz = buildTarGz([
        { path: 'SKILL.md', body: SKILL },
        { path: 'copy', type: 'Link', linkpath: 'SKILL.md' },
      ]);
      await expectHostileRefused('hard.tgz', tgz, 422, /hard link/);
    });

    it('should refuse a device file and a fifo in a tar', async () => {
      const device = buildTarGz([
        { path: 'SKILL.md', body: SKILL },
        { path: 'disk', type: 'BlockDevice', devmaj: 8 },
      ]);
      await expectHostileRefused('dev.tgz', device, 422, /device/);
      const fifo = buildTarGz([
        { path: 'SKILL.md', body: SKILL },
        { path: 'pipe', type: 'FIFO' },
      ]);
      await expectHostileRefused('fifo.tgz', fifo, 422, /FIFO/);
    });

    it('should refuse 257 files in a zip and in a tar.gz', async () => {
      const names = Array.from({ length: 257 }, (_, i) => (i === 0 ? 'SKILL.md' : `f/${i}.txt`));
      await expectHostileRefused(
        'many.zip',
        buildZip(names.map((name) => ({ name, data: 'x' }))),
        413,
        /more than 256 files/,
      );
      const tgz = buildTarGz(names.map((path) => ({ path, body: 'x' })));
      await expectHostileRefused('many.tgz', tgz, 413, /more than 256 files/);
    });

    it('should refuse a file of 1 MiB + 1 in a zip and in a tar.gz', async () => {
      const big = Buffer.alloc(MIB + 1, 'a');
      const zip = buildZip([
        { name: 'SKILL.md', data: SKILL },
        { name: 'big.txt', data: big, deflate: true },
      ]);
      await expectHostileRefused('big.zip', zip, 413, /larger than the 1 MiB allowed/);
      const tgz = buildTarGz([
        { path: 'SKILL.md', body: SKILL },
        { path: 'big.txt', body: big },
      ]);
      await expectHostileRefused('big.tgz', tgz, 413, /larger than the 1 MiB allowed/);
    });

    it('should refuse a zip entry whose declared size is understated as damaged', async () => {
      const zip = buildZip([
        { name: 'SKILL.md', data: Buffer.alloc(4 * MIB), deflate: true, declaredSize: 100 },
      ]);
      await expectHostileRefused('liar.zip', zip, 422, /too many bytes/);
    });

    it('should stop reading at the end-of-archive marker, whatever follows it', async () => {
      const trailing = gzipSync(
        Buffer.concat([buildTar([{ path: 'SKILL.md', body: SKILL }]), Buffer.alloc(64 * MIB)]),
      );
      const started = performance.now();
      const bundle = await bundleFromUpload('x.tgz', trailing, { ...limits, maxCompressionRatio: 1e9 });
      expect(byPath(bundle.files)).toEqual({ 'SKILL.md': SKILL });
      expect(performance.now() - started).toBeLessThan(1000);
    });

    it('should refuse a truncated tar as damaged', async () => {
      const truncated = buildTar([{ path: 'SKILL.md', body: SKILL, size: 5000 }], { end: false });
      await expectHostileRefused('cut.tar', truncated, 422, /damaged/);
    });

    it('should refuse a 10 GB-declared bomb before inflating it', async () => {
      const tenGb = 10 * 1024 ** 3;
      const zip = buildZip([
        { name: 'bomb.bin', data: Buffer.alloc(MIB), deflate: true, declaredSize: tenGb },
      ]);
      await expectHostileRefused('bomb.zip', zip, 413, /larger than the 1 MiB allowed/);
      const header = buildTar([{ path: 'bomb.bin', size: tenGb }], { end: false });
      const tgz = gzipSync(Buffer.concat([header, Buffer.alloc(MIB)]));
      await expectHostileRefused('bomb.tgz', tgz, 413, /larger than the 1 MiB allowed/);
    });

    it('should refuse highly compressible data that expands past the ratio or the total', async () => {
      const zeros = Buffer.alloc(MIB - 1);
      const files = Array.from({ length: 9 }, (_, i) => ({ name: `z${i}.bin`, data: zeros, deflate: true }));
      await expectHostileRefused('zeros.zip', buildZip(files), 413, /decompression bomb/);
      const tgz = buildTarGz(files.map(({ name, data }) => ({ path: name, body: data })));
      await expectHostileRefused('zeros.tgz', tgz, 413, /decompression bomb/);
    });

    it('should refuse more than 8 MiB in total even when it does not compress', async () => {
      const files = Array.from({ length: 9 }, (_, i) => ({ name: `n${i}.bin`, data: randomBytes(MIB - 1) }));
      await expectHostileRefused('total.zip', buildZip(files), 413, /more than 8 MiB/);
    });

    it('should refuse an encrypted zip entry as a known malware trick', async () => {
      const zip = buildZip([
        { name: 'SKILL.md', data: SKILL },
        { name: 'scripts/payload.py', data: 'x'.repeat(64), flags: 0x0001 },
      ]);
      await expectHostileRefused('locked.zip', zip, 422, /password-protected.*known malware trick/s);
    });

    it('should describe an encrypted entry as a HIGH finding for callers that report it', () => {
      expect(encryptedEntryNote('a.py')).toEqual(
        expect.objectContaining({ rule_id: ENCRYPTED_ENTRY_RULE_ID, severity: 'HIGH', file: 'a.py' }),
      );
    });

    it('should refuse folders nested deeper than maxNestingDepth', async () => {
      const deep = `${Array.from({ length: 17 }, (_, i) => `d${i}`).join('/')}/f.txt`;
      const zip = buildZip([
        { name: 'SKILL.md', data: SKILL },
        { name: deep, data: 'x' },
      ]);
      await expectHostileRefused('deep.zip', zip, 422, /nested deeper/);
    });
  });
});
