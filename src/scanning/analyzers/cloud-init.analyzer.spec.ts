import { cloudInitSegments } from './cloud-init.analyzer.js';

const USER_DATA = [
  '#cloud-config',
  'hostname: gw',
  'write_files:',
  '  - path: /etc/gw/env',
  '    content: |',
  '      SITE=a',
  '  - path: /usr/local/sbin/relay',
  "    permissions: '0755'",
  '    content: |',
  '      #!/bin/bash',
  '      while true; do',
  '        sleep 30',
  '      done',
  '  - path: /etc/systemd/system/relay.service',
  '    content: |',
  '      [Service]',
  '      User=root',
  '      ExecStart=/usr/local/sbin/relay',
  '  - path: /opt/gw/run.py',
  '    encoding: b64',
  `    content: ${Buffer.from('import os\nos.system("id")\n').toString('base64')}`,
  'runcmd:',
  '  - [systemctl, enable, --now, relay.service]',
  "  - [sh, -c, 'echo hi >> /tmp/x']",
  '  - touch /tmp/done',
  'bootcmd:',
  '  - |',
  '    mkdir -p /run/gw',
  '    echo boot',
].join('\n');

describe('cloudInitSegments', () => {
  const segs = cloudInitSegments([{ path: 'boot/user-data', text: USER_DATA }]);
  const code = (needle: string) => segs.find((s) => s.kind === 'code' && s.text.includes(needle))!;

  it('should read a write_files script as code of its shebang language, on its file lines', () => {
    const s = code('while true');
    expect(s.lang).toBe('shell');
    expect(s.file).toBe('boot/user-data');
    const lines = s.text.split('\n');
    expect(s.lineMap![lines.findIndex((l) => l.includes('sleep 30'))]).toBe(12);
  });

  it("should read a unit's Exec lines through the systemd reader", () => {
    const s = code('/usr/local/sbin/relay');
    expect(s.text).toBe('/usr/local/sbin/relay');
    expect(s.lineMap).toEqual([18]);
  });

  it('should decode base64 contents, pinned to their entry', () => {
    const s = code('os.system');
    expect(s.lang).toBe('python');
    expect(s.pinned).toBe(true);
    expect(s.line).toBe(21);
    expect(s.depth).toBe(1);
  });

  it('should read bootcmd and runcmd entries as shell lines, list entries as one command', () => {
    const s = segs.find((x) => x.block.endsWith('#cloud-init-commands'))!;
    expect(s.text.split('\n')).toEqual([
      'mkdir -p /run/gw',
      'echo boot',
      'systemctl enable --now relay.service',
      "sh -c 'echo hi >> /tmp/x'",
      'touch /tmp/done',
    ]);
    expect(s.lineMap).toEqual([28, 29, 23, 24, 25]);
  });

  it('should read any file name but only a #cloud-config document, and survive broken YAML', () => {
    expect(cloudInitSegments([{ path: 'vm/init.yaml', text: USER_DATA }]).length).toBe(segs.length);
    expect(cloudInitSegments([{ path: 'boot/user-data', text: USER_DATA.slice(1) }])).toEqual([]);
    expect(() =>
      cloudInitSegments([{ path: 'user-data', text: '#cloud-config\nruncmd: [unclosed' }]),
    ).not.toThrow();
    expect(cloudInitSegments([{ path: 'user-data', text: '#cloud-config\n- a\n- b\n' }])).toEqual([]);
  });

  it('should read 1 MiB-ish hostile documents quickly', () => {
    const nested = '#cloud-config\nruncmd:\n' + '  - ['.repeat(1) + '['.repeat(200 * 1024);
    const many = '#cloud-config\nruncmd:\n' + '  - echo x\n'.repeat(25 * 1024);
    const b64 =
      '#cloud-config\nwrite_files:\n' +
      `  - path: /a.sh\n    encoding: gz+b64\n    content: ${'A'.repeat(240 * 1024)}\n`;
    const huge = '#cloud-config\nruncmd:\n  - |\n' + '\n'.repeat(1024 * 1024) + 'x';
    const writes =
      '#cloud-config\nwrite_files:\n' + '  - path: /a.sh\n    content: |\n      echo\n'.repeat(6000);
    for (const text of [nested, many, b64, huge, writes]) {
      const start = performance.now();
      cloudInitSegments([{ path: 'user-data', text }]);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});
