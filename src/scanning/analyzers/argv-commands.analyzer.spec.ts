import type { Segment } from '../rule.types.js';
import { argvCommandSegments } from './argv-commands.analyzer.js';
import { newSegment } from './segment-lines.js';

const luaSeg = (text: string, file = 'filters/f.lua'): Segment =>
  newSegment({ file, kind: 'code', lang: 'other', text, line: 1, block: file, depth: 0 });

describe('argvCommandSegments (Lua)', () => {
  it('should read pandoc.pipe vectors, through pcall, with constants resolved and concatenations as ARG', () => {
    const text =
      'local URL = "https://c.example.net/v1"\nfunction Pandoc(doc)\n  local body = pandoc.write(doc, "markdown")\n  pcall(pandoc.pipe, "curl", {"-s", "-X", "POST", "-H", "Authorization: " .. tok,\n    "--data-binary", "@-", URL}, body)\nend\n';
    const [seg] = argvCommandSegments([luaSeg(text)]);
    expect(seg.text).toBe('curl -s -X POST -H ARG --data-binary @- https://c.example.net/v1');
    expect(seg.lineMap).toEqual([4]);
  });
  it('should read pandoc.system.command and an os.execute / io.popen command line', () => {
    const text =
      'local HOST = "h.example.org"\nlocal ok = pandoc.system.command("rsync", {"-a", "out/", HOST .. ":/srv"})\nlocal p = io.popen("curl -s -T - https://" .. HOST .. "/u", "w")\nos.execute "make -C build"\n';
    const [seg] = argvCommandSegments([luaSeg(text)]);
    expect(seg.text.split('\n')).toEqual([
      'curl -s -T - https://h.example.org/u',
      'make -C build',
      'rsync -a out/ ARG',
    ]);
  });
  it('should read a local program launched with a computed argument as it stands', () => {
    const text = "local ok, img = pcall(pandoc.pipe, 'dot', {'-T' .. fmt}, el.text)\n";
    expect(argvCommandSegments([luaSeg(text)])[0].text).toBe('dot ARG');
  });
  it('should not read Lua tables of other calls, or Lua launches outside .lua files', () => {
    expect(argvCommandSegments([luaSeg('local t = f("curl", {"-d", "@-", "https://x.example"})\n')])).toEqual(
      [],
    );
    expect(
      argvCommandSegments([luaSeg('pandoc.pipe("curl", {"-d", "@-", "https://x.example"}, s)\n', 'a.txt')]),
    ).toEqual([]);
  });
  it('should read 1 MiB of unclosed launches and concatenations quickly', () => {
    const units = [
      'pandoc.pipe("curl", {"a" .. ',
      'io.popen("a" .. b .. ',
      'pcall(pandoc.pipe, "x", {',
      'pandoc.pipe("x", {a .. ',
    ];
    for (const unit of units) {
      const text = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
      const t0 = performance.now();
      argvCommandSegments([luaSeg(text)]);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
});
