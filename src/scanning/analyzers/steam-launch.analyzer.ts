import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { fileLang, isOtherSource } from './fence-lang.js';
import { linesOf, mappedShellSegment } from './segment-lines.js';

/**
 * Steam launch options (Properties → General → Launch Options): `VAR=1 wrapper %command% -args`. Steam
 * puts the game's own command line in place of `%command%` and runs the result through a shell, so the
 * line is a shell command that runs at every press of Play (on Linux and the Deck, as the user, with
 * the game's install and Proton prefix paths in `$STEAM_COMPAT_*`). A skill ships it as a text file to
 * paste (`launch-options.txt`); each line naming `%command%` becomes a shell line at its own line.
 */
const COMMAND_TOKEN = '%command%';
const MAX_LINES = 20000;
const MAX_LINE = 8000;

export function steamLaunchSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (!file.text.includes(COMMAND_TOKEN)) continue;
    // Text read as prose otherwise; scripts and configs are read as code already, markdown by its fences.
    if (fileLang(file.path) !== 'other' || isOtherSource(file.path, file.text)) continue;
    const all = linesOf(file.text);
    const lines: string[] = [];
    const lineMap: number[] = [];
    for (let i = 0; i < Math.min(all.length, MAX_LINES); i++) {
      const line = all[i].slice(0, MAX_LINE);
      if (!line.includes(COMMAND_TOKEN) || /^\s*(?:#|\/\/)/.test(line)) continue;
      lines.push(line);
      lineMap.push(i + 1);
    }
    if (lines.length > 0) out.push(mappedShellSegment(file.path, lines, lineMap, 'steam-launch'));
  }
  return out;
}
