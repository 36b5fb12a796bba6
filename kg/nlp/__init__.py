"""The NLP stage: a spaCy Chinese pipeline (pkuseg) with kg's registered components."""
