import fc from 'fast-check';
import { SkillParseError } from '../../src/parsing/skill-parse-error.js';
import { parseSkill } from '../../src/parsing/skill-parser.js';
import { skillMdText } from './skill-md.arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

function parse(text: string) {
  return parseSkill({
    files: [{ path: 'SKILL.md', content: Buffer.from(text, 'utf8') }],
    provenance: { source: 'raw_content' },
  });
}

describe('resilience: parseSkill under property-based fuzzing', () => {
  it(`should only ever throw SkillParseError over ${RUNS} generated SKILL.md texts`, () => {
    fc.assert(
      fc.property(skillMdText, (text) => {
        try {
          const parsed = parse(text);
          expect(parsed.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(parsed.name.length).toBeLessThanOrEqual(64);
          expect(parsed.description.length).toBeGreaterThan(0);
        } catch (error) {
          if (!(error instanceof SkillParseError)) throw error;
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['[', 1_000],
    ['[', 60_000],
    ['{a: ', 16_000],
    ['- ', 30_000],
  ])('should refuse frontmatter nested %j %i deep with SkillParseError', (open, depth) => {
    expect(() => parse(`---\nname: deep\ndescription: ${open.repeat(depth)}\n---\n`)).toThrow(
      SkillParseError,
    );
  });
});
