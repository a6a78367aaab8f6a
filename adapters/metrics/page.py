"""/metrics: what this process counted (adapters.metrics.recorded), and what the deployment
holds, read from the database at each scrape, so it is right whichever process (web or
worker) did the work: the inbox's and the outbox's depth and oldest age, and the outbox's
messages by channel and status (email sent and failed among them; sent rows count until
they are pruned)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from adapters.metrics.recorded import COUNTED, TIMED
from adapters.storage.models import InboxEntry, OutboxMessage
from bot.core.vocabulary import OutboxStatus

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class Recorded(Collector):
    def collect(self) -> Iterator[Metric]:
        for counted in COUNTED:
            family = CounterMetricFamily(counted.name, counted.documentation, labels=counted.labels)
            for labels, value in sorted(counted.read().items()):
                family.add_metric(list(labels), value)
            yield family
        for timed in TIMED:
            counts, total = timed.read()
            running, buckets = 0, []
            for bound, count in zip((*timed.buckets, float("inf")), counts, strict=True):
                running += count
                buckets.append(("+Inf" if bound == float("inf") else str(bound), running))
            yield HistogramMetricFamily(
                timed.name, timed.documentation, buckets=buckets, sum_value=total
            )


class StoredWork(Collector):
    def __init__(self, engine: Engine, now: Callable[[], datetime]) -> None:
        self._engine = engine
        self._now = now

    def collect(self) -> Iterator[Metric]:
        now = self._now()
        up = "brukarbot_database_up"
        try:
            with self._engine.connect() as connection:
                inbox = connection.execute(
                    select(func.count(), func.min(InboxEntry.received_at)).where(
                        InboxEntry.done_at.is_(None)
                    )
                ).one()
                waiting = connection.execute(
                    select(func.count(), func.min(OutboxMessage.due_at)).where(
                        OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING)),
                        OutboxMessage.due_at <= now,
                    )
                ).one()
                by_channel = connection.execute(
                    select(OutboxMessage.via, OutboxMessage.status, func.count()).group_by(
                        OutboxMessage.via, OutboxMessage.status
                    )
                ).all()
        except SQLAlchemyError:
            yield GaugeMetricFamily(up, "Whether the database answered the scrape", value=0)
            return
        yield GaugeMetricFamily(up, "Whether the database answered the scrape", value=1)
        yield GaugeMetricFamily(
            "brukarbot_inbox_depth", "Requests taken in and not yet done", value=inbox[0]
        )
        yield GaugeMetricFamily(
            "brukarbot_inbox_oldest_seconds",
            "Age of the oldest request not yet done",
            value=_age(now, inbox[1]),
        )
        yield GaugeMetricFamily(
            "brukarbot_outbox_depth", "Messages due and not yet sent", value=waiting[0]
        )
        yield GaugeMetricFamily(
            "brukarbot_outbox_oldest_seconds",
            "How long the longest-waiting message due has waited",
            value=_age(now, waiting[1]),
        )
        messages = GaugeMetricFamily(
            "brukarbot_outbox_messages",
            "Messages in the outbox by channel (slack, email; none: not yet sent) and status",
            labels=["via", "status"],
        )
        for via, status, count in by_channel:
            messages.add_metric([via or "none", status.name.lower()], count)
        yield messages


def _age(now: datetime, since: datetime | None) -> float:
    return 0.0 if since is None else max(0.0, (now - since).total_seconds())


def metrics_page(engine: Engine, now: Callable[[], datetime]) -> Callable[..., Iterable[bytes]]:
    """The WSGI app of /metrics."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(Recorded())
    registry.register(StoredWork(engine, now))

    def page(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        body = generate_latest(registry)
        start_response("200 OK", [("Content-Type", CONTENT_TYPE)])
        return [body]

    return page
