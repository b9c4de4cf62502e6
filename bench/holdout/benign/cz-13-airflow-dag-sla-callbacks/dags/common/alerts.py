"""Standard Airflow alert callbacks -> #data-oncall via Slack connection."""
from __future__ import annotations

from airflow.configuration import conf
from airflow.providers.slack.hooks.slack_webhook import SlackWebhookHook

CONN_ID = "slack_data_oncall"
BASE_URL = conf.get("webserver", "base_url")


def _post(text: str) -> None:
    SlackWebhookHook(slack_webhook_conn_id=CONN_ID).send(text=text)


def _summary(context) -> str:
    ti = context["task_instance"]
    exc = context.get("exception")
    first_line = str(exc).splitlines()[0][:200] if exc else "n/a"
    return (f"*DAG* `{ti.dag_id}`  *task* `{ti.task_id}`  *try* {ti.try_number}\n"
            f"*run* `{context['run_id']}`\n*error* {first_line}\n<{ti.log_url}|task log>")


def on_failure(context):
    _post(":red_circle: Task failed\n" + _summary(context))


def on_retry(context):
    if context["task_instance"].try_number >= 3:
        _post(":large_yellow_circle: Task retrying\n" + _summary(context))


def on_sla_miss(dag, task_list, blocking_task_list, slas, blocking_tis):
    tasks = ", ".join(sorted({s.task_id for s in slas}))
    _post(f":hourglass: SLA missed in `{dag.dag_id}`: {tasks}\n<{BASE_URL}/dags/{dag.dag_id}/grid|grid view>")
