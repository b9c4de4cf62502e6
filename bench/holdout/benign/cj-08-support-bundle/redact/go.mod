module tidepool.example/support/redact

go 1.21
