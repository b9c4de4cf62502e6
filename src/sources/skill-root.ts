import type { BundleFile } from '../parsing/skill-bundle.js';
import { baseName, isInsideFolder, parentFolder, relativeToFolder } from './bundle-path.js';
import { SourceError } from './source-error.js';

export const SKILL_FILE = 'SKILL.md';
const LISTED_PATHS = 20;

/**
 * The folder that holds the skill, among the file paths of an archive or repository:
 * the folder of the SKILL.md that contains every other SKILL.md (the root when there is one there).
 * Several unrelated SKILL.md → 422 listing them; none → 422.
 */
export function chooseSkillFolder(paths: readonly string[], where = 'the archive'): string {
  const skillFolders = paths.filter((path) => baseName(path) === SKILL_FILE).map(parentFolder);
  if (skillFolders.length === 0) throw missingSkillFile(paths, where);
  const outer = skillFolders.find((folder) => skillFolders.every((other) => isInsideFolder(other, folder)));
  if (outer !== undefined) return outer;
  const listed = skillFolders
    .map((folder) => (folder === '' ? SKILL_FILE : `${folder}/${SKILL_FILE}`))
    .sort()
    .slice(0, LISTED_PATHS);
  const more = skillFolders.length > LISTED_PATHS ? ` and ${skillFolders.length - LISTED_PATHS} more` : '';
  throw new SourceError(
    422,
    `${capitalise(where)} holds several skills and none at its root: ${listed.join(', ')}${more}. ` +
      'Import one skill at a time (point at its folder).',
  );
}

/** The files inside `folder`, with paths made relative to it. */
export function rebaseOnFolder(files: readonly BundleFile[], folder: string): BundleFile[] {
  return files
    .filter((file) => isInsideFolder(file.path, folder) && file.path !== folder)
    .map((file) => ({ ...file, path: relativeToFolder(file.path, folder) }));
}

function missingSkillFile(paths: readonly string[], where: string): SourceError {
  const nearMiss = paths.find((path) => baseName(path).toLowerCase() === SKILL_FILE.toLowerCase());
  const hint = nearMiss ? ` Found "${nearMiss}": the file must be named exactly ${SKILL_FILE}.` : '';
  return new SourceError(
    422,
    `No ${SKILL_FILE} found in ${where}: a skill is a folder holding ${SKILL_FILE}.${hint}`,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
