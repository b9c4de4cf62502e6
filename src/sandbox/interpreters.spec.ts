import { interpreterArgv } from './interpreters.js';
import { SandboxInputError } from './sandbox.types.js';

describe('interpreterArgv', () => {
  it('should pick the interpreter from the extension and point at the skill mount', () => {
    expect(interpreterArgv('scripts/a.py')).toEqual(['/usr/bin/python3', '-B', '/skill/scripts/a.py']);
    expect(interpreterArgv('run.sh')).toEqual(['/usr/bin/bash', '/skill/run.sh']);
    expect(interpreterArgv('x.mjs', { node: ['--jitless'] })).toEqual([
      '/usr/bin/node',
      '--jitless',
      '/skill/x.mjs',
    ]);
  });

  it('should refuse a file it cannot run', () => {
    expect(() => interpreterArgv('tool.exe')).toThrow(SandboxInputError);
  });
});
