/**
 * Lines of a markdown file that quote something as an example to recognise rather than an
 * instruction to follow: security-review skills show `curl | bash` and injection payloads on purpose.
 * A line is cited when it, or one of the two non-blank lines before it, says so; a fenced block
 * when the lines before its opening fence do; a section when its heading does.
 */
const CITING =
  /\b(?:do\s+not|don'?t|never)\s+(?:run|execute|follow|obey|use|propose|paste|grant)\b|\bfor\s+(?:detection|recognition)\b|\b(?:detection|recognition)\s+only\b|\binert\b|\b(?:malicious|attack|bad|suspicious|dangerous|unsafe|risky)\s+(?:examples?|patterns?|commands?|payloads?|strings?|snippets?|one-liners?)\b|\bexamples?\s+of\s+(?:malicious|attacks?|bad|dangerous|unsafe|suspicious)\b|\bred\s+flags?\b|\bindicators?\b|\bIOCs?\b|\btest\s+payloads?\b|\bstrings?\s+under\s+test\b|\bwhat\s+to\s+look\s+for\b|\bpatterns?\s+to\s+(?:flag|detect|catch|look\s+for|block)\b|\bsearch\s+terms?\b|\bevidence\b|\bobserved\b|\btest\s+(?:cases?|data|fixtures?|inputs?)\b|\b(?:an?\s+)?attackers?\s+(?:can|could|might|may|would|will)\b|\b(?:droppers?|payloads?|malware|samples?|exploits?|injections?|webshells?)\s+(?:like|such\s+as)\b/i;
/** Only on the line itself: a mention in passing, or a list of inline snippets, not an imperative. */
const CITING_HERE =
  /\bsuch\s+as\b|\b(?:[Ff]lag|[Dd]etect|[Rr]eject|[Ll]ook\s+for|[Ss]earch\s+for|[Gg]rep\s+for|[Ww]atch\s+for)\b|`[^`\n]+`\s*(?:,|\bor\b|\band\b)\s*`[^`\n]+`|(?:#|\/\/)\s*(?:BAD|UNSAFE|VULNERABLE|INSECURE|DON'?T|NEVER)\b|❌/;
const IMPERATIVE =
  /^\s*(?:[-*+]|\d+[.)])?\s*(?:\*\*)?(?:run|execute|paste|type|enter|install|copy|open|launch)\b/i;
/** In a heading only: a section of things not to do. */
const CITING_HEADING =
  /^\s*#+\s*(?:don'?t|do\s+not|never)\b|\bavoid\b|\banti-?patterns?\b|\bpitfalls?\b|\bwhat\s+not\s+to\s+do\b|\bdon'?ts\b|\bvulnerab\w*|\binsecure\b/i;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s/;
const WINDOW = 2;

export function citedLines(text: string): Uint8Array {
  const lines = text.split('\n');
  const cited = new Uint8Array(lines.length);
  const headings = new HeadingTrail();
  let section = false;
  let fence: boolean | null = null;
  let quotedMarkdown = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== null) {
      // A ```markdown block is a quoted document: its own prose can present an example.
      cited[i] = fence || (quotedMarkdown && citesAround(lines, i)) ? 1 : 0;
      if (FENCE.test(line)) fence = null;
      continue;
    }
    if (HEADING.test(line)) section = headings.enter(line);
    const here = section || citesAround(lines, i);
    cited[i] = here ? 1 : 0;
    if (FENCE.test(line)) {
      fence = here;
      quotedMarkdown = /^\s*(?:```|~~~)\s*(?:markdown|md)\s*$/i.test(line);
    }
  }
  return cited;
}

function citesAround(lines: string[], i: number): boolean {
  const line = lines[i];
  if (line.trimStart().startsWith('<!--')) return false;
  if (CITING.test(line) || (CITING_HERE.test(line) && !IMPERATIVE.test(line))) return true;
  // A wrapped sentence: "… such as" at the end of the line before, in the same paragraph.
  const before = i > 0 ? lines[i - 1] : '';
  if (before.trim() !== '' && !FENCE.test(before) && /\bsuch\s+as\s*$/i.test(before)) return true;
  let seen = 0;
  for (let k = i - 1; k >= 0 && seen < WINDOW; k--) {
    // Readers never see an HTML comment, so it cannot present anything as an example.
    if (lines[k].trim() === '' || lines[k].trimStart().startsWith('<!--')) continue;
    // A code block or a heading ends the lead-in (the heading's own section flag covers it).
    if (FENCE.test(lines[k]) || HEADING.test(lines[k])) return false;
    seen++;
    if (CITING.test(lines[k])) return true;
  }
  return false;
}

/** The open headings above a line: a section is cited when it or any section it sits in is. */
class HeadingTrail {
  private readonly open: { level: number; cited: boolean }[] = [];

  enter(line: string): boolean {
    const level = /^\s*(#+)/.exec(line)![1].length;
    while (this.open.length > 0 && this.open[this.open.length - 1].level >= level) this.open.pop();
    this.open.push({ level, cited: CITING.test(line) || CITING_HEADING.test(line) });
    return this.open.some((h) => h.cited);
  }
}

/** A code line that defines a pattern to search for: a regex literal or a compiled regex. */
const REGEX_LINE =
  /\b(?:re\.(?:compile|search|match|fullmatch|findall|finditer|sub)|new\s+RegExp|regexp\.(?:MustCompile|Compile))\s*\(|\br["'][^"'\n]*(?:\\.|\|)|\/[^/\n]*\\[sbdw][^/\n]*\/[gimsuy]*\s*[,;)\]]/;

/** A code line that lists indicators to look for (`RISKY = ("authorized_keys", "crontab", …)`). */
const INDICATOR_LIST =
  /^\s*(?:export\s+)?(?:const\s+|let\s+|var\s+|readonly\s+)?[A-Za-z_]*(?:RISK|SUSPIC|INDICATOR|IOC|SIGNATURE|PATTERN|DANGER|MALICIOUS|DENY|BLOCK)[A-Za-z_]*\s*(?::[^=\n]+)?=\s*[([{]\s*(?:r?["'`/])/i;

export function citedCodeLine(line: string): boolean {
  return INDICATOR_LIST.test(line) || REGEX_LINE.test(line);
}
