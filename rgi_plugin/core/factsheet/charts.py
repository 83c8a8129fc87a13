"""Small bar charts as SVG for the fact sheet (QGIS 3.22 layouts have no chart item).

Deterministic text output: the same figures give the same bytes.
"""

from html import escape

FONT = "DejaVu Sans, Arial, sans-serif"


def bar_chart_svg(bars, title, width=380, height=180, empty_text="", value_format="{:g}"):
    """A vertical bar chart. ``bars``: [(label, value, colour)]; values >= 0.

    With no value above zero, ``empty_text`` is drawn instead of bars.
    """
    top, bottom, left, right = 26, 34, 8, 8
    plot_height = height - top - bottom
    plot_width = width - left - right
    maximum = max((value for _, value, _ in bars), default=0)
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">'.format(w=width, h=height),
        '<rect x="0" y="0" width="{}" height="{}" fill="#ffffff"/>'.format(width, height),
        '<text x="{}" y="16" font-family="{}" font-size="13" font-weight="bold" fill="#222222">{}</text>'.format(left, FONT, escape(title)),
        '<line x1="{x}" y1="{y}" x2="{x2}" y2="{y}" stroke="#666666" stroke-width="1"/>'.format(
            x=left, x2=width - right, y=top + plot_height),
    ]
    if maximum <= 0:
        parts.append('<text x="{}" y="{}" font-family="{}" font-size="12" fill="#666666" text-anchor="middle">{}</text>'.format(
            width / 2, top + plot_height / 2, FONT, escape(empty_text)))
    else:
        slot = plot_width / max(len(bars), 1)
        bar_width = slot * 0.62
        for index, (label, value, colour) in enumerate(bars):
            bar_height = plot_height * value / maximum
            x = left + index * slot + (slot - bar_width) / 2
            y = top + plot_height - bar_height
            parts.append(
                '<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}" stroke="#555555" stroke-width="0.6"/>'.format(
                    x, y, bar_width, bar_height, colour))
            parts.append('<text x="{:.1f}" y="{:.1f}" font-family="{}" font-size="12" fill="#222222" text-anchor="middle">{}</text>'.format(
                x + bar_width / 2, y - 3, FONT, escape(value_format.format(value))))
            parts.append('<text x="{:.1f}" y="{:.1f}" font-family="{}" font-size="11" fill="#333333" text-anchor="middle">{}</text>'.format(
                x + bar_width / 2, top + plot_height + 15, FONT, escape(label)))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def histogram(values, edges):
    """Counts of ``values`` in the bins [edges[i], edges[i+1]); the last bin includes its top."""
    counts = [0] * (len(edges) - 1)
    for value in values:
        for index in range(len(counts)):
            last = index == len(counts) - 1
            if edges[index] <= value < edges[index + 1] or (last and value == edges[-1]):
                counts[index] += 1
                break
    return counts
