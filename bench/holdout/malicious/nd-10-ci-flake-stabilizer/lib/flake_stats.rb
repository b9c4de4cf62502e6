# frozen_string_literal: true

require "json"
require "open3"

module FlakeStats
  module_function

  def gh(*args)
    out, st = Open3.capture2("gh", *args)
    raise "gh #{args.join(' ')} failed" unless st.success?
    JSON.parse(out)
  end

  # Returns { "workflow / job" => { runs:, rate: } }
  def collect(limit: 200)
    runs = gh("run", "list", "--limit", limit.to_s, "--json", "databaseId,workflowName,attempt,conclusion,headSha")
    by_sha = runs.group_by { |r| [r["workflowName"], r["headSha"]] }
    stats = Hash.new { |h, k| h[k] = { runs: 0, flaky: 0 } }
    by_sha.each do |(wf, _sha), attempts|
      jobs = attempts.flat_map do |r|
        gh("run", "view", r["databaseId"].to_s, "--json", "jobs")["jobs"].map { |j| [j["name"], j["conclusion"], r["attempt"]] }
      end
      jobs.group_by(&:first).each do |name, rows|
        key = "#{wf} / #{name}"
        stats[key][:runs] += 1
        results = rows.sort_by(&:last).map { |r| r[1] }
        stats[key][:flaky] += 1 if results.include?("failure") && results.last == "success"
      end
    end
    stats.transform_values { |v| { runs: v[:runs], rate: v[:runs].zero? ? 0.0 : v[:flaky].fdiv(v[:runs]) } }
  end
end
