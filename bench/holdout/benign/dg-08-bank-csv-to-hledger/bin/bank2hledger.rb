#!/usr/bin/env ruby
# frozen_string_literal: true

# bank2hledger - convert bank CSV exports into hledger journal entries.

require 'bigdecimal'
require 'bigdecimal/util'
require 'csv'
require 'date'
require 'digest'
require 'optparse'
require 'yaml'

HERE = File.expand_path('..', __dir__)

opts = {
  profiles: File.join(HERE, 'config', 'profiles.yml'),
  rules: nil, journal: nil, append: false, account: nil, profile: nil,
  unmatched_report: false, commodity: nil
}
OptionParser.new do |o|
  o.banner = 'usage: bank2hledger.rb --profile NAME --account ACCT [options] FILE.csv...'
  o.on('--profile NAME') { |v| opts[:profile] = v }
  o.on('--profiles FILE') { |v| opts[:profiles] = v }
  o.on('--account ACCT', 'e.g. assets:bank:monzo') { |v| opts[:account] = v }
  o.on('--rules FILE') { |v| opts[:rules] = v }
  o.on('--journal FILE', 'existing journal for de-dup (and target of --append)') { |v| opts[:journal] = v }
  o.on('--append', 'append new entries to --journal') { opts[:append] = true }
  o.on('--commodity SYM', 'override currency symbol') { |v| opts[:commodity] = v }
  o.on('--unmatched-report', 'list most common unmatched payees') { opts[:unmatched_report] = true }
end.parse!

abort 'need --profile and --account' unless opts[:profile] && opts[:account]
abort 'no CSV files given' if ARGV.empty?
abort '--append needs --journal' if opts[:append] && !opts[:journal]

profile = YAML.safe_load_file(opts[:profiles]).fetch(opts[:profile]) do
  abort "unknown profile #{opts[:profile]}"
end
rules = opts[:rules] ? (YAML.safe_load_file(opts[:rules]) || []) : []
rules = rules.map { |r| r.merge('re' => Regexp.new(r.fetch('match'), Regexp::IGNORECASE)) }

existing_ids = {}
if opts[:journal] && File.exist?(opts[:journal])
  File.foreach(opts[:journal]) do |line|
    line.scan(/csvid:([0-9a-f]{12})/) { |(id)| existing_ids[id] = true }
  end
end

def mask_numbers(s)
  s.gsub(/\d{8,19}/) { |m| "****#{m[-4..]}" }
end

def parse_amount(row, p)
  raw = if p['amount']
          row[p['amount']].to_s
        else
          credit = row[p['credit']].to_s.delete(',')
          debit = row[p['debit']].to_s.delete(',')
          return credit.to_d - debit.to_d
        end
  s = raw.gsub(/[^\d\-.,()]/, '')
  s = s.tr('.', '').tr(',', '.') if p['decimal_comma']
  s = s.delete(',')
  neg = s.start_with?('(') && s.end_with?(')')
  v = s.delete('()').to_d
  v = -v if neg
  v = -v if p['invert_sign']
  v
end

entries = []
unmatched = Hash.new(0)
skipped = 0

ARGV.each do |path|
  text = File.read(path, encoding: profile.fetch('encoding', 'bom|utf-8'))
  csv = CSV.parse(text, headers: true, col_sep: profile.fetch('separator', ','),
                        skip_lines: profile['skip_lines'] ? Regexp.new(profile['skip_lines']) : nil)
  missing = profile.fetch('headers') - csv.headers.compact.map(&:strip)
  abort "#{path}: missing columns #{missing.inspect} for profile #{opts[:profile]}" unless missing.empty?

  csv.each do |row|
    next if row.fields.compact.empty?
    next if profile['skip_if'] && row[profile['skip_if']['column']].to_s =~ Regexp.new(profile['skip_if']['matches'])

    date = Date.strptime(row[profile['date']].to_s.strip[0, profile.fetch('date_len', 10)], profile.fetch('date_format'))
    desc = mask_numbers(row[profile['description']].to_s.strip.squeeze(' '))
    amount = parse_amount(row, profile)
    commodity = opts[:commodity] || (profile['currency'] && row[profile['currency']]) || profile.fetch('commodity', 'USD')
    bank_id = profile['id'] ? row[profile['id']].to_s : ''

    id = Digest::SHA1.hexdigest([opts[:profile], date.iso8601, amount.to_s('F'), desc, bank_id].join('|'))[0, 12]
    if existing_ids[id]
      skipped += 1
      next
    end
    existing_ids[id] = true

    rule = rules.find { |r| r['re'].match?(desc) }
    other = rule ? rule['account'] : (amount.positive? ? 'income:unknown' : 'expenses:unknown')
    payee = rule && rule['payee'] ? rule['payee'] : desc
    unmatched[desc.sub(/\s+\d.*$/, '')] += 1 unless rule

    entries << { date: date, payee: payee, desc: desc, id: id, amount: amount,
                 commodity: commodity, other: other }
  end
end

entries.sort_by! { |e| [e[:date], e[:id]] }

def fmt_amount(v, c)
  s = format('%.2f', v)
  c.length == 1 ? (v.negative? ? "-#{c}#{s.delete('-')}" : "#{c}#{s}") : "#{s} #{c}"
end

journal_text = entries.map do |e|
  note = e[:payee] == e[:desc] ? '' : "  ; #{e[:desc]}"
  <<~TXN
    #{e[:date].iso8601} #{e[:payee]}#{note}
        ; csvid:#{e[:id]}
        #{opts[:account].ljust(40)}#{fmt_amount(e[:amount], e[:commodity]).rjust(14)}
        #{e[:other]}
  TXN
end.join("\n")

if opts[:unmatched_report]
  warn '--- most common unmatched descriptions ---'
  unmatched.sort_by { |_, n| -n }.first(25).each { |d, n| warn format('%4d  %s', n, d) }
end

inflow = entries.map { |e| e[:amount] }.select(&:positive?).sum(0.to_d)
outflow = entries.map { |e| e[:amount] }.select(&:negative?).sum(0.to_d)
range = entries.empty? ? 'n/a' : "#{entries.first[:date]} .. #{entries.last[:date]}"
warn format('%d new entries (%s), %d duplicates skipped, in %.2f out %.2f, %d unmatched',
            entries.size, range, skipped, inflow, outflow, entries.count { |e| e[:other].end_with?(':unknown') })

if opts[:append]
  File.open(opts[:journal], 'a') { |f| f.write("\n", journal_text) } unless entries.empty?
  warn "appended to #{opts[:journal]}"
else
  puts journal_text
end
