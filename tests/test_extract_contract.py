"""`kg extract` end to end on files we write: the JSON contract, offsets, evidence, bad input."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

TYPES = {"PERSON", "PLACE", "COMPANY", "ORG", "PROJECT", "MEETING"}
RELATIONS = {"主持", "出席", "讲话", "任职", "实施", "位于"}
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("extract") / "out.jsonl"
    assert main(["extract", str(SAMPLES), "-o", str(out)]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_one_record_per_document_with_the_contract_fields(extracted):
    assert sorted(r["doc"] for r in extracted) == sorted(p.name for p in SAMPLES.glob("*.txt"))
    for rec in extracted:
        assert set(rec) >= {"doc", "path", "entities", "relations"}
        for e in rec["entities"]:
            assert e["type"] in TYPES
            assert not any(c.isspace() for c in e["text"])
            assert isinstance(e["start"], int) and isinstance(e["end"], int)
            assert e["start"] < e["end"] or not e["mentions"]    # an outlet cut out with its running head
            assert isinstance(e["titles"], list)
        for r in rec["relations"]:
            assert r["relation"] in RELATIONS | {"考察", "会见"}
            assert r["head"] and r["tail"] and r["evidence"]


def test_offsets_index_the_cleaned_text(extracted):
    from kg.articles import load_document

    for rec in extracted:
        text = load_document(rec["path"]).cleaned.text
        for e in rec["entities"]:
            for start, end in e["mentions"]:
                assert text[start:end] == e["text"], (rec["doc"], e)


def test_entities_are_listed_once_per_text_and_type(extracted):
    for rec in extracted:
        keys = [(e["text"], e["type"]) for e in rec["entities"]]
        assert len(keys) == len(set(keys))


def test_meeting_sample_yields_chair_with_evidence(extracted):
    rec = next(r for r in extracted if r["doc"] == "01_meeting.txt")
    chair = [r for r in rec["relations"] if r["relation"] == "主持"]
    assert chair and chair[0]["head"] == "林振华"
    assert "主持" in chair[0]["evidence"]
    person = next(e for e in rec["entities"] if e["text"] == "林振华")
    assert person["titles"][:2] == ["省委副书记", "省长"]


def test_pdf_damaged_sample_is_repaired_before_extraction(extracted):
    rec = next(r for r in extracted if r["doc"] == "04_pdf_damaged.txt")
    names = {e["text"] for e in rec["entities"] if e["type"] == "PERSON"}
    assert {"林振华", "韩素琴", "周婷"} <= names


def test_bad_inputs_are_named_and_the_rest_goes_on(tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_text("副省长唐明远出席会议。", encoding="utf-8")
    binary = tmp_path / "broken.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "extract", str(good), str(binary),
                           str(tmp_path / "missing.txt"), "-o", str(out)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "broken.txt" in proc.stderr and "missing.txt" in proc.stderr
    docs = [json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert docs == ["good.txt"]


def test_a_joined_mention_gives_each_entity_it_names(tmp_path):
    text = tmp_path / "plenums.txt"
    text.write_text("会议强调，要深入贯彻党的十九大和十九届二中、三中、四中全会精神。", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(text), "-o", str(out), "--no-cache"]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    meetings = {e["text"]: e["mentions"] for e in record["entities"] if e["type"] == "MEETING"}
    assert {"十九届二中全会", "十九届三中全会", "十九届四中全会"} <= set(meetings)
    assert not any("、" in name for name in meetings)
    assert meetings["十九届二中全会"] == meetings["十九届四中全会"]          # one mention, three plenums
