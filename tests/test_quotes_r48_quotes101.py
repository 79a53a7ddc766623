# ruff: noqa: E501
"""Who speaks in "X was told by Y that …", and who "the <place> club" and a wish told by another are."""

from test_quotes import quoting, table

OBITUARY = """\
Pioneering heart surgeon Margaret Holloway dies at 91

Margaret Holloway, one of Britain's first female heart surgeons, has died aged 91, her family said.

At a time when surgery was almost entirely a male profession, she was told by one consultant that she would "never hold a scalpel in his theatre". She went on to lead the cardiac unit at Papworth Hospital for two decades.

As a medical student she was told that women would "never be trusted with a heart".
"""

COURT = """\
Former trainee solicitor wins sex discrimination claim against law firm

A former trainee solicitor has won her sex discrimination claim against a Manchester law firm, an employment tribunal has ruled.

Amina Adeyemi, 29, joined Harcourt Lane in September 2022. In her first week at the firm, she was told by one partner that women "did not last long in litigation", the tribunal heard.

She was later told that she would "never be kept on" after her training contract ended, the panel found.

Employment Judge Sarah Whitfield said the firm had failed to investigate her complaints. "The claimant was treated less favourably because of her sex," she said in the judgment.

Harcourt Lane said it was considering an appeal.
"""

TRANSFER = """\
Arsenal agree £65m deal to sign Real Sociedad midfielder Zubimendi

Arsenal have agreed a deal worth about £65 million to sign Spain midfielder Martin Zubimendi from Real Sociedad, the Premier League club said on Monday.

Zubimendi, who came through the youth academy at Real Sociedad and made more than 230 appearances for the San Sebastian club, turned down a move to Liverpool last summer after the Merseyside club had agreed to pay his release clause.

Real Sociedad coach Sergio Francisco said the club had known for months that Zubimendi wanted a new challenge. "He leaves with our gratitude," Francisco told reporters on Sunday.

Arsenal finished second in the Premier League last season and reached the semi-finals of the Champions League, where they lost to Paris St Germain. Zubimendi has scored 19 goals for the Spanish side and won the Nations League with Spain.
"""

TRANSFER2 = """\
Tottenham sign Brandt from Lens in £40m deal

Tottenham have signed France forward Elias Brandt from Lens for about £40 million, the Premier League club said on Tuesday.

Brandt, 23, scored 19 goals in 34 league matches last season for the Ligue 1 side. He turned down a move to Newcastle in January after the English club had offered him a five-year contract.

Lens president Joseph Oughourlian said the club had accepted for weeks that Brandt wanted a bigger stage. "We wish him well," Oughourlian told L'Equipe.

Tottenham head coach Thomas Frank said Brandt was "exactly the striker we needed". Spurs finished 17th in the Premier League last season and begin the new campaign at home to Burnley.
"""

TRANSFER3 = """\
Celtic agree fee for Norwegian winger Haugen

Celtic have agreed a fee of about £9 million with Bodo/Glimt for winger Jens Petter Haugen, the Scottish champions said on Thursday.

Haugen, 22, was the subject of interest from Rangers in January before the Scottish club had announced it would not meet the Norwegian side's valuation.

Bodo/Glimt coach Kjetil Knutsen said everyone at the club knew that Haugen wanted a move to a bigger league. "He has earned this chance," Knutsen said.

Celtic manager Brendan Rodgers said Haugen would add pace to the squad. The winger is expected to complete a medical this weekend before the Champions League qualifiers.
"""


def test_told_by_one_unnamed_person_is_that_person_speaking():
    row = quoting(table(OBITUARY), "never hold a scalpel")
    assert (row["kind"], row["cue"], row["speaker"], row["speaker_text"]) == (
        "partial",
        "told",
        "one consultant",
        "one consultant",
    )
    row = quoting(table(OBITUARY), "never be trusted")  # told by no one named: not the one told
    assert (row["cue"], row["speaker"]) == ("told", None)


def test_told_by_another_partner_in_a_tribunal_report():
    row = quoting(table(COURT), "did not last long")
    assert (row["speaker"], row["speaker_text"], row["text"]) == (
        "one partner",
        "one partner",
        'that women "did not last long in litigation"',
    )


def test_the_merseyside_club_is_the_club_just_named():
    found = table(TRANSFER)
    row = quoting(found, "release clause")
    assert (row["cue"], row["speaker"], row["speaker_text"]) == ("agreed", "Liverpool", "the Merseyside club")


def test_the_english_club_is_the_club_just_named():
    row = quoting(table(TRANSFER2), "five-year contract")
    assert (row["cue"], row["speaker"], row["speaker_text"]) == ("offered", "Newcastle", "the English club")
    row = quoting(table(TRANSFER3), "valuation")
    assert (row["cue"], row["speaker"], row["speaker_text"]) == ("announced", "Rangers", "the Scottish club")


def test_a_wish_told_by_a_coach_is_the_coachs_statement():
    found = table(TRANSFER)
    assert "wanted" not in found["cue"].tolist()
    row = quoting(found, "new challenge")
    assert (row["speaker"], row["text"]) == (
        "Sergio Francisco",
        "the club had known for months that Zubimendi wanted a new challenge",
    )

    for text, words, speaker in (
        (TRANSFER2, "bigger stage", "Joseph Oughourlian"),
        (TRANSFER3, "bigger league", "Kjetil Knutsen"),
    ):
        found = table(text)
        assert "wanted" not in found["cue"].tolist()
        assert quoting(found, words)["speaker"] == speaker
    # a wish stated by those who hold it stays theirs
    found = table(
        """\
Striker eyes return

Brandt said he wanted a new challenge after six years at the club.

Supporters want a new manager, and the board wants a quick appointment.
"""
    )
    row = quoting(found, "a new manager")
    assert (row["cue"], row["speaker"]) == ("want", "Supporters")
