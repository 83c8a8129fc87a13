"""rgi:fact_sheet with a shared workspace configured: the catalogue and (on request) the Lmb quotas
come from the workspace, read as the panel reads them; the log says which catalogue was used."""

from dataclasses import replace

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback

from rgi_plugin.core.areas.catalogue import Ressortbeitrag
from rgi_plugin.core.common import settings
from rgi_plugin.processing.provider import GemeinschaftsinitiativeProvider
from rgi_plugin.workspace import catalogue_store
from rgi_plugin.workspace.connection import WorkspaceConfig, write_config
from support.pdf import pdf_text

PROGRAMME = Ressortbeitrag("lesepaten-wedding", "SenBJF", "Lesepaten Wedding (Arbeitsbereich)", "", "context", "Beispiel",
                           ("06",), "", "stated")


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.lines.append(info)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.lines.append("ERROR " + error)


@pytest.fixture
def fact_sheet(qgis_processing):
    import processing

    provider = GemeinschaftsinitiativeProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield lambda parameters, feedback: processing.run("rgi:fact_sheet", parameters, feedback=feedback)
    QgsApplication.processingRegistry().removeProvider(provider)
    settings.remove_all()


def test_the_fact_sheet_reads_catalogue_and_quotas_from_the_workspace(workspace, fact_sheet, tmp_path):
    catalogue_store.save_programme(workspace.session("carl_coordinator"), PROGRAMME)
    write_config(workspace.config("anna_mitte"))
    log = Log()
    result = fact_sheet({"AREAS": "06", "LMB_WORKSPACE": True, "OUTPUT": str(tmp_path / "wedding.pdf")}, log)
    text = " ".join(pdf_text(result["OUTPUT"]).split())
    assert "Lesepaten Wedding (Arbeitsbereich)" in text  # the coordinator's programme: the workspace's catalogue
    assert "mit Lmb-Quote: 15" in text  # Wedding's 15 public primary schools are Mitte's: anna sees their quotas
    assert "Catalogue from the shared workspace (service=gi-test-anna_mitte)." in log.lines
    assert any(line.startswith("Lmb quotas from the shared workspace: gi.lmb_quota") for line in log.lines)


def test_a_reader_gets_a_clear_error_and_an_unreachable_workspace_the_bundled_catalogue(workspace, fact_sheet, tmp_path):
    write_config(workspace.config("rita_reader"))
    with pytest.raises(QgsProcessingException, match="sees no Lmb quotas"):
        fact_sheet({"AREAS": "06", "LMB_WORKSPACE": True, "OUTPUT": str(tmp_path / "x.pdf")}, Log())
    write_config(replace(workspace.config("rita_reader"), port="1"))
    log = Log()
    result = fact_sheet({"AREAS": "06", "OUTPUT": str(tmp_path / "bundled.pdf")}, log)
    assert result["FILES"] == 1
    assert any(line.startswith("ERROR Catalogue: the bundled data, because the shared workspace cannot be used") for line in log.lines)
    write_config(WorkspaceConfig())
