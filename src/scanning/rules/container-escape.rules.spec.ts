import { describeRuleCases, findingsOf, sh } from './rule-cases.helper.js';

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
    `services:\n  portainer:\n    image: portainer/portainer-ce:2.27.0\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.49.1\n    privileged: ${privileged}\n`;
  const severity = (text: string) =>
    findingsOf(text, 'docker-compose.yml').find((f) => f.rule_id === 'SG-ESCAPE-001')?.severity;

  it('should read `privileged: false` as no host power (MEDIUM) and `privileged: true` as one (HIGH)', () => {
    expect(severity(compose('false'))).toBe('MEDIUM');
    expect(severity(compose('"false"'))).toBe('MEDIUM');
    expect(severity(compose('true'))).toBe('HIGH');
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
