"""The spaCy pipeline and the parse cache."""

from newsframe import config, nlp


def test_pipeline_is_english_and_has_a_parser():
    pipeline = nlp.load()
    assert pipeline.lang == "en" and "parser" in pipeline.pipe_names and "ner" in pipeline.pipe_names
    assert nlp.load() is pipeline  # loaded once per process


def test_cache_is_hit_on_rerun_and_missed_on_changed_text_or_model(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path)
    texts = ["The committee met in Paris on Tuesday.", "It adjourned."]
    before = dict(nlp.CACHE_STATS)
    first = nlp.parse(texts)
    second = nlp.parse(texts)
    assert nlp.CACHE_STATS["misses"] == before["misses"] + 1 and nlp.CACHE_STATS["hits"] == before["hits"] + 1
    assert [t.text for t in second[0]] == [t.text for t in first[0]]
    assert [e.text for e in second[0].ents] == [e.text for e in first[0].ents]
    nlp.parse(texts[:1] + ["It adjourned!"])
    assert nlp.CACHE_STATS["misses"] == before["misses"] + 2
    monkeypatch.setattr(nlp, "model_id", lambda _nlp=None: "en_other-9.9.9")
    nlp.parse(texts)
    assert nlp.CACHE_STATS["misses"] == before["misses"] + 3


def test_corrupt_cache_entry_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path)
    texts = ["A short sentence."]
    nlp.parse(texts)
    (entry,) = (tmp_path / "docs").iterdir()
    entry.write_bytes(b"garbage")
    assert nlp.parse(texts)[0].text == texts[0]


def test_sentence_spans_skip_whitespace():
    doc = nlp.parse(["First sentence here.\n\n  Second one follows."], use_cache=False)[0]
    spans = nlp.sentence_spans(doc)
    assert [doc.text[s:e] for s, e in spans] == ["First sentence here.", "Second one follows."]
    assert nlp.sentence_index(doc, spans[1][0]) == 2
