"""Summary and notebook sentences on texts written for these tests: a row dating the last time before now ("for the
first time in 15 years") sets no start of the span the article's dates run over; a letters page's several writers
are named alike in every answer about who speaks."""

from __future__ import annotations

from newsframe import findings, pipeline, summary

LAST_TIME = """Fuel duty to rise for first time in 15 years
Published: 2026-11-27 09:00

Fuel duty will go up for the first time in 15 years, the Chancellor announced on Wednesday.

The rise, of 3p a litre, takes effect in April 2027.
"""


def test_the_last_time_before_now_sets_no_start_of_the_dates(write):
    analysis = pipeline.analyze(write("duty.txt", LAST_TIME), use_cache=False)
    timeline = analysis.tables["timeline"]
    assert summary.last_occasions(timeline).any()
    said = summary.dates_sentence(timeline, analysis.article.published.date())
    assert "run from 2011" not in said, said
    assert "dates the last time before now, 2011" in said, said
    assert said.endswith("run from 25 November 2026 to April 2027."), said


def test_a_last_time_inside_the_span_changes_nothing(write):
    text = LAST_TIME.replace("takes effect in April 2027.", "follows a freeze announced in 2010.")
    analysis = pipeline.analyze(write("duty.txt", text), use_cache=False)
    said = summary.dates_sentence(analysis.tables["timeline"], analysis.article.published.date())
    assert said.startswith("Its ") and "last time" not in said, said


LETTERS = """Letters: The bypass and the library
Published: 2025-03-11 06:00

I have lived on Mill Lane for 31 years and I think the new road will simply move the queues a mile to the east.

Graham Pettifer, Hartley

I read with dismay that the library is to close on Mondays. I would gladly pay a little more council tax to keep it.

Ruth Anand, Dunmore
"""


def test_a_letters_page_names_its_writers_alike_in_every_answer(write):
    analysis = pipeline.analyze(write("letters.txt", LETTERS), use_cache=False)
    t, article = analysis.tables, analysis.article
    assert summary.several_writers(article.byline)
    assert (t["quotes"]["speaker"].astype(str) == "I").all() and len(t["quotes"]) >= 2
    numbers = findings.in_numbers.__wrapped__(article, t)
    words = findings.words_per_speaker.__wrapped__(t["quotes"], t["entities"], article)
    said = findings.what_was_said.__wrapped__(t["quotes"], article)
    assert "its writers' own" in numbers, numbers
    assert "are its writers' own" in words and "the writer" not in words, words
    assert "by one of its writers" in said, said
    assert "its writers' own" in findings.who_is_quoted.__wrapped__(t["quotes"], t["entities"], article)


def test_one_writer_is_still_the_writer(write):
    text = LETTERS.split("\n\nGraham", 1)[0] + "\n"
    analysis = pipeline.analyze(write("column.txt", text), use_cache=False)
    t, article = analysis.tables, analysis.article
    words = findings.words_per_speaker.__wrapped__(t["quotes"], t["entities"], article)
    assert "the writer's own" in words, words


TOLD = """Ann Cole, surgeon, dies aged 91
Published: 2024-09-18 08:00

Ann Cole, one of the first women to lead a heart surgery unit, has died aged 91.

At a time when surgery was a male profession, she was repeatedly told she would be better suited to general practice.

"She had the steadiest hands I have ever seen," said Professor Alan Whitcombe, who trained under her.
"""


def test_the_answer_on_who_is_quoted_counts_a_passive_as_the_report_does(write):
    analysis = pipeline.analyze(write("obituary.txt", TOLD), use_cache=False)
    t, article = analysis.tables, analysis.article
    report = next(s for s in summary.summary_sentences(article, t) if "statement" in s)
    answer = findings.who_is_quoted.__wrapped__(t["quotes"], t["entities"], article)
    assert "whose speaker it does not name" in report, report
    assert "whose speaker it does not name" in answer and "no speaker found" not in answer, answer


WIRE = (
    "Quake strikes off Japan coast\nPublished: 2025-01-14 03:20\n\n"
    "TOKYO, Jan 14 (Reuters) - A magnitude 6.1 earthquake struck off the coast of Fukushima prefecture early on "
    "Tuesday, the Japan Meteorological Agency said.\n\nIt shook buildings in Tokyo, about 240 km to the south.\n"
)


def test_a_wire_brief_names_its_source_and_events_as_written(write):
    analysis = pipeline.analyze(write("wire.txt", WIRE), use_cache=False)
    t, article = analysis.tables, analysis.article
    said = findings.what_was_said.__wrapped__(t["quotes"])
    assert "is by the Japan Meteorological Agency:" in said, said
    when = findings.events_in_time.__wrapped__(t["timeline"], article.published)
    assert "((" not in when and "))" not in when, when
    assert "(story filed, dateline)" in when, when
