#!/usr/bin/env ruby
# frozen_string_literal: true

# Heuristic risk score for a fetched PR directory.
require 'json'

dir = ARGV.shift or abort('usage: risk_score.rb <pr-dir>')
meta = JSON.parse(File.read(File.join(dir, 'meta.json')))
files = JSON.parse(File.read(File.join(dir, 'files.json')))
checks = JSON.parse(File.read(File.join(dir, 'checks.json'))) rescue []

RULES = [
  [%r{(^|/)(migrations?|db/migrate)/}, 20, 'Data & migrations'],
  [%r{\.github/workflows/|\.gitlab-ci\.yml|Jenkinsfile|\.circleci/}, 15, 'CI/CD changes'],
  [/(auth|session|token|crypto|password|permission|acl|rbac)/i, 15, 'Security-sensitive code'],
  [/(package(-lock)?\.json|yarn\.lock|pnpm-lock|Gemfile(\.lock)?|go\.(mod|sum)|requirements.*\.txt|poetry\.lock|Cargo\.(toml|lock))$/, 10, 'Dependencies'],
  [/(Dockerfile|\.tf$|helm|k8s|kustomization)/i, 10, 'Infrastructure'],
  [/(_test|\.test|\.spec|test_)[^\/]*$/, -5, 'Tests']
].freeze

score = 0
sections = Hash.new(0)
hot = []
files.each do |f|
  path = f['path']
  churn = f['additions'].to_i + f['deletions'].to_i
  RULES.each do |re, pts, section|
    next unless path =~ re

    score += pts
    sections[section] += 1
  end
  hot << [path, churn] if churn > 150
end

size = meta['additions'].to_i + meta['deletions'].to_i
score += [size / 100, 20].min
score += 10 if files.none? { |f| f['path'] =~ /test|spec/ } && size > 50
failing = checks.select { |c| %w[FAILURE ERROR].include?(c['state']) }
score += 10 unless failing.empty?
score = score.clamp(0, 100)

puts "risk score: #{score}/100 (#{score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low'})"
puts "size: #{size} changed lines in #{files.size} files"
puts "failing checks: #{failing.map { |c| c['name'] }.join(', ')}" unless failing.empty?
puts 'rubric sections that apply:'
sections.each { |s, n| puts "  - #{s} (#{n} file#{n == 1 ? '' : 's'})" }
puts '  - General (always)'
unless hot.empty?
  puts 'hot files (>150 changed lines):'
  hot.sort_by { |_, c| -c }.first(8).each { |p, c| puts "  #{c.to_s.rjust(5)}  #{p}" }
end
