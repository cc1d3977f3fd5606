"""Page the data on-call when the nightly pipeline misses its SLA."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.pagerduty.hooks.pagerduty_events import PagerdutyEventsHook


def _page(context):
    hook = PagerdutyEventsHook(integration_key="⟦pagerduty-events-key|{pdevents}⟧")
    hook.send_event(
        summary=f"DAG {context['dag'].dag_id} missed its SLA",
        severity="error",
        source="airflow",
        dedup_key=f"sla-{context['dag'].dag_id}-{context['ds']}",
    )


with DAG(
    dag_id="nightly_pipeline",
    start_date=datetime(2024, 1, 1),
    schedule="0 2 * * *",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5), "on_failure_callback": _page},
    sla_miss_callback=lambda *a, **k: _page(k),
) as dag:
    PythonOperator(task_id="load", python_callable=lambda: None)
