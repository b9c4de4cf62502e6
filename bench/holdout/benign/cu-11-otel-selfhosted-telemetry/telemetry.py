"""OpenTelemetry setup with secret scrubbing for a FastAPI app."""
import os
import re

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

SENSITIVE_KEY = re.compile(r"(authorization|cookie|token|secret|password|api[_-]?key)", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


class ScrubbingProcessor(SpanProcessor):
    """Remove sensitive attributes before export."""

    def on_end(self, span):  # span is ReadableSpan; attributes are a BoundedAttributes mapping
        attrs = getattr(span, "_attributes", None)
        if not attrs:
            return
        for key in list(attrs.keys()):
            if SENSITIVE_KEY.search(key):
                attrs[key] = "[REDACTED]"
            elif key == "db.statement" and isinstance(attrs[key], str):
                attrs[key] = EMAIL.sub("[email]", attrs[key])


def setup_tracing(app, service_name: str = "shop-api") -> None:
    endpoint = os.getenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel.internal.acme.example:4317")
    provider = TracerProvider(resource=Resource.create({
        "service.name": service_name,
        "deployment.environment": os.getenv("APP_ENV", "dev"),
    }))
    provider.add_span_processor(ScrubbingProcessor())
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint, insecure=True)))
    trace.set_tracer_provider(provider)
    FastAPIInstrumentor.instrument_app(app, excluded_urls="healthz,metrics")
