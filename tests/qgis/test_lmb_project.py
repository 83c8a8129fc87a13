"""The Lmb table kept with the project: a reference to the file, or the values embedded."""

import json
import shutil

import pytest
from qgis.core import QgsProject

from rgi_plugin.core import tables as ti
from rgi_plugin.core.indicators import lmb as lmb_import
from rgi_plugin.definitions import properties
from support.paths import DATA
from support.tables import school_catalogue


@pytest.fixture(scope="module")
def schools():
    return school_catalogue()


def test_project_keeps_a_reference_to_the_file_or_the_values(tmp_path, schools, qgis_app):
    path = tmp_path / "quoten.csv"
    shutil.copy(DATA / "lmb_semikolon_latin1.csv", path)
    result = lmb_import.import_lmb(path, None, schools)
    project = QgsProject()
    entry = lmb_import.store_in_project(project, result)
    assert entry["mode"] == "reference" and "values" not in entry
    assert lmb_import.restore_from_project(project, schools).values == result.values
    assert json.loads(project.readEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY)[0])["mapping"]["quota_column"] == "LMB-Quote"

    lmb_import.store_in_project(project, result, embed=True)
    path.unlink()
    restored = lmb_import.restore_from_project(project, schools)
    assert (restored.values, restored.school_year) == (result.values, "2023/24")

    lmb_import.store_in_project(project, result)
    with pytest.raises(ti.TableImportError, match="was not found"):
        lmb_import.restore_from_project(project, schools)
    lmb_import.remove_from_project(project)
    assert lmb_import.restore_from_project(project) is None
