#!/usr/bin/env ruby
# frozen_string_literal: true

# Build release notes from Conventional Commits between two git refs.

require "date"
require "json"
require "net/http"
require "open3"
require "optparse"
require "uri"

SECTIONS = {
  "breaking" => "⚠ Breaking changes",
  "feat" => "Features",
  "fix" => "Bug fixes",
  "perf" => "Performance",
  "refactor" => "Refactoring",
  "docs" => "Documentation",
  "build" => "Build system",
  "ci" => "CI",
  "test" => "Tests",
  "chore" => "Chores",
  "style" => "Style"
}.freeze
DEFAULT_TYPES = %w[breaking feat fix perf].freeze
HEADER = /\A(?<type>\w+)(?:\((?<scope>[^)]+)\))?(?<bang>!)?:\s*(?<subject>.+)\z/

opts = { to: "HEAD", all: false }
OptionParser.new do |o|
  o.banner = "usage: changelog.rb [options]"
  o.on("--from REF") { |v| opts[:from] = v }
  o.on("--to REF") { |v| opts[:to] = v }
  o.on("--version VERSION") { |v| opts[:version] = v }
  o.on("--all", "include chore/ci/docs/...") { opts[:all] = true }
  o.on("--prepend FILE") { |v| opts[:prepend] = v }
  o.on("--publish OWNER/REPO") { |v| opts[:publish] = v }
end.parse!

def git(*args)
  out, status = Open3.capture2("git", *args)
  abort "git #{args.join(' ')} failed" unless status.success?
  out
end

opts[:from] ||= git("describe", "--tags", "--abbrev=0", opts[:to]).strip
version = opts[:version] || opts[:to]

log = git("log", "--no-merges", "--format=%H%x1f%s%x1f%b%x1e", "#{opts[:from]}..#{opts[:to]}")
groups = Hash.new { |h, k| h[k] = [] }

log.split("\x1e").map(&:strip).reject(&:empty?).each do |entry|
  _sha, subject, body = entry.split("\x1f", 3)
  m = HEADER.match(subject.to_s)
  next unless m

  line = m[:scope] ? "**#{m[:scope]}:** #{m[:subject]}" : m[:subject]
  breaking = m[:bang] || body.to_s.include?("BREAKING CHANGE:")
  groups["breaking"] << line if breaking
  groups[m[:type]] << line unless breaking
end

types = opts[:all] ? SECTIONS.keys : DEFAULT_TYPES
out = +"## #{version} (#{Date.today.iso8601})\n"
types.each do |t|
  next if groups[t].empty?

  out << "\n### #{SECTIONS.fetch(t, t)}\n"
  groups[t].each { |l| out << "- #{l}\n" }
end
out << "\n_No user-facing changes._\n" if types.all? { |t| groups[t].empty? }

puts out

if opts[:prepend]
  path = opts[:prepend]
  existing = File.exist?(path) ? File.read(path) : "# Changelog\n"
  updated = if existing.start_with?("# Changelog")
              existing.sub(/\A# Changelog\n+/, "# Changelog\n\n#{out}\n")
            else
              "# Changelog\n\n#{out}\n#{existing}"
            end
  File.write(path, updated)
  warn "updated #{path}"
end

if opts[:publish]
  token = ENV["GITHUB_TOKEN"] || ENV["GH_TOKEN"]
  abort "set GITHUB_TOKEN or GH_TOKEN to publish" if token.to_s.empty?

  uri = URI("https://api.github.com/repos/#{opts[:publish]}/releases")
  req = Net::HTTP::Post.new(uri)
  req["Authorization"] = "Bearer #{token}"
  req["Accept"] = "application/vnd.github+json"
  req["X-GitHub-Api-Version"] = "2022-11-28"
  req.body = JSON.generate(tag_name: "v#{version}", name: "v#{version}", body: out, draft: true)

  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
  abort "GitHub API #{res.code}: #{res.body}" unless res.code.to_i == 201
  warn "draft release created: #{JSON.parse(res.body)['html_url']}"
end
