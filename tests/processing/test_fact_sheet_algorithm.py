"""rgi:fact_sheet through Processing and through qgis_process (batch and command line)."""

import subprocess

import pytest
from qgis.core import QgsApplication

import run_overlay
from qgis_profile import prepare_profile
from support.paths import REPO
from support.pdf import pdf_pages, pdf_text


def test_the_provider_offers_its_algorithms(provider):
    assert sorted(a.id() for a in provider.algorithms()) == [
        "rgi:criteria_overlay", "rgi:criteria_overlay_compare", "rgi:fact_sheet", "rgi:mss_change"]
    help_text = QgsApplication.processingRegistry().algorithmById("rgi:fact_sheet").shortHelpString()
    for name in ("AREAS", "LMB_TABLE", "ONE_FILE", "FILES"):
        assert name in help_text


def test_processing_run_writes_two_sheets_with_example_lmb(provider, tmp_path):
    import processing

    result = processing.run("rgi:fact_sheet", {
        "AREAS": "06, 13d", "LMB_TABLE": str(REPO / "resources" / "data" / "lmb_beispieldaten.csv"),
        "ONE_FILE": True, "OUTPUT": str(tmp_path / "zwei.pdf")})
    assert result["FILES"] == 1 and pdf_pages(result["OUTPUT"]) == 2
    text = " ".join(pdf_text(result["OUTPUT"]).split())
    assert "Handlungsraum 13d Kosmosviertel" in text
    assert "Beispieldaten – keine amtlichen Werte" in text  # the example quotas say what they are
    assert "mit Lmb-Quote: 15" in text  # Wedding's 15 public primary schools all have an example quota


def test_processing_run_one_file_per_area_and_a_bad_code(provider, tmp_path):
    from qgis.core import QgsProcessingException

    import processing

    result = processing.run("rgi:fact_sheet", {"AREAS": "11,12", "ONE_FILE": False, "OUTPUT": str(tmp_path / "einzeln.pdf")})
    assert result["FILES"] == 2
    assert sorted(p.name for p in (tmp_path / "einzeln").iterdir()) == ["Steckbrief_11.pdf", "Steckbrief_12.pdf"]
    with pytest.raises(QgsProcessingException, match="99"):
        processing.run("rgi:fact_sheet", {"AREAS": "99", "OUTPUT": str(tmp_path / "x.pdf")})


def test_qgis_process_runs_the_fact_sheet_from_the_packaged_plugin(plugin_zip):
    root = prepare_profile(REPO / "build" / "test-profiles" / "fact_sheet_qgis_process", plugin_zip)
    output = root / "steckbrief_06.pdf"
    output.unlink(missing_ok=True)
    command = [run_overlay.QGIS_PROCESS, "run", "rgi:fact_sheet", "--", "AREAS=06", "OUTPUT={}".format(output)]
    completed = subprocess.run(command, env=run_overlay.environment(root), capture_output=True, text=True, timeout=180)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    assert pdf_pages(output) == 1 and "Handlungsraum 06 Wedding" in pdf_text(output)
