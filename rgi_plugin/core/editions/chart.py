"""The development chart of one Handlungsraum as SVG (panel and fact sheet draw the same bytes).

One stacked bar per edition: the share of the population in each MSS status class (hoch …
sehr niedrig, the map's colours, with their legend); above it the share in status niedrig/sehr
niedrig. The edition
of the trend's base (MSS 2017) is marked, a dashed line shows where the LOR changed (2021), and
figures that are estimates by area share are drawn lighter with "≈". Deterministic text output.
"""

from html import escape

from ..common.i18n import content_language, in_language
from ..common.values import format_decimal
from ..indicators.mss.styles import STATUS_CLASSES, status_name
from .development import ESTIMATE_ABOVE

FONT = "DejaVu Sans, Arial, sans-serif"


def _text(x, y, text, size=11, anchor="middle", weight="normal", colour="#222222"):
    return '<text x="{:.1f}" y="{:.1f}" font-family="{}" font-size="{}" font-weight="{}" fill="{}" text-anchor="{}">{}</text>'.format(
        x, y, FONT, size, weight, colour, anchor, escape(text))


def _legend(x, y, language):
    """The colours of the status classes in one row, darkest (sehr niedrig) first, as in the bars from the top."""
    parts = []
    for code in sorted(STATUS_CLASSES, reverse=True):
        name = status_name(code, language)
        parts.append('<rect x="{:.1f}" y="{:.1f}" width="9" height="9" fill="{}" stroke="#777777" stroke-width="0.4"/>'.format(
            x, y - 8, STATUS_CLASSES[code][0]))
        parts.append(_text(x + 12, y, name, 9.5, "start", colour="#333333"))
        x += 12 + 5.6 * len(name) + 12
    return parts


def development_chart_svg(development, trend=None, width=380, height=230, language=None):
    """SVG of ``development`` (an ``AreaDevelopment``); ``trend`` adds its sentence below the bars.
    ``language``: of the texts (default: the plugin's content language)."""
    language = language or content_language()
    words = in_language(language)
    top, left, right = 48, 8, 8
    bottom = 62 if trend is not None else 30
    plot_height = height - top - bottom
    figures = development.figures
    slot = (width - left - right) / max(len(figures), 1)
    bar = slot * 0.58
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">'.format(w=width, h=height),
        '<rect x="0" y="0" width="{}" height="{}" fill="#ffffff"/>'.format(width, height),
        _text(left, 15, words.translate("Editions", "Population by MSS status; above: % niedrig/sehr niedrig"), 10.5, "start", "bold"),
        '<line x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}" stroke="#666666" stroke-width="1"/>'.format(
            left, top + plot_height, width - right, top + plot_height),
    ] + _legend(left, 28, language)
    base_year = trend.base.year if trend is not None and trend.base is not None else None
    previous_scheme = None
    for index, item in enumerate(figures):
        x = left + index * slot + (slot - bar) / 2
        scheme = item.edition.scheme
        if previous_scheme is not None and scheme != previous_scheme:
            line_x = left + index * slot
            parts.append('<line x1="{0:.1f}" y1="{1}" x2="{0:.1f}" y2="{2:.1f}" stroke="#888888" stroke-dasharray="3,3"/>'.format(
                line_x, top - 6, top + plot_height + 4))
            middle = top + plot_height / 2
            parts.append('<g transform="rotate(-90 {x:.1f} {y:.1f})">{text}</g>'.format(
                x=line_x - 3, y=middle, text=_text(line_x - 3, middle, item.edition.lor_scheme.short_label(language), 9,
                                                  colour="#555555")))
        previous_scheme = scheme
        estimate = item.partial_share is not None and item.partial_share > ESTIMATE_ABOVE
        opacity = "0.45" if estimate else "1"
        mix = item.status_mix
        if mix is None:
            parts.append(_text(x + bar / 2, top + plot_height - 4, "–", 12))
        else:
            y = top + plot_height
            for code in sorted(mix):
                height_part = plot_height * mix[code] / 100.0
                if height_part <= 0:
                    continue
                y -= height_part
                parts.append('<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}" fill-opacity="{}" '
                             'stroke="#777777" stroke-width="0.4"/>'.format(x, y, bar, height_part, STATUS_CLASSES[code][0], opacity))
            label = "{}{} %".format("≈" if estimate else "", format_decimal(round(item.low_share), language))
            parts.append(_text(x + bar / 2, top - 3, label, 10.5, weight="bold"))
        year_weight = "bold" if item.year == base_year else "normal"
        year_label = str(item.year) + ("*" if estimate else "")
        parts.append(_text(x + bar / 2, top + plot_height + 14, year_label, 11, weight=year_weight))
        if item.year == base_year:
            parts.append('<rect x="{:.1f}" y="{}" width="{:.1f}" height="{:.1f}" fill="none" stroke="#222222" stroke-width="1.2"/>'.format(
                x - 2, top, bar + 4, plot_height))
    if trend is not None:
        headline, detail = trend.lines(language)
        parts.append(_text(left, height - 30, headline, 12, "start", "bold", trend.colour))
        parts.append(_text(left, height - 17, detail, 10, "start", colour="#333333"))
    if any(f.partial_share is not None and f.partial_share > ESTIMATE_ABOVE for f in figures):
        parts.append(_text(left, height - 5, words.translate("Editions", "* estimate: the area cuts through Planungsräume of that edition"),
                           9, "start", colour="#555555"))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
