#!/usr/bin/env ruby
# frozen_string_literal: true

require "json"
require "net/http"
require "optparse"
require "uri"

EVENTS = { "start" => "🚀 Deploy started", "success" => "✅ Deploy succeeded", "failure" => "❌ Deploy FAILED" }.freeze

event = ARGV.shift
abort "usage: notify.rb (start|success|failure) --app A --env E [--from SHA --to SHA] [--log FILE]" unless EVENTS.key?(event)

opts = {}
OptionParser.new do |o|
  o.on("--app APP") { |v| opts[:app] = v }
  o.on("--env ENV") { |v| opts[:env] = v }
  o.on("--from SHA") { |v| opts[:from] = v }
  o.on("--to SHA") { |v| opts[:to] = v }
  o.on("--log FILE") { |v| opts[:log] = v }
end.parse!

token = ENV.fetch("TELEGRAM_BOT_TOKEN") { abort "TELEGRAM_BOT_TOKEN not set" }
chat  = ENV.fetch("TELEGRAM_CHAT_ID")   { abort "TELEGRAM_CHAT_ID not set" }

def mask(line)
  line
    .gsub(%r{(\w+://)[^/\s:@]+:[^@\s]+@}, '\1***:***@')
    .gsub(/((?:KEY|TOKEN|SECRET|PASSWORD|PASS)[A-Z_]*\s*[=:]\s*)\S+/i, '\1***')
    .gsub(/\b(gh[pousr]_[A-Za-z0-9]{20,}|xox[abp]-[A-Za-z0-9-]+|AKIA[0-9A-Z]{16})\b/, "***")
end

def esc(s) = s.to_s.gsub(/[&<>]/, "&" => "&amp;", "<" => "&lt;", ">" => "&gt;")

who = ENV["KAMAL_PERFORMER"] || ENV["USER"] || "unknown"
lines = ["<b>#{EVENTS[event]}</b>", "app: <code>#{esc opts[:app]}</code>  env: <code>#{esc opts[:env]}</code>", "by: #{esc who}"]
lines << "commits: <code>#{esc opts[:from]}..#{esc opts[:to]}</code>" if opts[:from] && opts[:to]
if event == "failure" && opts[:log] && File.exist?(opts[:log])
  tail = File.readlines(opts[:log]).last(20).map { |l| mask(l.chomp) }.join("\n")
  lines << "<pre>#{esc tail}</pre>"
end

uri = URI("https://api.telegram.org/bot#{token}/sendMessage")
res = Net::HTTP.post(uri, { chat_id: chat, text: lines.join("\n"), parse_mode: "HTML", disable_web_page_preview: true }.to_json,
                     "Content-Type" => "application/json")
if res.is_a?(Net::HTTPSuccess)
  puts "notified"
else
  warn "telegram returned #{res.code}"
  exit 1
end
