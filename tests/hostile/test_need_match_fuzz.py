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
    forth, back = meeting(a, b), meeting(b, a)
    # Symmetric but for what a key reads in one role only: the concepts guessed of a need, what
    # an offer that teaches gives untaught, goods against the work a need names.
    one_role = any(k.guessed or k.untaught or k.supplies or k.works for k in (a, b))
    if not one_role:
        assert (forth is None) == (back is None)
        if forth is not None:
            assert forth.fit == back.fit
    if forth is not None:
        assert forth.fit in (0, 1, 2)
    # What a need is guessed to be about only adds meetings.
    if meeting(a._replace(guessed=frozenset()), b) is not None:
        assert forth is not None
    if a.heads:
        assert meeting(a, a) is not None and meeting(a, a).fit >= 1
