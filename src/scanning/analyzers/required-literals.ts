/**
 * Literals a regex cannot match without: a set of lower-case ASCII strings such that every match of
 * the regex contains at least one of them (compared case-insensitively). A text holding none of them
 * (as the literal scanner reports) holds no match, so the regex need not run on it.
 *
 * Conservative by construction: only plain characters that every path through the regex must
 * consume are used; character classes, `.`, escapes other than punctuation, back-references and
 * optional or repeated parts break a literal; an alternation needs a literal in every branch;
 * anything the parser does not know gives up (null: no gate).
 */

type Node =
  | { kind: 'char'; c: string }
  /** Consumes something not known as a literal (class, `.`, `\d`, back-reference, control character). */
  | { kind: 'other' }
  /** Consumes nothing (`^`, `$`, `\b`, `\B`, lookarounds): literals on both sides stay adjacent. */
  | { kind: 'zero' }
  | { kind: 'group'; alts: Node[][] }
  | { kind: 'repeat'; node: Node; min: number };

class GiveUp extends Error {}

/** Shortest literal worth a gate: shorter ones occur in nearly every text. */
const MIN_LENGTH = 2;

export function requiredLiterals(re: RegExp): string[] | null {
  // Under `u` or `v` with `i`, ſ and K fold to ASCII letters the literal scanner does not report.
  if (re.flags.includes('i') && (re.flags.includes('u') || re.flags.includes('v'))) return null;
  if (re.flags.includes('v')) return null;
  let alts: Node[][];
  try {
    alts = new Parser(re.source, re.flags.includes('u')).parse();
  } catch (e) {
    if (e instanceof GiveUp) return null;
    throw e;
  }
  const set = alternation(alts);
  if (!set || set.some((l) => l.length < MIN_LENGTH)) return null;
  return [...new Set(set)];
}

function alternation(alts: Node[][]): string[] | null {
  const out: string[] = [];
  for (const seq of alts) {
    const need = sequence(seq);
    if (!need) return null;
    out.push(...need);
  }
  return out;
}

/** The best necessary set of a sequence: one literal run, or one required group's set. */
function sequence(seq: Node[]): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const flush = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const node of seq) {
    if (node.kind === 'char') {
      run += node.c;
    } else if (node.kind === 'zero') {
      // Consumes nothing: the characters around it are adjacent in every match.
    } else if (node.kind === 'repeat') {
      const inner = node.node;
      if (node.min === 0) flush();
      else if (inner.kind === 'char') {
        // `ab+c`: "ab" is in every match; what follows the run of b's starts a new literal.
        run += inner.c;
        flush();
      } else {
        flush();
        if (inner.kind === 'group') {
          const set = alternation(inner.alts);
          if (set) candidates.push(set);
        }
      }
    } else if (node.kind === 'group') {
      flush();
      const set = alternation(node.alts);
      if (set) candidates.push(set);
    } else {
      flush();
    }
  }
  flush();
  let best: string[] | null = null;
  for (const c of candidates) if (!best || better(c, best)) best = c;
  return best;
}

const shortest = (set: string[]) => Math.min(...set.map((l) => l.length));

function better(a: string[], b: string[]): boolean {
  const [la, lb] = [shortest(a), shortest(b)];
  return la !== lb ? la > lb : a.length < b.length;
}

const PRINTABLE = /^[\x20-\x7e]$/;

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Node[][] {
    const alts = this.alternatives();
    if (this.i !== this.src.length) throw new GiveUp();
    return alts;
  }

  private alternatives(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (min === null) seq.push(atom);
      else if (atom.kind === 'zero') {
        // A quantified assertion (legal in some forms) still consumes nothing.
        seq.push(atom);
      } else seq.push({ kind: 'repeat', node: atom, min });
    }
    return seq;
  }

  /** Minimum count of a quantifier at the cursor (consumed), or null when there is none. */
  private quantifier(): number | null {
    const c = this.src[this.i];
    let min: number | null = null;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) {
        if (this.unicode) throw new GiveUp();
        return null;
      }
      this.i += m[0].length - 1;
      min = Number(m[1]);
    }
    if (min === null) return null;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return min;
  }

  private atom(): Node {
    const c = this.src[this.i++];
    switch (c) {
      case '^':
      case '$':
        return { kind: 'zero' };
      case '.':
        return { kind: 'other' };
      case '[':
        this.skipClass();
        return { kind: 'other' };
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new GiveUp();
      case '{':
      case '}':
      case ']':
        if (this.unicode) throw new GiveUp();
        return charNode(c);
      default:
        return charNode(c);
    }
  }

  private group(): Node {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (rest === '?<=' || rest === '?<!') {
        this.i += 3;
        lookaround = true;
      } else if (rest.startsWith('?<')) {
        const end = this.src.indexOf('>', this.i);
        if (end === -1) throw new GiveUp();
        this.i = end + 1;
      } else throw new GiveUp();
    }
    const alts = this.alternatives();
    if (this.src[this.i] !== ')') throw new GiveUp();
    this.i++;
    return lookaround ? { kind: 'zero' } : { kind: 'group', alts };
  }

  private skipClass(): void {
    while (this.i < this.src.length) {
      const c = this.src[this.i++];
      if (c === '\\') this.i++;
      else if (c === ']') return;
    }
    throw new GiveUp();
  }

  private escape(): Node {
    const c = this.src[this.i++];
    if (c === undefined) throw new GiveUp();
    if ('bB'.includes(c)) return { kind: 'zero' };
    if ('dDwWsSnrtfv0'.includes(c)) return { kind: 'other' };
    if (c >= '1' && c <= '9') {
      while (this.src[this.i] >= '0' && this.src[this.i] <= '9') this.i++;
      return { kind: 'other' };
    }
    if (c === 'x') {
      if (!/^[0-9a-fA-F]{2}/.test(this.src.slice(this.i))) throw new GiveUp();
      this.i += 2;
      return { kind: 'other' };
    }
    // Punctuation escapes stand for themselves; letters not handled above (\c, \k, \p, \u) give up.
    if (/^[A-Za-z0-9]$/.test(c)) throw new GiveUp();
    return charNode(c);
  }
}

function charNode(c: string): Node {
  return PRINTABLE.test(c) ? { kind: 'char', c: c.toLowerCase() } : { kind: 'other' };
}
