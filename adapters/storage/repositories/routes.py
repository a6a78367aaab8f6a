"""How a chat's messenger reaches an account or a conversation when it speaks first
(adapters.storage.models.ChatRoute): kept as the platform last said."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from adapters.storage.models import ChatRoute


class RouteRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def remember(
        self,
        platform: str,
        workspace: str,
        external_id: str,
        *,
        service_url: str,
        conversation: str,
        now: datetime,
    ) -> None:
        found = self.find(platform, workspace, external_id)
        if found is None:
            new = ChatRoute(
                platform=platform,
                workspace=workspace,
                external_id=external_id,
                service_url=service_url,
                conversation=conversation,
                seen_at=now,
            )
            try:
                with self._session.begin_nested():
                    self._session.add(new)
                return
            except IntegrityError:  # two activities of one chat at once: the other added it
                found = self.find(platform, workspace, external_id)
                assert found is not None
        found.service_url, found.conversation, found.seen_at = service_url, conversation, now
        self._session.flush()

    def find(self, platform: str, workspace: str, external_id: str) -> ChatRoute | None:
        return self._session.scalars(
            select(ChatRoute).where(
                ChatRoute.platform == platform,
                ChatRoute.workspace == workspace,
                ChatRoute.external_id == external_id,
            )
        ).one_or_none()
