"""Editions: the MSS over time, and what it says about each Handlungsraum.

An *edition* is one publication of the Monitoring Soziale Stadtentwicklung (MSS 2013 … 2025)
with its year, its LOR scheme (the Planungsräume before 2021 or LOR 2021), its source and
licence, and its own geometry. Editions on different LOR schemes are never joined by id (the
ids of the two schemes are different keys); they meet only through area shares.

- ``catalogue``: which editions exist (bundled, or loaded from a service) and their facts;
- ``store``: the rows and Planungsraum geometries of an edition, read once;
- ``shares``: the share of each Planungsraum's area inside an area (Handlungsraum or another
  Planungsraum);
- ``development``: population and status figures of each Handlungsraum in each edition, and
  the trend since MSS 2017 by a stated rule;
- ``change``: the status and dynamics change of each Planungsraum between two editions;
- ``overlay``: the criteria overlay on one edition, and which Planungsräume entered or left the
  candidate set between two editions.
"""
