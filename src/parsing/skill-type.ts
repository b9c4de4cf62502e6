import type { BundleFile } from './skill-bundle.js';
import type { SkillType } from './parsed-skill.js';

const SCRIPT_EXTENSIONS = new Set([
  '.py',
  '.sh',
  '.bash',
  '.zsh',
  '.js',
  '.mjs',
  '.cjs',
  '.ts',
  '.mts',
  '.cts',
  '.rb',
  '.pl',
  '.php',
  '.ps1',
  '.lua',
]);

export function isScript(file: BundleFile): boolean {
  const dot = file.path.lastIndexOf('.');
  const ext = dot >= 0 ? file.path.slice(dot).toLowerCase() : '';
  if (SCRIPT_EXTENSIONS.has(ext)) return true;
  return file.content.subarray(0, 2).toString('latin1') === '#!';
}

export function detectSkillType(files: BundleFile[]): { skillType: SkillType; scripts: string[] } {
  const scripts = files.filter(isScript).map((f) => f.path);
  return { skillType: scripts.length > 0 ? 'code' : 'prompt', scripts };
}
