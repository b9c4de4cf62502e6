# references only - no secrets in this file
DATABASE_URL=op://Dev/app-postgres/connection-string
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=op://Dev/stripe-test/credential
SENTRY_DSN=op://Dev/sentry/dsn
APP_ENV=development
