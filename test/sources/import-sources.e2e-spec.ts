import yazl from 'yazl';
import { buildZip } from '../support/fake-github-archives.js';
import { startFakeGithub, type FakeGithub } from '../support/fake-github.js';
import { ADMIN_KEY, DATABASE_KIND, skillMd, startTestApp, type TestApp } from '../support/test-app.js';

const SHA = 'a'.repeat(40);

function zipOf(files: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const [path, text] of Object.entries(files)) zip.addBuffer(Buffer.from(text), path);
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

describe(`import sources over HTTP (${DATABASE_KIND} database)`, () => {
  let t: TestApp;
  let github: FakeGithub;
  const admin = { 'X-API-Key': ADMIN_KEY };

  beforeAll(async () => {
    github = await startFakeGithub({
      'acme/skills': {
        defaultBranch: 'main',
        sha: SHA,
        files: {
          'README.md': '# skills',
          'skills/pdf-tools/SKILL.md': skillMd('pdf-tools', 'Work with PDF files.'),
          'skills/pdf-tools/scripts/merge.py': 'import sys\nprint(sys.argv[1:])\n',
          'skills/notes/SKILL.md': skillMd('notes', 'Take notes.'),
        },
      },
    });
    t = await startTestApp({
      githubApiUrl: github.apiUrl,
      githubCodeloadUrl: github.codeloadUrl,
      allowPrivateAddresses: true,
      maxArchiveBytes: 256 * 1024,
    });
  });
  afterAll(async () => {
    await t.close();
    await github.close();
  });
  beforeEach(async () => t.truncate());

  const importGithub = (url: string) =>
    t.http().post('/api/skills/import').set(admin).send({ source: 'github_url', content: url });

  it('should import a skill folder from a GitHub tree URL pinned to the commit', async () => {
    const res = await importGithub('https://github.com/acme/skills/tree/main/skills/pdf-tools').expect(201);
    expect(res.body).toMatchObject({ name: 'pdf-tools', skill_type: 'code' });
    const detail = await t.http().get(`/api/skills/${res.body.skill_id}`).set(admin).expect(200);
    expect(detail.body.provenance).toMatchObject({
      source: 'github_url',
      owner: 'acme',
      repo: 'skills',
      commit_sha: SHA,
    });
    expect(detail.body.files.map((f: { path: string }) => f.path)).toEqual(['SKILL.md', 'scripts/merge.py']);
  });

  it('should answer 422 listing the skills of a repository URL without a path', async () => {
    const res = await importGithub('https://github.com/acme/skills').expect(422);
    expect(res.body.message).toContain('skills/pdf-tools');
    expect(res.body.message).toContain('skills/notes');
  });

  it('should refuse a URL that is not GitHub with 400 and never fetch it', async () => {
    const before = github.requests.length;
    for (const url of [
      'http://169.254.169.254/latest/meta-data',
      'https://127.0.0.1/a/b',
      'https://evil.example/a/b',
    ]) {
      const res = await importGithub(url).expect(400);
      expect(res.body.message).toMatch(/content/);
    }
    expect(github.requests.length).toBe(before);
  });

  it('should answer 404 for an unknown repository', async () => {
    await importGithub('https://github.com/acme/missing').expect(404);
  });

  it('should import an uploaded zip archive', async () => {
    const zip = await zipOf({
      'my-skill/SKILL.md': skillMd('zipped-skill'),
      'my-skill/references/a.md': '# ref',
    });
    const res = await t
      .http()
      .post('/api/skills/import/upload')
      .set(admin)
      .attach('file', zip, 'my-skill.zip')
      .expect(201);
    expect(res.body).toMatchObject({ name: 'zipped-skill', status: 'Active' });
  });

  it('should import a single uploaded SKILL.md', async () => {
    const res = await t
      .http()
      .post('/api/skills/import/upload')
      .set(admin)
      .attach('file', Buffer.from(skillMd('single-file')), 'SKILL.md')
      .expect(201);
    expect(res.body.name).toBe('single-file');
  });

  it('should refuse a zip slip upload with 422 and store nothing', async () => {
    const zip = buildZip([
      { name: 'SKILL.md', data: skillMd('slip') },
      { name: '../evil.sh', data: 'echo pwned' },
    ]);
    const res = await t.http().post('/api/skills/import/upload').set(admin).attach('file', zip, 'x.zip');
    expect([400, 422]).toContain(res.status);
    expect(res.body).toMatchObject({ statusCode: res.status, request_id: expect.any(String) });
    const rows = await t.dataSource.query('SELECT count(*)::int AS n FROM skills');
    expect(rows[0].n).toBe(0);
  });

  it('should refuse an upload over the archive limit with 413', async () => {
    const res = await t
      .http()
      .post('/api/skills/import/upload')
      .set(admin)
      .attach('file', Buffer.alloc(300 * 1024, 1), 'big.zip')
      .expect(413);
    expect(res.body.statusCode).toBe(413);
  });

  it('should refuse a password-protected archive, naming the malware trick', async () => {
    const zip = buildZip([{ name: 'SKILL.md', data: skillMd('locked'), flags: 1 }]);
    const res = await t
      .http()
      .post('/api/skills/import/upload')
      .set(admin)
      .attach('file', zip, 'x.zip')
      .expect(422);
    expect(res.body.message).toMatch(/password|encrypt/i);
  });

  it('should refuse an unknown file type with 415 and a missing file with 400', async () => {
    await t
      .http()
      .post('/api/skills/import/upload')
      .set(admin)
      .attach('file', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0]), 'a.bin')
      .expect(415);
    await t.http().post('/api/skills/import/upload').set(admin).field('other', 'x').expect(400);
  });
});
