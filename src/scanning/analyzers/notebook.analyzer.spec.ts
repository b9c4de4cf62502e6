import { notebookSegments } from './notebook.analyzer.js';

const notebook = (cells: { cell_type: string; source: string[] | string }[]) =>
  JSON.stringify({ cells, metadata: {}, nbformat: 4 }, null, 1);

describe('notebookSegments', () => {
  it('should read each code cell as a Python segment whose lines map to the JSON file', () => {
    const text = notebook([
      { cell_type: 'markdown', source: ['# Setup\n', 'curl | sh in prose'] },
      { cell_type: 'code', source: ['import os\n', '# a comment\n', 'os.system(cmd)'] },
    ]);
    const [seg, ...rest] = notebookSegments('nb/setup.ipynb', text);
    expect(rest).toEqual([]);
    expect([seg.kind, seg.lang, seg.block]).toEqual(['code', 'python', 'nb/setup.ipynb#cell1']);
    expect(seg.text).not.toContain('a comment');
    const lines = text.split('\n');
    expect(lines[seg.line + 2 - 1]).toContain('os.system(cmd)');
  });

  it('should read shell escapes and %%bash cells as shell', () => {
    const segs = notebookSegments(
      'a.ipynb',
      notebook([
        { cell_type: 'code', source: ['!pip install rich\n', 'import rich'] },
        { cell_type: 'code', source: ['%%bash\n', 'echo hi'] },
      ]),
    );
    expect(segs.map((s) => s.lang)).toEqual(['python', 'shell', 'shell']);
    expect(segs[0].text).not.toContain('pip install');
    expect(segs[1].text).toContain('pip install rich');
  });

  it('should give nothing for a file that is not a notebook', () => {
    expect(notebookSegments('a.ipynb', '{"cells": 3}')).toEqual([]);
    expect(notebookSegments('a.ipynb', 'not json')).toEqual([]);
  });
});
