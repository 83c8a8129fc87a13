"""Ids of the bundled datasets (``resources/data/datasets.json``) and service catalogue entries
(``resources/services/catalogue.json``) that the code itself names."""

LOR_PLR_2021 = "lor_plr_2021"  # the 542 Planungsräume
LOR_BZR_2021 = "lor_bzr_2021"  # the 143 Bezirksregionen
LOR_PGR_2021 = "lor_pgr_2021"  # the Prognoseräume
MSS_2021 = "mss_2021"  # Monitoring Soziale Stadtentwicklung 2021
SCHULEN_2023 = "schulen_2023"  # the schools, October 2023
HANDLUNGSRAEUME = "handlungsraeume"  # the approximate Handlungsräume, drawn from the area catalogue

#: The service catalogue's entry of the official GI map (WMS).
GI_MAP_SERVICE = "gi_handlungsraeume"
