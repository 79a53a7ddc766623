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


def test_what_a_judge_described_as_an_adjective_is_a_partial_quotation(write):
    quotes = quotes_of(write, "court.txt", COURT)
    rows = quotes[quotes["paragraph"] == 4][["kind", "cue", "speaker", "text"]].values.tolist()
    assert rows == [["partial", "described", "Recorder Peter Hughes", '"unusual but necessary"']]


def test_a_future_see_reports_nothing(write):
    tax = quotes_of(write, "tax.txt", TAX)
    assert tax[["paragraph", "speaker"]].values.tolist() == [[1, "the chancellor"], [3, "the chancellor"]]
