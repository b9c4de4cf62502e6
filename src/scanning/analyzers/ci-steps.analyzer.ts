import type { Segment } from '../rule.types.js';
import { newSegment } from './segment-lines.js';

/** Keys whose value is a shell script in CI files (GitHub Actions `run`, GitLab/Bitbucket `script`, compose `command`). */
const STEP_KEY =
  /^([ \t]*)(?:-[ \t]+)?(?:run|script|before_script|after_script|entrypoint|command)[ \t]*:[ \t]*(.*)$/;
const BLOCK_SCALAR = /^[|>][-+0-9]*[ \t]*$/;
const MAX_STEPS = 200;

/**
 * The shell steps of a YAML file (CI workflows, pipeline definitions, compose files) as shell code
 * segments, one per step, so the same command rules and data-flow checks read them as they read a
 * script. `text` is the comment-free YAML text (line structure kept). Steps are `config` segments:
 * a CI runner executes them, not the agent, so they do not count as the skill's own capabilities.
 */
export function ciStepSegments(file: string, text: string): Segment[] {
  const lines = text.split('\n');
  const out: Segment[] = [];
  for (let i = 0; i < lines.length && out.length < MAX_STEPS; i++) {
    const m = STEP_KEY.exec(lines[i]);
    if (!m) continue;
    const value = m[2].trim();
    const step = BLOCK_SCALAR.test(value) ? blockBody(lines, i, m[1].length) : inlineBody(value, i);
    if (!step || !step.text.trim()) continue;
    out.push(
      newSegment({
        file,
        kind: 'config',
        lang: 'shell',
        text: step.text,
        line: step.line,
        block: `${file}#step${out.length}`,
        depth: 0,
      }),
    );
    i = step.last;
  }
  return out;
}

interface Step {
  text: string;
  /** File line (1-based) of the step's first line. */
  line: number;
  /** Index of the step's last line in the file. */
  last: number;
}

/** A `key: |` block: the following lines indented deeper than the key, dedented. */
function blockBody(lines: string[], at: number, keyIndent: number): Step | null {
  let last = at;
  let indent = Infinity;
  for (let j = at + 1; j < lines.length; j++) {
    const line = lines[j];
    if (!line.trim()) continue;
    const lead = line.length - line.trimStart().length;
    if (lead <= keyIndent) break;
    indent = Math.min(indent, lead);
    last = j;
  }
  if (last === at) return null;
  const body = lines.slice(at + 1, last + 1).map((line) => line.slice(Math.min(indent, line.length)));
  return { text: body.join('\n'), line: at + 2, last };
}

/** A one-line `key: command` (quotes and flow lists unwrapped). */
function inlineBody(value: string, at: number): Step | null {
  if (!value || value.startsWith('&') || value.startsWith('*')) return null;
  const unquoted = /^(["'])(.*)\1$/.exec(value)?.[2] ?? value;
  const list = /^\[(.*)\]$/.exec(unquoted);
  const text = list
    ? list[1]
        .split(',')
        .map((part) => part.trim().replace(/^(["'])(.*)\1$/, '$2'))
        .join(' ')
    : unquoted;
  return { text, line: at + 1, last: at };
}
