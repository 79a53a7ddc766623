"""Quotes (newsframe.quotes): a deed joined after a quoted state in what someone said is the speaker's own ("said the
family were “heartbroken” and thanked staff"); a body described between commas before its cue speaks, not a name in
the description ("Tesla, the electric carmaker run by Elon Musk, said", "Morven Dairies, the owner of the Glenmoor
brand, said")."""

from __future__ import annotations

from newsframe import pipeline


def _quotes(tmp_path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.analyze(str(path), None, use_cache=False).tables["quotes"]


def test_a_deed_after_a_quoted_state_is_the_speakers(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2026-02-09 Teenager dies after crash on coast road\n\n"
        "A 17-year-old boy has died in hospital two days after his car left the road near Tenby, police said.\n\n"
        "Owen Pryce was taken to Morriston Hospital in Swansea with serious injuries on Saturday evening.\n\n"
        'Her husband said the family were "heartbroken" and thanked staff at the hospital for their care.\n',
    )
    rows = quotes[quotes["paragraph"] == 3]
    assert rows[["cue", "speaker_text", "text"]].values.tolist() == [
        ["said", "Her husband", 'the family were "heartbroken"'],
        ["thanked", "Her husband", "staff at the hospital for their care"],
    ]


def test_a_company_described_by_a_participle_phrase_speaks(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2026-04-02 Biscuit factory to close\n\n"
        "Halden Foods, the maker of Crestwood biscuits, said on Tuesday it would close its factory in Leeds.\n\n"
        "Tesla, the electric carmaker run by Elon Musk, said deliveries rose 5% in the three months to March.\n",
    )
    rows = quotes[quotes["paragraph"] == 2]
    assert rows[["speaker", "text"]].values.tolist() == [["Tesla", "deliveries rose 5% in the three months to March"]]


def test_a_brand_in_the_description_of_a_company_does_not_speak(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2026-03-03 Dairy group warns on profits\n\n"
        "Morven Dairies, the owner of the Glenmoor brand, said profits had fallen by a third in the year to "
        "January.\n",
    )
    assert quotes[["speaker", "text"]].values.tolist() == [
        ["Morven Dairies", "profits had fallen by a third in the year to January"]
    ]
