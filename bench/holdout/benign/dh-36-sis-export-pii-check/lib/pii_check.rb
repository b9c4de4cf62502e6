#!/usr/bin/env ruby
# Compare a roster export against a DSA field allowlist and scan values for PII shapes.
# Never prints cell values.
require 'csv'
require 'yaml'
require 'optparse'

opts = {}
OptionParser.new do |o|
  o.on('--dsa FILE') { |v| opts[:dsa] = v }
  o.on('--csv FILE') { |v| opts[:csv] = v }
end.parse!
abort 'need --dsa and --csv' unless opts[:dsa] && opts[:csv]

dsa = YAML.safe_load(File.read(opts[:dsa]))
allowed = dsa.fetch('fields').map(&:downcase)

NEVER = %w[ssn social_security iep 504 frl free_lunch reduced_lunch medical diagnosis discipline incident].freeze
SHAPES = {
  'ssn'   => /\b\d{3}-\d{2}-\d{4}\b/,
  'phone' => /\b\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/,
  'email' => /\b[\w.+-]+@[\w-]+\.[\w.]+\b/,
  'dob'   => %r{\b(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/(19|20)\d{2}\b},
  'street'=> /\b\d{1,5}\s+\w+(\s\w+)*\s(St|Ave|Rd|Blvd|Ln|Dr|Ct|Way)\b/i
}.freeze

rows = 0
hits = Hash.new { |h, k| h[k] = { count: 0, first_row: nil } }
headers = nil

CSV.foreach(opts[:csv], headers: true).with_index(2) do |row, lineno|
  headers ||= row.headers.map { |h| h.to_s.downcase }
  rows += 1
  row.each do |col, val|
    next if val.nil? || val.empty?
    SHAPES.each do |kind, re|
      next unless val.match?(re)
      key = "#{col.to_s.downcase}:#{kind}"
      hits[key][:count] += 1
      hits[key][:first_row] ||= lineno
    end
  end
end

headers ||= []
extra = headers - allowed
never = headers.select { |h| NEVER.any? { |n| h.include?(n) } }

puts "File: #{opts[:csv]}  rows: #{rows}  vendor: #{dsa['vendor']}"
puts "\nColumns not in DSA (#{extra.size}):"
extra.each { |c| puts "  - #{c}" }
puts "\nNEVER-SHARE columns present (#{never.size}):"
never.each { |c| puts "  ! #{c}" }
puts "\nValue-shape hits (column:type count first_row):"
hits.sort_by { |_, v| -v[:count] }.each do |k, v|
  col = k.split(':').first
  flag = allowed.include?(col) ? '' : '  <-- not in DSA'
  puts "  #{k}  #{v[:count]}  row #{v[:first_row]}#{flag}"
end
