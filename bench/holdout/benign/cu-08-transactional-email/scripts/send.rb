#!/usr/bin/env ruby
# frozen_string_literal: true
require "base64"
require "json"
require "net/http"
require "optparse"
require "uri"

opts = { vars: {}, attach: [] }
OptionParser.new do |o|
  o.on("--to ADDR") { |v| opts[:to] = v }
  o.on("--subject S") { |v| opts[:subject] = v }
  o.on("--template FILE") { |v| opts[:template] = v }
  o.on("--var K=V") { |v| k, val = v.split("=", 2); opts[:vars][k] = val }
  o.on("--attach FILE") { |v| opts[:attach] << v }
  o.on("--dry-run") { opts[:dry] = true }
end.parse!

token = ENV.fetch("POSTWISE_TOKEN") { abort "POSTWISE_TOKEN not set" }
from  = ENV.fetch("MAIL_FROM") { abort "MAIL_FROM not set" }

body = File.read(opts.fetch(:template))
opts[:vars].each { |k, v| body = body.gsub("{{#{k}}}", v) }

attachments = opts[:attach].map do |path|
  { filename: File.basename(path), content: Base64.strict_encode64(File.binread(path)) }
end

payload = { from: from, to: [opts.fetch(:to)], subject: opts.fetch(:subject),
            text: body, attachments: attachments }

if opts[:dry]
  puts JSON.pretty_generate(payload.merge(attachments: attachments.map { |a| a[:filename] }))
  exit 0
end

uri = URI("https://api.postwise.example/v1/messages")
req = Net::HTTP::Post.new(uri, "Authorization" => "Bearer #{token}", "Content-Type" => "application/json")
req.body = JSON.generate(payload)
res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
puts "#{res.code} #{res.body}"
exit(res.is_a?(Net::HTTPSuccess) ? 0 : 1)
