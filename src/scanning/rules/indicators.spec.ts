import { isFirstParty, isVendorsInstallHost } from './indicators.js';

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
