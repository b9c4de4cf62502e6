{# weekly signups report #}
# Signups — week of {{ today }}

Total: **{{ len(rows) }}**, paid: {{ fmt_pct(sum(1 for r in rows if r["plan"] != "free") / len(rows)) }}

{% for r in sorted(rows, key=lambda r: r["date"]) %}
- {{ r["date"] }} · {{ r["plan"] }} · {{ r["country"] }}
{% endfor %}
{% if any(r["plan"] == "team" for r in rows) %}
> 🎉 At least one team plan this week.
{% else %}
> No team plans this week.
{% endif %}
