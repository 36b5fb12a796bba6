"""A Doc's text read from its arrays: `doc.text` builds a Token object per token to join their texts, which
costs each component that reads it about a sixth of its time on a newspaper page."""
from __future__ import annotations

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """The same string as `doc.text`."""
    strings = doc.vocab.strings
    return "".join(strings[orth] + " " if trailing else strings[orth]
                   for orth, trailing in doc.to_array([ORTH, SPACY]).tolist())
