import type {
  AnyRule,
  ChainRule,
  CustomInput,
  MatchInfo,
  PatternRule,
  RawHit,
  Segment,
  SignalRule,
  SkillContext,
  TagHit,
} from '../rule.types.js';
import { goSiblingLinker, localImports } from '../analyzers/local-imports.js';
import { NOTEBOOK_FILE } from '../analyzers/notebook.analyzer.js';
import { sinkWithSources } from '../analyzers/code-cooccurrence.js';
import { secretFlows, type HeaderCredential, type UrlCredential } from '../analyzers/secret-flow.js';
import { clean, fileLineOf, linesOf } from '../analyzers/segment-lines.js';
import { declaredRequires } from './declared.rules.js';
import { ownItem } from './credential.rules.js';
import {
  BIN_HINTS,
  BIN_HOSTS,
  hostWords,
  ipHost,
  isPublicIp,
  isVendorsOwnHost,
  PASTE_HINTS,
  registrable,
  PASTE_HOSTS,
  SECRET_NAME,
} from './indicators.js';
import { gated, testFile, testSegment } from '../analyzers/literal-gates.js';

const REMEDIATION = 'Remove the upload; a skill must not send local secrets or files to a remote host.';
const SECRETISH = gated(/KEY|TOKEN|SECRET|PASSW|CREDENTIAL|AUTH|DATABASE_URL|SESSION|COOKIE/);

const NET_SEND_SIGNALS: AnyRule[] = [
  {
    type: 'signal',
    tag: 'net-send',
    pattern:
      /\bcurl\b(?:(?!curl\b)[^\n]){0,400}?(?:\s-d\b|\s-F\b|\s-T\b|--data|--form|--upload-file|-X\s*(?:POST|PUT|PATCH)|--request\s+(?:POST|PUT))|\bwget\b[^\n]{0,300}--post-(?:data|file)|\brequests\.(?:post|put|patch)\s*\(|\bhttpx\.(?:post|put|patch)\s*\(|\baxios\.(?:post|put|patch)\s*\(|\bhttps?\.request\s*\(|method\s*[:=]\s*["'](?:POST|PUT|PATCH)["']|\b(?:Invoke-(?:WebRequest|RestMethod)|iwr|irm)\b(?:[^\n`]|`(?!\r?\n)|`\r?\n){0,300}?\s-(?:[Mm]ethod\s+["']?(?:Post|POST|post|Put|PUT|put|Patch|PATCH|patch)|[Bb]ody\b|[Ii]n[Ff]ile\b)|\bsendBeacon\s*\(|\|\s*(?:nc|ncat|netcat)\s+[\w.-]+\s+\d+|\bscp\b[^\n]{0,200}\s[\w.-]+@[\w.-]+:|\bPOST\b[^\n]{0,80}https?:\/\//g,
    needs: [['-', 'requests.', 'httpx.', 'axios.', '.request', 'method', 'sendbeacon', '|', 'scp', 'post']],
    starts: [
      'curl',
      'wget',
      'requests.',
      'httpx.',
      'axios.',
      'http',
      'method',
      'invoke-',
      'iwr',
      'irm',
      'sendbeacon',
      '|',
      'scp',
      'post',
    ],
    hints: [
      'curl',
      'wget',
      'requests.',
      'httpx.',
      'axios.',
      '.request',
      'method',
      'invoke-',
      'iwr',
      'irm',
      'sendbeacon',
      'nc',
      'scp',
      'post',
    ],
    in: 'code',
  },
  {
    // Request bodies of standard clients and mail/socket sends the pattern above does not cover.
    type: 'signal',
    tag: 'net-send',
    pattern:
      /\bRequest\s*\((?:[^()]|\([^()]{0,80}\)){0,300}?\bdata\s*=\s*(?!None\b)|\b(?:Request|urlopen)\s*\(\s*[^,()\n]{1,120},\s*(?!\w+\s*=[^=])(?!None\b)[\w.("']|\burlopen\s*\((?:[^()]|\([^()]{0,80}\)){0,300}?\bdata\s*=\s*(?!None\b)|\b(?:getaddrinfo|gethostbyname(?:_ex)?)\s*\(\s*[A-Za-z_]\w*\s*[,)]|\bsmtplib\.SMTP(?:_SSL)?\s*\(|\.sendall\s*\(|\b(?:session|sess|client|http)\.(?:post|put|patch)\s*\(|\bhttp\.client\.HTTPS?Connection\b|\bhttp\.NewRequest(?:WithContext)?\s*\(\s*(?:\w+\s*,\s*)?(?:"(?:POST|PUT|PATCH)"|http\.Method(?:Post|Put|Patch))|\bhttp\.Post(?:Form)?\s*\(|\bNet::HTTP(?:::(?:Post|Put|Patch)\.new|\.post(?:_form)?)\b|\b(?:RestClient|HTTParty|Faraday)\.(?:post|put|patch)\b|\bnet\.Lookup(?:Host|IP|TXT|CNAME|Addr|MX|NS)\s*\(\s*(?!")|\bdns\.(?:lookup|resolve\w*)\s*\(\s*(?!["'`])/g,
    hints: [
      'request',
      'urlopen',
      'smtplib',
      '.sendall',
      '.post',
      '.put',
      '.patch',
      'http.client',
      'getaddrinfo',
      'gethostbyname',
      'newrequest',
      'http.post',
      'net::http',
      'restclient',
      'httparty',
      'faraday',
      'net.lookup',
      'dns.lookup',
      'dns.resolve',
    ],
    starts: [
      'request',
      'urlopen',
      'getaddrinfo',
      'gethostbyname',
      'smtplib',
      '.sendall',
      'session',
      'sess',
      'client',
      'http',
      'net::http',
      'restclient',
      'httparty',
      'faraday',
      'net.lookup',
      'dns.',
    ],
    in: 'code',
  },
  {
    // Qt's network stack (PyQt/PySide, QGIS plugins): a POST or PUT through a QNetworkAccessManager
    // or QGIS's shared QgsNetworkAccessManager (`QgsNetworkAccessManager.instance().post(req, data)`),
    // or through QGIS's blocking request (`QgsBlockingNetworkRequest().post(req, data)`).
    type: 'signal',
    tag: 'net-send',
    pattern:
      /\b(?:Qgs|Q)(?:NetworkAccessManager|BlockingNetworkRequest)\b[\w.]{0,40}(?:\(\s{0,4}\))?(?:\.\w{1,30}\(\s{0,4}\))?\.(?:post|put|sendCustomRequest)\s{0,4}\(/g,
    hints: ['networkaccessmanager', 'blockingnetworkrequest'],
    starts: ['qnetworkaccessmanager', 'qgsnetworkaccessmanager', 'qgsblockingnetworkrequest'],
    in: 'code',
  },
  {
    // Request bodies of Ruby (a verb sent by name), R (httr, httr2, curl, RCurl; `nsl` of a built
    // name), Swift (URLRequest), Java/Kotlin/Groovy (HttpURLConnection, java.net.http, OkHttp) and
    // COM/XHR clients (`.Open "POST"` of MSXML2/WinHttp in VBA and VBScript, `xhr.open("POST")`).
    type: 'signal',
    tag: 'net-send',
    pattern:
      /\b(?:public_)?send\(\s*:(?:post|put|patch)\b|\bhttr2?::(?:POST|PUT|PATCH)\s*\(|\b(?:POST|PUT|PATCH)\s*\((?:[^\nP]|P(?!(?:OST|UT|ATCH)\s*\()){0,200}?\bbody\s*=|\breq_body_(?:json|raw|form|multipart|file)\s*\(|\b(?:handle_setform|postForm|httpPOST)\s*\(|\bpostfields\s*=|\bnsl\s*\(\s*(?!["'])|\.httpMethod\s*=\s*"(?:POST|PUT|PATCH)"|\.httpBody\s*=|\buploadTask\s*\(\s*with:|\bBodyPublishers\.of\w+\s*\(|\b(?:setR|r)equestMethod\s*(?:=\s*|\(\s*)["'](?:POST|PUT|PATCH)["']|\bsetDoOutput\s*\(\s*true|\bdoOutput\s*=\s*true|\.toRequestBody\s*\(|\bRequestBody\.create\s*\(|\.[Oo]pen\s*\(?\s*["'](?:POST|PUT|PATCH)["']/g,
    hints: [
      'send(',
      'httr',
      'post',
      'put',
      'patch',
      'req_body_',
      'handle_setform',
      'postfields',
      'nsl',
      '.httpmethod',
      '.httpbody',
      'uploadtask',
      'bodypublishers',
      'requestmethod',
      'dooutput',
      'requestbody',
      '.open',
    ],
    starts: [
      'send(',
      'public_send(',
      'httr',
      'post',
      'put',
      'patch',
      'req_body_',
      'handle_setform',
      'httppost',
      'postfields',
      'nsl',
      '.httpmethod',
      '.httpbody',
      'uploadtask',
      'bodypublishers',
      'setrequestmethod',
      'requestmethod',
      'setdooutput',
      'dooutput',
      '.torequestbody',
      'requestbody',
      '.open',
    ],
    in: 'code',
  },
  {
    // Godot's GDScript: an `HTTPRequest.request(url, headers, HTTPClient.METHOD_POST, body)` or
    // `HTTPClient.request(…)` with a body method, or a raw-bytes request.
    type: 'signal',
    tag: 'net-send',
    pattern: /\bHTTPClient\.METHOD_(?:POST|PUT|PATCH)\b|\.request_raw\s*\(/g,
    hints: ['method_post', 'method_put', 'method_patch', 'request_raw'],
    in: 'code',
  },
  {
    // Uploads to object storage and file-transfer servers (S3, GCS, Azure blobs, FTP, SFTP).
    type: 'signal',
    tag: 'net-send',
    pattern:
      /\.(?:put_object|upload_file|upload_fileobj|upload_from_(?:string|filename|file)|upload_blob|storbinary|putObject)\s*\(|\bPutObjectCommand\b|\bsftp\.put\s*\(/g,
    hints: [
      'put_object',
      'upload_file',
      'upload_from_',
      'upload_blob',
      'storbinary',
      'putobject',
      'sftp.put',
    ],
    in: 'code',
  },
  {
    // Data split into DNS labels: several interpolated labels in one looked-up name.
    type: 'signal',
    tag: 'net-send',
    pattern: /\b(?:dig|nslookup|drill|host)\b[^\n]{0,120}?(?:\$\{?[A-Za-z_]\w*\}?\.){2,}/g,
    hints: ['dig', 'nslookup', 'drill', 'host'],
    needs: [['$']],
    in: 'code',
  },
  {
    // A raw HTTP request written by hand to a socket (`write!(s, "POST {} HTTP/1.1\r\n…")`): a request
    // line with a body verb in a string, in any language.
    type: 'signal',
    tag: 'net-send',
    pattern: /["'`](?:POST|PUT|PATCH) [^\s"'`]{1,200} HTTP\/1\.[01]\b/g,
    hints: ['http/1.'],
    starts: ['"post', '"put', '"patch', "'post", "'put", "'patch", '`post', '`put', '`patch'],
    in: 'code',
  },
  {
    // Data smuggled out in the query of a GET (a "tracking pixel"): a URL whose query parameter is a
    // chunk of a string (`?d=${q.slice(i, i + 1800)}`, f"…?d={q[i:i+900]}") or a value encoded in place
    // (`?d=${btoa(…)}`, `=${Buffer.from(…)`, `={base64.b64encode(…)`). Batches of ids joined into a
    // query (`${ids.slice(0, 50).join(",")}`) are paging, not a payload.
    type: 'signal',
    tag: 'net-send',
    pattern:
      /https?:\/\/[^\s"'`]{1,300}?[?&][\w-]{1,40}=(?:\$\{\s{0,4}(?:[\w.]{1,60}\.(?:slice|substring|substr)\s{0,4}\([^()\n]{0,60}\)(?!\s{0,4}\.join\b)|(?:encodeURIComponent\s{0,4}\(\s{0,4})?(?:btoa\s{0,4}\(|Buffer\.from\s{0,4}\())|\{\s{0,4}(?:\w{1,60}\[[^\]\n:]{0,40}:[^\]\n]{0,40}\]|(?:base64\.)?(?:urlsafe_)?b64encode\s{0,4}\())/g,
    hints: ['http'],
    starts: ['http'],
    needs: [['slice', 'substr', 'btoa', 'buffer.from', 'b64encode', ':']],
    in: 'code',
  },
  {
    // SQL handing query output to a program on the database server (PostgreSQL `COPY … TO PROGRAM`):
    // the rows leave the database through whatever that command does.
    type: 'signal',
    tag: 'net-send',
    pattern: /\bTO\s{1,20}PROGRAM\b/gi,
    hints: ['program'],
    in: 'code',
  },
  {
    type: 'signal',
    tag: 'secret-env',
    pattern: new RegExp(`^${SECRET_NAME}=\\$\\{[A-Z0-9_]+\\}\\s*$`, 'gm'),
    hints: ['=${'],
    in: 'code',
  },
  {
    type: 'signal',
    tag: 'net-fetch',
    pattern: /(?:^|[\s;&|(])(?:curl|wget|nslookup|dig|nc|ncat|telnet|ssh|scp)\s+\S/gm,
    hints: ['curl', 'wget', 'nslookup', 'dig', 'nc', 'telnet', 'ssh', 'scp'],
    starts: ['curl', 'wget', 'nslookup', 'dig', 'nc', 'telnet', 'ssh', 'scp'],
    lead: 1,
    in: 'code',
  },
  {
    type: 'signal',
    tag: 'bulk-read',
    pattern:
      /\bglob(?:\.sync)?\(\s*["'](?:\*\*\/|~|\/)|\bos\.walk\(\s*(?:["']\/["']|os\.path\.expanduser|Path\.home)|\btar\s+-?c\w*\s+-?\s*(?:~|\/(?:\s|$)|\$HOME|\/home|\/Users|\/etc)|\bzip\s+-r\w*\s+\S+\s+(?:~|\$HOME|\/home|\/Users)/g,
    hints: ['glob', 'os.walk', 'tar', 'zip'],
    starts: ['glob', 'os.walk', 'tar', 'zip'],
    in: 'code',
  },
];

/**
 * A webhook address redacted for quoting (`/api/webhooks/000000000000000000/XXXXXXXX…`): its id is all
 * zeros or its token a run of one character, which Discord never issues, so nothing can be posted to it.
 */
const REDACTED_WEBHOOK = /\/api\/webhooks\/(?:0{1,20}\/|\d{0,20}\/([\w-])\1{7,}(?![\w-]))/g;
const ANY_WEBHOOK = /\/api\/webhooks\//g;

/** Per segment, per line: whether the line names webhooks and every one of them is redacted. */
const redactedLines = new WeakMap<Segment, Map<number, boolean>>();

/** Answered once per line: a long line of many webhooks is read once, not once per match. */
function onlyRedactedWebhooks(m: MatchInfo): boolean {
  let lines = redactedLines.get(m.segment);
  if (!lines) redactedLines.set(m.segment, (lines = new Map()));
  let answer = lines.get(m.lineIndex);
  if (answer === undefined) {
    const all = m.lineText.match(ANY_WEBHOOK)?.length ?? 0;
    answer = all > 0 && (m.lineText.match(REDACTED_WEBHOOK)?.length ?? 0) === all;
    lines.set(m.lineIndex, answer);
  }
  return answer;
}

/** A command whose output is thrown away or that is sent to the background, so the user sees nothing of it. */
const HIDDEN_RUN = /[&>]>?\s*\/dev\/null|&\s*\)?\s*$|\b(?:nohup|setsid|disown)\b/;
/** A second push address added to an existing remote: every later `git push` also goes there. */
const EXTRA_PUSH_URL =
  /\bset-url\s+(?:--\w+\s+)*--add\s+(?:--\w+\s+)*--push\b|\bset-url\s+--push\s+--add\b|\bremote\.[\w$.{}"-]{1,80}\.pushurl\b/;

const PATTERNS: PatternRule[] = [
  {
    type: 'pattern',
    id: 'SG-EXFIL-048',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Sends the AWS secret access key itself as an HTTP header value (AWS never takes it so: it goes to someone else)',
    remediation:
      'Never send cloud secret keys to a third-party API; sign AWS requests with the SDK and keep the secret local.',
    // A hyphenated quoted key (`"X-Aws-Secret": …`, `'x-amz-secret': …`) is a header name, not an SDK option.
    pattern:
      /["'](?:[A-Za-z]\w{0,30}-){1,5}\w{1,30}["']\s{0,4}:\s{0,4}["'`]?(?:\$\{\s{0,4})?(?:process\.env\.|[\w.]{1,30}(?:\[|\(|\.get\()\s{0,4}["'])?(?:AWS_SECRET_ACCESS_KEY|aws_secret_access_key|awsSecretAccessKey)\b/g,
    hints: ['aws_secret_access_key', 'awssecretaccesskey'],
    tags: ['net-send'],
  },
  {
    type: 'pattern',
    id: 'SG-EXFIL-003',
    family: 'exfiltration',
    severity: 'HIGH',
    message: 'Sends data to a chat webhook (Discord/Telegram/Slack), a common exfiltration channel',
    remediation: 'Do not post to chat webhooks from a skill unless that is its declared, documented purpose.',
    pattern:
      /discord(?:app)?\.com\/api\/webhooks\/|\/api\/webhooks\/\d{17,20}\/[\w-]{60,}|api\.telegram\.org\/bot|hooks\.slack\.com\/(?:services|workflows)\/|\bbot\d{8,10}:[\w-]{30,}/gi,
    // A Discord-shaped webhook path (snowflake id, long token) on another host is a relay in front of Discord.
    hints: ['discord', 'telegram', 'hooks.slack', 'bot', '/api/webhooks/'],
    starts: ['discord', '/api/webhooks/', 'api.telegram.org/bot', 'hooks.slack.com/', 'bot'],
    tags: ['net-send'],
    adjust: (m, ctx) => {
      // A bare `bot<id>:<key>` is a Telegram bot token, wherever the host is spelled.
      const vendor = /slack/i.test(m.match)
        ? 'slack'
        : /telegram|^bot\d/i.test(m.match)
          ? 'telegram'
          : 'discord';
      if (ctx.identity.includes(vendor)) return 'LOW';
      // A redacted webhook (id zeroed, or token a run of one character): quoted evidence, it posts nowhere.
      if (vendor === 'discord' && onlyRedactedWebhooks(m)) return 'MEDIUM';
      return vendor === 'slack' ? 'MEDIUM' : 'HIGH';
    },
  },
  {
    type: 'pattern',
    id: 'SG-EXFIL-004',
    family: 'exfiltration',
    severity: 'HIGH',
    message: 'Uses a request-bin, tunnel or out-of-band interaction host (data capture endpoint)',
    remediation: 'Remove the capture endpoint; legitimate skills talk to documented service APIs.',
    // `webhook.site-style collectors` names a kind of host, not an address.
    pattern: new RegExp(`\\b(?:${BIN_HOSTS})\\b(?!-(?:style|like|type|ish|esque)\\b)`, 'gi'),
    hints: BIN_HINTS,
    tags: ['net-send'],
    adjust: (m) => (/ngrok|trycloudflare|loca\.lt|localtunnel|serveo/i.test(m.match) ? 'MEDIUM' : 'HIGH'),
  },
  {
    type: 'pattern',
    id: 'SG-EXFIL-005',
    family: 'exfiltration',
    severity: 'HIGH',
    message: 'Encodes data into DNS lookups (DNS tunnelling exfiltration)',
    remediation: 'Remove the DNS lookups of interpolated data.',
    pattern:
      /\b(?:dig|nslookup|drill|host)\b(?![ \t]*\()[^\n]{0,200}?(?:\$\(|\$\{|\$[A-Za-z_]|\{[A-Za-z_]\w*\})[^\n]{0,200}?\.[a-z0-9-]+\.[a-z]{2,}|\b(?:gethostbyname\w*|resolver\.(?:resolve|query)|dns\.(?:resolve\w*|lookup))\s*\(\s*(?:f["'][^"'\n]{0,40}\{|[`][^`\n]{0,40}\$\{|\w+\s*\+\s*["']\.)/g,
    hints: ['dig', 'nslookup', 'drill', 'host', 'gethostbyname', 'resolver.', 'dns.'],
    starts: ['dig', 'nslookup', 'drill', 'host', 'gethostbyname', 'resolver.', 'dns.'],
    in: 'code',
    tags: ['net-send'],
  },
  {
    type: 'pattern',
    id: 'SG-EXFIL-006',
    family: 'exfiltration',
    severity: 'HIGH',
    message: 'Markdown image or link whose URL carries interpolated data (leaks it when rendered)',
    remediation: 'Use static image URLs; never build image URLs from conversation or local data.',
    pattern:
      /!?\[[^\]\n]{0,200}\]\(\s*https?:\/\/[^)\s]{1,300}?[?&/][\w-]{0,40}=?(?:\{\{?\s*[\w.]+|\$\{?[\w.]+|<[\w-]+>|%7B|\[[A-Z_]+\])/gi,
    hints: ['](http'],
    tags: ['net-send'],
    adjust: (m) =>
      /(?:\{\{?\s*|<)(?:url|base_?url|host|owner|repo|org|user(?:name)?|id|version|name|lang|locale|branch|number)\b/i.test(
        m.match,
      )
        ? null
        : 'HIGH',
  },
  {
    type: 'pattern',
    id: 'SG-EXFIL-017',
    family: 'exfiltration',
    severity: 'HIGH',
    message: 'A template the agent fills in asks for the contents of secret files or printed tokens',
    remediation:
      'Never put secrets into generated text (comments, reviews, reports); name the variable instead.',
    // `<contents of .env, verbatim>`, `<output of: gh auth status --show-token>` in a body to post.
    pattern:
      /<\s*(?:the\s+)?(?:full\s+)?(?:contents?|output|values?)\s+of:?\s[^>\n]{0,80}?(?:\.env\b|--show-token|\bgh\s+auth\s+token\b|credentials|id_rsa|id_ed25519|\.npmrc|\.netrc|\.tfvars|auth\.json|printenv|\benv\b)[^>\n]{0,80}>/gi,
    hints: ['contents of', 'content of', 'output of', 'values of', 'value of'],
    in: 'any',
  },
  {
    type: 'pattern',
    id: 'SG-EXFIL-018',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Tells the agent not to redact or mask the credentials it gathers (a skill that names credential files)',
    remediation:
      'Diagnostics never need secret values: collect names and fingerprints, and redact before sharing.',
    // "Do not redact or mask values", "do not redact, mask or shorten values", "never mask the tokens":
    // only in a skill that names credential stores.
    pattern:
      /\b(?:do\s+(?:\*\*|\*|__|_)?not(?:\*\*|\*|__|_)?|don'?t|never|without)\s+(?:redact|mask|obfuscat|sanitis|sanitiz|scrub|censor|truncat)\w*(?:,?\s+(?:or\s+)?(?:redact|mask|obfuscat|sanitis|sanitiz|scrub|censor|truncat|shorten|abbreviat|elid)\w*){0,3}\s+(?:any\s+|the\s+)?(?:values?|secrets?|tokens?|keys?|credentials?|passwords?|contents?|them|it|anything)\b/gi,
    hints: ['redact', 'mask', 'obfuscat', 'sanitis', 'sanitiz', 'scrub', 'censor', 'truncat'],
    needs: [
      [
        '.aws/credentials',
        'id_rsa',
        'id_ed25519',
        '.git-credentials',
        '.kube/config',
        'auth token',
        '--show-token',
        'credentials.json',
        '.netrc',
        '.pgpass',
        '.env',
      ],
    ],
    in: 'text',
    tags: ['prose-collect-secret'],
  },
  {
    type: 'pattern',
    id: 'SG-EXFIL-020',
    family: 'exfiltration',
    severity: 'MEDIUM',
    message:
      'Pushes every ref of the repository to an address rather than a configured remote (HIGH when the push is silenced, sent to the background, or the address also becomes an extra push URL)',
    remediation:
      'Push only to remotes the user configured and names; show the destination and the output of any mirror push.',
    // `git push --mirror <url>` / `--all "$url"`: a full copy of the source to a second place. A
    // backup the user asked for is pushed where they can see it; one hidden from them is exfiltration.
    pattern:
      /\bgit\s+(?:-C\s+\S+\s+)?push\b(?=[^\n;|]{0,200}?\s--(?:mirror|all)\b)(?:\s+--?[\w-]+(?:=\S+)?){0,8}\s+["']?(?:https?:\/\/|ssh:\/\/|git@|\$)[^\s;|)]*[^\n;|]{0,200}/g,
    hints: ['--mirror', '--all'],
    starts: ['git'],
    in: 'code',
    tags: ['net-send'],
    // Out of sight, or made a standing second destination of the user's own pushes.
    adjust: (m, ctx) =>
      HIDDEN_RUN.test(m.match) || EXTRA_PUSH_URL.test(ctx.fileText(m.segment.file)) ? 'HIGH' : 'MEDIUM',
  },
  {
    type: 'pattern',
    id: 'SG-EXFIL-007',
    family: 'exfiltration',
    severity: 'CRITICAL',
    message: 'Uploads data to a paste site',
    remediation: REMEDIATION,
    pattern: new RegExp(
      `\\bcurl\\b[^\\n]{0,300}?(?:\\s-d\\b|\\s-F\\b|--data|--form|-T\\b|--upload-file)[^\\n]{0,300}?(?:${PASTE_HOSTS})|(?:${PASTE_HOSTS})[^\\n]{0,200}?(?:\\s-d\\b|\\s-F\\b|--data|--form)`,
      'gi',
    ),
    hints: PASTE_HINTS,
    in: 'code',
  },
  {
    type: 'pattern',
    id: 'SG-EXFIL-014',
    family: 'exfiltration',
    severity: 'HIGH',
    message: 'Encodes data and pipes it into an upload (hides what is sent)',
    remediation: REMEDIATION,
    pattern:
      /\|\s*(?:base64|xxd|gzip|openssl\s+enc)\b[^\n|]{0,40}\|\s*curl\b[^\n]{0,300}?(?:-d|--data\S*|-F|-T)\s*["']?@-|\becho\s+["']?\w*(?:credential|token|secret|password|api_?key)\w*=\$\{?\w+\}?["']?\s*\|[^\n]{0,100}\bcurl\b/gi,
    hints: ['curl'],
    in: 'code',
    tags: ['net-send'],
  },
  {
    type: 'pattern',
    id: 'SG-EXFIL-011',
    family: 'exfiltration',
    severity: 'MEDIUM',
    message: 'Sends host fingerprint data (uname/whoami/hostname) to a remote endpoint',
    remediation: REMEDIATION,
    pattern:
      /\bcurl\b[^\n]{0,300}?(?:-d|--data\S*|-F|--form)[^\n]{0,200}?\$\((?:uname|whoami|hostname|id|ifconfig|ip\s+a)\b/gi,
    hints: ['curl'],
    needs: [['$(']],
    in: 'code',
  },
];

/** Encodings that make a value unreadable at a glance. */
const ENCODINGS = ['base64', 'base32', 'hex', 'rot13'];

/**
 * "Base64-encode it and append it to the PR body": an encoded value hidden in something the agent
 * publishes (a PR, commit, issue, comment) leaves the machine without any upload command. One
 * window from the encoding to the place, no verb between: a verb group would be retried at every
 * verb of the window.
 */
const PROSE_EMBED_ENCODED: SignalRule = {
  type: 'signal',
  tag: 'prose-embed-encoded',
  pattern:
    /\b(?:base64|base32|hex|rot13)[- ]?encod\w*(?:[^\n]|\n(?![ \t]*\n)){0,200}?\b(?:PR|pull request|commit|issue|comment|description|changelog|release notes|README|alt text|footer)\b/gi,
  hints: ENCODINGS,
  starts: ENCODINGS,
  in: 'text',
};

/**
 * "Send the token only to `https://api.figma.com` in the `X-Figma-Token` header": prose that restricts
 * where a vendor's own credential may go, to that vendor's API, is a safeguard, not a send. Needs the
 * restriction, one address, and a credential named after the address's registrable domain; never a
 * hook, gist, paste or request-bin address (anyone can own a Slack webhook or a gist).
 */
const SEND_ONLY_TO =
  /\b(?:send|pass|post|forward|submit|transmit|share)\w*\b[^\n]{0,80}?\b(?:only|exclusively)\s{1,4}(?:ever\s{1,4})?to\b|\bnever\b[^\n]{0,80}?\bto\s{1,4}(?:anything|anywhere|any\s{1,4}(?:other\s{1,4})?(?:host|server|address|url))\s{1,4}(?:but|except|other\s{1,4}than)\b/i;
const URL_IN_PROSE = /https?:\/\/[^\s"'`)<>]{1,300}/gi;
const SHARED_DROP = new RegExp(
  `${BIN_HOSTS}|${PASTE_HOSTS}|https?:\\/\\/[^\\s"'\`)]{0,200}?\\b(?:hooks?|webhooks?|gists?|paste|uploads?|collect\\w*|ingest\\w*)\\b`,
  'i',
);

function sentOnlyToVendor(evidence: string): boolean {
  if (!SEND_ONLY_TO.test(evidence) || SHARED_DROP.test(evidence)) return false;
  const urls = evidence.match(URL_IN_PROSE) ?? [];
  if (urls.length !== 1) return false;
  const { domain } = hostWords(urls[0]);
  if (!domain || !/^[a-z0-9-]{2,63}$/.test(domain)) return false;
  // `FIGMA_TOKEN`, `X-Figma-Token`, "Figma personal access token", "Linear API key".
  const ownCredential = new RegExp(
    `(?<![a-z0-9])${domain}(?:[\\s_-]{1,2}(?:personal|access|api|auth|service|account|user|integration)){0,3}[\\s_-]{1,2}(?:tokens?|keys?|pats?|secrets?)\\b`,
    'i',
  );
  return ownCredential.test(evidence);
}

/** Gathering some other secret (key files, cookies, the environment): the vendor's API may be a drop. */
const FOREIGN_COLLECT =
  /\b(?:read|collect|gather|dump|extract|copy|grab|harvest|cat|list|include|attach|upload|fetch|get|find)\w*\b[^\n]{0,80}?(?:~[\\/]\.|\.ssh\b|id_rsa|\.aws\b|\.env\b|\.netrc|\.npmrc|\.git-credentials|credentials\b|cookies|wallets?\b|seed\s+phrases?|mnemonic|keychain|environment\s+variables|env\s+vars|all\s+(?:the\s+|your\s+)?(?:keys|tokens|secrets|passwords))/i;
/** How far around the send line its section is read (up to the headings around it). */
const SECTION_REACH = 80;
const MD_HEADING = /^\s{0,3}#{1,6}\s/;

const MAX_COLLECT_LINE = 2000;
/** The last file read: its lines, and per line 1 gathers another secret, 0 not, -1 not asked yet. */
let foreignMemo: { text: string; lines: readonly string[]; flags: Int8Array } | null = null;

/** Whether the markdown section holding 1-based `line` tells the agent to gather some other secret. */
function sectionCollectsForeign(text: string, line: number): boolean {
  if (foreignMemo?.text !== text) {
    const lines = linesOf(text);
    foreignMemo = { text, lines, flags: new Int8Array(lines.length).fill(-1) };
  }
  const { lines, flags } = foreignMemo;
  const collects = (k: number) => {
    if (flags[k] === -1) flags[k] = FOREIGN_COLLECT.test(lines[k].slice(0, MAX_COLLECT_LINE)) ? 1 : 0;
    return flags[k] === 1;
  };
  const at = line - 1;
  for (let k = Math.min(at, lines.length - 1); k >= 0 && k > at - SECTION_REACH; k--) {
    if (collects(k)) return true;
    if (MD_HEADING.test(lines[k])) break;
  }
  for (let k = at + 1; k < lines.length && k < at + SECTION_REACH && !MD_HEADING.test(lines[k]); k++)
    if (collects(k)) return true;
  return false;
}

/** SG-EXFIL-009/010: every ingredient counts, except a send restricted to the credential's own vendor. */
function countsAsProseSend(t: TagHit, ctx: SkillContext): boolean {
  return (
    t.tag !== 'prose-send' ||
    !sentOnlyToVendor(t.evidence) ||
    sectionCollectsForeign(ctx.fileText(t.file), t.line)
  );
}

/** A read of a keychain item (the OS secret store), as SG-CRED-005 finds it. */
const KEYCHAIN_READ = /\bsecret-tool\s+lookup\b|\bsecurity\s+find-(?:generic|internet)-password\b/i;

/** A send to the skill's own vendor over https: every address it names is that vendor's host, none a drop. */
function vendorsOwnSend(evidence: string, identity: string): boolean {
  const urls = evidence.match(URL_IN_PROSE) ?? [];
  return (
    urls.length > 0 &&
    urls.every((u) => /^https:/i.test(u) && !SHARED_DROP.test(u) && isVendorsOwnHost(u, identity))
  );
}

/**
 * SG-EXFIL-002: a read of the skill's own keychain item (`secret-tool lookup service <skill>`) in a
 * block whose every send goes to the skill's own vendor over https is the skill using the credential
 * the user stored for it, not a theft; any other read, or any other destination, counts.
 */
function countsAsSecretSend(t: TagHit, ctx: SkillContext, tags: readonly TagHit[]): boolean {
  if (t.tag !== 'secret-read' || !KEYCHAIN_READ.test(t.evidence)) return true;
  // The item named in the command itself (no variable followed through the file: a second read of it).
  if (!ownItem(t.evidence, ctx.identity, t.evidence)) return true;
  let blocks = vendorSendBlocks.get(tags);
  if (!blocks) vendorSendBlocks.set(tags, (blocks = new Map()));
  let vendorsOnly = blocks.get(t.block);
  if (vendorsOnly === undefined) {
    vendorsOnly = tags.every(
      (s) => s.tag !== 'net-send' || s.block !== t.block || vendorsOwnSend(s.evidence, ctx.identity),
    );
    blocks.set(t.block, vendorsOnly);
  }
  return !vendorsOnly;
}

/** Per scan's tag list, per block: whether every send of the block goes to the skill's own vendor. */
const vendorSendBlocks = new WeakMap<readonly TagHit[], Map<string, boolean>>();

const CHAINS: ChainRule[] = [
  {
    type: 'chain',
    id: 'SG-EXFIL-002',
    family: 'exfiltration',
    severity: 'CRITICAL',
    message:
      'Reads credentials (key files, credential stores, environment dump) and sends data over the network',
    remediation: REMEDIATION,
    all: ['secret-read', 'net-send'],
    scope: 'block',
    at: 'net-send',
    counts: countsAsSecretSend,
  },
  {
    type: 'chain',
    id: 'SG-EXFIL-012',
    family: 'exfiltration',
    severity: 'CRITICAL',
    message: 'Launches a network upload with secret environment variables passed in',
    remediation: REMEDIATION,
    all: ['secret-env', 'net-send'],
    scope: 'block',
    at: 'net-send',
  },
  {
    type: 'chain',
    id: 'SG-EXFIL-013',
    family: 'exfiltration',
    severity: 'HIGH',
    message: 'Launches a network client with secret environment variables passed in',
    remediation: REMEDIATION,
    all: ['secret-env', 'net-fetch'],
    scope: 'block',
    at: 'net-fetch',
  },
  {
    type: 'chain',
    id: 'SG-EXFIL-008',
    family: 'exfiltration',
    severity: 'HIGH',
    message: 'Collects files in bulk (home folder, whole tree) and sends them over the network',
    remediation: REMEDIATION,
    all: ['bulk-read', 'net-send'],
    scope: 'block',
    at: 'net-send',
  },
  {
    type: 'chain',
    id: 'SG-EXFIL-009',
    family: 'exfiltration',
    severity: 'HIGH',
    message: 'Instructs the agent to collect secrets and send them to a remote endpoint',
    remediation: REMEDIATION,
    all: ['prose-collect-secret', 'prose-send'],
    scope: 'block',
    at: 'prose-send',
    counts: countsAsProseSend,
  },
  {
    type: 'chain',
    id: 'SG-EXFIL-010',
    family: 'exfiltration',
    severity: 'CRITICAL',
    message: 'Instructs the agent to collect secrets, send them out, and keep it from the user',
    remediation: REMEDIATION,
    all: ['prose-collect-secret', 'prose-send', 'conceal'],
    scope: 'block',
    at: 'prose-send',
    counts: countsAsProseSend,
  },
  {
    type: 'chain',
    id: 'SG-EXFIL-021',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Instructs the agent to collect secrets and embed them, encoded, in something it publishes (PR, commit, issue, comment)',
    remediation: REMEDIATION,
    all: ['prose-collect-secret', 'prose-embed-encoded'],
    scope: 'block',
    at: 'prose-embed-encoded',
  },
];

/**
 * A storage access key given as a literal, or assembled from pieces, not read from the user's environment:
 * as a client's argument or as a constant of the environment variable's name (`AWS_ACCESS_KEY_ID = "…"`).
 */
const EMBEDDED_STORAGE_KEY = gated(
  /\b(?:aws_access_key_id|aws_secret_access_key|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|accessKeyId|secretAccessKey|account_key|AccountKey)["']?\s*[=:]\s*(?:["'`](?!YOUR|<|xxx|REPLACE|CHANGE|\$\{)[A-Za-z0-9/+]{4}|["']{2}\s*\.\s*join\s*\(|[\w\]["'.]+\s*\+\s*[\w\]["'.]+)/,
);
const STORAGE_UPLOAD = gated(
  /\.(?:put_object|upload_file|upload_fileobj|upload_blob|putObject|upload)\s*\(|\bPutObjectCommand\b/g,
);

/** Reading the skill's own `.env` is how most skills load settings: not a source for a cross-file flow. */
const DOTENV_READ = /(?<!\w)\.env(?:\.\w+)?\b/;
/** The skill's settings files: a script that names one loads what it lists (credential sources too). */
const CONFIG_FILE = /\.(?:toml|ya?ml|json|ini|cfg|conf)$/i;

/** A settings file name in a string: `"gateway.toml"`, `'conf/app.yaml'`. */
const CONFIG_NAME = /["'`/]([\w.-]{1,100}\.(?:toml|ya?ml|json|ini|cfg|conf))["'`]/gi;

/**
 * Settings files of the skill a code file names by file name in a string (`"config" / "gateway.toml"`),
 * each name once: a name repeated 50,000 times with 2,000 files of that name built 10⁸ entries.
 */
function configsNamed(text: string, configsByName: Map<string, string[]>): string[] {
  const out: string[] = [];
  const named = new Set<string>();
  for (const m of text.matchAll(CONFIG_NAME)) {
    if (named.has(m[1])) continue;
    named.add(m[1]);
    out.push(...(configsByName.get(m[1]) ?? []));
  }
  return out;
}

/**
 * A script that sends data and loads (directly or through up to two more of the skill's modules or
 * settings files it names) a file that reads or lists credential files or the whole environment:
 * the flow the in-file chains miss when collecting and sending sit in different files.
 */
function crossFileFlows({ files, tagHits, segments }: CustomInput): RawHit[] {
  const sources = new Set(
    tagHits.filter((t) => t.tag === 'secret-read' && !DOTENV_READ.test(t.evidence)).map((t) => t.file),
  );
  const sends = new Map<string, TagHit>();
  for (const t of tagHits) if (t.tag === 'net-send' && !sends.has(t.file)) sends.set(t.file, t);
  if (sources.size === 0 || sends.size === 0) return [];
  const paths = new Set(files.map((f) => f.path));
  // A notebook is read by its code cells: its imports are lines of the cells, not of the JSON.
  const texts = new Map(
    files.map((f) => [f.path, NOTEBOOK_FILE.test(f.path) ? cellCode(segments, f.path) : f.text]),
  );
  const configsByName = new Map<string, string[]>();
  for (const p of paths) {
    if (!CONFIG_FILE.test(p)) continue;
    const name = p.slice(p.lastIndexOf('/') + 1);
    configsByName.set(name, [...(configsByName.get(name) ?? []), p]);
  }
  const goSiblingsUsed = goSiblingLinker(texts);
  const linked = new Map<string, string[]>();
  const importsOf = (path: string) => {
    const known = linked.get(path);
    if (known) return known;
    const text = texts.get(path) ?? '';
    // Each file once, in the order first found: the searches below look for the first of a kind.
    const found = [
      ...new Set([
        ...localImports(path, text, paths),
        ...goSiblingsUsed(path, text),
        ...configsNamed(text, configsByName),
      ]),
    ];
    linked.set(path, found);
    return found;
  };
  const out: RawHit[] = [];
  const reported = new Set<string>();
  const staged = stagedBy(sources, texts);
  const reached = sourceReacher(sources, importsOf);
  let stagedIn: ((text: string) => string | undefined) | undefined;
  let joiners: Map<string, { joiner: string; source: string }> | undefined;
  for (const [file, send] of sends) {
    if (sources.has(file)) continue; // a flow inside one file is the in-file rules' to report
    const text = texts.get(file) ?? '';
    let source = reached(file) ?? (stagedIn ??= stagedLookup(staged))(text);
    // A third script loads both the collecting and the sending module and joins them
    // (`upload(name, await buildContext())` in main.ts).
    let via = '';
    if (!source) {
      const joined = (joiners ??= joinersOf(paths, sources, importsOf)).get(file);
      if (joined) {
        source = joined.source;
        via = `, joined in ${joined.joiner}`;
      }
    }
    if (!source) continue;
    const evidence = `${send.evidence} (data collected in ${source}${via})`.slice(0, 200);
    out.push({ file, line: send.line, evidence, depth: send.depth });
    reported.add(file);
  }
  // The other way round: the file reading credentials loads a module of the skill that sends, and
  // hands it what it collected (`syncProfile({ vaults })` from `./chain.js`).
  for (const file of sources) {
    if (sends.has(file)) continue;
    const sender = importsOf(file).find((f) => sends.has(f) && !reported.has(f));
    const read =
      sender &&
      tagHits.find((t) => t.file === file && t.tag === 'secret-read' && !DOTENV_READ.test(t.evidence));
    if (!sender || !read) continue;
    const evidence = `${read.evidence} (sent by ${sender})`.slice(0, 200);
    out.push({ file, line: read.line, evidence, depth: read.depth });
  }
  return out;
}

function cellCode(segments: Segment[], path: string): string {
  return segments
    .filter((s) => s.file === path && s.kind === 'code' && s.lang === 'python')
    .map((s) => s.text)
    .join('\n');
}

/** A hidden folder or file of the working tree given as a string literal (`".snapshots"`, `'.out/run.json'`). */
const HIDDEN_PATH_LITERAL = /["'`](\.[A-Za-z][\w-]{1,40})(?:\/[^"'`\s]{0,120})?["'`]/g;
/** Hidden names every project has, or file extensions: naming one links no two scripts. */
const COMMON_HIDDEN =
  /^\.(?:git\w*|github|venv|env|config|vscode|idea|ssh|aws|npmrc|json\w*|txt|csv|log|md|ya?ml|toml|ini|cfg|gz|zip|tar|tgz|py|m?js|ts|sh|html?|xml|lock|tmp|bak|pem|key)$/i;
/** Writing a file: the collected data left on disk for another script to pick up. */
const FILE_WRITE =
  /\.write_text\s*\(|\.write_bytes\s*\(|\bjson\.dump\s*\(|\bwriteFile(?:Sync)?\s*\(|\bopen\s*\([^)\n]{0,200}["'][wa]b?\+?["']|\bFile\.write\s*\(|\bos\.WriteFile\s*\(|>>?\s*["']?\.[A-Za-z][\w-]{1,40}\//;

/**
 * Per source file that writes to disk, the hidden paths it names: where it may leave what it
 * collected. A script elsewhere in the skill that names one of them and sends data uploads the
 * collection, a hand-over through a file instead of an import.
 */
function stagedBy(sources: Set<string>, texts: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of sources) {
    const text = texts.get(file) ?? '';
    if (/\.md$/i.test(file) || !FILE_WRITE.test(text)) continue;
    const names = new Set<string>();
    for (const m of text.matchAll(HIDDEN_PATH_LITERAL)) if (!COMMON_HIDDEN.test(m[1])) names.add(m[1]);
    if (names.size > 0) out.set(file, [...names]);
  }
  return out;
}

/** A hidden name in quotes (`".snapshots"`, `'.out/'`): the closing quote or slash is left unread. */
const QUOTED_HIDDEN_NAME = /(["'`])(\.[A-Za-z][\w-]{1,40})(?=\1|\/)/g;

/**
 * The first staged file (in `staged` order) one of whose hidden names a text names in quotes
 * (`"name"` or `"name/…`). Each text is read once for its quoted names, rather than once per name
 * of every staged file (10⁵ names and 2,000 sending scripts: hours).
 */
function stagedLookup(staged: Map<string, string[]>): (text: string) => string | undefined {
  const order = [...staged.keys()];
  const firstWith = new Map<string, number>();
  order.forEach((file, k) => {
    for (const name of staged.get(file)!) if (!firstWith.has(name)) firstWith.set(name, k);
  });
  return (text) => {
    if (firstWith.size === 0) return undefined;
    let best = order.length;
    for (const m of text.matchAll(QUOTED_HIDDEN_NAME)) best = Math.min(best, firstWith.get(m[2]) ?? best);
    return order[best];
  };
}

/**
 * The source file a send file reaches first through up to three levels of the skill's imports, in the
 * order a breadth-first walk finds them: a source it loads, else the first of its modules that loads
 * one (that module's first), else the first module two levels down that loads one. Per file the first
 * source it loads and the first of its modules that loads one are kept, so every walk costs the send
 * file's own imports instead of the whole graph below it (600 scripts loading each other: 20 s).
 */
function sourceReacher(
  sources: Set<string>,
  importsOf: (path: string) => string[],
): (start: string) => string | undefined {
  const loaded = new Map<string, string | null>();
  const sourceLoaded = (p: string) => {
    let s = loaded.get(p);
    if (s === undefined) {
      s = importsOf(p).find((f) => sources.has(f)) ?? null;
      loaded.set(p, s);
    }
    return s;
  };
  const loader = new Map<string, string | null>();
  const moduleLoading = (p: string) => {
    let m = loader.get(p);
    if (m === undefined) {
      m = importsOf(p).find((f) => sourceLoaded(f) !== null) ?? null;
      loader.set(p, m);
    }
    return m;
  };
  return (start) => {
    const direct = sourceLoaded(start);
    if (direct) return direct;
    const imports = importsOf(start);
    for (const m of imports) {
      const s = sourceLoaded(m);
      if (s) return s;
    }
    for (const m of imports) {
      const via = moduleLoading(m);
      if (via) return sourceLoaded(via)!;
    }
    return undefined;
  };
}

/**
 * Per file, the first script of the skill (in path order, itself no source) that loads both it and a
 * source, with that source: the script joining the collecting and the sending module.
 */
function joinersOf(
  paths: Set<string>,
  sources: Set<string>,
  importsOf: (path: string) => string[],
): Map<string, { joiner: string; source: string }> {
  const out = new Map<string, { joiner: string; source: string }>();
  for (const c of paths) {
    if (sources.has(c)) continue;
    const source = importsOf(c).find((f) => sources.has(f));
    if (!source) continue;
    for (const f of importsOf(c)) if (f !== c && !out.has(f)) out.set(f, { joiner: c, source });
  }
  return out;
}

/** A curl posting a file as a form part or a raw body (`-F "f=@$ARCHIVE"`, `--data-binary @x`). */
const CURL = gated(/\bcurl\b/);
const FILE_UPLOAD_FLAG = gated(/\s-F\s*["']?[\w.-]{1,40}=@|\s--data-binary\s+["']?@|\s--upload-file\b/);
/** Reads of this many credential stores in a skill's instructions make a collection, not a check. */
const CREDENTIAL_SWEEP = 4;

/**
 * The markdown has the agent read several credential stores (SSH keys, cloud, registry and git
 * credentials) and names a script of the skill that uploads a file: the bundle leaves the machine,
 * even though no single block both reads and sends.
 */
function sweptCredentialsUploaded({ tagHits, segments, files }: CustomInput): RawHit[] {
  const reads = tagHits.filter((t) => t.tag === 'secret-read' && /\.md$/i.test(t.file));
  if (new Set(reads.map((t) => `${t.file}:${t.line}`)).size < CREDENTIAL_SWEEP) return [];
  const uploaders = new Set(
    segments
      .filter(
        (seg) =>
          seg.kind === 'code' &&
          !/\.(?:md|markdown)$/i.test(seg.file) &&
          testSegment(CURL, seg) &&
          testSegment(FILE_UPLOAD_FLAG, seg),
      )
      .map((seg) => seg.file),
  );
  const named = (md: string) => {
    const text = files.find((f) => f.path === md)?.text ?? '';
    return [...uploaders].some((u) => text.includes(u.slice(u.lastIndexOf('/') + 1)));
  };
  const first = reads.find((t) => named(t.file));
  return first ? [{ file: first.file, line: first.line, evidence: first.evidence, depth: first.depth }] : [];
}

/**
 * A Cargo build script (`build.rs`, run by every `cargo build` with the user's rights) that finds the
 * home folder, reads files, and uploads: a raw socket, a UDP send, or a request with a body verb.
 * Build scripts fetch vendored sources and probe the toolchain; they have no business sending data.
 */
const BUILD_SCRIPT = /(?:^|\/)build\.rs$/;
const RUST_HOME =
  /\bvar(?:_os)?\s*\(\s*"(?:HOME|USERPROFILE|APPDATA|LOCALAPPDATA|XDG_CONFIG_HOME)"|\bhome_dir\s*\(|\bconfig_dir\s*\(|\bBaseDirs::new\b/;
const RUST_READ = /\bfs::read(?:_to_string|_dir)?\s*\(|\bFile::open\s*\(|\bread_to_string\s*\(\s*&?\w/;
const RUST_UPLOAD =
  /\bTcpStream::connect\w*\s*\(|\bUdpSocket::bind\s*\(|\.send_to\s*\(|\.(?:post|put|patch)\s*\(\s*&?[\w"]|\.send_(?:bytes|string|form|json)\s*\(|["'](?:POST|PUT|PATCH) [^\s"']{1,200} HTTP\/1\.[01]\b|\bCommand::new\s*\(\s*"(?:curl|wget|nc|ncat|scp)(?:\.exe)?"/g;

function buildScriptUploads(segments: Segment[]): RawHit[] {
  return sinkWithSources(
    segments.filter((s) => BUILD_SCRIPT.test(s.file)),
    ['other'],
    [RUST_HOME, RUST_READ],
    RUST_UPLOAD,
  );
}

/**
 * PostgreSQL `COPY … TO PROGRAM` / `FROM PROGRAM` whose command is assembled at run time: a format
 * placeholder filled by `EXECUTE format(…)`, a `||` concatenation, or a psql variable. A fixed
 * `TO PROGRAM 'gzip > /backups/x.gz'` is the operator's own command.
 */
const SQL_COMPUTED_PROGRAM =
  /\b(?:TO|FROM)\s{1,20}PROGRAM\s{1,20}(?:%[LsI]\b|'[^'\n]{0,200}'\s{0,20}\|\||'?\s{0,20}\|\||:['"]?[A-Za-z_]|\$\d)/gi;

/** A Postman script sends a request of its own. */
const PM_SEND = gated(/\bpm\.sendRequest\s{0,4}\(/);
/**
 * Every variable of a scope at once (`pm.environment.toObject()`), or a scope picked by a computed name
 * (`pm[k][f]()`, names rebuilt at run time to hide which store is read).
 */
const PM_ALL_VARS = gated(
  /\bpm\.(?:environment|globals|collectionVariables|variables|iterationData|vault)\.toObject\s{0,4}\(|\bpm\s{0,4}\[\s{0,4}[\w$.]{1,40}\s{0,4}\]\s{0,4}\[/,
);
/** The sent request's URL is the collection's own (a `{{var}}` template or a variable read). */
const PM_OWN_URL =
  /\bpm\.sendRequest\s{0,4}\(\s{0,4}(?:\{[^}]{0,80}?\burl\s{0,4}:\s{0,4})?(?:\\?["'`]\{\{|\\?["'`]\/|pm\.(?:environment|variables|collectionVariables|globals)\.get\s{0,4}\(|pm\.request\.url\b|baseUrl\b)/;

/**
 * A Postman pre-request or test script (collection JSON `exec` lines, or a script file) that reads a
 * whole variable scope (API keys, secrets, tokens) and sends requests of its own: HIGH unless the
 * request goes to the collection's own templated URL.
 */
function postmanVariableExfil({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const file of files) {
    if (!/\.(?:json|js|ts)$/i.test(file.path)) continue;
    if (!testFile(PM_SEND, file) || !testFile(PM_ALL_VARS, file)) continue;
    const lines = linesOf(file.text);
    const at = Math.max(
      0,
      lines.findIndex((l) => /\bpm\.sendRequest\b/.test(l)),
    );
    const call = lines.slice(at, at + 4).join('\n');
    out.push({
      file: file.path,
      line: at + 1,
      evidence: clean(lines[at] ?? ''),
      severity: PM_OWN_URL.test(call) ? 'MEDIUM' : 'HIGH',
    });
  }
  return out;
}

/**
 * SG-EXFIL-047: a Pandoc Lua filter (run on every build by the defaults or the command line) that
 * serialises the whole document in its `Pandoc(doc)` function (`pandoc.write(doc, …)`,
 * `stringify(doc)`) and launches an upload (curl/wget sending a body or stdin: `--data-binary @-`,
 * `-d`, `-F`, `-T`) to a host no document of the skill names. A filter rewrites the document; one that
 * posts the manuscript to an address the user never reads about is copying it out, however it is
 * labelled ("usage report"). The launches are the vectors and command lines of `pandoc.pipe`,
 * `pandoc.system.command`, `os.execute` and `io.popen` as the argv reader spells them.
 */
const PANDOC_DOC_PARAM =
  /\bPandoc[ \t]{0,4}(?:=[ \t]{0,4}function)?[ \t]{0,4}\([ \t]{0,4}([A-Za-z_]\w{0,40})[ \t]{0,4}\)/;
const FILTER_UPLOAD =
  /\bcurl\b[^\n]{0,400}?\s(?:-d|--data(?:-binary|-raw|-urlencode|-ascii)?|-F|--form|-T|--upload-file)(?:[\s=]|$)|\bwget\b[^\n]{0,300}--(?:post|body)-(?:data|file)\b/;
const FILTER_URL_HOST =
  /\bhttps?:\/\/(?:[^\s/@'"]{1,100}@)?([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})/g;
const LOCAL_HOST = /^(?:localhost|[\d.]+|[\w.-]*\.(?:local|internal|localhost|test|invalid))$/i;

function pandocFilterUploads({ segments, files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  let docs: string | undefined;
  for (const seg of segments) {
    if (!seg.block.endsWith('#argv') || !/\.lua$/i.test(seg.file) || !FILTER_UPLOAD.test(seg.text)) continue;
    const source = files.find((f) => f.path === seg.file)?.text ?? '';
    const param = PANDOC_DOC_PARAM.exec(source)?.[1];
    if (!param) continue;
    const whole = new RegExp(
      `\\b(?:pandoc\\.write|stringify|pandoc\\.json\\.encode)[ \\t]{0,4}\\([ \\t]{0,4}${param}(?:\\.blocks)?[ \\t]{0,4}[,)]`,
    );
    if (!whole.test(source)) continue;
    docs ??= files
      .filter((f) => /\.(?:md|markdown|txt|rst)$/i.test(f.path))
      .map((f) => f.text.toLowerCase())
      .join('\n');
    const lines = linesOf(seg.text);
    for (let i = 0; i < lines.length; i++) {
      if (!FILTER_UPLOAD.test(lines[i])) continue;
      const hosts = [...lines[i].matchAll(FILTER_URL_HOST)].map((h) => h[1].toLowerCase());
      const foreign = hosts.find((h) => !LOCAL_HOST.test(h) && !docs!.includes(registrable(h)));
      if (foreign) out.push({ file: seg.file, line: fileLineOf(seg, i), evidence: clean(lines[i]) });
    }
  }
  return out;
}

export const EXFILTRATION_RULES: AnyRule[] = [
  {
    type: 'custom',
    id: 'SG-EXFIL-047',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A Pandoc Lua filter serialises the whole document and uploads it (curl/wget with a body or stdin, via pandoc.pipe, os.execute or io.popen) to a host the skill does not document',
    remediation:
      'A document filter should transform the document locally; never post manuscript text to a remote host, and name any service that receives content in SKILL.md.',
    check: pandocFilterUploads,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-036',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A Postman script reads a whole variable scope (pm.environment/globals/collectionVariables .toObject(), or a scope chosen by a computed name) and sends its own request (pm.sendRequest) to an address that is not the collection’s templated API URL',
    remediation:
      'Postman scripts should read only the variables they need with .get() and send requests only to the collection’s own {{baseUrl}}; never post whole environments or globals elsewhere.',
    check: postmanVariableExfil,
  },
  ...NET_SEND_SIGNALS,
  ...PATTERNS,
  PROSE_EMBED_ENCODED,
  ...CHAINS,
  {
    type: 'custom',
    id: 'SG-EXFIL-001',
    family: 'exfiltration',
    severity: 'CRITICAL',
    message: 'A secret environment variable flows into the body of a network request',
    remediation: REMEDIATION,
    check: ({ segments, ctx }) =>
      segments
        .filter(
          (s) =>
            (s.kind === 'code' || s.kind === 'decoded' || s.kind === 'config') && testSegment(SECRETISH, s),
        )
        .flatMap((s) =>
          secretFlows(s, declaredVendorCredential(ctx), documentedApiCredential(ctx), HEADER_CREDENTIAL).map(
            ({ grant, ...f }) => ({
              ...f,
              depth: s.depth,
              ...(grant && vendorTokenEndpoint(grant, ctx) ? { severity: 'MEDIUM' as const } : {}),
            }),
          ),
        ),
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-016',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Uploads to object storage with access keys written into the skill (the data goes to the author’s account)',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(segments, ['python', 'js', 'go', 'ruby'], [EMBEDDED_STORAGE_KEY], STORAGE_UPLOAD),
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-015',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Sends data from a script that loads a module of the skill reading credential files or the whole environment (or reads them and loads a module that sends)',
    remediation: REMEDIATION,
    check: crossFileFlows,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-022',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Has the agent read several credential stores and hands the result to a script of the skill that uploads a file',
    remediation: REMEDIATION,
    check: sweptCredentialsUploaded,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-019',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Looks up DNS names built from encoded data (base64/hex chunks in the labels): DNS tunnelling exfiltration',
    remediation: 'Remove the lookups; a name to resolve never needs to carry encoded local data.',
    check: encodedLookups,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-031',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A Cargo build script reads files from the home folder and sends data over the network (runs on every cargo build)',
    remediation:
      'A build script must only read the crate and its declared inputs; remove the home-folder reads and the upload.',
    check: ({ segments }) => buildScriptUploads(segments),
  },
  {
    type: 'pattern',
    id: 'SG-EXFIL-032',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'SQL runs a shell command assembled at run time on the database server (COPY … TO/FROM PROGRAM with a computed command)',
    remediation:
      'Do not run shell commands from the database; export with COPY … TO STDOUT and process the file on the client.',
    pattern: SQL_COMPUTED_PROGRAM,
    hints: ['program'],
    in: 'code',
    tags: ['net-send', 'exec'],
  },
];

/**
 * A credential the skill declares it needs (`requires.env`), put into a URL on the host of the
 * service the skill is about (`/bot$TG_BOT_TOKEN/sendMessage` on api.telegram.org for a Telegram
 * skill): the user's own token authenticating to its own service, which is where it belongs.
 */
function declaredVendorCredential(ctx: SkillContext): UrlCredential {
  const declared = declaredRequires(ctx.frontmatter)?.env ?? [];
  if (!declared.length) return () => false;
  return (secret, url) => {
    const name = /[A-Za-z_]\w*$/.exec(secret)?.[0];
    return name !== undefined && declared.includes(name) && isVendorsOwnHost(url, ctx.identity);
  };
}

/** Credentials of platforms, clouds and the machine itself: never another service's API key. */
const PLATFORM_CREDENTIAL =
  /^(?:AWS|AZURE|ARM|GCP|GCLOUD|GOOGLE_APPLICATION|GITHUB|GH|GITLAB|BITBUCKET|NPM|NODE_AUTH|PYPI|TWINE|DOCKER|SSH|KUBE|VAULT|OPENAI|ANTHROPIC)_|PASSWORD|PASSWD|PRIVATE_KEY|SESSION|COOKIE|DATABASE_URL/;
/** An API credential by name: a key or token. */
const API_CREDENTIAL = /(?:^|_)(?:API_?)?(?:KEY|TOKEN)(?:_|$)/;
const INDICATOR_HOST = new RegExp(
  `^https?://(?:[\\w-]{1,63}\\.){0,6}?(?:${PASTE_HOSTS}|${BIN_HOSTS})(?=[/:?#]|$)`,
  'i',
);
/**
 * The hosts of a platform or cloud whose credential it is (`GH_TOKEN` to ghcr.io, `NPM_TOKEN` to
 * registry.npmjs.org): where a name too short to be matched against the domain belongs.
 */
const PLATFORM_HOSTS: readonly (readonly [RegExp, RegExp])[] = [
  [/^(?:GITHUB|GH)_/, /(?:^|\.)(?:github\.com|githubusercontent\.com|ghcr\.io)$/],
  [/^GITLAB_/, /(?:^|\.)gitlab\.com$/],
  [/^BITBUCKET_/, /(?:^|\.)(?:bitbucket\.org|atlassian\.com)$/],
  [/^NPM_/, /(?:^|\.)npmjs\.(?:org|com)$/],
  [/^NODE_AUTH_/, /(?:^|\.)(?:npmjs\.(?:org|com)|npm\.pkg\.github\.com)$/],
  [/^(?:PYPI|TWINE)_/, /(?:^|\.)pypi\.org$/],
  [/^DOCKER_/, /(?:^|\.)docker\.(?:io|com)$/],
  [/^AWS_/, /(?:^|\.)amazonaws\.com$/],
  [/^(?:AZURE|ARM)_/, /(?:^|\.)(?:azure\.com|azure\.net|windows\.net|microsoftonline\.com|microsoft\.com)$/],
  [/^(?:GCP|GCLOUD|GOOGLE_APPLICATION)_/, /(?:^|\.)googleapis\.com$/],
  [/^OPENAI_/, /(?:^|\.)openai\.(?:com|azure\.com)$/],
  [/^ANTHROPIC_/, /(?:^|\.)anthropic\.com$/],
];

/** Products an organisation runs on its own host, named in a subdomain (`vault.corp.net`, `gitlab.acme.io`). */
const SELF_HOSTED = /^(VAULT|GITLAB|KUBE|BITBUCKET)_/;

function platformsOwnHost(name: string, url: string): boolean {
  const host = /^https?:\/\/([^/:?#]{1,253})/.exec(url)?.[1].toLowerCase() ?? '';
  if (PLATFORM_HOSTS.some(([credential, hosts]) => credential.test(name) && hosts.test(host))) return true;
  const product = SELF_HOSTED.exec(name)?.[1].toLowerCase();
  return (
    product !== undefined &&
    host
      .split('.')
      .slice(0, -2)
      .some((label) => label.includes(product))
  );
}

/**
 * A credential in a request header or a query auth parameter: any API key may go to any host that is
 * not an indicator, but a platform or cloud credential, a password, a session or a cookie only to a
 * host it belongs to (secretFlows asks documentedApiCredential and the vendor tests), and nothing to
 * a paste site, a request bin or a raw public IP.
 */
const HEADER_CREDENTIAL: HeaderCredential = {
  bound: (secret) => PLATFORM_CREDENTIAL.test(/[A-Za-z_]\w*$/.exec(secret)?.[0] ?? ''),
  unsafe: (url) => {
    const ip = ipHost(url);
    return INDICATOR_HOST.test(url) || (ip !== null && isPublicIp(ip));
  },
};

/**
 * An API key or token the skill's SKILL.md names (`META_ADS_TOKEN`, "a system-user token in …") or
 * declares, sent as basic auth, a header or an auth parameter of the query string to an https host
 * written out in the skill: how that vendor's API is signed in to. A platform or cloud credential only
 * to its platform's own hosts, never a password or a session, and never to a paste site, request bin
 * or raw IP (the caller also requires a host that is not computed).
 */
function documentedApiCredential(ctx: SkillContext): UrlCredential {
  const declared = declaredRequires(ctx.frontmatter)?.env ?? [];
  const skill = ctx.fileText('SKILL.md');
  return (secret, url) => {
    const name = /[A-Za-z_]\w*$/.exec(secret)?.[0];
    if (!name || INDICATOR_HOST.test(url) || ipHost(url)) return false;
    if (PLATFORM_CREDENTIAL.test(name)) return platformsOwnHost(name, url);
    if (!API_CREDENTIAL.test(name)) return false;
    return declared.includes(name) || new RegExp(`\\b${name}\\b`).test(skill);
  };
}

/** A token endpoint's path (`/oauth/token`, `/oauth2/v2.0/token`, `/connect/token`). */
const TOKEN_PATH = /^https:\/\/[^/\s]{1,253}\/(?:[\w.-]{1,40}\/){0,4}token(?:[?#]|$)/i;

/**
 * An OAuth token request (client credentials, refresh token) to the token endpoint of the service the
 * skill is about, at a constant https address, carrying only that service's own secrets: how its API
 * is signed in to. Still reported (MEDIUM): the secret leaves the machine.
 */
function vendorTokenEndpoint(url: string, ctx: SkillContext): boolean {
  return TOKEN_PATH.test(url) && isVendorsOwnHost(url, ctx.identity);
}

/** Name lookups: PowerShell, .NET, shell tools, Go, Python, Node, Ruby (`Resolv::DNS.open { |d| d.getresources(…) }`). */
const DNS_LOOKUP = gated(
  /\bResolve-DnsName\b|\[(?:System\.)?Net\.Dns\]::(?:GetHost\w*|Resolve\w*)|\bDns\.(?:GetHost\w*|Resolve\w*)\s*\(|\b(?:nslookup|dig|drill)(?=[ \t]+[^\s=:(])|\.Lookup(?:Host|IP|IPAddr|NetIP|TXT|CNAME|MX|NS|SRV|Addr)\s*\(|\bsocket\.(?:gethostbyname(?:_ex)?|getaddrinfo)\s*\(|\bresolver\.(?:resolve|query)\s*\(|\bdns\.(?:promises\.)?(?:lookup|resolve\w*)\s*\(|\bResolv(?:::DNS\.new[^\s.]{0,80})?\.(?:getaddress\w*|getresources?)\b|\.(?:getaddress(?:es)?|getresources?|each_address|each_resource)\s*\(|\bAddrinfo\.getaddrinfo\b/gi,
);
/**
 * Encoding data into text fit for a DNS label (base64/base32/hex and their hand-rolled forms: bytes
 * to binary or hex digits, the RFC 4648 base32 alphabet).
 */
const LABEL_ENCODE = gated(
  /ToBase64String|ToHexString|BitConverter\]?(?:::|\.)ToString|\bhex\.EncodeToString|\bbase(?:32|64)\.\w+\.EncodeToString|\bb(?:16|32|64|85)encode|\bhexlify\b|\.hex\(\)|toString\(\s*['"](?:hex|base64(?:url)?)['"]\s*\)|\.unpack1?\(\s*['"](?:H\*|m0?)['"]|\bBase(?:64|32)\.(?:strict_|urlsafe_)?encode(?:64)?\b|ToString\(\s*["'][xX]2["']\s*\)|%02[xX]|\bFormat-Hex\b|\bxxd\s+-p|(?:^|[|;&(`])[ \t]*base(?:32|64)\b(?![ \t]+(?:-\w*[dD]|--decode))|[Cc]onvert\]?(?:::|\.)ToString\(\s*[$\w.]{1,40}\s*,\s*(?:2|16)\s*\)|\b[a-zA-Z]{26}234567\b/m,
);
/** `x = …`, `x := …`, `$x += …`, `const x = …`, `a, b := …`: the names assigned and the value. */
const ASSIGN =
  /^\s*(?:(?:const|let|var|local|my)\s+)?\$?([A-Za-z_]\w*(?:\s*,\s*\$?[A-Za-z_]\w*){0,4})\s*(?::=|\+=|=(?!=))([^\n]*)/;
/** Loop variables over a value: `for c in x`, `for (const c of x)`, `foreach ($c in $x)`, `for _, c := range x`. */
const LOOP_VARS = [
  /\bfor(?:each)?\s*\(?\s*(?:(?:const|let|var)\s+)?\$?(\w+)(?:\s*,\s*\$?(\w+))?\s+(?:in|of)\s+([^\n]*)/i,
  /\bfor\s+(?:(\w+)\s*,\s*)?(\w+)\s*:=\s*range\s+([^\n]*)/,
];
/** A Ruby block's parameter: the value is the line before it (`enc.scan(/.{1,60}/).each do |c|`). */
const BLOCK_VAR = /\b(?:do|\{)\s*\|\s*(\w+)(?:\s*,\s*\w+)?\s*\|/;
const IDENT = /[A-Za-z_]\w*/g;
/** A function definition at the start of a line: `def nonces(seed)`, `function enc(x)`, `func enc(`, `fn enc(`. */
const FUNC_DEF =
  /^\s*(?:(?:export|async|public|private|static)\s+){0,3}(?:def\s+(?:self\.)?|function\s+|func\s+(?:\([^)\n]{0,80}\)\s*)?|fn\s+)([A-Za-z_]\w*)/;
/** What is read of one line for assignments and lookups (real ones are short). */
const MAX_FLOW_LINE = 1000;

const mentions = (text: string, names: Set<string>) => (text.match(IDENT) ?? []).some((w) => names.has(w));

/**
 * Names holding encoded data: assigned from an encoding call, or from a value that mentions such a
 * name (a slice, a chunk list, a loop over it), followed through a few rounds of assignments.
 */
function encodedNames(lines: readonly string[]): Set<string> {
  const flows: { names: string[]; value: string }[] = [];
  // A helper that encodes returns the encoded data: its name, called elsewhere, carries it too.
  // Its body: the lines indented deeper than the definition, up to its `end` / `}` / next statement.
  let fn: string | null = null;
  let fnIndent = 0;
  for (const full of lines) {
    const line = full.slice(0, MAX_FLOW_LINE);
    const def = FUNC_DEF.exec(line);
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (def) [fn, fnIndent] = [def[1], indent];
    else if (fn && line.trim() && indent <= fnIndent) fn = null;
    const named = (names: string[]) => (fn && !def ? [...names, fn] : names);
    const a = ASSIGN.exec(line);
    if (a) flows.push({ names: named(a[1].split(',').map((n) => n.trim().replace(/^\$/, ''))), value: a[2] });
    const loop = LOOP_VARS[0].exec(line) ?? LOOP_VARS[1].exec(line);
    if (loop) flows.push({ names: [loop[1], loop[2]].filter(Boolean), value: loop[3] });
    const block = BLOCK_VAR.exec(line);
    if (block) flows.push({ names: named([block[1]]), value: line.slice(0, block.index) });
  }
  const synthetic = syntheticNames(flows);
  // Whether each value encodes data, decided once: the rounds below only add what it flows into.
  const known = new Map<string, boolean>();
  const encodes = flows.map((f) => {
    let e = known.get(f.value);
    if (e === undefined) known.set(f.value, (e = LABEL_ENCODE.test(f.value) && !madeOf(f.value, synthetic)));
    return e;
  });
  const tainted = new Set<string>();
  for (let round = 0; round < 4; round++) {
    const before = tainted.size;
    for (let k = 0; k < flows.length; k++) {
      const f = flows[k];
      if (encodes[k] || mentions(f.value, tainted)) for (const n of f.names) if (n !== '_') tainted.add(n);
    }
    if (tainted.size === before) break;
  }
  return tainted;
}

/**
 * What a value is made of that carries no local data: hashing, random bytes, counters, encodings and
 * string methods. A label encoded from only these (a digest of a fixed canary and a counter, random
 * bytes) is a synthetic test name, not data leaving in the labels.
 */
const NO_DATA_WORDS = new Set(
  (
    'hashlib sha1 sha224 sha256 sha384 sha512 sha3_256 sha3_512 md5 blake2b blake2s digest hexdigest ' +
    'os urandom random randint randrange randbytes getrandbits secrets token_bytes token_hex token_urlsafe ' +
    'uuid uuid4 hex str bytes int encode decode lower upper strip rstrip lstrip replace format len ' +
    'base64 b16encode b32encode b64encode urlsafe_b64encode b85encode binascii hexlify ' +
    'None True False and or not if else in for'
  ).split(' '),
);
/** A string literal; an f-string keeps the names inside its braces (up to a format spec). */
const STRING_LITERAL = /([rRbBuUfF]{0,2})("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')/g;
const FSTRING_FIELD = /\{([^{}:!\n]{0,200})/g;
const COUNTER = /^\s*range\s*\(/;

function valueNames(value: string): string[] {
  const code = value.replace(STRING_LITERAL, (_, prefix: string, body: string) =>
    /f/i.test(prefix) ? ` ${[...body.matchAll(FSTRING_FIELD)].map((m) => m[1]).join(' ')} ` : ' ',
  );
  return code.match(IDENT) ?? [];
}

function madeOf(value: string, synthetic: Set<string>): boolean {
  return valueNames(value).every((w) => NO_DATA_WORDS.has(w) || synthetic.has(w));
}

/** Names every assignment of which is a literal, a counter, or made of such names and no-data calls. */
function syntheticNames(flows: { names: string[]; value: string }[]): Set<string> {
  const byName = new Map<string, string[]>();
  for (const f of flows)
    for (const n of f.names) {
      let values = byName.get(n);
      if (!values) byName.set(n, (values = []));
      // Past 50 assignments a name is not read further, and is not taken as synthetic.
      if (values.length < 50) values.push(f.value);
      else if (values.length === 50) values.push('unread()');
    }
  const synthetic = new Set<string>();
  for (let round = 0; round < 6; round++) {
    const before = synthetic.size;
    for (const [name, values] of byName)
      if (!synthetic.has(name) && values.every((v) => COUNTER.test(v) || madeOf(v, synthetic)))
        synthetic.add(name);
    if (synthetic.size === before) break;
  }
  return synthetic;
}

/** PowerShell's pipeline variable: encoded when the pipeline feeding it (this or the lines before) is. */
const PIPELINE_VAR = /\$(?:_|PSItem)\b/;

/**
 * DNS tunnelling: a name lookup whose name carries encoded data (base64/hex chunks of a file or a
 * secret in the labels), in any language; the lookup of a host the user names is not.
 */
function encodedLookups({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded') continue;
    if (seg.lang === 'json' || seg.lang === 'yaml' || seg.lang === 'text') continue;
    if (!testSegment(LABEL_ENCODE, seg)) continue;
    DNS_LOOKUP.lastIndex = 0;
    if (!testSegment(DNS_LOOKUP, seg)) continue;
    const lines = linesOf(seg.text);
    const tainted = encodedNames(lines);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].slice(0, MAX_FLOW_LINE);
      DNS_LOOKUP.lastIndex = 0;
      const m = DNS_LOOKUP.exec(line);
      if (!m) continue;
      const name = line.slice(m.index + m[0].length);
      const pipeline = lines.slice(Math.max(0, i - 3), i + 1).join('\n');
      const carries =
        LABEL_ENCODE.test(name) ||
        mentions(name, tainted) ||
        (PIPELINE_VAR.test(name) && (LABEL_ENCODE.test(pipeline) || mentions(pipeline, tainted)));
      if (!carries) continue;
      out.push({ file: seg.file, line: fileLineOf(seg, i), evidence: clean(line), depth: seg.depth });
      break;
    }
  }
  return out;
}
