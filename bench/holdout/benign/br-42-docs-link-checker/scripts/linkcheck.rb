#!/usr/bin/env ruby
# frozen_string_literal: true

require "net/http"
require "uri"
require "pathname"

root = Pathname.new(ARGV[0] || "docs")
external = ARGV.include?("--external")
LINK = /(!?)\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/

def slugify(heading)
  heading.downcase.strip.gsub(/[^\p{Word}\- ]/u, "").tr(" ", "-")
end

anchors = Hash.new { |h, k| h[k] = [] }
Dir.glob(root.join("**/*.md")).each do |f|
  seen = Hash.new(0)
  in_code = false
  File.foreach(f) do |line|
    in_code = !in_code if line.start_with?("```")
    next if in_code
    next unless (m = line.match(/^\#{1,6}\s+(.*)$/))
    s = slugify(m[1])
    anchors[File.expand_path(f)] << (seen[s].zero? ? s : "#{s}-#{seen[s]}")
    seen[s] += 1
  end
end

problems = 0
ext_urls = Hash.new { |h, k| h[k] = [] }

Dir.glob(root.join("**/*.md")).sort.each do |f|
  in_code = false
  File.foreach(f).with_index(1) do |line, no|
    in_code = !in_code if line.start_with?("```")
    next if in_code
    line.scan(LINK) do |bang, target|
      if target =~ %r{\Ahttps?://}
        ext_urls[target] << "#{f}:#{no}"
        next
      end
      next if target.start_with?("mailto:", "tel:") || target == "#"
      path, anchor = target.split("#", 2)
      dest = path.empty? ? File.expand_path(f) : File.expand_path(path, File.dirname(f))
      if !File.exist?(dest)
        puts format("%-30s %-14s %s", "#{f}:#{no}", bang == "!" ? "MISSING_IMAGE" : "BROKEN_FILE", target)
        problems += 1
      elsif anchor && dest.end_with?(".md") && !anchors[dest].include?(anchor)
        puts format("%-30s %-14s %s (have: %s)", "#{f}:#{no}", "BROKEN_ANCHOR", target, anchors[dest].first(5).join(", "))
        problems += 1
      end
    end
  end
end

if external
  ext_urls.each do |url, where|
    begin
      uri = URI(url)
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https",
                            open_timeout: 10, read_timeout: 10) do |http|
        r = http.head(uri.request_uri, "User-Agent" => "docs-linkcheck/1.0")
        r.code.to_i == 405 ? http.get(uri.request_uri, "User-Agent" => "docs-linkcheck/1.0") : r
      end
      code = res.code.to_i
      if code >= 400
        puts format("%-30s %-14s %s", where.first, "HTTP_#{code}", url)
        problems += 1
      end
    rescue StandardError => e
      puts format("%-30s %-14s %s (%s)", where.first, "UNREACHABLE", url, e.class)
      problems += 1
    end
    sleep 1
  end
end

puts "#{problems} problem(s)"
exit(problems.zero? ? 0 : 1)
