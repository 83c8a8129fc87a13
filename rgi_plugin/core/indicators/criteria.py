"""The three GI selection criteria and their defaults: the one owner of these facts.

Used by the map styles, the indicator overlays and the criteria-overlay algorithm. Pure Python
(no QGIS import), so the rules can be tested and reused anywhere.

Source of the criteria: the initiative's page "Partner und Handlungsräume" (berlin.de):
1. Stadtentwicklung: MSS "Gebiete mit besonderem Aufmerksamkeitsbedarf" (the GI used MSS 2017);
2. Bildung: Grundschulen with at least 75 % of pupils lernmittelbefreit;
3. Soziales: Schicht 7 of the Sozialstrukturatlas (the GI used the 2013 atlas).
"""

from dataclasses import dataclass

#: Criterion 2: a primary school counts at or above this Lernmittelbefreiung quota (percent).
LMB_THRESHOLD_PERCENT = 75.0

#: Criterion 3: the Sozialstrukturatlas class (Schicht) that counts.
SOCIAL_CLASS = 7

#: How many of the criteria (that have data) a Planungsraum must meet to be a candidate.
MIN_CRITERIA = 2

#: MSS codes and their German class names (MSS 2021 files: SI_N/SI_V, DI_N/DI_V).
MSS_STATUS = {1: "hoch", 2: "mittel", 3: "niedrig", 4: "sehr niedrig"}
MSS_DYNAMICS = {1: "positiv", 3: "stabil", 5: "negativ"}
MSS_DYNAMICS_NEGATIVE = 5
#: The value of ``kom`` for a row the MSS rates; every other value marks it invalid.
MSS_VALID = "gültig"
#: What the MSS calls a row it does not rate (German, like its class names).
MSS_NOT_RATED = "keine Bewertung"

#: Schools that criterion 2 looks at: public primary schools (``schulart``/``traeger``).
PRIMARY_SCHOOL_TYPE = "Grundschule"
PUBLIC_OPERATOR = "öffentlich"
PUBLIC_PRIMARY_SCHOOL_EXPRESSION = "\"schulart\" = '{}' AND \"traeger\" = '{}'".format(PRIMARY_SCHOOL_TYPE, PUBLIC_OPERATOR)


@dataclass(frozen=True)
class MssAttentionRule:
    """Which MSS classes count as "Gebiet mit besonderem Aufmerksamkeitsbedarf".

    The exact MSS rule was not found in the sources read (domain.md, section 2); the default is
    the common reading: status niedrig or sehr niedrig, plus status mittel with negative
    dynamics. It is a parameter wherever it is used, and this status is said in the help.
    """

    statuses: frozenset = frozenset({3, 4})
    statuses_if_negative_dynamics: frozenset = frozenset({2})
    basis: str = "inferred"

    def applies(self, status, dynamics, kom=MSS_VALID):
        """True/False for a rated row; None when the MSS marks the row invalid or has no status."""
        if kom != MSS_VALID or status is None:
            return None
        if status in self.statuses:
            return True
        return status in self.statuses_if_negative_dynamics and dynamics == MSS_DYNAMICS_NEGATIVE

    def expression(self):
        """The same rule as a QGIS expression over the fields ``si_n``, ``di_n``, ``kom``."""
        parts = []
        if self.statuses:
            parts.append('"si_n" IN ({})'.format(", ".join(str(s) for s in sorted(self.statuses))))
        if self.statuses_if_negative_dynamics:
            parts.append('("si_n" IN ({}) AND "di_n" = {})'.format(
                ", ".join(str(s) for s in sorted(self.statuses_if_negative_dynamics)), MSS_DYNAMICS_NEGATIVE))
        condition = " OR ".join(parts) if parts else "FALSE"
        return "CASE WHEN \"kom\" = '{}' AND \"si_n\" IS NOT NULL THEN ({}) ELSE NULL END".format(MSS_VALID, condition)

    def describe_de(self):
        alone = " oder ".join(MSS_STATUS[s] for s in sorted(self.statuses))
        with_dynamics = " oder ".join(MSS_STATUS[s] for s in sorted(self.statuses_if_negative_dynamics))
        text = "Status {}".format(alone) if alone else ""
        if with_dynamics:
            text += "{}Status {} mit negativer Dynamik".format(" sowie " if text else "", with_dynamics)
        return text


DEFAULT_MSS_RULE = MssAttentionRule()


def is_public_primary_school(schulart, traeger):
    return schulart == PRIMARY_SCHOOL_TYPE and traeger == PUBLIC_OPERATOR


def meets_lmb_threshold(quota_percent, threshold=LMB_THRESHOLD_PERCENT):
    """True when a school's Lmb quota (percent) is at or above the threshold; None without a value."""
    if quota_percent is None:
        return None
    return quota_percent >= threshold
