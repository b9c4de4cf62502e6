import { Transform, Type, plainToInstance } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

export const SANDBOX_KINDS = ['auto', 'bwrap', 'docker', 'none'] as const;
export type SandboxKind = (typeof SANDBOX_KINDS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const DEFAULT_RESERVED_NAMES = [
  'skill-creator',
  'mcp-builder',
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'canvas-design',
  'frontend-design',
  'webapp-testing',
  'brand-guidelines',
  'internal-comms',
  'github',
  'slack',
  'web-search',
];

/** Every setting Skillgate reads, typed and validated once at boot. */
export class AppConfig {
  @Type(() => Number) @IsInt() @Min(0) @Max(65535) port = 3000;

  @IsOptional() @IsString() databaseUrl?: string;
  @IsString() dataDir = './.data';

  @IsOptional() @IsString() @MinLength(16) adminKey?: string;

  @IsOptional() @IsString() openaiApiKey?: string;
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'] }) openaiBaseUrl?: string;
  @IsString() llmModel = 'gpt-4o-mini';
  @Type(() => Number) @IsInt() @Min(100) llmTimeoutMs = 30000;
  @Type(() => Number) @IsInt() @Min(0) @Max(5) llmMaxRetries = 2;
  @Type(() => Number) @IsInt() @Min(1000) llmMaxChunkChars = 60000;

  /** First-scan jobs: a lease not renewed for this long (the process died) lets another process take the job. */
  @Type(() => Number) @IsInt() @Min(1) @Max(3600) scanJobLeaseSeconds = 30;
  /** Attempts before a job that keeps failing ends `failed` (the skill keeps its static verdict, Untrusted). */
  @Type(() => Number) @IsInt() @Min(1) @Max(100) scanJobMaxAttempts = 3;
  /** How often each process looks for a job whose lease ran out. */
  @Type(() => Number) @IsInt() @Min(50) scanJobPollMs = 5000;

  @IsIn(SANDBOX_KINDS) sandbox: SandboxKind = 'auto';
  @IsOptional() @IsString() dockerSocket?: string;
  @IsString() dockerImage = 'skillgate-sandbox:latest';
  @IsOptional() @IsString() dockerRuntime?: string;
  @Type(() => Number) @IsInt() @Min(16) sandboxMemoryMb = 256;
  @Type(() => Number) @IsInt() @Min(1) sandboxCpuSeconds = 15;
  @Type(() => Number) @IsInt() @Min(4) sandboxMaxProcesses = 64;
  @Type(() => Number) @IsInt() @Min(100) sandboxWallTimeoutMs = 30000;
  @Type(() => Number) @IsInt() @Min(1) sandboxTmpfsMb = 16;
  @Type(() => Number) @IsInt() @Min(1024) sandboxMaxOutputBytes = 1024 * 1024;

  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }) githubApiUrl = 'https://api.github.com';
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }) githubCodeloadUrl =
    'https://codeload.github.com';
  @IsOptional() @IsString() githubToken?: string;
  /** Tests only: the fake GitHub listens on loopback. */
  allowPrivateAddresses = false;

  @Type(() => Number) @IsInt() @Min(1024) maxBodyBytes = 2 * 1024 * 1024;
  @Type(() => Number) @IsInt() @Min(1) maxFiles = 256;
  @Type(() => Number) @IsInt() @Min(1024) maxFileBytes = 1024 * 1024;
  @Type(() => Number) @IsInt() @Min(1024) maxTotalBytes = 8 * 1024 * 1024;
  @Type(() => Number) @IsInt() @Min(1024) maxArchiveBytes = 16 * 1024 * 1024;

  @Type(() => Number) @IsInt() @Min(1) rateLimitPerMinute = 600;
  @Type(() => Number) @IsInt() @Min(1) importRateLimitPerMinute = 60;
  @Type(() => Number) @IsInt() @Min(1) executeRateLimitPerMinute = 120;

  /** Names only the organisation's own skills may use; lookalikes get a finding. */
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @IsString({ each: true })
  reservedNames: string[] = [...DEFAULT_RESERVED_NAMES];

  /** HTTP worker processes (node cluster); more than one needs DATABASE_URL. */
  @Type(() => Number) @IsInt() @Min(1) @Max(64) workers = 1;

  /** One of LOG_LEVELS (typed as string so env-style overrides need no cast). */
  @IsIn(LOG_LEVELS) logLevel: string = 'info';
}

const ENV_NAMES: Record<string, keyof AppConfig> = {
  PORT: 'port',
  DATABASE_URL: 'databaseUrl',
  SKILLGATE_DATA_DIR: 'dataDir',
  SKILLGATE_ADMIN_KEY: 'adminKey',
  OPENAI_API_KEY: 'openaiApiKey',
  OPENAI_BASE_URL: 'openaiBaseUrl',
  SKILLGATE_LLM_MODEL: 'llmModel',
  SKILLGATE_LLM_TIMEOUT_MS: 'llmTimeoutMs',
  SKILLGATE_SCAN_JOB_LEASE_SECONDS: 'scanJobLeaseSeconds',
  SKILLGATE_SCAN_JOB_MAX_ATTEMPTS: 'scanJobMaxAttempts',
  SKILLGATE_SANDBOX: 'sandbox',
  DOCKER_HOST: 'dockerSocket',
  SKILLGATE_DOCKER_IMAGE: 'dockerImage',
  SKILLGATE_DOCKER_RUNTIME: 'dockerRuntime',
  SKILLGATE_SANDBOX_MEMORY_MB: 'sandboxMemoryMb',
  SKILLGATE_SANDBOX_CPU_SECONDS: 'sandboxCpuSeconds',
  SKILLGATE_SANDBOX_MAX_PROCESSES: 'sandboxMaxProcesses',
  SKILLGATE_SANDBOX_TIMEOUT_MS: 'sandboxWallTimeoutMs',
  SKILLGATE_SANDBOX_TMPFS_MB: 'sandboxTmpfsMb',
  SKILLGATE_SANDBOX_MAX_OUTPUT_BYTES: 'sandboxMaxOutputBytes',
  SKILLGATE_GITHUB_API_URL: 'githubApiUrl',
  SKILLGATE_GITHUB_CODELOAD_URL: 'githubCodeloadUrl',
  GITHUB_TOKEN: 'githubToken',
  SKILLGATE_MAX_BODY_BYTES: 'maxBodyBytes',
  SKILLGATE_MAX_FILES: 'maxFiles',
  SKILLGATE_MAX_FILE_BYTES: 'maxFileBytes',
  SKILLGATE_MAX_TOTAL_BYTES: 'maxTotalBytes',
  SKILLGATE_MAX_ARCHIVE_BYTES: 'maxArchiveBytes',
  SKILLGATE_RATE_LIMIT_PER_MINUTE: 'rateLimitPerMinute',
  SKILLGATE_IMPORT_RATE_LIMIT_PER_MINUTE: 'importRateLimitPerMinute',
  SKILLGATE_EXECUTE_RATE_LIMIT_PER_MINUTE: 'executeRateLimitPerMinute',
  SKILLGATE_RESERVED_NAMES: 'reservedNames',
  LOG_LEVEL: 'logLevel',
  SKILLGATE_WORKERS: 'workers',
};

export class ConfigError extends Error {}

/** Builds the config from env-style variables plus overrides; throws ConfigError naming each bad variable. */
export function buildConfig(
  env: Record<string, string | undefined>,
  overrides: Partial<AppConfig> = {},
): AppConfig {
  const plain: Record<string, unknown> = {};
  for (const [envName, key] of Object.entries(ENV_NAMES)) {
    const value = env[envName];
    if (value !== undefined && value !== '') plain[key] = value;
  }
  const config = plainToInstance(AppConfig, { ...plain, ...overrides });
  const envOf = (key: string) => Object.keys(ENV_NAMES).find((name) => ENV_NAMES[name] === key) ?? key;
  const lines = validateSync(config, { forbidUnknownValues: false }).map(
    (e) => `${envOf(e.property)}: ${Object.values(e.constraints ?? {}).join(', ')}`,
  );
  if (config.workers > 1 && !config.databaseUrl)
    lines.push('SKILLGATE_WORKERS: more than 1 needs DATABASE_URL (the embedded database is one process)');
  if (lines.length > 0) throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  return config;
}

/** The only place that reads the process environment. */
export function configFromProcessEnv(overrides: Partial<AppConfig> = {}): AppConfig {
  return buildConfig(process.env, overrides);
}
