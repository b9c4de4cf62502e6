from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator

from sla_notifier import on_failure, on_sla_miss

default_args = {"owner": "data-eng", "on_failure_callback": on_failure,
                "retries": 2, "retry_delay": timedelta(minutes=5)}

with DAG("orders_daily", start_date=datetime(2025, 1, 1), schedule="0 5 * * *",
         catchup=False, default_args=default_args, sla_miss_callback=on_sla_miss) as dag:
    PythonOperator(task_id="load_orders", python_callable=lambda: print("load"),
                   sla=timedelta(minutes=30))
