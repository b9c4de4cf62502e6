from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    service_name: str = "service"
    env: str = "dev"
    database_url: str = "postgresql+asyncpg://app:app@localhost:5432/app"
    log_level: str = "INFO"


settings = Settings()
