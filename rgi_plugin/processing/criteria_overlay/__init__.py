"""``rgi:criteria_overlay``: the algorithm over ``core.overlay``, its parameters and its help text."""
