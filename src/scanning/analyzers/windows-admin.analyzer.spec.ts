import { registryFileSegments, scheduledTaskSegments } from './windows-admin.analyzer.js';

describe('scheduledTaskSegments', () => {
  it('should read each Exec action as its command and arguments, unescaped, at the Command line', () => {
    const text =
      '<Task>\n<Settings><ExecutionTimeLimit>PT0S</ExecutionTimeLimit></Settings>\n<Actions>\n<Exec>\n<Command>cmd.exe</Command>\n<Arguments>/c echo a &amp;&amp; echo &quot;b&quot;</Arguments>\n</Exec>\n<Exec><Command><![CDATA[C:\\x.exe]]></Command></Exec>\n</Actions>\n</Task>\n';
    const [seg] = scheduledTaskSegments([{ path: 'gpo/Task.xml', text }]);
    expect(seg.text).toBe('cmd.exe /c echo a && echo "b"\nC:\\x.exe');
    expect(seg.lang).toBe('shell');
    expect(seg.lineMap).toEqual([5, 8]);
  });
  it('should read a Group Policy Preferences v1 task from its attributes', () => {
    const text =
      '<ScheduledTasks><Task clsid="{x}" name="t"><Properties/></Task><Task name="u" appName="cmd.exe" args="/c del x"/></ScheduledTasks>';
    expect(scheduledTaskSegments([{ path: 'ScheduledTasks.xml', text }])[0].text).toBe('cmd.exe /c del x');
  });
  it('should read nothing from scripts or XML without actions', () => {
    expect(scheduledTaskSegments([{ path: 'a.ps1', text: '<Exec><Command>x</Command></Exec>' }])).toEqual([]);
    expect(scheduledTaskSegments([{ path: 'pom.xml', text: '<project><exec>mvn</exec></project>' }])).toEqual(
      [],
    );
  });
  it('should read 1 MiB of unclosed actions quickly', () => {
    const t0 = Date.now();
    scheduledTaskSegments([{ path: 't.xml', text: '<Exec '.repeat((1024 * 1024) / 6) }]);
    scheduledTaskSegments([{ path: 't.xml', text: '<Task appName="'.repeat((1024 * 1024) / 15) }]);
    expect(Date.now() - t0).toBeLessThan(200);
  });
});

describe('registryFileSegments', () => {
  it('should read each value as the reg add that writes it, and deletions as reg delete', () => {
    const text =
      'Windows Registry Editor Version 5.00\r\n\r\n; note\r\n[HKEY_CURRENT_USER\\Software\\X]\r\n"Path"="C:\\\\Tools\\\\x.exe"\r\n"N"=dword:0000000a\r\n@="d"\r\n"E"=hex(2):25,00,41,00,25,00,00,00\r\n"Old"=-\r\n[-HKEY_CURRENT_USER\\Software\\Y]\r\n';
    const [seg] = registryFileSegments([{ path: 'x.reg', text }]);
    expect(seg.text.split('\n')).toEqual([
      'reg add "HKEY_CURRENT_USER\\Software\\X" /v "Path" /t REG_SZ /d "C:\\Tools\\x.exe" /f',
      'reg add "HKEY_CURRENT_USER\\Software\\X" /v "N" /t REG_DWORD /d 10 /f',
      'reg add "HKEY_CURRENT_USER\\Software\\X" /ve /t REG_SZ /d "d" /f',
      'reg add "HKEY_CURRENT_USER\\Software\\X" /v "E" /t REG_EXPAND_SZ /d "%A%" /f',
      'reg delete "HKEY_CURRENT_USER\\Software\\X" /v "Old" /f',
      'reg delete "HKEY_CURRENT_USER\\Software\\Y" /f',
    ]);
    expect(seg.lineMap).toEqual([5, 6, 7, 8, 9, 10]);
  });
  it('should read nothing from a file without the registry header', () => {
    expect(registryFileSegments([{ path: 'notes.reg', text: '[HKLM\\X]\n"a"=dword:1\n' }])).toEqual([]);
  });
  it('should read 1 MiB of continued hex values quickly', () => {
    const t0 = Date.now();
    registryFileSegments([
      { path: 'x.reg', text: 'REGEDIT4\n[HKLM\\X]\n' + '"a"=hex:41,\\\n'.repeat((1024 * 1024) / 13) },
    ]);
    expect(Date.now() - t0).toBeLessThan(200);
  });
});
