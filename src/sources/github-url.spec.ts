import { parseGithubUrl } from './github-url.js';
import { SourceError } from './source-error.js';

describe('parseGithubUrl', () => {
  it.each([
    ['https://github.com/acme/skills', [], false],
    ['https://github.com/acme/skills.git', [], false],
    ['https://github.com/acme/skills/', [], false],
    ['https://www.github.com/acme/skills', [], false],
    ['https://github.com/acme/skills/tree/main/skills/pdf', ['main', 'skills', 'pdf'], false],
    ['https://github.com/acme/skills/tree/feature/x', ['feature', 'x'], false],
    [
      'https://github.com/acme/skills/blob/main/skills/pdf/SKILL.md',
      ['main', 'skills', 'pdf', 'SKILL.md'],
      true,
    ],
    ['https://raw.githubusercontent.com/acme/skills/main/pdf/SKILL.md', ['main', 'pdf', 'SKILL.md'], true],
    ['https://github.com/acme/skills/tree/main/with%20space?tab=readme#x', ['main', 'with space'], false],
  ])('should accept %s', (url, refAndPath, pointsAtFile) => {
    expect(parseGithubUrl(url)).toEqual({ owner: 'acme', repo: 'skills', refAndPath, pointsAtFile });
  });

  it.each([
    'https://127.0.0.1/acme/skills',
    'http://169.254.169.254/latest/meta-data/',
    'https://[::1]/acme/skills',
    'https://gitlab.com/acme/skills',
    'https://github.com.evil.example/acme/skills',
    'http://github.com/acme/skills',
    'ftp://github.com/acme/skills',
    'file:///etc/passwd',
    'https://user:secret@github.com/acme/skills',
    'https://github.com:8443/acme/skills',
    'https://github.com/acme',
    'https://github.com/acme/skills/issues/1',
    'https://github.com/acme/skills/blob/main/README.md',
    'https://raw.githubusercontent.com/acme/skills/main/install.sh',
    'https://github.com/acme/skills/tree/main/a%2F..%2F..%2Fb',
    'not a url',
  ])('should refuse %s with 400 on the content field', (url) => {
    let caught: unknown;
    try {
      parseGithubUrl(url);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SourceError);
    expect(caught).toMatchObject({ status: 400, field: 'content' });
  });
});
