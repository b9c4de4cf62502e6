const child_process = require('child_process');
const { exec, execFile, spawn } = child_process;

// ruleid: js-eval-decoded
eval(Buffer.from('Y29uc29sZS5sb2coMSk=', 'base64').toString());

// ruleid: js-eval-decoded
Function(atob(process.env.BOOT))();

// ok: js-eval-decoded
const cfg = JSON.parse(Buffer.from(process.env.CFG_B64, 'base64').toString());

// ruleid: js-exec-shell-interp
exec(`git log --author=${req.query.author}`, cb);

// ok: js-exec-shell-interp
execFile('git', ['log', `--author=${req.query.author}`], cb);

// ruleid: js-exec-shell-interp
spawn(userCmd, [], { shell: true });

// ok: js-exec-shell-interp
spawn('npm run build', [], { shell: true });

// ruleid: node-tls-reject-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

// ruleid: node-tls-reject-disabled
https.get({ host: 'internal.corp-api.example', rejectUnauthorized: false }, cb);

// ok: node-tls-reject-disabled
https.get({ host: 'internal.corp-api.example', ca: fs.readFileSync('corp-ca.pem') }, cb);
