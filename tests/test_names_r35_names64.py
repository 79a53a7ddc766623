"""Names of market, takeover, election, chronology, weather and sport news (round 35, names64): a firm the article
says is a company, that is "Dubai-based" or reports results, whatever place a reader took it for; a firm named
without its first word or its country's word."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

TECH = (
    "date 2026-06-05 Nvidia overtakes Apple as world's most valuable company\n\n"
    "Nvidia became the world's most valuable listed company on Thursday after its shares rose 4%, pushing its "
    "market value above $4.2 trillion and past Apple.\n\n"
    "The chipmaker has been the biggest winner of the artificial intelligence boom.\n\n"
    "Apple's shares fell 1% after analysts at Morgan Stanley cut their forecast for iPhone sales.\n\n"
    "Nvidia, which will report quarterly results on 27 August, was worth less than $500bn at the start of 2023.\n"
)
TAKEOVER = (
    "date 2026-09-01 Wood Group agrees £216m takeover by Sidara\n\n"
    "Engineering firm John Wood Group has agreed to be bought by Dubai-based Sidara for £216m, a fraction of its "
    "value two years ago.\n\n"
    'Chief executive Ken Gilmartin said: "This brings certainty for our people." Shareholders will receive 35p a '
    "share, down from the 230p Sidara offered last year.\n\n"
    "Sidara, which is owned by its partners, said it would keep Wood's headquarters in Scotland.\n"
)


def test_a_firm_the_article_says_is_a_company_is_no_place():
    rows = _kinds(_entities_of(TECH))
    assert rows["Nvidia"] == ("ORG", 3), rows
    assert rows["Apple"][0] == "ORG", rows


def test_a_firm_based_somewhere_is_no_place():
    rows = _kinds(_entities_of(TAKEOVER))
    assert rows["Sidara"] == ("ORG", 4), rows
    assert rows["Dubai"][0] == "GPE", rows


def test_a_firm_named_without_its_first_word_is_the_firm():
    rows = _kinds(_entities_of(TAKEOVER))
    assert rows["John Wood Group"] == ("ORG", 3), rows
    assert "Wood Group" not in rows and "Wood" not in rows, rows


def test_a_party_named_without_its_country_word_is_found_in_the_headline():
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 Reform wins Runcorn by-election by six votes\n\n"
            "Reform UK has won the Runcorn and Helsby by-election by just six votes after a recount.\n\n"
            'Reform leader Nigel Farage called it "a very, very big moment" for his party.\n'
        )
    )
    assert rows["Reform UK"] == ("ORG", 3), rows
    assert "Reform" not in rows, rows


def test_a_system_named_before_its_kind_and_a_weekly_are_no_people():
    rows = _kinds(
        _entities_of(
            "date 2026-01-10 Timeline: How the Post Office scandal unfolded\n\n"
            "1999: The Horizon IT system, developed by Fujitsu, is rolled out across Post Office branches.\n\n"
            "2009: Computer Weekly reports that subpostmasters blame Horizon for unexplained shortfalls.\n\n"
            'December 2019: The High Court rules that Horizon contained "bugs, errors and defects".\n'
        )
    )
    assert rows["Horizon"] == ("PRODUCT", 3), rows
    assert rows["Computer Weekly"] == ("ORG", 1), rows
    assert rows["Fujitsu"][0] == "ORG", rows
