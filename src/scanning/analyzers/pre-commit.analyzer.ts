import { isScalar, isSeq, parseDocument, visit, type YAMLMap } from 'yaml';
import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { lineIndexOf, lineStarts, mappedShellSegment } from './segment-lines.js';

/** A repository's pre-commit config, or a hook repository's list of the hooks it provides. */
const PRE_COMMIT_FILE = /(?:^|\/)\.pre-commit-(?:config|hooks)\.ya?ml$/i;
/** Configs read, comment lines aside (a hook list is a few KiB; the YAML parser is not run on data dumps). */
const MAX_CONFIG = 32 * 1024;
/** Files looked at, comments included. */
const MAX_FILE = 1024 * 1024;
const COMMENT_LINE = /^[ \t]*#[^\n]*$/gm;
/**
 * Flow brackets and anchors a config may hold: the YAML parser takes seconds over deeply nested flow
 * collections (`[{[{…`) or thousands of aliases, where a real hook list has a few dozen.
 */
const MAX_STRUCTURE = 2000;
const STRUCTURE = /[[{&*]/g;
const MAX_HOOKS = 500;
const MAX_COMMAND = 8000;
/** Hook languages whose `entry` is not a command: a regex to grep for, a message to fail with. */
const NOT_A_COMMAND = new Set(['pygrep', 'fail']);

function scalarText(node: unknown): string | null {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : null;
}

/**
 * The commands of pre-commit hooks (`entry` and its `args`), one shell line each at the entry's line:
 * a `local` hook's `entry: sh -c '…'` runs on every commit (and, with `always_run`, whatever is staged),
 * a block scalar (`entry: >-`) folded into the one line pre-commit runs. Regex and message entries
 * (`language: pygrep`, `fail`) are left out.
 */
export function preCommitSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (!PRE_COMMIT_FILE.test(file.path) || file.text.length > MAX_FILE) continue;
    if (!file.text.includes('entry')) continue;
    // Comment lines emptied (lines stay in place): padding a config with comments does not hide it.
    const text = file.text.replace(COMMENT_LINE, '');
    if (text.length > MAX_CONFIG) continue;
    let structure = 0;
    STRUCTURE.lastIndex = 0;
    while (structure <= MAX_STRUCTURE && STRUCTURE.test(text)) structure++;
    if (structure > MAX_STRUCTURE) continue;
    const lines: string[] = [];
    const lineMap: number[] = [];
    let starts: readonly number[] | undefined;
    try {
      const doc = parseDocument(text, { uniqueKeys: false });
      visit(doc, {
        Map(_, node: YAMLMap) {
          if (lines.length >= MAX_HOOKS) return visit.BREAK;
          const entry = node.get('entry', true);
          const value = scalarText(entry);
          if (value === null || !isScalar(entry)) return undefined;
          const language = scalarText(node.get('language', true));
          if (language !== null && NOT_A_COMMAND.has(language)) return undefined;
          const args = node.get('args', true);
          const words = isSeq(args) ? args.items.map(scalarText).filter((a): a is string => a !== null) : [];
          const command = [value, ...words]
            .join(' ')
            .replace(/[\r\n]+/g, ' ')
            .slice(0, MAX_COMMAND);
          lines.push(command);
          const at = entry.range?.[0] ?? 0;
          lineMap.push(lineIndexOf((starts ??= lineStarts(text)), at) + 1);
          return visit.SKIP;
        },
      });
    } catch {
      continue;
    }
    if (lines.length > 0) out.push(mappedShellSegment(file.path, lines, lineMap, 'hooks'));
  }
  return out;
}
