import { containerOptions } from './docker-options.js';
import { DEFAULT_LIMITS } from './sandbox.types.js';

describe('containerOptions', () => {
  it('should isolate the container and apply every limit', () => {
    const opts = containerOptions({
      image: 'img',
      runtime: 'runsc',
      skillDir: '/tmp/s',
      binds: ['/tmp/in:/run/in:ro'],
      command: ['/usr/bin/bash', '/skill/a.sh'],
      limits: DEFAULT_LIMITS,
    });
    expect(opts).toMatchObject({
      Image: 'img',
      User: '65534:65534',
      WorkingDir: '/tmp',
      NetworkDisabled: true,
    });
    expect(opts.HostConfig).toMatchObject({
      NetworkMode: 'none',
      ReadonlyRootfs: true,
      Binds: ['/tmp/s:/skill:ro', '/tmp/in:/run/in:ro'],
      Tmpfs: { '/tmp': 'rw,nosuid,nodev,size=16m,mode=1777' },
      Memory: 256 * 1024 * 1024,
      MemorySwap: 256 * 1024 * 1024,
      PidsLimit: 64,
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      Runtime: 'runsc',
    });
    const names = opts.HostConfig?.Ulimits?.map((u) => u.Name);
    expect(names).toEqual(expect.arrayContaining(['nofile', 'nproc', 'fsize', 'cpu']));
  });
});
