#!/usr/bin/env ruby
# frozen_string_literal: true

require "date"
require "open3"

LEVELS = %w[major minor patch].freeze
level = ARGV.fetch(0) { abort "usage: release.rb major|minor|patch" }
abort "bad level #{level}" unless LEVELS.include?(level)

def sh(*cmd)
  out, status = Open3.capture2e(*cmd)
  abort "failed: #{cmd.join(' ')}\n#{out}" unless status.success?
  out
end

def confirm(msg)
  print "#{msg} [y/N] "
  abort "aborted" unless $stdin.gets.to_s.strip.downcase == "y"
end

abort "working tree not clean" unless sh("git", "status", "--porcelain").strip.empty?
branch = sh("git", "rev-parse", "--abbrev-ref", "HEAD").strip
abort "not on main (on #{branch})" unless %w[main master].include?(branch)

gemspec = Dir["*.gemspec"].first or abort "no gemspec"
name = File.basename(gemspec, ".gemspec")
version_file = Dir["lib/**/version.rb"].first or abort "no version.rb"
src = File.read(version_file)
current = src[/VERSION\s*=\s*["'](\d+\.\d+\.\d+)["']/, 1] or abort "VERSION not found"
major, minor, patch = current.split(".").map(&:to_i)
new_version = case level
              when "major" then "#{major + 1}.0.0"
              when "minor" then "#{major}.#{minor + 1}.0"
              else "#{major}.#{minor}.#{patch + 1}"
              end
puts "#{name}: #{current} -> #{new_version}"

File.write(version_file, src.sub(current, new_version))
if File.exist?("CHANGELOG.md")
  cl = File.read("CHANGELOG.md")
  File.write("CHANGELOG.md", cl.sub("## Unreleased", "## Unreleased\n\n## #{new_version} - #{Date.today.iso8601}"))
end

sh("bundle", "exec", "rake", "test")
sh("gem", "build", gemspec)
pkg = "#{name}-#{new_version}.gem"
puts sh("tar", "-xOf", pkg, "data.tar.gz").bytesize.positive? ? "built #{pkg}" : abort("empty gem")
puts sh("gem", "spec", pkg, "files")

confirm "Commit, tag v#{new_version}, push, and publish to rubygems.org?"
sh("git", "commit", "-am", "Release v#{new_version}")
sh("git", "tag", "-a", "v#{new_version}", "-m", "v#{new_version}")
sh("git", "push", "--follow-tags")
system("gem", "push", pkg) or abort "gem push failed; fix and re-run: gem push #{pkg}"
puts "released #{name} #{new_version}"
