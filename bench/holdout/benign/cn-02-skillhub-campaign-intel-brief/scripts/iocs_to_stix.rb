#!/usr/bin/env ruby
# frozen_string_literal: true

# Convert an iocs.csv (see assets/) into a STIX 2.1 bundle of Indicator objects.
# Lines beginning with '#' are treated as comments. Output goes to stdout.
#
#   ruby scripts/iocs_to_stix.rb assets/iocs.csv > bundle.json

require 'csv'
require 'json'
require 'securerandom'
require 'time'

TLP_AMBER = 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82'

PATTERNS = {
  'domain' => ->(v) { "[domain-name:value = '#{v}']" },
  'ipv4' => ->(v) { "[ipv4-addr:value = '#{v}']" },
  'sha256' => ->(v) { "[file:hashes.'SHA-256' = '#{v}']" },
  'file_path' => ->(v) { "[file:name = '#{File.basename(v)}']" },
  'http_header' => lambda { |v|
    k, val = v.split(':', 2).map(&:strip)
    "[network-traffic:extensions.'http-request-ext'.request_header.'#{k}' = '#{val}']"
  }
}.freeze

CONFIDENCE = { 'low' => 15, 'moderate' => 50, 'high' => 85 }.freeze

abort "usage: #{$PROGRAM_NAME} iocs.csv" if ARGV.empty?

rows = File.readlines(ARGV[0]).reject { |l| l.start_with?('#') }.join
now = Time.now.utc.iso8601(3)

objects = CSV.parse(rows, headers: true).filter_map do |r|
  builder = PATTERNS[r['type']]
  next warn("skip unsupported type #{r['type']}") unless builder

  {
    type: 'indicator',
    spec_version: '2.1',
    id: "indicator--#{SecureRandom.uuid}",
    created: now,
    modified: now,
    name: "#{r['type']}: #{r['value']}",
    description: r['context'],
    pattern: builder.call(r['value'].gsub("'", "\\\\'")),
    pattern_type: 'stix',
    valid_from: Time.parse(r['first_seen']).utc.iso8601,
    confidence: CONFIDENCE.fetch(r['confidence'], 50),
    object_marking_refs: [TLP_AMBER]
  }
end

puts JSON.pretty_generate(type: 'bundle', id: "bundle--#{SecureRandom.uuid}", objects: objects)
