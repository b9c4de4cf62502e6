import { SourceError } from './source-error.js';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'device' | 'fifo' | 'socket';

const REFUSALS: Partial<Record<EntryKind, string>> = {
  symlink:
    'is a symbolic link; links are refused because they can point outside the skill folder ' +
    '(replace the link with the file itself)',
  hardlink: 'is a hard link; links are refused because they can point outside the skill folder',
  device: 'is a device file, which a skill never needs',
  fifo: 'is a named pipe (FIFO), which a skill never needs',
  socket: 'is a socket, which a skill never needs',
};

/** Refuses (422) every entry that is not a regular file or a folder. */
export function assertPlainEntry(path: string, kind: EntryKind): void {
  const why = REFUSALS[kind];
  if (why) throw new SourceError(422, `Archive entry "${path}" ${why}.`);
}

/** Kind from the file-type bits of a Unix mode (zip external attributes, stat). */
export function kindFromUnixMode(mode: number): EntryKind | undefined {
  switch (mode & 0o170000) {
    case 0o100000:
      return 'file';
    case 0o040000:
      return 'directory';
    case 0o120000:
      return 'symlink';
    case 0o020000:
    case 0o060000:
      return 'device';
    case 0o010000:
      return 'fifo';
    case 0o140000:
      return 'socket';
    default:
      return undefined;
  }
}

const TAR_KINDS: Record<string, EntryKind> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  Directory: 'directory',
  GNUDumpDir: 'directory',
  SymbolicLink: 'symlink',
  Link: 'hardlink',
  CharacterDevice: 'device',
  BlockDevice: 'device',
  FIFO: 'fifo',
};

export function kindFromTarType(type: string): EntryKind {
  const kind = TAR_KINDS[type];
  if (!kind) throw new SourceError(422, `The archive holds an entry of unsupported type "${type}".`);
  return kind;
}
