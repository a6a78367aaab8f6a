"""Metrics for Prometheus. `recorded` counts in this process at no import cost (a tick starts
every minute and must not pay prometheus-client's 85 ms); `page` reads them, and the stored
work from the database, into /metrics with prometheus-client, loaded on the first scrape."""
