import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { fileLang, isOtherSource } from './fence-lang.js';
import { linesOf, mappedShellSegment } from './segment-lines.js';

/**
 * A systemd unit (`x.service`, `x.timer`, `x.socket`, `x.path`, `x.mount`), also as a template (`x.service.in`, `.j2`, `.tmpl`), or any other file with a `[Service]` section.
 */
const UNIT_FILE =
  /\.(?:service|socket|timer|path|mount|automount|swap|target)(?:\.(?:in|j2|jinja2?|tmpl|tpl|template|example|sample))?$/i;
const SERVICE_SECTION = /^[ \t]*\[(?:Service|Socket|Mount|Swap)\][ \t]*$/m;
/**
 * A command key (`ExecStart=`, `ExecStartPre=`, `ExecStop=`, `ExecCondition=`, …) and its value. systemd
 * runs the value as a command line (its `-`, `@`, `+`, `!`, `:` prefixes only change how), once per
 * start, stop or reload of the unit.
 */
const EXEC_KEY =
  /^[ \t]{0,40}Exec(?:Start(?:Pre|Post)?|Stop(?:Post)?|Reload|Condition)[ \t]{0,40}=[ \t]{0,40}/;
const EXEC_PREFIX = /^[-@+!:]{1,3}/;
const MAX_LINES = 20000;
const MAX_LINE = 4000;
/** Continuation lines (`\` at the end) joined into one command. */
const MAX_CONTINUED = 50;

/**
 * The command lines of a systemd unit's `Exec*=` keys, one shell line each at its key's line, so the
 * shell rules read what the service manager runs (as the unit's user, often root) at every start. The
 * rest of the unit stays prose.
 */
export function systemdExecSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (!file.text.includes('Exec')) continue;
    // A unit by its name, or a file read as text (a unit kept as `.txt`, `.unit`, no extension) with a
    // `[Service]` section; scripts and configs that embed a unit are read as code already.
    if (
      !UNIT_FILE.test(file.path) &&
      (fileLang(file.path) !== 'other' || isOtherSource(file.path) || !SERVICE_SECTION.test(file.text))
    )
      continue;
    const all = linesOf(file.text);
    const lines: string[] = [];
    const lineMap: number[] = [];
    const n = Math.min(all.length, MAX_LINES);
    for (let i = 0; i < n; i++) {
      const head = EXEC_KEY.exec(all[i].slice(0, MAX_LINE));
      if (!head) continue;
      let command = all[i].slice(head[0].length, MAX_LINE);
      const at = i;
      for (let k = 0; k < MAX_CONTINUED && command.endsWith('\\') && i + 1 < n; k++)
        command = `${command.slice(0, -1)} ${all[++i].slice(0, MAX_LINE).trim()}`;
      command = command.replace(EXEC_PREFIX, '').trim();
      if (!command) continue;
      lines.push(command);
      lineMap.push(at + 1);
    }
    if (lines.length > 0) out.push(mappedShellSegment(file.path, lines, lineMap, 'systemd-exec'));
  }
  return out;
}
