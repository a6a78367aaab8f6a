"""The chair's audit log as a reply: time, who, what; names made inert, never texts."""

from __future__ import annotations

from adapters.slack.handlers.replies import Reply, chunks, escape, sections_reply, text_reply
from adapters.slack.mrkdwn import t
from bot.councils.audit import AuditEntry, AuditTrail


def _what(entry: AuditEntry, lang: str) -> str:
    params = {k: escape(v) if isinstance(v, str) else v for k, v in entry.params.items()}
    forening = params.get("forening")
    params["forening"] = (
        t("brukarrad.member.forening_suffix", lang, forening=forening) if forening else ""
    )
    return t(entry.key, lang, **params)


def audit_reply(trail: AuditTrail) -> Reply:
    lang = trail.lang
    council = escape(trail.council)
    if not trail.entries:
        return text_reply(t("audit.empty", lang, council=council))
    separator = "." if lang == "sv" else ":"
    lines = [
        t(
            "audit.line",
            lang,
            at=e.at.strftime(f"%Y-%m-%d %H{separator}%M"),
            who=escape(e.actor) if e.actor is not None else t("audit.bot", lang),
            what=_what(e, lang),
        )
        for e in trail.entries
    ]
    title = t("audit.title", lang, council=council, count=len(lines))
    return sections_reply([title, *chunks(lines)])
