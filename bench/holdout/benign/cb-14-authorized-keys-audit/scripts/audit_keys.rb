#!/usr/bin/env ruby
# Read-only authorized_keys audit. Prints findings; writes nothing.
require 'optparse'
require 'yaml'
require 'open3'
require 'tempfile'

opts = { root: '/' }
OptionParser.new { |o| o.on('--root DIR') { |v| opts[:root] = v } }.parse!
ROOT = opts[:root]
approved = YAML.safe_load(File.read(File.join(__dir__, '..', 'assets', 'approved_keys.yaml'))) || {}

def rooted(p) = File.join(ROOT, p)

def key_files_from_sshd
  pats = ['.ssh/authorized_keys', '.ssh/authorized_keys2']
  cfgs = [rooted('etc/ssh/sshd_config')] + Dir.glob(rooted('etc/ssh/sshd_config.d/*.conf'))
  cfgs.each do |c|
    next unless File.readable?(c)
    File.foreach(c) do |l|
      next unless l =~ /^\s*AuthorizedKeysFile\s+(.+)$/i
      pats |= Regexp.last_match(1).split.map { |p| p.sub('%h/', '').sub('%%', '%') }
    end
  end
  pats
end

def fingerprint(line)
  Tempfile.create('k') do |t|
    t.write(line); t.flush
    out, st = Open3.capture2e('ssh-keygen', '-lf', t.path)
    return nil unless st.success?
    bits, fp = out.split[0, 2]
    [fp, bits.to_i]
  end
end

homes = Dir.glob(rooted('home/*')) + [rooted('root')]
findings = 0
report = ->(kind, where, detail) { findings += 1; puts format('%-17s %s  %s', kind, where, detail) }

homes.each do |home|
  key_files_from_sshd.each do |rel|
    f = rel.start_with?('/') ? rooted(rel) : File.join(home, rel)
    next unless File.file?(f)
    mode = File.stat(f).mode & 0o777
    report.call('PERMS', f, format('mode %o', mode)) if mode & 0o022 != 0
    report.call('ALT_FILE', f, 'non-default key file in use') unless rel == '.ssh/authorized_keys'
    File.readlines(f, chomp: true).each_with_index do |line, i|
      next if line.strip.empty? || line.start_with?('#')
      where = "#{f}:#{i + 1}"
      type_idx = line.split.index { |w| w =~ /^(ssh-|ecdsa-|sk-)/ }
      next report.call('UNPARSEABLE', where, line[0, 40]) unless type_idx
      options = type_idx.zero? ? '' : line.split[0...type_idx].join(' ')
      type = line.split[type_idx]
      report.call('FORCED_COMMAND', where, options[/command="[^"]*"/]) if options.include?('command=')
      report.call('ENV_OPTION', where, options[/environment="[^"]*"/]) if options.include?('environment=')
      report.call('NO_RESTRICT_ROOT', where, 'root key without from=') if home.end_with?('/root') && !options.include?('from=')
      fp, bits = fingerprint(line.split[type_idx..].join(' '))
      report.call('WEAK_TYPE', where, type) if type == 'ssh-dss' || (type == 'ssh-rsa' && bits && bits < 3072)
      report.call('UNKNOWN_KEY', where, "#{fp} #{line.split[type_idx + 2]}") if fp && !approved.key?(fp)
    end
  end
end

puts "#{findings} finding(s)"
