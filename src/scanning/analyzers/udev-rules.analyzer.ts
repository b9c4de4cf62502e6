import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { linesOf, mappedShellSegment } from './segment-lines.js';

/** A udev rules file: `.rules` lines of match keys (`SUBSYSTEM==`, `KERNEL==`, `ACTION==`, `ATTRS{…}==`). */
export const UDEV_RULES_FILE = /\.rules$/i;
export const UDEV_MATCH =
  /\b(?:SUBSYSTEMS?|KERNELS?|ACTION|DRIVERS?|ATTRS?\{[\w.-]{1,40}\}|ENV\{[\w.-]{1,40}\})==/;
/** `RUN+="…"` / `RUN{program}+="…"`: a program udev runs as root at each matching device event. */
const RUN_KEY = /\bRUN(?:\{program\})?\+?=[ \t]{0,4}"([^"\n]{1,2000})"/g;
const MAX_LINES = 20000;
const MAX_LINE = 4000;

/**
 * The programs of a udev rules file's `RUN` keys, one shell line each (at its rule's line), so the
 * shell rules read what udev runs as root whenever a matching device appears.
 */
export function udevRunSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (!UDEV_RULES_FILE.test(file.path) || !file.text.includes('RUN') || !UDEV_MATCH.test(file.text))
      continue;
    if (file.text.includes('polkit.')) continue;
    const lines: string[] = [];
    const lineMap: number[] = [];
    const all = linesOf(file.text);
    for (let i = 0; i < Math.min(all.length, MAX_LINES); i++) {
      const line = all[i].slice(0, MAX_LINE);
      if (/^\s*#/.test(line) || !line.includes('RUN')) continue;
      for (const m of line.matchAll(RUN_KEY)) {
        lines.push(m[1]);
        lineMap.push(i + 1);
      }
    }
    if (lines.length > 0) out.push(mappedShellSegment(file.path, lines, lineMap, 'udev-run'));
  }
  return out;
}
