"""Figures computed independently of the plugin, straight from the source files in ``../shared``."""

import csv

from rgi_plugin.core.indicators.criteria import DEFAULT_MSS_RULE, MSS_VALID

from .paths import SHARED_DATA


def mss_rule_count_from_csv():
    rule = DEFAULT_MSS_RULE
    count = 0
    with open(SHARED_DATA / "mss_2021" / "mss_2021_indizes.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["KOM"] != MSS_VALID:
                continue
            status, dynamics = int(row["SI_N"]), int(row["DI_N"])
            if status in rule.statuses or (status in rule.statuses_if_negative_dynamics and dynamics == 5):
                count += 1
    return count
