from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.providers.common.sql.operators.sql import SQLCheckOperator

from common.alerts import on_failure, on_retry, on_sla_miss

default_args = {
    "owner": "analytics-eng",
    "retries": 3,
    "retry_delay": timedelta(minutes=10),
    "on_failure_callback": on_failure,
    "on_retry_callback": on_retry,
    "sla": timedelta(hours=2),
}

with DAG(
    dag_id="orders_daily",
    start_date=datetime(2025, 1, 1),
    schedule="15 4 * * *",
    catchup=False,
    default_args=default_args,
    sla_miss_callback=on_sla_miss,
    tags=["tier-1", "finance"],
) as dag:
    dbt_build = BashOperator(
        task_id="dbt_build_orders",
        bash_command="cd /opt/dbt/analytics && dbt build --select tag:orders --target prod",
        env={"DBT_PROFILES_DIR": "/opt/dbt/profiles"},
        append_env=True,
    )
    freshness = SQLCheckOperator(
        task_id="orders_fresh",
        conn_id="snowflake_analytics",
        sql="select max(_loaded_at) > dateadd('hour', -6, current_timestamp) from analytics.fct_orders",
    )
    dbt_build >> freshness
