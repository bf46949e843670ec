"""The Context's sentences: the parse's sentences with words in them, read many times by rules and
scorers, so each keeps its tokens and text; otherwise they are the spaCy spans of the same tokens."""

from __future__ import annotations

from spacy.tokens import Span

from feedback_lint.core.draft import Draft

TEXT = "Hi Sam,\n\nThank you for coming in on Tuesday!! Your answer on the budget was clear.\n\n   \nBest,\nAnna\n"


def test_sentences_are_the_spans_of_the_parse(linter):
    ctx, _ = next(linter.analyse([Draft.from_text(TEXT)]))
    plain = [s for s in ctx.doc.sents if any(not t.is_space for t in s)]
    assert len(ctx.sentences) == len(plain) >= 4
    for sent, span in zip(ctx.sentences, plain):
        assert isinstance(sent, Span) and sent == span
        assert (sent.start, sent.end, sent.start_char, sent.end_char) == (span.start, span.end, span.start_char, span.end_char)
        assert sent.text == span.text and str(sent) == str(span)
        assert [t.i for t in sent] == [t.i for t in span] and len(sent) == len(span)
        assert sent[0].i == span.start and sent.root.i == span.root.i
    assert [s.text.strip() for s in ctx.body_sentences] == ["Thank you for coming in on Tuesday!!", "Your answer on the budget was clear."]


def test_a_capital_after_an_emoji_starts_a_sentence_and_a_lower_case_word_does_not(linter):
    """The line-break component's emoji rule, in Swedish (sentencizer) and English (parser) alike."""
    for text, lang, expected in (
        ("Tyvärr blev det inte du den här gången 😕 Det är inget personligt. Kul 😊 men nej.", "sv",
         ["Tyvärr blev det inte du den här gången 😕", "Det är inget personligt.", "Kul 😊 men nej."]),
        ("Not this time 👍🏽 Thanks for coming in. We loved it 😊 but the test ran long.", "en",
         ["Not this time 👍🏽", "Thanks for coming in.", "We loved it 😊 but the test ran long."]),
    ):
        ctx, _ = next(linter.analyse([Draft.from_text(text)], lang=lang))
        assert [s.text.strip() for s in ctx.sentences] == expected


def test_the_token_columns_are_the_tokens_attributes(linter):
    """Read once per draft from ``Doc.to_array``; the same values a read of each token gives."""
    for text in (TEXT, "Dear Mr \u0130nce, we met ACME's CTO on 12 May in Malm\u00f6.", "Hej Anna, tack f\u00f6r intervjun i tisdags."):
        ctx, _ = next(linter.analyse([Draft.from_text(text)]))
        tokens = ctx.tokens
        assert ctx.lowers == [t.lower_ for t in tokens]
        assert ctx.lemmas == [t.lemma_.lower() for t in tokens]
        assert ctx.pos == [t.pos_ for t in tokens] and ctx.tags == [t.tag_ for t in tokens]
        assert ctx.alpha == [t.is_alpha for t in tokens] and ctx.stop == [t.is_stop for t in tokens]
        assert ctx.spaces == [t.is_space for t in tokens]
        assert ctx.entities == [(e.start, e.end, e.label_) for e in ctx.doc.ents]
        assert [s.lowers for s in ctx.sentences] == [[t.lower_ for t in s] for s in ctx.sentences]
