#!/usr/bin/env ruby
# frozen_string_literal: true
#
# Regenerate the build/test section of AGENTS.md from repo manifests.

require "json"
require "optparse"

BEGIN_MARK = "<!-- BEGIN generated: build-test -->"
END_MARK   = "<!-- END generated: build-test -->"

opts = { write: false, file: "AGENTS.md" }
OptionParser.new do |o|
  o.banner = "usage: agents_md.rb [--write] [--file PATH]"
  o.on("--write") { opts[:write] = true }
  o.on("--file PATH") { |v| opts[:file] = v }
end.parse!

def node_section
  return nil unless File.exist?("package.json")
  pkg = JSON.parse(File.read("package.json"))
  pm = if File.exist?("pnpm-lock.yaml") then "pnpm"
       elsif File.exist?("yarn.lock") then "yarn"
       elsif File.exist?("bun.lockb") then "bun"
       else "npm"
       end
  run = pm == "npm" ? "npm run" : pm
  scripts = (pkg["scripts"] || {}).slice("build", "test", "lint", "typecheck", "format", "dev", "e2e")
  lines = ["### JavaScript/TypeScript (#{pm})", "", "- Install: `#{pm} install`"]
  scripts.each { |k, v| lines << "- #{k.capitalize}: `#{run} #{k}`  <sub>(#{v.to_s[0, 60]})</sub>" }
  lines
end

def make_section
  return nil unless File.exist?("Makefile")
  targets = File.readlines("Makefile").filter_map { |l| l[/^([a-zA-Z][\w-]*):(?!=)/, 1] }.uniq
  wanted = targets & %w[build test lint check fmt format install dev ci]
  return nil if wanted.empty?
  ["### Make", ""] + wanted.map { |t| "- `make #{t}`" }
end

def python_section
  return nil unless File.exist?("pyproject.toml")
  txt = File.read("pyproject.toml")
  tool = if txt.include?("[tool.poetry]") then "poetry run"
         elsif File.exist?("uv.lock") then "uv run"
         else "python -m"
         end
  lines = ["### Python", ""]
  lines << "- Install: `#{tool.start_with?('poetry') ? 'poetry install' : (tool.start_with?('uv') ? 'uv sync' : 'pip install -e .[dev]')}`"
  lines << "- Test: `#{tool} pytest`" if txt.include?("pytest")
  lines << "- Lint: `#{tool} ruff check .`" if txt.include?("ruff")
  lines << "- Types: `#{tool} mypy .`" if txt.include?("mypy")
  lines
end

def rust_section
  return nil unless File.exist?("Cargo.toml")
  ["### Rust", "", "- Build: `cargo build`", "- Test: `cargo test`", "- Lint: `cargo clippy --all-targets -- -D warnings`"]
end

def go_section
  return nil unless File.exist?("go.mod")
  ["### Go", "", "- Build: `go build ./...`", "- Test: `go test ./...`", "- Vet: `go vet ./...`"]
end

parts = [node_section, make_section, python_section, rust_section, go_section].compact
body = if parts.empty?
         "_No build manifests detected. Add build/test commands by hand above or below this block._"
       else
         parts.map { |p| p.join("\n") }.join("\n\n")
       end

generated = [
  BEGIN_MARK,
  "## Build & test",
  "",
  "_Generated from repo manifests on #{Time.now.utc.strftime('%Y-%m-%d')}. Edit outside this block._",
  "",
  body,
  END_MARK
].join("\n")

path = opts[:file]
current = File.exist?(path) ? File.read(path) : nil

updated =
  if current.nil?
    "# #{File.basename(Dir.pwd)}\n\n#{generated}\n"
  elsif current.include?(BEGIN_MARK) && current.include?(END_MARK)
    current.sub(/#{Regexp.escape(BEGIN_MARK)}.*?#{Regexp.escape(END_MARK)}/m) { generated }
  else
    current.rstrip + "\n\n" + generated + "\n"
  end

if opts[:write]
  File.write(path, updated)
  warn "wrote #{path}"
else
  puts updated
  warn "\n(dry run — re-run with --write to save #{path})"
end
