"""Word-list matching: whole words (or whole runs of words) of the normalised text, whatever the list."""

from __future__ import annotations

import random
import re

import pytest

from feedback_lint.core.lexicon import contains_any, contains_any_except, count_any, phrases_in, without_any


def reference_padded(text: str) -> str:
    words = re.sub(r"[^\w'\-.;]|_", " ", text.replace("\u2019", "'")).split()
    return " " + " ".join(w if w.endswith("e.g.") else w.rstrip(".;") for w in words) + " "


def reference_contains(text: str, phrases: tuple[str, ...]) -> bool:
    padded = reference_padded(text)
    return any(p and f" {p} " in padded for p in phrases)


def reference_count(text: str, phrases: tuple[str, ...]) -> int:
    padded = reference_padded(text)
    return sum(padded.count(f" {p} ") for p in phrases)


@pytest.mark.parametrize(
    ("text", "phrases", "found", "count"),
    [
        ("thank you so much", ("thank you", "thanks"), True, 1),
        ("thanks, see you", ("thank you", "thank"), False, 0),
        ("we'd love to; e.g. next week.", ("e.g.", "week", "love to"), True, 3),  # ';' leaves "to;" as a final stop would
        ("it had no bearing; we chose on the test", ("no bearing",), True, 1),
        ("it\u2019s fine", ("it's fine",), True, 1),
        ("the the the", ("the",), True, 2),  # str.count does not overlap: " the " twice in " the the the "
        ("", ("",), False, 1),
        ("a b", ("a  b", " a", "a b "), False, 0),
        ("role-play and so on", ("role-play", "role", "so on"), True, 2),
    ],
)
def test_whole_words_and_phrases(text, phrases, found, count):
    assert contains_any(text, phrases) is found
    assert count_any(text, phrases) == count


def test_any_list_matches_as_a_plain_search_for_each_phrase_would():
    rng = random.Random(5)
    pieces = ["a", "b", "ab", "ba", "e.g.", "a-b", "'", ";", ".", " ", "  ", "", "ä", "x y", "b a", "_", ","]
    for _ in range(3000):
        phrases = tuple(rng.choice(pieces) + rng.choice(pieces) * rng.randint(0, 1) for _ in range(rng.randint(0, 8)))
        text = "".join(rng.choice(pieces + ["!", "\n", "\u2019"]) for _ in range(rng.randint(0, 14)))
        assert contains_any(text, phrases) == reference_contains(text, phrases), (text, phrases)
        assert count_any(text, phrases) == reference_count(text, phrases), (text, phrases)


@pytest.mark.parametrize("text", ["".join(map(chr, range(128))), "Årets bästa – “citat” och e.g. 3,5 %…", "a_b c\u2019d e.g.. f. ..."])
def test_the_normalised_text_keeps_letters_digits_and_apostrophes_hyphens_stops(text):
    from feedback_lint.core.lexicon import _padded

    assert _padded(text) == reference_padded(text)


@pytest.mark.parametrize(
    ("text", "ignored", "cues", "found"),
    [
        ("good luck with the search!", ("good luck",), ("good",), False),
        ("good work on the rota. good luck!", ("good luck",), ("good",), True),
        ("all the best, and best of luck", ("all the best", "best of luck"), ("best",), False),
        ("as well as the tidy prep", ("as well", "as well as"), ("well", "tidy"), True),
        ("as well as the prep", ("as well", "as well as"), ("well",), False),
        ("goodluck", ("good luck",), ("goodluck",), True),  # whole words only, on both sides
    ],
)
def test_phrases_left_out_do_not_count_for_another_list(text, ignored, cues, found):
    assert contains_any(without_any(text, ignored), cues) is found
    assert not contains_any(without_any(text, ignored), ignored)


def test_the_phrases_found_in_one_scan_are_those_each_list_would_find():
    """``phrases_in`` over a union of lists, then intersected, answers as ``contains_any`` on each list."""
    rng = random.Random(11)
    pieces = ["a", "b", "ab", "a b", "a b a", "b a", "e.g.", "a-b", "'", ";", ".", " ", "", "ä", "_", ","]
    for _ in range(3000):
        lists = [tuple(rng.choice(pieces) + rng.choice(pieces) * rng.randint(0, 1) for _ in range(rng.randint(0, 4))) for _ in range(3)]
        text = "".join(rng.choice(pieces + ["!", "\n", "\u2019"]) for _ in range(rng.randint(0, 14)))
        found = phrases_in(text, tuple(p for phrases in lists for p in phrases))
        for phrases in lists:
            assert (not found.isdisjoint(phrases)) == contains_any(text, phrases), (text, phrases, found)


def test_a_list_read_with_another_blanked_reads_as_after_without_any():
    rng = random.Random(12)
    pieces = ["a", "b", "ab", "a b", "b a", "e.g.", "a-b", "'", ".", " ", "", "_", ","]
    for _ in range(3000):
        phrases, blanked = (tuple(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(2))
        text = "".join(rng.choice(pieces + ["!", "\n"]) for _ in range(rng.randint(0, 14)))
        assert contains_any_except(text, phrases, blanked) == contains_any(without_any(text, blanked), phrases), (text, phrases, blanked)
