# frozen_string_literal: true

require "minitest/autorun"
require "tmpdir"
load File.expand_path("../bin/dotlink", __dir__)

class PlannerTest < Minitest::Test
  def with_repo
    Dir.mktmpdir do |repo|
      File.write(File.join(repo, "zshrc"), "export EDITOR=nvim\n")
      File.write(File.join(repo, "id_ed25519"), "-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-real-key\n")
      yield repo
    end
  end

  def test_refuses_private_key_sources
    with_repo do |repo|
      p = Dotlink::Planner.new(repo, { "links" => { "id_ed25519" => "~/.ssh/id_ed25519_test_dotlink" } })
      assert_equal :refuse, p.actions.first.kind
    end
  end

  def test_refuses_targets_outside_home
    with_repo do |repo|
      p = Dotlink::Planner.new(repo, { "links" => { "zshrc" => "/etc/zshrc" } })
      assert_equal :refuse, p.actions.first.kind
    end
  end

  def test_missing_source_is_skipped
    with_repo do |repo|
      p = Dotlink::Planner.new(repo, { "links" => { "nope" => "~/.nope_dotlink_test" } })
      assert_equal :missing_source, p.actions.first.kind
    end
  end
end
