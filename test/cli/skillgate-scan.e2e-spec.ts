import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { create as createTar } from 'tar';
import yazl from 'yazl';
import { ROOT, ensureBuilt } from '../support/build.js';
import { FIXTURES, runSkillgate } from '../support/skillgate-cli.js';

interface JsonResult {
  path: string;
  name: string;
  risk_level: string;
  safe: boolean;
  findings: {
    rule_id: string;
    severity: string;
    file: string;
    line: number;
    message: string;
    evidence: string;
  }[];
}

const BENIGN = `${FIXTURES}/benign-formatter`;
const DROPPER = `${FIXTURES}/dropper`;
const MALFORMED = `${FIXTURES}/malformed`;
const NO_SKILL_MD = `${FIXTURES}/no-skill-md`;

describe('skillgate scan (built CLI)', () => {
  let tmp: string;
  let dropperTgz: string;
  let benignZip: string;

  beforeAll(async () => {
    ensureBuilt();
    tmp = mkdtempSync(join(tmpdir(), 'skillgate-cli-'));
    dropperTgz = join(tmp, 'dropper.tgz');
    await createTar({ gzip: true, file: dropperTgz, cwd: join(ROOT, FIXTURES) }, ['dropper']);
    benignZip = join(tmp, 'benign.skill');
    await zipFolder(join(ROOT, BENIGN), ['SKILL.md', 'references/examples.md'], benignZip);
  });

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('should print one JSON object per path in argument order with the contract shape', async () => {
    const run = await runSkillgate([
      'scan',
      DROPPER,
      BENIGN,
      MALFORMED,
      dropperTgz,
      '--format',
      'json',
      '--no-llm',
    ]);
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((r) => r.path)).toEqual([DROPPER, BENIGN, MALFORMED, dropperTgz]);
    for (const result of results) {
      expect(Object.keys(result)).toEqual(
        expect.arrayContaining(['path', 'name', 'risk_level', 'safe', 'findings']),
      );
      expect(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL', 'UNKNOWN']).toContain(result.risk_level);
      for (const finding of result.findings) {
        expect(Object.keys(finding)).toEqual(
          expect.arrayContaining(['rule_id', 'severity', 'file', 'line', 'message', 'evidence']),
        );
        expect(finding.line).toBeGreaterThanOrEqual(1);
      }
    }
    const [dropper, benign, malformed, archive] = results;
    expect(dropper).toMatchObject({ name: 'weather-helper', risk_level: 'CRITICAL', safe: false });
    expect(dropper.findings.some((f) => f.file === 'SKILL.md' && f.severity === 'CRITICAL')).toBe(true);
    expect(dropper.findings.some((f) => f.file === 'scripts/sync.sh')).toBe(true);
    expect(benign).toMatchObject({
      name: 'markdown-table-formatter',
      risk_level: 'LOW',
      safe: true,
      findings: [],
    });
    expect(malformed.findings[0]).toMatchObject({
      rule_id: 'SG-PARSE-001',
      severity: 'MEDIUM',
      file: 'SKILL.md',
    });
    expect(archive).toMatchObject({ name: 'weather-helper', risk_level: 'CRITICAL' });
    expect(archive.findings.map((f) => f.rule_id).sort()).toEqual(
      dropper.findings.map((f) => f.rule_id).sort(),
    );
    expect(run.code).toBe(1);
  });

  it('should exit 0 when every skill is below the default HIGH gate', async () => {
    const run = await runSkillgate(['scan', BENIGN, benignZip, `${BENIGN}/SKILL.md`, '--no-llm']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('markdown-table-formatter');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('should still scan a malformed skill and report the parse problem as a finding', async () => {
    const run = await runSkillgate(['scan', MALFORMED, NO_SKILL_MD, '--format', 'json', '--no-llm']);
    expect(run.code).toBe(0);
    const [malformed, missing] = JSON.parse(run.stdout) as JsonResult[];
    expect(malformed).toMatchObject({ name: 'malformed', risk_level: 'MEDIUM', safe: false });
    expect(malformed.findings[0].line).toBeGreaterThanOrEqual(1);
    expect(malformed.findings[0].message).toMatch(/YAML/);
    expect(missing.findings).toEqual([
      expect.objectContaining({ rule_id: 'SG-PARSE-001', file: 'SKILL.md', line: 1 }),
    ]);
  });

  it('should apply --fail-on to the exit code', async () => {
    expect((await runSkillgate(['scan', MALFORMED, '--fail-on', 'MEDIUM', '--no-llm'])).code).toBe(1);
    expect((await runSkillgate(['scan', MALFORMED, '--fail-on', 'high', '--no-llm'])).code).toBe(0);
    expect((await runSkillgate(['scan', BENIGN, '--fail-on', 'LOW', '--no-llm'])).code).toBe(1);
    expect((await runSkillgate(['scan', DROPPER, '--fail-on', 'CRITICAL', '--no-llm'])).code).toBe(1);
  });

  it('should write one SARIF 2.1.0 log with one run for all paths', async () => {
    const run = await runSkillgate(['scan', DROPPER, BENIGN, '--format', 'sarif', '--no-llm']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe('skillgate');
    expect(sarifRun.results.length).toBeGreaterThan(0);
    const ruleIds = new Set(sarifRun.tool.driver.rules.map((r) => r.id));
    for (const result of sarifRun.results) {
      expect(ruleIds.has(result.ruleId)).toBe(true);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri.startsWith(`${DROPPER}/`)).toBe(true);
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(sarifRun.results.some((r) => r.level === 'error')).toBe(true);
  });

  it.each([
    ['a path that does not exist', ['scan', 'no/such/skill'], /no\/such\/skill/],
    ['an unknown option', ['scan', BENIGN, '--bogus'], /bogus/],
    ['an unknown format', ['scan', BENIGN, '--format', 'xml'], /--format/],
    ['an unknown --fail-on level', ['scan', BENIGN, '--fail-on', 'SEVERE'], /--fail-on/],
    ['no path', ['scan'], /at least one path/],
    ['no command', [], /missing command/],
    ['an unknown command', ['import', BENIGN], /unknown command/],
    ['a file that is not a skill', ['scan', 'package.json'], /not a skill folder/],
  ])('should exit 2 on %s', async (_label, args, message) => {
    const run = await runSkillgate(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('should exit 2 without scanning anything when one of several paths is unreadable', async () => {
    const run = await runSkillgate(['scan', BENIGN, 'missing-skill', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('should print help and version', async () => {
    const help = await runSkillgate(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: skillgate scan <path>/);
    const version = await runSkillgate(['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.code).toBe(0);
    expect(version.stdout).toContain(pkg.version);
  });
});

async function zipFolder(folder: string, files: string[], target: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addFile(join(folder, file), file);
  zip.end();
  const out = createWriteStream(target);
  zip.outputStream.pipe(out);
  await once(out, 'close');
}
