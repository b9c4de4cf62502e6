import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { startTestApp, type TestApp } from '../support/test-app.js';

const COMMITTED = 'openapi.json';

interface OpenApiDocument {
  paths: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown> };
}

function differingKeys(a: Record<string, unknown> = {}, b: Record<string, unknown> = {}): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => !isDeepStrictEqual(a[key], b[key]));
}

describe('operations: the committed OpenAPI document', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('should equal the live /docs-json (run `npm run openapi` and commit openapi.json when it does not)', async () => {
    const live = (await t.http().get('/docs-json').expect(200)).body as OpenApiDocument;
    const committed = JSON.parse(await readFile(COMMITTED, 'utf8')) as OpenApiDocument;
    if (!isDeepStrictEqual(live, committed)) {
      const paths = differingKeys(live.paths, committed.paths);
      const schemas = differingKeys(live.components?.schemas, committed.components?.schemas);
      throw new Error(
        `${COMMITTED} is out of date: run \`npm run openapi\` and commit it.\n` +
          `  differing paths: ${paths.join(', ') || '(none)'}\n  differing schemas: ${schemas.join(', ') || '(none)'}`,
      );
    }
  });
});
