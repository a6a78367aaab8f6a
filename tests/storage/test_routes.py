"""Chat routes (adapters/storage/repositories/routes.py), on both backends: one per account
or conversation, the latest kept; two activities of one chat taken in at once (Teams sends
an installation and the first message together) both succeed, the one route left."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from adapters.storage.models import ChatRoute
from adapters.storage.uow import units_of_work
from tests.conftest import NOW

PLACE = ("teams", "tenant-1", "29:anna")


def test_the_latest_route_is_kept(engine: Engine) -> None:
    uow = units_of_work(engine)
    for url in ("https://smba.example/emea/", "https://smba.example/amer/"):
        with uow() as work:
            work.routes.remember(*PLACE, service_url=url, conversation="a:1", now=NOW)
            work.commit()
    with uow() as work:
        found = work.routes.find(*PLACE)
        assert found is not None and found.service_url == "https://smba.example/amer/"


def test_a_route_added_meanwhile_by_another_request_is_updated_not_a_failure(
    engine: Engine,
) -> None:
    uow = units_of_work(engine)
    done: list[bool] = []
    with uow() as first:

        def the_other_gets_in_first(session: Session, *_: Any) -> None:
            if done:
                return
            done.append(True)
            with uow() as other:
                url = "https://smba.example/other/"
                other.routes.remember(*PLACE, service_url=url, conversation="a:1", now=NOW)
                other.commit()

        event.listen(first.session, "before_flush", the_other_gets_in_first)
        url = "https://smba.example/first/"
        first.routes.remember(*PLACE, service_url=url, conversation="a:1", now=NOW)
        first.commit()
    with uow() as work:
        assert work.session.scalar(select(func.count()).select_from(ChatRoute)) == 1
        found = work.routes.find(*PLACE)
        assert found is not None and found.service_url == "https://smba.example/first/"
