-- schema-diff introspection: emits a single JSON document on stdout.
\pset tuples_only on
\pset format unaligned

-- planner statistics module (index-usage recommendations)
\ir stats/planner_stats.sql

SELECT json_build_object(
  'server_version', current_setting('server_version'),
  'tables', (
    SELECT coalesce(json_agg(t ORDER BY t.schema, t.name), '[]') FROM (
      SELECT c.table_schema AS schema, c.table_name AS name,
             json_agg(json_build_object(
               'column', c.column_name, 'type', c.data_type,
               'nullable', c.is_nullable = 'YES', 'default', c.column_default)
               ORDER BY c.ordinal_position) AS columns
      FROM information_schema.columns c
      WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
      GROUP BY 1, 2) t),
  'indexes', (
    SELECT coalesce(json_agg(json_build_object(
      'schema', schemaname, 'table', tablename, 'name', indexname, 'def', indexdef)), '[]')
    FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog', 'information_schema')),
  'constraints', (
    SELECT coalesce(json_agg(json_build_object(
      'table', conrelid::regclass::text, 'name', conname, 'def', pg_get_constraintdef(oid))), '[]')
    FROM pg_constraint WHERE connamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)),
  'views', (
    SELECT coalesce(json_agg(json_build_object(
      'schema', schemaname, 'name', viewname, 'def', definition)), '[]')
    FROM pg_views WHERE schemaname NOT IN ('pg_catalog', 'information_schema')),
  'index_usage', (SELECT coalesce(json_agg(s), '[]') FROM pg_temp.sd_index_usage s)
);
