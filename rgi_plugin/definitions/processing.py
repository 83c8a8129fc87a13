"""Names of the plugin's Processing provider, algorithms and outputs: scripts and models use them."""

#: Scripts and models refer to the algorithms as ``rgi:<name>``; never change it.
PROVIDER_ID = "rgi"

CRITERIA_OVERLAY = "criteria_overlay"
FACT_SHEET = "fact_sheet"
MSS_CHANGE = "mss_change"
CRITERIA_OVERLAY_COMPARE = "criteria_overlay_compare"
CRITERIA_OVERLAY_ID = "{}:{}".format(PROVIDER_ID, CRITERIA_OVERLAY)

#: Outputs of rgi:criteria_overlay: the Planungsräume, the candidate areas, the summary table.
OVERLAY_PLANUNGSRAEUME = "OUTPUT"
OVERLAY_CANDIDATES = "CANDIDATES"
OVERLAY_SUMMARY = "SUMMARY"
