"""kg: who-did-what knowledge graphs from Chinese government news, offline.

Stages (data flows one way):
    ingest -> clean -> articles -> nlp (entities) -> relations -> graph -> stores -> views
"""

__version__ = "0.1.0"


def load_pipeline():
    """The ready spaCy pipeline (pkuseg, kg_lac, kg_entities, kg_relations), built once and cached.

    >>> import kg
    >>> doc = kg.load_pipeline()("副省长王黎明出席会议。")
    >>> [(s.text, s.label_) for s in doc.spans["kg_entities"]]
    """
    from kg.nlp.pipeline import load_pipeline as _load

    return _load()
