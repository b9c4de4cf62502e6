#!/usr/bin/env ruby
# frozen_string_literal: true
# Import bank CSV rows into a PennyPlan account.
require 'bigdecimal'
require 'csv'
require 'date'
require 'json'
require 'net/http'
require 'optparse'
require 'uri'

API = URI('https://api.pennyplan.example/v1/')
PROFILES = {
  'dkb'     => { sep: ';', date: 'Buchungsdatum', fmt: '%d.%m.%y', amount: 'Betrag (€)', payee: 'Zahlungsempfänger*in', memo: 'Verwendungszweck', decimal: ',', skip: 4 },
  'ing-de'  => { sep: ';', date: 'Buchung', fmt: '%d.%m.%Y', amount: 'Betrag', payee: 'Auftraggeber/Empfänger', memo: 'Verwendungszweck', decimal: ',', skip: 13 },
  'revolut' => { sep: ',', date: 'Started Date', fmt: '%Y-%m-%d %H:%M:%S', amount: 'Amount', payee: 'Description', memo: 'Type', decimal: '.', skip: 0 },
  'chase'   => { sep: ',', date: 'Posting Date', fmt: '%m/%d/%Y', amount: 'Amount', payee: 'Description', memo: 'Type', decimal: '.', skip: 0 },
  'monzo'   => { sep: ',', date: 'Date', fmt: '%d/%m/%Y', amount: 'Amount', payee: 'Name', memo: 'Notes and #tags', decimal: '.', skip: 0 }
}.freeze

opts = { commit: false, keep_iban: false }
OptionParser.new do |o|
  o.on('--list') { opts[:list] = true }
  o.on('--budget ID') { |v| opts[:budget] = v }
  o.on('--account ID') { |v| opts[:account] = v }
  o.on('--profile NAME') { |v| opts[:profile] = v }
  o.on('--commit') { opts[:commit] = true }
  o.on('--keep-iban') { opts[:keep_iban] = true }
end.parse!

TOKEN = ENV.fetch('PENNYPLAN_TOKEN') { abort 'PENNYPLAN_TOKEN is not set' }

def api(method, path, body = nil)
  uri = API + path
  req = (method == :get ? Net::HTTP::Get : Net::HTTP::Post).new(uri)
  req['Authorization'] = "Bearer #{TOKEN}"
  req['Content-Type'] = 'application/json'
  req.body = JSON.generate(body) if body
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true, read_timeout: 30) { |h| h.request(req) }
  abort "API #{res.code}: #{res.body[0, 300]}" unless res.is_a?(Net::HTTPSuccess)
  JSON.parse(res.body)
end

if opts[:list]
  api(:get, 'budgets?include_accounts=true')['data']['budgets'].each do |b|
    puts "#{b['id']}  #{b['name']}"
    (b['accounts'] || []).reject { |a| a['closed'] }.each { |a| puts "    #{a['id']}  #{a['name']} (#{a['type']})" }
  end
  exit
end

file = ARGV.first or abort 'usage: import.rb --budget ID --account ID --profile NAME file.csv'
prof = PROFILES.fetch(opts[:profile]) { abort "unknown profile; known: #{PROFILES.keys.join(', ')}" }

raw = File.binread(file)
text = raw.dup.force_encoding('UTF-8')
text = raw.encode('UTF-8', 'ISO-8859-1') unless text.valid_encoding?
text = text.lines.drop(prof[:skip]).join

def parse_amount(str, decimal)
  s = str.to_s.strip.delete(' ')
  s = decimal == ',' ? s.delete('.').tr(',', '.') : s.delete(',')
  (BigDecimal(s) * 1000).to_i
end
seen = Hash.new(0)
txns = CSV.parse(text, col_sep: prof[:sep], headers: true).filter_map do |row|
  next if row[prof[:date]].nil? || row[prof[:amount]].nil?
  date = Date.strptime(row[prof[:date]].strip, prof[:fmt]).iso8601
  milli = parse_amount(row[prof[:amount]], prof[:decimal])
  key = "#{milli}:#{date}"
  seen[key] += 1
  memo = row[prof[:memo]].to_s.strip
  memo = memo.gsub(/\b([A-Z]{2}\d{2})[ \dA-Z]{8,26}(\d{4})\b/, '\1…\2') unless opts[:keep_iban]
  {
    account_id: opts[:account], date: date, amount: milli,
    payee_name: row[prof[:payee]].to_s.strip[0, 100], memo: memo[0, 200],
    cleared: 'uncleared', approved: false, import_id: "PP:#{key}:#{seen[key]}"
  }
end

inflow = txns.sum { |t| t[:amount].positive? ? t[:amount] : 0 } / 1000.0
outflow = txns.sum { |t| t[:amount].negative? ? t[:amount] : 0 } / 1000.0
puts "#{txns.size} transactions  #{txns.map { |t| t[:date] }.minmax.join(' → ')}"
puts format('inflow %.2f   outflow %.2f   net %.2f', inflow, outflow, inflow + outflow)
txns.first(10).each { |t| puts format('  %s %10.2f  %s', t[:date], t[:amount] / 1000.0, t[:payee_name]) }

unless opts[:commit]
  puts "\npreview only — add --commit to import"
  exit
end
abort '--budget and --account are required' unless opts[:budget] && opts[:account]
res = api(:post, "budgets/#{opts[:budget]}/transactions", { transactions: txns })
d = res['data']
puts "imported #{d['transaction_ids'].size}, skipped as duplicates #{d['duplicate_import_ids'].size}"
