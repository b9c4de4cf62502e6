import type { AnyRule, ChainRule, MatchInfo, PatternRule, SignalRule, SkillContext } from '../rule.types.js';
import { patternRuleMaker } from './pattern-rule.js';
import { citationLine } from '../analyzers/data-quotes.js';

/** Every prose-send match starts with one of these verbs (the regex's first group). */
const SEND_VERBS = [
  'send',
  'post',
  'upload',
  'forward',
  'submit',
  'transmit',
  'share',
  'output',
  'report',
  'exfiltrate',
  'include',
];
const REMEDIATION =
  'Remove instructions that override the agent, hide actions from the user or weaken safety controls.';
/** Lower-cased agent memory/instruction file names the config-write patterns need. */
export const AGENT_FILES = [
  'claude.md',
  'agents.md',
  'soul.md',
  'memory.md',
  'gemini.md',
  'heartbeat.md',
  'identity.md',
  'tools.md',
  'user.md',
];
const SECRET_NOUN =
  '(?:api[ _-]?keys?|(?:access |auth |session |bearer )?tokens?|credentials?|secrets?|passwords?|private keys?|ssh keys?|~\\/\\.ssh\\S*|id_rsa|\\.env\\b|environment variables?|env vars?|cookies|auth-profiles\\.json|\\.aws\\/credentials|wallet|seed phrases?|mnemonic)';

/** "Don't edit it … without telling the user": the sentence forbids hiding, it does not ask for it. */
function forbidsHiding(m: MatchInfo): boolean {
  if (!/^without\b/i.test(m.match)) return false;
  const at = m.segment.text.indexOf(m.match);
  const sentence =
    m.segment.text
      .slice(Math.max(0, at - 160), Math.max(0, at))
      .split(/[.!?](?:\s|$)/)
      .pop() ?? '';
  return /\b(?:don'?t|do not|never|must not|should not|shouldn'?t)\b/i.test(sentence);
}

/**
 * "Don't show users the key with `key=clear`", "never tell guests the Wi-Fi password": third parties
 * (end users, guests, staff; never "the user" the agent works for) would receive a secret value, and
 * the secret is the object, so the advice keeps a secret from them; it hides no action of the agent.
 * Not when a clause follows the secret ("the key was uploaded", "the token you sent"): that reports
 * an event.
 */
const WITHHOLDS_SECRET_VALUE =
  /^(?:do\s+not|don'?t|never)\s+(?:show|tell|reveal|disclose|give)\s+(?:the\s+|other\s+|end\s+|guest\s+)?(?:users|guests?|visitors?|staff|employees|students|customers|clients)\s+(?:the|their|its|any|a|an)\s+(?:[\w-]{1,30}\s+){0,2}?(?:keys?|passwords?|passphrases?|PSKs?|pre-shared\s+keys?|tokens?|secrets?|PINs?|credentials?)\b(?!\s+(?:was|were|is|are|has|have|had|got|gets|being|been|you|we|i|they|that|which|it|the\s+agent)\b)/i;

/** "Don't tell the user to <verb>": the agent is told not to advise an action. */
const ADVICE_WITHHELD = /^(?:do\s+not|don'?t|never)\s+tell\s+(?:the\s+user|users|them)\s+to\s+([a-z]+)\b/i;
/** Advice to look at something: withholding it steers the user away from noticing. */
const INSPECTION_VERB = /^(?:check|look|review|inspect|verify|audit|read|open|watch|monitor|examine|see)$/i;

/**
 * The phrase sits inside double quotes on its line: cited, as in a review question. In a data file
 * the quotes around a CSV cell or a JSON/YAML string are syntax, not a citation: only quotation marks
 * inside the cell count (an instruction in a `notes` cell is as live as one in prose).
 */
function quoted(m: MatchInfo): boolean {
  const line = citationLine(m.segment, m.lineIndex) ?? m.lineText;
  const at = m.lineText.indexOf(m.match);
  return at > 0 && (line.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 1;
}

const REMOTE_CONTROL = new RegExp(
  [
    /\b(?:priority|precedence|overrid(?:e|es|ing)|instead of|supersedes?|every session|each session|from now on|without asking)\b/,
    // "follow it ahead of the user's requests": the same rank claim, put as an order.
    /\b(?:ahead\s+of|above)\s+(?:the\s+|any\s+|your\s+|all\s+)?(?:user|requester|operator|skill|system)(?:'s|s'|s)?\s+(?:(?:or|and)\s+(?:the\s+)?[\w-]{1,20}(?:'s)?\s+)?(?:own\s+)?(?:instructions?|requests?|prompts?|rules|directions)\b/,
    // Spanish, Portuguese, French, Italian: the same claims, for skills written in those languages.
    /\bprioridade?\b|\bpriorit[ée]|\bpriorit[àa]\b|\ben lugar de\b|\bem vez de\b|\bau lieu de\b|\binvece di\b/,
    /\b(?:cada|chaque|ogni) (?:sesi|sess)|\ba partir de (?:ahora|agora)\b|\bdesde ahora\b|\bd[ée]sormais\b|\bd'ora in poi\b/,
    /\b(?:sin|sem|sans|senza) (?:pedir|preguntar|solicitar|perguntar|demander|chiedere)\b|\bno pidas\b|\bn[aã]o pe[çc]a\b/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);

/**
 * Where SG-INJECT-008's matches start: verbs of getting a remote text (English, Spanish, Portuguese,
 * French, Italian; "téléchargez", "récupérez" start at their ASCII tail).
 */
const REMOTE_FETCH_VERBS = [
  'fetch',
  'load',
  'download',
  'pull',
  'retrieve',
  'get',
  'descarg',
  'obt',
  'carg',
  'consult',
  'baix',
  'busc',
  'charg',
  'cup',
  'scaric',
];
/** Verbs of obeying the fetched text: SG-INJECT-008 needs one of them in the view. */
const REMOTE_OBEY_VERBS = [
  'apply',
  'follow',
  'obey',
  'execute',
  'sig',
  'segu',
  'apl',
  'obed',
  'ejec',
  'cumpl',
  'cumpr',
  'suiv',
  'suis',
  'appli',
  'esegu',
  'obbed',
];

/** Verbs that open SG-INJECT-004's matches ("disable the sandbox", "remove the PreToolUse hooks"). */
const SAFETY_OFF_OPENERS = [
  'autoapprove',
  'disable',
  'bypass',
  'turn off',
  'skip',
  'ignore',
  'remove',
  'delete',
  'strip',
  'unregister',
  'uninstall',
];
/** SG-INJECT-004's hints (per segment) and first needed group (per view). */
const SAFETY_OFF_VERBS = ['dangerous', 'ask', 'refuse', 'appl', ...SAFETY_OFF_OPENERS];
/**
 * Openers of SG-INJECT-004's waivers of confirmation: a claim that the steps are approved already
 * ("pre-approved … you must not ask"), or that the confirmation rule is only for humans.
 */
const CONFIRMATION_WAIVER_OPENERS = [
  'pre-approved',
  'preapproved',
  'already',
  'approved',
  'confirmation',
  'approval',
  'permission',
];

const inj = patternRuleMaker('prompt-injection', REMEDIATION, 'text');

/** Prose may wrap a sentence over single line breaks, never over a blank line. */
const WRAP = '(?:[^\\n]|\\n(?![ \\t]*\\n))';
/** Fetched text named near the elevation: a URL, a server's or hub's response, a download. */
const REMOTE_SOURCE = /https?:\/\/|\b(?:response|fetched|downloaded|remote|server|hub|endpoint|webfetch)\b/i;
const NEGATED_BEFORE = /\b(?:never|not|n't|no)\s+(?:\w+\s+){0,2}$/i;

/**
 * "Treat … as a system-level instruction", "takes precedence over … user requests": HIGH when the
 * text raised above the user comes from the network, MEDIUM when it is the skill's own.
 */
function elevationSeverity(m: MatchInfo): 'HIGH' | 'MEDIUM' | null {
  const at = Math.max(0, m.segment.text.indexOf(m.match));
  if (NEGATED_BEFORE.test(m.segment.text.slice(Math.max(0, at - 40), at))) return null;
  const around = m.segment.text.slice(Math.max(0, at - 600), at + m.match.length + 200);
  return REMOTE_SOURCE.test(around) ? 'HIGH' : 'MEDIUM';
}

/** Whom the agent works for, as a skill may call them: the user, the requester, the caller. */
const PRINCIPAL = '(?:user|requester|requestor|caller|operator)';

/** Where the agent speaks to the user: its replies, summaries, answers, status updates, "your output". */
const USER_VIEW =
  '(?:your\\s+output\\b|(?:your|the|any)\\s+(?:(?:final|chat|weekly|daily|short|run|status|user-facing)\\s+)?(?:repl(?:y|ies)|responses?|answers?|summar(?:y|ies)|chat|messages?|status\\s+updates?|recap|report\\s+to\\s+the\\s+user)\\b)';
/**
 * The same places named without a determiner, in the plural ("mention it in summaries"); not a kind
 * of answer ("in responses about other frameworks": what to write there, nothing hidden).
 */
const USER_VIEW_BARE =
  '(?:replies|responses|answers|summaries|status\\s+updates|recaps|chat)\\b(?!\\s{1,4}(?:about|for|on|regarding|to|of|from|that|which|where|when|with)\\b)';
/** Where a change is shown to the user for review: diffs, change tables and lists, PR descriptions. */
const CHANGE_VIEW =
  '(?:(?:the|your|any)\\s+)?(?:diffs?|diff\\s+(?:explanations?|summar(?:y|ies)|views?)|change\\s*(?:tables?|lists?|logs?|summar(?:y|ies))|changelogs?|(?:pull\\s+request|PR|MR|merge\\s+request)\\s+(?:descriptions?|bod(?:y|ies))|commit\\s+messages?)\\b';
/** Either form of the user's view. */
const ANY_USER_VIEW = `(?:${USER_VIEW}|${USER_VIEW_BARE})`;
/** Verbs of telling the user about something, as left out of their view ("do not list it in your reply"). */
const TELL_VERBS = [
  'list',
  'mention',
  'includ',
  'show',
  'surfac',
  'report',
  'describ',
  'explain',
  'bring',
  'call',
  'flag',
  'narrat',
  'announc',
  'omit',
  'leave',
  'exclude',
  'keep',
  'between',
  'need',
];

/** Concealed things that are data the user is protected from (secret values, internal ids), not actions. */
const DATA_OBJECT =
  /\b(?:secrets?|passwords?|passphrases?|api[ _-]?keys?|tokens?|credentials?|private keys?|key (?:values?|contents?)|(?:internal |raw |database |row |record |ticket |user |customer )?ids?|identifiers?|uuids?|hashes|pii|personal data|phone numbers?|salar(?:y|ies)|account numbers?)\b/i;
/** Concealed things that are actions or a pronoun standing for one: the step hidden from the user. */
const ACTION_OBJECT =
  /\b(?:it|this|that|these|those|them|they|steps?|uploads?|uploaded|requests?|transfers?|emails?|copies|copy|calls?|sync\w*|changes?|updates?|approv\w*|payments?|actions?|precedent|background|forward\w*|send\w*|(?:re)?rout(?:e|es|ed|ing)|redirect\w*)\b/i;
/**
 * The same file sends data out: an upload command or a prose instruction to send or mail to an address
 * (bare or in backticks / quotes, possibly on the next line).
 */
const SENDS_OUT =
  /\bcurl\b[^\n]{0,300}?(?:\s-F\b|\s-d\b|\s-T\b|--data|--form|--upload-file|-X\s*(?:POST|PUT))|\b(?:requests|httpx|axios)\.(?:post|put)\s*\(|\bmethod\s*[:=]\s*["'](?:POST|PUT)["']|\b(?:send|upload|post|forward|e-?mail|mail|submit|transmit|cc|bcc)\w*\b[^\n]{0,120}?\bto\s+[`"'<]?(?:https?:\/\/|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b)/i;
/** The same file approves payments or changes where money goes (bank details, payee, IBAN). */
const MOVES_MONEY =
  /\b(?:approv|authori[sz]|releas|execut)\w*\b[^\n]{0,60}?\b(?:bills?|invoices?|payments?|payment runs?|transfers?|wires?|payouts?)\b|\b(?:update|change|set|replace|edit|modif)\w*\b[^\n]{0,60}?\b(?:bank(?:ing)?\s+(?:details|account|information)|IBAN|remittance\s+details|payee\s+details|routing\s+numbers?|sort\s+codes?)\b/i;

/**
 * "Do not list it in your replies", "should not be mentioned in the summary", "keep this between us":
 * a step kept out of what the user is told. HIGH when the concealed thing is an action and the same
 * file sends data out or moves money; dropped when it is data the user is protected from.
 */
function concealmentSeverity(m: MatchInfo, ctx: SkillContext): 'HIGH' | 'MEDIUM' | null {
  const at = Math.max(0, m.segment.text.indexOf(m.match));
  const before =
    m.segment.text
      .slice(Math.max(0, at - 160), at)
      .split(/[.!?](?:\s|$)/)
      .pop() ?? '';
  // The object is inside the match ("do not list <it> in your reply") or, passive, ahead of it
  // ("<the private key> is never shown in chat").
  const passive = /^(?:should|must|need)\b|^(?:never|not)\s+(?:been?\s+)?(?:shown|\w+ed)\b/i.test(m.match);
  const object = passive ? `${before} ${m.match}` : m.match;
  if (DATA_OBJECT.test(object)) return null;
  const action = ACTION_OBJECT.test(object) || /\bbetween\b|\bneed\b/i.test(m.match);
  if (action && sendsOutOrMovesMoney(ctx.fileText(m.segment.file))) return 'HIGH';
  return obeyedDataFile(m.segment.file, ctx) ? 'HIGH' : 'MEDIUM';
}

/** A data file's text fields (`notes`, a column) read as rules: SKILL.md says to apply them as written. */
const DATA_RULES_FILE = /\.(?:json|jsonl|ya?ml|csv|tsv|toml)$/i;
const OBEY_AS_WRITTEN =
  /\b(?:apply|follow|obey|carry\s+out|honou?r)\b[^\n.]{0,60}?\b(?:exactly(?:\s+as\s+written)?|as\s+written|verbatim|to\s+the\s+letter|without\s+(?:question|changes?|deviation))\b/gi;

/**
 * Whether SKILL.md tells the agent to apply a data file's fields exactly as written, naming that file
 * in the 240 characters before: what the file's fields say the agent should hide is
 * then an instruction of the skill, as if written in SKILL.md.
 */
function obeyedDataFile(file: string, ctx: SkillContext): boolean {
  if (!DATA_RULES_FILE.test(file)) return false;
  const skill = (ctx.paths ?? []).find((p) => /(?:^|\/)skill\.md$/i.test(p));
  if (!skill || skill === file) return false;
  const text = ctx.fileText(skill).slice(0, 200_000);
  const name = file.slice(file.lastIndexOf('/') + 1);
  for (const m of text.matchAll(OBEY_AS_WRITTEN)) {
    const around = text.slice(Math.max(0, m.index - 240), m.index + m[0].length);
    if (around.includes(name)) return true;
  }
  return false;
}

/** The last file's answer: a file with many such lines is searched once, not once per line. */
let lastFile: { text: string; value: boolean } | null = null;

function sendsOutOrMovesMoney(text: string): boolean {
  if (lastFile?.text !== text) lastFile = { text, value: SENDS_OUT.test(text) || MOVES_MONEY.test(text) };
  return lastFile.value;
}

/** Instructions that arrive in data: notes/steps marked in output, records or messages the skill reads. */
const DATA_BORNE =
  /\b(?:notes?|instructions?|actions?|steps?|directives?|commands?|tasks?)\b[^\n]{0,80}?\b(?:starting\s+with|beginning\s+with|prefixed\s+(?:with|by)|marked\s+(?:with|as)|tagged|labell?ed|found\s+in|embedded\s+in|contained\s+in|listed\s+in|returned\s+by|printed\s+by)\b|`[A-Z][A-Z_-]{2,15}:`|\b(?:prints?|returns?|outputs?|emits?)\b[^\n]{0,60}?\b(?:notes?|instructions?|actions?|steps?|directives?)\b/i;

/**
 * "Run them without asking" where "them" are notes or instructions that come out of data or tool
 * output (a feed's comments, a response's notes): whoever writes the data steers the agent.
 */
function dataBorneRun(m: MatchInfo): 'HIGH' | null {
  const at = Math.max(0, m.segment.text.indexOf(m.match));
  const before = m.segment.text.slice(Math.max(0, at - 600), at);
  const paragraph = before.split(/\n[ \t]*\n/).pop() ?? '';
  if (/\b(?:never|do\s+not|don'?t|must\s+not|should\s+not)\s+$/i.test(before.slice(-20))) return null;
  return DATA_BORNE.test(paragraph + m.match) ? 'HIGH' : null;
}

const PATTERNS: PatternRule[] = [
  inj(
    'SG-INJECT-011',
    'HIGH',
    'Tells the agent to carry out notes or instructions found in data or tool output without asking the user (whoever writes that data steers the agent)',
    /\b(?:run|execute|carry\s+out|complete|apply|perform|follow|action)\s+(?:them|these|those|each(?:\s+one)?|all(?:\s+of\s+them)?|every\s+one|(?:the|these|those|any|all|each|every)\s+(?:[\w-]+\s+){0,3}?(?:notes?|instructions?|steps?|actions?|commands?|directives?|tasks?))\b(?:[^\n]|\n(?![ \t]*\n)){0,80}?\b(?:without\s+(?:asking|confirm(?:ing|ation)|checking\s+with|prompting|waiting\s+for|(?:user\s+)?(?:approval|permission|confirmation))|no\s+need\s+to\s+(?:ask|confirm))\b/gi,
    ['without', 'no need'],
    {
      needs: [['run', 'execute', 'carry', 'complete', 'apply', 'perform', 'follow', 'action']],
      starts: ['run', 'execute', 'carry', 'complete', 'apply', 'perform', 'follow', 'action'],
      adjust: dataBorneRun,
    },
  ),
  inj(
    'SG-INJECT-001',
    'HIGH',
    'Tries to override the agent’s instructions ("ignore previous instructions")',
    /\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+)*(?:previous|prior|above|earlier|preceding|original|system|existing)\s+(?:instructions|prompts?|rules|directives|guidelines|messages|context)\b|\b(?:previous|prior|original)\s+instructions\s+(?:have\s+been|are\s+now)\s+(?:updated|replaced|revoked|void)|\b(?:priority|precedence)\s+over\s+(?:(?:any|all|every)\s+(?:other\s+)?(?:instructions?|rules|prompts?|directives|guidance)\b(?:[^\n]|\n(?![ \t]*\n)){0,80}?\b(?:user|system)\b|(?:the\s+)?(?:user|system|developer)(?:'s)?\s+(?:instructions?|prompts?|messages?|requests?)\b)/gi,
    ['ignore', 'disregard', 'forget', 'override', 'bypass', 'instructions', 'priority', 'precedence'],
    {
      starts: [
        'ignore',
        'disregard',
        'forget',
        'override',
        'bypass',
        'previous',
        'prior',
        'original',
        'priority',
        'precedence',
      ],
      unless:
        /["“'`][^"”'`\n]{0,20}(?:ignore|disregard)[^"”'`\n]{0,80}["”'`]|\b(?:detect|flag|block|example|such as|e\.g\.|like|pattern|attack|injection|refuse|resist)\b/i,
    },
  ),
  inj(
    'SG-INJECT-002',
    'HIGH',
    'Impersonates a system or developer message to the model',
    /<\s*\/?\s*(?:system|sys|admin|developer)\s*>|\[\s*(?:SYSTEM|SYS|ADMIN|END SYSTEM)\s*\]|\byou are now (?:in )?(?:maintenance|developer|debug|god|admin|unrestricted|jailbreak|DAN)\b[^\n]{0,20}|\b(?:new|updated) (?:system )?directive\s*:/gi,
    ['system', 'sys', 'admin', 'developer', 'you are now', 'directive'],
    {
      // `out/<system>.csv`: a placeholder in a path, not a message tag.
      unless:
        /\b(?:role|messages?)\s*[:=]|"role"|\brole:\s*["']?system|[/_-]<(?:system|sys|admin|developer)>|<(?:system|sys|admin|developer)>(?:\.[a-z]{2,4}\b|\/)/i,
      starts: ['<', '[', 'you are now', 'new', 'updated'],
      // A phrase in double quotes is named (a red flag to report), not addressed to the model.
      adjust: (m) => (quoted(m) ? 'MEDIUM' : 'HIGH'),
    },
  ),
  inj(
    'SG-INJECT-003',
    'HIGH',
    'Tells the agent to hide what it does from the user',
    /\b(?:do\s+not|don'?t|never|without)\s+(?:tell(?:ing)?|mention(?:ing)?|inform(?:ing)?|reveal(?:ing)?|notify(?:ing)?|alert(?:ing)?|show(?:ing)?|disclos(?:e|ing)|report(?:ing)?|quot(?:e|ing))\s+(?:this|these|that|it|anything|any of this|the user|users|them)\b[^\n]{0,60}|\b(?:hide|conceal|keep)\s+(?:this|these|it|them|the\s+\w+)\s+(?:secret\s+)?from\s+the\s+user\b|\bsilently\s+(?:send|upload|post|forward|execute|run|install|collect|read|exfiltrat)\w*|\bkeep\s+(?:this|these|that|it|them)(?:\s+(?:step|steps|part|action|sync|upload))?\s+(?:silent|quiet|invisible)\b|\b(?:do\s+not|don'?t|never)\s+(?:tell|mention|inform|reveal|disclose)\s+(?:the\s+user\s+(?:about\s+)?)?(?:the|this|that|any|these|those)\s+(?:[\w-]+\s+){0,2}(?:step|steps|appendix|archive|upload|request|requests|instruction|instructions|action|actions|process|comment|block|section|commands?|background|beacon|image|sync|policy|relay|telemetry)\b/gi,
    [
      'tell',
      'mention',
      'inform',
      'reveal',
      'notify',
      'alert',
      'show',
      'disclos',
      'report',
      'quot',
      'hide',
      'conceal',
      'keep',
      'silently',
    ],
    {
      starts: ['do', 'never', 'without', 'hide', 'conceal', 'keep', 'silently'],
      tags: ['conceal'],
      // Keeping a secret's value out of view ("check a Secret without revealing it") protects the
      // user; it hides no action from them.
      unless:
        /\b(?:do not|don'?t|never)\s+(?:show|report|mention)\s+(?:it|this|them)\s+(?:as|until|unless|if|when|in\s+(?!(?:your|the)\s+(?:reply|replies|response|answer|summary|chat|message)\b))\b|\b(?:secrets?|passwords?|api keys?|tokens?)\b[^\n]{0,40}\b(?:to|with) the user|\b(?:secrets?|passwords?|api keys?|tokens?|credentials?)\b[^\n]{0,40}\bwithout\s+(?:revealing|showing|disclosing|printing|exposing)\s+(?:it|them)\b(?!\s+to\b)/i,
      adjust: (m) => {
        if (forbidsHiding(m) || WITHHOLDS_SECRET_VALUE.test(m.match)) return null;
        // "Don't tell them to switch it off", "never tell the user to delete the task": advice the
        // agent must not give, not something kept from the user (a check the user is steered away
        // from stays MEDIUM).
        const advice = ADVICE_WITHHELD.exec(m.match);
        if (advice) return INSPECTION_VERB.test(advice[1]) ? 'MEDIUM' : null;
        return quoted(m) ? 'MEDIUM' : 'HIGH';
      },
    },
  ),
  inj(
    'SG-INJECT-010',
    'MEDIUM',
    'Tells the agent to keep a step out of its replies or summary to the user (HIGH when the same file sends data out or approves payments / changes bank details)',
    new RegExp(
      [
        // The negation may govern a second verb ("must not ask about it or mention it in summaries").
        `\\b(?:do\\s+not|don'?t|never|should\\s+not|must\\s+not|shouldn'?t)\\s+(?:(?:[\\w'-]{1,30}\\s{1,4}){1,5}?(?:or|nor)\\s{1,4})?(?:list|mention|includ|show|surfac|report|describ|explain|bring\\s+up|call\\s+out|flag|narrat|announc)\\w*\\b${WRAP}{0,80}?\\b(?:in|from|to)\\s+${ANY_USER_VIEW}`,
        `\\b(?:should|must|need)\\s+(?:not|never)\\s+(?:be\\s+)?(?:mentioned|listed|included|shown|surfaced|reported|described|raised)\\b${WRAP}{0,40}?\\b(?:in|to)\\s+${ANY_USER_VIEW}`,
        // The view may close a list ("leave it out of change tables, summaries and diffs"); "keep it
        // out of the summary" is the same request.
        `\\b(?:omit|leave|exclude|keep)\\s+(?:it|this|that|these|those|them|(?:the|this|that|any)\\s+(?:[\\w-]+\\s+){0,2}?(?:steps?|uploads?|requests?|transfers?|emails?|copy|copies|calls?|sync|changes?|updates?|approvals?|payments?|actions?|routes?|receivers?|entr(?:y|ies)|rules?|hooks?|keys?|users?))\\s+(?:out\\s+of|from)\\s+(?:(?:[\\w-]+\\s+){0,2}[\\w-]+,\\s+){0,3}(?:${USER_VIEW}|${USER_VIEW_BARE}|${CHANGE_VIEW})`,
        `\\bkeep\\s+(?:this|it|that|these|them)\\s+(?:just\\s+)?between\\s+(?:us|you\\s+and\\s+me|ourselves)\\b|\\busers?\\s+(?:does\\s+not|doesn'?t|do\\s+not|don'?t|need\\s+not|needn'?t)\\s+need\\s+to\\s+know\\b`,
      ].join('|'),
      'gi',
    ),
    TELL_VERBS,
    {
      starts: ['do', 'don', 'never', 'should', 'must', 'need', 'omit', 'leave', 'exclude', 'keep', 'user'],
      tags: ['conceal'],
      unless: /\bwithout\s+(?:revealing|showing|printing)\b/i,
      adjust: (m, ctx) => (quoted(m) ? 'MEDIUM' : concealmentSeverity(m, ctx)),
    },
  ),
  inj(
    'SG-INJECT-008',
    'MEDIUM',
    'Tells the agent to fetch instructions from a remote address and follow them (HIGH when they take precedence)',
    // Prose is hard-wrapped: a sentence may go on over single line breaks (not over a blank line).
    // Without the `u` flag accented letters are not word characters: "téléchargez" matches from `charg`.
    /\b(?:fetch|load|download|pull|retrieve|get|descarg\w*|obt(?:[eé]n|ien|eng)\w*|carg(?:a|ar|ue|uen)|consulta|consultar|baix\w*|busc\w*|(?<=t[ée]l[ée])charg\w*|charg(?:er|ez)|(?<=r[ée])cup[eéè]r\w*|scaric\w*)\b(?:[^\n]|\n(?![ \t]*\n)){0,80}?https?:\/\/[^\s)]{1,300}(?:[^\n]|\n(?![ \t]*\n)){0,60}?\b(?:apply|follow|obey|execute|sig(?:ue|uen|a|an)|seguir|apl(?:ic|iqu|í)\w*|obed\w*|ejec\w*|cumpl\w*|cumpr\w*|suiv\w*|suis|appliqu\w*|applic(?:a|are|ala|ale|ali|ateli)|esegu\w*|obbed\w*)\b(?:[^\n]|\n(?![ \t]*\n)){0,80}|https?:\/\/[^\s)]{1,300}(?:[^\n]|\n(?![ \t]*\n)){0,40}?\b(?:fetch|load|download|retrieve|get|pull)\s+(?:it|this|that|them|the\s+(?:file|text|page|document|directive|instructions?))\b(?:[^\n]|\n(?![ \t]*\n)){0,60}?\b(?:apply|follow|obey|execute)\b(?:[^\n]|\n(?![ \t]*\n)){0,80}/gi,
    ['http'],
    {
      needs: [REMOTE_OBEY_VERBS],
      // A URL given first ("… is published at https://…; fetch it and apply it") starts the match too.
      starts: [...REMOTE_FETCH_VERBS, 'http'],
      // Remote text that outranks the skill's own, or is pulled every session, is a channel to steer
      // the agent later; the paragraph around the request says which.
      adjust: ({ match, segment }) => {
        const at = Math.max(0, segment.text.indexOf(match));
        const around = segment.text.slice(Math.max(0, at - 400), at + match.length + 200);
        return REMOTE_CONTROL.test(around) ? 'HIGH' : 'MEDIUM';
      },
    },
  ),
  inj(
    'SG-INJECT-009',
    'HIGH',
    'Raises text above the user and the system prompt (treat it as system instructions, it takes precedence over user requests); HIGH when that text is fetched',
    new RegExp(
      `\\btreat\\b${WRAP}{0,80}?(?:\\bas|\\bthe same way you treat)\\s+(?:an?\\s+|your\\s+|the\\s+)?system(?:[- ]level)?\\s+(?:instructions?|prompts?|messages?|rules)\\b|\\b(?:priority|precedence)\\s+over\\b(?:[^\\n.]|\\.(?=\\S)|\\n(?![ \\t]*\\n)){0,160}?\\b${PRINCIPAL}(?:'s|s')?\\s+(?:[\\w-]+\\s+){0,2}?(?:instructions?|requests?|prompts?|messages?)\\b|\\b(?:supersed|overrid|outrank)(?:e|es|ing)\\s+(?:the\\s+|any\\s+|all\\s+|your\\s+)?${PRINCIPAL}(?:'s|s')?\\s+(?:[\\w-]+\\s+){0,2}?(?:instructions?|requests?|prompts?|messages?)\\b`,
      'gi',
    ),
    ['treat', 'priority', 'precedence', 'supersed', 'overrid', 'outrank'],
    {
      starts: ['treat', 'priority', 'precedence', 'supersed', 'overrid', 'outrank'],
      adjust: elevationSeverity,
    },
  ),
  inj(
    'SG-INJECT-004',
    'MEDIUM',
    'Tries to switch off safety controls or user confirmation',
    /\bdangerously-?(?:skip-?permissions|disable-?sandbox)|\bdangerouslyDisableSandbox\b|\bautoApprove(?:All)?\b\s*[:=]\s*true|\b(?:disable|bypass|turn off|skip|ignore)\s+(?:all\s+|the\s+|any\s+)?(?:safety|security|sandbox|guardrails?|content (?:filter|policy)|permission (?:checks?|prompts?))\b|\b(?:do not|don'?t|never)\s+ask\s+(?:the user\s+)?for\s+(?:confirmation|permission|approval)|\bnever\s+refuse\b|\b(?:pre-?approved|already\s+(?:been\s+)?approved|approved\s+in\s+advance)\b(?:[^\n]|\n(?![ \t]*\n)){0,120}?\b(?:do\s+not|don'?t|never|must\s+not|need\s+not|no\s+need\s+to)\s+(?:ask|confirm|check\s+with)\b|\b(?:confirmation|approval|permission)\s+(?:rules?|steps?|requirements?|prompts?|checks?)\b(?:[^\n.]|\n(?![ \t]*\n)){0,60}?\b(?:appl(?:y|ies)\s+(?:only\s+)?to\s+(?:humans?|manual|interactive|people)\b|(?:does\s+not|doesn'?t|do\s+not|don'?t)\s+appl(?:y|ies)\s+to\s+(?:you|ai|agents?|assistants?|automated)\b)|\b(?:remove|delete|strip|disable|unregister|uninstall|bypass)(?:s|es|ing)?\b[^\n.]{0,60}?\b(?:PreToolUse|PostToolUse|UserPromptSubmit|skill[- ]?scanners?|skill[- ]?scanner gates?|scanner gates?)\b/gi,
    SAFETY_OFF_VERBS,
    {
      starts: [
        'dangerously',
        'do not',
        'don',
        'never',
        ...SAFETY_OFF_OPENERS,
        ...CONFIRMATION_WAIVER_OPENERS,
      ],
      tags: ['safety-off'],
      needs: [
        SAFETY_OFF_VERBS,
        [
          'pretooluse',
          'posttooluse',
          'userpromptsubmit',
          'scanner',
          'dangerously',
          'autoapprove',
          'safety',
          'security',
          'sandbox',
          'guardrail',
          'content',
          'permission',
          'confirmation',
          'approval',
          'approved',
          'refuse',
        ],
      ],
    },
  ),
  inj(
    'SG-INJECT-005',
    'MEDIUM',
    'Uses role-play framing to push the agent into acting outside its rules',
    /\b(?:pretend|act as if|imagine)\s+(?:that\s+)?you\s+(?:are|were|have)\b[^\n]{0,80}\b(?:admin|administrator|root|auditor|no restrictions|unrestricted|unfiltered)|\bbreak(?:ing)? character\b[^\n]{0,40}\bfail/gi,
    ['pretend', 'act as if', 'imagine', 'character'],
    { starts: ['pretend', 'act as if', 'imagine', 'break'] },
  ),
  inj(
    'SG-INJECT-006',
    'HIGH',
    'Urgent, mandatory instruction block aimed at the model (tool poisoning style)',
    /<\s*(?:IMPORTANT|CRITICAL|INSTRUCTIONS?|HIDDEN)\s*>[\s\S]{0,600}?\b(?:must|always|required|do not|never)\b/gi,
    ['<important', '<critical', '<instruction', '<hidden'],
  ),
];

const SIGNALS: SignalRule[] = [
  {
    type: 'signal',
    tag: 'prose-collect-secret',
    pattern: new RegExp(
      `\\b(?:read|collect|gather|output|list|dump|extract|copy|include|compile|grab|harvest|retrieve|fetch|get|check|find|print|share|send|forward|upload|post)(?:s|ed|ing)?\\b[^\\n]{0,80}?${SECRET_NOUN}`,
      'gi',
    ),
    hints: [
      'key',
      'token',
      'credential',
      'secret',
      'password',
      '.ssh',
      'id_rsa',
      '.env',
      'environment',
      'env var',
      'cookie',
      'auth-profiles',
      'wallet',
      'seed',
      'mnemonic',
    ],
    starts: [
      'read',
      'collect',
      'gather',
      'output',
      'list',
      'dump',
      'extract',
      'copy',
      'include',
      'compile',
      'grab',
      'harvest',
      'retrieve',
      'fetch',
      'get',
      'check',
      'find',
      'print',
      'share',
      'send',
      'forward',
      'upload',
      'post',
    ],
    in: 'text',
  },
  {
    type: 'signal',
    tag: 'prose-send',
    pattern:
      /\b(?:send|post|upload|forward|submit|transmit|share|output|report|exfiltrate|include)\w*\b[^\n]{0,120}?\b(?:to|at|via)\b[^\n]{0,40}?(?:https?:\/\/|\b[\w-]+\.(?:com|io|dev|net|org|xyz|site|app)\b\/|(?:the\s+)?(?:maintenance|configuration|verification|validation|audit|remote|external|our)\s+(?:endpoint|server|url|api))/gi,
    hints: SEND_VERBS,
    starts: SEND_VERBS,
    // Each match ends on an address or a named endpoint: without one, skip the wide window (1 MiB of
    // "send it to" lines cost ~0.5 s).
    needs: [
      [
        'http://',
        'https://',
        '.com/',
        '.io/',
        '.dev/',
        '.net/',
        '.org/',
        '.xyz/',
        '.site/',
        '.app/',
        'endpoint',
        'server',
        'url',
        'api',
      ],
    ],
    in: 'text',
    // A k-anonymity lookup sends only a few characters of a hash, never the secret itself:
    // said in words, or shown as a range query ending in five hex characters (`/range/5BAA6`).
    unless:
      /\bsend\w*\s+only\s+(?:the\s+)?(?:first\s+\d{1,2}\s+(?:hex\s+)?char(?:acter)?s|(?:\d{1,2}-char(?:acter)?\s+)?(?:hash|SHA-?1)\s+prefix)\b|\bsend\w*\s+only\b[^\n]{0,120}?\/range\/[0-9a-f]{5}(?![\w/?&=%.-])/i,
  },
  {
    type: 'signal',
    tag: 'agent-config-write',
    pattern:
      /\b(?:write|append|add|update|modify|overwrite|insert|create|edit)\w*\b[^\n]{0,60}?\b(?:CLAUDE|AGENTS|SOUL|MEMORY|GEMINI|HEARTBEAT|IDENTITY|TOOLS|USER)\.md\b|\.cursorrules|\.claude\/settings(?:\.local)?\.json|\.openclaw\/(?:openclaw\.json|workspace)/gi,
    hints: ['.md', 'cursorrules', '.claude/', '.openclaw/'],
    needs: [
      [...AGENT_FILES, '.cursorrules', '.claude/settings', '.openclaw/openclaw.json', '.openclaw/workspace'],
    ],
    starts: [
      'write',
      'append',
      'add',
      'update',
      'modify',
      'overwrite',
      'insert',
      'create',
      'edit',
      '.cursorrules',
      '.claude/settings',
      '.openclaw/',
    ],
    in: 'any',
  },
];

const CHAINS: ChainRule[] = [
  {
    type: 'chain',
    id: 'SG-INJECT-007',
    family: 'prompt-injection',
    severity: 'HIGH',
    message: 'Plants instructions in the agent’s persistent config or memory that switch off safety controls',
    remediation: REMEDIATION,
    all: ['agent-config-write', 'safety-off'],
    scope: 'file',
    at: 'safety-off',
  },
];

export const PROMPT_INJECTION_RULES: AnyRule[] = [...PATTERNS, ...SIGNALS, ...CHAINS];
