"""The Handlungsräume: their catalogue (``catalogue``, read and checked by ``reading``), footprints
from the LOR composition (``geometry``), the area layer (``layer``), key figures (``summary``,
``details``, ``export``) and concept documents (``documents``)."""
