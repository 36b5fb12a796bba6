"""The shipped character-level NER model (pipelines/ner/model) and its spaCy component."""
import pytest
import spacy

from kg.nlp.statistical import MODEL_DIR, USER_DATA_KEY

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(),
                                reason=f"no trained model at {MODEL_DIR}: run pipelines/ner/train.py")

# invented names and a real city, in the genre's wording
TEXT = "昨天，张建国在兰州市会见了来访客人。"


def test_finds_person_and_place_with_exact_offsets():
    from kg.nlp.statistical import predict_spans

    spans = predict_spans(TEXT)
    found = {(TEXT[s:e], label) for s, e, label in spans}
    assert ("张建国", "PERSON") in found
    assert any(label == "PLACE" and "兰州" in name for name, label in found)
    for s, e, label in spans:
        assert 0 <= s < e <= len(TEXT) and label in {"PERSON", "PLACE", "COMPANY", "ORG"}


def test_offsets_survive_spaces_and_line_breaks():
    from kg.nlp.statistical import predict_spans

    text = "  记者 王 丽 报道\n昨天，张建国在兰州市会见了来访客人。"
    for s, e, _ in predict_spans(text):
        assert text[s:e] == text[s:e].strip() and text[s:e]


def test_component_writes_user_data_only():
    nlp = spacy.blank("zh")                 # any host tokenisation: the component reads doc.text
    nlp.add_pipe("kg_statistical_ner")
    docs = list(nlp.pipe([TEXT, "没有实体。", TEXT], batch_size=2))
    first = docs[0].user_data[USER_DATA_KEY]
    assert ("张建国", "PERSON") in {(TEXT[s:e], label) for s, e, label, _ in first}
    assert docs[2].user_data[USER_DATA_KEY] == first and docs[0].ents == ()
    assert nlp(TEXT).user_data[USER_DATA_KEY] == first
