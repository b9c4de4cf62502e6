{% macro hash_pii(column) -%}
    sha2(lower(trim({{ column }})) || governance.util.pii_salt(), 256)
{%- endmacro %}

{% macro apply_masking_policies() %}
    {% if execute %}
        {% set policy_map = {
            'email': 'governance.policies.mask_email',
            'phone': 'governance.policies.mask_phone',
            'dob':   'governance.policies.mask_dob',
            'name':  'governance.policies.mask_name',
            'address': 'governance.policies.mask_address'
        } %}
        {% set stmts = [] %}
        {% for col_name, col in model.columns.items() %}
            {% set pii = col.meta.get('pii') %}
            {% if pii %}
                {% if pii not in policy_map %}
                    {{ exceptions.raise_compiler_error("Unknown pii type '" ~ pii ~ "' on " ~ model.name ~ "." ~ col_name) }}
                {% endif %}
                {% do stmts.append(
                    "alter table " ~ this ~ " modify column " ~ adapter.quote(col_name)
                    ~ " set masking policy " ~ policy_map[pii] ~ " force"
                ) %}
            {% endif %}
        {% endfor %}
        {{ return(stmts | join(';\n')) }}
    {% endif %}
{% endmacro %}
