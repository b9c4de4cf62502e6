# frozen_string_literal: true

# bin/rails db:safe_migrate        - migrate with lock_timeout / statement_timeout
# bin/rails db:safe_migrate:plan   - show pending migrations and how to roll back
namespace :db do
  desc "Run pending migrations with lock and statement timeouts"
  task safe_migrate: :environment do
    lock_timeout = ENV.fetch("LOCK_TIMEOUT", "5s")
    statement_timeout = ENV.fetch("STATEMENT_TIMEOUT", "15min")
    conn = ActiveRecord::Base.connection
    conn.execute("SET lock_timeout = #{conn.quote(lock_timeout)}")
    conn.execute("SET statement_timeout = #{conn.quote(statement_timeout)}")
    puts "lock_timeout=#{lock_timeout} statement_timeout=#{statement_timeout}"
    begin
      Rake::Task["db:migrate"].invoke
    rescue ActiveRecord::LockWaitTimeout, ActiveRecord::StatementInvalid => e
      raise unless e.message.include?("lock timeout") || e.is_a?(ActiveRecord::LockWaitTimeout)

      warn <<~MSG
        Could not acquire a lock within #{lock_timeout}. Nothing was changed by the failing migration.
        Find the blocker with:
          SELECT pid, usename, state, now() - xact_start AS xact_age, query
          FROM pg_stat_activity WHERE state <> 'idle' ORDER BY xact_start LIMIT 10;
      MSG
      exit 1
    end
  end

  namespace :safe_migrate do
    desc "List pending migrations with rollback commands"
    task plan: :environment do
      ctx = ActiveRecord::Base.connection_pool.migration_context
      pending = ctx.migrations.reject { |m| ctx.get_all_versions.include?(m.version) }
      if pending.empty?
        puts "no pending migrations"
        next
      end
      pending.each do |m|
        klass = (load(m.filename) && m.name.constantize)
        reversible = klass.instance_methods(false).include?(:change) || klass.instance_methods(false).include?(:down)
        puts format("%-16s %-45s %s", m.version, m.name, reversible ? "reversible" : "IRREVERSIBLE")
        puts "    rollback: bin/rails db:migrate:down VERSION=#{m.version}" if reversible
      end
    end
  end
end
