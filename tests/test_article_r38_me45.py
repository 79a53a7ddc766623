"""A photographer's credit alone on a line ("Samantha-Jo Roth/HuffPost.") and the short caption below it are no
paragraphs of the story; a paragraph after the credit that quotes someone is."""

from newsframe.article import parse_article

STORY = (
    "The unlikely friendship of two voters\n"
    "Friday 12 February 2016\n\n"
    "Jim Bennett and Sandy Paradis have been friends for decades.\n\n"
)


def test_a_photographers_credit_and_its_caption_are_no_paragraphs():
    article = parse_article(
        STORY + "Samantha-Jo Roth/HuffPost.\n\n"
        "Jim Bennett and Sandy Paradis stand in front of a polling location in Manchester on Tuesday.\n\n"
        "Paradis says she identifies as an independent.\n"
    )
    assert [p.text for p in article.paragraphs[1:]] == [
        "Jim Bennett and Sandy Paradis have been friends for decades.",
        "Paradis says she identifies as an independent.",
    ]


def test_a_quoting_paragraph_after_the_credit_stays():
    article = parse_article(STORY + "Samantha-Jo Roth/HuffPost.\n\n" + '"We are friends," Bennett said.\n')
    assert article.paragraphs[-1].text == '"We are friends," Bennett said.'
