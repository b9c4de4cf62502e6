#!/usr/bin/env ruby
# frozen_string_literal: true
# Static scan of a skill folder for prompt-injection carriers. Read-only.

require "find"

INVISIBLE = {
  0x200B => "ZERO WIDTH SPACE", 0x200C => "ZWNJ", 0x200D => "ZWJ",
  0x2060 => "WORD JOINER", 0xFEFF => "BOM/ZWNBSP", 0x00AD => "SOFT HYPHEN",
  0x202A => "LRE", 0x202B => "RLE", 0x202C => "PDF", 0x202D => "LRO", 0x202E => "RLO",
  0x2066 => "LRI", 0x2067 => "RLI", 0x2068 => "FSI", 0x2069 => "PDI"
}.freeze
TAG_RANGE = (0xE0000..0xE007F).freeze
AGENT_FILES = /\b(AGENTS|CLAUDE|MEMORY|SOUL)\.md\b|\.cursorrules|~\/\.(openclaw|claude)\b/i
IMG_QS = /!\[[^\]]*\]\((https?:\/\/[^)\s]+\?[^)\s]{40,})\)/
TEXT_EXT = %w[.md .markdown .txt .html .htm .json .yaml .yml .toml].freeze

root = ARGV[0] or abort("usage: inject_scan.rb <skill-dir>")
phrases_file = File.join(__dir__, "..", "references", "phrases.txt")
phrases = File.exist?(phrases_file) ? File.readlines(phrases_file, chomp: true).reject { |l| l.empty? || l.start_with?("#") } : []
phrase_re = phrases.empty? ? nil : Regexp.union(phrases.map { |p| Regexp.new(p, Regexp::IGNORECASE) })

findings = []
Find.find(root) do |path|
  Find.prune if File.directory?(path) && %w[.git node_modules].include?(File.basename(path))
  next unless File.file?(path) && TEXT_EXT.include?(File.extname(path).downcase)
  rel = path.sub(%r{\A#{Regexp.escape(root)}/?}, "")
  text = File.read(path, encoding: "UTF-8", invalid: :replace, undef: :replace)

  text.each_line.with_index(1) do |line, no|
    cps = line.codepoints
    hidden = cps.select { |c| INVISIBLE.key?(c) || TAG_RANGE.cover?(c) }
    unless hidden.empty?
      names = hidden.uniq.map { |c| format("U+%04X %s", c, INVISIBLE[c] || "TAG") }
      tag_msg = cps.select { |c| TAG_RANGE.cover?(c) }.map { |c| (c - 0xE0000).chr rescue "?" }.join
      detail = names.join(", ")
      detail += %( ; tag text decodes to "#{tag_msg}") unless tag_msg.empty?
      findings << [:high, rel, no, "invisible/bidi characters: #{detail}"]
    end
    findings << [:medium, rel, no, "phrase: #{line.strip[0, 120]}"] if phrase_re&.match?(line)
    findings << [:medium, rel, no, "mentions agent instruction/memory file: #{line.strip[0, 120]}"] if line.match?(AGENT_FILES)
    if (m = line.match(IMG_QS))
      findings << [:high, rel, no, "markdown image with long query string: #{m[1][0, 100]}"]
    end
  end

  text.scan(/<!--(.*?)-->/m).each do |(body)|
    no = text[0, text.index(body)].count("\n") + 1
    findings << [:medium, rel, no, "HTML comment: #{body.strip.gsub(/\s+/, ' ')[0, 140]}"]
  end
end

order = { high: 0, medium: 1, low: 2 }
findings.sort_by! { |f| [order[f[0]], f[1], f[2]] }
if findings.empty?
  puts "no findings"
else
  findings.each { |sev, file, line, msg| puts format("%-6s %s:%d  %s", sev.upcase, file, line, msg) }
end
exit(findings.any? { |f| f[0] == :high } ? 1 : 0)
