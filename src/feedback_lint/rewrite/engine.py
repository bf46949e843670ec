"""The rewrite engine: lint, choose the suggestions that do not overlap, tidy and apply them right to
left, and lint again, until no suggestion is left to apply.

Replacements go first; the insertions of missing parts (thanks, a forward-looking ask, a strength, a
next step) wait until the wording is settled, so that an insertion is only made if the part is still
missing. The kind and the language are decided on the first pass and kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..core.config import Config
from ..core.context import Context
from ..core.draft import Draft
from ..core.finding import Category, Finding, Severity, Suggestion
from ..core.linter import Linter
from ..core.report import Report
from .phrasebook import phrasebook
from .result import Edit, RewriteResult
from .spans import sentence_bounds
from .tidy import tidy_edit
from .trace import Trace

#: Passes before the engine stops even if suggestions remain (each pass fixes what the last exposed).
MAX_PASSES = 12
#: Which findings' suggestions go first when they compete for the same words.
_CATEGORY_ORDER = {Category.CONFRONTATION: 0, Category.TONE: 1, Category.SPECIFICITY: 2, Category.CONSTRUCTIVENESS: 3}
#: The rule that reports an unfilled ``[placeholder]``: a sentence holding one says nothing yet.
_PLACEHOLDER_RULE = "ST006"


@dataclass(frozen=True)
class _Candidate:
    finding: Finding
    suggestion: Suggestion
    start: int
    end: int
    replacement: str

    @property
    def rank(self) -> tuple[int, int, bool, int, int]:
        """Worse findings first; then the suggestion that covers more of the text (a sentence-level
        rewrite settles the phrase-level findings inside it); then a rewording before a deletion."""
        f, s = self.finding, self.suggestion
        return (-f.severity.rank, -(s.end - s.start), not s.replacement.strip(), _CATEGORY_ORDER.get(f.category, 9), self.start)


class Rewriter:
    """Rewrites drafts with one linter (one model load) for all of them."""

    def __init__(self, config: Config | None = None, *, linter: Linter | None = None) -> None:
        self.linter = linter or Linter(config or Config())

    def rewrite(self, draft: Draft, *, kind: str = "auto", lang: str = "auto", unsafe: bool = True,
                min_severity: Severity = Severity.INFO) -> RewriteResult:
        """Apply the suggestions of findings at or above ``min_severity`` (only safe ones unless
        ``unsafe``) until none is left."""
        trace = Trace(draft.text)
        current, before, language = draft, None, lang
        for _ in range(MAX_PASSES):
            ctx, findings = next(self.linter.analyse([current], kind=kind, lang=language))
            if before is None:
                before = self._report(ctx, findings)
                kind, language = ctx.kind, ctx.language
            edits = self._choose(ctx, findings, unsafe=unsafe, min_severity=min_severity)
            if not edits:
                break
            for cand in sorted(edits, key=lambda c: c.start, reverse=True):
                trace.apply(cand.start, cand.end, cand.replacement, code=cand.finding.code,
                            title=cand.suggestion.title, safe=cand.suggestion.safe)
            current = _moved(current, trace.text, [(c.start, c.end, c.replacement) for c in edits])
        after = before if current is draft else self.linter.lint(current, kind=kind, lang=language)
        edits = [Edit(c.start, c.end, draft.text[c.start : c.end], c.replacement, c.codes, c.titles, c.safe) for c in trace.changes()]
        return RewriteResult(original=draft.text, text=current.text, edits=edits, kind=kind, source=draft.source,
                             offset_base=draft.offset_base, before=before, after=after)

    def _report(self, ctx: Context, findings: list[Finding]) -> Report:
        from ..scoring import score_draft

        return Report(draft=ctx.draft, kind=ctx.kind, language=ctx.language, scores=score_draft(ctx, findings),
                      findings=findings, config=self.linter.config)

    # ------------------------------------------------------------------ choosing
    def _choose(self, ctx: Context, findings: list[Finding], *, unsafe: bool, min_severity: Severity) -> list[_Candidate]:
        usable = [f for f in findings if f.severity.rank >= min_severity.rank]
        for inserting in (False, True):
            candidates = [c for f in usable if (c := self._candidate(ctx, f, unsafe=unsafe, inserting=inserting))]
            chosen = self._non_overlapping(ctx, sorted(candidates, key=lambda c: c.rank))
            if chosen:
                return self._keep_a_body(ctx, chosen, findings)
        return []

    def _candidate(self, ctx: Context, finding: Finding, *, unsafe: bool, inserting: bool) -> _Candidate | None:
        text = ctx.draft.text
        for s in finding.suggestions:
            if (s.safe or unsafe) and (s.start == s.end) == inserting:
                if inserting and s.replacement.strip() and s.replacement.strip() in text:
                    return None  # already there, from an earlier pass
                start, end, replacement = tidy_edit(text, s.start, s.end, s.replacement)
                if not _inside(ctx.draft, start, end):
                    start, end, replacement = s.start, s.end, s.replacement
                if _inside(ctx.draft, start, end) and text[start:end] != replacement:
                    return _Candidate(finding, s, start, end, replacement)
        return None

    def _non_overlapping(self, ctx: Context, ranked: list[_Candidate]) -> list[_Candidate]:
        chosen: list[_Candidate] = []
        text = ctx.draft.text
        for cand in ranked:
            if any(_overlap(cand, other) for other in chosen):
                continue
            sentence = cand.replacement.strip()
            if len(sentence) > 25 and sentence[-1:] in ".?!" and (sentence in text or any(sentence == o.replacement.strip() for o in chosen)):
                # The same sentence is already there: drop this one instead of saying it twice.
                start, end, replacement = tidy_edit(text, cand.start, cand.end, "")
                cand = _Candidate(cand.finding, cand.suggestion, start, end, replacement)
                if any(_overlap(cand, other) for other in chosen) or not _inside(ctx.draft, start, end):
                    continue
            chosen.append(cand)
        return chosen

    def _keep_a_body(self, ctx: Context, chosen: list[_Candidate], findings: list[Finding]) -> list[_Candidate]:
        """When the chosen deletions would leave no sentence between the greeting and the closing, the last
        one is replaced by a neutral sentence instead, so the draft still says something. A sentence with an
        unfilled placeholder that an earlier pass inserted ("One real strength we saw was […]") does not count:
        it says nothing until the writer fills it."""
        neutral = phrasebook()["neutral_sentence"].get(ctx.language, {}).get(ctx.kind)
        deletions = [c for c in chosen if not c.replacement.strip()] if neutral else []
        blanks = [f.start for f in findings if f.code == _PLACEHOLDER_RULE]
        # What the draft says: not the greeting ("Mr Brennan,"), the signature or an e-mail's subject line.
        spans = [(a, b) for a, b in (sentence_bounds(ctx, s) for s in ctx.content_sentences) if not any(a <= x < b for x in blanks)]
        if not deletions or not spans or not all(any(c.start <= a and b <= c.end for c in deletions) for a, b in spans):
            return chosen
        last = max(deletions, key=lambda c: c.start)
        text, s = ctx.draft.text, last.suggestion
        start, end, replacement = tidy_edit(text, s.start, s.end, neutral + (" " if text[s.end : s.end + 1] not in ("", "\r", "\n") else ""))
        return [c for c in chosen if c is not last] + [_Candidate(last.finding, s, start, end, replacement)]


def _overlap(a: _Candidate, b: _Candidate) -> bool:
    if a.start == a.end or b.start == b.end:
        return a.start == b.start or (b.start < a.start < b.end) or (a.start < b.start < a.end)
    return a.start < b.end and b.start < a.end


def _inside(draft: Draft, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in draft.regions)


def _moved(draft: Draft, text: str, edits: list[tuple[int, int, str]]) -> Draft:
    """The draft after ``edits`` (offsets of ``draft.text``): its regions and subject moved with them."""
    edits = sorted(edits)

    def where(x: int, right: bool) -> int:
        shift = 0
        for s, e, r in edits:
            if e < x or (e == x and (s < e or right)):
                shift += len(r) - (e - s)
            elif s < x < e:
                return s + shift + (len(r) if right else 0)
        return x + shift

    regions = [(where(s, False), where(e, True)) for s, e in draft.regions]
    regions = [(s, e) for s, e in regions if e > s] or [(0, 0)]
    subject = (where(draft.subject[0], False), where(draft.subject[1], True)) if draft.subject else None
    return replace(draft, text=text, regions=regions, subject=subject)
