#!/usr/bin/env ruby
# frozen_string_literal: true

# Convert flashcards in JSON Lines to an Anki-importable TSV.
# Usage: ruby to_tsv.rb [--reverse] cards.jsonl > deck.tsv

require 'json'
require 'cgi'

reverse = ARGV.delete('--reverse')
path = ARGV.first or abort 'usage: to_tsv.rb [--reverse] cards.jsonl'

FIELDS = %w[front back grammar example tags].freeze

def clean(value)
  # Tabs and newlines would break the TSV; keep <b> tags for the example.
  value.to_s.gsub(/[\t\r]/, ' ').gsub("\n", '<br>')
end

seen = {}
File.foreach(path, encoding: 'UTF-8').with_index(1) do |line, lineno|
  next if line.strip.empty?

  card = begin
    JSON.parse(line)
  rescue JSON::ParserError => e
    warn "line #{lineno}: #{e.message}"
    next
  end

  key = card['front'].to_s.downcase.strip
  if seen[key]
    warn "line #{lineno}: duplicate of line #{seen[key]} (#{card['front']}), skipped"
    next
  end
  seen[key] = lineno

  row = FIELDS.map { |f| clean(card[f]) }
  puts row.join("\t")
  next unless reverse

  rev = row.dup
  rev[0], rev[1] = row[1], row[0]
  rev[4] = "#{row[4]} reverse".strip
  puts rev.join("\t")
end
