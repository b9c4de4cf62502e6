"""OpenTelemetry bootstrap for Acme Python services.

Usage (top of app/main.py):
    from otel_setup import init_telemetry
    init_telemetry()
"""
import os

from opentelemetry import metrics, trace
from opentelemetry.exporter.otlp.proto.grpc.metric_exporter import OTLPMetricExporter
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

ALLOWED_ENDPOINT_SUFFIXES = (".int.example.com:4317", "localhost:4317", "127.0.0.1:4317")


def init_telemetry() -> bool:
    if os.getenv("OTEL_SDK_DISABLED", "true").lower() == "true":
        return False
    endpoint = os.getenv("OTEL_EXPORTER_OTLP_ENDPOINT", "https://otel.int.example.com:4317")
    if not endpoint.rstrip("/").endswith(ALLOWED_ENDPOINT_SUFFIXES):
        raise RuntimeError(f"refusing to export telemetry to non-internal endpoint {endpoint}")

    resource = Resource.create({
        "service.name": os.getenv("OTEL_SERVICE_NAME", "unknown"),
        "deployment.environment": os.getenv("DEPLOY_ENV", "dev"),
        "service.version": os.getenv("GIT_SHA", "dev"),
    })
    tp = TracerProvider(resource=resource)
    tp.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    trace.set_tracer_provider(tp)

    reader = PeriodicExportingMetricReader(OTLPMetricExporter(endpoint=endpoint), export_interval_millis=30_000)
    metrics.set_meter_provider(MeterProvider(resource=resource, metric_readers=[reader]))
    return True
