# One image for every process: `serve` (the default), `worker`, and the release step
# (`python -m bot db upgrade`). Settings come from the environment (README, Configuration);
# secrets may be files, NAME_FILE=/run/secrets/name.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md constraints.txt ./
COPY bot ./bot
COPY adapters ./adapters
COPY devtools ./devtools
# `python -m bot` in /app imports the copies here, not the installed ones: compiled once
# now, as PYTHONDONTWRITEBYTECODE would have every process start compile them again. The
# catalogues' parsed copies and the dataclasses' compiled methods are made now too: the
# processes' user cannot write them in /app, and would parse both .po files and compile some
# 2,000 methods at every start (bot/core/texts/catalogue.py, adapters/runtime/dataclass_code.py).
RUN pip install --no-cache-dir -c constraints.txt . \
    && python -m compileall -q bot adapters devtools \
    && python -c "from bot.core.texts import CATALOGUES; dict(CATALOGUES)" \
    && python -m adapters.runtime.dataclass_code \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin brukarbot \
    && mkdir /data \
    && chown brukarbot /data

USER 10001
# Without DATABASE_URL: SQLite in the /data volume (PostgreSQL is for production).
ENV DATABASE_URL=sqlite:////data/brukarbot.db \
    PORT=3000
VOLUME ["/data"]
EXPOSE 3000
# Ready, not only alive: the database answers, reminders pass, the outbox moves (/readyz).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('PORT', '3000') + '/readyz', timeout=4)"]
CMD ["python", "-m", "bot", "serve"]
