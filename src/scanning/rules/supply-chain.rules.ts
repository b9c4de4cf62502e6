import type { AnyRule, CustomInput, RawHit } from '../rule.types.js';
import { clean, fileLineOf, lineIndexOf, lineStarts } from '../analyzers/segment-lines.js';
import { nearMiss } from './typosquat.js';

const REMEDIATION =
  'Check the exact package name and publisher; pin versions and install from the intended registry.';
const INSTALL =
  /\b(?:npx[ \t]+(?:-y[ \t]+|--yes[ \t]+|-p[ \t]+)*|(?:npm|pnpm|bun)[ \t]+(?:i|install|add)[ \t]+(?:-\S+[ \t]+)*|yarn[ \t]+(?:global[ \t]+)?add[ \t]+(?:-\S+[ \t]+)*|pip3?[ \t]+install[ \t]+(?:-\S+[ \t]+)*|uvx[ \t]+|pipx[ \t]+(?:install|run)[ \t]+)(@?[\w.-]+(?:\/[\w.-]+)?)/g;

interface Install {
  pkg: string;
  hit: RawHit;
}

/** Install commands of a scan, found once for the three rules that read them. */
const installCache = new WeakMap<CustomInput['segments'], Install[]>();

function installs(input: CustomInput, visit: (pkg: string, hit: RawHit) => RawHit | null): RawHit[] {
  let found = installCache.get(input.segments);
  if (!found) installCache.set(input.segments, (found = findInstalls(input)));
  const out: RawHit[] = [];
  for (const { pkg, hit } of found) {
    const kept = visit(pkg, { ...hit });
    if (kept) out.push(kept);
  }
  return out;
}

function findInstalls(input: CustomInput): Install[] {
  const out: Install[] = [];
  for (const seg of input.segments) {
    if (seg.kind !== 'code' && seg.kind !== 'config' && seg.kind !== 'frontmatter') continue;
    if (!/\b(?:npx|npm|pnpm|bun|yarn|pip3?|uvx|pipx)\s/.test(seg.text)) continue;
    const starts = lineStarts(seg.text);
    INSTALL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = INSTALL.exec(seg.text)) !== null) {
      const idx = lineIndexOf(starts, m.index);
      const line = seg.text.slice(starts[idx], seg.text.indexOf('\n', m.index) >>> 0 || undefined);
      out.push({
        pkg: m[1],
        hit: { file: seg.file, line: fileLineOf(seg, idx), evidence: clean(line), depth: seg.depth },
      });
    }
  }
  return out;
}

const INTERNAL_SCOPE = /^@?(?:[\w-]*(?:internal|private|corp|company|mycorp|intranet)[\w-]*)\//i;

export const SUPPLY_CHAIN_RULES: AnyRule[] = [
  {
    type: 'custom',
    id: 'SG-SUPPLY-001',
    family: 'supply-chain',
    severity: 'HIGH',
    message: 'Installs a package whose name is one typo away from a popular package (typosquat)',
    remediation: REMEDIATION,
    check: (input) =>
      installs(input, (pkg, hit) => {
        const target = nearMiss(pkg);
        return target ? { ...hit, evidence: `${hit.evidence} (looks like ${target})`.slice(0, 200) } : null;
      }),
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-002',
    family: 'supply-chain',
    severity: 'HIGH',
    message: 'Pulls an internal-looking package from the public registry (dependency confusion)',
    remediation: REMEDIATION,
    check: (input) => {
      let claims: boolean | undefined;
      const claimsInternal = () =>
        (claims ??= input.files.some((f) => /\binternal (?:registry|package|mirror|index)\b/i.test(f.text)));
      return installs(input, (pkg, hit) => {
        if (/--registry|--index-url/.test(hit.evidence)) return null;
        if (INTERNAL_SCOPE.test(pkg) || (/\bnpx\s|pip3?\s+install\s/.test(hit.evidence) && claimsInternal()))
          return hit;
        return null;
      });
    },
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-003',
    family: 'supply-chain',
    severity: 'MEDIUM',
    message: 'Package name mixes look-alike characters (capital I for l, digit 0 for o)',
    remediation: REMEDIATION,
    check: (input) =>
      installs(input, (pkg, hit) =>
        /[A-Z]/.test(pkg) && !pkg.startsWith('@') && /npm|npx|yarn|pnpm|bun/.test(hit.evidence) ? hit : null,
      ),
  },
];
