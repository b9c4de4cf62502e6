const SPACES = ' '.repeat(1024);

const spaces = (n: number) => (n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n));

/** Same length and newlines, every other character a space: keeps offsets and line numbers. */
export function blank(s: string): string {
  let nl = s.indexOf('\n');
  if (nl === -1) return spaces(s.length);
  let out = '';
  let from = 0;
  while (nl !== -1) {
    out += spaces(nl - from) + '\n';
    from = nl + 1;
    nl = s.indexOf('\n', from);
  }
  return out + spaces(s.length - from);
}
