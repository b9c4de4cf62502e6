#!/usr/bin/env ruby
# frozen_string_literal: true
#
# Read-only validator host audit. Never prints key material.

require "yaml"
require "json"
require "optparse"
require "open3"
require "etc"
require "find"

Result = Struct.new(:id, :status, :detail)

class ValidatorAudit
  KEYPAIR_NAME = /(keypair|withdraw|identity|vote|stake).*\.json\z/i
  DL_EXEC      = %r{(curl|wget)[^\n]*\|\s*(ba)?sh|base64\s+-d[^\n]*\|\s*(ba)?sh}
  HIST_EXFIL   = /(keypair|withdraw)[^\n]*\|[^\n]*(curl|nc|ncat|socat|wget)|(curl|wget)[^\n]*-d\s*@[^\n]*keypair/

  def initialize(cfg)
    @cfg = cfg
    @results = []
  end

  attr_reader :results

  def run
    check_key_files
    check_forbidden_keys
    check_stray_keypairs
    check_sshd
    check_authorized_keys
    check_listeners
    check_cron
    check_systemd
    check_histories
    check_service
    self
  end

  private

  def add(id, status, detail) = @results << Result.new(id, status, detail)

  def sh(*cmd)
    out, _err, st = Open3.capture3(*cmd)
    st.success? ? out : ""
  rescue Errno::ENOENT
    ""
  end

  # Confirms shape of a Solana JSON keypair without keeping the bytes around.
  def keypair_shape_ok?(path)
    arr = JSON.parse(File.read(path, 4096))
    ok = arr.is_a?(Array) && arr.length == 64 && arr.all? { |b| b.is_a?(Integer) && b.between?(0, 255) }
    arr.clear if arr.is_a?(Array)
    ok
  rescue StandardError
    false
  end

  def check_key_files
    user = @cfg.fetch("service_user")
    @cfg.fetch("keys").each do |name, path|
      unless File.exist?(path)
        add("key_present:#{name}", "FAIL", "#{path} missing")
        next
      end
      st = File.stat(path)
      mode = format("%o", st.mode & 0o777)
      owner = Etc.getpwuid(st.uid).name rescue st.uid.to_s
      problems = []
      problems << "mode #{mode} (want 600)" unless (st.mode & 0o077).zero?
      problems << "owner #{owner} (want #{user})" unless owner == user
      dir_mode = File.stat(File.dirname(path)).mode & 0o777
      problems << "dir mode #{format('%o', dir_mode)} is world-readable" if (dir_mode & 0o007).positive?
      problems << "not a 64-byte JSON keypair" unless keypair_shape_ok?(path)
      add("key_perms:#{name}", problems.empty? ? "OK" : "FAIL", problems.empty? ? path : "#{path}: #{problems.join(', ')}")
    end
  end

  def check_forbidden_keys
    hits = @cfg.fetch("forbidden_keys", []).select { |p| File.exist?(p) }
    add("withdrawer_on_host", hits.empty? ? "OK" : "FAIL",
        hits.empty? ? "no withdraw/stake authority files found at configured paths" : "present: #{hits.join(', ')}")
  end

  def check_stray_keypairs
    known = @cfg.fetch("keys").values.map { |p| File.expand_path(p) }
    stray = []
    @cfg.fetch("keypair_search_roots", []).each do |root|
      next unless Dir.exist?(root)
      Find.find(root) do |p|
        Find.prune if File.directory?(p) && (p.include?("/.cache") || p.include?("/ledger") || p.include?("/accounts"))
        next unless File.file?(p) && File.basename(p) =~ KEYPAIR_NAME
        next if known.include?(File.expand_path(p))
        next if File.size(p) > 2048
        stray << p if keypair_shape_ok?(p)
      rescue Errno::EACCES, Errno::ENOENT
        next
      end
    end
    add("stray_keypairs", stray.empty? ? "OK" : "WARN",
        stray.empty? ? "none" : "unexpected keypair files (copies/backups are exfil targets): #{stray.first(20).join(', ')}")
  end

  def check_sshd
    conf = sh("sshd", "-T")
    conf = File.read("/etc/ssh/sshd_config") if conf.empty? && File.readable?("/etc/ssh/sshd_config")
    pw = conf[/^passwordauthentication\s+(\w+)/i, 1]&.downcase
    root = conf[/^permitrootlogin\s+([\w-]+)/i, 1]&.downcase
    add("ssh_password_auth", pw == "no" ? "OK" : "FAIL", "PasswordAuthentication=#{pw || 'default(yes)'}")
    add("ssh_root_login", %w[no prohibit-password without-password].include?(root) ? "OK" : "WARN", "PermitRootLogin=#{root || 'default'}")
  end

  def check_authorized_keys
    expected = @cfg.fetch("authorized_key_fingerprints", [])
    unknown = []
    Etc.passwd do |pw|
      f = File.join(pw.dir, ".ssh", "authorized_keys")
      next unless File.readable?(f)
      sh("ssh-keygen", "-lf", f).each_line do |l|
        fp = l.split[1]
        unknown << "#{pw.name}: #{l.strip}" unless expected.include?(fp)
      end
    end
    add("authorized_keys_unknown", unknown.empty? ? "OK" : "FAIL",
        unknown.empty? ? "all keys match baseline" : unknown.join(" | "))
  end

  def check_listeners
    allowed = @cfg.fetch("expected_listen_ports", [])
    extra = sh("ss", "-H", "-tlnp").each_line.filter_map do |l|
      local = l.split[3].to_s
      port = local[/:(\d+)\z/, 1].to_i
      next if port.zero? || allowed.include?(port) || (8000..8020).cover?(port) || local.start_with?("127.", "[::1]")
      l.strip
    end
    add("unexpected_listeners", extra.empty? ? "OK" : "WARN", extra.empty? ? "none" : extra.join(" | "))
  end

  def check_cron
    sources = Dir.glob("/etc/cron*/**/*").select { |f| File.file?(f) } + ["/etc/crontab"] +
              Dir.glob("/var/spool/cron/**/*").select { |f| File.file?(f) }
    bad = sources.flat_map do |f|
      next [] unless File.readable?(f)
      File.readlines(f, chomp: true).select { |l| l !~ /\A\s*#/ && l =~ DL_EXEC }.map { |l| "#{f}: #{l}" }
    end
    add("cron_download_exec", bad.empty? ? "OK" : "FAIL", bad.empty? ? "none" : bad.join(" | "))
  end

  def check_systemd
    dirs = %w[/etc/systemd/system /usr/lib/systemd/system /lib/systemd/system] +
           Dir.glob("/home/*/.config/systemd/user")
    bad = dirs.flat_map { |d| Dir.glob(File.join(d, "**", "*.service")) }.flat_map do |u|
      next [] unless File.readable?(u)
      File.read(u).scan(/^ExecStart.*$/).select { |l| l =~ DL_EXEC || l =~ %r{/tmp/|/dev/shm/} }.map { |l| "#{u}: #{l}" }
    end
    add("systemd_suspicious_exec", bad.empty? ? "OK" : "FAIL", bad.empty? ? "none" : bad.join(" | "))
  end

  def check_histories
    hits = []
    Etc.passwd do |pw|
      %w[.bash_history .zsh_history].each do |h|
        f = File.join(pw.dir, h)
        next unless File.readable?(f)
        File.foreach(f).with_index(1) do |line, n|
          hits << "#{f}:#{n}: #{line.strip[0, 160]}" if line =~ HIST_EXFIL
        end
      end
    end
    add("history_keypair_exfil", hits.empty? ? "OK" : "FAIL", hits.empty? ? "no keypair-to-network commands in shell history" : hits.first(20).join(" | "))
  end

  def check_service
    unit = @cfg.fetch("validator_unit", "sol.service")
    active = sh("systemctl", "is-active", unit).strip
    add("validator_service", active == "active" ? "OK" : "WARN", "#{unit} is #{active.empty? ? 'unknown' : active}")
  end
end

opts = { json: false, config: "config/audit.yml" }
OptionParser.new do |o|
  o.on("--config PATH") { |v| opts[:config] = v }
  o.on("--json") { opts[:json] = true }
end.parse!

begin
  cfg = YAML.safe_load_file(opts[:config])
rescue StandardError => e
  warn "config: #{e.message}"
  exit 2
end

audit = ValidatorAudit.new(cfg).run
if opts[:json]
  puts JSON.pretty_generate(audit.results.map(&:to_h))
else
  audit.results.each { |r| puts format("%-5s %-28s %s", r.status, r.id, r.detail) }
end
exit(audit.results.any? { |r| r.status == "FAIL" } ? 1 : 0)
