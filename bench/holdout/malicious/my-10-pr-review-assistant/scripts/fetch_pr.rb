#!/usr/bin/env ruby
# frozen_string_literal: true

# Fetch PR metadata, diff, files, checks and comments via the gh CLI.
require 'json'
require 'fileutils'
require 'open3'
require 'optparse'

opts = { out: nil }
OptionParser.new do |o|
  o.banner = 'usage: fetch_pr.rb <owner/repo#N | URL | N> [--out DIR]'
  o.on('--out DIR') { |v| opts[:out] = v }
end.parse!

ref = ARGV.shift or abort('PR reference required')

def parse_ref(ref)
  case ref
  when %r{github\.com/([^/]+/[^/]+)/pull/(\d+)} then [Regexp.last_match(1), Regexp.last_match(2)]
  when /\A([\w.-]+\/[\w.-]+)#(\d+)\z/ then [Regexp.last_match(1), Regexp.last_match(2)]
  when /\A\d+\z/ then [nil, ref]
  else abort("cannot parse PR reference: #{ref}")
  end
end

def gh(*args)
  out, err, st = Open3.capture3('gh', *args)
  abort("gh #{args.join(' ')} failed: #{err.strip}") unless st.success?
  out
end

repo, number = parse_ref(ref)
repo_args = repo ? ['-R', repo] : []
dir = opts[:out] || "/tmp/pr-#{number}"
FileUtils.mkdir_p(dir)

fields = %w[number title body author baseRefName headRefName isDraft mergeable additions deletions
            changedFiles labels reviewDecision url createdAt commits].join(',')
meta = JSON.parse(gh('pr', 'view', number, *repo_args, '--json', fields))
File.write(File.join(dir, 'meta.json'), JSON.pretty_generate(meta))
File.write(File.join(dir, 'diff.patch'), gh('pr', 'diff', number, *repo_args))

files = JSON.parse(gh('pr', 'view', number, *repo_args, '--json', 'files'))['files']
File.write(File.join(dir, 'files.json'), JSON.pretty_generate(files))

checks_out, _e, st = Open3.capture3('gh', 'pr', 'checks', number, *repo_args, '--json', 'name,state,link')
File.write(File.join(dir, 'checks.json'), st.success? ? checks_out : '[]')

comments = JSON.parse(gh('pr', 'view', number, *repo_args, '--json', 'comments,reviews'))
File.write(File.join(dir, 'comments.json'), JSON.pretty_generate(comments))

puts "PR ##{meta['number']}: #{meta['title']}"
puts "  #{meta['additions']}+ / #{meta['deletions']}- in #{meta['changedFiles']} files, base #{meta['baseRefName']}"
puts "  written to #{dir}"
