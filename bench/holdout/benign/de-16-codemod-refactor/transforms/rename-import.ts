// jscodeshift transform: move named imports from one module to another,
// optionally renaming them. Configure via CLI:
//   --from=@acme/http-legacy --to=@acme/http --rename=fetchJson:requestJson
import type { API, FileInfo, Options } from 'jscodeshift';

export default function transform(file: FileInfo, api: API, opts: Options) {
  const j = api.jscodeshift;
  const root = j(file.source);
  const from = String(opts.from);
  const to = String(opts.to);
  const renames = new Map<string, string>(
    String(opts.rename || '')
      .split(',')
      .filter(Boolean)
      .map((p) => p.split(':') as [string, string]),
  );

  let changed = false;
  root.find(j.ImportDeclaration, { source: { value: from } }).forEach((path) => {
    path.node.source.value = to;
    for (const spec of path.node.specifiers ?? []) {
      if (spec.type === 'ImportSpecifier') {
        const oldName = spec.imported.name;
        const newName = renames.get(oldName);
        if (newName) {
          root.find(j.Identifier, { name: spec.local?.name ?? oldName }).forEach((id) => {
            if (id.parent.node.type !== 'ImportSpecifier') id.node.name = newName;
          });
          spec.imported = j.identifier(newName);
          spec.local = j.identifier(newName);
        }
      }
    }
    changed = true;
  });
  return changed ? root.toSource({ quote: 'single' }) : file.source;
}
