import { Inject, Injectable } from '@nestjs/common';
import { distance } from 'fastest-levenshtein';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import type { SkillProvenance } from '../parsing/skill-bundle.js';
import type { Finding } from '../scanning/scan.types.js';

interface ActiveName {
  name: string;
  provenance: SkillProvenance;
}

/** Names that are one or two edits from a trusted skill's, or that borrow a reserved name. */
@Injectable()
export class TyposquatService {
  private readonly reserved: string[];

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.reserved = config.reservedNames;
  }

  async check(name: string, provenance: SkillProvenance): Promise<Finding[]> {
    const findings = this.reservedFindings(name);
    const rows: ActiveName[] = await this.dataSource.query(
      `SELECT s.name, v.provenance FROM skills s JOIN skill_versions v ON v.id = s.active_version_id
       WHERE s.deleted_at IS NULL AND s.status = 'Active' AND s.name <> $1
         AND length(s.name) BETWEEN $2 AND $3`,
      [name, name.length - 2, name.length + 2],
    );
    const lookalike = rows.find(
      (row) => isLookalike(name, row.name) && !sameOrigin(provenance, row.provenance),
    );
    if (lookalike) {
      findings.push(
        finding(
          'SG-TYPOSQUAT-001',
          'HIGH',
          `name imitates the trusted skill "${lookalike.name}" from another source`,
          name,
        ),
      );
    }
    return findings;
  }

  private reservedFindings(name: string): Finding[] {
    const hit = this.reserved.find((reserved) => reserved === name || isLookalike(name, reserved));
    if (!hit) return [];
    const message =
      hit === name ? `uses the reserved name "${hit}"` : `name imitates the reserved name "${hit}"`;
    return [finding('SG-TYPOSQUAT-002', 'MEDIUM', message, name)];
  }
}

/** Short names collide by chance, so they get a tighter edit budget. */
function isLookalike(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.replaceAll('-', '') === b.replaceAll('-', '')) return true;
  const budget = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  return Math.min(a.length, b.length) >= 4 && distance(a, b) <= budget;
}

function sameOrigin(a: SkillProvenance, b: SkillProvenance): boolean {
  if (a.owner && b.owner) return a.owner.toLowerCase() === b.owner.toLowerCase();
  return false;
}

function finding(ruleId: string, severity: Finding['severity'], message: string, name: string): Finding {
  return {
    rule_id: ruleId,
    severity,
    file: 'SKILL.md',
    line: 1,
    message,
    evidence: `name: ${name}`,
    family: 'typosquat',
    remediation: 'Check the publisher; import the skill from its original source.',
    source: 'static',
  };
}
