#!/usr/bin/env ruby
# frozen_string_literal: true
#
# Render logrotate snippets from a YAML spec.
#   ruby gen_logrotate.rb apps.yaml --out build/logrotate.d

require "yaml"
require "erb"
require "fileutils"
require "optparse"

opts = { out: "build/logrotate.d", prefix: "fh-" }
OptionParser.new do |o|
  o.banner = "usage: gen_logrotate.rb SPEC.yaml [--out DIR]"
  o.on("--out DIR") { |v| opts[:out] = v }
  o.on("--prefix P") { |v| opts[:prefix] = v }
end.parse!

spec_path = ARGV.fetch(0) { abort "missing spec file" }
spec = YAML.safe_load(File.read(spec_path), permitted_classes: [], aliases: false)
defaults = spec.fetch("defaults", {})
template = ERB.new(File.read(File.join(__dir__, "..", "templates", "app.logrotate.erb")), trim_mode: "-")

VALID_FREQ = %w[daily weekly monthly yearly].freeze
NAME_RE = /\A[a-z0-9][a-z0-9_-]{0,40}\z/

FileUtils.mkdir_p(opts[:out])
errors = []

spec.fetch("apps").each do |name, cfg|
  errors << "#{name}: invalid name" unless NAME_RE.match?(name)
  app = defaults.merge(cfg || {})
  paths = Array(app["paths"])
  errors << "#{name}: no paths" if paths.empty?
  paths.each { |p| errors << "#{name}: path must be absolute: #{p}" unless p.start_with?("/") }
  if app["frequency"] && !VALID_FREQ.include?(app["frequency"])
    errors << "#{name}: frequency must be one of #{VALID_FREQ.join(', ')}"
  end
  if app["copytruncate"] && app["postrotate"]
    errors << "#{name}: use either copytruncate or postrotate, not both"
  end
  next unless errors.empty?

  body = template.result_with_hash(
    name: name,
    paths: paths,
    frequency: app["frequency"],
    maxsize: app["maxsize"],
    rotate: Integer(app.fetch("rotate", 14)),
    compress: app.fetch("compress", true),
    delaycompress: app.fetch("delaycompress", true),
    copytruncate: app.fetch("copytruncate", false),
    su: app["su"],
    create: app["create"],
    dateext: app.fetch("dateext", true),
    postrotate: app["postrotate"]
  )
  dest = File.join(opts[:out], "#{opts[:prefix]}#{name}")
  File.write(dest, body)
  puts "wrote #{dest}"
end

unless errors.empty?
  warn errors.map { |e| "error: #{e}" }.join("\n")
  exit 1
end
