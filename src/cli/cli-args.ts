import { parseArgs } from 'node:util';
import { SEVERITIES, Severity } from '../scanning/scan.types.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'scan'; paths: string[]; format: OutputFormat; failOn: Severity; llm: boolean };

/** A mistake in how skillgate was called: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseCliArgs(argv: string[]): CliCommand {
  const { values, positionals } = parseOrExplain(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('missing command: skillgate scan <path>...');
  if (command !== 'scan') throw new UsageError(`unknown command "${command}" (the only command is "scan")`);
  if (paths.length === 0)
    throw new UsageError('scan needs at least one path (a skill folder, a SKILL.md or an archive)');
  return {
    kind: 'scan',
    paths,
    format: oneOf('--format', values.format ?? 'text', FORMATS, (v) => v.toLowerCase()),
    failOn: oneOf('--fail-on', values['fail-on'] ?? 'HIGH', SEVERITIES, (v) => v.toUpperCase()),
    llm: !values['no-llm'],
  };
}

function parseOrExplain(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        'no-llm': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function oneOf<T extends string>(
  flag: string,
  raw: string,
  allowed: readonly T[],
  normalise: (v: string) => string,
): T {
  const value = normalise(raw);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return value as T;
}

export const HELP = `Usage: skillgate scan <path>... [options]

Scan agent skills for malicious or risky behaviour, offline, without a database.

<path>  a skill folder, a SKILL.md file, or an archive (.zip, .tar.gz, .tgz, .skill)

Options:
  -f, --format text|json|sarif           output format (default: text)
      --fail-on LOW|MEDIUM|HIGH|CRITICAL exit 1 when a skill is at or above this risk (default: HIGH)
      --no-llm                           skip the LLM review even when OPENAI_API_KEY is set
  -h, --help                             show this help
  -v, --version                          show the version

Exit codes:
  0  every skill is below --fail-on
  1  at least one skill is at or above --fail-on; UNKNOWN (the LLM review failed and the
     static risk is below HIGH) counts as failing unless --fail-on is CRITICAL
  2  usage error, or a path that cannot be read

Environment:
  OPENAI_API_KEY, OPENAI_BASE_URL, SKILLGATE_LLM_MODEL   LLM review through any OpenAI-compatible
                                                         endpoint (skipped without a key)
  NO_COLOR                                               no colours in text output
`;
