"""The kg spaCy components as spaCy's own are tested: on a blank pipeline, serialised and reloaded
(bytes, disk, a copied folder), through DocBin and through nlp.pipe(n_process=2)."""
import json
import shutil

import pytest
import spacy
from spacy.tokens import DocBin

import kg.nlp.pipeline  # noqa: F401  (registers the kg components)
from kg.nlp.entities import SPAN_KEY
from kg.nlp.lexicon import RulesError, load_lexicon

TEXT = "省长林振华主持召开全省生态保护推进会议。副省长唐明远、韩素琴出席会议。"


def facts(doc):
    ents = sorted((s.text, s.label_, tuple(s._.titles)) for s in doc.spans[SPAN_KEY])
    rels = sorted((r["head"], r["relation"], r["tail"]) for r in doc._.relations)
    return ents, rels


@pytest.fixture(scope="module")
def blank():
    """A blank Chinese pipeline with the three kg components; jieba segments (its dictionary ships with
    it), so these tests do not need the pkuseg model."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in ("kg_lac", "kg_entities", "kg_relations"):
        nlp.add_pipe(name)
    nlp.initialize()
    return nlp


def test_components_declare_what_they_write(blank):
    analysis = blank.analyze_pipes()
    assigns = {name: set(a["assigns"]) for name, a in analysis["summary"].items()}
    assert "doc._.lac_ents" in assigns["kg_lac"]
    assert {"doc.spans", "doc.ents"} <= assigns["kg_entities"]
    assert "doc._.relations" in assigns["kg_relations"]
    assert analysis["summary"]["kg_entities"]["retokenizes"]


def test_blank_pipeline_finds_people_and_who_chaired(blank):
    ents, rels = facts(blank(TEXT))
    assert ("林振华", "PERSON", ("省长",)) in ents
    assert ("林振华", "主持", "全省生态保护推进会议") in rels
    assert ("唐明远", "出席", "全省生态保护推进会议") in rels and ("韩素琴", "出席", "全省生态保护推进会议") in rels


def test_relations_are_plain_data(blank):
    doc = blank(TEXT)
    json.dumps(doc._.relations, ensure_ascii=False)          # no Span objects: serialisable as is
    rel = next(r for r in doc._.relations if r["relation"] == "主持")
    assert TEXT[rel["head_start"]:rel["head_end"]] == rel["head"]
    assert TEXT[rel["tail_start"]:rel["tail_end"]] == rel["tail"]


def test_bytes_round_trip_keeps_the_knowledge(blank):
    data = blank.get_pipe("kg_entities").to_bytes()
    fresh = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    fresh.add_pipe("kg_lac")
    fresh.add_pipe("kg_entities").from_bytes(data)
    fresh.add_pipe("kg_relations").from_bytes(blank.get_pipe("kg_relations").to_bytes())
    assert facts(fresh(TEXT)) == facts(blank(TEXT))


def test_saved_pipeline_works_from_a_copied_folder(blank, tmp_path):
    blank.to_disk(tmp_path / "saved")
    assert (tmp_path / "saved" / "kg_entities" / "titles.txt").is_file()
    assert (tmp_path / "saved" / "kg_relations" / "relation_rules.json").is_file()
    shutil.copytree(tmp_path / "saved", tmp_path / "copied")
    shutil.rmtree(tmp_path / "saved")
    loaded = spacy.load(tmp_path / "copied")
    assert facts(loaded(TEXT)) == facts(blank(TEXT))


def test_saved_word_lists_are_the_ones_used(blank, tmp_path):
    """Edit a saved title list: the reloaded component reads the saved copy, not the source tree."""
    blank.to_disk(tmp_path / "p")
    titles = tmp_path / "p" / "kg_entities" / "titles.txt"
    titles.write_text(titles.read_text(encoding="utf-8") + "\n总设计官\n", encoding="utf-8")
    loaded = spacy.load(tmp_path / "p")
    assert "总设计官" in loaded.get_pipe("kg_entities").lex.titles
    assert "总设计官" not in load_lexicon().titles


def test_docbin_keeps_entities_titles_and_relations(blank):
    doc = blank(TEXT)
    db = DocBin(store_user_data=True)
    db.add(doc)
    back = list(DocBin(store_user_data=True).from_bytes(db.to_bytes()).get_docs(blank.vocab))[0]
    assert facts(back) == facts(doc)
    assert [list(x) for x in back._.lac_ents] == doc._.lac_ents     # msgpack gives tuples back


def test_pipe_with_two_processes_gives_the_same_results(blank):
    texts = [TEXT, "市委书记王海东在会上讲话。", TEXT.replace("林振华", "周立新")]
    one = [facts(d) for d in blank.pipe(texts)]
    two = [facts(d) for d in blank.pipe(texts, n_process=2, batch_size=1)]
    assert one == two


def test_malformed_rules_name_the_file_and_key(tmp_path):
    src = load_lexicon().source
    for name in ("titles.txt", "surnames.txt", "places.txt", "orgs.txt", "companies.txt", "name_syllables.txt"):
        shutil.copy(f"{src}/{name}", tmp_path / name)
    rules = json.loads(open(f"{src}/entity_rules.json", encoding="utf-8").read())
    del rules["MEETING"]["suffixes"]
    (tmp_path / "entity_rules.json").write_text(json.dumps(rules), encoding="utf-8")
    with pytest.raises(RulesError, match=r"entity_rules\.json: key 'MEETING\.suffixes'"):
        load_lexicon(str(tmp_path), cache=False)
    rules = json.loads(open(f"{src}/entity_rules.json", encoding="utf-8").read())
    rules["LISTED_COMPANIES"]["closing"] = ["等企业"]                  # a list where a pattern belongs
    (tmp_path / "entity_rules.json").write_text(json.dumps(rules), encoding="utf-8")
    with pytest.raises(RulesError, match=r"key 'LISTED_COMPANIES\.closing' must be a str"):
        load_lexicon(str(tmp_path), cache=False)


def test_malformed_relation_rules_name_the_file_and_key(tmp_path):
    from kg.nlp.relations import read_relation_rules

    path = tmp_path / "relation_rules.json"
    path.write_text(json.dumps({"主持": {"triggers": ["主持"]}}), encoding="utf-8")
    with pytest.raises(RulesError, match=r"relation_rules\.json: key '出席' is missing"):
        read_relation_rules(path)
    # a word list written as one string would be read character by character: refused by name
    from kg.paths import PIPELINES_DIR
    rules = json.loads((PIPELINES_DIR / "relation_rules.json").read_text(encoding="utf-8"))
    rules["cited_after"] = "贯彻"
    path.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RulesError, match=r"key 'cited_after' must be a list"):
        read_relation_rules(path)
    rules["cited_after"] = ["贯彻"]
    rules["位于"]["along"] = ["沿"]                 # an object (marker and verbs) written as a list
    path.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RulesError, match=r"key '位于\.along' must be an object"):
        read_relation_rules(path)
    rules["位于"]["along"] = {"marker": "沿", "verbs": ["布局"]}
    rules["实施"]["batch"] = {"pattern": "此次集中开工项目", "continuers": "其中", "max_chars": 600}
    path.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RulesError, match=r"key '实施\.batch' needs a 'pattern'"):
        read_relation_rules(path)


def test_builder_phrases_are_one_definition_saved_with_both_components(blank, tmp_path):
    """由…投资建设 is entity_rules.json "BUILT_BY" for both stages: kg_relations keeps its own copy when saved,
    and a verb added there reaches both the firm finder and the 实施 rule after reloading."""
    text = "云岭智造产业园项目由巴山锂电合力营建。"
    before = facts(blank(text))
    assert not any(rel == "实施" for _, rel, _ in before[1])
    blank.to_disk(tmp_path / "p")
    for part in ("kg_entities/entity_rules.json", "kg_relations/built_by.json"):
        path = tmp_path / "p" / part
        rules = json.loads(path.read_text(encoding="utf-8"))
        section = rules.get("BUILT_BY", rules)
        section["verbs"].append("合力营建")
        path.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    ents, rels = facts(spacy.load(tmp_path / "p")(text))
    assert ("巴山锂电", "COMPANY", ()) in ents
    assert ("巴山锂电", "实施", "云岭智造产业园项目") in rels
    (tmp_path / "p" / "kg_relations" / "built_by.json").write_text('{"verbs": []}', encoding="utf-8")
    with pytest.raises(RulesError, match=r"built_by\.json: key 'BUILT_BY\.manners' must be a list"):
        spacy.load(tmp_path / "p")
