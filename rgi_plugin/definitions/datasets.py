"""Ids of the bundled datasets (``resources/data/datasets.json``) and service catalogue entries
(``resources/services/catalogue.json``) that the code itself names."""

LOR_PLR_2021 = "lor_plr_2021"  # the 542 Planungsräume
LOR_BZR_2021 = "lor_bzr_2021"  # the 143 Bezirksregionen
LOR_PGR_2021 = "lor_pgr_2021"  # the Prognoseräume
MSS_2021 = "mss_2021"  # Monitoring Soziale Stadtentwicklung 2021
SCHULEN_2023 = "schulen_2023"  # the schools, October 2023
HANDLUNGSRAEUME = "handlungsraeume"  # the approximate Handlungsräume, drawn from the area catalogue
BEZIRKE = "bezirke"  # the 12 Bezirke
LOR_PLR_2019 = "lor_plr_2019"  # the 448 Planungsräume before the LOR reform of 2021 (ids are not LOR 2021 ids)
GSSA_2022 = "gssa_2022"  # Gesundheits- und Sozialstrukturatlas 2022 (GESIx, ESIx; Planungsräume before 2021)
# the MSS editions before 2021 (tables on LOR_PLR_2019): mss_2013, mss_2015, mss_2017, mss_2019 -- the
# editions are found by their ``series`` in datasets.json (core/editions/catalogue.py), not named in code

#: The service catalogue's entry of the official GI map (WMS).
GI_MAP_SERVICE = "gi_handlungsraeume"
#: The service catalogue's edition group of the MSS index layers (``edition_of``): its entries are the
#: MSS editions the Geoportal serves (2019 … 2025); they join the plugin's one list of editions
#: (core/editions/catalogue.py) beside the bundled ones.
MSS_EDITIONS = "mss_indizes"

#: The LOR schemes, as ``lor_scheme`` in datasets.json and catalogue.json: the Planungsräume before
#: the reform of 2021 (447/448) and LOR 2021 (542). Their ids are different keys, never joined.
LOR_2019, LOR_2021 = "lor_2019", "lor_2021"
LOR_SCHEMES = (LOR_2019, LOR_2021)
