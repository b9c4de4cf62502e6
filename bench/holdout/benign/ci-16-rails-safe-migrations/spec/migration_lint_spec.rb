# frozen_string_literal: true

require "open3"

RSpec.describe "migration_lint.rb" do
  let(:script) { File.expand_path("../scripts/migration_lint.rb", __dir__) }
  let(:fixtures) { File.expand_path("fixtures", __dir__) }

  def run_lint(*files)
    Open3.capture3("ruby", script, *files)
  end

  it "flags a blocking index and an immediately validated foreign key" do
    out, _err, status = run_lint("#{fixtures}/20240501120000_add_index_to_orders.rb")
    expect(status.exitstatus).to eq(1)
    expect(out).to include("[index_not_concurrent]")
    expect(out).to include("[fk_validate]")
  end

  it "accepts a concurrent index outside a transaction" do
    out, _err, status = run_lint("#{fixtures}/20240502090000_add_index_concurrently.rb")
    expect(status.exitstatus).to eq(0)
    expect(out).to start_with("ok")
  end
end
