import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, RiskLevel, Severity } from './scan.types.js';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/skillgate/skillgate';

export interface RuleInfo {
  id: string;
  family?: string;
  severity: Severity;
  message: string;
  remediation: string;
}

export interface SarifTarget {
  /** What was scanned (a folder, or an archive); each finding's file is joined to it. */
  path: string;
  findings: Finding[];
  name?: string;
  risk_level?: RiskLevel;
}

const LEVELS: Record<Severity, Result.level> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
};

/** One SARIF 2.1.0 log with one run covering every scanned target. */
export function toSarif(results: SarifTarget[], rules: RuleInfo[], toolVersion: string): Log {
  const catalogue = withRulesSeenInFindings(
    rules,
    results.flatMap((r) => r.findings),
  );
  const index = new Map(catalogue.map((rule, i) => [rule.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'skillgate',
            version: toolVersion,
            semanticVersion: toolVersion,
            informationUri: INFORMATION_URI,
            rules: catalogue.map(toDescriptor),
          },
        },
        results: results.flatMap((target) =>
          target.findings.map((f) => toResult(target.path, f, index.get(f.rule_id) ?? -1)),
        ),
        properties: {
          targets: results.map((r) => ({ path: r.path, name: r.name, risk_level: r.risk_level })),
        },
      },
    ],
  };
}

function toDescriptor(rule: RuleInfo): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.message },
    fullDescription: { text: rule.message },
    help: { text: rule.remediation, markdown: `**Remediation:** ${rule.remediation}` },
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: {
      severity: rule.severity,
      ...(rule.family ? { tags: [rule.family], family: rule.family } : {}),
    },
  };
}

function toResult(targetPath: string, finding: Finding, ruleIndex: number): Result {
  return {
    ruleId: finding.rule_id,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(targetPath, finding.file) },
          region: { startLine: Math.max(1, finding.line), snippet: { text: finding.evidence } },
        },
      },
    ],
    properties: {
      severity: finding.severity,
      ...(finding.family ? { family: finding.family } : {}),
      ...(finding.source ? { source: finding.source } : {}),
    },
  };
}

/** Rules the catalogue does not list (LLM review, parse problems, source notes) still get a descriptor. */
function withRulesSeenInFindings(rules: RuleInfo[], findings: Finding[]): RuleInfo[] {
  const known = new Map(rules.map((r) => [r.id, r]));
  for (const f of findings) {
    if (!known.has(f.rule_id)) {
      known.set(f.rule_id, {
        id: f.rule_id,
        family: f.family,
        severity: f.severity,
        message: f.message,
        remediation: f.remediation ?? 'Review the cited lines before trusting this skill.',
      });
    }
  }
  return [...known.values()];
}

/** POSIX-joined, percent-encoded; absolute targets become file:// URIs. */
export function artifactUri(targetPath: string, file: string): string {
  const base = targetPath.replace(/\\/g, '/').replace(/\/+$/, '');
  const joined = base === '' || base === '.' ? file : `${base}/${file}`;
  if (isAbsolute(targetPath)) return pathToFileURL(joined).href;
  return joined
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
