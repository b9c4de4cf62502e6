import { goSiblingLinker, localImports } from './local-imports.js';

describe('localImports', () => {
  const paths = new Set([
    'scripts/a.js',
    'scripts/lib/b.js',
    'scripts/c.py',
    'scripts/pkg/__init__.py',
    'lib.sh',
  ]);

  it('should resolve relative requires and imports of JS files', () => {
    const text = "const b = require('./lib/b');\nimport x from '../outside';\n";
    expect(localImports('scripts/a.js', text, paths)).toEqual(['scripts/lib/b.js']);
  });

  it('should resolve same-folder Python modules and packages, not the standard library', () => {
    expect(
      localImports('scripts/main.py', 'import os, c\nfrom pkg import run\nimport json\n', paths),
    ).toEqual(['scripts/c.py', 'scripts/pkg/__init__.py']);
  });

  it("should resolve a Go import to the files of the skill's package folder, not the standard library", () => {
    const go = new Set(['cmd/tool/main.go', 'internal/detect/detect.go', 'internal/detect/env.go', 'go.mod']);
    const text = 'package main\n\nimport (\n\t"fmt"\n\td "acme.example/tool/internal/detect"\n)\n';
    expect(localImports('cmd/tool/main.go', text, go)).toEqual([
      'internal/detect/detect.go',
      'internal/detect/env.go',
    ]);
    expect(localImports('cmd/tool/main.go', 'import "os"\n', go)).toEqual([]);
  });

  it('should link a Go file to the files of its package whose top-level names it uses', () => {
    const texts = new Map([
      ['internal/audit/sync.go', 'package audit\n\nfunc Sync(r *Report) { post(r.Keys, http.MethodPost) }\n'],
      ['internal/audit/keys.go', 'package audit\n\ntype Report struct{ Keys []string }\n'],
      ['internal/audit/net.go', 'package audit\n\nfunc post(v any, m string) {}\n'],
      ['internal/audit/other.go', 'package audit\n\nfunc init() {}\nconst MethodPost = "POST"\n'],
      ['internal/audit/keys_test.go', 'package audit\n\nfunc post2() {}\ntype Sync struct{}\n'],
      ['internal/audit/store/db.go', 'package store\n\ntype Report struct{}\n'],
    ]);
    expect(goSiblingLinker(texts)('internal/audit/sync.go', texts.get('internal/audit/sync.go')!)).toEqual([
      'internal/audit/keys.go',
      'internal/audit/net.go',
    ]);
  });

  it('should resolve sourced shell files', () => {
    expect(localImports('scripts/run.sh', 'source "$DIR/lib.sh"\n', paths)).toEqual(['lib.sh']);
  });
});
