"""The process's log lines: LOG_LEVEL, and LOG_FORMAT text (for a person at a terminal) or
json (one object a line, for a region's log collector). No line carries what people wrote:
SQL errors hide their parameters (adapters/storage/db.py)."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

TEXT = "%(asctime)s %(levelname)s %(name)s %(message)s"


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def configure_logging(level: str, form: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLines() if form == "json" else logging.Formatter(TEXT))
    logging.basicConfig(level=level, handlers=[handler])  # unless a host set logging up
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # It would log every minute's reminder pass; the passes log what they did themselves.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
