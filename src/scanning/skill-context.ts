import type { SkillContext } from './rule.types.js';
import type { TextFile } from './analyzers/skill-segments.js';
import { flatString } from './analyzers/flat-string.js';

/** Who the skill says it is: used to tell a vendor's own installer from a stranger's. */
export function skillContext(files: TextFile[], frontmatter: Record<string, unknown> | null): SkillContext {
  const skill = files.find((f) => /(^|\/)skill\.md$/i.test(f.path));
  const parts: string[] = [];
  if (frontmatter) parts.push(flatString(frontmatter.name ?? ''), flatString(frontmatter.description ?? ''));
  if (skill) {
    const head = skill.text.slice(0, 4000);
    const name = /^name:\s*(.+)$/m.exec(head);
    const description = /^description:\s*(.+)$/m.exec(head);
    const title = /^#\s+(.+)$/m.exec(head);
    parts.push(name?.[1] ?? '', description?.[1] ?? '', title?.[1] ?? '');
  }
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  return {
    identity: parts.join(' ').toLowerCase(),
    frontmatter,
    fileText: (path) => byPath.get(path) ?? '',
    paths: files.map((f) => f.path),
  };
}
