import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { fileLang, isOtherSource } from './fence-lang.js';
import { linesOf, mappedShellSegment } from './segment-lines.js';

/**
 * A crontab kept as a file: `crontab` (also `crontab.txt`, `.example`, `.in`, a template), `x.cron`,
 * `x.crontab`, a drop-in under `cron.d/`, a spool file under `spool/cron/`.
 */
const CRONTAB_FILE =
  /(?:^|\/)crontab(?:\.(?:txt|example|sample|dist|in|j2|tmpl|tpl|template))?$|\.(?:cron|crontab)(?:\.(?:txt|example|sample|in|j2|tmpl|tpl|template))?$|(?:^|\/)cron\.d\/[^/]{1,200}$|(?:^|\/)spool\/cron\/(?:crontabs\/)?[^/]{1,200}$/i;
/** A system crontab (`/etc/crontab`, `/etc/cron.d/*`): a user name sits between the schedule and the command. */
const SYSTEM_CRONTAB = /(?:^|\/)etc\/crontab$|(?:^|\/)cron\.d\/[^/]{1,200}$/i;
/**
 * A crontab entry: `@reboot`/`@daily`/… or five schedule fields (minute and hour numeric or `*`, the
 * other three also month and weekday names), then the command cron runs through the shell.
 */
const CRON_ENTRY =
  /^[ \t]{0,40}(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)|[\d*][\d*/,-]{0,40}[ \t]{1,20}[\d*][\d*/,-]{0,40}(?:[ \t]{1,20}[\d*a-z?LW#][\w*/,?#-]{0,40}){3})[ \t]{1,20}(?=\S)/i;
const SYSTEM_USER = /^[a-z_][\w.-]{0,31}[ \t]{1,20}(?=\S)/i;
const MAX_LINES = 20000;
const MAX_LINE = 4000;
/** Continuation lines (`\` at the end; some crons, and many copies, wrap long entries) joined into one command. */
const MAX_CONTINUED = 50;

/**
 * The commands of a crontab file's entries, one shell line each at its entry's line, so the shell rules
 * read what cron runs on every tick (as the crontab's user, root for a system one). Environment lines
 * (`SHELL=`, `MAILTO=`) and comments are skipped; the rest of the file stays prose.
 */
export function crontabSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (!CRONTAB_FILE.test(file.path) || fileLang(file.path) !== 'other' || isOtherSource(file.path))
      continue;
    if (file.text.startsWith('#!')) continue;
    const system = SYSTEM_CRONTAB.test(file.path);
    const all = linesOf(file.text);
    const lines: string[] = [];
    const lineMap: number[] = [];
    const n = Math.min(all.length, MAX_LINES);
    for (let i = 0; i < n; i++) {
      const head = CRON_ENTRY.exec(all[i].slice(0, MAX_LINE));
      if (!head) continue;
      let command = all[i].slice(head[0].length, MAX_LINE);
      const at = i;
      for (let k = 0; k < MAX_CONTINUED && command.endsWith('\\') && i + 1 < n; k++)
        command = `${command.slice(0, -1)} ${all[++i].slice(0, MAX_LINE).trim()}`;
      if (system) {
        const user = SYSTEM_USER.exec(command);
        if (user) command = command.slice(user[0].length);
      }
      // cron turns an unescaped `%` into a newline (the rest is the command's stdin); `\%` is a literal `%`.
      command = command.replace(/\\%/g, '%').trim();
      if (!command) continue;
      lines.push(command);
      lineMap.push(at + 1);
    }
    if (lines.length > 0) out.push(mappedShellSegment(file.path, lines, lineMap, 'crontab'));
  }
  return out;
}
