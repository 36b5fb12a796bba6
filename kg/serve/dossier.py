"""`kg report`'s dossier (kg.views.dossier) as JSON blocks for the page, which builds them with textContent.

The same Report object that `kg report --person NAME` renders to Markdown and HTML is turned into a list of
plain blocks here; charts are PNG data: URIs (the page's CSP allows data: images, nothing else external).
"""
from __future__ import annotations

from kg.views.report import Facts, Heading, Image, Para, Table


def _cell(value):
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else ("" if value is None else str(value))


def report_json(report) -> dict:
    from kg.views.charts import data_uri

    blocks = []
    for b in report.blocks:
        if isinstance(b, Heading):
            blocks.append({"type": "heading", "level": b.level, "text": str(b.text)})
        elif isinstance(b, Para):
            blocks.append({"type": "para", "text": str(b.text)})
        elif isinstance(b, Facts):
            blocks.append({"type": "facts", "items": [[str(k), str(v)] for k, v in b.items]})
        elif isinstance(b, Table):
            blocks.append({"type": "table", "header": [str(c) for c in b.header],
                           "rows": [[_cell(c) for c in row] for row in b.rows], "note": b.note})
        elif isinstance(b, Image):
            blocks.append({"type": "image", "alt": str(b.alt), "src": data_uri(b.png) if b.png else None,
                           "note": b.why_missing})
    return {"title": str(report.title), "blocks": blocks}


def dossier_json(graph, kind: str, name: str, node_id: str | None = None) -> dict:
    """The dossier of `name` ('person', 'org' or 'project'); raises kg.views.dossier.EntityNotFound."""
    from kg.views.dossier import dossier_report

    out = report_json(dossier_report(graph, kind, name))
    out["id"], out["kind"] = node_id, kind
    return out
