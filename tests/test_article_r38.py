"""The credits for a story's making below it ("Story by …. Video produced by ….") are no paragraph of the story; a
sentence of the story that opens the same way is."""

from newsframe.article import parse_article

STORY = (
    "Sanders says he has started writing his inaugural address\n"
    "Thursday 17 December 2015\n\n"
    "Bernie Sanders said he had begun drafting the speech.\n\n"
)


def test_a_storys_credits_are_no_paragraph():
    article = parse_article(
        STORY + "Story by Scott Conroy. Video produced by Jon Strauss. Cinematography by Jon Strauss and Sam "
        "Wilkes. Associate production by Audrey Horwitz.\n"
    )
    assert [p.text for p in article.paragraphs[1:]] == ["Bernie Sanders said he had begun drafting the speech."]


def test_a_sentence_opening_like_a_credit_stays():
    article = parse_article(STORY + "Produced by the BBC, the series runs for six weeks from Monday.\n")
    assert article.paragraphs[-1].text == "Produced by the BBC, the series runs for six weeks from Monday."
