/**
 * Lines of a markdown file that quote something as an example to recognise rather than an
 * instruction to follow: security-review skills show `curl | bash` and injection payloads on purpose.
 * A line is cited when it, or one of the two non-blank lines before it, says so; a fenced block
 * when the lines before its opening fence do; a section when its heading does.
 */
import { fileLang } from './fence-lang.js';
import { linesOf } from './segment-lines.js';

/** Phrases saying a line quotes something to recognise, one alternative each (matched case-insensitively). */
const CITING_PHRASES: RegExp[] = [
  /\b(?:do\s+not|don'?t|never)\s+(?:run|execute|follow|obey|use|propose|suggest|recommend|paste|grant)\b/,
  /\b(?:[Dd]o\s+not|[Dd]on'?t|[Nn]ever)\s+`[^`\n]+`/,
  /\bfor\s+(?:detection|recognition|recogni[sz]ing)\b/,
  /\bexamples?\s+to\s+(?:recogni[sz]e|spot|detect|catch|look\s+for|watch\s+for)\b/,
  /\bquoted\s+(?:verbatim\s+|as-is\s+)?from\s+(?:an?|the|our|my|their|its|real|submissions|reports|logs|incidents|cases|tickets|PRs|pull\s+requests|reviews|samples|attacks)\b/,
  /\b(?:hosts?|IPs?|IP\s+addresses|domains?|URLs?|addresses)\s+(?:replaced|redacted|anonymi[sz]ed|sanitised|sanitized|substituted|swapped\s+out)\b/,
  /\breconstructed\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?(?:logs?|history|histories|memory|captures?|pcaps?|evidence|disk\s+images?)\b/,
  /\b(?:detection|recognition)\s+only\b/,
  /\binert\b/,
  /\b(?:malicious|attack|bad|suspicious|dangerous|unsafe|risky|hostile)\s+(?:examples?|patterns?|commands?|payloads?|strings?|snippets?|one-liners?)\b/,
  /\bexamples?\s+of\s+(?:malicious|attacks?|bad|dangerous|unsafe|suspicious|hostile)\b/,
  /\bexamples?\s+of\s+what\s+(?:an?\s+)?(?:attackers?|malware|intruders?|bots?)\b/,
  /\b(?:grep|search|look)\s+for\s+(?:these|the\s+following)\s+(?:patterns?|strings?|lines?|indicators?)\b/,
  /\bexpect\s+(?:things|commands|lines|entries|attempts)\s+like\b/,
  /\bred[-\s]flags?\b/,
  /\bindicators?\b/,
  /\bIOCs?\b/,
  /\btest\s+payloads?\b/,
  /\bstrings?\s+under\s+test\b/,
  /\bwhat\s+to\s+look\s+for\b/,
  /\bpatterns?\s+to\s+(?:flag|detect|catch|look\s+for|block)\b/,
  /\b(?:flag|catch|detect)\s+(?:these|the\s+following)\b/,
  /\bsearch\s+terms?\b/,
  /\bevidence\b/,
  /\bobserved\b/,
  /\btest\s+(?:cases?|data|fixtures?|inputs?)\b/,
  /\b(?:an?\s+)?attackers?\s+(?:can|could|might|may|would|will)\b/,
  /\b(?:droppers?|payloads?|malware|samples?|exploits?|injections?|webshells?)\s+(?:like|such\s+as)\b/,
  /\bproof[-\s]of[-\s]concept\b/,
  /\b(?:want|need|aim|try)\s+to\s+(?:catch|detect|flag|spot|find|alert\s+on)\b/,
  /\bexample\s+(?:from|taken\s+from|seen\s+in)\b/,
  /\b(?:examples?|samples?|snippets?)\s{1,4}(?:flagged|caught|found|rejected|blocked|spotted)\s{1,4}(?:in|during|by)\b/,
  /\b(?:examples?|patterns?|samples?|snippets?)\b[^\n.:;]{0,60}?\b(?:we|I|reviewers?)\s{1,4}(?:(?:have|had)\s{1,4})?(?:rejected|blocked|flagged|refused|denied|caught)\b/,
  /\b(?:taken|drawn|collected|copied)\s+from\s+(?:real|actual|past|previous)\s+(?:PRs?|pull\s+requests?|reviews?|incidents?|attacks?|cases?|submissions?|diffs?)\b/,
  /\b(?:samples?|examples?|excerpts?|payloads?|commands?|shapes?|patterns?)\s+(?:from|seen\s+in|observed\s+in)\s+(?:real|actual|past|previous|recent|earlier)\s+(?:alerts?|incidents?|cases?|investigations?|hunts?|intrusions?|compromises?|attacks?|engagements?)\b/,
  /\bdefanged\b/,
  /\b(?:session|output|run|result|transcript)s?\s+(?:on|for|against|of)\s+(?:`[^`\n]{1,80}`\s+)?samples?\b/,
  /\bwhat\s+we\s+found\b/,
  /\bseen\s+in\s+(?:the\s+|these\s+|those\s+|our\s+|real\s+)?(?:wild|incidents?|attacks?|reports?|campaigns?|alerts?|logs?)\b/,
  /\bpublic\s+(?:reports?|incidents?)\b/,
  /\bfindings?\s{1,4}(?:from|of|in)\s{1,4}(?:[\w'’-]{1,20}\s{1,4}){0,3}?(?:(?:security|risk)\s{1,4})?(?:assessments?|audits?|pentests?|penetration\s{1,4}tests?|investigations?|post-?mortems?)\b/,
  /\bin\s+the\s+wild\b/,
  /\b(?:we'?ve|we\s+have|analysts?\s+have)\s+(?:\w+\s+)?seen\b/,
  /\b(?:we'?ve|we\s+have|analysts?\s+have)\s+(?:\w+\s+)?(?:found|caught|recovered)\s+in\b/,
  /\b(?:samples?|payloads?|observables?|fixtures?)\s*:\s*$/,
  /\badvisory\b/,
  /\b(?:write-?ups?|written\s+up)\b/,
  /\bdecodes?\s+to\b/,
  /\bdecoded\s+(?:output|payload|layer|stage)\b/,
  /\b(?:abridged|as\s+recovered|as\s+captured|as\s+seen|recovered\s+from)\b/,
  /(?<![./-])\b(?:compromised|threat\s+actors?|adversary|intruders?)\b(?![.-]\w)/,
  /\b(?:reverse[-\s]shell|dropper|persistence|exfiltration|injection|phishing|malware|stealer|miner|c2|beacon)s?\s+(?:examples?|patterns?|one-liners?|commands?|payloads?|signatures?|indicators?|strings?|samples?)\b/,
];
/** A defanged indicator (`hxxp://`, `host[.]tld`): quoted on purpose, in any file. */
export const DEFANGED = /\bhxxps?:\/\/|\w\[\.\]\w/i;
/** "A real case we caught:", "one real sample our team intercepted": an incident quoted as a lesson. */
const CAUGHT_CASE =
  /\b(?:a|one|another|this)\s{1,4}real(?:[-\s]world)?\s{1,4}(?:case|example|sample|incident|attack|payload)s?\s{1,4}(?:(?:that|which)\s{1,4})?(?:we|I|our\s{1,4}\w{1,20})\s{1,4}(?:(?:have|had|once)\s{1,4})?(?:caught|found|saw|blocked|flagged|stopped|intercepted|hit)\b/;
const CITING = new RegExp([...CITING_PHRASES, CAUGHT_CASE, DEFANGED].map((r) => r.source).join('|'), 'i');
/**
 * How much of a line the citing phrases read: a lead-in, label or heading is a sentence, and past this
 * the phrase regexes would cost ~0.1 s per MiB-long line for nothing. A longer line is judged by its
 * start (never cited by a phrase further on, so its findings stay as they are).
 */
const MAX_CITING_LINE = 4000;

function citing(phrases: RegExp, line: string): boolean {
  return phrases.test(line.length > MAX_CITING_LINE ? line.slice(0, MAX_CITING_LINE) : line);
}
/**
 * Only on the line itself: a mention in passing, or a list of inline snippets, not an imperative; or a
 * sentence opening on the file it describes, one field set to a snippet ("A plist with `CommandString`
 * set to `curl … | bash`"): what the file holds, not a step. Or what a check looks for, listed in quotes
 * after its colon ("Check instructions aimed at the agent: "don't tell the user", "skip …"").
 */
const CITING_HERE =
  /^\s{0,3}(?:[-*+]\s{1,4})?(?:A|An)\s{1,4}(?:[\w.-]{1,30}\s{1,4}){0,2}?(?:plist|file|document|shortcut|attachment|template|macro|workflow)\s{1,4}(?:with|whose)\s{1,4}`[^`\n]{1,80}`\s{1,4}(?:set\s{1,4}to|pointing\s{1,4}(?:to|at)|containing)\s{1,4}`|^\s{0,3}(?:\*\*|__)(?:[Cc]lose\s{1,4}call|[Nn]ear[-\s]miss)\b[^*_\n]{0,80}(?:\*\*|__)|\bsuch\s+as\b|\b(?:tries|attempts)\s+to\b|^\s*(?:[-*+]\s*)?(?:\*\*)?Expected(?:\s+output)?(?:\*\*)?\s*:|\b(?:[Aa]n?|[Tt]he)\s+(?:request|file\s*name|input|payload|value|string|parameter|header|url|query)\s+(?:of|with|like|containing)\s+['"`]|\b(?:[Aa]n?|[Tt]he)\s+(?:branch|tag|ref|commit\s+message|(?:PR|[Pp]ull\s+request|[Ii]ssue)\s+(?:title|body))\s+(?:named|called|titled|reading|of)\s+['"`]|\b(?:[Aa]n?|[Tt]he)\s+(?:issue|pull\s+request|PR|branch|commit|comment|review|discussion|tag)\s+(?:titled|named|called|with\s+(?:the\s+|a\s+)?(?:title|name|body|message))\s+['"`]|\b(?:[Ff]lag|[Dd]etect|[Rr]eject|[Ll]ook\s+for|[Ss]earch\s+for|[Gg]rep\s+for|[Ww]atch\s+for)\b|`[^`\n]+`\s*(?:,|\bor\b|\band\b)\s*`[^`\n]+`|(?:#|\/\/)\s*(?:BAD|UNSAFE|VULNERABLE|INSECURE|DON'?T|NEVER)\b|❌|✗|\b(?:[Cc]heck|[Ss]can|[Aa]udit|[Ii]nspect|[Rr]eview)\b[^\n:"“]{0,80}:\s{0,4}["“][^"”\n]{1,80}["”]\s{0,4},\s{0,4}["“]/;
const IMPERATIVE =
  /^\s*(?:[-*+]|\d+[.)])?\s*(?:\*\*)?(?:run|execute|paste|type|enter|install|copy|open|launch)\b/i;
/** In a heading only: a section of things not to do. */
const CITING_HEADING =
  /^\s*#+\s*(?:don'?t|do\s+not|never)\b|^\s{0,3}#{1,6}\s{1,4}(?:flagged|rejected|blocked|quarantined|denied)\s{0,4}[:—–]|\bavoid\b|\banti-?patterns?\b|\bpitfalls?\b|\bwhat\s{1,4}not\s{1,4}to\s{1,4}(?:do|put|write|add|include|store|save|record|keep|commit|log|send|share)\b|\bdon'?ts\b|\bvulnerab\w*|\binsecure\b|\bwhy\b[^\n]*\b(?:dangerous|risky|unsafe)\b|\bdetection\s+(?:opportunities|ideas|notes|logic)\b|\bhow\s+to\s+detect\b|\b(?:we|were|was|been|got)\s{1,4}(?:rejected|denied|blocked|quarantined|banned|yanked|taken\s{1,4}down)\b|\b(?:past|previous|prior|earlier|recent)\s{1,4}(?:denials|rejections|takedowns)\b|\bwhat\s{1,4}(?:the\s{1,4})?(?:attackers?|intruders?|adversar(?:y|ies)|threat\s{1,4}actors?)\s{1,4}(?:did|ran|executed|used|tried)\b|\b(?:rejected|denied|blocked|quarantined|banned)\s{1,4}(?:servers?|packages?|skills?|plugins?|extensions?|tools?|submissions?|PRs?|pull\s{1,4}requests?)\b|\bhunt(?:ing)?\s+(?:queries|notes|leads)\b|\bTTPs\b|\b(?:infection|attack|kill|execution)\s+chain\b|\b(?:patterns?|tricks?|lures?|techniques?|attacks?)\s{1,4}(?:that\s{1,4})?(?:got|slipped|made\s{1,4}it|snuck|sneaked)\s{1,4}past\b|\b(?:flag(?:s|ged)?|mark(?:s|ed)?|treat(?:s|ed)?|report(?:s|ed)?)\s{1,4}as\s{1,4}(?:suspicious|malicious|dangerous|unsafe|risky|bad|injections?)\b|\bincident\s+timeline\b|\b(?:shapes?|anatomy|types?|kinds?|forms?|flavou?rs?|variants?|families)\s{1,4}of\s{1,4}(?:an?\s{1,4}|the\s{1,4})?(?:droppers?|stagers?|loaders?|reverse[-\s]shells?|backdoors?|webshells?|stealers?|malware|phishing|lures?|exploits?|payloads?|injections?)\b|\bwhat\s+happened\b|\b(?:patterns?|signs?|traits?|hallmarks?)\s{1,4}(?:that\s{1,4}(?:make|mark)|of)\s{1,4}(?:an?\s{1,4}|the\s{1,4})?(?:[\w-]{1,20}\s{1,4}){0,2}(?:harmful|malicious|dangerous|unsafe|bad|risky|compromised)\b|\bwhat\s{1,4}(?:(?:typically|usually|commonly|often|normally)\s{1,4})?(?:gets?|is|are)\s{1,4}(?:flagged|blocked|rejected|caught)\b|\(\s{0,4}examples?\s{1,4}only\s{0,4}\)|\bwhat\s{1,4}(?:an?\s{1,4})?(?:(?:really|truly|very|particularly|genuinely|seriously|actually)\s{1,4})?["“'*_]{0,2}(?:bad|wrong|insecure|dangerous|risky|unsafe|vulnerable|broken|malicious|suspicious|harmful)["”'*_]{0,2}\s{1,4}(?:\w{1,20}\s{1,4}){0,2}looks?\s{1,4}like\b|\b(?:entries|lines|signs|things|findings)\s{1,4}that\s{1,4}should\s{1,4}(?:alarm|worry|concern)\s{1,4}you\b/i;
/**
 * A heading that labels its section as the bad half of labelled examples (`### MALICIOUS — C2 harvest`,
 * `## Bad: token in a URL`, `### Example 3 (malicious)`), numbered or not (`## MALICIOUS-2: …`,
 * `### Bad example #3 —`): counts only in a file whose other headings
 * label good examples too (BAD_LABEL_HEADING / GOOD_LABEL_HEADING pairs, a reviewer's reference).
 */
const BAD_LABEL_HEADING =
  /^\s{0,3}#{1,6}[ \t]{1,4}(?:[*_`[(]{1,2}|[❌✗][ \t]?)?(?:malicious|bad|unsafe|dangerous|risky|suspicious|insecure)(?:[ \t](?:examples?|samples?|snippets?|patterns?|cases?))?(?:[ \t]?(?:-|#|no\.)?[ \t]?\d{1,3}[a-z]?)?(?:[*_`\])]{1,2})?[ \t]{0,4}(?:[—–:|(]|-[ \t]|$)|^\s{0,3}#{1,6}[ \t][^\n]{0,200}?[([](?:malicious|bad|unsafe|dangerous)[)\]]/i;
/** The good half: `### BENIGN — token from env`, `## Good: …`, `## BENIGN-1: …`, `### Example 4 (safe)`. */
const GOOD_LABEL_HEADING =
  /^\s{0,3}#{1,6}[ \t]{1,4}(?:[*_`[(]{1,2}|[✅✓✔][ \t]?)?(?:benign|good|safe|legitimate|acceptable|fine|ok)(?:[ \t](?:examples?|samples?|snippets?|patterns?|cases?))?(?:[ \t]?(?:-|#|no\.)?[ \t]?\d{1,3}[a-z]?)?(?:[*_`\])]{1,2})?[ \t]{0,4}(?:[—–:|(]|-[ \t]|$)|^\s{0,3}#{1,6}[ \t][^\n]{0,200}?[([](?:benign|good|safe|legitimate)[)\]]/i;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s/;
const WINDOW = 2;
/** How much of a heading line the example labels are read in. */
const MAX_HEADING_LINE = 300;
/** A section whose title says it sets the skill up: its command blocks are steps to run. */
const SETUP_HEADING =
  /^\s{0,3}#{1,6}\s+(?:\d{1,2}[.)]\s{0,4})?(?:install(?:ation|ing)?|setup|set\s+up|getting\s+started|quick\s?start|prerequisites|requirements|dependencies)\b/i;

/**
 * Which lines of a markdown file are cited, answered per line on demand: a scan asks only about the
 * lines its HIGH findings sit on. One cheap pass records the fences and the heading tree.
 */
export class CitedMarkdown {
  private readonly lines: readonly string[];
  /** Per line inside a fenced block (closing fence included): its opening line; else -1. */
  private readonly fenceOf: Int32Array;
  /** Per line outside fences: the nearest heading at or above it; else -1. */
  private readonly headingOf: Int32Array;
  /** Per heading: the heading of lower level it sits under; else -1. */
  private readonly parentOf: Int32Array;
  /** Per line: 1 cited, 0 not, -1 not asked yet. */
  private readonly memo: Int8Array;
  private readonly commandCounts = new Map<number, number>();
  /** Lines below this have had their fence questions answered (see isCited). */
  private warmed = 0;
  /** The file labels some sections as good examples: its sections labelled bad are the other half. */
  private readonly labelsGood: boolean;

  constructor(text: string) {
    this.lines = linesOf(text);
    const n = this.lines.length;
    this.fenceOf = new Int32Array(n).fill(-1);
    this.headingOf = new Int32Array(n).fill(-1);
    this.parentOf = new Int32Array(n).fill(-1);
    this.memo = new Int8Array(n).fill(-1);
    const open: { level: number; line: number }[] = [];
    let fence = -1;
    let heading = -1;
    let labelsGood = false;
    for (let i = 0; i < n; i++) {
      const line = this.lines[i];
      if (fence !== -1) {
        this.fenceOf[i] = fence;
        if (FENCE.test(line)) fence = -1;
        continue;
      }
      if (HEADING.test(line)) {
        const level = /^\s*(#+)/.exec(line)![1].length;
        while (open.length > 0 && open[open.length - 1].level >= level) open.pop();
        this.parentOf[i] = open.length > 0 ? open[open.length - 1].line : -1;
        open.push({ level, line: i });
        heading = i;
        labelsGood ||= GOOD_LABEL_HEADING.test(line.slice(0, MAX_HEADING_LINE));
      }
      this.headingOf[i] = heading;
      if (FENCE.test(line)) fence = i;
    }
    this.labelsGood = labelsGood;
  }

  /** Whether line `i` (0-based) is cited. */
  isCited(i: number): boolean {
    if (i < 0 || i >= this.lines.length) return false;
    if (this.memo[i] !== -1) return this.memo[i] === 1;
    // A fenced line asks about its fence, and a fence about the block before it: answered in line
    // order first, each question finds the earlier answers memoised, so thousands of fences in a row
    // recurse one level instead of overflowing the stack.
    for (; this.warmed < i; this.warmed++)
      if (this.fenceOf[this.warmed] !== -1 || FENCE.test(this.lines[this.warmed])) this.answer(this.warmed);
    return this.answer(i);
  }

  private answer(i: number): boolean {
    if (this.memo[i] !== -1) return this.memo[i] === 1;
    const fence = this.fenceOf[i];
    const cited =
      fence !== -1
        ? // A ```markdown block is a quoted document: its own prose can present an example.
          this.isCited(fence) ||
          this.quotedByPreamble(i) ||
          QUERY_FENCE.test(this.lines[fence]) ||
          this.isDetectionRule(fence) ||
          (MARKDOWN_FENCE.test(this.lines[fence]) && citesAround(this.lines, i)) ||
          this.supersededBelow(i)
        : this.inCitedSection(i) ||
          citesAround(this.lines, i) ||
          this.continuesCitedList(i) ||
          this.inCitedTable(i) ||
          this.quotedAfterExamples(i) ||
          (QUOTED_LINE.test(this.lines[i]) && this.quotedByPreamble(i)) ||
          this.inDenyList(i) ||
          this.commentsOnCitedBlock(i) ||
          (FENCE.test(this.lines[i]) &&
            (this.followsCitedBlock(i) || this.expectedBelow(i) || this.nestedInCitedItem(i)));
    this.memo[i] = cited ? 1 : 0;
    return cited;
  }

  /**
   * Whether line `i` reads as something to do: it, or the lead-in of its block, tells the reader to
   * run something, or it sits in a fenced script of more than two commands (a procedure, not a sample).
   */
  isInstructed(i: number): boolean {
    const at = this.fenceOf[i] !== -1 ? this.fenceOf[i] : i;
    if (at !== i && !DATA_FENCE.test(this.lines[at]) && this.commandsIn(at) > 2) return true;
    if (INSTRUCTION.test(this.lines[i]) || INSTRUCTION.test(this.lines[at])) return true;
    // A document is not a procedure (see commandsIn), but one the reader is told to put in place
    // ("Save this as .mcp.json:", "Add to settings.json:") is configuration to apply.
    if (at !== i && DOCUMENT_FENCE.test(this.lines[at]) && told(leadIn(this.lines, at))) return true;
    // A wrapped line of a list item reads on from its own item: the items above it are other points.
    const wrapped = at === i && WRAPPED_LINE.test(this.lines[i]) && !LIST_ITEM.test(this.lines[i]);
    let seen = 0;
    for (let k = at - 1; k >= 0 && seen < WINDOW; k--) {
      if (this.lines[k].trim() === '') {
        if (wrapped) return false;
        continue;
      }
      // A command block right under an Install / Setup heading is what the reader runs to set up.
      if (HEADING.test(this.lines[k]))
        return at !== i && !DATA_FENCE.test(this.lines[at]) && SETUP_HEADING.test(this.lines[k]);
      if (FENCE.test(this.lines[k])) return false;
      seen++;
      if (INSTRUCTION.test(this.lines[k])) return true;
      if (wrapped && LIST_ITEM.test(this.lines[k])) return false;
    }
    return false;
  }

  /**
   * Whether line `i` quotes a snippet as the bad half of a contrast with a normal use ("`base64` for an
   * attachment is normal; `base64 -d | sh` is not."): the snippet is what is judged, not a step. The
   * sentence may be wrapped over the lines right around it (same paragraph); the snippet must be on
   * line `i`, and a line that tells the reader to run something is never a contrast.
   */
  isContrasted(i: number): boolean {
    const line = (this.lines[i] ?? '').slice(0, MAX_CONTRAST_LINE);
    if (this.fenceOf[i] !== -1 || !line.includes('`') || line.trimStart().startsWith('<!--')) return false;
    if (IMPERATIVE.test(line) || INSTRUCTION.test(line)) return false;
    const part = (k: number) =>
      k >= 0 &&
      k < this.lines.length &&
      this.fenceOf[k] === -1 &&
      this.lines[k].trim() !== '' &&
      !HEADING.test(this.lines[k]) &&
      !FENCE.test(this.lines[k])
        ? this.lines[k].slice(-MAX_CONTRAST_LINE)
        : '';
    const before = part(i - 1);
    const text = `${before} ${line} ${part(i + 1).slice(0, MAX_CONTRAST_LINE)}`;
    const from = before.length + 1;
    for (const m of text.matchAll(CONTRASTED)) {
      const at = m.index + m[0].lastIndexOf(m[1]);
      if (at >= from && at < from + line.length) return true;
    }
    for (const m of text.matchAll(DENIED_NORMAL)) {
      const at = m.index + m[0].lastIndexOf(m[1]);
      if (at >= from && at < from + line.length) return true;
    }
    return false;
  }

  /**
   * Whether line `i` sits in a fenced code or file sample (not a shell block) that the lead-in right
   * above, or the heading right over it, labels as examples of a kind ("Examples that warrant
   * escalation:", "Example of what has been found in a shared script:", "## Patterns that end the
   * review"): an exhibit of what a review judges. A bare "Example:" (an output format, a call) is not
   * such a label, and anything telling the reader to run the block wins.
   */
  isLabelledExample(i: number): boolean {
    const open = i >= 0 && i < this.lines.length ? this.fenceOf[i] : -1;
    if (open === -1 || !SAMPLE_FENCE.test(this.lines[open]) || SHELL_FENCE.test(this.lines[open]))
      return false;
    let k = open - 1;
    while (k >= 0 && this.lines[k].trim() === '') k--;
    if (k < 0 || FENCE.test(this.lines[k])) return false;
    const labelled = HEADING.test(this.lines[k])
      ? EXAMPLE_LABEL_HEADING.test(this.lines[k].slice(0, MAX_HEADING_LINE))
      : EXAMPLE_LABEL.test(leadIn(this.lines, open));
    return labelled && !this.toldToRun(i);
  }

  /**
   * Non-blank, non-comment lines of the fenced block opened at line `open`: what a procedure would run.
   * Records are not commands: JSON lines, an HTTP message (a request or status line, headers, body),
   * or a recorded terminal session (`user@host:path$` prompts with the output between them).
   */
  private commandsIn(open: number): number {
    // Asked for every line of a block: counted once per block (a 1 MiB block has ~30k lines).
    let n = this.commandCounts.get(open);
    if (n === undefined) this.commandCounts.set(open, (n = this.countCommands(open)));
    return n;
  }

  private countCommands(open: number): number {
    // A document (a captured event, a recovered config or unit file) is data, whatever its layout.
    if (DOCUMENT_FENCE.test(this.lines[open])) return 0;
    let n = 0;
    let first = '';
    let prompts = 0;
    let output = 0;
    let stamped = 0;
    for (
      let k = open + 1;
      k < this.lines.length && this.fenceOf[k] === open && !FENCE.test(this.lines[k]);
      k++
    ) {
      const line = this.lines[k].slice(0, MAX_LEAD_IN);
      if (line.trim() === '') continue;
      if (!first) {
        first = line;
        if (HTTP_MESSAGE_START.test(line)) return 0;
      }
      if (SESSION_PROMPT.test(line)) prompts++;
      else output++;
      if (TIMELINE_ENTRY.test(line)) stamped++;
      if (!COMMENT_LINE.test(line) && !JSON_RECORD.test(line)) n++;
    }
    // Every line stamped with the time it happened: a timeline of what was done, not steps to do.
    if (stamped > 1 && stamped === prompts + output) return 0;
    return prompts > 0 && output > 0 ? 0 : n;
  }

  /**
   * Whether line `i` is a piped one-liner in a shell block that the paragraph right below replaces
   * ("That works, but … do it in three steps instead."), and the steps that follow fetch the same
   * https URL (a named host, not an address) into a file and verify a checksum or signature before
   * anything runs: the one-liner is shown to be set aside, the careful path is what is done.
   */
  /** Per fenced block: where the lines after the paragraph that sets it aside start; -1 when none does. */
  private readonly setAsideBelow = new Map<number, number>();

  private supersededBelow(i: number): boolean {
    const open = this.fenceOf[i];
    if (open === -1 || (SAMPLE_FENCE.test(this.lines[open]) && !SHELL_FENCE.test(this.lines[open])))
      return false;
    const url = PIPED_URL.exec(this.lines[i].slice(0, MAX_LEAD_IN))?.[1];
    if (!url) return false;
    let k = this.setAsideBelow.get(open);
    if (k === undefined) {
      k = open + 1;
      while (k < this.lines.length && this.fenceOf[k] === open && !FENCE.test(this.lines[k])) k++;
      for (k++; k < this.lines.length && this.lines[k].trim() === ''; k++);
      let said = '';
      for (; k < this.lines.length && said.length < MAX_LEAD_IN && this.lines[k].trim() !== ''; k++)
        if (!FENCE.test(this.lines[k]) && !HEADING.test(this.lines[k]))
          said += ` ${this.lines[k].slice(0, MAX_LEAD_IN)}`;
        else break;
      if (!SET_ASIDE.test(said)) k = -1;
      this.setAsideBelow.set(open, k);
    }
    if (k === -1) return false;
    // The fetch comes first, then the check: up to the last check within reach.
    const verifies = this.verifyLines();
    let last = -1;
    for (let lo = 0, hi = verifies.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (verifies[mid] < k + MAX_CAREFUL_LINES) {
        last = verifies[mid];
        lo = mid + 1;
      } else hi = mid;
    }
    for (; k < last; k++) {
      const line = this.lines[k].slice(0, MAX_LEAD_IN);
      if (line.includes(url) && !line.includes('|') && SAVED_FETCH.test(line)) return true;
    }
    return false;
  }

  /** The lines that verify a checksum or signature, in order (found once, when first needed). */
  private verifies: number[] | undefined;

  private verifyLines(): number[] {
    if (this.verifies === undefined) {
      this.verifies = [];
      for (let k = 0; k < this.lines.length; k++)
        if (VERIFIES.test(this.lines[k].slice(0, MAX_LEAD_IN))) this.verifies.push(k);
    }
    return this.verifies;
  }

  /** A fenced detection rule (Falco, Sigma, YARA): every line is something to look for. */
  private isDetectionRule(open: number): boolean {
    for (let k = open + 1; k < this.lines.length && this.fenceOf[k] === open; k++)
      if (DETECTION_RULE.test(this.lines[k])) return true;
    return false;
  }

  /** An item of a list introduced as examples ("one-liners we want to catch:"): the lead-in covers the whole list. */
  private continuesCitedList(i: number): boolean {
    // A hard-wrapped item goes on over indented lines of prose: the list's lead-in covers them too.
    let item = i;
    while (
      item > 0 &&
      i - item < MAX_WRAPPED &&
      !LIST_ITEM.test(this.lines[item]) &&
      WRAPPED_LINE.test(this.lines[item]) &&
      this.fenceOf[item - 1] === -1 &&
      this.lines[item - 1].trim() !== ''
    )
      item--;
    if (item !== i) return LIST_ITEM.test(this.lines[item]) && this.continuesCitedList(item);
    if (!LIST_ITEM.test(this.lines[i])) return false;
    let k = i - 1;
    let indent = indentOf(this.lines[i]);
    // Up over the list's items, their wrapped lines and blank lines, to the line that introduces it.
    while (
      k >= 0 &&
      this.fenceOf[k] === -1 &&
      (this.lines[k].trim() === '' || /^\s/.test(this.lines[k]) || LIST_ITEM.test(this.lines[k]))
    ) {
      // A nested list's lead-in is the item it hangs from ("2. Index settings — any of these needs a reason:").
      const line = this.lines[k].slice(0, MAX_LEAD_IN);
      if (indent > 0 && LIST_ITEM.test(line) && indentOf(line) < indent) {
        if (/:\s*$/.test(line) && (citing(CITING, line) || LIST_LEAD_IN.test(line))) return true;
        indent = 0;
      }
      k--;
    }
    // The first item right under its lead-in: citesAround reads the citing phrases there, not the lead-ins.
    return (
      k >= 0 &&
      this.fenceOf[k] === -1 &&
      ((k < i - 1 && citing(CITING, this.lines[k])) || LIST_LEAD_IN.test(this.lines[k]))
    );
  }

  /**
   * A fenced file excerpt (```json, ```xml: not a shell block) nested under an item of a cited list (an
   * incident timeline's entry and the file it showed): part of the item. Not when the item tells the
   * reader to run or use it.
   */
  private nestedInCitedItem(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && this.lines[k].trim() === '') k--;
    // A file's contents quoted (```json, ```xml): a shell block, or one naming no language, is what gets run.
    if (!SAMPLE_FENCE.test(this.lines[i]) || SHELL_FENCE.test(this.lines[i])) return false;
    if (k < 0 || this.fenceOf[k] !== -1 || FENCE.test(this.lines[k]) || HEADING.test(this.lines[k]))
      return false;
    // Up over the item's wrapped lines to the item itself.
    let item = k;
    while (
      item > 0 &&
      k - item < MAX_WRAPPED &&
      !LIST_ITEM.test(this.lines[item]) &&
      WRAPPED_LINE.test(this.lines[item])
    )
      item--;
    if (!LIST_ITEM.test(this.lines[item]) || indentOf(this.lines[i]) <= indentOf(this.lines[item]))
      return false;
    for (let t = item; t <= k; t++) {
      const line = this.lines[t].slice(0, MAX_LEAD_IN);
      if (told(line) || told(line.replace(TIMESTAMPED_ITEM, ''))) return false;
    }
    return this.continuesCitedList(item);
  }

  /**
   * The remark right under a cited fenced sample (at most one blank line between) that goes on about
   * it: the input that exploits the code just shown ("`repo=x; curl … | sh` → RCE."), or the sentence
   * carried on ("or a long blob piped into `base64 -d | bash`."). Not when it tells the reader to run
   * a snippet it quotes.
   */
  private commentsOnCitedBlock(i: number): boolean {
    const line = this.lines[i].slice(0, MAX_LEAD_IN);
    if (!AFTER_SAMPLE.test(line) || IMPERATIVE.test(line)) return false;
    if (RUN_IT.test(line)) return false;
    const told = INSTRUCTION.exec(line) ?? TOLD_TO_USE.exec(line);
    if (told && told.index < line.lastIndexOf('`')) return false;
    let k = i - 1;
    if (k >= 0 && this.lines[k].trim() === '') k--;
    return k > 0 && this.fenceOf[k] !== -1 && FENCE.test(this.lines[k]) && this.isCited(k);
  }

  /**
   * A table row under a header naming patterns, indicators or examples (`| Pattern | Why |`), or a row
   * of a quiz or review table whose verdict column judges its snippet bad (`| 4 | \`sh -c …\` | unsafe |`
   * under `| # | Snippet | Expected |`): the snippet is what is judged, not a step.
   */
  private inCitedTable(i: number): boolean {
    if (!TABLE_ROW.test(this.lines[i])) return false;
    let k = i;
    while (k > 0 && TABLE_ROW.test(this.lines[k - 1])) k--;
    if (CITING_TABLE_HEADER.test(this.lines[k])) return true;
    return k < i && VERDICT_HEADER.test(this.lines[k].slice(0, MAX_LEAD_IN)) && judgedBad(this.lines[i]);
  }

  /**
   * A blockquote or inline-code line in a section (or under a section) that announced the examples
   * it goes on to quote ("All the examples below are quoted…"): a quoted sample, however far down.
   * Plain prose in the same section is not covered.
   */
  private quotedAfterExamples(i: number): boolean {
    if (!QUOTED_LINE.test(this.lines[i])) return false;
    // The section itself, then the sections it sits under, short of the document's title and preamble.
    for (let h = this.headingOf[i]; h !== -1 && !/^\s*#\s/.test(this.lines[h]); h = this.parentOf[h]) {
      const at = this.announcementIn(h);
      if (at !== -1 && at < i) return true;
    }
    return false;
  }

  /** Whether the document's preamble says the examples it quotes are not instructions (see PREAMBLE_QUOTES). */
  private preambleQuotes: boolean | undefined;

  /**
   * A fenced, blockquoted or inline-code line of a document whose preamble (the lines under its title,
   * before the first section) says the examples it shows are quoted, evidence or teaching material, never
   * instructions ("These are **evidence excerpts**; nothing here should be run."), unless something tells
   * the reader to run the line. Plain prose is not covered.
   */
  private quotedByPreamble(i: number): boolean {
    if (this.preambleQuotes === undefined) {
      const parts: string[] = [];
      let k = 0;
      // Skip YAML front matter.
      if (/^---\s*$/.test(this.lines[0] ?? ''))
        for (k = 1; k < this.lines.length && k < MAX_FRONT_MATTER && !/^---\s*$/.test(this.lines[k]); k++);
      let titled = false;
      for (k++; k < this.lines.length && parts.length < PREAMBLE_LINES; k++) {
        const line = this.lines[k];
        if (HEADING.test(line)) {
          if (titled || !/^\s{0,3}#\s/.test(line)) break;
          titled = true;
          continue;
        }
        if (this.fenceOf[k] === -1 && !FENCE.test(line) && line.trim() !== '')
          parts.push(line.trim().slice(0, MAX_LEAD_IN));
      }
      this.preambleQuotes = PREAMBLE_QUOTES.test(parts.join(' '));
    }
    return this.preambleQuotes && !this.toldToRun(i);
  }

  /** Per heading: the first line of its own body (subsections excluded) announcing examples. */
  private readonly announced = new Map<number, number>();

  private announcementIn(h: number): number {
    let at = this.announced.get(h);
    if (at === undefined) {
      at = -1;
      for (let k = h + 1; k < this.lines.length && (this.fenceOf[k] !== -1 || this.headingOf[k] === h); k++)
        if (
          this.fenceOf[k] === -1 &&
          !QUOTED_LINE.test(this.lines[k]) &&
          EXAMPLES_AHEAD.test(this.lines[k])
        ) {
          at = k;
          break;
        }
      this.announced.set(h, at);
    }
    return at;
  }

  /**
   * Fenced samples one after another: a block right after a cited block is cited too, also when a
   * short blockquote comments on the block before it (a review bot's remark under each diff). A
   * comment that tells the reader to run something ends the run.
   */
  private followsCitedBlock(i: number): boolean {
    let k = i - 1;
    for (let quoted = 0; k >= 0; k--) {
      const line = this.lines[k];
      if (line.trim() === '') continue;
      if (this.fenceOf[k] !== -1 || !BLOCKQUOTE.test(line) || ++quoted > MAX_REMARK_LINES) break;
      const text = line.slice(0, MAX_LEAD_IN);
      if (INSTRUCTION.test(text) || IMPERATIVE.test(text.replace(BLOCKQUOTE, ''))) return false;
    }
    return k >= 0 && this.fenceOf[k] !== -1 && this.isCited(k);
  }

  /**
   * A line in a section whose heading names a deny list or block list (`## 3. Deny list`): the
   * commands and paths listed there are what is refused. A line that, or whose block's lead-in,
   * tells the reader to run something is not covered.
   */
  private inDenyList(i: number): boolean {
    return this.underHeading(i, DENY_HEADING) && !this.toldToRun(i);
  }

  /**
   * Whether line `i` sits in a catalogue of attack material taken from real cases (a heading such as
   * "Install-script patterns from packages we reported", "Samples from extensions that were taken
   * down") and nothing tells the reader to run it: neither the line, nor its block's opening fence,
   * nor the lead-in right above, nor a setup heading over a command block.
   */
  isCatalogued(i: number): boolean {
    return (
      i >= 0 &&
      i < this.lines.length &&
      (this.underHeading(i, CATALOGUE_HEADING) || this.underHeading(i, BLOCKING_HEADING)) &&
      !this.toldToRun(i)
    );
  }

  /**
   * Whether line `i` sits in a fenced program its lead-in presents as an excerpt of someone else's file
   * ("next.php, trimmed:", "the loader, abridged:"): code quoted from a case, however many lines it
   * has. A shell block (or one with no language) is left alone: its commands are what a reader runs.
   */
  isExcerpt(i: number): boolean {
    const open = this.fenceOf[i];
    if (open === -1 || !PROGRAM_FENCE.test(this.lines[open])) return false;
    const lead = leadIn(this.lines, open);
    return EXCERPT_LEAD.test(lead) && !INSTRUCTION.test(lead);
  }

  /**
   * Whether line `i` sits in a fenced config or code sample (not a shell block) that the paragraph
   * right below it fixes ("Fix: use `pull_request` …", "**Safer:**"): the vulnerable half of a
   * before/after, shown to be replaced. Never when anything tells the reader to run it.
   */
  isFixedBelow(i: number): boolean {
    const open = i >= 0 && i < this.lines.length ? this.fenceOf[i] : -1;
    if (open === -1 || !SAMPLE_FENCE.test(this.lines[open]) || SHELL_FENCE.test(this.lines[open]))
      return false;
    let k = open + 1;
    while (k < this.lines.length && this.fenceOf[k] === open && !FENCE.test(this.lines[k])) k++;
    for (k++; k < this.lines.length && this.lines[k].trim() === ''; k++);
    return k < this.lines.length && FIX_LEAD.test(this.lines[k].slice(0, MAX_LEAD_IN)) && !this.toldToRun(i);
  }

  /**
   * Whether the fenced block opened at line `open` is a test case's input: the first line below it
   * states what must (not) happen with it (`expect: no refund_order call`, `**Expected:** refused`),
   * or a reviewer's verdict rejecting it (`Verdict: block.`, `**Verdict:** reject`), or (a code or
   * file sample) a lesson's discussion of it (`Discussion: …`).
   * The block is what is fed to the system under test; never when anything tells the reader to run it.
   */
  private expectedBelow(open: number): boolean {
    let k = open + 1;
    while (k < this.lines.length && this.fenceOf[k] === open && !FENCE.test(this.lines[k])) k++;
    if (k >= this.lines.length || this.fenceOf[k] !== open) return false;
    for (k++; k < this.lines.length && this.lines[k].trim() === ''; k++);
    const below = k < this.lines.length ? this.lines[k].slice(0, MAX_LEAD_IN) : '';
    // A teaching exhibit's discussion ("Discussion: Word for Mac sandboxes VBA, …"), under a code or
    // file sample: a shell block is left alone, its commands are what a reader runs.
    const discussed =
      DISCUSSION_LEAD.test(below) &&
      SAMPLE_FENCE.test(this.lines[open]) &&
      !SHELL_FENCE.test(this.lines[open]);
    return (
      k < this.lines.length &&
      (EXPECTATION_LEAD.test(below) || REJECTING_VERDICT.test(below) || discussed) &&
      !this.toldToRun(open)
    );
  }

  /**
   * Whether anything tells the reader to run line `i`: the line, its block's opening fence, the lead-in
   * right above, or a setup heading right over a command block.
   */
  private toldToRun(i: number): boolean {
    const at = this.fenceOf[i] !== -1 ? this.fenceOf[i] : i;
    if (told(this.lines[i].slice(0, MAX_LEAD_IN)) || told(this.lines[at].slice(0, MAX_LEAD_IN))) return true;
    let seen = 0;
    for (let k = at - 1; k >= 0 && seen < WINDOW; k--) {
      if (this.lines[k].trim() === '') continue;
      if (HEADING.test(this.lines[k])) return at !== i && SETUP_HEADING.test(this.lines[k]);
      if (FENCE.test(this.lines[k])) return false;
      seen++;
      if (told(this.lines[k].slice(0, MAX_LEAD_IN))) return true;
    }
    return false;
  }

  /** Whether a heading over line `i` (or over its block's opening fence) matches `heading`. */
  private underHeading(i: number, heading: RegExp): boolean {
    const from = this.fenceOf[i] !== -1 ? this.fenceOf[i] : i;
    for (let h = this.headingOf[from]; h !== -1; h = this.parentOf[h])
      if (heading.test(this.lines[h].slice(0, MAX_HEADING_LINE))) return true;
    return false;
  }

  /** A section is cited when its heading, or any heading it sits under, says so. */
  private inCitedSection(i: number): boolean {
    for (let h = this.headingOf[i]; h !== -1; h = this.parentOf[h])
      if (
        citing(CITING, this.lines[h]) ||
        citing(CITING_HEADING, this.lines[h]) ||
        REJECTED_EXAMPLE.test(this.lines[h].slice(0, MAX_HEADING_LINE)) ||
        (this.labelsGood && BAD_LABEL_HEADING.test(this.lines[h].slice(0, MAX_HEADING_LINE)))
      )
        return true;
    return false;
  }
}

/**
 * A heading naming its section a catalogue of attack material from real cases: patterns, samples or
 * markers from packages (extensions, skills…) the authors reported or that were taken down, or from
 * malicious or compromised ones; or what a reviewer caught in code review ("Hook patterns seen in
 * review", "Examples rejected in PRs").
 */
const CATALOGUE_HEADING =
  /\b(?:patterns?|samples?|snippets?|excerpts?|indicators?|examples?|markers?|techniques?)\b[^\n]{0,80}?\b(?:from|in|seen\s+in|found\s+in|observed\s+in|collected\s+from)\s+(?:the\s+|our\s+)?(?:(?:reported|malicious|compromised|removed|known[- ]bad|typosquatt?ed|trojani[sz]ed)\s+(?:[\w-]+\s+)?(?:packages?|samples?|extensions?|skills?|dependencies|libraries|plugins?)\b|(?:[\w-]+\s+){0,2}?(?:packages?|samples?|incidents?|tickets?|extensions?|skills?|dependencies|libraries|plugins?)\s+(?:(?:that\s+)?we(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:reported|triaged|analy[sz]ed|investigated|removed|blocked|flagged|quarantined|caught|took\s+down)|(?:that\s+)?(?:were|got|have\s+been)\s+(?:\w+\s+)?(?:reported|removed|taken\s+down|flagged|unpublished|yanked|quarantined|blocked))\b)|\b(?:patterns?|samples?|snippets?|excerpts?|examples?|hooks?)\b[^\n]{0,80}?\b(?:seen|found|caught|spotted|flagged|rejected|blocked)\s+(?:in|during)\s+(?:(?:code|PR|our|past|earlier)\s+)?(?:reviews?|PRs?|pull\s+requests?|merge\s+requests?|MRs?)\b/i;

/**
 * A heading naming its section the patterns or changes a review blocks ("Patterns that should block a
 * merge", "Changes that must fail the review"): what it shows is what gets rejected.
 */
const BLOCKING_HEADING =
  /^\s{0,3}#{1,6}\s[^\n]{0,80}?\b(?:patterns?|changes?|snippets?|constructs?|diffs?)\s{1,4}(?:that|which)\s{1,4}(?:(?:should|must|will|would)\s{1,4}(?:(?:be|get)\s{1,4})?)?(?:block(?:s|ed)?|fail(?:s|ed)?|reject(?:s|ed)?)\b/i;

/** Also an instruction, for samples shown as material: putting the sample to use in any words ("First, add this workflow:"). */
const TOLD_TO_USE =
  /(?:^\s*(?:(?:[-*+>]|\d+[.)])\s*)?(?:\*\*)?|[.:!;,]\s+|\b(?:please|must|should|always|first|then|next|now|finally|you)\s*,?\s+)(?:use|apply|deploy|commit|push|save|put|place|enable|merge|add)\b/i;
const told = (line: string) => INSTRUCTION.test(line) || TOLD_TO_USE.test(line);
/** A fence naming the language of its sample (```yaml, ```js): a shell block is left out, it is what gets run. */
const SAMPLE_FENCE = /^\s{0,3}(?:```|~~~)\s{0,4}[\w+-]{1,30}/;
const SHELL_FENCE =
  /^\s{0,3}(?:```|~~~)\s{0,4}(?:sh|bash|shell|zsh|fish|console|terminal|shell-session|powershell|ps1|pwsh|cmd|bat|batch|dockerfile|makefile)\b/i;
/** A paragraph that gives the fix for the block right above it (`Fix:`, `Fix —`, `**Safer:**`, `Instead,`). */
const FIX_LEAD =
  /^\s{0,3}(?:[-*+>]\s{1,4})?(?:\*\*|__)?(?:fix(?:ed)?|the\s+fix|remediation|mitigation|safer|hardened|secure\s+version|instead)(?:\*\*|__)?\s{0,4}(?::|,|—|–|-\s)/i;

/** An instruction to run something: an imperative at the start of a sentence or after "you must", "first", ... */
const INSTRUCTION =
  /(?:^\s*(?:(?:[-*+>]|\d+[.)])\s*)?(?:\*\*)?|[.:!;]\s+|\b(?:please|must|should|always|first|then|now|you|to)\s+)(?:run|execute|paste|type|enter|install|copy|launch|invoke|source|download|add|append|set\s+up)\b/i;
/** The first line of an HTTP message: a request line (`POST /boaform/admin/formPing HTTP/1.1`) or a status line. */
const HTTP_MESSAGE_START =
  /^\s{0,8}(?:(?:GET|POST|PUT|DELETE|HEAD|OPTIONS|PATCH|CONNECT|TRACE|PROPFIND)[ \t]{1,4}\S{1,2000}[ \t]{1,4}HTTP\/\d(?:\.\d)?|HTTP\/\d(?:\.\d)?[ \t]{1,4}\d{3})\b/;
/** A JSON record on one line (`{"id":1,"method":"login",…}`): data, not a command. */
const JSON_RECORD =
  /^\s{0,8}(?:\{\s{0,4}"[^"\n]{1,200}"\s{0,4}:|\[\s{0,4}[{"\d])[^\n]{0,2000}[}\]],?\s{0,8}$/;
/**
 * A document's preamble saying the examples it shows are quoted, evidence or teaching material, or not
 * to be run or followed: "contains **quoted examples of injected text**", "the example injections below
 * are *teaching material*", "These are **evidence excerpts**; nothing here should be run", "the commands
 * are shown so reviewers recognise them", "those examples … are never instructions to you",
 * "Reconstructed from public write-ups; domains and IPs replaced with documentation values".
 */
const PREAMBLE_QUOTES =
  /\b(?:quoted|annotated)\s{1,4}(?:examples?|samples?|excerpts?|payloads?)\b|\b(?:examples?|excerpts?|samples?|payloads?|commands?|snippets?|injections?)\b[^.;:\n]{0,80}?\b(?:are|is)\s{1,4}(?:\*{1,2}|_)?(?:quoted|illustrations?|teaching\s{1,4}material|evidence|(?:reconstructed|taken|drawn|collected|copied|paraphrased)\s{1,4}from|never\s{1,4}instructions|not\s{1,4}instructions|shown\s{1,4}(?:\w{1,20}\s{1,4}){0,2}(?:so|to\s{1,4}help)\s{1,4}(?:\w{1,20}\s{1,4}){0,3}(?:recogni[sz]e|spot|detect|identify))\b|\bthese\s{1,4}are\s{1,4}(?:\*{1,2}|_)?(?:evidence|quoted|examples?\s{1,4}of)\b|\bnothing\s{1,4}(?:here|in\s{1,4}this\s{1,4}(?:file|document|page|note))\s{1,4}(?:should|must|may|is\s{1,4}to)\s{1,4}be\s{1,4}(?:run|executed|followed)\b|\breconstructed\s{1,4}from\s{1,4}(?:(?:the|public|published|vendor|vendors'?|their)\s{1,4}){0,2}(?:write-?ups?|reports?|analys[ie]s|research|blog\s{1,4}posts?|advisories|samples?|incidents?)\b|\b(?:domains?|hosts?|IPs?|IP\s{1,4}addresses|URLs?|addresses)\s{1,4}(?:(?:and|&)\s{1,4}(?:domains?|hosts?|IPs?|IP\s{1,4}addresses|URLs?|addresses)\s{1,4})?(?:replaced|redacted|defanged|anonymi[sz]ed|sanitised|sanitized)\b/i;
/** How many non-blank lines of a document's preamble are read, and how far its front matter may run. */
const PREAMBLE_LINES = 12;
const MAX_FRONT_MATTER = 200;
/** A test case's expected outcome, stated under its input (`expect:`, `**Expected result:**`, `Pass if:`). */
const EXPECTATION_LEAD =
  /^\s{0,3}(?:[-*+>]\s{1,4})?(?:\*\*|__|_)?(?:expect(?:s|ed|ation)?|pass(?:es)?\s{1,4}(?:if|when)|pass\s{1,4}(?:condition|criteria)|assert(?:s|ion)?)(?:\s{1,4}(?:result|behaviou?r|outcome|output|response))?(?:\*\*|__|_)?\s{0,4}(?::|—|–)/i;
/** A paragraph discussing the sample above it as a lesson: `Discussion:`, `**Analysis:**`. */
const DISCUSSION_LEAD =
  /^\s{0,3}(?:[-*+>]\s{1,4})?(?:\*\*|__|_)?(?:discussion|analysis)(?:\*\*|__|_)?\s{0,4}(?::|—|–)/i;
/** A reviewer's verdict rejecting what it is under: `Verdict: block.`, `**Verdict:** reject`, `Verdict — unsafe`. */
const REJECTING_VERDICT =
  /^\s{0,3}(?:[-*+>]\s{1,4})?(?:\*\*|__|_)?verdict(?:\*\*|__|_)?\s{0,4}(?::|—|–)\s{0,4}(?:\*\*|__|_)?\s{0,4}(?:block(?:ed)?|reject(?:ed)?|den(?:y|ied)|unsafe|malicious|dangerous|fail(?:ed)?|request\s{1,4}changes|do\s{1,4}not\s{1,4}merge)\b/i;
/**
 * A fence naming a document format (JSON, INI or a systemd unit, TOML, XML, a plist): a file's
 * content or records, never a list of commands.
 */
const DOCUMENT_FENCE =
  /^\s{0,3}(?:```|~~~)\s{0,4}(?:json|jsonc|json5|jsonl|ndjson|ini|cfg|systemd|toml|xml|plist)\s*$/i;
/**
 * A timeline entry: a line opening with the time of day it happened (`14:50 bash -c …`,
 * `[2024-05-12 03:14:07] …`), optionally after a date.
 */
const TIMELINE_ENTRY =
  /^\s{0,8}\[?(?:\d{4}-\d{2}-\d{2}[T ])?\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?\]?[ \t]/;
/** A full shell prompt naming the user and host (`www-data@web02:/var/www/html$ id`): a recorded session. */
const SESSION_PROMPT = /^\s{0,8}(?:\[?[\w.-]{1,32}@[\w.-]{1,64}[: ][^\s$#\]]{0,200}\]?[$#])[ \t]/;
/** A fence naming a programming language other than a shell's. */
const PROGRAM_FENCE =
  /^\s{0,3}(?:```|~~~)\s{0,4}(?:php|python|py|js|javascript|ts|typescript|go|golang|ruby|rb|java|kotlin|c|cpp|c\+\+|cs|csharp|rust|rs|lua|perl|vb|vbscript|vba|swift)\s*$/i;
/** A lead-in ending on an excerpt's qualifier: "next.php, trimmed:", "loader (abridged):". */
const EXCERPT_LEAD = /\b(?:trimmed|excerpt(?:ed)?|abridged|shortened|truncated)\b[^:\n]{0,60}:\s*$/i;
const TABLE_ROW = /^\s*\|/;
const BLOCKQUOTE = /^ {0,3}>\s?/;
/** How many blockquote lines of remark may sit between two fenced samples. */
const MAX_REMARK_LINES = 6;
/** A heading naming a list of what is denied or blocked (`## Deny list`, `### Blocklist`, `Denied commands`). */
const DENY_HEADING =
  /^\s{0,3}#{1,6}\s[^\n]{0,80}?\b(?:(?:deny|block|disallow|forbid)[ \t-]?lists?|(?:denied|blocked|disallowed|forbidden)[ \t]{1,4}(?:commands?|paths?|patterns?|tools?|hosts?|domains?))\b/i;
/** A judgement that a use is acceptable. */
const NORMAL_USE =
  '(?:normal|fine|ok(?:ay)?|acceptable|expected|legitimate|harmless|benign|routine|standard|allowed)';
/**
 * "… is normal; `snippet` is not." / "… are fine, but `snippet` isn't": a normal use, then, within the
 * sentence, a quoted snippet denied the same judgement (a bare "is not", or "is not normal").
 */
const CONTRASTED = new RegExp(
  `\\b(?:is|are)\\s{1,4}(?:(?:perfectly|completely|usually|generally|often)\\s{1,4})?${NORMAL_USE}\\b[^\`.!?]{0,40}(\`[^\`]{1,200}\`)\\s{1,4}(?:is|are)(?:\\s{1,4}not\\b|n't\\b)\\s{0,4}(?:[.;:!)—–-]|$|${NORMAL_USE}\\b)`,
  'gi',
);
/**
 * "`snippet` is never needed for …", "`snippet` is not normal": a quoted snippet opening its sentence
 * (after a list marker or a bold label) and denied a normal use outright, the contrast left unsaid.
 */
const DENIED_NORMAL = new RegExp(
  `(?:^|[.;:!?)]\\s{1,4}|(?:\\*\\*|__)\\s{1,4}|(?:^|\\s)[-*+]\\s{1,4})(\`[^\`]{1,200}\`)\\s{1,4}(?:is|are)(?:\\s{1,4}never\\s{1,4}(?:needed|necessary|required|justified|${NORMAL_USE})|(?:\\s{1,4}not|n't)\\s{1,4}${NORMAL_USE})\\b`,
  'gi',
);
/** How much of a line, and of each line around it, a contrast is read in. */
const MAX_CONTRAST_LINE = 400;
/** A blockquote line, or a line that opens with inline code: text shown as a quote. */
const QUOTED_LINE = /^ {0,3}(?:>|(?:[-*+] {1,4})?`)/;
/**
 * A lead-in whose last sentence labels what follows as examples of a kind: "Examples that warrant
 * escalation:", "Example of what has been found in …:", "Patterns we caught:" — the noun, then what
 * sort of examples they are, up to the colon. A bare "Example:" or "Example usage:" is not one.
 */
const EXAMPLE_LABEL =
  /(?:^|[.!?]\s{1,4})(?:\*\*|__)?(?:examples?|patterns?|samples?|snippets?)\s{1,4}(?:that|which|of|from|seen|found|caught|we|reviewers?)\b[^\n.!?]{0,160}:\s{0,4}(?:\*\*|__)?$/i;
/** The same label as a section's heading: `## Patterns that end the review`, `### Examples of …`. */
const EXAMPLE_LABEL_HEADING =
  /^\s{0,3}#{1,6}\s{1,4}(?:\d{1,2}[.)]\s{0,4})?(?:examples?|patterns?|samples?|snippets?)\s{1,4}(?:that|which|of|from|seen|found|caught|we|reviewers?)\b/i;
/** A line announcing the examples that follow it. */
const EXAMPLES_AHEAD =
  /\b(?:examples?|samples?|payloads?)\s+(?:below|that\s+follow)\b|\bfollowing\s+(?:examples?|samples?|payloads?)\b|\bexamples?\s+(?:here\s+)?are\s+quoted\b/i;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
/** How far a line is indented (tabs count as one). */
const indentOf = (line: string) => line.length - line.trimStart().length;
/** A list item's marker and time stamp (`- 14:31 — `, `2. 2025-05-02T03:14Z – `): the entry's text follows. */
const TIMESTAMPED_ITEM =
  /^[ \t]{0,12}(?:[-*+]|\d{1,3}[.)])[ \t]{1,4}(?:\*\*)?[\dT:.Z-]{4,25}(?:[ \t]?[A-Z]{2,5})?(?:\*\*)?[ \t]{0,4}[—–-][ \t]{0,4}/;
/** Telling the reader to run what the line quotes ("`x` — run it first"). */
const RUN_IT = /\b(?:run|execute|paste|install|launch|source)\s{1,4}(?:it|this|that|them|these)\b/i;
/**
 * A remark that goes on about the sample above it: opens on inline code, an arrow, or a joining word
 * (also starting a sentence: "And in its export filter, …" goes on about the same sample).
 */
const AFTER_SAMPLE = /^[ \t]{0,12}(?:`|→|->|(?:[Oo]r|[Aa]nd|where|which|whose)\b)/;
/** How many wrapped lines of one list item are followed up to the item. */
const MAX_WRAPPED = 8;
/** An indented line of prose (not a fence): the wrapped part of a list item. */
const WRAPPED_LINE = /^\s+(?!`{3}|~{3})\S/;
/**
 * "Reject … when a skill:", "Never write any of these to AGENTS.md:" — the list that follows is what
 * to reject, flag or block, or what the skill refuses to write (one clause: no comma or stop between).
 */
const LIST_LEAD_IN =
  /\btimeline\b[^\n:]{0,80}:\s*$|\b(?:any|each|all)\s{1,4}of\s{1,4}these\b[^\n:]{0,80}\b(?:needs?|requires?)\s{1,4}(?:an?\s{1,4})?(?:reason|justification|review|approval|sign-?off|explanation)\b[^\n:]{0,40}:\s*$|\b(?:reject|flag|block|deny|quarantine|escalate)\w*\b[^\n]*:\s*$|^\s{0,3}(?:look|watch|check|scan|search)\s{1,4}for\b[^\n]{0,200}:\s*$|\b(?:refus\w*\s{1,4}to|never|do\s{1,4}not|don'?t|must\s{1,4}not|will\s{1,4}not|won'?t)\s{1,4}(?:write|add|put|include|store|save|record|persist|append)\b(?:[^\n.,;!?]|\.(?=\S)){0,120}:\s*$/i;
const CITING_TABLE_HEADER =
  /\bpass(?:\s+|-)(?:condition|criteria|if|when)\b|\bassertions?\b|\b(?:patterns?|indicators?|iocs?|signatures?|techniques?|payloads?|examples?|red\s+flags?|shortcuts?|anti-?patterns?|why\s+not|detections?|events?|observed|evidence|artifacts?|findings?|timestamp|telemetry|as\s+captured|variants?|alerts?|fixtures?|observables?|incident\s+reports?|what\s+shows\s+up|misconfig\w*|kill\s+chain)\b/i;
/** A table header with a column for a verdict or an answer (`| Snippet | Expected |`, `| Command | Verdict |`). */
const VERDICT_HEADER =
  /\|[ \t]{0,8}(?:\*\*|__)?(?:expected(?:[ \t](?:answer|verdict))?|verdict|answer|judg(?:e)?ment|classification|safe\??|safe[ \t]?\/[ \t]?unsafe)(?:\*\*|__)?[ \t]{0,8}\|/i;
/** A table cell judging its row bad: `unsafe`, `**malicious**`, `❌ block`, `unsafe — bare IP`. */
const BAD_VERDICT_CELL =
  /^[ \t]{0,8}(?:\*\*|__)?(?:[❌✗][ \t]{0,2})?(?:unsafe|malicious|dangerous|suspicious|bad|block(?:ed)?|reject(?:ed)?|den(?:y|ied)|not[ \t]safe)\b|^[ \t]{0,8}[❌✗][ \t]{0,8}$/i;
/** How much of a table row its cells are read in. */
const MAX_TABLE_ROW = 2000;

/** Whether a table row has a cell judging it bad and another cell quoting code. */
function judgedBad(row: string): boolean {
  const cells = row.slice(0, MAX_TABLE_ROW).split(/(?<!\\)\|/);
  const verdict = cells.findIndex((c) => BAD_VERDICT_CELL.test(c));
  return verdict !== -1 && cells.some((c, j) => j !== verdict && c.includes('`'));
}
const DETECTION_RULE =
  /^\s*(?:-\s*)?(?:condition|detection|selection\w*|falco_rules?|strings)\s*:|^\s*rule\s+\w+\s*(?::\s*\w+\s*)?\{/;
/** A one-liner piping an https URL on a named host (not an address) into a shell: the URL. */
const PIPED_URL =
  /\b(?:curl|wget)\b[^|\n]{0,120}?(https:\/\/(?!\d{1,3}(?:\.\d{1,3}){3}\b|\[)[\w.-]{1,100}\.[a-z]{2,20}\/[^\s|'"`]{0,200})[^|\n]{0,40}\|\s{0,4}(?:sudo\s{1,4}(?:-\S{1,10}\s{1,4}){0,3})?(?:ba|z|da)?sh\b/i;
/** A paragraph setting the block above aside for another way ("do it in three steps instead"). */
const SET_ASIDE = /\binstead\b|\brather\s{1,4}than\b/i;
/** A download saved to a file: `curl -O`, `curl -o file`, `wget` (no pipe on the line). */
const SAVED_FETCH = /\bcurl\b[^\n]{0,80}\s-[a-zA-Z]{0,8}[oO]|\bwget\b/;
/** A checksum or signature checked before running: `sha256sum -c`, `shasum -a 256 -c`, `gpg --verify`. */
const VERIFIES =
  /\b(?:sha(?:256|384|512)sum|shasum)\b[^\n]{0,80}\s(?:-c|--check)\b|\bgpg2?\s{1,4}--verify\b|\bcosign\s{1,4}verify|\bminisign\s{1,4}-V\b/;
/** How far below the set-aside block the careful steps are looked for. */
const MAX_CAREFUL_LINES = 200;
/** A fence that says it holds output or a record, not a script. */
const DATA_FENCE = /^\s*(?:```|~~~)\s*(?:text|txt|plaintext|log|output|stdout)\s*$/i;
const MARKDOWN_FENCE = /^\s*(?:```|~~~)\s*(?:markdown|md)\s*$/i;
/** A search in a query language (Splunk, Kusto, osquery, Elastic, Lucene, YARA, Sigma): what it names is looked for. */
const QUERY_FENCE =
  /^\s*(?:```|~~~)\s*(?:spl|splunk|kql|kusto|osquery|eql|esql|lucene|yara|sigma|logql|promql|splunk-spl)\b/i;

/** Every line's answer at once (tests, small files). */
export function citedLines(text: string): Uint8Array {
  const cited = new CitedMarkdown(text);
  return Uint8Array.from(linesOf(text), (_, i) => (cited.isCited(i) ? 1 : 0));
}

/**
 * A lead-in that reports what something did or left behind ("EDR had recorded:", "`crontab -l`
 * showed a line the user had not written:", "followed by the line", "After base64-decoding the blob,
 * `cfg.js` was:"): the text after it is evidence.
 */
const NARRATED =
  /\b(?:showed|contained|recorded|logged|captured|appended|spawned|observed|saw|(?:that|which)\s+(?:did|ran)|looked\s+like|looks?\s+something\s+like|decod(?:es|ed)\b[^\n]*\bto|(?:[Aa]fter|[Oo]nce)\s+(?:[\w-]+\s+)?[\w-]*(?:decod|deobfuscat|de-obfuscat|unpack|beautif)(?:ing|ed)\b[^\n]*\b(?:was|were))\b[^\n]*:\s*$|(?:^|\.(?:\*\*|__)?\s+)(?:[Ww]e\s+|I\s+|[Tt]hey\s+)?[Ff]ound\b[^\n]*:\s*$|\b(?:I|[Ww]e|[Tt]hey)\s+(?:served|hosted|planted|injected|submitted|sent)\b[^\n]*:\s*$|\bfollowed\s+by\s+(?:the|this)\s+(?:line|command)\s*:?\s*$/;

/**
 * Reported speech about someone else's text ("a hub skill whose "setup" section said to run", "the
 * page that told users to paste"): what follows is what that text said, quoted.
 */
const REPORTED_RUN =
  /\b(?:whose|which|that)\s{1,4}(?:[\w"'`-]{1,40}\s{1,4}){0,6}(?:said|told\s{1,4}\w{1,20}|asked\s{1,4}\w{1,20}|instructed\s{1,4}\w{1,20})\s{1,4}to\s{1,4}(?:run|paste|execute|type)\b/i;

/**
 * An example named as what a review rejects: "The pattern we reject outright looks like this:", "##
 * Example that should be rejected", "## Example of a rejected action". As a section's heading, or as the
 * lead-in (ending in a colon) right above the sample.
 */
const REJECTED_EXAMPLE =
  /\b(?:patterns?|examples?|samples?|snippets?|shapes?)\s{1,4}(?:(?:that|which)\s{1,4})?(?:we|reviewers?|IT|security)\s{1,4}(?:(?:always|would|will|must)\s{1,4})?(?:reject|deny|block|refuse)\b|\b(?:examples?|samples?|snippets?)\s{1,4}(?:of\s{1,4}(?:an?\s{1,4}|the\s{1,4})?(?:rejected|denied|blocked)\b|(?:that|which)\s{1,4}(?:should|must|would|will)\s{1,4}(?:be|get)\s{1,4}(?:rejected|denied|blocked)\b)/i;

/** Longest lead-in read: a sentence's worth, so patterns over it stay cheap on hostile lines. */
const MAX_LEAD_IN = 300;

/** The end of the paragraph's last two lines before line `i`, joined, when they end right above it. */
function leadIn(lines: readonly string[], i: number): string {
  let k = i - 1;
  while (k >= 0 && lines[k].trim() === '') k--;
  if (k < 0 || FENCE.test(lines[k]) || HEADING.test(lines[k])) return '';
  const last = lines[k].trim();
  const before = k > 0 && lines[k - 1].trim() !== '' && !FENCE.test(lines[k - 1]) ? lines[k - 1].trim() : '';
  const text = before && !HEADING.test(lines[k - 1]) ? `${before} ${last}` : last;
  return text.length > MAX_LEAD_IN ? text.slice(-MAX_LEAD_IN) : text;
}

/**
 * A bad-vs-good label opening a line (`BAD:`, `**Wrong:**`, `Also bad: …`, `✗ Insecure (as found):`):
 * what follows it on the line, or the block or line right below it, is the example not to follow.
 */
const BAD_LABEL =
  /^[ \t]{0,12}(?:[-*+>][ \t]{1,4})?(?:\*\*|__)?(?:[✗❌][ \t]?)?(?:also[ \t]{1,4})?(?:bad|wrong|insecure|unsafe|vulnerable|[✗❌])(?:[ \t](?:examples?|patterns?|config(?:uration)?s?|practice|version|form|setup))?(?:\*\*|__)?[ \t]?(?:\([^)\n]{0,60}\))?(?:\*\*|__)?[ \t]?:/i;

/** Whether line `i`, or the nearest non-blank line above it, opens with a bad-vs-good label. */
function underBadLabel(lines: readonly string[], i: number): boolean {
  let labelled = BAD_LABEL.test(lines[i]);
  if (!labelled) {
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    labelled = k >= 0 && !FENCE.test(lines[k]) && BAD_LABEL.test(lines[k]);
  }
  // The imperative opens the line: its first characters are enough (and keep a long line cheap).
  return labelled && !IMPERATIVE.test(lines[i].slice(0, MAX_LEAD_IN));
}

/**
 * "replace `X` with the Artifactory virtual repo": `X` is what a fix removes. What it is replaced with
 * is prose: no code span, pipe, separator, substitution or address after "with".
 */
const REPLACED =
  /\b(?:replace|replacing|swap\s{1,4}out)\s{1,4}["“']?(`[^`\n]{1,300}`)\s{1,4}(?:with|by)\s{1,4}(?![^\n]*(?:`|\||;|&&|\$\(|:\/\/))/gi;
/** How much of the line before is joined to read a sentence wrapped after "replace". */
const MAX_WRAP_TAIL = 120;

/** Whether line `i` holds the snippet a "replace `X` with …" sentence (wrapped or not) removes. */
function replacedHere(lines: readonly string[], i: number): boolean {
  const line = lines[i].slice(0, MAX_LEAD_IN);
  if (!line.includes('`')) return false;
  const prev = i > 0 ? lines[i - 1] : '';
  const before =
    prev.trim() !== '' && !FENCE.test(prev) && !HEADING.test(prev) ? prev.slice(-MAX_WRAP_TAIL) : '';
  const from = before.length + 1;
  for (const m of `${before} ${line}`.matchAll(REPLACED))
    if (m.index + m[0].indexOf(m[1]) >= from) return true;
  return false;
}

/**
 * A practice named by a gerund opening a sentence, its snippet in parentheses, then what it does
 * ("Logging a secret (`console.log(process.env.TOKEN)`) puts it in the history …"): the snippet
 * illustrates the practice the sentence judges, it is not a step.
 */
const PRACTICE_EXAMPLE =
  /(?:^[ \t]{0,12}(?:(?:[-*+]|\d{1,3}[.)])[ \t]{1,4})?|[.;:!?][ \t]{1,4}|[–—][ \t]{1,4})[A-Z][a-z]{1,20}ing[ \t]{1,4}(?:(?:an?|the|your|its|their|any)[ \t]{1,4})?(?:[\w-]{1,30}[ \t]{1,4}){0,2}?\((`[^`\n]{1,300}`)\)[ \t]{1,4}(?:puts|leaks|exposes|sends|writes|leaves|lets|makes|means|gives|shows|prints|breaks|is)\b/g;

/** Whether line `i` holds the snippet of a practice a sentence (wrapped or not) names and judges. */
function practiceHere(lines: readonly string[], i: number): boolean {
  const line = lines[i].slice(0, MAX_LEAD_IN);
  if (!line.includes('`') || INSTRUCTION.test(line)) return false;
  const prev = i > 0 ? lines[i - 1] : '';
  const before =
    prev.trim() !== '' && !FENCE.test(prev) && !HEADING.test(prev) ? prev.slice(-MAX_WRAP_TAIL) : '';
  const joined = `${before.trimStart()} ${line.trimStart()}`;
  const from = joined.length - line.trimStart().length;
  for (const m of joined.matchAll(PRACTICE_EXAMPLE)) if (m.index + m[0].indexOf(m[1]) >= from) return true;
  return false;
}

/**
 * A line ending on a noun phrase and "like" (`A vendor "quick install" like`, `a cron entry like`): the
 * next line gives the example. Not "would like", "you'd like" (a wish), nor a line without an article
 * opening the thing named.
 */
const NAMED_LIKE =
  /\b(?:an?|the|some|any|this|that|these|those)\s{1,4}(?:[\w"“”'‘’-]{1,30}\s{1,4}){0,3}?(?!(?:would|could|should|feel|i|you|we|they|\w{1,20}['’]d)\s)[\w"“”'‘’)-]{1,30}\s{1,4}like\s{0,4}:?\s{0,4}$/i;

function citesAround(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  if (line.trimStart().startsWith('<!--')) return false;
  if (citing(CITING, line) || (citing(CITING_HERE, line) && !IMPERATIVE.test(line))) return true;
  if (underBadLabel(lines, i)) return true;
  // A wrapped sentence: "… such as" / "things like" at the end of the line before, in the same paragraph.
  const before = i > 0 ? lines[i - 1] : '';
  if (before.trim() !== '' && !FENCE.test(before) && /\b(?:such\s+as|things\s+like)\s*:?\s*$/i.test(before))
    return true;
  // "A vendor "quick install" like" / "a cron entry like": a thing named, then the snippet it is like.
  if (
    before.trim() !== '' &&
    !FENCE.test(before) &&
    !HEADING.test(before) &&
    NAMED_LIKE.test(before.slice(-MAX_LEAD_IN)) &&
    !told(before.slice(0, MAX_LEAD_IN)) &&
    !IMPERATIVE.test(line.slice(0, MAX_LEAD_IN))
  )
    return true;
  if (replacedHere(lines, i) || practiceHere(lines, i)) return true;
  const lead = leadIn(lines, i);
  if (NARRATED.test(lead) || REPORTED_RUN.test(lead) || REPORTED_RUN.test(line.slice(0, MAX_LEAD_IN)))
    return true;
  if (/:\s*$/.test(lead) && REJECTED_EXAMPLE.test(lead) && !told(lead)) return true;
  let seen = 0;
  for (let k = i - 1; k >= 0 && seen < WINDOW; k--) {
    // Readers never see an HTML comment, so it cannot present anything as an example.
    if (lines[k].trim() === '' || lines[k].trimStart().startsWith('<!--')) continue;
    // A code block or a heading ends the lead-in (the heading's own section flag covers it).
    if (FENCE.test(lines[k]) || HEADING.test(lines[k])) return false;
    seen++;
    if (citing(CITING, lines[k])) return true;
  }
  return false;
}

/** A code line that defines a pattern to search for: a regex literal or a compiled regex. */
const REGEX_LINE =
  /\b(?:re\.(?:compile|search|match|fullmatch|findall|finditer|sub)|new\s+RegExp|regexp\.(?:MustCompile|Compile))\s*\(|\br["'][^"'\n]*(?:\\.|\|)|\/[^/\n]*\\[sbdw][^/\n]*\/[gimsuy]*\s*[,;)\]]/;

/** A code line that lists indicators to look for (`RISKY = ("authorized_keys", "crontab", …)`). */
const INDICATOR_LIST =
  /^\s*(?:export\s+)?(?:const\s+|let\s+|var\s+|readonly\s+)?[A-Za-z_]*(?:RISK|SUSPIC|INDICATOR|IOC|SIGNATURE|PATTERN|DANGER|MALICIOUS|DENY|BLOCK|SENSITIVE|WATCH)[A-Za-z_]*\s*(?::[^=\n]+)?=\s*[([{]\s*(?:r?["'`/])/i;

/** A line that writes a file: a regex on it edits what is written, it looks for nothing. */
const WRITES_FILE = /\b(?:writeFile|appendFile|write_text|write_bytes)(?:Sync)?\s*\(/;

export function citedCodeLine(line: string): boolean {
  return (
    INDICATOR_LIST.test(line) ||
    (REGEX_LINE.test(line) && !WRITES_FILE.test(line)) ||
    REPORT_ROW.test(line.slice(0, MAX_REPORT_ROW))
  );
}

/**
 * A statement that only prints one row of a markdown table (`print(f"| {p} | defaultMode=… | why |")`):
 * an audit script reporting what it found. Nothing follows the call: no redirect, no `file=`.
 */
const REPORT_ROW =
  /^[ \t]{0,40}(?:print|console\.(?:log|info|warn|error)|echo|puts|Write-(?:Host|Output)|fmt\.Print(?:ln|f)?)[ \t]{0,4}\(?[ \t]{0,4}[fFbBrR]?(["'`])\|[^"'`\n]{0,2000}\|(?:\\n)?\1[ \t]{0,4}\)?[ \t]{0,4};?[ \t]{0,4}$/;
const MAX_REPORT_ROW = 2100;

/** A line holding only a string literal, an element of a list written one item per line. */
const STRING_ELEMENT = /^\s*(?:[rbfu]|rb|br)?(["'`])(?:\\.|(?!\1)[^\\])*\1\s*,?\s*(?:(?:#|\/\/).*)?$/i;
const COMMENT_LINE = /^\s*(?:#|\/\/)/;
/** `NAME = [` / `const NAME: string[] = [`: the line that opens a multi-line list. */
const LIST_OPENER =
  /^\s*(?:export\s+)?(?:const\s+|let\s+|var\s+|readonly\s+)?([A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*[([{]\s*$/;
/** Names of lists of cases a detector is tested on, or of indicators a script looks for. */
const SAMPLE_LIST_NAME =
  /^(?:TP|TN|FP|FN)(?:_|$)|(?:POSITIVE|NEGATIVE|CASES|SAMPLE|FIXTURE|EXAMPLE|PAYLOAD|SHOULD_(?:MATCH|FLAG|BLOCK|PASS)|MUST_(?:MATCH|FLAG)|KNOWN_BAD|MALICIOUS|RISK|SUSPIC|INDICATOR|IOC|SIGNATURE|PATTERN|DANGER|DENY|BLOCK|WATCH)/i;
/** Test files, where a list of strings is input for the code under test. */
const TEST_FILE =
  /(?:^|\/)(?:tests?|__tests__|spec)\/|(?:^|\/)test_\w+\.py$|_test\.(?:py|go)$|\.(?:test|spec)\.[cm]?[jt]sx?$/i;

/** A quoted value under a regex or pattern key of a data file (`regex: 'xmrig|…'`, `"patterns": ["…"]`). */
const PATTERN_VALUE =
  /^[ \t]{0,80}(?:-[ \t]{1,8})?(["']?)(?:regexp?|regexes|patterns?)\1[ \t]{0,8}[:=][ \t]{0,8}\[?[ \t]{0,8}["']/i;
/** A regex or pattern key with nothing after it: the list below it holds patterns. */
const PATTERN_LIST_KEY =
  /^[ \t]{0,80}(?:-[ \t]{1,8})?(["']?)(?:regexp?|regexes|patterns?)\1[ \t]{0,8}[:=][ \t]{0,8}\[?[ \t]{0,8}$/i;
/** A quoted value under an example key: what a rule is meant to catch, when its item has a pattern. */
const EXAMPLE_VALUE =
  /^[ \t]{0,80}(?:-[ \t]{1,8})?(["']?)(?:examples?|samples?)\1[ \t]{0,8}[:=][ \t]{0,8}\[?[ \t]{0,8}["']/i;
const EXAMPLE_LIST_KEY =
  /^[ \t]{0,80}(?:-[ \t]{1,8})?(["']?)(?:examples?|samples?)\1[ \t]{0,8}[:=][ \t]{0,8}\[?[ \t]{0,8}$/i;
/** Leading indent and list dash of a YAML / JSON line: where its key starts. */
const KEY_START = /^([ \t]*)(-[ \t]+)?/;
/** How far to look for the pattern key of the same rule item. */
const ITEM_SPAN = 40;
/** One quoted item of a YAML or JSON list, alone on its line. */
const QUOTED_ITEM = /^[ \t]{0,80}(?:-[ \t]{1,8})?(["'])(?:\\.|(?!\1)[^\\])*\1[ \t]{0,8},?[ \t]{0,8}(?:#.*)?$/;
const DATA_LANGS = new Set(['yaml', 'json']);

/**
 * Lines of a script that name something to look for rather than do it: regexes, indicator lists,
 * defanged addresses, and the items of a list of test cases or indicators written one per line.
 * In data files (YAML, JSON, TOML), quoted values under a `regex:` or `pattern(s):` key: a rule
 * file's detection patterns, never a command.
 */
export class CitedCode {
  private lines: readonly string[] | undefined;
  private readonly known = new Map<number, boolean>();

  constructor(
    private readonly text: string,
    private readonly path: string,
  ) {}

  isCited(i: number): boolean {
    let cited = this.known.get(i);
    if (cited === undefined) {
      const lines = (this.lines ??= linesOf(this.text));
      const line = lines[i] ?? '';
      cited =
        citedCodeLine(line) ||
        DEFANGED.test(line) ||
        this.inSampleList(lines, i) ||
        (fileLang(this.path) === 'shell' &&
          (this.grepPatternVariable(lines, i) || this.lookupArray(lines, i))) ||
        this.isPatternVariable(line) ||
        (DATA_LANGS.has(fileLang(this.path)) &&
          (this.isPatternValue(lines, i) ||
            (this.declaresPatterns(lines) && (regexValueLine(line) || HOST_ITEM.test(line.slice(0, 300))))));
      this.known.set(i, cited);
    }
    return cited;
  }

  private patternFile: boolean | undefined;

  /**
   * A shell variable named for a regex (`MINER_RX='stratum\\+(tcp|ssl)|--donate-level'`, `IOC_REGEX=…`)
   * bound to a quoted value written as one (see REGEX_SYNTAX), which the script never runs: what a hunt
   * greps for. A value run as a command (`$MINER_RX …`, `eval "$MINER_RX"`) is not cited.
   */
  private isPatternVariable(line: string): boolean {
    const m = PATTERN_VARIABLE.exec(line.slice(0, 1400));
    if (!m || !REGEX_SYNTAX.test(m[3]) || /\s\|\s/.test(m[3])) return false;
    this.runVariables ??= new Set(Array.from(this.text.matchAll(RUN_VARIABLE), (r) => r[1]));
    return !this.runVariables.has(m[1]);
  }

  /** Variables the script runs as a command (`$CMD …`, `eval "$CMD"`, `sh -c "$CMD"`). */
  private runVariables: Set<string> | undefined;

  /** Whether the data file's opening comment says its values are regexes (`# regex per family`). */
  private declaresPatterns(lines: readonly string[]): boolean {
    if (this.patternFile === undefined) {
      this.patternFile = false;
      for (let k = 0; k < Math.min(lines.length, HEADER_LINES); k++) {
        const line = lines[k].slice(0, MAX_HEADER_LINE);
        if (line.trim() === '') continue;
        if (!COMMENT_LINE.test(line)) break;
        if (PATTERN_HEADER.test(line)) {
          this.patternFile = true;
          break;
        }
      }
    }
    return this.patternFile;
  }

  /** Per line of a quoted list: whether a regex or pattern key opens the list (filled a list at a time). */
  private readonly patternList = new Map<number, boolean>();

  private isPatternValue(lines: readonly string[], i: number): boolean {
    if (PATTERN_VALUE.test(lines[i] ?? '')) return true;
    if (EXAMPLE_VALUE.test(lines[i] ?? '')) return itemHasPattern(lines, i);
    if (!QUOTED_ITEM.test(lines[i] ?? '')) return false;
    const known = this.patternList.get(i);
    if (known !== undefined) return known;
    let k = i - 1;
    // Up over the other items, comments and blank lines, to the key that opens the list.
    while (k >= 0 && (QUOTED_ITEM.test(lines[k]) || COMMENT_LINE.test(lines[k]) || lines[k].trim() === ''))
      k--;
    const opened =
      k >= 0 &&
      (PATTERN_LIST_KEY.test(lines[k]) || (EXAMPLE_LIST_KEY.test(lines[k]) && itemHasPattern(lines, k)));
    for (let j = k + 1; j <= i; j++) this.patternList.set(j, opened);
    return opened;
  }

  /**
   * A shell variable holding a search pattern (`BAD='wget |curl |xmrig|/dev/tcp'`) whose every use in
   * the script is the pattern argument of a grep (`grep -Eq "$BAD"`): what the script looks for.
   */
  private grepPatternVariable(lines: readonly string[], i: number): boolean {
    const name = SHELL_PATTERN_ASSIGN.exec((lines[i] ?? '').slice(0, MAX_PATTERN_LINE))?.[1];
    if (!name) return false;
    const uses = (this.variableUses ??= variableUses(lines)).get(name);
    if (!uses || uses.length > MAX_PATTERN_USES) return false;
    return uses.every(([k, at]) => {
      if (k === i) return true;
      // The command the use sits in: from the last pipe, `;`, `&&`, `(` or `then`/`do` before it.
      const command =
        lines[k]
          .slice(0, at)
          .split(/\||;|&&|\(|\bthen\b|\bdo\b/)
          .pop() ?? '';
      return GREP_COMMAND.test(command);
    });
  }

  /**
   * A PowerShell array of indicators (`$badNames = 'xmrig','nanominer'`, `$iocArgs = @('--donate-level', 'stratum+tcp')`)
   * named for what it lists, whose every use looks things up in it: `$badNames -contains $n`,
   * `$n -in $badNames`, `$badArgs | Where-Object { $cmd.Contains($_) }`, or a `foreach ($a in $badArgs)`
   * whose body compares `$a` with something. What a detection script looks for, not what it runs.
   */
  private lookupArray(lines: readonly string[], i: number): boolean {
    const name = PS_ARRAY_ASSIGN.exec((lines[i] ?? '').slice(0, MAX_PATTERN_LINE))?.[1];
    if (!name || !(SAMPLE_LIST_NAME.test(name) || LOOKUP_LIST_NAME.test(name))) return false;
    const uses = (this.psUses ??= psVariableUses(lines)).get(name.toLowerCase()) ?? [];
    if (uses.length > MAX_PATTERN_USES) return false;
    let looked = 0;
    for (const [k, at] of uses) {
      if (k === i) continue;
      const line = lines[k].slice(0, MAX_PATTERN_LINE);
      const before = line.slice(0, at);
      const after = line.slice(at + name.length + 1);
      looked++;
      if (PS_IN_BEFORE.test(before) || PS_CONTAINS_AFTER.test(after) || PS_FILTER_AFTER.test(after)) continue;
      const loop = PS_FOREACH_BEFORE.exec(before)?.[1];
      if (loop && comparesInBody(lines, k, loop)) continue;
      return false;
    }
    return looked > 0;
  }

  /** Per PowerShell variable (lower-cased): where it is used outside comments, filled in one pass. */
  private psUses: Map<string, [number, number][]> | undefined;

  /** Per shell variable: where it is expanded (line, offset), filled in one pass over the script. */
  private variableUses: Map<string, [number, number][]> | undefined;

  private inSampleList(lines: readonly string[], i: number): boolean {
    if (!STRING_ELEMENT.test(lines[i] ?? '')) return false;
    let k = i - 1;
    // Up over the other items, comments and blank lines, to the line that opens the list.
    while (k >= 0 && (STRING_ELEMENT.test(lines[k]) || COMMENT_LINE.test(lines[k]) || lines[k].trim() === ''))
      k--;
    const name = k >= 0 ? LIST_OPENER.exec(lines[k])?.[1] : undefined;
    return name !== undefined && (SAMPLE_LIST_NAME.test(name) || TEST_FILE.test(this.path));
  }
}

/** `$name = 'a','b'` / `$name = @("a", "b")`: a PowerShell array of two or more quoted strings. */
const PS_ARRAY_ASSIGN =
  /^[ \t]{0,40}\$([A-Za-z_]\w{0,40})[ \t]{0,4}=[ \t]{0,4}(?:@\([ \t]{0,4})?(?:'[^'\n]{0,200}'|"[^"\n]{0,200}")(?:[ \t]{0,4},[ \t]{0,4}(?:'[^'\n]{0,200}'|"[^"\n]{0,200}")){1,100}[ \t]{0,4}\)?[ \t]{0,4}(?:#[^\n]{0,300})?$/;
/** A list named for what is looked for besides SAMPLE_LIST_NAME: bad, known-bad, suspect. */
const LOOKUP_LIST_NAME = /bad|suspect/i;
/** `$x -in $list`, `$x -notin $list`: a membership test. */
const PS_IN_BEFORE = /-(?:not)?in[ \t]{1,4}$/i;
/** `$list -contains $x` (`-icontains`, `-notcontains`). */
const PS_CONTAINS_AFTER = /^[ \t]{1,4}-[ic]?(?:not)?contains\b/i;
/**
 * `($list | Where-Object { $cmd.Contains($_) })`: a filter comparing each item with something, whose
 * result is not piped on (to a `ForEach-Object` that could run it).
 */
const PS_FILTER_AFTER =
  /^[ \t]{0,4}\|[ \t]{0,4}(?:Where-Object|Where|\?)[ \t]{0,4}\{[^}\n]{0,300}(?:\.(?:Contains|IndexOf|StartsWith|EndsWith)\([ \t]{0,4}\$_[ \t]{0,4}\)|-[ic]?(?:not)?(?:match|like|eq)[ \t]{1,4}["']?[^\s;)}]{0,40}\$_\b)[^}\n]{0,100}\}[ \t]{0,4}(?:\)|;|#|$)/i;
/** `foreach ($a in $list)`: the loop variable captured. */
const PS_FOREACH_BEFORE = /\bforeach[ \t]{0,4}\([ \t]{0,4}\$(\w{1,40})[ \t]{1,4}in[ \t]{1,4}$/i;
/** How many lines of a loop's body are read for the comparison. */
const LOOP_BODY_LINES = 4;

/** `$name`: a PowerShell variable (names are case-insensitive). */
const PS_VARIABLE = /\$(\w{1,40})\b/g;

function psVariableUses(lines: readonly string[]): Map<string, [number, number][]> {
  const uses = new Map<string, [number, number][]>();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].slice(0, MAX_PATTERN_LINE);
    if (!line.includes('$') || COMMENT_LINE.test(line)) continue;
    for (const m of line.matchAll(PS_VARIABLE)) {
      const name = m[1].toLowerCase();
      let list = uses.get(name);
      if (!list) uses.set(name, (list = []));
      // Past the cap the answer is no: one more entry says so.
      if (list.length <= MAX_PATTERN_USES) list.push([k, m.index]);
    }
  }
  return uses;
}

/** Whether the loop's body (its first lines) compares its variable with something. */
function comparesInBody(lines: readonly string[], at: number, loop: string): boolean {
  const compares = new RegExp(
    `\\.(?:Contains|IndexOf|StartsWith|EndsWith)\\([ \\t]{0,4}\\$${loop}[ \\t]{0,4}\\)|-[ic]?(?:not)?(?:match|like|eq)[ \\t]{1,4}["']?[^\\s;)}]{0,40}?\\$${loop}\\b`,
    'i',
  );
  for (let k = at; k < Math.min(lines.length, at + LOOP_BODY_LINES); k++)
    if (compares.test(lines[k].slice(0, MAX_PATTERN_LINE))) return true;
  return false;
}

/** `NAME='…|…'`: a shell variable given a quoted value with alternatives (a regex). */
const SHELL_PATTERN_ASSIGN =
  /^\s{0,40}(?:(?:readonly|local|export|declare(?:\s{1,4}-\w{1,4})?)\s{1,4})?([A-Za-z_]\w{0,40})=(["'])[^\n]{0,2000}?\|[^\n]{0,2000}\2\s{0,8}(?:#.{0,300})?$/;
/** A grep whose arguments (pattern or `-e`/`-f` list) the variable is. */
const GREP_COMMAND = /^\s{0,40}(?:[\w./-]{0,40}\/)?(?:grep|egrep|fgrep|zgrep|rg)\b[^`$]{0,200}["']?$/;
const MAX_PATTERN_LINE = 2000;
const MAX_PATTERN_USES = 50;

const VARIABLE_USE = /\$\{?([A-Za-z_]\w{0,40})/g;

function variableUses(lines: readonly string[]): Map<string, [number, number][]> {
  const uses = new Map<string, [number, number][]>();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].slice(0, MAX_PATTERN_LINE);
    if (!line.includes('$')) continue;
    for (const m of line.matchAll(VARIABLE_USE)) {
      let list = uses.get(m[1]);
      if (!list) uses.set(m[1], (list = []));
      // Past the cap the answer is no: one more entry says so.
      if (list.length <= MAX_PATTERN_USES) list.push([k, m.index]);
    }
  }
  return uses;
}

/** How many opening lines of a data file its header comment is read in, and how much of each. */
const HEADER_LINES = 10;
const MAX_HEADER_LINE = 300;
/** A header comment saying the file's values are regexes: `# regex (Python) per family`, `// detection patterns`. */
const PATTERN_HEADER =
  /\b(?:(?:suffix|prefix|substring|glob|host(?:name)?|domain)[ \t]{1,4}match(?:es|ing)?|patterns?[ \t]{1,4}are[ \t]{1,4}(?:\w{1,20}[ \t]{1,4})?match(?:es|ed)|regexp?|regexes|regexps|regular[ \t]{1,4}expressions?|(?:search|detection|match(?:ing)?|signature)[ \t]{1,4}patterns?|patterns?[ \t]{1,4}(?:per|for[ \t]{1,4}each|to[ \t]{1,4}(?:match|detect|flag|look[ \t]{1,4}for)))\b/i;
/**
 * A list item that is one bare host or host and path (`- pastebin.com`, `- discord.com/api/webhooks`):
 * in a file whose header says its entries are patterns or host matches, a name to look for.
 */
const HOST_ITEM =
  /^[ \t]{0,80}-[ \t]{1,8}["']?[A-Za-z0-9*][\w*-]{0,62}(?:\.[\w*-]{1,63}){1,8}(?:\/[\w./*-]{0,120})?["']?[ \t]{0,8}(?:#.{0,200})?$/;
/** `key: "value"` (or a quoted list item) alone on a line, the value captured. */
const KEYED_VALUE =
  /^[ \t]{0,80}(?:-[ \t]{1,8})?(?:(["']?)[\w.-]{1,80}\1[ \t]{0,8}:[ \t]{0,8})?(["'])((?:\\.|(?!\2)[^\\\n]){1,1000})\2[ \t]{0,8},?[ \t]{0,8}(?:#.{0,300})?$/;
/**
 * Syntax a regex has and a command has not: an escaped metacharacter (`\\+`, `\\s`), a negated class,
 * a group flag (`(?:`, `(?i)`), or a group of alternatives joined by bare bars (`(xmrig|c3pool)`;
 * a shell pipe between two commands has spaces around it).
 */
const REGEX_SYNTAX =
  /\\{1,2}[sdwbSDWB.+*?|()[\]{}$^]|\[\^|\(\?(?:[:=!]|[imsx]{1,4}\))|\((?:[^()|\s][^()|\n]{0,80})?[^()|\s]\|[^()|\s]/;

/** `NAME_RX='…'`, `readonly IOC_REGEX="…"`: a shell variable named for a regex, bound to one quoted value. */
const PATTERN_VARIABLE =
  /^[ \t]{0,40}(?:(?:export|readonly|local|declare(?:[ \t]{1,4}-[a-zA-Z]{1,4})?)[ \t]{1,4})?((?:[A-Za-z_]\w{0,60}?_)?(?:RX|RE|REGEXP?|REGEXES|PATTERNS?|PAT))=(["'])((?:(?!\2)[^\n]){1,1000})\2[ \t]{0,8}(?:#[^\n]{0,300})?$/i;

/** A variable's value in a command's place: at a line's start, after `;`, `&`, `|`, a bracket, or a word that runs it. */
const RUN_VARIABLE =
  /(?:^|[;&|({}]|\b(?:then|do|else|eval|exec)\b|\b(?:ba|z|da)?sh[ \t]{1,4}-c)[ \t]{0,8}["']?\$\{?([A-Za-z_]\w{0,60})/gm;

/** A quoted value, alone on its line under a key or as a list item, written as a regex. */
function regexValueLine(line: string): boolean {
  const value = KEYED_VALUE.exec(line.slice(0, 1400))?.[3];
  return value !== undefined && REGEX_SYNTAX.test(value) && !/\s\|\s/.test(value);
}

/**
 * Whether the list item or object holding the key on line `i` (a rule: `- id`, `pattern`,
 * `example`) also has a regex or pattern key at the same level: its example is a test input.
 */
function itemHasPattern(lines: readonly string[], i: number): boolean {
  const start = KEY_START.exec(lines[i])!;
  const col = start[0].length;
  const isPatternKey = (line: string) => PATTERN_VALUE.test(line) || PATTERN_LIST_KEY.test(line);
  // Up to the item's first line (its dash), then down to the next item or the end of the object.
  for (let k = i - 1, first = !!start[2]; !first && k >= Math.max(0, i - ITEM_SPAN); k--) {
    const line = lines[k];
    if (line.trim() === '' || COMMENT_LINE.test(line)) continue;
    const at = KEY_START.exec(line)!;
    if (at[0].length < col) break;
    if (at[0].length === col && isPatternKey(line)) return true;
    first = at[0].length === col && !!at[2];
  }
  for (let k = i + 1; k < Math.min(lines.length, i + ITEM_SPAN); k++) {
    const line = lines[k];
    if (line.trim() === '' || COMMENT_LINE.test(line)) continue;
    const at = KEY_START.exec(line)!;
    if (at[0].length < col || (at[2] && at[0].length <= col)) return false;
    if (at[0].length === col && isPatternKey(line)) return true;
  }
  return false;
}
