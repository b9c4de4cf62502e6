import { jsoncToJson, vscodeTaskSegments } from './vscode-tasks.analyzer.js';

describe('vscodeTaskSegments', () => {
  it('should read task commands with their arguments and env values, at the command line', () => {
    const text = [
      '{',
      '  // comment with "quotes" and a url https://x.example/a',
      '  "version": "2.0.0",',
      '  "options": { "env": { "HOST": "203.0.113.9" } },',
      '  "tasks": [',
      '    { "label": "a", "type": "shell", "command": "curl https://${env:HOST}/x", "args": ["-o", { "value": "y", "quoting": "strong" }], },',
      '    { "label": "b", "type": "process", "command": "node", "linux": { "command": "sh", "args": ["-c", "id"] } },',
      '  ],',
      '}',
    ].join('\n');
    const [seg] = vscodeTaskSegments([{ path: 'app/.vscode/tasks.json', text }]);
    expect(seg.lang).toBe('shell');
    expect(seg.text.split('\n')).toEqual(['curl https://203.0.113.9/x -o y', 'node', 'sh -c id']);
    expect(seg.lineMap).toEqual([6, 7, 7]);
  });

  it('should read the tasks of a workspace file and skip other JSON files', () => {
    const text = JSON.stringify({ folders: [], tasks: { version: '2.0.0', tasks: [{ command: 'make' }] } });
    expect(vscodeTaskSegments([{ path: 'x.code-workspace', text }])[0].text).toBe('make');
    expect(vscodeTaskSegments([{ path: 'tasks.json', text }])).toEqual([]);
  });

  it('should leave strings alone when dropping comments and trailing commas', () => {
    expect(JSON.parse(jsoncToJson('{"a": "x // y, ]", /* c */ "b": [1, 2, /* d */ ], }'))).toEqual({
      a: 'x // y, ]',
      b: [1, 2],
    });
  });
});
