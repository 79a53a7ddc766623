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
