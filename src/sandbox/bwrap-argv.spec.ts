import { bwrapArgs, prlimitArgv } from './bwrap-argv.js';
import { DEFAULT_LIMITS } from './sandbox.types.js';

const program = ['/usr/bin/python3', '-B', '/skill/run.py', 'arg'];

describe('bwrapArgs', () => {
  it('should unshare everything, drop capabilities and mount the skill read-only', () => {
    const args = bwrapArgs('/tmp/skill', program, DEFAULT_LIMITS, []);
    const line = args.join(' ');
    expect(line).toContain('--unshare-all --unshare-user --disable-userns --die-with-parent --new-session');
    expect(line).toContain('--cap-drop ALL');
    expect(line).toContain('--ro-bind /tmp/skill /skill');
    expect(line).toContain(`--size ${16 * 1024 * 1024} --perms 1777 --tmpfs /tmp`);
    expect(line).toContain('--remount-ro /');
    expect(line).toContain('--clearenv --setenv PATH /usr/local/bin:/usr/bin:/bin --setenv HOME /tmp');
    expect(args.slice(-program.length)).toEqual(program);
  });
});

describe('prlimitArgv', () => {
  it('should turn limits into prlimit flags with a soft CPU limit below the hard one', () => {
    expect(prlimitArgv({ ...DEFAULT_LIMITS, memoryMb: 100, cpuSeconds: 5 })).toEqual([
      '/usr/bin/prlimit',
      `--as=${100 * 1024 * 1024}`,
      '--cpu=5:6',
      '--nproc=64',
      `--fsize=${16 * 1024 * 1024}`,
      '--nofile=256',
      '--core=0',
      '--',
    ]);
  });
});
