from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.nlp.doctext import doc_text


def test_doc_text_is_the_docs_text_with_spaces_and_line_breaks():
    doc = Doc(Vocab(), words=["省长", "王", "某某", "\n", "出席", "。", "Ok"], spaces=[False, True, False, False, True, False, True])
    assert doc_text(doc) == doc.text == "省长王 某某\n出席 。Ok "


def test_doc_text_of_an_empty_doc():
    assert doc_text(Doc(Vocab(), words=[])) == ""
