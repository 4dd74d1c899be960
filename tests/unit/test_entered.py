"""What the user types in one line: yes or no, and lists (one reading for every form)."""

from __future__ import annotations

import pytest

from mingle.domain.records.entered import is_yes, read_yes_no, split_list


@pytest.mark.parametrize(("typed", "meant"), [
    ("yes", True), ("Y", True), ("  YES ", True), ("no", False), ("N", False), (" No", False),
    ("", None), ("maybe", None), ("yes please", None), ("1", None), ("true", None),
])
def test_yes_or_no(typed: str, meant: bool | None) -> None:
    assert read_yes_no(typed) is meant
    assert is_yes(typed) is (meant is True)


def test_lists_split_on_commas_and_semicolons() -> None:
    assert split_list("coffee roasters; shop owners, ,designers;") == [
        "coffee roasters", "shop owners", "designers"]
    assert split_list("a@x.example, b@y.example") == ["a@x.example", "b@y.example"]
    assert split_list("  ") == []
    assert split_list("one\ntwo") == ["one", "two"]
