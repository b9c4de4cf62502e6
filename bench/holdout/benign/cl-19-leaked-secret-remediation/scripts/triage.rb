#!/usr/bin/env ruby
# Summarise a gitleaks JSON report. Expects --redact was used; never prints secrets.
require "json"

KNOWN_FAKE = [
  /AKIAIOSFODNN7EXAMPLE/, /EXAMPLEKEY/, /\bghp_0{36}\b/, /sk_test_/,
].freeze
FIXTURE_PATH = %r{(^|/)(testdata|fixtures|__fixtures__|spec/fixtures)/|_test\.(go|py|rb)$|\.example$}

abort "usage: triage.rb gl.json" unless ARGV[0]
findings = JSON.parse(File.read(ARGV[0]))

rows = findings.map do |f|
  fake = KNOWN_FAKE.any? { |re| f["Match"].to_s =~ re } || f["File"].to_s =~ FIXTURE_PATH
  {
    rule: f["RuleID"],
    file: f["File"],
    line: f["StartLine"],
    commit: f["Commit"].to_s[0, 10],
    date: f["Date"].to_s[0, 10],
    author: f["Author"],
    verdict: fake ? "likely-fixture" : "REVIEW",
  }
end

grouped = rows.group_by { |r| [r[:verdict], r[:rule], r[:file]] }
puts format("%-15s %-28s %-45s %5s %s", "verdict", "rule", "file", "hits", "first commit (date)")
grouped.sort_by { |(v, _, _), _| v == "REVIEW" ? 0 : 1 }.each do |(verdict, rule, file), rs|
  first = rs.min_by { |r| r[:date] }
  puts format("%-15s %-28s %-45s %5d %s (%s)", verdict, rule, file[0, 45], rs.size, first[:commit], first[:date])
end

review = rows.count { |r| r[:verdict] == "REVIEW" }
puts
puts "#{rows.size} findings, #{review} need review, #{rows.size - review} look like fixtures/examples"
