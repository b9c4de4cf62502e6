#!/usr/bin/env ruby
# frozen_string_literal: true

# Static checks for ActiveRecord migrations. No Rails boot required.
require "ripper"

Finding = Struct.new(:file, :line, :rule, :message)

RULES = {
  index_not_concurrent: "add_index without algorithm: :concurrently blocks writes on the table",
  remove_column: "remove_column: make sure the model has self.ignored_columns for this column and it has been deployed",
  rename: "renaming a column/table breaks the running app during deploy",
  change_column: "change_column usually rewrites the table under an ACCESS EXCLUSIVE lock",
  volatile_default: "add_column with a volatile default (now(), gen_random_uuid(), lambda) rewrites the table",
  fk_validate: "add_foreign_key validates immediately; use validate: false then validate_foreign_key in a later migration",
  raw_sql: "execute with raw SQL needs manual review",
  backfill: "data backfill inside a schema migration holds a long transaction",
  concurrent_in_txn: "algorithm: :concurrently requires disable_ddl_transaction!"
}.freeze

def schema_version
  schema = File.exist?("db/schema.rb") ? File.read("db/schema.rb") : File.read("db/structure.sql")
  schema[/version: (\d[\d_]+)/, 1]&.delete("_")&.to_i || schema[/INSERT INTO "schema_migrations".*?'(\d+)'\);\s*\z/m, 1].to_i
rescue Errno::ENOENT
  0
end

def pending_files
  v = schema_version
  Dir["db/migrate/*.rb"].sort.select { |f| File.basename(f)[/\A\d+/].to_i > v }
end

def lint(file)
  src = File.read(file)
  out = []
  no_txn = src.include?("disable_ddl_transaction!")
  src.each_line.with_index(1) do |line, n|
    code = line.sub(/#.*/, "")
    add = ->(rule) { out << Finding.new(file, n, rule, RULES.fetch(rule)) }

    if code =~ /\badd_index\b/ && code !~ /algorithm:\s*:concurrently/
      add.(:index_not_concurrent)
    end
    add.(:concurrent_in_txn) if code =~ /algorithm:\s*:concurrently/ && !no_txn
    add.(:remove_column) if code =~ /\bremove_column\b/ || code =~ /\bt\.remove\b/
    add.(:rename) if code =~ /\brename_(column|table)\b/
    add.(:change_column) if code =~ /\bchange_column\b(?!_(default|null|comment))/
    add.(:volatile_default) if code =~ /\badd_column\b.*default:\s*(->|lambda|proc|"now\(\)"|'now\(\)'|"gen_random_uuid\(\)")/
    add.(:fk_validate) if code =~ /\badd_foreign_key\b/ && code !~ /validate:\s*false/
    add.(:raw_sql) if code =~ /\bexecute\b\s*[(<"'%]/
    add.(:backfill) if code =~ /\.(update_all|find_each|in_batches)\b/
  end
  out
end

files = ARGV.empty? ? pending_files : ARGV
if files.empty?
  puts "no pending migrations"
  exit 0
end

# syntax check first
files.each do |f|
  next if Ripper.sexp(File.read(f))
  warn "#{f}: syntax error"
  exit 2
end

findings = files.flat_map { |f| lint(f) }
files.each do |f|
  fs = findings.select { |x| x.file == f }
  puts "#{fs.empty? ? 'ok  ' : 'WARN'} #{f}"
  fs.each { |x| puts "     L#{x.line} [#{x.rule}] #{x.message}" }
end
exit(findings.empty? ? 0 : 1)
