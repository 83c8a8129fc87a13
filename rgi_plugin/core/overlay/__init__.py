"""The criteria overlay (``run.run_criteria_overlay``): which Planungsräume meet the GI criteria on
today's data. Inputs (``inputs``, ``checks``), one module per criterion (``mss``, ``schools`` and
``assignment``, ``tables``), counting and neighbours (``candidates``), the current areas
(``areas``), the summary, the outputs and their styles."""
