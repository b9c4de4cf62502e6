import { UsageError, parseCliArgs } from './cli-args.js';

describe('parseCliArgs', () => {
  it('should read a scan with defaults', () => {
    expect(parseCliArgs(['scan', 'a', 'b'])).toEqual({
      kind: 'scan',
      paths: ['a', 'b'],
      format: 'text',
      failOn: 'HIGH',
      llm: true,
    });
  });

  it('should read every option, case-insensitively for values', () => {
    expect(parseCliArgs(['scan', '--format', 'JSON', '--fail-on', 'medium', '--no-llm', 'x'])).toMatchObject({
      format: 'json',
      failOn: 'MEDIUM',
      llm: false,
      paths: ['x'],
    });
  });

  it('should take paths that look like options after --', () => {
    expect(parseCliArgs(['scan', '--', '--weird'])).toMatchObject({ paths: ['--weird'] });
  });

  it('should answer help and version before anything else', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['scan', '-v'])).toEqual({ kind: 'version' });
  });

  it.each([[[]], [['scan']], [['lint', 'x']], [['scan', 'x', '--format', 'xml']], [['scan', 'x', '--nope']]])(
    'should throw a UsageError for %j',
    (argv) => {
      expect(() => parseCliArgs(argv)).toThrow(UsageError);
    },
  );
});
