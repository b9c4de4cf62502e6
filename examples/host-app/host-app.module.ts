import { Controller, Get, Module } from '@nestjs/common';
import { SkillsModule } from '../../src/skills.module.js';
import { SkillGatekeeper } from './skill-gatekeeper.service.js';

/** A route of the host's own: Skillgate's guards must not reach it. */
@Controller('host')
export class HostController {
  @Get('ping')
  ping(): { ok: boolean } {
    return { ok: true };
  }
}

@Module({
  imports: [
    SkillsModule.forRootAsync({
      useFactory: () => ({ dataDir: 'memory://', sandbox: 'none', logLevel: 'silent' }),
    }),
  ],
  controllers: [HostController],
  providers: [SkillGatekeeper],
})
export class HostAppModule {}
