import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { GovernanceApiModule } from '../../src/governance/governance-api.module.js';
import { Operator, Public, RequiresMaturity } from '../../src/governance/governance.decorators.js';
import { SkillsModule } from '../../src/skills.module.js';
import { ADMIN_KEY, DATABASE_KIND, testConfig } from '../support/test-app.js';

/** A host's own routes, guarded by Skillgate's global guard through the decorators alone. */
@Controller('probe')
class ProbeController {
  @Get('supervised')
  @RequiresMaturity('SUPERVISED')
  supervised() {
    return { ok: true };
  }

  @Get('operator')
  @Operator()
  operator() {
    return { ok: true };
  }

  @Get('open')
  @Public()
  open() {
    return { ok: true };
  }
}

@Module({})
class ProbeAppModule {}

describe(`governance: route decorators on a host's own routes (${DATABASE_KIND} database)`, () => {
  let app: INestApplication;
  const admin = { 'X-API-Key': ADMIN_KEY };
  const http = () => request(app.getHttpServer() as Server);

  beforeAll(async () => {
    app = await NestFactory.create(
      {
        module: ProbeAppModule,
        imports: [SkillsModule.withConfig(testConfig()), GovernanceApiModule],
        controllers: [ProbeController],
      },
      { logger: false },
    );
    await app.init();
  });
  afterAll(async () => app.close());

  const agentKey = async (maturity: string): Promise<string> =>
    (
      await http()
        .post('/api/agents')
        .set(admin)
        .send({ name: `probe-${maturity.toLowerCase()}-${randomUUID().slice(0, 8)}`, maturity })
        .expect(201)
    ).body.api_key as string;

  it('should refuse an agent below @RequiresMaturity with 403 and audit the denial', async () => {
    for (const maturity of ['STUDENT', 'INTERN']) {
      const res = await http()
        .get('/probe/supervised')
        .set('X-API-Key', await agentKey(maturity));
      expect(res.status).toBe(403);
      expect(res.body.message).toContain('denied by rule maturity-below-minimum');
    }
    const audit = await http().get('/api/audit').query({ action: 'deny', limit: 50 }).set(admin).expect(200);
    const denials = (audit.body.events as { detail: { rule?: string; route?: string } }[]).filter(
      (e) => e.detail.rule === 'maturity-below-minimum' && e.detail.route === 'GET /probe/supervised',
    );
    expect(denials.length).toBeGreaterThanOrEqual(2);
  });

  it('should let agents at or above @RequiresMaturity and the operator through', async () => {
    for (const maturity of ['SUPERVISED', 'AUTONOMOUS'])
      await http()
        .get('/probe/supervised')
        .set('X-API-Key', await agentKey(maturity))
        .expect(200);
    await http().get('/probe/supervised').set(admin).expect(200);
  });

  it('should keep @Operator routes for the operator key and @Public routes open', async () => {
    const res = await http()
      .get('/probe/operator')
      .set('X-API-Key', await agentKey('AUTONOMOUS'));
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('denied by rule operator-only');
    await http().get('/probe/operator').set(admin).expect(200);
    await http().get('/probe/open').expect(200);
    await http().get('/probe/supervised').expect(401);
  });
});
