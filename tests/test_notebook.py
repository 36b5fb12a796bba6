"""notebooks/explore.ipynb runs top to bottom in a fresh kernel: build, Cypher, graph view, chart, dossier."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="pip install -e '.[test]' (nbformat)")
nbclient = pytest.importorskip("nbclient", reason="pip install -e '.[test]' (nbclient)")
pytest.importorskip("ipykernel", reason="pip install -e '.[test]' (ipykernel)")

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def _text(outputs) -> str:
    """Everything a cell showed: streams, errors and every mime type of its display data."""
    parts = []
    for out in outputs:
        parts.append(out.get("text", ""))
        parts += [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in out.get("data", {}).values()]
    return "\n".join(parts)


def _tagged(nb, tag: str):
    return next(c for c in nb.cells if tag in c.get("metadata", {}).get("tags", []))


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "clear the outputs before committing"


def test_notebook_runs_top_to_bottom(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_NOTEBOOK_OUT", str(tmp_path / "out"))     # the kernel inherits it: nothing in exports/
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()                                                  # raises CellExecutionError on any error
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.get("output_type") == "error"], cell.source[:80]

    assert "nodes" in _text(_tagged(nb, "build").outputs)
    cypher = _text(_tagged(nb, "cypher").outputs)
    assert "林振华" in cypher and "主持" in cypher and "韩素琴" in cypher
    view = _text(_tagged(nb, "graph-view").outputs)
    assert "iframe" in view or "skipped" in view
    assert "image/png" in json.dumps(_tagged(nb, "chart").outputs)
    dossier = _text(_tagged(nb, "dossier").outputs)
    assert "Dossier: 林振华" in dossier and "全省生态保护与高质量发展推进会议" in dossier
    assert (tmp_path / "out" / "dossier-person-林振华.html").exists()
