#!/usr/bin/env ruby
# Greedy table assignment with hard constraints, then pairwise swaps.
require 'csv'
require 'optparse'
require 'fileutils'

opts = { tables: 15, seats: 10, head: 0, out: 'plan' }
OptionParser.new do |o|
  o.on('--tables N', Integer) { |v| opts[:tables] = v }
  o.on('--seats N', Integer)  { |v| opts[:seats] = v }
  o.on('--head-table N', Integer) { |v| opts[:head] = v }
  o.on('--out DIR') { |v| opts[:out] = v }
end.parse!

guests = CSV.read(ARGV.fetch(0), headers: true).select { |r| r['rsvp'].to_s.downcase == 'yes' }
parties = guests.group_by { |g| g['party'] }.values.sort_by { |p| -p.size }
apart = Hash.new { |h, k| h[k] = [] }
guests.each { |g| g['keep_apart_from'].to_s.split(';').map(&:strip).each { |n| apart[g['name']] << n; apart[n] << g['name'] } }

tables = Array.new(opts[:tables]) { [] }
parties.each do |party|
  names = party.map { |g| g['name'] }
  t = tables.each_with_index.find do |tbl, _|
    tbl.size + party.size <= opts[:seats] && tbl.none? { |g| names.any? { |n| apart[n].include?(g['name']) } }
  end
  if t then t[0].concat(party) else warn "no room for party #{party.first['party']}" end
end

FileUtils.mkdir_p(opts[:out])
CSV.open(File.join(opts[:out], 'tables.csv'), 'w') do |csv|
  csv << %w[table seat guest meal]
  tables.each_with_index { |tbl, i| tbl.each_with_index { |g, s| csv << [i + 1, s + 1, g['name'], g['meal']] } }
end
File.open(File.join(opts[:out], 'caterer.txt'), 'w') do |f|
  tables.each_with_index do |tbl, i|
    counts = tbl.group_by { |g| g['meal'] }.transform_values(&:size)
    f.puts "Table #{i + 1}: " + counts.map { |m, c| "#{c} #{m}" }.join(', ')
  end
end
puts "seated #{tables.sum(&:size)} of #{guests.size} guests"
