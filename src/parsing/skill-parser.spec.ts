import { parseSkill } from './skill-parser.js';
import { SkillParseError } from './skill-parse-error.js';
import type { SkillBundle } from './skill-bundle.js';

function bundle(skillMd: string, extra: Record<string, string> = {}): SkillBundle {
  const files = Object.entries({ 'SKILL.md': skillMd, ...extra }).map(([path, text]) => ({
    path,
    content: Buffer.from(text),
  }));
  return { files, provenance: { source: 'raw_content' } };
}

function md(frontmatter: string, body = '# Title\nDo things.'): string {
  return `---\n${frontmatter}\n---\n${body}`;
}

function parseError(text: string): SkillParseError {
  try {
    parseSkill(bundle(text));
  } catch (error) {
    if (error instanceof SkillParseError) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('parseSkill', () => {
  it('should parse a spec skill with OpenClaw metadata', () => {
    const skill = parseSkill(
      bundle(
        md(
          [
            'name: pdf-tools',
            'description: Work with PDF files.',
            'license: MIT',
            'allowed-tools: Bash Read',
            'metadata: {"version": "1.2.0", "openclaw": {"requires": {"bins": ["qpdf"]}, "emoji": "📄"}}',
          ].join('\n'),
        ),
      ),
    );
    expect(skill.name).toBe('pdf-tools');
    expect(skill.allowedTools).toEqual(['Bash', 'Read']);
    expect(skill.metadata).toEqual({ version: '1.2.0' });
    expect(skill.openclaw?.requires?.bins).toEqual(['qpdf']);
    expect(skill.bodyLine).toBe(8);
    expect(skill.skillType).toBe('prompt');
  });

  it('should detect a code skill from its scripts', () => {
    const skill = parseSkill(bundle(md('name: a\ndescription: b'), { 'scripts/run.py': 'print(1)' }));
    expect(skill.skillType).toBe('code');
    expect(skill.scripts).toEqual(['scripts/run.py']);
  });

  it('should keep unknown keys as warnings', () => {
    const skill = parseSkill(bundle(md('name: a\ndescription: b\nauthor: me')));
    expect(skill.frontmatter.author).toBe('me');
    expect(skill.warnings[0]).toContain('author');
  });

  it.each([
    ['name: Bad_Name\ndescription: x', 'name'],
    ['name: -lead\ndescription: x', 'name'],
    ['name: double--hyphen\ndescription: x', 'name'],
    [`name: ${'a'.repeat(65)}\ndescription: x`, 'name'],
    ['description: x', 'name'],
    ['name: ok', 'description'],
    [`name: ok\ndescription: ${'d'.repeat(1025)}`, 'description'],
    [`name: ok\ndescription: x\ncompatibility: ${'c'.repeat(501)}`, 'compatibility'],
    ['name: ok\ndescription: x\nmetadata: {a: [1]}', 'metadata.a'],
    [
      'name: ok\ndescription: x\nmetadata: {openclaw: {requires: {bins: "git"}}}',
      'metadata.openclaw.requires.bins',
    ],
    ['name: ok\ndescription: [unclosed', 'frontmatter'],
    ['name: ok\nname: twice\ndescription: x', 'frontmatter'],
  ])('should refuse %j naming %s', (frontmatter, field) => {
    expect(parseError(md(frontmatter)).field).toBe(field);
  });

  it('should refuse a SKILL.md without frontmatter', () => {
    expect(parseError('# just markdown').field).toBe('frontmatter');
  });

  it('should refuse a YAML alias bomb', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'name: ok',
      'description: x',
    ].join('\n');
    expect(parseError(md(bomb)).rule).toMatch(/alias/i);
  });
});

describe('parseSkill keys', () => {
  it('should refuse a collection used as a key', () => {
    expect(() => parseSkill(bundle(md('name: ok\ndescription: x\n? [a, b]\n: value')))).toThrow(
      /plain scalars/,
    );
  });
});
