import fc from 'fast-check';
import { stringify } from 'yaml';

/** SKILL.md texts for fuzzing: valid, near-valid (one rule broken) and hostile (whatever bytes YAML can get). */

const validName = fc.stringMatching(/^[a-z0-9]{1,20}(-[a-z0-9]{1,20}){0,2}$/);
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
const yamlScalar = fc.oneof(
  anyText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '~',
    'yes',
    'NO',
    '0x1F',
    '.nan',
    '-.inf',
    '2026-02-30',
    '!!binary aGVsbG8=',
    "'",
    '"',
    '|',
    '>',
  ),
);
const yamlValue = fc.oneof(
  yamlScalar,
  fc.jsonValue({ maxDepth: 4 }),
  fc.array(yamlScalar, { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 10 }), yamlScalar, { maxKeys: 5 }),
);

const body = fc.oneof(anyText, fc.constant('# Usage\nRun `scripts/run.sh`.\n'));

function document(frontmatter: string, text: string): string {
  return `---\n${frontmatter}\n---\n${text}`;
}

const valid = fc
  .record({
    name: validName,
    description: fc.string({ minLength: 1, maxLength: 300 }).filter((d) => d.trim().length > 0),
    license: fc.option(fc.constantFrom('MIT', 'Apache-2.0'), { nil: undefined }),
    metadata: fc.option(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 })), {
      nil: undefined,
    }),
    'allowed-tools': fc.option(fc.constantFrom('Bash Read', 'Read'), { nil: undefined }),
  })
  .chain((fields) => body.map((text) => document(stringify(fields).trimEnd(), text)));

/** A valid document with one field swapped for an arbitrary value, or its structure damaged. */
const nearValid = fc.oneof(
  fc
    .record({
      key: fc.constantFrom(
        'name',
        'description',
        'license',
        'compatibility',
        'metadata',
        'allowed-tools',
        'homepage',
      ),
      value: yamlValue,
    })
    .map(({ key, value }) =>
      document(stringify({ name: 'fuzz-skill', description: 'A skill.', [key]: value }).trimEnd(), 'Body.'),
    ),
  valid.map((text) => text.replace(/^---\n/, '')),
  valid.map((text) => text.replace(/\n---\n/, '\n')),
  valid.map((text) => text.replace('name:', 'name: x\nname:')),
  valid.map((text) => text.replace(/\n/g, '\r\n')),
  valid.map((text) => `\uFEFF${text}`),
  fc.integer({ min: 65, max: 2000 }).map((n) => document(`name: ${'a'.repeat(n)}\ndescription: d`, '')),
  fc.integer({ min: 1000, max: 70_000 }).map((n) => document(`name: big\ndescription: ${'x'.repeat(n)}`, '')),
);

const aliasBomb = fc.integer({ min: 2, max: 12 }).map((levels) => {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return document(`name: bomb\ndescription: d\n${lines.join('\n')}`, '');
});

const deepNesting = fc
  .record({ depth: fc.integer({ min: 10, max: 200 }), open: fc.constantFrom('[', '{a: ', '- ') })
  .map(({ depth, open }) => document(`name: deep\ndescription: ${open.repeat(depth)}`, ''));

const yamlToken = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '&a',
    '*a',
    '*missing',
    '<<: *a',
    '!!python/object',
    '!<tag:x>',
    '? ',
    ': ',
    '- ',
    '%YAML 1.1',
  ),
  fc.constantFrom(
    '---',
    '...',
    '\t',
    '"',
    "'",
    '{',
    '}',
    '[',
    ']',
    '#',
    '|-',
    '>+',
    '\u0000',
    '\u202e',
    '\ud800',
  ),
);

const hostileYaml = fc
  .tuple(fc.array(yamlToken, { maxLength: 40 }), fc.constantFrom(' ', '\n', ''))
  .map(([tokens, separator]) => document(tokens.join(separator), 'body'));

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ maxLength: 500 }).map((text) => `---\n${text}`),
  fc.string({ maxLength: 500 }).map((text) => document(text, text)),
);

export const skillMdText = fc.oneof(
  { weight: 3, arbitrary: valid },
  { weight: 3, arbitrary: nearValid },
  { weight: 1, arbitrary: aliasBomb },
  { weight: 1, arbitrary: deepNesting },
  { weight: 2, arbitrary: hostileYaml },
  { weight: 2, arbitrary: randomText },
);
