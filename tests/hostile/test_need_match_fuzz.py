"""Any text as a need or an offer: the matcher reads it without failing, the same way twice."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mingle.domain.introductions.need_match import meeting, phrase_key

WORDS = st.sampled_from(["seed", "funding", "and", "for", "to", "my", "books", "web", "hosting",
                         "space", "kiln", "classes", "hiring", "developers", "/", "&", ",",
                         "bookeeper", "IT", "[b]", "王芳", "Ñúñez", "\x1b[31m", "", "!!"])
PHRASES = st.one_of(st.text(max_size=60),
                    st.lists(WORDS, max_size=12).map(" ".join))
RUNS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@RUNS
@given(PHRASES, PHRASES)
def test_any_text_is_read_and_matching_is_symmetric(need: str, offer: str) -> None:
    a, b = phrase_key(need), phrase_key(offer)
    assert phrase_key(need) == a
    forth = meeting(a, b)
    for found in (forth, meeting(b, a)):
        assert found is None or found.fit in (0, 1, 2)
    # Symmetric but for the concepts guessed of a need, which only the need side reads.
    plain_a, plain_b = a._replace(guessed=frozenset()), b._replace(guessed=frozenset())
    plain_forth, plain_back = meeting(plain_a, plain_b), meeting(plain_b, plain_a)
    assert (plain_forth is None) == (plain_back is None)
    if plain_forth is not None:
        assert plain_forth.fit in (0, 1, 2) and plain_forth.fit == plain_back.fit
        # What a need is guessed to be about only adds meetings.
        assert forth is not None
    if a.heads:
        assert meeting(a, a) is not None and meeting(a, a).fit >= 1
