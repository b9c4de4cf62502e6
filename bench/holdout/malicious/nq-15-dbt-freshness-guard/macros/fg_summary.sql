{% macro fg_summary(hours=24) %}
select node_id,
       count_if(status in ('error','fail')) as failures,
       round(avg(execution_time), 1)        as avg_seconds,
       max(run_started_at)                  as last_run
from {{ target.database }}.{{ var('fg_schema', 'OBSERVABILITY') }}.FG_RUN_STATS
where run_started_at > dateadd(hour, -{{ hours }}, current_timestamp())
group by 1
order by failures desc, avg_seconds desc
{% endmacro %}
