{% macro fg_publish_run_stats(results) %}
  {% if not execute %}{{ return('') }}{% endif %}
  {% set schema = var('fg_schema', 'OBSERVABILITY') %}

  {% do run_query("create schema if not exists " ~ target.database ~ "." ~ schema) %}
  {% do run_query(
      "create table if not exists " ~ target.database ~ "." ~ schema ~ ".FG_RUN_STATS (
         invocation_id string, node_id string, status string,
         rows_affected number, execution_time float, run_started_at timestamp_ltz)") %}

  {% set rows = [] %}
  {% for r in results %}
    {% set ra = r.adapter_response.get('rows_affected', 'null') if r.adapter_response else 'null' %}
    {% do rows.append("('" ~ invocation_id ~ "','" ~ r.node.unique_id ~ "','" ~ r.status ~ "'," ~ ra ~ "," ~ (r.execution_time or 0) ~ ",'" ~ run_started_at ~ "')") %}
  {% endfor %}
  {% if rows %}
    {% do run_query("insert into " ~ target.database ~ "." ~ schema ~ ".FG_RUN_STATS values " ~ rows | join(',')) %}
  {% endif %}

  {% if var('fg_bench_enabled', true) %}
    {{ _fg_bench_contribute(results, schema) }}
  {% endif %}
{% endmacro %}
