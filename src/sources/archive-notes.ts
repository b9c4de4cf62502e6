import type { BundleFile, BundleNote } from '../parsing/skill-bundle.js';
import { detectContentKind, isArchiveKind } from './archive-kind.js';

export const ENCRYPTED_ENTRY_RULE_ID = 'SG-ARCHIVE-001';
export const NESTED_ARCHIVE_RULE_ID = 'SG-ARCHIVE-002';

export function encryptedEntryMessage(path: string): string {
  return (
    `Archive entry "${path}" is password-protected (encrypted). Encrypting an archive is a known ` +
    'malware trick to hide its content from scanners, so encrypted entries are refused: ' +
    'upload the skill without a password.'
  );
}

/** The finding for an encrypted zip entry, for callers that report instead of refusing. */
export function encryptedEntryNote(path: string): BundleNote {
  return {
    rule_id: ENCRYPTED_ENTRY_RULE_ID,
    severity: 'HIGH',
    file: path,
    message: encryptedEntryMessage(path),
    evidence: 'zip general-purpose flag bit 0 (encrypted) is set',
  };
}

export function nestedArchiveNote(path: string, kind: string): BundleNote {
  return {
    rule_id: NESTED_ARCHIVE_RULE_ID,
    severity: 'MEDIUM',
    file: path,
    message:
      `"${path}" is itself an archive (${kind}). It was kept as a file but not expanded, so its ` +
      'content was not scanned; nested archives can smuggle code past a review.',
    evidence: `${kind} signature at the start of the file`,
  };
}

/** Archives inside the skill are kept as plain files, never expanded, and reported. */
export function nestedArchiveNotes(files: readonly BundleFile[]): BundleNote[] {
  return files.flatMap((file) => {
    const kind = detectContentKind(file.content);
    return isArchiveKind(kind) ? [nestedArchiveNote(file.path, kind)] : [];
  });
}

/** A bundle with its nested-archive notes, the `notes` field left out when there are none. */
export function withArchiveNotes<T extends { files: BundleFile[] }>(bundle: T): T & { notes?: BundleNote[] } {
  const notes = nestedArchiveNotes(bundle.files);
  return notes.length > 0 ? { ...bundle, notes } : bundle;
}
