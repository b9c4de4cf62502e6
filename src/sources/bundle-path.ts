import { SourceError } from './source-error.js';

const MAX_PATH_LENGTH = 1024;
// C0/C1 control characters and DEL: never legitimate in a skill file name, often used to hide one.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

export interface EntryPath {
  /** POSIX relative path without `.`/empty segments and without a trailing slash. */
  path: string;
  /** The entry named a folder (trailing slash). */
  isDirectory: boolean;
}

/**
 * Validates an archive entry name and returns it normalised, or refuses the archive (422).
 * Refused: absolute paths, drive letters, backslashes, `..` segments, control characters,
 * paths deeper than `maxNestingDepth` folders.
 */
export function normaliseEntryPath(rawName: string, maxNestingDepth: number): EntryPath {
  const refuse = (why: string): never => {
    throw new SourceError(422, `Archive entry ${JSON.stringify(rawName)} was refused: ${why}.`);
  };
  if (rawName.length === 0) refuse('the name is empty');
  if (rawName.length > MAX_PATH_LENGTH) refuse(`the name is longer than ${MAX_PATH_LENGTH} characters`);
  if (CONTROL_CHARACTERS.test(rawName)) refuse('the name contains control characters');
  if (rawName.includes('\\')) refuse('backslashes are not allowed in paths (use "/")');
  if (/^[a-zA-Z]:/.test(rawName)) refuse('absolute Windows paths (drive letters) are not allowed');
  if (rawName.startsWith('/')) refuse('absolute paths are not allowed');
  const segments = rawName.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) refuse('".." in a path would write outside the skill folder (zip slip)');
  if (segments.length === 0) return { path: '', isDirectory: true };
  const isDirectory = rawName.endsWith('/');
  const folderDepth = isDirectory ? segments.length : segments.length - 1;
  if (folderDepth > maxNestingDepth) refuse(`folders are nested deeper than ${maxNestingDepth} levels`);
  return { path: segments.join('/'), isDirectory };
}

export function parentFolder(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when `path` is `folder` itself or lies inside it; '' is the root and holds everything. */
export function isInsideFolder(path: string, folder: string): boolean {
  return folder === '' || path === folder || path.startsWith(`${folder}/`);
}

/** `path` relative to `folder`, which must hold it. */
export function relativeToFolder(path: string, folder: string): string {
  return folder === '' ? path : path.slice(folder.length + 1);
}
