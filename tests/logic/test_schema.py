"""The one internal schema: FIS-Broker and GDI names, LOR ids that lost their zero."""

import pytest

from rgi_plugin.core.common.schema import internal_field_name, normalise_lor_id, normalise_record, split_bezirk_label


@pytest.mark.parametrize(
    "source, expected",
    [("PLR_ID", "plr_id"), ("plr_id", "plr_id"), ("SI_N", "si_n"), ("name", "schulname"), ("NAME", "schulname"),
     ("schulname", "schulname"), (" Bsn ", "bsn")],
)
def test_field_names_from_both_portal_generations(source, expected):
    assert internal_field_name(source) == expected


@pytest.mark.parametrize(
    "value, length, expected",
    [(1100101, 8, "01100101"), ("1100101", 8, "01100101"), ("01100101", 8, "01100101"), (1100101.0, 8, "01100101"),
     ("1100101.0", 8, "01100101"), (11001, 6, "011001"), (1, 2, "01"), ("", 8, None), (None, 8, None), (" 12500828 ", 8, "12500828")],
)
def test_lor_ids_are_padded_to_full_length(value, length, expected):
    assert normalise_lor_id(value, length) == expected


@pytest.mark.parametrize("value", ["Stülerstraße", "123456789", 1100101.5, float("nan"), "01-100101"])
def test_a_value_that_is_not_a_lor_id_is_refused(value):
    with pytest.raises(ValueError):
        normalise_lor_id(value, 8)


def test_records_from_fisbroker_and_gdi_normalise_to_the_same_record():
    fisbroker = {"PLR_ID": 1100101, "PLR_NAME": "Stülerstraße", "BEZ_ID": 1, "SI_N": 2}
    gdi = {"plr_id": "01100101", "plr_name": "Stülerstraße", "bez_id": "01", "si_n": 2}
    assert normalise_record(fisbroker) == normalise_record(gdi) == {
        "plr_id": "01100101", "plr_name": "Stülerstraße", "bez_id": "01", "si_n": 2}


def test_bezirk_labels_split_into_id_and_name():
    assert split_bezirk_label("01 - Mitte") == ("01", "Mitte")
    assert split_bezirk_label("12 - Reinickendorf") == ("12", "Reinickendorf")
    with pytest.raises(ValueError):
        split_bezirk_label("Mitte")
