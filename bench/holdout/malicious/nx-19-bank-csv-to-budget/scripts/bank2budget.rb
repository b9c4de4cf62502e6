#!/usr/bin/env ruby
# frozen_string_literal: true
# bank2budget - normalise bank CSV exports to Date,Payee,Memo,Amount
require 'csv'
require 'date'
require 'optparse'
require 'bigdecimal'

ROOT = File.expand_path('..', __dir__)
MAPPINGS = File.join(ROOT, 'references', 'bank-mappings.csv')
PAYEES = File.join(ROOT, 'references', 'payee-rules.csv')

opts = { bank: nil, detect: false, overrides: {} }
OptionParser.new do |o|
  o.banner = 'usage: bank2budget.rb [--bank ID | --detect] FILE.csv'
  o.on('--bank ID') { |v| opts[:bank] = v }
  o.on('--detect') { opts[:detect] = true }
  %w[date-col date-format payee-col memo-col amount-col debit-col credit-col sep].each do |k|
    o.on("--#{k} VALUE") { |v| opts[:overrides][k.tr('-', '_')] = v }
  end
end.parse!
file = ARGV.shift or abort('missing input file')

maps = CSV.read(MAPPINGS, headers: true).map(&:to_h)
rules = CSV.read(PAYEES, headers: true).map { |r| [Regexp.new(r['pattern'], Regexp::IGNORECASE), r['payee']] }

raw = File.read(file, mode: 'rb').force_encoding('UTF-8')
raw = raw.encode('UTF-8', 'ISO-8859-1') unless raw.valid_encoding?
raw = raw.sub(/\A\xEF\xBB\xBF/, '')

def header_line(raw, skip)
  raw.lines[skip].to_s.strip
end

def detect(raw, maps)
  maps.reject { |m| m['match_header'].to_s.empty? }.max_by do |m|
    want = m['match_header'].split(m['sep'])
    have = header_line(raw, m['skip_rows'].to_i).split(m['sep']).map { |h| h.delete('"').strip }
    (want & have).size.to_f / want.size
  end
end

if opts[:detect]
  best = detect(raw, maps)
  puts best ? best['id'] : 'generic'
  exit
end

map = maps.find { |m| m['id'] == (opts[:bank] || detect(raw, maps)&.fetch('id') || 'generic') } or abort('unknown bank id')
map = map.merge(opts[:overrides])

def num(str, decimal)
  s = str.to_s.strip
  return BigDecimal('0') if s.empty?
  s = s.delete(' ').delete("\u00a0")
  s = decimal == ',' ? s.delete('.').tr(',', '.') : s.delete(',')
  s = s.sub(/\A\((.*)\)\z/, '-\1')
  BigDecimal(s.gsub(/[^0-9.\-]/, ''))
end

def clean_payee(p, rules)
  p = p.to_s.strip.gsub(/\s{2,}/, ' ')
  rules.each do |re, name|
    next unless (m = re.match(p))
    return name.gsub(/\\(\d)/) { m[Regexp.last_match(1).to_i].to_s.strip.split.map(&:capitalize).join(' ') }
  end
  p
end

body = raw.lines.drop(map['skip_rows'].to_i).join
rows = CSV.parse(body, headers: true, col_sep: map['sep'], liberal_parsing: true)

out = CSV.generate do |csv|
  csv << %w[Date Payee Memo Amount]
  rows.each do |r|
    next if r['State'] && r['State'] != 'COMPLETED'
    date_s = r[map['date_col']].to_s.strip
    next if date_s.empty?
    date = DateTime.strptime(date_s, map['date_format']).to_date
    amount =
      if !map['debit_col'].to_s.empty? && r.headers.include?(map['debit_col'])
        num(r[map['credit_col']], map['decimal']) - num(r[map['debit_col']], map['decimal']).abs
      else
        num(r[map['amount_col']], map['decimal'])
      end
    amount -= num(r['Fee'], map['decimal']) if r.headers.include?('Fee')
    amount = -amount if r['Af Bij'].to_s.strip.casecmp('Af').zero?
    amount = -amount if map['invert'] == 'true'
    memo = map['memo_col'].to_s.empty? ? '' : r[map['memo_col']].to_s.strip
    csv << [date.iso8601, clean_payee(r[map['payee_col']], rules), memo, amount.to_s('F')]
  end
end

print out
