"""The year report's charts as PNG pictures, drawn with matplotlib (Agg: no display).

matplotlib and numpy take most of a second to import: they load with the first chart drawn,
never at a process's start (tests/bot/test_start_imports.py). The pictures are the same
bytes for the same figures (no date or version in the PNG's metadata).
"""

from __future__ import annotations

import io
import textwrap

from bot.core.texts import Ref
from bot.core.texts.render import plain
from bot.councils.year_layout import Chart

# Colours people tell apart, colour-blind too (Okabe and Ito).
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
WIDTH, HEIGHT, DPI = 7.0, 3.6, 100  # inches; a page's width in the DOCX
LABEL_WIDTH = 12  # characters: a longer label under a bar is broken into lines


def label(value: Ref | str, lang: str) -> str:
    return plain(value, lang) if isinstance(value, Ref) else value


def chart_png(chart: Chart, lang: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
    axes = figure.subplots()
    places = list(range(len(chart.categories)))
    count = max(1, len(chart.series))
    width = 0.8 if chart.stacked else 0.8 / count
    below = [0] * len(places)
    for i, series in enumerate(chart.series):
        colour = COLOURS[i % len(COLOURS)]
        name = label(series.label, lang)
        if chart.stacked:
            axes.bar(places, series.values, width, bottom=below, label=name, color=colour)
            below = [b + v for b, v in zip(below, series.values, strict=True)]
        else:
            shifted = [p - 0.4 + width * (i + 0.5) for p in places]
            axes.bar(shifted, series.values, width, label=name, color=colour)
    axes.set_title(plain(chart.title, lang))
    axes.set_ylabel(plain(chart.axis, lang))
    names = [textwrap.fill(label(c, lang), LABEL_WIDTH) for c in chart.categories]
    axes.set_xticks(places, names)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    if chart.series:  # beside the plot, where it hides no bar
        axes.legend(frameon=False, fontsize="small", loc="upper left", bbox_to_anchor=(1, 1))
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()
