"""The rewrite measures of ``feedback-lint evaluate``: each can fail, and they add up on a small set."""

from __future__ import annotations

from pathlib import Path

from feedback_lint.core.draft import Draft
from feedback_lint.evaluation.corpus import LabelledDraft
from feedback_lint.evaluation.rewrite_eval import TARGETS, entities_kept, meets, outside_words, rewrite_metrics
from feedback_lint.rewrite.engine import Rewriter
from feedback_lint.rewrite.result import Edit, RewriteResult

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def labelled(id_: str, text: str, overall: int, fmt: str = "txt") -> LabelledDraft:
    return LabelledDraft(id=id_, kind="request", language="en", format=fmt, text=text, specificity=1, constructiveness=1,
                         confrontation=2 if overall <= 2 else 0, overall=overall, confrontational_spans=(), vague_spans=(), fine=overall >= 4)


def test_entities_kept_checks_the_text_where_the_edits_say_it_went():
    original = "Call Priya on 07700 900123 today."
    honest = RewriteResult(original=original, text="Please call Priya on 07700 900123 today.",
                           edits=[Edit(0, 1, "C", "Please c", ("X",), ("t",), True)])
    assert entities_kept(honest, [(5, 10), (14, 26)]) == (2, 2, 0)
    lying = RewriteResult(original=original, text=honest.text, edits=[])  # an edit it did not report
    assert entities_kept(lying, [(5, 10), (14, 26)]) == (0, 2, 0)
    replaced = RewriteResult(original=original, text="Call [name] today.", edits=[Edit(5, 26, "Priya on 07700 900123", "[name]", ("X",), ("t",), False)])
    assert entities_kept(replaced, [(5, 10), (14, 26)]) == (0, 0, 2)


def test_outside_words_are_the_headers_quote_and_signature():
    text = EXAMPLES.joinpath("request-with-quoted-reply.eml").read_text(encoding="utf-8")
    parts = outside_words(Draft.from_text(text, is_email=True))
    assert parts[0].startswith("From: ") and any(p.lstrip().startswith("--") for p in parts)
    assert "> Lena, frankly your answers were weak" in "".join(parts)


def test_the_measures_on_a_small_set(linter):
    drafts = [
        labelled("bad", EXAMPLES.joinpath("request-hostile.txt").read_text(encoding="utf-8"), 1),
        labelled("good", EXAMPLES.joinpath("request-good.txt").read_text(encoding="utf-8"), 5),
        labelled("eml", EXAMPLES.joinpath("request-with-quoted-reply.eml").read_text(encoding="utf-8"), 5, "eml"),
    ]
    results = rewrite_metrics(drafts, Rewriter(linter=linter))
    assert results["drafts"] == 3 and results["drafts_labelled_overall_le_2"] == 1 and results["drafts_without_warning"] == 2
    assert results["confrontation_findings_before"] > 0
    for key in TARGETS:
        assert meets(key, results[key]), (key, results[key])
    assert not meets("rewrite_overall_rises", 0.5) and not meets("fix_idempotent", 0.99)
