"""A definite description whose words end a body's name ("The action group said") is that body, even where it was
named only in a person's description ("chair of the Little Ashby Action Group"), not the last organisation heard
before it (the developer the group fights)."""

from __future__ import annotations

from newsframe import pipeline

PLANNING = "\n\n".join(
    [
        "Councillors approve 450-home estate despite objections from villagers",
        "Plans for 450 homes on farmland on the edge of Little Ashby have been approved by councillors, despite more "
        "than 600 objections from residents.",
        "North Wessex District Council's planning committee voted seven to four in favour of the scheme on Tuesday "
        "evening. The developer, Castlemead Homes, says 35 per cent of the houses will be affordable.",
        '"This is not a plan for Little Ashby, it is a plan to bolt a small town onto a village," said Margaret '
        "Hollis, chair of the Little Ashby Action Group.",
        "Castlemead Homes said construction could start early next year.",
        "The action group said it would ask the Secretary of State for Housing to call in the decision. Mrs Hollis "
        'added: "We are not giving up."',
    ]
)


def test_the_action_group_is_the_group_named_in_a_description(write):
    tables = pipeline.analyze(write("planning.txt", PLANNING), "2024-01-17", use_cache=False).tables
    quotes = tables["quotes"]
    rows = quotes[quotes["paragraph"] == 5][["speaker", "speaker_text"]].values.tolist()
    assert rows == [
        ["Little Ashby Action Group", "The action group"],
        ["Margaret Hollis", "Mrs Hollis"],
    ]
