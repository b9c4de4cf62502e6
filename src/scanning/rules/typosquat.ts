import { gated } from '../analyzers/literal-gates.js';
/** Well-known package names and scopes that typosquatters imitate. */
const POPULAR = [
  '@modelcontextprotocol',
  '@anthropic-ai',
  'anthropic',
  '@openai',
  'openai',
  '@google',
  '@azure',
  '@aws-sdk',
  '@vercel',
  '@supabase',
  '@playwright',
  '@types',
  '@babel',
  '@angular',
  '@nestjs',
  '@vue',
  '@sveltejs',
  '@tanstack',
  '@prisma',
  '@eslint',
  '@typescript-eslint',
  '@testing-library',
  '@storybook',
  '@reduxjs',
  '@octokit',
  // Mobile app scopes (React Native, Expo, Capacitor/Ionic) and SDK scopes a mobile build pulls in.
  '@react-native-community',
  '@react-native',
  '@react-navigation',
  '@expo',
  '@capacitor',
  '@ionic',
  '@sentry',
  '@firebase',
  'react',
  'react-dom',
  'react-devtools',
  'vue',
  'angular',
  'svelte',
  'next',
  'nuxt',
  'express',
  'lodash',
  'axios',
  'request',
  'requests',
  'urllib3',
  'numpy',
  'pandas',
  'scipy',
  'matplotlib',
  'django',
  'flask',
  'fastapi',
  'pydantic',
  'typescript',
  'eslint',
  'prettier',
  'webpack',
  'vite',
  'jest',
  'mocha',
  'chalk',
  'commander',
  'yargs',
  'dotenv',
  'moment',
  'dayjs',
  'uuid',
  'colors',
  'debug',
  'cross-env',
  'node-fetch',
  'python-dateutil',
  'colorama',
  'certifi',
  'charset-normalizer',
  'scikit-learn',
  'sqlalchemy',
  'paramiko',
  'psutil',
  'aiohttp',
  'pytest',
  'openpyxl',
  'jsonwebtoken',
  'mongoose',
  'electron',
  'tailwindcss',
  'discord.js',
  'socket.io',
  'body-parser',
  'minimist',
  'inquirer',
  'nodemailer',
  'cheerio',
  'nodemon',
  'puppeteer',
  'playwright',
  'selenium',
  'beautifulsoup4',
  'boto3',
  'botocore',
  'setuptools',
  'pillow',
  'cryptography',
  'pyyaml',
  'tensorflow',
  'torch',
  'transformers',
  'langchain',
  'openclaw',
  'clawhub',
  'mcp',
  'fastmcp',
  'server-memory',
  'server-filesystem',
  'server-github',
  'server-fetch',
  'server-everything',
  'mcp-fs',
  '@anthropic',
  // Puppet Forge modules (r10k Puppetfiles, `puppet module install`), written `owner-name`.
  'puppetlabs-stdlib',
  'puppetlabs-firewall',
  'puppetlabs-concat',
  'puppetlabs-apt',
  'puppetlabs-ntp',
  'puppetlabs-apache',
  'puppetlabs-mysql',
  'puppetlabs-postgresql',
  'puppetlabs-docker',
  'puppetlabs-inifile',
  'puppetlabs-vcsrepo',
  'puppetlabs-accounts',
  'puppetlabs-java',
  'puppetlabs-sshkeys_core',
  'puppetlabs-registry',
  'puppetlabs-powershell',
  'puppet-archive',
  'puppet-nginx',
  'puppet-systemd',
  'puppet-chrony',
  'puppet-rsyslog',
  'puppet-python',
  'saz-sudo',
];
/** Common words of package names: a same-length typo of one of them is a squatting tell. */
const WORDS = [
  'diagnostics',
  'validator',
  'formatter',
  'inspector',
  'analyzer',
  'analyser',
  'generator',
  'converter',
  'manager',
  'scanner',
  'monitor',
  'parser',
  'helper',
  'utilities',
  'toolkit',
  'compiler',
  'bundler',
  'linter',
  'logger',
  'scheduler',
  'connector',
  'extractor',
  'transformer',
  'optimizer',
  'optimiser',
  'resolver',
  'installer',
  'launcher',
  'explorer',
  'navigator',
  'tracker',
  'reporter',
  'exporter',
  'importer',
  'security',
  'memory',
  'filesystem',
  'server',
  'github',
  'config',
  'loader',
  'browser',
  'database',
  'postgres',
  'storage',
];
/**
 * Established packages of their own, one edit away from a popular name or word (`scapy` / `scipy`,
 * `semver` / `server`, `preact` / `react`): the real project, not an imitation. A squatter cannot
 * register a name that is already taken.
 */
const ESTABLISHED = [
  'scapy',
  'pyaml',
  'parsel',
  'parver',
  'semver',
  'tomlkit',
  'uuid6',
  'uuid7',
  'donfig',
  'parse5',
  'preact',
  'color',
  'colord',
  'enquirer',
  'gaxios',
  'dargs',
  'touch',
  'redact',
  'inquire',
];
const NAMES = new Set([...POPULAR, ...WORDS, ...ESTABLISHED]);

/**
 * An unscoped popular package name standing as a word of its own (not part of a longer name), so a
 * text is searched for all of them in one pass.
 */
export const POPULAR_WORD = gated(
  new RegExp(
    `(?<![\\w@./-])(?:${POPULAR.filter((p) => !p.startsWith('@'))
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.]/g, '\\.'))
      .join('|')})(?![\\w./-])`,
    'gi',
  ),
);

const cache = new Map<string, string | null>();

/** The popular name `pkg` (or its scope, or a word of it) is one edit away from, if any. */
export function nearMiss(pkg: string): string | null {
  const known = cache.get(pkg);
  if (known !== undefined) return known;
  const found = computeNearMiss(pkg);
  if (cache.size > 10_000) cache.clear();
  cache.set(pkg, found);
  return found;
}

function computeNearMiss(pkg: string): string | null {
  const lower = pkg.toLowerCase();
  if (NAMES.has(lower)) return null;
  const [scope, name] = lower.startsWith('@') ? lower.split('/', 2) : ['', lower];
  if (scope && !NAMES.has(scope)) {
    const hit = closest(scope);
    if (hit) return hit;
  }
  if (name && !NAMES.has(name)) {
    const hit = closest(name);
    if (hit) return hit;
    for (const word of name.split(/[-_.]/)) {
      if (word.length < 6 || NAMES.has(word)) continue;
      const w = WORDS.find((x) => x.length === word.length && distance(word, x) === 1);
      if (w) return w;
    }
  }
  return null;
}

function closest(s: string): string | null {
  if (s.length < 5) return null;
  for (const p of POPULAR) {
    // A scope imitates a scope; a name, a name (`types` is not a typo of `@types`).
    if (p.startsWith('@') !== s.startsWith('@')) continue;
    if (Math.abs(p.length - s.length) <= 2 && p !== s && distance(s, p) === 1) return p;
    if (
      p.startsWith('@') &&
      s.startsWith('@') &&
      p.length >= 8 &&
      s.length >= 8 &&
      s !== p &&
      Math.abs(p.length - s.length) <= 2 &&
      distance(s, p) <= 2
    )
      return p;
  }
  return null;
}

/** Damerau-Levenshtein (optimal string alignment) distance, capped: stops early past 2. */
export function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...new Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
