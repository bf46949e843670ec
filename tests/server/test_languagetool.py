"""LanguageTool's units and document model, without a server."""

from __future__ import annotations

import pytest

from feedback_lint.server.languagetool import AnnotatedText, Language, RequestError, language, rule_overrides, utf16_length
from feedback_lint.core.config import Config


def test_utf16_length_counts_astral_characters_twice():
    assert utf16_length("é") == 1
    assert utf16_length("😀") == 2
    assert utf16_length("a😀b") == 4


def test_plain_text_spans_are_shifted_by_each_emoji_before_them():
    doc = AnnotatedText.from_text("😀 x 😀😀 yes")
    start = doc.plain.index("yes")
    assert doc.span(start, start + 3) == (start + 3, 3)
    assert doc.span(0, 1) == (0, 2)
    assert doc.span(2, 2) == (3, 0)


def test_markup_with_interpret_as_maps_back_to_the_markup():
    doc = AnnotatedText.from_data('{"annotation": [{"text": "a"}, {"markup": "<br>", "interpretAs": "\\n"}, {"text": "b"}]}')
    assert doc.plain == "a\nb" and doc.original == "a<br>b"
    assert doc.original_range(1, 2) == (1, 5)
    assert doc.original_range(0, 3) == (0, 6)
    assert doc.original_range(2, 3) == (5, 6)


@pytest.mark.parametrize(
    "data", ['[1, 2]', '{"annotation": "x"}', '{"annotation": [{"markup": "<b>", "interpretAs": 3}]}', '{"annotation": [{}]}']
)
def test_malformed_annotations_are_request_errors(data):
    with pytest.raises(RequestError):
        AnnotatedText.from_data(data)


def test_language_accepts_auto_and_variants_of_english_and_swedish_only():
    assert language("auto") == Language("auto")
    assert language("en_gb") == Language("en", "English (GB)", "en-GB")
    assert language("SV-se") == Language("sv", "Swedish (Sweden)", "sv-SE")
    for bad in (None, "", "de-DE", "english", "sv-FI"):
        with pytest.raises(RequestError):
            language(bad)


def test_rule_parameters_keep_only_feedback_lint_codes_and_extend_the_ignore_list():
    base = Config(ignore=("ST001",))
    overrides = rule_overrides({"disabledRules": "cf008,UPPERCASE_SENTENCE_START", "disabledCategories": "TYPOS,Tone"}, base)
    assert overrides == {"ignore": ["ST001", "CF008", "tone"]}
    assert rule_overrides({"enabledRules": "CF002", "enabledOnly": "true"}, base) == {"select": ["CF002"]}
    assert rule_overrides({"enabledRules": "CF002"}, base) == {}
