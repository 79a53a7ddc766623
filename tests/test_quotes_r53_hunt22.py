"""Quote rules read on reports of scientific studies."""

from test_quotes import quoting, table


def test_researchers_find_not_the_people_they_studied():
    # "found" is joined in the parse to the relative clause on the 52 people; the researchers found it.
    found = table(
        "date 2025-02-04 Microplastics in brains\n\n"
        "Researchers at the University of New Mexico analysed tissue from 52 people who died in 2016 and 2024 and "
        "found that samples from last year contained about 50 per cent more plastic than those from eight years "
        "earlier."
    )
    row = quoting(found, "50 per cent more plastic")
    assert "Researchers" in row["speaker_text"] and "people" not in row["speaker"]


def test_a_team_surveying_adults_concludes():
    found = table(
        "date 2025-02-04 Loneliness study\n\n"
        "A team from King's College London surveyed 3,000 adults who lived alone and concluded that loneliness "
        "raised the risk of heart disease by a quarter."
    )
    row = quoting(found, "loneliness raised the risk")
    assert "team" in row["speaker_text"] and "adults" not in row["speaker_text"]
