"""Who said what: a named person's team or lawyer speaks for them but is someone else; a stance that frames the
quotation after it, a grumble's topic, a future "see", honesty and a bare "it" report no words; a named court that
heard evidence, a cue after a name with its short form in brackets and "described as" an adjective are found."""

from __future__ import annotations

from newsframe import pipeline

BOXING = "\n\n".join(
    [
        "Usyk camp confident ahead of Wembley rematch",
        "Oleksandr Usyk will defend his heavyweight titles against Daniel Dubois at Wembley Stadium on Saturday.",
        'Usyk\'s team said the champion had completed a "perfect" training camp in Spain and was ready for twelve '
        "hard rounds.",
        "Dubois's promoter, Frank Warren, said his fighter had learned from the first meeting. \"Daniel is a "
        'different man now," Warren said.',
        "Usyk's lawyer said the fight would go ahead. Usyk's spokesman said he was fit.",
        'Usyk praised the fans in Kyiv after the weigh-in. "They give me power," he said.',
    ]
)

COURT = "\n\n".join(
    [
        "Businessman cleared of fraud charges after three-week trial",
        "A Birmingham businessman has been cleared of fraud after a three-week trial.",
        "Birmingham Crown Court heard that Imran Khan, 52, had transferred £2.3m from his company's accounts between "
        "2019 and 2021.",
        "Mr Khan's lawyer, Jane Doe, said her client had always maintained his innocence. When he said he had done "
        "nothing wrong, he was telling the truth, she added.",
        "The judge, Recorder Peter Hughes, also imposed a reporting restriction on the case, an order the judge "
        'described as "unusual but necessary".',
    ]
)

RACE = "\n\n".join(
    [
        "Leclerc wins in Monaco as Hamilton struggles",
        "Charles Leclerc won the Monaco Grand Prix on Sunday, his second victory at his home race.",
        "Lewis Hamilton complained about the car's balance over the team radio and finished seventh.",
        "Ferrari team principal Fred Vasseur praised Leclerc's drive. \"Charles was perfect from the first lap to the "
        'last," Vasseur said.',
        "Hamilton said he would work with his engineers before the next race in Canada.",
    ]
)

TAX = "\n\n".join(
    [
        "Workers to get pay boost as tax threshold rises",
        "Millions of workers will pay less income tax from April, the chancellor announced on Wednesday.",
        "Workers will also see a change in their payslips as national insurance contributions fall by two "
        "percentage points.",
        '"This is a tax cut for working people," the chancellor said.',
    ]
)

COLUMN = "\n\n".join(
    [
        "I'm not ashamed to say it",
        "For years I hid my love of reality television from friends and colleagues.",
        '"It\'s the best thing on television," my neighbour said when I finally confessed.',
    ]
)

WORKS = "\n\n".join(
    [
        "Elizabeth line to close for weekend works",
        'Customers have been told to "plan ahead". The works are needed to replace worn track, Transport for London '
        "(TfL) said.",
        "Mayor Sadiq Khan called the closures regrettable. Replacement buses will run every ten minutes, Transport "
        "for London (TfL) said.",
    ]
)


def quotes_of(write, name, text):
    return pipeline.analyze(write(name, text), "2024-05-01", use_cache=False).tables["quotes"]


def test_a_named_persons_team_lawyer_or_spokesman_is_not_that_person(write):
    quotes = quotes_of(write, "boxing.txt", BOXING)
    rows = quotes[quotes["paragraph"].isin([2, 4])][["speaker", "speaker_text"]].values.tolist()
    assert rows == [
        ["Usyk's team", "Usyk's team"],
        ["Usyk's lawyer", "Usyk's lawyer"],
        ["Usyk's spokesman", "Usyk's spokesman"],
    ]


def test_a_stance_that_frames_the_quotation_after_it_is_no_statement_of_its_own(write):
    quotes = quotes_of(write, "boxing.txt", BOXING)
    rows = quotes[quotes["paragraph"] == 5][["kind", "cue", "speaker", "text"]].values.tolist()
    assert rows == [["direct", "said", "Oleksandr Usyk", '"They give me power,"']]
    race = quotes_of(write, "race.txt", RACE)
    assert race[["paragraph", "cue", "speaker"]].values.tolist() == [
        [3, "said", "Fred Vasseur"],
        [4, "said", "Lewis Hamilton"],
    ]


def test_a_named_court_that_heard_evidence_is_where_it_was_said(write):
    quotes = quotes_of(write, "court.txt", COURT)
    assert quotes[["paragraph", "cue", "speaker", "speaker_text"]].values.tolist()[0] == [
        2,
        "heard",
        "Birmingham Crown Court",
        "Birmingham Crown Court",
    ]


def test_telling_the_truth_is_no_cue_and_the_lawyer_adds_the_whole_sentence(write):
    quotes = quotes_of(write, "court.txt", COURT)
    rows = quotes[quotes["paragraph"] == 3][["cue", "speaker", "text"]].values.tolist()
    assert rows == [
        ["said", "Jane Doe", "her client had always maintained his innocence"],
        ["added", "Jane Doe", "When he said he had done nothing wrong, he was telling the truth"],
    ]


def test_what_a_judge_described_as_an_adjective_is_a_partial_quotation(write):
    quotes = quotes_of(write, "court.txt", COURT)
    rows = quotes[quotes["paragraph"] == 4][["kind", "cue", "speaker", "text"]].values.tolist()
    assert rows == [["partial", "described", "Recorder Peter Hughes", '"unusual but necessary"']]


def test_a_future_see_and_a_bare_it_report_nothing(write):
    tax = quotes_of(write, "tax.txt", TAX)
    assert tax[["paragraph", "speaker"]].values.tolist() == [[1, "the chancellor"], [3, "the chancellor"]]
    column = quotes_of(write, "column.txt", COLUMN)
    assert column[["paragraph", "speaker", "text"]].values.tolist() == [
        [2, "my neighbour", '"It\'s the best thing on television,"']
    ]


def test_a_cue_after_a_name_with_its_short_form_in_brackets_keeps_the_clause_before(write):
    quotes = quotes_of(write, "works.txt", WORKS)
    rows = quotes[quotes["cue"] == "said"][["paragraph", "speaker", "text"]].values.tolist()
    assert rows == [
        [1, "Transport for London", "The works are needed to replace worn track"],
        [2, "Transport for London", "Replacement buses will run every ten minutes"],
    ]
