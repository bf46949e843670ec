"""The linter: parse each draft once, run the selected rules over the shared parse, score, report."""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from .config import Config
from .context import Context
from .draft import Draft
from .finding import Finding
from .errors import ConfigError
from .report import Report


class Linter:
    """Holds the pipeline, the compiled phrase matchers and the selected rules for one configuration.

    Build one and reuse it: the spaCy pipeline is loaded on the first draft, not before.
    """

    def __init__(self, config: Config | None = None) -> None:
        from ..rules import PhraseRule, all_rules

        self.config = config or Config()
        self.rules = self.config.resolve(all_rules())
        self._phrase_rules = [r for r in all_rules() if isinstance(r, PhraseRule)]
        self._index = None

    @property
    def nlp(self):  # type: ignore[no-untyped-def]
        from .nlp import load_pipeline

        return load_pipeline(self.config.pipeline)

    @property
    def index(self):  # type: ignore[no-untyped-def]
        if self._index is None:
            from ..rules import PhraseIndex

            self._index = PhraseIndex(self.nlp, self._phrase_rules, dict(self.config.phrases))
        return self._index

    def lint_drafts(self, drafts: Sequence[Draft], *, kind: str = "auto") -> Iterator[Report]:
        """Reports in input order; drafts are parsed in one ``nlp.pipe`` stream."""
        from ..scoring import score_draft

        for ctx, findings in self.analyse(drafts, kind=kind):
            scores = score_draft(ctx, findings)
            yield Report(draft=ctx.draft, kind=ctx.kind, language="en", scores=scores, findings=findings, config=self.config)

    def lint(self, draft: Draft, *, kind: str = "auto") -> Report:
        return next(self.lint_drafts([draft], kind=kind))

    def analyse(self, drafts: Iterable[Draft], *, kind: str = "auto") -> Iterator[tuple[Context, list[Finding]]]:
        """The parse and the rules' findings for each draft, before scoring (training reads these too)."""
        from ..scoring.kind import KINDS, detect_kind

        if kind not in ("auto", *KINDS):
            raise ConfigError(f"unknown kind {kind!r} (use auto, request or feedback)")
        drafts = list(drafts)
        texts = (d.lintable for d in drafts)
        for draft, doc in zip(drafts, self.nlp.pipe(texts, batch_size=32)):
            lintable = draft.lintable
            ctx = Context(draft=draft, doc=doc, kind=kind, config=self.config, matches=self.index.find(doc, lintable))
            if kind == "auto":
                ctx.kind = detect_kind(doc, ctx.words)
            yield ctx, sorted(self._findings(ctx), key=lambda f: (f.start, f.end, f.code))

    def _findings(self, ctx: Context) -> Iterable[Finding]:
        if not ctx.sentences:
            return []
        out: list[Finding] = []
        for late in (False, True):
            if late:
                ctx.cache["findings"] = list(out)
            for rule in self.rules:
                if rule.reads_findings is late and rule.applies_to(ctx.kind):
                    out.extend(f for f in rule.check(ctx) if ctx.draft.is_linted(f.start, f.end) or f.start == f.end)
        return out
