import { fileLang } from './fence-lang.js';

describe('fileLang', () => {
  it('should read Bundler, CocoaPods and fastlane files as Ruby, under their names or a copy of them', () => {
    for (const path of ['ios/Podfile', 'fastlane/Fastfile', 'Gemfile', 'assets/Podfile.snippet', 'x.podspec'])
      expect(fileLang(path)).toBe('ruby');
  });

  it('should leave other extensionless files and look-alike names alone', () => {
    for (const path of ['LICENSE', 'Podfile.lock', 'Gemfile.lock', 'docs/Fastfile.md'])
      expect(fileLang(path)).not.toBe('ruby');
  });
});
