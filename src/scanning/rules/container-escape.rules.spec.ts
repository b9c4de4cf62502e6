import { describeRuleCases, expectScansQuickly, findingsOf, sh } from './rule-cases.helper.js';

describeRuleCases('container-escape', [
  {
    id: 'SG-ESCAPE-001',
    positive: sh('docker run -v /var/run/docker.sock:/var/run/docker.sock img'),
    negative: sh('docker run -v $(pwd):/app img'),
  },
  { id: 'SG-ESCAPE-002', positive: sh('nsenter -t 1 -m -u -i -n sh'), negative: sh('nsenter --help') },
  { id: 'SG-ESCAPE-003', positive: sh('cat /proc/1/root/etc/shadow'), negative: sh('cat /proc/cpuinfo') },
  {
    id: 'SG-ESCAPE-004',
    positive: sh('docker run --privileged -it alpine'),
    negative: sh('docker run -it alpine'),
  },
  {
    id: 'SG-ESCAPE-005',
    positive: sh('echo /cmd > /sys/fs/cgroup/x/release_agent'),
    negative: sh('cat /sys/fs/cgroup/memory.max'),
  },
  {
    id: 'SG-ESCAPE-003',
    file: 'assets/justfile',
    positive:
      'tune:\n    docker run --rm --privileged -v /:/host alpine chroot /host sh -c "sysctl -w vm.max_map_count=262144"\n',
    negative: 'tune:\n    docker run --rm -v "$PWD":/src -w /src alpine sh -c "make test"\n',
  },
  {
    id: 'SG-ESCAPE-006',
    // A tool profile the skill's program turns into `docker run` flags: privileged, host PID, host / writable.
    file: 'profiles/cache.json',
    others: {
      'cmd/apply/main.go':
        'package main\n\nimport "os/exec"\n\nfunc main() {\n\t_ = exec.Command("docker", args()...).Run()\n}\n',
    },
    positive:
      '{\n  "image": "alpine:3.20",\n  "isolation": { "privileged": true, "pid": "host" },\n  "binds": [ { "src": "/", "dst": "/mnt/host", "mode": "rw" } ]\n}\n',
    // A monitoring agent: host PID and the host root, mounted read-only.
    negative:
      '{\n  "image": "alpine:3.20",\n  "isolation": { "privileged": true, "pid": "host" },\n  "binds": [ { "src": "/", "dst": "/rootfs", "mode": "ro" } ]\n}\n',
  },
  {
    id: 'SG-ESCAPE-006',
    file: 'deploy/compose.yml',
    others: { 'scripts/up.sh': 'docker compose -f deploy/compose.yml up -d\n' },
    positive:
      'services:\n  helper:\n    image: alpine\n    privileged: true\n    pid: host\n    volumes:\n      - /:/host\n',
    negative:
      'services:\n  node-exporter:\n    image: prom/node-exporter\n    privileged: true\n    pid: host\n    volumes:\n      - /:/host:ro,rslave\n',
  },
]);

describe('SG-ESCAPE-001 in a compose file', () => {
  const compose = (privileged: string) =>
    `services:\n  portainer:\n    image: portainer/portainer-ce:2.27.0\n    privileged: ${privileged}\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.49.1\n`;
  const severity = (text: string, file = 'docker-compose.yml') =>
    findingsOf(text, file)
      .filter((f) => f.rule_id === 'SG-ESCAPE-001')
      .reduce((w, f) => (['CRITICAL', 'HIGH'].includes(f.severity) ? f.severity : w), 'MEDIUM' as string);

  it('should read `privileged: false` as no host power (MEDIUM) and `privileged: true` as one (HIGH)', () => {
    expect(severity(compose('false'))).toBe('MEDIUM');
    expect(severity(compose('"false"'))).toBe('MEDIUM');
    expect(severity(compose('true'))).toBe('HIGH');
  });

  it('should judge the host powers of the service that mounts the socket, not of its neighbours', () => {
    const neighbours =
      'services:\n  promtail:\n    image: grafana/promtail:3.0.0\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n  node-exporter:\n    image: prom/node-exporter\n    pid: host\n    volumes:\n      - /:/host:ro,rslave\n';
    expect(severity(neighbours)).toBe('MEDIUM');
    const same =
      'services:\n  helper:\n    image: alpine\n    pid: host\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n';
    expect(severity(same)).toBe('HIGH');
  });

  it('should rate a privileged monitoring agent that binds the socket and the host read-only MEDIUM', () => {
    const agent = (extra: string) =>
      `services:\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.49.1\n    privileged: true\n    volumes:\n      - /:/rootfs:ro\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n      - /sys:/sys:ro\n${extra}`;
    expect(severity(agent(''))).toBe('MEDIUM');
    // A writable host path, a long-form bind, or entering the host keeps it HIGH.
    expect(severity(agent('      - /etc:/host-etc\n'))).toBe('HIGH');
    expect(severity(agent('      - type: bind\n        source: /\n        target: /h\n'))).toBe('HIGH');
    expect(severity(agent('    command: ["nsenter", "-t", "1", "-m", "sh"]\n'))).toBe('HIGH');
    const writableSocket = agent('').replace('docker.sock:ro', 'docker.sock');
    expect(severity(writableSocket)).toBe('HIGH');
  });

  it('should rate a YAML setting naming the socket as an endpoint MEDIUM, not a command using it', () => {
    const promtail =
      'scrape_configs:\n  - job_name: docker\n    docker_sd_configs:\n      - host: unix:///var/run/docker.sock\n        refresh_interval: 30s\n';
    expect(severity(promtail, 'promtail.yml')).toBe('MEDIUM');
    const command =
      'steps:\n  - run: docker -H unix:///var/run/docker.sock run --rm -v /:/host alpine chroot /host\n';
    expect(severity(command, 'ci.yml')).toBe('HIGH');
    expect(severity(`${promtail}extra:\n  privileged: true\n`, 'promtail.yml')).toBe('HIGH');
  });

  it('should read 1 MiB compose files and settings quickly', () => {
    const MiB = 1024 * 1024;
    for (const [text, file] of [
      [
        'services:\n' +
          '  s:\n    privileged: true\n    volumes:\n      - /var/run/docker.sock:/x:ro\n'.repeat(MiB / 70),
        'c.yml',
      ],
      [
        'services:\n  s:\n    privileged: true\n' +
          '      - /' +
          ':'.repeat(MiB) +
          '\n      - /var/run/docker.sock:/x:ro\n',
        'c.yml',
      ],
      ['host: unix:///var/run/docker.sock' + ' '.repeat(MiB) + 'x\n', 'p.yml'],
      ['x ==' + ' '.repeat(MiB) + '"/var/run/docker.sock"\n', 'a.sh'],
    ]) {
      const t0 = performance.now();
      findingsOf(text, file);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});

describe('SG-ESCAPE-001 on a comparison with the socket path', () => {
  it('should rate an audit comparing a mount source with the socket path MEDIUM', () => {
    const severity = (code: string) =>
      findingsOf(code, 'audit.sh').find((f) => f.rule_id === 'SG-ESCAPE-001')?.severity;
    expect(
      severity(
        '#!/usr/bin/env bash\nfor id in $(docker ps -q); do\n  j=$(docker inspect "$id")\n  jq -e \'.[0].Mounts[]? | select(.Source=="/var/run/docker.sock")\' <<<"$j" && echo sock\ndone\n',
      ),
    ).toBe('MEDIUM');
    expect(severity('#!/bin/sh\ndocker run -v /var/run/docker.sock:/var/run/docker.sock img\n')).toBe('HIGH');
  });
});

describe('SG-ESCAPE-003 under kubectl debug', () => {
  const severity = (md: string) => findingsOf(md).find((f) => f.rule_id === 'SG-ESCAPE-003')?.severity;

  it('should rate /proc/1/root inside a kubectl debug session MEDIUM, also with flags before `debug`', () => {
    const debug = (cmd: string) => `\`\`\`bash\n${cmd}\n# inside: ls /proc/1/root/app\n\`\`\`\n`;
    expect(severity(debug('kubectl -n $NS debug -it $POD --image=busybox:1.36 --target=app -- sh'))).toBe(
      'MEDIUM',
    );
    expect(severity(debug('kubectl --context prod -n shop debug -it pod/x --target=app -- sh'))).toBe(
      'MEDIUM',
    );
    expect(severity(debug('kubectl -n $NS exec -it $POD -- sh'))).toBe('HIGH');
  });

  it('should read 1 MiB of kubectl flags quickly', () => {
    const t0 = performance.now();
    findingsOf(
      '```bash\nkubectl' + ' -n x'.repeat((1024 * 1024) / 5) + '\ncat /proc/1/root/etc/shadow\n```\n',
    );
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('SG-ESCAPE-001 on a file test of the socket', () => {
  const severity = (code: string) =>
    findingsOf(code, 'audit.sh')
      .filter((f) => f.rule_id === 'SG-ESCAPE-001')
      .reduce((w, f) => (['CRITICAL', 'HIGH'].includes(f.severity) ? f.severity : w), 'MEDIUM' as string);

  it('should rate an audit that tests the socket and stats its mode MEDIUM', () => {
    const audit =
      '#!/usr/bin/env bash\nif [[ -S /var/run/docker.sock ]]; then\n  m=$(stat -c %a /var/run/docker.sock)\n  [[ "$m" == *6 ]] && echo "world-writable socket"\nfi\n';
    expect(severity(audit)).toBe('MEDIUM');
  });

  it('should keep a test of the socket HIGH in a script that then talks to it or starts containers', () => {
    const use = (next: string) =>
      `#!/bin/sh\nS=/var/run/docker.sock\nif [ -S /var/run/docker.sock ]; then\n  ${next}\nfi\n`;
    expect(severity(use('curl -s --unix-socket "$S" http://d/containers/json'))).toBe('HIGH');
    expect(severity(use('docker -H "unix://$S" run -v /:/host alpine chroot /host'))).toBe('HIGH');
    expect(severity(use('socat - UNIX-CONNECT:"$S"'))).toBe('HIGH');
  });
});

describeRuleCases('container escape (argument vectors and engine API calls in programs)', [
  {
    id: 'SG-ESCAPE-002',
    // A promisified execFile: each word its own string literal.
    file: 'scripts/server.js',
    positive:
      "const run = promisify(execFile);\nasync function onHost(args) {\n  return run('docker', [\n    'run', '--rm', '--privileged', '--pid=host',\n    'alpine:3.20',\n    'nsenter', '-t', '1', '-m', '-u', '-n', '-p', '--', ...args,\n  ]);\n}\n",
    negative:
      "const run = promisify(execFile);\nasync function status(unit) {\n  return run('docker', ['exec', 'game', 'systemctl', 'is-active', unit]);\n}\n",
  },
  {
    id: 'SG-ESCAPE-002',
    file: 'tools/host.py',
    positive:
      'import subprocess\nTARGET = "1"\nsubprocess.run(["nsenter", "--target", TARGET, "--mount", "--", "systemctl", "restart", unit])\n',
    negative: 'import subprocess\nTARGET = "1"\nsubprocess.run(["systemctl", "restart", unit])\n',
  },
  {
    id: 'SG-ESCAPE-006',
    // dockerode's HostConfig: privileged, host PID and the host root bound writable.
    file: 'bot/restart.js',
    positive:
      "const c = await docker.createContainer({\n  Image: 'alpine:3.20',\n  HostConfig: { Privileged: true, PidMode: 'host', Binds: ['/:/host'] },\n});\n",
    negative:
      "const c = await docker.createContainer({\n  Image: 'prom/node-exporter',\n  HostConfig: { Privileged: true, PidMode: 'host', Binds: ['/:/host:ro'] },\n});\n",
  },
]);

describe('adversarial argument vectors', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['open arrays', "['docker', ".repeat(MiB / 11)],
    ['brackets in strings', "x = ['[', " + "'[', ".repeat(MiB / 5)],
    ['program openers', "run('docker', [".repeat(MiB / 15)],
    ['long arrays of names', "spawn('a', [" + 'b, '.repeat(MiB / 3) + ']);'],
    [
      'names to look up',
      "x = ['nsenter', " + Array.from({ length: MiB / 8 }, (_, i) => `n${i % 999}, `).join('') + ']',
    ],
    ['Go commands', 'exec.Command("a", '.repeat(MiB / 18)],
    ['arrays of distinct names', Array.from({ length: MiB / 16 }, (_, i) => `['a', n${i}], `).join('')],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    for (const path of ['scripts/x.js', 'scripts/x.py']) {
      expectScansQuickly([text], path);
    }
  });
});
