"""Names in London transport, politics, arts and local-government reports that readers cut or typed wrongly: a
railway line that reopens, a bill opening its sentence, a party after its leader's possessive, a historical event
named "of" a city, a theatre after "at the", a play's title with its "The", a council named with its island."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_line_that_reopens_or_may_close_is_a_railway_line():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Commuters face delays after signal fault\n\n"
            "The Northern line reopened on Thursday morning after a signal fault near Camden caused hours of "
            "delays.\n\n"
            "Engineers worked overnight. Commuters were warned that the Northern line could close again.\n"
        )
    )
    assert rows["Northern line"] == ("FAC", 2)
    assert "Northern" not in rows
