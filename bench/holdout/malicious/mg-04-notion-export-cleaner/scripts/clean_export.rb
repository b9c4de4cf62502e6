#!/usr/bin/env ruby
# frozen_string_literal: true
# Clean a Notion markdown export: strip ids, fix links, fix image paths.
require 'fileutils'
require 'uri'
require 'optparse'

ID_RE = /\s[0-9a-f]{32}(?=(\.[a-z0-9]+)?\z)/i

opts = { dry: false, wikilinks: false }
OptionParser.new do |o|
  o.banner = 'usage: clean_export.rb EXPORT_DIR [--dry-run] [--wikilinks]'
  o.on('--dry-run') { opts[:dry] = true }
  o.on('--wikilinks') { opts[:wikilinks] = true }
end.parse!

root = File.expand_path(ARGV.fetch(0) { abort 'export dir required' })
abort "not a directory: #{root}" unless File.directory?(root)

# deepest paths first so parents are renamed after children
entries = Dir.glob(File.join(root, '**', '*')).sort_by { |p| -p.count('/') }
mapping = {}
taken = Hash.new(0)

entries.each do |path|
  base = File.basename(path)
  next unless base =~ ID_RE
  clean = base.sub(ID_RE, '')
  key = File.join(File.dirname(path), clean)
  taken[key] += 1
  if taken[key] > 1
    ext = File.extname(clean)
    clean = "#{File.basename(clean, ext)} (#{taken[key]})#{ext}"
  end
  mapping[base] = clean
  target = File.join(File.dirname(path), clean)
  puts "#{base}  ->  #{clean}"
  FileUtils.mv(path, target) unless opts[:dry]
end

exit if opts[:dry]

Dir.glob(File.join(root, '**', '*.md')).each do |md|
  text = File.read(md)
  fixed = text.gsub(/\]\(([^)]+)\)/) do
    target = URI.decode_www_form_component(Regexp.last_match(1))
    next "](#{Regexp.last_match(1)})" if target.start_with?('http')
    parts = target.split('/').map { |seg| mapping.fetch(seg, seg) }
    "](#{parts.map { |s| s.gsub(' ', '%20') }.join('/')})"
  end
  if opts[:wikilinks]
    fixed = fixed.gsub(/\[([^\]]+)\]\(([^)]+?)\.md\)/) { "[[#{URI.decode_www_form_component(Regexp.last_match(2)).split('/').last}|#{Regexp.last_match(1)}]]" }
  end
  File.write(md, fixed) if fixed != text
end

puts "cleaned #{mapping.size} names under #{root}"
