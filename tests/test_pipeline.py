"""One article through every analysis, and the cache of its tables."""

import pandas as pd

from newsframe import config, nlp, pipeline
from newsframe.article import parse_article


def article(text="date 2021-06-01 Mayor speaks\n\nMayor Ann Lee of Leeds spoke on Monday."):
    """A small article."""
    return parse_article(text, "small.txt")


def test_tables_are_cached_and_rebuilt_when_text_model_or_code_change(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path)
    first = pipeline.analyze(article())
    misses = nlp.CACHE_STATS["misses"]
    hits = nlp.CACHE_STATS["hits"]
    loads, real_load = [], nlp.load
    with monkeypatch.context() as patch:  # a notebook reading cached tables never loads the parser
        patch.setattr(nlp, "load", lambda: loads.append(1) or real_load())
        again = pipeline.analyze(article())
    assert not loads
    assert (nlp.CACHE_STATS["misses"], nlp.CACHE_STATS["hits"]) == (misses, hits)  # tables came back unparsed
    for name, table in first.tables.items():
        pd.testing.assert_frame_equal(table, again.tables[name])
    assert [d.text for d in again.docs] == [p.text for p in again.article.paragraphs]  # docs parsed on demand
    keys = {pipeline.tables_key(article())}
    keys.add(pipeline.tables_key(article("date 2021-06-01 Mayor speaks\n\nMayor Ann Lee of Leeds spoke on Friday.")))
    monkeypatch.setattr(pipeline, "code_version", lambda: "other code")
    keys.add(pipeline.tables_key(article()))
    monkeypatch.setattr(nlp, "model_id", lambda _nlp=None: "en_other-1.0")
    keys.add(pipeline.tables_key(article()))
    assert len(keys) == 4


def test_every_table_is_built(seed_analysis):
    assert set(seed_analysis.tables) == {
        "paragraphs",
        "sentences",
        "mentions",
        "entities",
        "paragraph_sentiment",
        "sentence_sentiment",
        "entity_sentiment",
        "timeline",
        "repairs",
        "quotes",
    }
    assert (
        seed_analysis.tables["paragraph_sentiment"]["paragraph"] == seed_analysis.tables["paragraphs"]["paragraph"]
    ).all()


def test_paths_are_shown_relative_to_the_project_and_tables_say_what_was_written(seed_analysis, tmp_path, monkeypatch):
    assert config.display_path(config.DEFAULT_ARTICLE) == "seeds/000_3c2c9fd14757d351.txt"
    assert config.display_path(f"{config.PROJECT_ROOT}/seeds/many.jsonl:12") == "seeds/many.jsonl:12"
    assert config.display_path(tmp_path / "x.txt") == str(tmp_path / "x.txt")  # outside the project: as given
    assert seed_analysis.article.metadata()["source"] == "seeds/000_3c2c9fd14757d351.txt"
    monkeypatch.setattr(config, "DATA_DIR", tmp_path / "data")
    written = pipeline.save_tables(seed_analysis, ["paragraphs", "timeline"])
    assert [f.rsplit("/", 1)[-1] for f in written["file"]] == ["article.json", "paragraphs.csv", "timeline.csv"]
    assert written["rows"].tolist()[1:] == [
        len(seed_analysis.tables["paragraphs"]),
        len(seed_analysis.tables["timeline"]),
    ]
    assert (tmp_path / "data" / seed_analysis.article.id / "timeline.csv").exists()
