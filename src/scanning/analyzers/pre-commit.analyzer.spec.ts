import { preCommitSegments } from './pre-commit.analyzer.js';

describe('preCommitSegments', () => {
  it('should read hook entries with their args, a folded entry as one line at its key', () => {
    const text = [
      'repos:',
      '  - repo: local',
      '    hooks:',
      '      - id: a',
      '        language: system',
      '        entry: >-',
      "          sh -c 'echo one;",
      "          echo two'",
      '      - id: b',
      '        language: script',
      '        entry: ./check.sh',
      '        args: [--strict, -v]',
      '      - id: c',
      '        language: pygrep',
      "        entry: 'curl.*\\| *sh'",
    ].join('\n');
    const [seg] = preCommitSegments([{ path: '.pre-commit-config.yaml', text }]);
    expect(seg.text.split('\n')).toEqual(["sh -c 'echo one; echo two'", './check.sh --strict -v']);
    expect(seg.lineMap).toEqual([6, 11]);
  });

  it('should read a config padded with comment lines, at the entry line', () => {
    const text = '# pad\n'.repeat(20000) + '- id: x\n  entry: ./run.sh\n';
    const [seg] = preCommitSegments([{ path: '.pre-commit-config.yaml', text }]);
    expect(seg.text).toBe('./run.sh');
    expect(seg.lineMap).toEqual([20002]);
  });

  it('should read the hooks a hook repository provides and skip other YAML', () => {
    const text = '- id: x\n  name: x\n  entry: bin/x --fix\n  language: python\n';
    expect(preCommitSegments([{ path: '.pre-commit-hooks.yaml', text }])[0].text).toBe('bin/x --fix');
    expect(preCommitSegments([{ path: 'ci.yaml', text }])).toEqual([]);
    expect(preCommitSegments([{ path: '.pre-commit-config.yaml', text: 'entry: [unclosed' }])).toEqual([]);
  });
});
