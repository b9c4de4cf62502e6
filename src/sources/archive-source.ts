import type { SkillBundle, SkillProvenance } from '../parsing/skill-bundle.js';
import { detectContentKind } from './archive-kind.js';
import { withArchiveNotes } from './archive-notes.js';
import { BundleCollector, formatBytes } from './bundle-collector.js';
import { type BundleLimits, DEFAULT_BUNDLE_LIMITS, maxArchiveEntries } from './limits.js';
import { SKILL_FILE, chooseSkillFolder, rebaseOnFolder } from './skill-root.js';
import { SourceError } from './source-error.js';
import { admitTarEntry } from './tar-entry-admission.js';
import { readTarArchive } from './tar-reader.js';
import { readZipArchive } from './zip-reader.js';

const SUPPORTED = 'a zip (.zip, .skill), a tar.gz/.tgz or .tar archive, or a single SKILL.md text file';

/** An uploaded archive (zip, .skill, tar.gz, tgz, tar) or a single SKILL.md, told apart by content. */
export async function bundleFromUpload(
  filename: string,
  data: Buffer,
  limits: BundleLimits = DEFAULT_BUNDLE_LIMITS,
): Promise<SkillBundle> {
  return bundleFromBytes(data, limits, { source: 'upload', filename: cleanFilename(filename) });
}

/** Same as an upload, for callers with their own provenance (e.g. the CLI reading an archive from disk). */
export async function bundleFromBytes(
  data: Buffer,
  limits: BundleLimits,
  provenance: SkillProvenance,
): Promise<SkillBundle> {
  if (data.length === 0) throw new SourceError(400, 'The uploaded file is empty.', 'file');
  if (data.length > limits.maxArchiveBytes) {
    throw new SourceError(413, `The upload is larger than ${formatBytes(limits.maxArchiveBytes)}.`, 'file');
  }
  const kind = detectContentKind(data);
  if (kind === 'text') return singleSkillFile(data, limits, provenance);
  const collector = new BundleCollector(limits);
  if (kind === 'zip') {
    await readZipArchive(data, limits, collector);
  } else if (kind === 'gzip' || kind === 'tar') {
    await readTarArchive(data, {
      gzip: kind === 'gzip',
      maxCompressionRatio: limits.maxCompressionRatio,
      maxEntries: maxArchiveEntries(limits),
      visit: (entry) => admitTarEntry(entry, entry.rawPath, collector, limits),
    });
  } else {
    const what =
      kind === 'unknown' ? 'This file type is not recognised' : `${kind} archives are not supported`;
    throw new SourceError(415, `${what}: upload ${SUPPORTED}.`, 'file');
  }
  const folder = chooseSkillFolder(
    collector.files.map((file) => file.path),
    'the archive',
  );
  return withArchiveNotes({ files: rebaseOnFolder(collector.files, folder), provenance });
}

function singleSkillFile(data: Buffer, limits: BundleLimits, provenance: SkillProvenance): SkillBundle {
  if (data.length > limits.maxFileBytes) {
    throw new SourceError(413, `${SKILL_FILE} is larger than ${formatBytes(limits.maxFileBytes)}.`, 'file');
  }
  return { files: [{ path: SKILL_FILE, content: data }], provenance };
}

function cleanFilename(filename: string): string {
  const base = filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255);
}
