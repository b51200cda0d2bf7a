import pytest

from delegate_editor.model.numbering import alpha, alpha_index, roman, roman_index


@pytest.mark.parametrize("n, expected", [(1, "a"), (2, "b"), (26, "z"), (27, "aa"), (28, "bb")])
def test_alpha(n, expected):
    assert alpha(n) == expected
    assert alpha_index(expected) == n


@pytest.mark.parametrize("n, expected", [(1, "i"), (4, "iv"), (9, "ix"), (14, "xiv"), (40, "xl")])
def test_roman(n, expected):
    assert roman(n) == expected
    assert roman_index(expected) == n


def test_bad_numbers():
    with pytest.raises(ValueError):
        alpha(0)
    assert roman_index("q") is None
    assert alpha_index("ab") is None
