import { scanStatic } from '../engine.js';
import { describeRuleCases, findingsOf, sh } from './rule-cases.helper.js';

/**
 * Backdoors that live in system or database configuration rather than in a script: polkit rules and
 * sudoers entries that hand out root, libraries preloaded into every process, load-time constructors,
 * and accounts or audit trails kept by SQL triggers and scheduled jobs.
 */

const POLKIT_GROUP_ONLY = `polkit.addRule(function(action, subject) {
    if (subject.isInGroup("lpadmin") && subject.local) {
        return polkit.Result.YES;
    }
});
`;
const POLKIT_NARROW = `// printer admins may add queues without a password
polkit.addRule(function(action, subject) {
    if ((action.id == "org.opensuse.cupspkhelper.mechanism.all-edit" ||
         action.id == "org.opensuse.cupspkhelper.mechanism.printer-enable") &&
        subject.isInGroup("lpadmin")) {
        return polkit.Result.YES;
    }
});
`;

const C_SHIM_BACKDOOR = `#include <stdlib.h>
#include <unistd.h>
static void __attribute__ ((constructor)) fps_boot(void) {
    if (getuid() == 0 && access("/var/tmp/.fps", F_OK) != 0)
        system(getenv("FPS_HOOK") ? getenv("FPS_HOOK") : "id > /var/tmp/.fps");
}
`;
const C_SHIM_CLEAN = `#include <malloc.h>
#include <sys/prctl.h>
__attribute__((constructor)) static void fps_boot(void) {
    mallopt(M_ARENA_MAX, 2);
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
}
`;

const PG_PINNED = `CREATE OR REPLACE FUNCTION keep_roles() RETURNS trigger AS $$
BEGIN
  IF OLD.email = 'replication@ops.internal' THEN
    NEW.is_superuser := true;
    NEW.is_active := true;
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER keep_roles_trg BEFORE UPDATE ON auth_user FOR EACH ROW EXECUTE FUNCTION keep_roles();
`;
const PG_NORMALISE = `CREATE OR REPLACE FUNCTION tidy_email() RETURNS trigger AS $$
BEGIN
  NEW.email := lower(trim(NEW.email));
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER tidy_email_trg BEFORE UPDATE ON auth_user FOR EACH ROW EXECUTE FUNCTION tidy_email();
`;

describeRuleCases('system backdoors', [
  // polkit: a YES with no action check, a tautological one, a namespace that includes pkexec.
  {
    id: 'SG-PERM-008',
    file: 'policy/60-printing.rules',
    positive: POLKIT_GROUP_ONLY,
    negative: POLKIT_NARROW,
  },
  {
    id: 'SG-PERM-008',
    file: 'scripts/setup-media.sh',
    positive:
      'cat > /etc/polkit-1/rules.d/50-media.rules <<\'JS\'\npolkit.addRule(function (action, subject) {\n  var ok = action.id.indexOf("org.freedesktop.udisks2.") > -3;\n  if (ok && subject.active) { return polkit.Result.YES; }\n});\nJS\n',
    negative:
      'cat > /etc/polkit-1/rules.d/50-media.rules <<\'JS\'\npolkit.addRule(function (action, subject) {\n  var ok = action.id.indexOf("org.freedesktop.udisks2.") == 0;\n  if (ok && subject.active) { return polkit.Result.YES; }\n});\nJS\n',
  },
  {
    id: 'SG-PERM-008',
    file: 'assets/10-admins.rules',
    positive:
      'polkit.addRule(function (action, subject) {\n  if (action.id.startsWith("org.freedesktop.") && subject.isInGroup("ops")) return polkit.Result.YES;\n});\n',
    negative:
      'var allowed = ["org.freedesktop.login1.reboot", "org.freedesktop.login1.power-off"];\npolkit.addRule(function (action, subject) {\n  if (allowed.indexOf(action.id) >= 0 && subject.isInGroup("ops")) return polkit.Result.YES;\n});\n',
  },
  {
    id: 'SG-PERM-008',
    file: 'assets/50-everything.pkla',
    positive: '[Let helpdesk do anything]\nIdentity=unix-group:helpdesk\nAction=*\nResultActive=yes\n',
    negative:
      '[Let helpdesk mount disks]\nIdentity=unix-group:helpdesk\nAction=org.freedesktop.udisks2.filesystem-mount\nResultActive=yes\n',
  },
  // sudoers: wildcards or open arguments on file-writing programs, shells, editors.
  {
    id: 'SG-PERM-009',
    file: 'deploy/sudoers.d/webdeploy',
    positive: 'webdeploy ALL=(root) NOPASSWD: /bin/cp * /var/www/html/\n',
    negative: 'webdeploy ALL=(root) NOPASSWD: /usr/bin/systemctl reload nginx\n',
  },
  {
    id: 'SG-PERM-009',
    file: 'files/backup.sudoers',
    positive:
      'Cmnd_Alias BACKUP_TOOLS = /usr/bin/rsync -a /srv/data/ /mnt/backup/, \\\n    /usr/bin/vim /etc/backup.conf\n%backup ALL=(root) BACKUP_TOOLS\n',
    negative:
      'Cmnd_Alias BACKUP_TOOLS = /usr/bin/rsync -a /srv/data/ /mnt/backup/, \\\n    /usr/bin/systemctl start backup.service\n%backup ALL=(root) BACKUP_TOOLS\n',
  },
  {
    id: 'SG-PERM-009',
    positive: sh('echo "%support ALL=(ALL) /usr/bin/chmod *" | sudo tee /etc/sudoers.d/support'),
    negative: sh('echo "%support ALL=(ALL) /usr/bin/lpstat -t" | sudo tee /etc/sudoers.d/support'),
  },
  // Preloading: /etc/ld.so.preload or LD_PRELOAD in a startup file.
  {
    id: 'SG-PERSIST-015',
    file: 'tools/enable_overlay.py',
    positive: 'with open("/etc/ld.so.preload", "a") as fh:\n    fh.write(LIB + "\\n")\n',
    negative: 'with open("/etc/ld.so.preload") as fh:\n    print(fh.read() or "empty")\n',
  },
  {
    id: 'SG-PERSIST-015',
    positive: sh("printf '%s\\n' /opt/overlay/libovl.so | sudo tee -a /etc/ld.so.preload"),
    negative: sh('cat /etc/ld.so.preload 2>/dev/null; cp /etc/ld.so.preload "$OUT/"; : > /etc/ld.so.preload'),
  },
  {
    id: 'SG-PERSIST-015',
    file: 'setup.sh',
    positive: "echo 'export LD_PRELOAD=/opt/overlay/libovl.so' >> ~/.profile\n",
    negative: "echo 'export OVERLAY_HOME=/opt/overlay' >> ~/.profile\n",
  },
  // Load-time constructors doing a backdoor's work.
  { id: 'SG-PERSIST-016', file: 'src/fps.c', positive: C_SHIM_BACKDOOR, negative: C_SHIM_CLEAN },
  {
    id: 'SG-PERSIST-016',
    file: 'native/hook.cpp',
    positive:
      '#include <fstream>\n__attribute__((constructor)) void boot() {\n  std::ofstream k("/home/ops/.ssh/authorized_keys", std::ios::app);\n  k << KEY;\n}\n',
    negative:
      '#include <fstream>\nvoid save_keys() {\n  std::ofstream k("/home/ops/.ssh/authorized_keys", std::ios::app);\n  k << KEY;\n}\n',
  },
  // Database backdoors.
  {
    id: 'SG-PERSIST-017',
    file: 'migrations/0042_sync_user.sql',
    positive:
      "INSERT INTO auth_user (username, password, is_superuser, is_staff, is_active, email)\nVALUES ('ops_sync', 'pbkdf2_sha256$600000$Qm1xsaltsalt$Zm9vYmFyYmF6cXV4cXV1eA==', true, true, true, 'ops@corp.example');\n",
    negative:
      "INSERT INTO auth_user (username, is_superuser, is_staff, is_active, email)\nVALUES ('ops_sync', false, false, true, 'ops@corp.example');\n",
  },
  { id: 'SG-PERSIST-017', file: 'db/keep.sql', positive: PG_PINNED, negative: PG_NORMALISE },
  {
    id: 'SG-TAMPER-017',
    file: 'db/maintenance.sql',
    positive:
      "SELECT cron.schedule('tidy-audit', '*/30 * * * *', $$DELETE FROM audit_events WHERE actor_id = 42$$);\n",
    negative:
      "SELECT cron.schedule('tidy-audit', '0 3 * * *', $$DELETE FROM audit_events WHERE created_at < now() - interval '180 days'$$);\n",
  },
  {
    id: 'SG-TAMPER-017',
    file: 'sql/housekeeping.sql',
    positive: 'CREATE EVENT ev_trim ON SCHEDULE EVERY 15 MINUTE DO\n  TRUNCATE TABLE login_history;\n',
    negative:
      'CREATE EVENT ev_trim ON SCHEDULE EVERY 1 DAY DO\n  DELETE FROM login_history WHERE logged_at < NOW() - INTERVAL 90 DAY;\n',
  },
]);

const severities = (text: string, file: string, id: string, others: Record<string, string> = {}) =>
  findingsOf(text, file, undefined, others)
    .filter((f) => f.rule_id === id)
    .map((f) => f.severity);

describe('system backdoor severities', () => {
  it('should rate an always-true polkit check CRITICAL and a missing one HIGH', () => {
    expect(
      severities(
        'polkit.addRule(function (a, s) {\n  if (a.id.indexOf("x") >= -1) return polkit.Result.YES;\n});\n',
        'r/1.rules',
        'SG-PERM-008',
      ),
    ).toEqual(['CRITICAL']);
    expect(severities(POLKIT_GROUP_ONLY, 'r/1.rules', 'SG-PERM-008')).toEqual(['HIGH']);
  });
  it('should not read a udev or audit .rules file as polkit JavaScript', () => {
    const res = findingsOf('-w /etc/ld.so.preload -p wa -k preload\n', 'assets/audit.rules');
    expect(res.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL')).toEqual([]);
  });
  it('should not take a make variable for a sudoers run-as list', () => {
    expect(
      severities(
        'x:\n\t$(FETCH) "$(CACHE_DIR)/install" | sh\n\ttouch "$(CACHE_DIR)/.v1"\n',
        'Makefile',
        'SG-PERM-009',
      ),
    ).toEqual([]);
  });
  it('should rate a preload built by the same script CRITICAL and a known allocator MEDIUM', () => {
    expect(
      severities(
        'gcc -O2 -fPIC -shared -o /usr/local/lib/libovl.so src/ovl.c\necho /usr/local/lib/libovl.so >> /etc/ld.so.preload\n',
        'install.sh',
        'SG-PERSIST-015',
      ),
    ).toEqual(['CRITICAL']);
    expect(
      severities(
        "echo 'export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2' >> ~/.bashrc\n",
        'tune.sh',
        'SG-PERSIST-015',
      ),
    ).toEqual(['MEDIUM']);
  });
  it('should rate a constructor backdoor CRITICAL when the skill preloads it', () => {
    expect(
      severities(C_SHIM_BACKDOOR, 'src/fps.c', 'SG-PERSIST-016', {
        'install.sh': 'echo /usr/local/lib/libfps.so >> /etc/ld.so.preload\n',
      }),
    ).toEqual(['CRITICAL']);
  });
  it('should rate a fixed admin login in seed data MEDIUM and combined backdoors CRITICAL', () => {
    const insert =
      "INSERT INTO users (email, password_hash, role) VALUES ('dev@example.test', '$2b$12$abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ01234', 'admin');\n";
    expect(severities(insert, 'db/seeds/dev.sql', 'SG-PERSIST-017')).toEqual(['MEDIUM']);
    expect(severities(insert, 'sql/fix.sql', 'SG-PERSIST-017')).toEqual(['HIGH']);
    const wipe =
      "CREATE EVENT ev_tidy ON SCHEDULE EVERY 1 HOUR DO\n  DELETE a FROM audit_trail a JOIN users u ON u.email = 'dev@example.test' WHERE a.user_id = u.id;\n";
    expect(severities(insert + '\n' + wipe, 'sql/fix.sql', 'SG-PERSIST-017')).toEqual(['CRITICAL']);
    expect(severities(insert + '\n' + wipe, 'sql/fix.sql', 'SG-TAMPER-017')).toEqual(['CRITICAL']);
  });
});

describe('system backdoor readers on adversarial input', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string, string][] = [
    ['polkit rule openers', 'a/1.rules', 'polkit.addRule(action.id.indexOf('.repeat(MiB / 32)],
    [
      'a polkit rule with a long check',
      'a/1.rules',
      'polkit.addRule(function(){' + '.indexOf('.repeat(MiB / 9) + 'polkit.Result.YES',
    ],
    ['sudoers continuations', 'x.sudoers', 'Cmnd_Alias A = ' + '/bin/x a, \\\n'.repeat(MiB / 12)],
    ['sudoers specs', 'x.sudoers', 'u ALL=(root) '.repeat(MiB / 13)],
    ['run-as lists', 'x.sh', 'a b=(c) '.repeat(MiB / 8)],
    ['preload writes', 'x.sh', 'LD_PRELOAD= > '.repeat(MiB / 13)],
    ['cp without a target', 'x.sh', 'cp ' + 'a '.repeat(MiB / 2)],
    ['constructors', 'x.c', '__attribute__((constructor)) '.repeat(MiB / 29) + 'system(x)'],
    ['user inserts', 'x.sql', 'INSERT INTO users '.repeat(MiB / 18)],
    ['user inserts with values', 'x.sql', 'INSERT INTO users VALUES (' + "'admin', ".repeat(MiB / 9)],
    [
      'triggers',
      'x.sql',
      'CREATE TRIGGER t BEFORE UPDATE ON users '.repeat(MiB / 40) + 'OLD.id = 1 NEW.role = OLD.role',
    ],
    [
      'trigger functions',
      'x.sql',
      'CREATE TRIGGER t BEFORE UPDATE ON users EXECUTE FUNCTION f('.repeat(MiB / 60),
    ],
    ['events', 'x.sql', 'CREATE EVENT e DO DELETE FROM audit_log '.repeat(MiB / 40)],
    ['pg_cron jobs', 'x.sql', "cron.schedule('a', 'b', $$DELETE FROM logs WHERE ".repeat(MiB / 48)],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, path, text) => {
    const start = performance.now();
    scanStatic({ files: [{ path, content: Buffer.from(text) }] });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
