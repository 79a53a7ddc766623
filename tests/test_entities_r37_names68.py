"""Names of news nobody here wrote: a police rank written short before an officer's name, a speaker named by a given
name and surname the tagger misreads, a company or body that opens its sentence as the subject, a party named in the
plural."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_detective_constables_rank_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2026-10-09 Care worker jailed for stealing from residents\n\n"
            "A former care worker who stole from elderly residents has been jailed for two years.\n\n"
            'Det Con Lisa Marsh, of Norfolk Police, said after the hearing: "This was a calculated abuse of a '
            'position of trust."\n\n'
            "Det Sgt Paul Rhodes said the victims had been very brave.\n"
        )
    )
    assert rows["Lisa Marsh"] == ("PERSON", 1) and rows["Paul Rhodes"] == ("PERSON", 1)
    assert "Con" not in rows and "Det Con" not in rows and "Det" not in rows


def test_a_given_name_the_tagger_reads_as_an_adjective_opens_a_speakers_name():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Greggs warns on costs as sales growth slows\n\n"
            "Greggs has warned that higher wage bills will add about £30m to its costs this year.\n\n"
            "Analysts at Peel Hunt said the slowdown was disappointing, noting that rivals such as Costa had also "
            'reported weaker footfall. Clive Black of Shore Capital said the chain remained "a high-quality operator '
            'in a tough market".\n'
        )
    )
    assert rows["Clive Black"] == ("PERSON", 1) and rows["Shore Capital"][0] == "ORG"


def test_a_company_the_tagger_reads_as_a_plural_noun_opening_its_sentence_is_found():
    rows = _kinds(
        _entities_of(
            "date 2026-09-22 Bread recalled over fears of plastic pieces\n\n"
            "Warburtons has recalled two batches of its medium sliced white loaf because they may contain small "
            "pieces of plastic.\n\n"
            "Warburtons said the plastic came from a broken part at its bakery in Bolton and that the fault had been "
            "repaired.\n"
        )
    )
    assert rows["Warburtons"] == ("ORG", 2)


def test_a_one_word_body_that_says_it_is_ready_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2025-06-30 Timeline: how the water crisis unfolded\n\n"
            "Last week: The private equity firm KKR pulls out of talks to take a stake in the company. Ofwat says it "
            'is "ready for all scenarios".\n'
        )
    )
    assert rows["Ofwat"] == ("ORG", 1)


def test_a_town_between_its_and_a_factory_is_the_place():
    rows = _kinds(
        _entities_of(
            "date 2026-05-12 Apple to cut 300 jobs at Irish plant\n\n"
            "Apple is to cut 300 jobs at its Cork factory as it moves more of its manufacturing to Asia, the company "
            "said on Tuesday.\n"
        )
    )
    assert rows["Cork"] == ("GPE", 1)
