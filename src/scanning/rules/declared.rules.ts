import type { AnyRule, CustomInput, RawHit, Segment } from '../rule.types.js';
import { clean, fileLineOf, lineIndexOf, lineStarts } from '../analyzers/segment-lines.js';
import { gated, testFile } from '../analyzers/literal-gates.js';
import { flatString } from '../analyzers/flat-string.js';

const REMEDIATION =
  'Declare what the skill really needs (allowed-tools, metadata.openclaw.requires) or remove the capability.';
const NETWORK =
  /\b(?:curl|wget|requests\.(?:get|post|put)|fetch\(|axios|urllib|httpx|Invoke-WebRequest|nc\s+\S+\s+\d+|dig\s|nslookup\s)/;
const NO_NETWORK = gated(
  /\b(?:no network(?: access)?|offline(?: only)?|never (?:contacts?|calls?|uses?) the (?:network|internet)|local(?:ly)? only|without (?:network|internet)(?: access)?|no (?:internet|outbound) (?:access|calls|requests))\b/i,
);
const NOTABLE_BINS = [
  'curl',
  'wget',
  'nc',
  'ncat',
  'ssh',
  'scp',
  'docker',
  'kubectl',
  'sudo',
  'crontab',
  'base64',
  'openssl',
  'socat',
  'nmap',
];
const ENV_READ =
  /(?:os\.environ(?:\.get\(|\[)\s*["']|os\.getenv\(\s*["']|process\.env(?:\.|\[\s*["'])|\$\{?)([A-Z][A-Z0-9_]{2,})/g;

function firstMatch(
  input: CustomInput,
  re: RegExp,
  kinds: Segment['kind'][],
): { seg: Segment; index: number; match: RegExpExecArray } | null {
  // A non-global regex is used as is: its exec neither reads nor sets lastIndex.
  const once = re.global ? new RegExp(re.source, re.flags.replace('g', '')) : re;
  for (const seg of input.segments) {
    if (!kinds.includes(seg.kind) || seg.depth > 0) continue;
    const m = once.exec(seg.text);
    if (m) return { seg, index: m.index, match: m };
  }
  return null;
}

function hitAt(seg: Segment, index: number, note: string): RawHit {
  const starts = lineStarts(seg.text);
  const idx = lineIndexOf(starts, index);
  const line = seg.text.slice(starts[idx], starts[idx + 1] ?? seg.text.length);
  return { file: seg.file, line: fileLineOf(seg, idx), evidence: `${clean(line)} — ${note}`.slice(0, 200) };
}

function requires(input: CustomInput): { bins?: string[]; env?: string[] } | null {
  return declaredRequires(input.ctx.frontmatter);
}

/** `metadata.openclaw.requires` (or `clawdbot`) of the frontmatter: the binaries and env the skill declares. */
export function declaredRequires(
  frontmatter: Record<string, unknown> | null,
): { bins?: string[]; env?: string[] } | null {
  const meta = frontmatter?.metadata;
  const oc =
    meta && typeof meta === 'object'
      ? ((meta as Record<string, unknown>).openclaw ?? (meta as Record<string, unknown>).clawdbot)
      : null;
  const req = oc && typeof oc === 'object' ? (oc as Record<string, unknown>).requires : null;
  if (!req || typeof req !== 'object') return null;
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => flatString(x)) : undefined);
  return {
    bins: list((req as Record<string, unknown>).bins),
    env: list((req as Record<string, unknown>).env),
  };
}

export const DECLARED_RULES: AnyRule[] = [
  {
    type: 'custom',
    id: 'SG-DECLARED-001',
    family: 'declared-vs-actual',
    severity: 'MEDIUM',
    message: 'Claims to work offline / without network access, but its code uses the network',
    remediation: REMEDIATION,
    check: (input) => {
      // Network use is common and found early; the claim is rare and needs every file read to the end.
      const use = firstMatch(input, NETWORK, ['code', 'config']);
      if (!use) return [];
      const claim = NO_NETWORK.test(input.ctx.identity) || input.files.some((f) => testFile(NO_NETWORK, f));
      return claim ? [hitAt(use.seg, use.index, 'network use despite a no-network claim')] : [];
    },
  },
  {
    type: 'custom',
    id: 'SG-DECLARED-002',
    family: 'declared-vs-actual',
    severity: 'MEDIUM',
    message: 'Runs a sensitive binary that metadata.openclaw.requires.bins does not declare',
    remediation: REMEDIATION,
    check: (input) => {
      const bins = requires(input)?.bins;
      if (!bins) return [];
      const undeclared = NOTABLE_BINS.filter((b) => !bins.includes(b));
      if (undeclared.length === 0) return [];
      const use = firstMatch(
        input,
        new RegExp(`(?:^|[|;&(]\\s*|\\$\\(\\s*)(?:sudo\\s+)?(${undeclared.join('|')})\\s`, 'm'),
        ['code'],
      );
      return use ? [hitAt(use.seg, use.index, `undeclared binary ${use.match[1]}`)] : [];
    },
  },
  {
    type: 'custom',
    id: 'SG-DECLARED-003',
    family: 'declared-vs-actual',
    severity: 'MEDIUM',
    message: 'Reads secret environment variables that metadata.openclaw.requires.env does not declare',
    remediation: REMEDIATION,
    check: (input) => {
      const env = requires(input)?.env;
      if (!env) return [];
      for (const seg of input.segments) {
        if (seg.kind !== 'code' || seg.depth > 0) continue;
        ENV_READ.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = ENV_READ.exec(seg.text)) !== null) {
          if (/KEY|TOKEN|SECRET|PASSW|CREDENTIAL/.test(m[1]) && !env.includes(m[1]))
            return [hitAt(seg, m.index, `undeclared ${m[1]}`)];
        }
      }
      return [];
    },
  },
];
