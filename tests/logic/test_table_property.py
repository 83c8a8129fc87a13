"""Property: whatever an Lmb export looks like, every row is used or reported, and every used
quota is the value written in the file.

A seeded generator (reproducible: the case number is in every failure message) writes tables
of the 376 public primary schools the way offices write them: CSV with ``;``, ``,`` or tab,
UTF-8 (with or without BOM), Windows-1252 or UTF-16; XLSX; German or English decimals, with or
without a percent sign; shares (0,815) or percent (81,5); title lines above the header; blank
lines; repeated rows with the same or a different value; junk rows (sums, notes, unknown or
missing school numbers, text, values out of range, another school year); unquoted decimal
commas in comma-separated files; count columns beside the quota.
"""

import csv
import io
import json
import random
from decimal import Decimal

import pytest

from rgi_plugin.core import tables as ti
from rgi_plugin.core.indicators import lmb as lmb_import
from rgi_plugin.core.indicators.criteria import is_public_primary_school
from rgi_plugin.definitions.paths import DATA_DIR

CASES = 4000
SEED = 10_2023
TITLES = ("Lernmittelbefreiung an öffentlichen Grundschulen", "Stand: 1. Oktober 2023 (vorläufig)",
          "Quelle: Senatsverwaltung für Bildung, Jugend und Familie", "Tabelle 3")
KEY_HEADERS = ("BSN", "Schulnummer", "Schul-Nr.", "Berliner Schulnummer")
VALUE_HEADERS = ("Lmb-Quote", "Anteil lernmittelbefreit", "Lernmittelbefreiung in %", "LMB-Quote (%)", "Quote")
EXTRA_HEADERS = ("Schulname", "Bezirk", "Lmb Anzahl", "Schüler", "davon lmb-befreit")
#: The report's categories that annotate a used row (not a row of their own).
ANNOTATIONS = {"possible_share", "not_in_criterion"}


@pytest.fixture(scope="module")
def primary_schools():
    with open(DATA_DIR / "schulen_2023-10.geojson", encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    schools = {f["properties"]["bsn"]: f["properties"]["schulname"] for f in features
               if is_public_primary_school(f["properties"]["schulart"], f["properties"]["traeger"])}
    assert len(schools) == 376
    return schools


class Case:
    """One random table: the rows to write and what the reader must make of them."""

    def __init__(self, number, schools):
        rnd = self.rnd = random.Random(SEED * 1000 + number)
        self.number = number
        self.xlsx = rnd.random() < 0.1
        self.delimiter = rnd.choice(";,\t")
        self.encoding = rnd.choice(("utf-8", "utf-8-sig", "cp1252", "utf-16"))
        self.german = rnd.random() < 0.7
        self.share = rnd.random() < 0.35
        self.percent_sign = not self.share and rnd.random() < 0.25
        self.quote_decimals = rnd.random() < 0.8  # like Excel; otherwise a comma file gets ambiguous rows
        self.year_column = rnd.random() < 0.4
        self.extras = rnd.sample(EXTRA_HEADERS, rnd.randint(0, 2))
        self.schools = schools
        self.expected = {}  # (BSN, school year) -> the percents (Decimal) written for it
        self.clean = set()  # BSNs that must be used: one value, well formed, in the selected year
        self.lines = []  # ("title" | "blank" | "header" | "data", [cells], raw text or None)
        self.build()

    # -- writing values ---------------------------------------------------------------------

    def number_text(self, percent, digits=1):
        """How the file writes the quota ``percent`` (a Decimal with one decimal)."""
        value = percent / 100 if self.share else percent
        places = digits + 2 if self.share else digits
        text = "{:.{}f}".format(value, places)
        if self.rnd.random() < 0.3:  # a shorter spelling of the same value: 80.0 -> 80, 0.750 -> 0.75
            text = text.rstrip("0").rstrip(".") if "." in text else text
        if self.german:
            text = text.replace(".", ",")
        if self.percent_sign:
            text += self.rnd.choice((" %", "%"))
        return text

    def cell_value(self, percent):
        if self.xlsx and self.rnd.random() < 0.6:  # Excel stores numbers as numbers
            return float(percent / 100 if self.share else percent)
        return self.number_text(percent)

    def bsn_text(self, bsn):
        style = self.rnd.random()
        if style < 0.15:
            return bsn.lower()
        if style < 0.3 and bsn.startswith("0"):
            return bsn.lstrip("0")
        if style < 0.4:
            return " {} ".format(bsn)
        return bsn

    # -- the table --------------------------------------------------------------------------

    def header(self):
        headers = [self.rnd.choice(KEY_HEADERS), self.rnd.choice(VALUE_HEADERS)] + list(self.extras)
        if self.year_column:
            headers.append("Schuljahr")
        order = list(range(len(headers)))
        self.rnd.shuffle(order)
        self.order = order
        return [headers[i] for i in order]

    def row(self, key, value, year="2023/24"):
        cells = [key, value] + [self.rnd.choice(("Mitte", "312", "Grundschule am Park", "")) for _ in self.extras]
        if self.year_column:
            cells.append(year)
        return [cells[i] for i in self.order]

    def add(self, kind, cells):
        self.lines.append((kind, cells))

    def maybe_blank(self):
        if self.rnd.random() < 0.08:
            self.add("blank", [])

    def build(self):
        rnd = self.rnd
        for title in rnd.sample(TITLES, rnd.choice((0, 0, 1, 2))):
            self.add("title", [title])
        if self.lines and rnd.random() < 0.5:
            self.add("blank", [])
        self.add("header", self.header())
        chosen = rnd.sample(sorted(self.schools), rnd.randint(4, 40))
        percents = {bsn: Decimal(rnd.randint(0 if self.share else 20, 1000)) / 10 for bsn in chosen}
        if self.share and all(p % 100 == 0 for p in percents.values()):
            percents[chosen[0]] = Decimal("81.5")  # shares need one value that is not 0 or 1
        rows = []
        for bsn in chosen:
            rows.append(("data", bsn, percents[bsn], "2023/24"))
            twice = rnd.random()
            if twice < 0.08:
                rows.append(("data", bsn, percents[bsn], "2023/24"))  # repeated with the same value
            elif twice < 0.12:  # another value, still within 0–100 %
                step = Decimal("1.5") if percents[bsn] < 50 else Decimal("-1.5")
                rows.append(("conflict", bsn, percents[bsn] + step, "2023/24"))
            elif twice < 0.15 and self.year_column:
                step = 3 if percents[bsn] < 50 else -3
                rows.append(("data", bsn, percents[bsn] + step, "2022/23"))  # another school year
        for _ in range(rnd.randint(0, 4)):
            rows.insert(rnd.randint(0, len(rows)), ("junk",) + (None,) * 3)
        if rnd.random() < 0.5:
            rnd.shuffle(rows)
        conflicts = {row[1] for row in rows if row[0] == "conflict"}
        for kind, bsn, percent, year in rows:
            self.maybe_blank()
            if kind == "junk":
                self.add("data", self.junk())
                continue
            text = self.cell_value(percent)
            self.add("data", self.row(self.bsn_text(bsn), text, year))
            self.expected.setdefault((bsn, year), set()).add(percent)
            if year == "2023/24" and kind == "data" and bsn not in conflicts and not self.ambiguous(text):
                self.clean.add(bsn)
        if rnd.random() < 0.3 and not self.xlsx:  # a workbook does not keep empty rows at its end
            self.add("blank", [])

    def ambiguous(self, text):
        """A cell that an unquoted comma file may split (81,5), or a whole number that the reader
        cannot tell from half of a split one (81 beside 5)."""
        if self.xlsx or self.delimiter != "," or self.quote_decimals:
            return False
        return "," in str(text) or str(text).isdigit()

    def junk(self):
        rnd = self.rnd
        choice = rnd.randrange(7)
        if choice == 0:
            return self.row("Summe", "")
        if choice == 1:
            return ["Quelle: eigene Auswertung"]
        if choice == 2:
            return self.row("99G99", self.number_text(Decimal("50.0")))  # no such school
        if choice == 3:
            return self.row("", self.number_text(Decimal("60.0")))  # no school number
        if choice == 4:
            return self.row(rnd.choice(sorted(self.schools)), rnd.choice(("k. A.", "n/a", "x")))
        if choice == 5 and not self.share:
            return self.row(rnd.choice(sorted(self.schools)), rnd.choice(("120", "-5")))
        return self.row(rnd.choice(sorted(self.schools)), "")

    # -- the file ---------------------------------------------------------------------------

    def write(self, folder):
        if self.xlsx:
            return self.write_xlsx(folder)
        buffer = io.StringIO()
        quoting = csv.QUOTE_MINIMAL
        writer = csv.writer(buffer, delimiter=self.delimiter, quoting=quoting, lineterminator="\r\n")
        for kind, cells in self.lines:
            cells = [str(c) for c in cells]
            if kind == "data" and any("," in c for c in cells) and self.ambiguous(",".join(cells)):
                buffer.write(",".join(cells) + "\r\n")  # written without quotes, as some exports do
            else:
                writer.writerow(cells)
        text = buffer.getvalue()
        encoding = self.encoding
        if encoding == "cp1252" and any(ord(c) > 255 for c in text):
            encoding = "utf-8"
        path = folder / "lmb_{:03d}.csv".format(self.number)
        path.write_bytes(text.encode(encoding))
        return path

    def write_xlsx(self, folder):
        import openpyxl

        workbook = openpyxl.Workbook()
        sheet = workbook.active
        for _, cells in self.lines:
            sheet.append(cells if cells else [None])
        path = folder / "lmb_{:03d}.xlsx".format(self.number)
        workbook.save(path)
        return path

    def file_rows(self):
        """Row numbers of the file other than the header."""
        return [n for n, (kind, _) in enumerate(self.lines, start=1) if kind != "header"]


def accounted_rows(report):
    rows = [e.row for e in report.matched]
    for name, _ in ti.CATEGORIES:
        if name not in ANNOTATIONS:
            rows.extend(e.row for e in report.categories[name])
    return sorted(rows)


@pytest.mark.slow  # thousands of generated tables
def test_every_row_is_used_or_reported_and_every_used_value_is_the_value_written(primary_schools, tmp_path):
    catalogue = {bsn: True for bsn in primary_schools}
    for number in range(CASES):
        case = Case(number, primary_schools)
        path = case.write(tmp_path)
        where = "case {} ({})".format(number, path.name)
        result = lmb_import.import_lmb(path, None, catalogue)
        assert accounted_rows(result.report) == case.file_rows(), where
        year = result.school_year or "2023/24"  # the latest readable year (with a year column)
        # shares whose column shows no decimal share (e.g. only "1" readable) are read as percent,
        # the number as written, and flagged as possible shares
        as_written = case.share and result.report.scale == ti.PERCENT
        if as_written:
            flagged = {e.key for e in result.report.entries("possible_share")}
            assert {bsn for bsn, v in result.values.items() if 0 < v <= 1} <= flagged, where
        for bsn, percent in result.values.items():  # one of the values written for it (the others were reported)
            written = {float(p / 100 if as_written else p) for p in case.expected[bsn, year]}
            assert percent in written, "{}: {}".format(where, bsn)
        if year == "2023/24":
            missing = sorted(case.clean - set(result.values))
            assert not missing, "{}: clean rows not used: {}".format(where, missing)
