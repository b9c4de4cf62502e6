import type { Severity } from './scan.types.js';

export type Family =
  | 'dropper'
  | 'installer'
  | 'credential'
  | 'exfiltration'
  | 'reverse-shell'
  | 'persistence'
  | 'obfuscation'
  | 'mining'
  | 'container-escape'
  | 'prompt-injection'
  | 'permissions'
  | 'secrets'
  | 'supply-chain'
  | 'tamper'
  | 'declared-vs-actual'
  | 'source-note'
  | 'engine';

/** Where a piece of text came from; rules pick the kinds they understand. */
export type SegmentKind = 'prose' | 'hidden' | 'frontmatter' | 'code' | 'comment' | 'config' | 'decoded';
export type Lang = 'shell' | 'python' | 'js' | 'go' | 'ruby' | 'json' | 'yaml' | 'text' | 'other';

export interface Segment {
  file: string;
  kind: SegmentKind;
  lang: Lang;
  text: string;
  /** File line of the segment's first line. */
  line: number;
  /** File line of each segment line, when they are not consecutive (synthetic text). */
  lineMap?: number[];
  /** Every line of the segment maps to `line` (decoded payloads). */
  pinned?: boolean;
  /**
   * A hidden comment shown in quotation marks (`"<!-- … -->"`): a quoted sample of one, whose line can be
   * cited like any other.
   */
  quoted?: boolean;
  /** Scope for source→sink chains: a code block, a markdown section, a comment. */
  block: string;
  /** Number of decoding layers this text sits under; 0 = literal. */
  depth: number;
}

/**
 * `text`: natural-language places (prose, HTML comments, plain fences, decoded text);
 * `code`: commands and source (code blocks, inline code, scripts, configs, decoded text);
 * `any`: both, but never the comments of a script.
 */
export type Scope = 'text' | 'code' | 'any';

export type Tag =
  | 'secret-read'
  | 'secret-env'
  | 'net-send'
  | 'net-fetch'
  | 'exec'
  | 'decode'
  | 'bulk-read'
  | 'prose-collect-secret'
  | 'prose-send'
  | 'prose-embed-encoded'
  | 'conceal'
  | 'agent-config-write'
  | 'safety-off'
  | 'internal-claim'
  | 'unpinned-install'
  | 'socket-connect'
  | 'fd-dup'
  | 'spawn-shell'
  | 'schedule'
  | 'env-print'
  | 'no-consent';

export interface RuleInfo {
  id: string;
  family: Family;
  severity: Severity;
  message: string;
  remediation: string;
}

export interface SkillContext {
  /** Lower-case words of the skill name, description and first heading (vendor matching). */
  identity: string;
  frontmatter: Record<string, unknown> | null;
  /** Whole text of a skill file by path ('' when absent): context wider than one segment. */
  fileText: (path: string) => string;
  /** The paths of the skill's files (absent in hand-built contexts). */
  paths?: readonly string[];
}

export interface MatchInfo {
  segment: Segment;
  /** The matched text. */
  match: string;
  /** The whole line holding the match. */
  lineText: string;
  /** Index of that line within the segment's text. */
  lineIndex: number;
}

export interface PatternRule extends RuleInfo {
  type: 'pattern';
  pattern: RegExp;
  /** Lower-case literals; the regex runs only when one of them occurs in the segment. */
  hints?: string[];
  /** Necessary literals: each group needs one of its members in the text, else the regex is skipped. */
  needs?: string[][];
  /**
   * Lower-case literals one of which every match starts with (ASCII letters matched case-insensitively;
   * no `u` flag): the regex is tried only where they occur instead of at every offset.
   */
  starts?: string[];
  /**
   * Matches start up to this many characters before one of `starts` (a delimiter or line start
   * ahead of a command name), instead of at it.
   */
  lead?: number;
  in?: Scope;
  /** Drop the hit when the matched line matches this. */
  unless?: RegExp;
  tags?: Tag[];
  /** Context-dependent severity; null drops the hit. */
  adjust?: (m: MatchInfo, ctx: SkillContext) => Severity | null;
}

/** A weak signal: never a finding on its own, only an ingredient of chain rules. */
export interface SignalRule {
  type: 'signal';
  tag: Tag;
  pattern: RegExp;
  hints?: string[];
  needs?: string[][];
  /** See PatternRule.starts and PatternRule.lead. */
  starts?: string[];
  lead?: number;
  in?: Scope;
  unless?: RegExp;
}

/** Fires when every tag occurs in the same block (or file); reported at the `at` tag's place. */
export interface ChainRule extends RuleInfo {
  type: 'chain';
  all: Tag[];
  scope: 'block' | 'file';
  at: Tag;
  /** Only the tag hits this accepts take part (e.g. a vendor's own installer is no remote run). */
  counts?: (hit: TagHit, ctx: SkillContext, tags: readonly TagHit[]) => boolean;
}

export interface RawHit {
  file: string;
  line: number;
  evidence: string;
  severity?: Severity;
  depth?: number;
}

export interface CustomRule extends RuleInfo {
  type: 'custom';
  check: (input: CustomInput) => RawHit[];
}

export interface CustomInput {
  segments: Segment[];
  files: { path: string; text: string }[];
  ctx: SkillContext;
  tagHits: TagHit[];
}

export interface TagHit {
  tag: Tag;
  file: string;
  block: string;
  line: number;
  evidence: string;
  depth: number;
}

export type AnyRule = PatternRule | SignalRule | ChainRule | CustomRule;
