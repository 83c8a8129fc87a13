"""The key figures of areas (``summary.AreaSummary``) shown and exported: the panel's table,
CSV and XLSX, with column titles in the language asked for (default: QGIS's)."""

from html import escape

from ..common.i18n import in_language
from ..common.table_files import write_csv, write_xlsx
from ..common.values import format_decimal, format_german
from ..indicators.lmb.example import example_label
from .summary import NO_CLASS


def _columns(summaries, language):
    words = in_language(language)
    classes = sorted({k for s in summaries if s.schicht for k in s.schicht if k != NO_CLASS})
    columns = [
        (words.translate("AreaFigures", "Area"), lambda s: s.name),
        (words.translate("AreaFigures", "Planning areas"), lambda s: len(s.found)),
        (words.translate("AreaFigures", "Planning areas not found"), lambda s: " ".join(s.missing)),
        (words.translate("AreaFigures", "Population"), lambda s: s.population),
        (words.translate("AreaFigures", "Planning areas rated by the MSS"), lambda s: s.rated),
        (words.translate("AreaFigures", "of which requiring special attention"), lambda s: s.attention),
        (words.translate("AreaFigures", "Share of planning areas requiring special attention (%)"),
         lambda s: None if s.attention_share is None else round(100 * s.attention_share, 1)),
        (words.translate("AreaFigures", "Share of population in areas requiring special attention (%)"),
         lambda s: None if s.attention_population_share is None else round(100 * s.attention_population_share, 1)),
        (words.translate("AreaFigures", "Public primary schools"), lambda s: s.schools),
        (words.translate("AreaFigures", "of which with an Lmb quota"), lambda s: s.schools_with_quota),
        (words.translate("AreaFigures", "of which at or above the Lmb threshold"), lambda s: s.schools_at_threshold),
        (words.translate("AreaFigures", "Lmb threshold (%)"), lambda s: s.threshold),
        (words.translate("AreaFigures", "Mean Lmb quota (%)"), lambda s: None if s.mean_quota is None else round(s.mean_quota, 1)),
    ]
    for value in classes:
        columns.append((words.translate("AreaFigures", "Planning areas class {value}").format(value=value),
                        lambda s, v=value: (s.schicht or {}).get(v, 0) if s.schicht is not None else None))
    if any(s.schicht is not None for s in summaries):
        columns.append((words.translate("AreaFigures", "Planning areas without class"),
                        lambda s: (s.schicht or {}).get(NO_CLASS, 0) if s.schicht is not None else None))
    columns.append((words.translate("AreaFigures", "Data editions"), lambda s: " | ".join(s.editions)))
    columns.append((words.translate("AreaFigures", "Note"), lambda s: example_label(words.language) if s.example_lmb else ""))
    return columns


def summary_table(summaries, language=None):
    """(headers, rows) of the summaries, one row per area; numbers stay numbers."""
    columns = _columns(summaries, language)
    return [title for title, _ in columns], [[getter(s) for _, getter in columns] for s in summaries]


def export_csv(summaries, path, language=None):
    """Semicolon CSV in UTF-8 with BOM (opens in German Excel); German decimal comma for ``de``."""
    language = in_language(language).language
    headers, rows = summary_table(summaries, language)
    return write_csv(path, headers, rows, language)


def export_xlsx(summaries, path, language=None):
    """An Excel workbook with one sheet of the summaries."""
    words = in_language(language)
    headers, rows = summary_table(summaries, words.language)
    return write_xlsx(path, [(words.translate("AreaFigures", "Summary"), headers, rows)])


def _display(value, language):
    if isinstance(value, float):
        return format_decimal(value, language)
    if isinstance(value, int) and not isinstance(value, bool) and language == "de":
        return format_german(value)
    return str(value)


def summary_html(summary, language=None):
    """The summary of one area for the panel (labels left, figures right, narrow-panel friendly)."""
    language = in_language(language).language
    headers, rows = summary_table([summary], language)
    parts = []
    if summary.example_lmb:
        parts.append("<p style='color:#b2182b'><b>{}</b></p>".format(escape(example_label(language))))
    parts.append("<h3>{}</h3>".format(escape(summary.name)) if summary.name else "")
    parts.append("<table width='100%' cellpadding='2'>")
    for title, value in list(zip(headers, rows[0]))[1:]:  # the name is the heading
        if value in (None, ""):
            continue
        if isinstance(value, str) and len(value) > 40:  # long texts (editions) below their label
            parts.append("<tr><td colspan='2'>{}:<br><small>{}</small></td></tr>".format(escape(title), escape(value)))
            continue
        parts.append("<tr><td width='80%'>{}</td><td width='20%' align='right'>{}</td></tr>".format(
            escape(title), escape(_display(value, language))))
    parts.append("</table>")
    return "".join(parts)
