/**
 * Escape suite, driver level: every available sandbox driver must contain each attempt below.
 * A driver that is not available here is skipped with its reason, unless SKILLGATE_REQUIRE_SANDBOX
 * (e.g. `bwrap,docker`) lists it: then it fails.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

import { BwrapDriver } from '../../src/sandbox/bwrap.driver.js';
import { DockerDriver } from '../../src/sandbox/docker.driver.js';
import {
  DEFAULT_LIMITS,
  SandboxDriver,
  SandboxFile,
  SandboxInputError,
  SandboxLimits,
  SandboxRunResult,
} from '../../src/sandbox/sandbox-driver.js';

const required = (process.env.SKILLGATE_REQUIRE_SANDBOX ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const dockerSocket =
  process.env.DOCKER_HOST ?? (existsSync('/run/podman.sock') ? 'unix:///run/podman.sock' : undefined);

interface Candidate {
  name: string;
  driver: SandboxDriver;
  ok: boolean;
  reason?: string;
}

async function probe(name: string, driver: SandboxDriver): Promise<Candidate> {
  const { ok, reason } = await driver.available();
  return { name, driver, ok, reason };
}

const candidates = await Promise.all([
  probe('bwrap', new BwrapDriver()),
  probe('docker', new DockerDriver({ socket: dockerSocket })),
]);
const usable = candidates.filter((c) => c.ok);

for (const { name, ok, reason } of candidates) {
  if (ok) continue;
  if (required.includes(name)) {
    describe(`${name} sandbox (required by SKILLGATE_REQUIRE_SANDBOX)`, () => {
      it('should be available', () => {
        throw new Error(`${name} sandbox required but unavailable: ${reason}`);
      });
    });
  } else {
    console.warn(`escape suite: skipping the ${name} sandbox: ${reason}`);
  }
}

if (usable.length === 0) {
  describe('sandbox escape suite', () => {
    it.skip('should run against at least one available sandbox driver', () => undefined);
  });
}

const token = () => `sg${randomBytes(6).toString('hex')}`;
const file = (path: string, content: string, mode?: number): SandboxFile => ({
  path,
  content: Buffer.from(content),
  mode,
});

/** True when some host process still has `marker` in its command line. */
function hostProcessWith(marker: string): boolean {
  try {
    execFileSync('pgrep', ['-f', marker], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function escapeSuite(driver: SandboxDriver): void {
  const run = (
    entry: string,
    source: string,
    opts: { args?: string[]; stdin?: string; limits?: Partial<SandboxLimits>; extra?: SandboxFile[] } = {},
  ): Promise<SandboxRunResult> =>
    driver.run({
      files: [file(entry, source), ...(opts.extra ?? [])],
      entry,
      args: opts.args ?? [],
      stdin: opts.stdin ?? '',
      limits: { ...DEFAULT_LIMITS, wallTimeoutMs: 10_000, ...opts.limits },
    });
  const output = (r: SandboxRunResult) => r.stdout + r.stderr;

  afterAll(async () => {
    await driver.shutdown?.();
  });

  describe('happy paths', () => {
    it('should run a python script with args and stdin', async () => {
      const r = await run('scripts/echo.py', 'import sys\nprint(sys.argv[1:], sys.stdin.read().upper())', {
        args: ['a', 'b c'],
        stdin: 'hello',
      });
      expect(r).toMatchObject({ status: 'succeeded', exit_code: 0, limit_hit: null, truncated: false });
      expect(r.stdout).toBe("['a', 'b c'] HELLO\n");
    });

    it('should run a bash script with args and stdin', async () => {
      const r = await run('run.sh', 'echo "args:$1|$2"; read -r line; echo "in:$line"', {
        args: ['x', 'y z'],
        stdin: 'piped\n',
      });
      expect(r.status).toBe('succeeded');
      expect(r.stdout).toBe('args:x|y z\nin:piped\n');
    });

    it('should run a node script with args and stdin', async () => {
      const source =
        'let s = ""; process.stdin.on("data", (c) => (s += c)).on("end", () => console.log(process.argv.slice(2).join(","), s));';
      const r = await run('scripts/main.js', source, { args: ['1', '2'], stdin: 'js' });
      expect(r.status).toBe('succeeded');
      expect(r.stdout).toBe('1,2 js\n');
    });

    it('should report a non-zero exit as failed with its code and stderr', async () => {
      const r = await run('fail.sh', 'echo oops >&2; exit 3');
      expect(r).toMatchObject({ status: 'failed', exit_code: 3, limit_hit: null });
      expect(r.stderr).toBe('oops\n');
    });

    it('should run as an unprivileged user with a clean environment and /tmp as cwd', async () => {
      process.env.SKILLGATE_ESCAPE_SECRET = 'env-secret-value';
      const r = await run('who.py', 'import os\nprint(os.getuid(), os.getcwd(), sorted(os.environ))');
      expect(r.status).toBe('succeeded');
      expect(r.stdout).toMatch(/^65534 \/tmp /);
      expect(r.stdout).not.toContain('SKILLGATE_ESCAPE_SECRET');
    });
  });

  describe('network', () => {
    it('should fail at once to reach the internet (no route, no network namespace)', async () => {
      const source = [
        'import socket, time',
        't = time.time()',
        'try:',
        '    socket.create_connection(("1.1.1.1", 80), timeout=5)',
        '    print("CONNECTED")',
        'except OSError as e:',
        '    print("blocked", type(e).__name__, round(time.time() - t, 2))',
      ].join('\n');
      const r = await run('net.py', source);
      expect(r.stdout).toMatch(/^blocked /);
      expect(r.stdout).not.toContain('CONNECTED');
      expect(Number(r.stdout.trim().split(' ').pop())).toBeLessThan(1);
    });

    it('should not reach a TCP server on the host loopback', async () => {
      let connections = 0;
      const server: Server = createServer((socket) => {
        connections += 1;
        socket.end('host-server-answer\n');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as { port: number }).port;
      try {
        const source = [
          'import socket, sys',
          'try:',
          '    s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=3)',
          '    print("CONNECTED", s.recv(100))',
          'except OSError as e:',
          '    print("blocked", e)',
        ].join('\n');
        const r = await run('loop.py', source, { args: [String(port)] });
        expect(r.stdout).toMatch(/^blocked /);
        expect(output(r)).not.toContain('host-server-answer');
        expect(connections).toBe(0);
      } finally {
        server.close();
      }
    });
  });

  describe('host secrets', () => {
    const secret = `secret-${token()}`;
    const secretHome = process.getuid?.() === 0 ? '/root' : homedir();
    const homeFile = join(secretHome, `.skillgate-escape-${token()}`);
    const dbDir = join(tmpdir(), `skillgate-escape-db-${token()}`);
    const dbFile = join(dbDir, 'pgdata', 'base', 'skills.db');

    beforeAll(() => {
      writeFileSync(homeFile, secret, { mode: 0o644 });
      mkdirSync(join(dbDir, 'pgdata', 'base'), { recursive: true });
      writeFileSync(dbFile, `${secret} api_key_hash`, { mode: 0o644 });
      process.env.SKILLGATE_ESCAPE_SECRET = secret;
    });
    afterAll(() => {
      rmSync(homeFile, { force: true });
      rmSync(dbDir, { recursive: true, force: true });
      delete process.env.SKILLGATE_ESCAPE_SECRET;
    });

    it('should not read a file under the host home, the database files or /etc/shadow', async () => {
      const source = 'for p in "$@"; do cat "$p" 2>&1 || echo "denied $p"; done; ls /root /home /work 2>&1';
      const r = await run('read.sh', source, {
        args: [homeFile, dbFile, '/etc/shadow', '/work/main/package.json'],
      });
      expect(output(r)).not.toContain(secret);
      expect(output(r)).not.toMatch(/root:[^:]*:\d+:/);
      expect(output(r)).not.toContain('"name": "skillgate"');
      for (const path of [homeFile, dbFile, '/etc/shadow']) expect(r.stdout).toContain(`denied ${path}`);
    });

    it('should not see the parent process environment', async () => {
      const source = [
        'import os, glob',
        'print(dict(os.environ))',
        'for p in glob.glob("/proc/*/environ"):',
        '    try: print(p, open(p, "rb").read())',
        '    except OSError as e: print(p, e)',
      ].join('\n');
      const r = await run('env.py', source);
      expect(r.status).toBe('succeeded');
      expect(output(r)).not.toContain(secret);
      expect(output(r)).not.toContain('SKILLGATE_ESCAPE_SECRET');
    });
  });

  describe('writes outside /tmp', () => {
    it('should refuse writes to the skill folder, /usr, / and the home, and keep them off the host', async () => {
      const mark = token();
      const targets = ['/skill/evil', `/usr/${mark}`, `/${mark}`, `/root/${mark}`];
      const source = [
        'for p in "$@"; do echo pwned > "$p" 2>/dev/null && echo "WROTE $p" || echo "denied $p"; done',
        `echo inside > /tmp/${mark} && echo "tmp ok"`,
      ].join('\n');
      const r = await run('write.sh', source, { args: targets });
      expect(r.stdout).not.toContain('WROTE');
      expect(r.stdout).toContain('tmp ok');
      for (const path of [
        `/usr/${mark}`,
        `/${mark}`,
        `/root/${mark}`,
        join(tmpdir(), mark),
        `/tmp/${mark}`,
      ]) {
        expect(existsSync(path)).toBe(false);
      }
    });
  });

  describe('resource limits', () => {
    it('should stop a fork bomb at the process limit and leave nothing behind', async () => {
      const mark = token();
      const source = 'bomb() { bomb | bomb & }; bomb; sleep 2; exit 0';
      const r = await run('bomb.sh', source, {
        args: [mark],
        limits: { maxProcesses: 32, wallTimeoutMs: 5000 },
      });
      expect(['failed', 'timeout', 'succeeded']).toContain(r.status);
      expect(r.duration_ms).toBeLessThan(10_000);
      await sleep(300);
      expect(hostProcessWith(mark)).toBe(false);
    });

    it('should cap the number of processes', async () => {
      const source = [
        'import os, time',
        'n = 0',
        'for _ in range(300):',
        '    try:',
        '        if os.fork() == 0:',
        '            time.sleep(5); os._exit(0)',
        '        n += 1',
        '    except OSError:',
        '        break',
        'print("forked", n, flush=True)',
        'os._exit(0)',
      ].join('\n');
      const r = await run('procs.py', source, { limits: { maxProcesses: 32 } });
      const forked = Number(/forked (\d+)/.exec(r.stdout)?.[1]);
      expect(forked).toBeLessThan(32);
    });

    it('should stop a memory hog', async () => {
      const source = 'chunks = []\nwhile True:\n    chunks.append(b"x" * (16 * 1024 * 1024))';
      const r = await run('hog.py', source, { limits: { memoryMb: 128 } });
      expect(r.status).toBe('failed');
      expect(r.limit_hit).toBe('memory');
    });

    it('should stop a CPU spin at the CPU limit', async () => {
      const r = await run('spin.py', 'while True:\n    pass', {
        limits: { cpuSeconds: 1, wallTimeoutMs: 8000 },
      });
      expect(r.status).toBe('failed');
      expect(r.limit_hit).toBe('cpu');
      expect(r.duration_ms).toBeLessThan(6000);
    });

    it('should kill a script sleeping past the wall limit', async () => {
      const mark = token();
      const r = await run('sleep.py', 'import time\ntime.sleep(30)', {
        args: [mark],
        limits: { wallTimeoutMs: 1500 },
      });
      expect(r).toMatchObject({ status: 'timeout', exit_code: null, limit_hit: 'wall' });
      expect(r.duration_ms).toBeLessThan(5000);
      expect(hostProcessWith(mark)).toBe(false);
    });

    it.each([
      ['the script exits at once', 'os._exit(0)'],
      ['the script outlives the wall limit', 'time.sleep(30)'],
    ])('should kill a double-forked daemon when %s', async (_case, parentEnd) => {
      const mark = token();
      const source = [
        'import os, sys, time',
        'if os.fork() == 0:',
        '    os.setsid()',
        '    if os.fork() == 0:',
        '        args = ["python3", "-c", "import time, sys; time.sleep(3); open(sys.argv[1], \'w\').write(\'x\')"]',
        `        os.execv("/usr/bin/python3", args + ["/tmp/${mark}"])`,
        '    os._exit(0)',
        'time.sleep(0.3)',
        'print("parent done", flush=True)',
        parentEnd,
      ].join('\n');
      const r = await run('daemon.py', source, { limits: { wallTimeoutMs: 1500 } });
      expect(r.stdout).toContain('parent done');
      expect(hostProcessWith(mark)).toBe(false);
      await sleep(3500);
      expect(hostProcessWith(mark)).toBe(false);
      expect(existsSync(`/tmp/${mark}`)).toBe(false);
      expect(existsSync(join(tmpdir(), mark))).toBe(false);
    });

    it('should cut an output flood at the cap and stop the script', async () => {
      const maxOutputBytes = 64 * 1024;
      const r = await run('flood.py', 'while True:\n    print("A" * 1000)', { limits: { maxOutputBytes } });
      expect(r).toMatchObject({ status: 'failed', limit_hit: 'output', truncated: true });
      expect(r.stdout.endsWith('\n[output truncated]')).toBe(true);
      expect(Buffer.byteLength(r.stdout)).toBeLessThanOrEqual(maxOutputBytes + 20);
      expect(r.duration_ms).toBeLessThan(5000);
    });
  });

  describe('skill files', () => {
    it('should not follow a symlink in the skill to host content', async () => {
      const secret = `link-secret-${token()}`;
      const target = join(tmpdir(), `skillgate-escape-link-${token()}`);
      writeFileSync(target, secret, { mode: 0o644 });
      try {
        const link = file('data/config', target, 0o120777);
        const r = await run('link.sh', 'cat /skill/data/config 2>&1; ls -la /skill/data 2>&1; echo end', {
          extra: [link],
        });
        expect(output(r)).not.toContain(secret);
        expect(r.stdout).toContain('end');
      } finally {
        rmSync(target, { force: true });
      }
    });

    it('should refuse paths that climb out of the skill folder', async () => {
      await expect(run('ok.sh', 'echo hi', { extra: [file('../../escape.sh', 'x')] })).rejects.toThrow(
        SandboxInputError,
      );
      await expect(run('/etc/evil.sh', 'echo hi')).rejects.toThrow(SandboxInputError);
    });
  });
}

for (const { name, driver } of usable) describe(`${name} sandbox`, () => escapeSuite(driver));
