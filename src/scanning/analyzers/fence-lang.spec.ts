import { fileLang, isOtherSource, isPhpFile } from './fence-lang.js';

describe('fileLang', () => {
  it('should read Bundler, CocoaPods and fastlane files as Ruby, under their names or a copy of them', () => {
    for (const path of ['ios/Podfile', 'fastlane/Fastfile', 'Gemfile', 'assets/Podfile.snippet', 'x.podspec'])
      expect(fileLang(path)).toBe('ruby');
  });

  it('should leave other extensionless files and look-alike names alone', () => {
    for (const path of ['LICENSE', 'Podfile.lock', 'Gemfile.lock', 'docs/Fastfile.md'])
      expect(fileLang(path)).not.toBe('ruby');
  });

  it('should read an r10k Puppetfile as Ruby and a Puppet manifest as source code', () => {
    expect(fileLang('control-repo/Puppetfile')).toBe('ruby');
    expect(isOtherSource('manifests/site.pp')).toBe(true);
    expect(isOtherSource('Puppetfile.lock')).toBe(false);
  });
});

describe('CAD LISP and Drupal hook files', () => {
  it('should read AutoLISP files and menu LISP as source', () => {
    expect(isOtherSource('support/acaddoc.lsp')).toBe(true);
    expect(isOtherSource('menus/office.mnl')).toBe(true);
  });

  it('should read Drupal hook files as PHP only when they open with <?php', () => {
    expect(isPhpFile('mod/x.module', '<?php\nfunction x_init() {}\n')).toBe(true);
    expect(isPhpFile('mod/x.install', '<?php\n')).toBe(true);
    expect(isPhpFile('node_modules/x.module', 'export default 1;\n')).toBe(false);
    expect(isOtherSource('mod/x.theme', 'name: x\n')).toBe(false);
  });
});
