import { isMap, isScalar, parseDocument, visit } from 'yaml';
import { SkillParseError } from './skill-parse-error.js';

export interface SplitSkillMd {
  frontmatter: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;
/** Alias expansion is where "billion laughs" lives; real frontmatter needs few or none. */
const MAX_ALIAS_COUNT = 50;
const MAX_FRONTMATTER_CHARS = 64 * 1024;

export function splitSkillMd(text: string): SplitSkillMd {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    throw new SkillParseError(
      'frontmatter',
      'SKILL.md must start with a YAML frontmatter block opened by ---',
    );
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) throw new SkillParseError('frontmatter', 'the frontmatter block is not closed by ---');
  const yamlText = lines.slice(1, end).join('\n');
  return {
    frontmatter: parseYamlMap(yamlText),
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}

function parseYamlMap(yamlText: string): Record<string, unknown> {
  if (yamlText.length > MAX_FRONTMATTER_CHARS) {
    throw new SkillParseError('frontmatter', `must be at most ${MAX_FRONTMATTER_CHARS} characters`);
  }
  const doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = (err.linePos?.[0]?.line ?? 0) + 1;
    throw new SkillParseError('frontmatter', `invalid YAML: ${err.message.split('\n')[0]}`, line);
  }
  if (!isMap(doc.contents))
    throw new SkillParseError('frontmatter', 'must be a YAML mapping of keys to values');
  refuseComplexKeys(doc);
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (error) {
    throw new SkillParseError('frontmatter', `refused: ${(error as Error).message} (YAML alias bomb?)`);
  }
}

/** `{[a, b]: x}` keys would be stringified silently (and warned about); frontmatter keys are plain names. */
function refuseComplexKeys(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        throw new SkillParseError('frontmatter', 'keys must be plain scalars, not lists or maps');
      }
    },
  });
}
