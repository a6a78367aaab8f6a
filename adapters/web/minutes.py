"""The minutes as the member page shows them: HTML with real headings and lists."""

from __future__ import annotations

from bot.core.texts.render import HTML
from bot.minutes.render import Layout, Text, say


def minutes_html(doc: Layout, top: int = 1) -> str:
    """The minutes in HTML, its title a heading of level `top`, its sections one level
    below, sub-items two."""

    def text(phrase: Text) -> str:
        return say(phrase, doc.lang, HTML)

    body = [f"<h{top}>{text(doc.title)}</h{top}>"]
    body += [f"<p>{text(phrase)}</p>" for phrase in doc.meta]
    for section in doc.sections:
        tag = f"h{top + 2 if section.sub else top + 1}"
        body.append(f"<{tag}>{text(section.heading)}</{tag}>")
        if section.lines:
            body.append(
                "<ul>" + "".join(f"<li>{text(line)}</li>" for line in section.lines) + "</ul>"
            )
    return "\n".join(body)
