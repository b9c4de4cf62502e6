import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../src/governance/principal.js';
import { GovernanceService } from '../../src/governance/governance.service.js';
import type { Maturity } from '../../src/governance/maturity.js';
import { RegistryService } from '../../src/registry/registry.service.js';

const PLATFORM: Principal = { kind: 'operator', id: 'host-app', name: 'host-app' };

/** How a host service uses Skillgate in-process: import a skill, then ask whether an agent may run it. */
@Injectable()
export class SkillGatekeeper {
  constructor(
    @Inject(RegistryService) private readonly registry: RegistryService,
    @Inject(GovernanceService) private readonly governance: GovernanceService,
  ) {}

  async admit(skillMd: string): Promise<{ skillId: string; status: string; risk: string }> {
    const { skill, version } = await this.registry.importBundle(
      { files: [{ path: 'SKILL.md', content: Buffer.from(skillMd) }], provenance: { source: 'raw_content' } },
      PLATFORM,
    );
    return { skillId: skill.id, status: skill.status, risk: version.scanResult.risk_level };
  }

  async mayRun(skillId: string, maturity: Maturity): Promise<boolean> {
    const { skill } = await this.registry.get(skillId);
    const agent: Principal = { kind: 'agent', id: 'host-agent', name: 'host-agent', maturity };
    const decision = this.governance.decide(
      agent,
      { status: skill.status, skillType: skill.skillType, minMaturity: skill.minMaturity as Maturity },
      'execute',
    );
    return decision.allow;
  }
}
