"""Names listed after a plural of varieties or breeds are things bred, not people: a potato story's "Maris Piper" is
no one the article fails to quote."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_variety_listed_after_varieties_such_as_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2024-11-12 Farmers warn of empty shelves as drought cuts potato harvest\n\n"
            "Chip shops, which buy older varieties such as Maris Piper, say prices have already risen. Andrew Crook, "
            "president of the National Federation of Fish Friers, said a sack now cost £22.\n\n"
            "Farmers in Herefordshire favour breeds such as Aberdeen Angus and Hereford.\n"
        )
    )
    assert rows["Maris Piper"][0] == "PRODUCT"
    assert rows["Aberdeen Angus"][0] == rows["Hereford"][0] == "PRODUCT"
    assert rows["Andrew Crook"] == ("PERSON", 1)
    assert rows["Herefordshire"][0] == "GPE"
