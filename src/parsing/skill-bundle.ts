/** A skill as a set of files in memory, before parsing. Paths are POSIX, relative, no `..`. */
export interface BundleFile {
  path: string;
  content: Buffer;
  /** Unix mode bits when the source knew them (archives); used only as a hint. */
  mode?: number;
}

export interface SkillProvenance {
  source: 'raw_content' | 'github_url' | 'upload' | 'path';
  url?: string;
  owner?: string;
  repo?: string;
  path?: string;
  commit_sha?: string;
  filename?: string;
  /** Free-form labels the importer sent with the request (`metadata` of the import body). */
  labels?: Record<string, unknown>;
}

export interface SkillBundle {
  files: BundleFile[];
  provenance: SkillProvenance;
  /** Problems a source noticed that the scanner should report (e.g. an encrypted zip entry). */
  notes?: BundleNote[];
}

export interface BundleNote {
  rule_id: string;
  severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  file: string;
  message: string;
  evidence: string;
}
