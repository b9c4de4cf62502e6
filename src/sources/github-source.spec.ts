import {
  type FakeGithub,
  type FakeGithubBehaviour,
  type FakeRepo,
  startFakeGithub,
} from '../../test/support/fake-github.js';
import { bundleFromGithubUrl, type GithubSourceOptions } from './github-source.js';
import { DEFAULT_BUNDLE_LIMITS } from './limits.js';
import { SourceError } from './source-error.js';

const SKILL = (name: string): string =>
  `---\nname: ${name}\ndescription: The ${name} skill.\n---\n# ${name}\n`;
const SHA_SINGLE = 'a'.repeat(40);
const SHA_MULTI = 'b'.repeat(40);

const REPOS: Record<string, FakeRepo> = {
  'acme/single': {
    defaultBranch: 'main',
    sha: SHA_SINGLE,
    files: { 'SKILL.md': SKILL('single'), 'scripts/run.sh': 'echo hi\n' },
  },
  'acme/multi': {
    defaultBranch: 'trunk',
    sha: SHA_MULTI,
    refs: ['feature/x'],
    files: {
      'README.md': '# Many skills\n',
      'skills/alpha/SKILL.md': SKILL('alpha'),
      'skills/alpha/references/notes.md': 'notes\n',
      'skills/beta/SKILL.md': SKILL('beta'),
    },
  },
};

function optionsFor(fake: FakeGithub, extra: Partial<GithubSourceOptions> = {}): GithubSourceOptions {
  return {
    apiUrl: fake.apiUrl,
    codeloadUrl: fake.codeloadUrl,
    limits: DEFAULT_BUNDLE_LIMITS,
    allowPrivateAddresses: true,
    timeoutMs: 5000,
    ...extra,
  };
}

async function refusal(work: Promise<unknown>): Promise<SourceError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

async function withFake<T>(
  behaviour: FakeGithubBehaviour,
  work: (fake: FakeGithub) => Promise<T>,
): Promise<T> {
  const fake = await startFakeGithub(REPOS, behaviour);
  try {
    return await work(fake);
  } finally {
    await fake.close();
  }
}

function paths(files: { path: string }[]): string[] {
  return files.map((file) => file.path).sort();
}

describe('bundleFromGithubUrl', () => {
  let fake: FakeGithub;

  beforeAll(async () => {
    fake = await startFakeGithub(REPOS);
  });

  afterAll(async () => {
    await fake.close();
  });

  describe('accepted URLs', () => {
    it('should import a repository URL at its default branch, pinned to the commit SHA', async () => {
      const bundle = await bundleFromGithubUrl('https://github.com/acme/single', optionsFor(fake));
      expect(paths(bundle.files)).toEqual(['SKILL.md', 'scripts/run.sh']);
      expect(bundle.files.find((file) => file.path === 'SKILL.md')?.content.toString()).toBe(SKILL('single'));
      expect(bundle.provenance).toEqual({
        source: 'github_url',
        url: 'https://github.com/acme/single',
        owner: 'acme',
        repo: 'single',
        path: '',
        commit_sha: SHA_SINGLE,
      });
      expect(fake.requests).toEqual(
        expect.arrayContaining([
          'GET /repos/acme/single',
          'GET /repos/acme/single/commits/main',
          `GET /acme/single/tar.gz/${SHA_SINGLE}`,
        ]),
      );
    });

    it('should import only the folder a tree URL points at', async () => {
      const bundle = await bundleFromGithubUrl(
        'https://github.com/acme/multi/tree/trunk/skills/alpha',
        optionsFor(fake),
      );
      expect(paths(bundle.files)).toEqual(['SKILL.md', 'references/notes.md']);
      expect(bundle.provenance).toMatchObject({ path: 'skills/alpha', commit_sha: SHA_MULTI });
    });

    it('should resolve a branch name holding a slash', async () => {
      const bundle = await bundleFromGithubUrl(
        'https://github.com/acme/multi/tree/feature/x/skills/beta',
        optionsFor(fake),
      );
      expect(paths(bundle.files)).toEqual(['SKILL.md']);
      expect(bundle.provenance.path).toBe('skills/beta');
    });

    it('should import the folder of a blob SKILL.md URL', async () => {
      const bundle = await bundleFromGithubUrl(
        'https://github.com/acme/multi/blob/trunk/skills/alpha/SKILL.md',
        optionsFor(fake),
      );
      expect(paths(bundle.files)).toEqual(['SKILL.md', 'references/notes.md']);
    });

    it('should import the folder of a raw.githubusercontent.com SKILL.md URL', async () => {
      const url = `https://raw.githubusercontent.com/acme/multi/${SHA_MULTI}/skills/beta/SKILL.md`;
      const bundle = await bundleFromGithubUrl(url, optionsFor(fake));
      expect(paths(bundle.files)).toEqual(['SKILL.md']);
      expect(bundle.provenance).toMatchObject({ path: 'skills/beta', commit_sha: SHA_MULTI });
    });

    it('should send the token as a Bearer authorization', async () => {
      await withFake({ requireToken: 'ghp_test' }, async (tokenFake) => {
        const bundle = await bundleFromGithubUrl(
          'https://github.com/acme/single',
          optionsFor(tokenFake, { token: 'ghp_test' }),
        );
        expect(paths(bundle.files)).toEqual(['SKILL.md', 'scripts/run.sh']);
        expect(tokenFake.requests.every((line) => line.endsWith('Bearer ghp_test'))).toBe(true);
      });
    });
  });

  describe('refusals', () => {
    it('should refuse a repository holding several skills without a path, listing them', async () => {
      const error = await refusal(bundleFromGithubUrl('https://github.com/acme/multi', optionsFor(fake)));
      expect(error.status).toBe(422);
      expect(error.message).toContain('skills/alpha/SKILL.md, skills/beta/SKILL.md');
    });

    it('should answer 404 for an unknown repository, ref or path', async () => {
      const unknownRepo = await refusal(
        bundleFromGithubUrl('https://github.com/acme/nope', optionsFor(fake)),
      );
      expect(unknownRepo).toMatchObject({
        status: 404,
        message: expect.stringMatching(/acme\/nope was not found/),
      });
      const unknownRef = await refusal(
        bundleFromGithubUrl('https://github.com/acme/multi/tree/nope/skills', optionsFor(fake)),
      );
      expect(unknownRef).toMatchObject({
        status: 404,
        message: expect.stringMatching(/No branch, tag or commit "nope"/),
      });
      const unknownPath = await refusal(
        bundleFromGithubUrl('https://github.com/acme/multi/tree/trunk/skills/gamma', optionsFor(fake)),
      );
      expect(unknownPath).toMatchObject({ status: 404, message: expect.stringMatching(/Nothing found/) });
    });

    it('should answer 404 when the tarball is gone', async () => {
      await withFake({ status: { tarball: 404 } }, async (goneFake) => {
        const error = await refusal(
          bundleFromGithubUrl('https://github.com/acme/single', optionsFor(goneFake)),
        );
        expect(error.status).toBe(404);
      });
    });

    it('should answer 502 when GitHub rate-limits', async () => {
      await withFake({ status: { repo: 403 } }, async (limitedFake) => {
        const error = await refusal(
          bundleFromGithubUrl('https://github.com/acme/single', optionsFor(limitedFake)),
        );
        expect(error).toMatchObject({ status: 502, message: expect.stringMatching(/rate limit/) });
      });
    });

    it('should refuse to follow a redirect to another host', async () => {
      await withFake(
        { redirectTarballTo: 'http://169.254.169.254/latest/meta-data/' },
        async (redirectFake) => {
          const error = await refusal(
            bundleFromGithubUrl('https://github.com/acme/single', optionsFor(redirectFake)),
          );
          expect(error).toMatchObject({
            status: 502,
            message: expect.stringMatching(/redirected to http:\/\/169\.254\.169\.254.*not an allowed host/),
          });
        },
      );
    });

    it('should stop after three redirects, even within allowed hosts', async () => {
      const loop: FakeGithubBehaviour = {
        redirectTarballTo: ({ codeloadUrl }) => `${codeloadUrl}/acme/single/tar.gz/main`,
      };
      await withFake(loop, async (loopFake) => {
        const error = await refusal(
          bundleFromGithubUrl('https://github.com/acme/single', optionsFor(loopFake)),
        );
        expect(error).toMatchObject({ status: 502, message: expect.stringMatching(/too many times/) });
        expect(loopFake.requests.filter((line) => line.includes('tar.gz'))).toHaveLength(4);
      });
    });

    it('should refuse an oversize tarball with 413 while it downloads', async () => {
      await withFake({ oversizeTarballBytes: 4 * 1024 * 1024 }, async (bigFake) => {
        const limits = { ...DEFAULT_BUNDLE_LIMITS, maxArchiveBytes: 1024 * 1024 };
        const error = await refusal(
          bundleFromGithubUrl('https://github.com/acme/single', optionsFor(bigFake, { limits })),
        );
        expect(error).toMatchObject({ status: 413, message: expect.stringMatching(/larger than 1 MiB/) });
      });
    });

    it('should answer 504 when GitHub is too slow', async () => {
      await withFake({ delayMs: 3000 }, async (slowFake) => {
        const started = performance.now();
        const error = await refusal(
          bundleFromGithubUrl('https://github.com/acme/single', optionsFor(slowFake, { timeoutMs: 300 })),
        );
        expect(error.status).toBe(504);
        expect(performance.now() - started).toBeLessThan(2000);
      });
    });

    it.each([
      'https://127.0.0.1/acme/single',
      'http://169.254.169.254/latest/meta-data/',
      'https://[::1]/acme/single',
      'https://gitlab.com/acme/single',
    ])('should refuse %s with 400 before any request', async (url) => {
      const before = fake.requests.length;
      const error = await refusal(bundleFromGithubUrl(url, optionsFor(fake)));
      expect(error).toMatchObject({ status: 400, field: 'content' });
      expect(fake.requests.length).toBe(before);
    });

    it('should refuse a configured host whose name resolves to loopback unless private addresses are allowed', async () => {
      const before = fake.requests.length;
      const apiUrl = fake.apiUrl.replace('127.0.0.1', 'localhost');
      const options = optionsFor(fake, { apiUrl, allowPrivateAddresses: false });
      const error = await refusal(bundleFromGithubUrl('https://github.com/acme/single', options));
      expect(error).toMatchObject({
        status: 502,
        message: expect.stringMatching(/Refusing to connect.*loopback/),
      });
      expect(fake.requests.length).toBe(before);
    });

    it('should refuse a configured loopback IP unless private addresses are allowed', async () => {
      const options = optionsFor(fake, { allowPrivateAddresses: false });
      const error = await refusal(bundleFromGithubUrl('https://github.com/acme/single', options));
      expect(error).toMatchObject({
        status: 502,
        message: expect.stringMatching(/Refusing to connect to 127\.0\.0\.1/),
      });
    });
  });
});
