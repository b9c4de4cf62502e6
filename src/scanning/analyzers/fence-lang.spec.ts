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

describe('VBA classes and forms', () => {
  it('should read exported VBA classes and forms as source', () => {
    const cls = 'VERSION 1.0 CLASS\nBEGIN\n  MultiUse = -1\nEND\nAttribute VB_Name = "Sheet1"\n';
    expect(isOtherSource('src/Sheet1.cls', cls)).toBe(true);
    expect(isOtherSource('forms/Picker.frm', 'VERSION 5.00\nBegin VB.Form Picker\n')).toBe(true);
    expect(isOtherSource('modules/Report.cls', 'Attribute VB_Name = "Report"\nOption Explicit\n')).toBe(true);
  });
  it('should leave LaTeX classes alone', () => {
    expect(isOtherSource('tex/thesis.cls', '\\NeedsTeXFormat{LaTeX2e}\n\\ProvidesClass{thesis}\n')).toBe(
      false,
    );
  });
});
