import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { fileLang } from './fence-lang.js';
import { newSegment } from './segment-lines.js';

/** A command ssh runs: `ProxyCommand …`, `LocalCommand …`, `KnownHostsCommand …`, `Match exec "…"`. */
const COMMAND_LINE =
  /^[ \t]{0,40}(?:(?:Proxy|Local|KnownHosts)Command(?:[ \t]{0,10}=[ \t]{0,10}|[ \t]{1,10})([^\n]{1,2000})|Match\b[^\n]{0,200}?\bexec[ \t]{1,10}"([^"\n]{1,2000})")/gim;
/** A file is an ssh_config when it has a `Host` or `Match` block. */
const BLOCK_LINE = /^[ \t]{0,40}(?:Host|Match)[ \t]{1,10}\S/im;
const MAX_COMMANDS = 200;

/**
 * The commands an ssh_config file (or snippet, whatever its name) has ssh run: one shell segment per
 * file with only those commands, at their lines, so the shell rules read a `ProxyCommand socat - EXEC:…`
 * or a `LocalCommand bash -i >& /dev/tcp/…` as they read a script. Scripts and markdown are read
 * already; this is for config and data files the other readers leave as text.
 */
export function sshConfigSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    const lang = fileLang(file.path);
    if (lang !== 'other' && lang !== 'yaml' && lang !== 'text') continue;
    const text = file.text;
    if (!/command|exec/i.test(text) || !BLOCK_LINE.test(text)) continue;
    const lines = text.split('\n');
    const kept: string[] = new Array<string>(lines.length).fill('');
    let n = 0;
    let offset = 0;
    const starts: number[] = [];
    for (const l of lines) {
      starts.push(offset);
      offset += l.length + 1;
    }
    COMMAND_LINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let line = 0;
    while ((m = COMMAND_LINE.exec(text)) !== null && n < MAX_COMMANDS) {
      while (line + 1 < starts.length && starts[line + 1] <= m.index) line++;
      kept[line] = (m[1] ?? m[2] ?? '').trim();
      n++;
    }
    if (n === 0) continue;
    out.push(
      newSegment({
        file: file.path,
        kind: 'code',
        lang: 'shell',
        text: kept.join('\n'),
        line: 1,
        block: `${file.path}#ssh`,
        depth: 0,
      }),
    );
  }
  return out;
}
