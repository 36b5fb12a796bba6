"""Stores: networkx files (node-link JSON, GraphML, GEXF), the embedded Cypher database, Neo4j."""
