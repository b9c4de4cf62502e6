import { scanStatic } from '../engine.js';
import type { Finding } from '../scan.types.js';

/** One positive and one negative sample for a rule; `file` picks the analyser (default SKILL.md). */
export interface RuleCase {
  id: string;
  positive: string;
  negative: string;
  file?: string;
  frontmatter?: Record<string, unknown>;
}

export const sh = (code: string) => `# Tool\n\n\`\`\`bash\n${code}\n\`\`\`\n`;
export const py = (code: string) => `# Tool\n\n\`\`\`python\n${code}\n\`\`\`\n`;
export const js = (code: string) => `# Tool\n\n\`\`\`js\n${code}\n\`\`\`\n`;

export function findingsOf(
  text: string,
  file = 'SKILL.md',
  frontmatter?: Record<string, unknown>,
): Finding[] {
  return scanStatic({ files: [{ path: file, content: Buffer.from(text) }], frontmatter }).findings;
}

/** Table-driven spec: every rule fires on its positive sample and stays silent on its negative one. */
export function describeRuleCases(family: string, cases: RuleCase[]): void {
  describe(`${family} rules`, () => {
    it.each(cases)('should flag $id on its positive sample', ({ id, positive, file, frontmatter }) => {
      const found = findingsOf(positive, file, frontmatter).filter((f) => f.rule_id === id);
      expect(found.length).toBeGreaterThan(0);
      expect(found[0].line).toBeGreaterThanOrEqual(1);
    });
    it.each(cases)('should not flag $id on its negative sample', ({ id, negative, file, frontmatter }) => {
      expect(findingsOf(negative, file, frontmatter).map((f) => f.rule_id)).not.toContain(id);
    });
  });
}
