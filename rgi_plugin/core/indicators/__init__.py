"""The GI selection criteria (``criteria``: thresholds and the MSS rule, the one owner) and the data
of each: ``mss`` (criterion 1), ``lmb`` (criterion 2), ``social`` (criterion 3); ``layers`` holds
what their layers share."""
