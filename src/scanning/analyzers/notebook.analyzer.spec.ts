import { notebookSegments } from './notebook.analyzer.js';

const notebook = (cells: { cell_type: string; source: string[] | string }[], language?: string) =>
  JSON.stringify(
    { cells, metadata: language ? { language_info: { name: language } } : {}, nbformat: 4 },
    null,
    1,
  );

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
    expect(lines[seg.lineMap![2] - 1]).toContain('os.system(cmd)');
  });

  it('should take the kernel language from the metadata and leave unknown ones unlexed', () => {
    expect(
      notebookSegments('a.ipynb', notebook([{ cell_type: 'code', source: 'x' }], 'javascript'))[0].lang,
    ).toBe('js');
    expect(notebookSegments('a.ipynb', notebook([{ cell_type: 'code', source: 'x' }], 'R'))[0].lang).toBe(
      'other',
    );
  });

  it('should give nothing for a file that is not a notebook', () => {
    expect(notebookSegments('a.ipynb', '{"cells": 3}')).toEqual([]);
    expect(notebookSegments('a.ipynb', 'not json')).toEqual([]);
  });
});
