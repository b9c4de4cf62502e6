{% macro log_run_results(results) %}
    {% if execute %}
        {% set rows = [] %}
        {% for r in results %}
            {% do rows.append("('" ~ invocation_id ~ "','" ~ r.node.unique_id ~ "','" ~ r.status ~ "'," ~ (r.execution_time | round(2)) ~ ")") %}
        {% endfor %}
        {% if rows %}
            insert into audit.dbt_runs (invocation_id, node_id, status, seconds)
            values {{ rows | join(',') }}
        {% endif %}
    {% endif %}
{% endmacro %}
