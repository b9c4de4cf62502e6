import { isFirstParty, isInternalHost, isLocalHost, isPublicIp, isVendorsInstallHost } from './indicators.js';

describe('isFirstParty', () => {
  it("should accept the vendor's own domain and its GitHub organisation", () => {
    expect(isFirstParty('https://get.docker.com/', 'docker setup')).toBe(true);
    expect(isFirstParty('https://install.python-poetry.org', 'poetry projects')).toBe(true);
    expect(isFirstParty('https://raw.githubusercontent.com/exploreomni/cli/main/i.sh', 'omni admin')).toBe(
      true,
    );
  });

  it('should accept a product name written without its separator as the vendor domain', () => {
    expect(isFirstParty('https://get.terncli.example', 'tern-cli-setup install the tern cli')).toBe(true);
    expect(isFirstParty('https://get.ternclix.example', 'tern-cli-setup install the tern cli')).toBe(false);
    expect(isFirstParty('https://get.clisetup.example', 'tern-cli-setup install the tern cli')).toBe(false);
  });

  it('should not take a subdomain or a domain merely containing the name for the vendor', () => {
    expect(isFirstParty('https://winget.azureedge-cdn.net/r.ps1', 'winget package fixer')).toBe(false);
    expect(isFirstParty('https://themes.promptkit-cdn.com/x', 'shell prompt theme')).toBe(false);
    expect(isFirstParty('https://get.nodetoolchain-cdn.dev/b.sh', 'node toolchain bootstrap')).toBe(false);
  });
});

describe('isVendorsInstallHost', () => {
  it("should accept the vendor's whole name, written with or without its separator, and its GitHub organisation", () => {
    expect(isVendorsInstallHost('https://get.kiln.example/i.sh', 'kiln-devbox-setup')).toBe(true);
    expect(
      isVendorsInstallHost('https://get.quillcli.example', 'quill-cli-setup install the quill cli'),
    ).toBe(true);
    expect(
      isVendorsInstallHost('https://raw.githubusercontent.com/getquill/cli/main/i.sh', 'quill admin'),
    ).toBe(true);
  });

  it("should accept a language project's domain (`<name>lang`, `<name>-lang`) when the skill names the language", () => {
    expect(isVendorsInstallHost('https://install.julialang.org', 'julia-ode-benchmarks')).toBe(true);
    expect(isVendorsInstallHost('https://sh.quill-lang.org/i.sh', 'quill notebooks')).toBe(true);
    expect(isVendorsInstallHost('https://install.julialang.org', 'ode benchmarks')).toBe(false);
    expect(isVendorsInstallHost('https://get.setuplang.example/i.sh', 'setup helper')).toBe(false);
    expect(isVendorsInstallHost('https://get.juliaxlang.example/i.sh', 'julia benchmarks')).toBe(false);
  });

  it("should refuse a domain that only shares a word with the skill's name or glues two of them anew", () => {
    expect(isVendorsInstallHost('https://get.devbox-kiln.example/i.ps1', 'kiln-devbox-setup')).toBe(false);
    expect(isVendorsInstallHost('https://ingest.kiln-vault.example/r.sh', 'kiln notes')).toBe(false);
    expect(isVendorsInstallHost('https://get.deno-boost.app/i.sh', 'deno toolchain')).toBe(false);
  });
});

describe('isPublicIp', () => {
  it('should take an address routed on the internet for public', () => {
    for (const ip of ['203.0.113.7', '8.8.8.8', '172.32.0.1', '100.128.0.1'])
      expect(isPublicIp(ip)).toBe(true);
  });

  it('should not take private, loopback, link-local, CGNAT, multicast or malformed addresses for public', () => {
    for (const ip of ['10.1.2.3', '127.0.0.1', '0.0.0.0', '169.254.169.254', '172.16.0.1', '192.168.1.1']) {
      expect(isPublicIp(ip)).toBe(false);
    }
    for (const ip of ['100.64.0.1', '100.127.255.1', '224.0.0.251', '255.255.255.255', '300.1.1.1']) {
      expect(isPublicIp(ip)).toBe(false);
    }
  });
});

describe('isLocalHost', () => {
  it('should take the machine, its local names and private addresses for local', () => {
    for (const host of [
      'localhost',
      'printer.local',
      'API.Internal',
      'nas.lan',
      '127.0.0.1',
      '10.0.0.5',
      '192.168.1.20',
    ])
      expect(isLocalHost(host)).toBe(true);
  });

  it('should not take a public name or a public or documentation address for local', () => {
    for (const host of [
      'collect.example',
      'local.example.com',
      '203.0.113.7',
      '8.8.8.8',
      'localhost.evil.example',
    ])
      expect(isLocalHost(host)).toBe(false);
  });
});

describe('isInternalHost', () => {
  it('should take local hosts and names no public DNS serves for internal', () => {
    for (const host of ['nas.lan', '10.0.0.5', 'pkgs.intranet', 'git.corp', 'printer.home.arpa'])
      expect(isInternalHost(host)).toBe(true);
  });

  it('should not take public names that only read internal for internal', () => {
    for (const host of [
      'choco.corp.example',
      'corp.example',
      'mirror.internal.io',
      'internal-pkgs.example',
      'corp-mirror.net',
      'corp.example.evil.net',
      'cdn.skill-helpers.example',
      '203.0.113.7',
    ])
      expect(isInternalHost(host)).toBe(false);
  });
});
