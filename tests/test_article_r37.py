"""A byline that names a wire's or a paper's staff in small letters ("By Reuters staff", "By our correspondent") is a
byline under the headline, not words run into it."""

from newsframe.article import parse_article


def test_a_staff_byline_under_the_headline_is_the_byline():
    text = (
        "Israel and Hamas agree to extend Gaza truce, Qatar says\n"
        "By Reuters staff\n"
        "Tuesday 28 November 2023\n\n"
        "Israel and Hamas have agreed to extend their truce, Qatar said.\n"
    )
    article = parse_article(text)
    assert article.title == "Israel and Hamas agree to extend Gaza truce, Qatar says"
    assert article.byline == "By Reuters staff"
    assert [p.text for p in article.paragraphs[1:]] == [
        "Israel and Hamas have agreed to extend their truce, Qatar said."
    ]
    assert article.published.date().isoformat() == "2023-11-28"


def test_our_correspondent_is_a_byline_and_a_sentence_opening_with_by_is_not():
    text = "Floods close the coast road\n\nBy our correspondent\n\nBy noon the road was shut and the village cut off.\n"
    article = parse_article(text)
    assert article.title == "Floods close the coast road"
    assert article.byline == "By our correspondent"
    assert [p.text for p in article.paragraphs[1:]] == ["By noon the road was shut and the village cut off."]
