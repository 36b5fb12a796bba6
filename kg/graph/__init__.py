"""The graph stage: extraction records -> one networkx MultiDiGraph (entity resolution lives here)."""
from kg.graph.build import LABELS, build_graph, node_id

__all__ = ["LABELS", "build_graph", "node_id"]
