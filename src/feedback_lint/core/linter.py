"""The linter: detect each draft's language, parse it once with that language's pipeline, run the
selected rules that speak the language over the shared parse, score, report."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from .config import Config
from .context import Context
from .draft import Draft
from .finding import Finding
from .errors import ConfigError
from .language import check_language, detect_language
from .report import Report

if TYPE_CHECKING:
    from ..rules.base import Rule

#: Drafts taken from the input at a time: each window is parsed in one ``nlp.pipe`` stream per language,
#: so memory stays bounded and reports still come out in input order.
WINDOW = 64


class Linter:
    """Holds the pipeline, the compiled phrase matchers and the selected rules for one configuration.

    Build one and reuse it: each language's spaCy pipeline is loaded on the first draft in that
    language, not before, and only once.
    """

    def __init__(self, config: Config | None = None, *, models: bool = True) -> None:
        from ..rules import PhraseRule, all_rules

        self.config = config or Config()
        #: Whether the rules' warnings are weighed against the trained models (``scoring.corroborate``).
        #: Training turns this off: it is fitting those models, and demotes warnings with out-of-fold
        #: predictions instead.
        self.models = models
        self.rules = self.config.resolve(all_rules())
        #: Rules whose severity the user set: their findings keep it (not weighed against a model).
        self._chosen_severity = frozenset(r.code for r in self.rules if self.config.sets_severity(r))
        self._phrase_rules = [r for r in all_rules() if isinstance(r, PhraseRule)]
        self._indexes: dict[str, object] = {}
        self._passes: dict[tuple[str, str, bool], tuple[list[Rule], list[Rule]]] = {}

    def nlp_for(self, language: str):  # type: ignore[no-untyped-def]
        from .nlp import pipeline_for

        return pipeline_for(language, self.config.pipeline)

    @property
    def nlp(self):  # type: ignore[no-untyped-def]
        """The English pipeline."""
        return self.nlp_for("en")

    def index_for(self, language: str):  # type: ignore[no-untyped-def]
        """The phrase rules of ``language`` compiled for its pipeline (once)."""
        if language not in self._indexes:
            from ..rules import PhraseIndex

            rules = [r for r in self._phrase_rules if r.speaks(language)]
            self._indexes[language] = PhraseIndex(self.nlp_for(language), rules, dict(self.config.phrases))
        return self._indexes[language]

    def lint_drafts(self, drafts: Sequence[Draft], *, kind: str = "auto", lang: str = "auto") -> Iterator[Report]:
        """Reports in input order; the drafts of each language are parsed in one ``nlp.pipe`` stream."""
        from ..scoring import score_draft

        for ctx, findings in self.analyse(drafts, kind=kind, lang=lang):
            scores = score_draft(ctx, findings)
            yield Report(draft=ctx.draft, kind=ctx.kind, language=ctx.language, scores=scores, findings=findings, config=self.config)

    def lint(self, draft: Draft, *, kind: str = "auto", lang: str = "auto") -> Report:
        return next(self.lint_drafts([draft], kind=kind, lang=lang))

    def analyse(self, drafts: Iterable[Draft], *, kind: str = "auto", lang: str = "auto") -> Iterator[tuple[Context, list[Finding]]]:
        """The parse and the rules' findings for each draft, before scoring (training reads these too).

        ``lang`` is ``auto`` (detect each draft's language) or a language code that applies to all."""
        from ..scoring.kind import KINDS, read_kind

        if kind not in ("auto", *KINDS):
            raise ConfigError(f"unknown kind {kind!r} (use auto, request or feedback)")
        check_language(lang)
        for draft, language, doc in self._parsed(iter(drafts), lang):
            ctx = Context(draft=draft, doc=doc, kind=kind, config=self.config, language=language,
                          matches=self.index_for(language).find(doc, draft.lintable))
            if kind == "auto":
                ctx.kind, ctx.kind_unsure = read_kind(ctx)
            yield ctx, sorted(self._findings(ctx), key=lambda f: (f.start, f.end, f.code))

    def _parsed(self, drafts: Iterator[Draft], lang: str) -> Iterator[tuple[Draft, str, object]]:
        """Each draft with its language and parse, in input order, a window at a time."""
        while window := list(islice(drafts, WINDOW)):
            languages = [lang if lang != "auto" else detect_language(d.lintable) for d in window]
            docs: list[object] = [None] * len(window)
            for language in dict.fromkeys(languages):
                idx = [i for i, found in enumerate(languages) if found == language]
                texts = (window[i].lintable for i in idx)
                for i, doc in zip(idx, self.nlp_for(language).pipe(texts, batch_size=32)):
                    docs[i] = doc
            yield from zip(window, languages, docs)

    def _findings(self, ctx: Context) -> Iterable[Finding]:
        if not ctx.sentences:
            return []
        out: list[Finding] = []
        first, reading_findings = self._rule_passes(ctx.kind, ctx.language, ctx.kind_unsure)
        for rules in (first, reading_findings):
            if rules is reading_findings:
                ctx.cache["findings"] = list(out)
            for rule in rules:
                out.extend(f for f in rule.check(ctx) if ctx.draft.is_linted(f.start, f.end) or f.start == f.end)
        if self.models:
            from ..scoring import corroborate

            out = corroborate(ctx, out, self._chosen_severity)
        return out

    def _rule_passes(self, kind: str, language: str, unsure: bool = False) -> tuple[list[Rule], list[Rule]]:
        """The selected rules for drafts of this kind and language, in order: those that run first, and
        those that then read their findings (chosen once per kind, language and sureness of the kind).
        When the kind model was unsure, rules with ``checks_unsure_kind`` run whatever kind they check."""
        if (kind, language, unsure) not in self._passes:
            rules = [r for r in self.rules if (r.applies_to(kind) or (unsure and r.checks_unsure_kind)) and r.speaks(language)]
            self._passes[kind, language, unsure] = ([r for r in rules if not r.reads_findings], [r for r in rules if r.reads_findings])
        return self._passes[kind, language, unsure]
