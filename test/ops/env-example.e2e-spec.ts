import { readFile } from 'node:fs/promises';

/** The variable names app-config.ts maps, read from its ENV_NAMES table. */
async function configuredVariables(): Promise<string[]> {
  const source = await readFile('src/config/app-config.ts', 'utf8');
  const table = /const ENV_NAMES[^{]*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return [...table.matchAll(/^\s*([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1]);
}

describe('operations: .env.example', () => {
  it('should list every variable that app-config.ts reads, and no other', async () => {
    const listed = [...(await readFile('.env.example', 'utf8')).matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map(
      (m) => m[1],
    );
    const configured = await configuredVariables();
    expect(configured.length).toBeGreaterThan(20);
    expect([...listed].sort()).toEqual([...configured].sort());
  });
});
