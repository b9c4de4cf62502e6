/** Same length and newlines, every other character a space: keeps offsets and line numbers. */
export function blank(s: string): string {
  if (s.indexOf('\n') === -1) return ' '.repeat(s.length);
  return s
    .split('\n')
    .map((l) => ' '.repeat(l.length))
    .join('\n');
}
