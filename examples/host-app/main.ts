/** Try it: compile with `npx tsc -p tsconfig.json --outDir /tmp/sg` and run the emitted examples/host-app/main.js. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { HostAppModule } from './host-app.module.js';
import { SkillGatekeeper } from './skill-gatekeeper.service.js';

const app = await NestFactory.createApplicationContext(HostAppModule, { logger: false });
const gatekeeper = app.get(SkillGatekeeper);
const admitted = await gatekeeper.admit('---\nname: hello\ndescription: Says hello.\n---\nSay hello.\n');
console.log(admitted, 'INTERN may run:', await gatekeeper.mayRun(admitted.skillId, 'INTERN'));
await app.close();
