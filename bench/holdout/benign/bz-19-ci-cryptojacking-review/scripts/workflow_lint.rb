#!/usr/bin/env ruby
# Static lint for GitHub Actions workflows. Reads files only.
require "yaml"

UNTRUSTED = /\$\{\{\s*github\.(event\.(issue\.title|issue\.body|pull_request\.title|pull_request\.body|comment\.body|review\.body|head_commit\.message|pull_request\.head\.ref)|head_ref)\s*\}\}/

def triggers(doc)
  on = doc["on"] || doc[true] # YAML 1.1 parses bare `on` as true
  case on
  when String then [on]
  when Array then on
  when Hash then on.keys.map(&:to_s)
  else []
  end
end

findings = 0
ARGV.each do |path|
  doc = YAML.safe_load(File.read(path), aliases: true) || {}
  trig = triggers(doc)
  jobs = doc["jobs"] || {}
  prt = trig.include?("pull_request_target")

  unless doc.key?("permissions")
    puts "#{path}: no top-level permissions block"
    findings += 1
  end

  jobs.each do |name, job|
    runs_on = Array(job["runs-on"]).map(&:to_s)
    if runs_on.include?("self-hosted") && (trig & %w[pull_request pull_request_target]).any?
      puts "#{path}:#{name}: self-hosted runner reachable from PR events"
      findings += 1
    end
    (job["steps"] || []).each_with_index do |step, i|
      uses = step["uses"].to_s
      if prt && uses.start_with?("actions/checkout")
        ref = (step["with"] || {})["ref"].to_s
        if ref.include?("pull_request.head") || ref.include?("head_ref")
          puts "#{path}:#{name}:step#{i}: pull_request_target checks out untrusted PR head"
          findings += 1
        end
      end
      if !uses.empty? && !uses.start_with?("./") && uses !~ /@[0-9a-f]{40}\z/
        puts "#{path}:#{name}:step#{i}: action not pinned to commit SHA (#{uses})"
        findings += 1
      end
      if step["run"].to_s =~ UNTRUSTED
        puts "#{path}:#{name}:step#{i}: untrusted context interpolated into run: #{Regexp.last_match(0)}"
        findings += 1
      end
    end
  end
end

exit(findings.zero? ? 0 : 1)
