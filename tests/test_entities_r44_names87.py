"""Names read wrongly that mislead the summary: two names qualifying one noun read as one ("the Post Office Horizon
scandal"), a firm opened by an ordinal cut at it ("Second Sight"), a utility named after its country read as a
person ("Kenya Power"), a surname's particle read as a police rank ("Di María") and a network people post on read
as a person ("apologised on Twitter")."""

from test_entities import _entities_of, _kinds

CHRONOLOGY = (
    "Timeline: How the Post Office Horizon scandal unfolded\n\n"
    "The Post Office Horizon scandal has been called the most widespread miscarriage of justice in "
    "British history. Here are the key moments.\n\n"
    "1999: The Horizon accounting system, built by the Japanese firm Fujitsu, is rolled out to Post "
    "Office branches across the UK.\n\n"
    "2000 to 2014: The Post Office prosecutes more than 700 sub-postmasters on the basis of Horizon data. "
    "Many are jailed for theft and false accounting.\n\n"
    "2009: Computer Weekly publishes the first detailed investigation into complaints about the system. "
    "The Justice for Subpostmasters Alliance is founded by Alan Bates.\n\n"
    "2013: An interim report by forensic accountants Second Sight finds defects in the software.\n\n"
    "December 2019: The Post Office agrees to pay £58 million to settle a High Court case brought by 555 "
    'claimants. Mr Justice Fraser rules that Horizon contained "bugs, errors and defects".\n\n'
    "April 2021: The Court of Appeal quashes the convictions of 39 former sub-postmasters. Lord Justice "
    'Holroyde said the Post Office "knew there were serious issues about the reliability of Horizon".\n\n'
    "February 2022: A statutory public inquiry, chaired by Sir Wyn Williams, begins hearing evidence.\n\n"
    "January 2024: ITV broadcasts the drama Mr Bates vs The Post Office. More than 9 million people watch "
    "it. On Wednesday, Prime Minister Rishi Sunak said new legislation would be introduced to exonerate "
    "those convicted.\n\n"
    "Paula Vennells, the former chief executive, said last week she would hand back her CBE.\n"
)


def test_two_names_qualifying_a_noun_are_two_names_and_a_system_is_a_product():
    kinds = _kinds(_entities_of("date 2024-01-10 " + CHRONOLOGY))
    assert "Post Office Horizon" not in kinds
    assert kinds["Post Office"] == ("ORG", 6)  # and the drama's title is a work of its own
    assert kinds["Mr Bates vs The Post Office"] == ("WORK_OF_ART", 1)
    assert kinds["Horizon"] == ("PRODUCT", 6)
    assert kinds["Second Sight"] == ("ORG", 1) and "Second" not in kinds


ARCHEGOS = (
    "date 2023-07-24 Credit Suisse fined over Archegos losses\n\n"
    "Regulators fined Credit Suisse 387 million dollars on Monday over the Credit Suisse Archegos losses of 2021. "
    "Archegos, the family office of Bill Hwang, collapsed in March that year.\n\n"
    "Credit Suisse lost 5.5 billion dollars when Archegos failed to meet margin calls, the Federal Reserve said.\n"
)


def test_a_bank_and_a_fund_before_their_losses_are_two_names():
    kinds = _kinds(_entities_of(ARCHEGOS))
    assert "Credit Suisse Archegos" not in kinds
    assert kinds["Credit Suisse"] == ("ORG", 4) and kinds["Archegos"][1] == 4


CARROW = (
    "date 2024-06-04 Timeline: the Carrow Bank collapse\n\n"
    "2015: An interim report by forensic accountants Second Sight finds gaps in the bank's books.\n\n"
    "2016: A review by consultants First Light finds the board ignored warnings. Shares fall by a third.\n"
)


def test_an_ordinal_opening_a_firms_name_is_part_of_it():
    kinds = _kinds(_entities_of(CARROW))
    assert kinds["Second Sight"] == ("ORG", 1) and "Second" not in kinds
    assert kinds["First Light"] == ("ORG", 1)


KENYA = (
    "date 2024-06-03 Kenya Power to raise tariffs from July\n\n"
    "Kenya Power Managing Director Joseph Siror said on Monday the utility would raise electricity prices by 12 "
    "percent from July.\n\n"
    "The company has struggled with debts since 2020. Kenya Power lost 3 billion shillings last year, Siror said.\n\n"
    "Samantha Power, the head of USAID, said aid would continue. Kenya Railways also said it would extend the line.\n"
)


def test_a_country_and_a_utilitys_trade_name_a_firm():
    kinds = _kinds(_entities_of(KENYA))
    assert kinds["Kenya Power"] == ("ORG", 3)
    assert kinds["Joseph Siror"] == ("PERSON", 2)
    assert kinds["Samantha Power"][0] == "PERSON" and kinds["Kenya Railways"][0] == "ORG"


DI_MARIA = (
    "date 2024-05-20 Di María leaves Benfica after final season\n\n"
    "Ángel Di María has announced he will leave Benfica at the end of the season, the Argentine winger said on "
    "Monday.\n\n"
    '"It has been a beautiful journey," Di María wrote. Benfica coach Roger Schmidt said Di María had been a '
    "leader.\n\n"
    "DI Kowalczyk said the inquiry into the theft at the stadium was continuing.\n"
)


def test_a_capitalised_di_opens_a_surname_and_di_in_capitals_is_a_rank():
    kinds = _kinds(_entities_of(DI_MARIA))
    assert kinds["Ángel Di María"] == ("PERSON", 4) and "María" not in kinds
    assert kinds["Kowalczyk"][0] == "PERSON"


HALE = (
    "date 2021-03-04 Minister quits after posts\n\n"
    "Junior minister Tom Hale resigned on Sunday after old posts resurfaced. Hale apologised on Twitter, saying he "
    'had been "young and stupid".\n\n'
    "Labour's Anneliese Dodds said Hale should have gone sooner. Twitter removed two of the posts on Monday.\n"
)


def test_the_network_someone_apologises_on_is_no_person():
    kinds = _kinds(_entities_of(HALE))
    assert kinds["Twitter"] == ("ORG", 2)
    assert kinds["Tom Hale"] == ("PERSON", 3)
