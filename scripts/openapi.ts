/**
 * Writes openapi.json (committed) from the running app's /docs-json. Loads the compiled app from
 * dist/ because tsx strips decorator metadata, which Swagger needs: run it as `npm run openapi`.
 */
import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';

type AppFactory = typeof import('../src/app.factory.js');
type AppConfigModule = typeof import('../src/config/app-config.js');

const dist = new URL('../dist/', import.meta.url);
const { createApp } = (await import(new URL('app.factory.js', dist).href)) as AppFactory;
const { buildConfig } = (await import(new URL('config/app-config.js', dist).href)) as AppConfigModule;

const app = await createApp(
  buildConfig(
    {},
    { dataDir: 'memory://', sandbox: 'none', logLevel: 'silent', adminKey: 'openapi-generator-0123456789' },
  ),
);
await app.listen(0, '127.0.0.1');
const { port } = app.getHttpServer().address() as AddressInfo;
const document: unknown = await (await fetch(`http://127.0.0.1:${port}/docs-json`)).json();
await app.close();
const target = new URL('../openapi.json', import.meta.url);
await writeFile(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
