"""kg: who-did-what knowledge graphs from Chinese government news, offline.

Stages (data flows one way):
    ingest -> clean -> articles -> nlp (entities) -> relations -> graph -> stores -> views
"""

__version__ = "0.1.0"
