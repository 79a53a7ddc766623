"""Who said what (newsframe.quotes): a title or a name in quotation marks inside the reporter's sentence is nothing
said, whether its marks are written as doubled apostrophes (''An American Son.'') or it is a single word closed
by a comma (''Playbook,'' seven days a week), while a short sentence said keeps its row."""

from __future__ import annotations

from test_quotes import rows, table  # the quotes table of an article given as text


def test_titles_in_doubled_apostrophes_and_one_word_names_are_no_statements():
    found = table(
        "Allen leaves Politico to start his own venture\n\n"
        "Mike Allen, the newsletter writer, is leaving Politico after a decade. He is for the time being continuing "
        "to write his morning tip sheet at the site, ''Playbook,'' seven days a week.\n\n"
        "Mr. Rubio's parents stayed in Miami after the revolution, Mr. Rubio said in his 2012 book, ''An American "
        "Son.'' His father tended bar.\n\n"
        "''We are proud of what we built,'' said John Harris, the editor.\n"
    )
    assert rows(found) == [
        (3, "direct", "said", "John Harris", "John Harris, the editor", "''We are proud of what we built,''"),
    ]


def test_a_film_title_closed_by_a_comma_is_no_line_said():
    found = table(
        "Swap revives memories of Cold War exchanges\n\n"
        "During the Cold War, such trades usually involved soldiers or spies, sometimes at Glienicke Bridge in "
        "Berlin, as in the Tom Hanks movie “Spies,” about the 1962 trade for Francis Gary Powers, the American "
        "pilot shot down over the Soviet Union.\n\n"
        "“Okay,” the negotiator said. “We have a deal.”\n"
    )
    assert [(r[1], r[5]) for r in rows(found)] == [("direct", "“Okay,” “We have a deal.”")]


def test_a_related_label_in_quotation_marks_is_nothing_said():
    found = table(
        "Candidates clash over the minimum wage\n\n"
        "“We cannot ask workers to wait another decade,” Senator Sanders said at the debate on Tuesday.\n\n"
        '"Related:"\n\n'
        "Republican candidates reject the idea of a minimum wage hike.\n"
    )
    assert [(r[1], r[3], r[5]) for r in rows(found) if r[1] == "direct"] == [
        ("direct", "Sanders", "“We cannot ask workers to wait another decade,”"),
    ]
