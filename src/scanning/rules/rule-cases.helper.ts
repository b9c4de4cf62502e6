import { scanStatic } from '../engine.js';
import type { Finding } from '../scan.types.js';

/** One positive and one negative sample for a rule; `file` picks the analyser (default SKILL.md). */
export interface RuleCase {
  id: string;
  positive: string;
  negative: string;
  file?: string;
  frontmatter?: Record<string, unknown>;
  /** Other files of the skill, present for both samples (cross-file rules). */
  others?: Record<string, string>;
}

export const sh = (code: string) => `# Tool\n\n\`\`\`bash\n${code}\n\`\`\`\n`;
export const py = (code: string) => `# Tool\n\n\`\`\`python\n${code}\n\`\`\`\n`;
export const js = (code: string) => `# Tool\n\n\`\`\`js\n${code}\n\`\`\`\n`;

export function findingsOf(
  text: string,
  file = 'SKILL.md',
  frontmatter?: Record<string, unknown>,
  others: Record<string, string> = {},
): Finding[] {
  const files = [[file, text], ...Object.entries(others)].map(([path, content]) => ({
    path,
    content: Buffer.from(content),
  }));
  return scanStatic({ files, frontmatter }).findings;
}

/** Table-driven spec: every rule fires on its positive sample and stays silent on its negative one. */
export function describeRuleCases(family: string, cases: RuleCase[]): void {
  describe(`${family} rules`, () => {
    it.each(cases)(
      'should flag $id on its positive sample',
      ({ id, positive, file, frontmatter, others }) => {
        const found = findingsOf(positive, file, frontmatter, others).filter((f) => f.rule_id === id);
        expect(found.length).toBeGreaterThan(0);
        expect(found[0].line).toBeGreaterThanOrEqual(1);
      },
    );
    it.each(cases)(
      'should not flag $id on its negative sample',
      ({ id, negative, file, frontmatter, others }) => {
        expect(findingsOf(negative, file, frontmatter, others).map((f) => f.rule_id)).not.toContain(id);
      },
    );
  });
}

/** Adversarial inputs: each text must get through the whole engine within its second per MiB. */
export function expectScansQuickly(
  texts: string[],
  file = 'SKILL.md',
  frontmatter?: Record<string, unknown>,
  others: Record<string, string> = {},
): void {
  for (const text of texts) {
    const start = performance.now();
    findingsOf(text, file, frontmatter, others);
    expect(performance.now() - start).toBeLessThan(1000);
  }
}
