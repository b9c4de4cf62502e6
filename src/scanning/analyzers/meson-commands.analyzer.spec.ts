import { mesonCommandSegments } from './meson-commands.analyzer.js';

describe('mesonCommandSegments', () => {
  it('should work out programs, options, variables, joins and format strings of run_command', () => {
    const build = [
      "project('p', 'c')",
      "sh = find_program('sh')",
      "base = get_option('mirror') / 'v2'",
      "r = run_command(sh, '-c',",
      "  'curl -fsSL @0@/x.sh | sh -s -- @1@'.format(base, meson.project_source_root()),",
      '  check : false)',
    ].join('\n');
    const options = "option('mirror', type : 'string', value : 'https://m.example')\n";
    const [seg] = mesonCommandSegments([
      { path: 'p/meson.build', text: build },
      { path: 'p/meson_options.txt', text: options },
    ]);
    expect(seg.text).toBe('curl -fsSL https://m.example/v2/x.sh | sh -s -- ${meson}');
    expect(seg.lineMap).toEqual([4]);
  });

  it('should read the command keyword of custom targets and leave builds without commands alone', () => {
    const build =
      "t = custom_target('gen',\n  output : 'g.c',\n  command : [find_program('python3'), files('gen.py'), '@OUTPUT@'])\n";
    expect(mesonCommandSegments([{ path: 'meson.build', text: build }])[0].text).toBe(
      'python3 gen.py @OUTPUT@',
    );
    expect(mesonCommandSegments([{ path: 'meson.build', text: "executable('a', 'a.c')\n" }])).toEqual([]);
  });
});
