"""The trend of a Handlungsraum since MSS 2017, the edition the areas were drawn from.

The rule (``TrendRule``) compares the share of the population in status niedrig/sehr niedrig of
the newest edition (``development.EditionFigures``) with MSS 2017, by a threshold in percentage
points; a ``Trend`` says the result in arrows, colours and words (German and English).
"""

from dataclasses import dataclass

from ..common.i18n import content_language, in_language
from ..common.values import format_decimal
from .catalogue import BASE_YEAR

IMPROVED, UNCHANGED, WORSENED = "improved", "unchanged", "worsened"
#: Arrows of the trend: the situation goes up (better), stays, goes down (worse).
ARROWS = {IMPROVED: "↗", UNCHANGED: "→", WORSENED: "↘"}
COLOURS = {IMPROVED: "#1a9850", UNCHANGED: "#636363", WORSENED: "#d73027"}


@dataclass(frozen=True)
class Trend:
    direction: str  # IMPROVED, UNCHANGED, WORSENED; None when it cannot be said
    base: object  # EditionFigures of the base year, or None
    latest: object  # EditionFigures of the newest rated edition, or None
    change_points: float = None  # latest.low_share − base.low_share

    @property
    def arrow(self):
        return ARROWS.get(self.direction, "–")

    @property
    def colour(self):
        return COLOURS.get(self.direction, "#636363")

    def word(self, language=None):
        words = in_language(language)
        return {
            IMPROVED: words.translate("Editions", "improved"),
            UNCHANGED: words.translate("Editions", "unchanged"),
            WORSENED: words.translate("Editions", "worsened"),
        }.get(self.direction, words.translate("Editions", "no statement"))

    def sentence(self, language=None):
        """``↗ verbessert (MSS 2017 → MSS 2021: 61,2 % → 48,0 %, −13,2 Prozentpunkte)``."""
        language = language or content_language()
        if self.direction is None:
            return "– {}".format(self.word(language))
        return in_language(language).translate(
            "Editions", "{arrow} {word} ({base} → {latest}: {before} % → {after} %, {change} percentage points)").format(
            arrow=self.arrow, word=self.word(language), base=self.base.edition.label, latest=self.latest.edition.label,
            before=format_decimal(round(self.base.low_share, 1), language),
            after=format_decimal(round(self.latest.low_share, 1), language),
            change=signed(self.change_points, language))

    def lines(self, language=None):
        """Two short lines for charts: ``↗ verbessert seit MSS 2017`` and the shares with the change."""
        language = language or content_language()
        if self.direction is None:
            return "– {}".format(self.word(language)), ""
        words = in_language(language)
        headline = words.translate("Editions", "{arrow} {word} since {base}").format(arrow=self.arrow, word=self.word(language),
                                                                                      base=self.base.edition.label)
        detail = words.translate("Editions", "niedrig/sehr niedrig: {before} % → {after} % ({change} pp)").format(
            before=format_decimal(round(self.base.low_share, 1), language), after=format_decimal(round(self.latest.low_share, 1), language),
            change=signed(self.change_points, language))
        return headline, detail


def signed(value, language=None):
    language = language or content_language()
    text = format_decimal(abs(round(value, 1)), language)
    return ("+" if value > 0 else "−" if value < 0 else "±") + text


@dataclass(frozen=True)
class TrendRule:
    """The stated rule of the trend: the share of the population in status niedrig/sehr niedrig,
    newest edition against ``base_year``; a fall of at least ``threshold_points`` percentage points
    is an improvement, a rise of at least as much a worsening, anything between unchanged."""

    base_year: int = BASE_YEAR
    threshold_points: float = 5.0

    def assess(self, development):
        base = development.of_year(self.base_year)
        rated = [f for f in development.rated() if f.year > self.base_year]
        if base is None or base.low_share is None or not rated:
            return Trend(None, base, rated[-1] if rated else None)
        latest = rated[-1]
        change = latest.low_share - base.low_share
        if change <= -self.threshold_points:
            direction = IMPROVED
        elif change >= self.threshold_points:
            direction = WORSENED
        else:
            direction = UNCHANGED
        return Trend(direction, base, latest, change)

    def describe(self, language=None):
        language = language or content_language()
        return in_language(language).translate(
            "Editions",
            "Trend since MSS {base}: share of the population in Planungsräume with status low or very low, newest "
            "edition against MSS {base}. At least {points} percentage points less: improved; at least {points} more: "
            "worsened; otherwise unchanged. Each Planungsraum of an edition counts with the share of its area inside "
            "the Handlungsraum (its population spread evenly over its area); editions before 2021 on their own "
            "Planungsräume, never joined to LOR 2021 by id.").format(
            base=self.base_year, points=format_decimal(self.threshold_points, language))

    def short(self, language=None):
        """The rule in one sentence (fact sheets)."""
        return in_language(language).translate(
            "Editions", "Trend: share in status niedrig/sehr niedrig, newest MSS edition against MSS {base}, ±{points} "
                        "percentage points; by area share on each edition's own Planungsräume.").format(
            base=self.base_year, points=format_decimal(self.threshold_points, language or content_language()))


DEFAULT_TREND_RULE = TrendRule()
