import { nodeRedFlowSegments } from './node-red-flows.analyzer.js';

describe('nodeRedFlowSegments', () => {
  const text = JSON.stringify(
    [
      { id: 't', type: 'tab', label: 'x' },
      {
        id: 'a',
        type: 'exec',
        z: 't',
        command: 'ls -l',
        addpay: 'payload',
        append: '| wc -l',
        wires: [['b']],
      },
      { id: 'b', type: 'function', z: 't', func: '// note\nreturn msg;', wires: [['c']] },
      { id: 'c', type: 'http request', z: 't', method: 'POST', url: 'https://x.example/a', wires: [[]] },
    ],
    null,
    2,
  );

  it('should read exec commands, function code and request URLs at their lines, in one block', () => {
    const segs = nodeRedFlowSegments([{ path: 'flows/f.json', text }]);
    const shell = segs.find((s) => s.lang === 'shell')!;
    expect(shell.text).toBe('ls -l "$PAYLOAD" | wc -l');
    expect(shell.lineMap).toEqual([text.split('\n').findIndex((l) => l.includes('"ls -l"')) + 1]);
    const js = segs.filter((s) => s.lang === 'js').map((s) => s.text);
    expect(js[0]).toContain('return msg;');
    expect(js[0]).not.toContain('note');
    expect(js[1]).toBe('msg.method = "POST"; msg.url = "https://x.example/a";');
    expect(new Set(segs.map((s) => s.block))).toEqual(new Set(['flows/f.json#node-red']));
  });

  it('should skip JSON that is not a flow', () => {
    const other = JSON.stringify([{ id: 'a', type: 'exec', command: 'ls' }, { name: 'wires' }]);
    expect(nodeRedFlowSegments([{ path: 'data.json', text: other }])).toEqual([]);
    expect(nodeRedFlowSegments([{ path: 'flows/f.yaml', text }])).toEqual([]);
  });
});
