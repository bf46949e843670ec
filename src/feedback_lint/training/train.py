"""``feedback-lint train``: rebuild ``models/`` from ``corpus/`` and ``../shared/datasets/``.

Fixed seeds and fixed hyper-parameters (chosen before looking at any held-out data), so the same inputs
give byte-identical model files. Only the corpus *train* and *dev* splits are read; the test split is
left to ``feedback-lint evaluate --split test``.

Stages, each writing one model (and its card) that later stages read:

1. ``politeness``: Stanford politeness requests (binary top/bottom quartile), politeness strategies from
   the ConvoKit lexicons plus n-grams; 10-fold cross-validated accuracy in the card.
2. ``confrontation``: corpus sentences (inside a labelled confrontational span or not), the receptiveness
   data set and ParaDetox; the draft-level threshold is chosen on out-of-fold corpus predictions.
3. ``kind``: request vs feedback, on the corpus.
4. ``vague``: sentences holding a labelled vague phrase, on the corpus; feeds specificity (stacked, out of fold).
   ``detail``: sentences holding a labelled concrete detail (``specific_spans``); feeds specificity the same way.
5. ``specificity``, 6. ``constructiveness``: ridge regressions on the corpus labels.
7. ``overall``: ridge regression on the other scores (out-of-fold where they were fitted on the corpus)
   and the rules' findings.

Each language has its own models, trained on that language's corpus drafts: English in ``models/``,
Swedish in ``models/sv/``. The public data sets are English, so Swedish has no politeness stage and its
confrontation model reads the Swedish corpus alone; its tone model reads the e-mail's courtesies and
findings without sentence politeness.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import numpy as np

from ..core.config import Config
from ..core.draft import Draft
from ..core.finding import Finding
from ..evaluation.corpus import load_corpus, shard_of
from ..scoring.constructiveness import uncorroborated_as_info as constructiveness_corroborated
from ..scoring.model import LinearModel, use_model_dir
from . import datasets as ds

SEED = 13
FOLDS = 5
#: How the model cards describe the folds (:func:`_folds`).
FOLD_TEXT = f"{FOLDS} folds, each corpus shard (a batch of drafts written together) in one fold"
#: Hyper-parameters, fixed in advance (not tuned on held-out data).
C_SPARSE = 1.0
MIN_DF = 2
EXTERNAL_WEIGHT = 0.3
RIDGE_ALPHA = 1.0
#: Specificity also reads the words used; many weak word features need strong shrinkage. Alpha and the
#: words' common scale were chosen on out-of-fold predictions over train and dev, never on the test split.
SPECIFICITY_ALPHA = 100.0
SPECIFICITY_MIN_DF = 5
SPECIFICITY_WORD_SCALE = 0.05
#: The confrontation threshold is the lowest that keeps false alarms on confrontation-free corpus drafts
#: (out of fold) at or under this rate. The rules' share of those false alarms is in sample (their
#: look-alikes were written from these drafts). On the train and dev drafts of the *-r7, *-r8 and *-r9
#: shards, before rules were written for them, the English phrase rules raised 0.9, 1.4 and 2.0 points
#: of false alarms and CF020 alone 4.4, 0 and 3.9 (benchmarks/new_writers.py), so the models keep under
#: 3 % to leave room within the 5 % target. At 4 % the threshold had drifted down as the rules grew more
#: precise, and curt but civil requests crossed it.
MAX_FALSE_ALARM_RATE = 0.03
MODEL_NAMES = ("politeness", "confrontation", "confrontation_draft", "tone", "kind", "vague", "detail", "specificity", "constructiveness", "overall")
#: The models trained for each language (Swedish has no politeness data).
LANGUAGE_MODELS = {"en": MODEL_NAMES, "sv": MODEL_NAMES[1:]}
#: How the cards name each language's share of the corpus.
_CORPUS_LABEL = {"en": "feedback-lint corpus", "sv": "feedback-lint corpus, Swedish drafts"}


@dataclass
class Stage:
    name: str
    metrics: dict[str, Any] = field(default_factory=dict)


# ----------------------------------------------------------------------------------- fitting helpers
def _vocabulary(rows: Sequence[dict[str, float]], min_df: int) -> list[str]:
    df: dict[str, int] = {}
    for r in rows:
        for k in r:
            df[k] = df.get(k, 0) + 1
    return sorted(k for k, n in df.items() if n >= min_df)


def _matrix(rows: Sequence[dict[str, float]], vocab: list[str]):  # type: ignore[no-untyped-def]
    from scipy.sparse import csr_matrix

    index = {f: i for i, f in enumerate(vocab)}
    data, cols, ptr = [], [], [0]
    for r in rows:
        for k, v in r.items():
            i = index.get(k)
            if i is not None and v:
                cols.append(i)
                data.append(v)
        ptr.append(len(cols))
    return csr_matrix((np.array(data, dtype=float), np.array(cols, dtype=np.int64), np.array(ptr)), shape=(len(rows), len(vocab)))


def fit_logistic(rows, y, *, name: str, weights=None, meta=None, min_df: int = MIN_DF) -> LinearModel:  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    vocab = _vocabulary(rows, min_df)
    clf = LogisticRegression(C=C_SPARSE, solver="liblinear", random_state=SEED, max_iter=1000)
    clf.fit(_matrix(rows, vocab), np.asarray(y), sample_weight=None if weights is None else np.asarray(weights))
    coef = clf.coef_[0]
    keep = [i for i, c in enumerate(coef) if abs(c) >= 1e-4]
    return LinearModel(
        name=name, type="logistic", features=tuple(vocab[i] for i in keep), coef=tuple(float(coef[i]) for i in keep),
        intercept=float(clf.intercept_[0]), meta=meta or {},
    )


def fit_ridge(rows, y, *, name: str, meta=None, alpha: float = RIDGE_ALPHA, min_df: int = 1, positive: bool = False,
              fixed_scale: tuple[str, float] | None = None) -> LinearModel:  # type: ignore[no-untyped-def]
    """Standardised ridge regression. ``fixed_scale`` = (prefix, scale): features with that prefix are
    not centred and share one scale, so their summed contribution keeps the meaning the feature
    function gave it (e.g. an average over words, independent of length)."""
    from sklearn.linear_model import Ridge

    vocab = _vocabulary(rows, min_df)
    x = _matrix(rows, vocab).toarray()
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    if fixed_scale is not None:
        prefix, value = fixed_scale
        for i, f in enumerate(vocab):
            if f.startswith(prefix):
                mean[i], scale[i] = 0.0, value
    reg = Ridge(alpha=alpha, positive=positive)
    reg.fit((x - mean) / scale, np.asarray(y, dtype=float))
    return LinearModel(
        name=name, type="linear", features=tuple(vocab), coef=tuple(float(c) for c in reg.coef_),
        intercept=float(reg.intercept_), mean=tuple(float(m) for m in mean), scale=tuple(float(s) for s in scale), meta=meta or {},
    )


def _folds(ids: Sequence[str]) -> list[int]:
    """A fixed fold per corpus shard, the batch of drafts written together that a draft id names (``fb-r20``
    of ``fb-r20-022``), by stable hash. A draft's out-of-fold prediction then comes from models that saw
    none of the drafts written alongside it, nearer to a new writer's draft; folding draft by draft let
    the writer's other drafts of that batch (their wording, their families of mistake) into the fit, and
    the out-of-fold figures and the thresholds chosen on them read as if the drafts were familiar. A
    writer who wrote several shards can still span folds. Sentences of one draft stay together."""
    import hashlib

    return [int(hashlib.sha256(f"fold:{shard_of(i)}".encode()).hexdigest()[:8], 16) % FOLDS for i in ids]


def _auc(y: Sequence[int], p: Sequence[float]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, p))


def _spearman(a: Sequence[float], b: Sequence[float]) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(a, b).correlation)


# ----------------------------------------------------------------------------------------- training
class Trainer:
    def __init__(self, corpus_dir: Path | None, datasets_dir: Path | None, out_dir: Path, log: Callable[[str], None] = print,
                 language: str = "en"):
        from ..core.linter import Linter
        from ..scoring.model import model_file

        self.datasets_dir = datasets_dir or ds.default_datasets_dir()
        self.language = language
        #: Models are read back through ``use_model_dir(root)``; this language's files go to ``out_dir``.
        self.root = out_dir
        self.out_dir = (out_dir / model_file("x", language)).parent
        self.corpus_label = _CORPUS_LABEL[language]
        self.log = log
        self.corpus = [d for d in load_corpus(corpus_dir, splits=("train", "dev")) if d.language == language]
        # The model-based rule cannot run before its model exists; its findings are added from
        # out-of-fold predictions where later stages need them.
        self.linter = Linter(Config(ignore=("CF020",)), models=False)
        self.nlp = self.linter.nlp
        self.stages: list[Stage] = []

    def run(self) -> list[Stage]:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        use_model_dir(self.root)
        try:
            self.log(f"corpus ({self.language}): {len(self.corpus)} drafts (train and dev splits)")
            analysed = self._analyse_corpus()
            if self.language == "en":
                self.politeness()
            self.confrontation(analysed)
            self.tone(analysed)
            self.kind(analysed)
            self.vague(analysed)
            self.detail(analysed)
            spec_oof = self.specificity(analysed)
            constr_oof = self.constructiveness(analysed, spec_oof)
            # Later stages see the findings as the linter reports them: weighed against the
            # (out-of-fold) constructiveness score, as the confrontation stage did with its model.
            for (_, findings), score in zip(analysed, constr_oof):
                findings[:] = constructiveness_corroborated(findings, score)
            self.overall(analysed, spec_oof, constr_oof)
        finally:
            use_model_dir(None)
        return self.stages

    def _analyse_corpus(self) -> list[tuple[Any, list[Finding]]]:
        """Parse and run the rules on every corpus draft, with its labelled kind, in corpus order."""
        out: list[Any] = [None] * len(self.corpus)
        for kind in ("request", "feedback"):
            idx = [i for i, d in enumerate(self.corpus) if d.kind == kind]
            drafts = [Draft.from_text(self.corpus[i].text, source=self.corpus[i].id, is_email=self.corpus[i].format == "eml") for i in idx]
            for i, result in zip(idx, self.linter.analyse(drafts, kind=kind, lang=self.language)):
                out[i] = result
        return out

    def _write(self, model: LinearModel, card: str) -> None:
        (self.out_dir / f"{model.name}.json").write_text(model.to_json(), encoding="utf-8")
        (self.out_dir / f"{model.name}.md").write_text(card, encoding="utf-8")
        from ..scoring.model import load_model

        load_model.cache_clear()

    # ------------------------------------------------------------------ 1. politeness
    def politeness(self) -> None:
        from sklearn.model_selection import StratifiedKFold

        from ..scoring.features import sentence_text_features

        self.log("politeness: Stanford politeness requests (Wikipedia), binary top vs bottom quartile")
        strategies = ds.politeness_strategies(self.datasets_dir)
        data = ds.stanford_politeness(self.datasets_dir)
        rows = [sentence_text_features(doc, strategies) for doc in self.nlp.pipe((d.text for d in data), batch_size=64)]
        y = np.array([d.label for d in data])
        accs = []
        for train_idx, test_idx in StratifiedKFold(n_splits=10, shuffle=True, random_state=SEED).split(rows, y):
            m = fit_logistic([rows[i] for i in train_idx], y[train_idx], name="politeness")
            pred = np.array([m.predict(rows[i]) >= 0.5 for i in test_idx])
            accs.append(float((pred == y[test_idx]).mean()))
        model = fit_logistic(rows, y, name="politeness", meta={"strategies": strategies})
        metrics = {"cv10_accuracy_mean": round(float(np.mean(accs)), 4), "cv10_accuracy_std": round(float(np.std(accs)), 4), "n": len(rows)}
        self.log(f"  10-fold CV accuracy {metrics['cv10_accuracy_mean']:.3f} ± {metrics['cv10_accuracy_std']:.3f} (n={len(rows)})")
        self.stages.append(Stage("politeness", metrics))
        self._write(model, _card(
            "politeness", "Tone: probability that a sentence is a polite request (logistic regression).",
            data_lines=[
                "Stanford Politeness Corpus, Wikipedia requests (Danescu-Niculescu-Mizil et al., ACL 2013): CC BY 4.0 (per ConvoKit), repository Apache-2.0; github.com/sudhof/politeness commit 0449a150. Binary task: top vs bottom quartile of the normalised score (2,178 requests).",
                "Politeness-strategy marker lexicons from ConvoKit (Fu et al., EMNLP 2020): MIT; github.com/CornellNLP/ConvoKit commit 5dabba5. The marker lists are stored in this model's `meta.strategies` with attribution.",
            ],
            features="Presence of unigrams and bigrams (digits collapsed to <num>, seen in at least 2 training requests) and of politeness strategies: ConvoKit markers (gratitude, apology, hedges, please, could/would you, can/will you, greeting, swearing, …) plus parse-based cues (sentence starts with a question word, first or second person, an imperative verb; question mark; exclamation; words in capitals). L2 logistic regression, C=1.",
            metrics_lines=[f"10-fold stratified cross-validated accuracy on the binary task: **{metrics['cv10_accuracy_mean']:.3f}** (± {metrics['cv10_accuracy_std']:.3f} across folds; n = {len(rows)})."],
        ))

    # ------------------------------------------------------------------ 2. confrontation
    def confrontation(self, analysed) -> None:  # type: ignore[no-untyped-def]
        from ..scoring.confrontation import draft_features, sentence_features, uncorroborated_as_info
        from ..scoring.features import sentence_text_features
        from ..scoring.politeness import strategies

        english = self.language == "en"
        self.log("confrontation: corpus spans" + (" + receptiveness + ParaDetox" if english else "") + " (sentences), corpus labels (drafts)")
        strats = strategies() if english else {}
        rows, y, owners = self._sentence_rows(analysed, lambda ctx: ctx.body_sentences, sentence_features, lambda d: d.confrontational_spans)
        folds = _folds([d.id for d in self.corpus])
        external = ds.receptiveness(self.datasets_dir) + ds.paradetox(self.datasets_dir) if english else []
        ext_rows = [sentence_text_features(doc, strats) for doc in self.nlp.pipe((e.text for e in external), batch_size=64)]
        ext_y = [e.label for e in external]

        def fit_sentences(idx: list[int]) -> LinearModel:
            return fit_logistic(
                [rows[j] for j in idx] + ext_rows, [y[j] for j in idx] + ext_y, name="confrontation",
                weights=[1.0] * len(idx) + [EXTERNAL_WEIGHT] * len(ext_rows),
            )

        self.oof_sentences = self._oof_sentences(rows, owners, fit_sentences)
        self._write(fit_sentences(list(range(len(rows)))), _card(
            "confrontation", "Probability that a sentence is confrontational (logistic regression); feeds the draft model.",
            data_lines=[
                f"{self.corpus_label} (this repository, train and dev splits): {len(rows)} sentences, positive when inside a hand-labelled confrontational span. Written for this project.",
                *([
                    "Receptiveness (Yeomans, Minson, Collins, Chen & Gino 2020), R package `politeness` (MIT), github.com/myeomans/politeness commit c493f7c: bottom quartile of rated receptiveness as confrontational, top quartile as receptive.",
                    f"ParaDetox (Logacheva et al., ACL 2022), CC0 1.0, github.com/s-nlp/paradetox commit d97b17d: {ds.PARADETOX_SAMPLE} toxic sentences and their neutral rewrites (fixed random sample, seed {ds.SEED}).",
                    f"External rows weigh {EXTERNAL_WEIGHT} of a corpus sentence.",
                ] if english else ["The public data sets are English, so this model reads the Swedish corpus alone."]),
            ],
            features=("As the politeness model (n-grams and politeness strategies)" if english else
                      "Unigrams and bigrams (seen in at least 2 sentences) and sentence cues: question mark, exclamation, words in capitals, first and second person (Swedish pronouns)")
            + ", plus which confrontation phrase rules matched inside the sentence. L2 logistic regression, C=1.",
            metrics_lines=["See `confrontation_draft.md` for the draft-level figures, and `feedback-lint evaluate --split test` for held-out ones."],
        ))

        # Draft model on out-of-fold sentence scores (stacking), then its threshold out of fold.
        drows = []
        for i, (ctx, findings) in enumerate(analysed):
            ctx.cache["confrontation"] = self.oof_sentences[i]
            drows.append(draft_features(ctx, findings))
        dy = [int(d.confrontation >= 1) for d in self.corpus]
        p_draft = [0.0] * len(drows)
        for fold in range(FOLDS):
            m = fit_logistic([drows[i] for i in range(len(drows)) if folds[i] != fold], [dy[i] for i in range(len(drows)) if folds[i] != fold], name="confrontation_draft")
            for i in range(len(drows)):
                if folds[i] == fold:
                    p_draft[i] = m.predict(drows[i])
        # The rules' warnings count as the linter counts them: corroborated by the (out-of-fold) draft model.
        for i, (_, findings) in enumerate(analysed):
            findings[:] = uncorroborated_as_info(findings, p_draft[i])
        by_rules = [any(f.category.value == "confrontation" and f.severity.rank >= 1 for f in findings) for _, findings in analysed]
        threshold, recall, fa = _choose_threshold(p_draft, by_rules, [bool(v) for v in dy])
        self.oof_draft = p_draft
        self.log(f"  draft threshold {threshold:.3f}: out-of-fold recall {recall:.3f}, false alarms {fa:.3f}")
        self.stages.append(Stage("confrontation", {"threshold": threshold, "oof_recall": recall, "oof_false_alarm_rate": fa}))
        self._write(fit_logistic(drows, dy, name="confrontation_draft", meta={"threshold": round(threshold, 4)}), _card(
            "confrontation_draft", "Probability that a whole draft is confrontational (logistic regression); over its threshold, rule CF020 points at the most confrontational sentence. Also the main input of the confrontation score.",
            data_lines=[f"{self.corpus_label}, train and dev splits ({len(drows)} drafts; positive when labelled confrontation 1 or 2)."],
            features="Words and word pairs of the draft, which rules fired (codes), the highest sentence score of the sentence model (out of fold during training), and the kind. L2 logistic regression, C=1.",
            metrics_lines=[
                f"Threshold {threshold:.3f}: the lowest with at most {MAX_FALSE_ALARM_RATE:.0%} false alarms on confrontation-free drafts, chosen on out-of-fold predictions ({FOLD_TEXT}) over the corpus train and dev splits.",
                f"Out of fold, rules plus model: recall {recall:.3f}, false-alarm rate {fa:.3f}.",
                "Held-out (test split) figures: `feedback-lint evaluate --split test` (see the README).",
            ],
        ))

    # ------------------------------------------------------------------ tone (after confrontation)
    def tone(self, analysed) -> None:  # type: ignore[no-untyped-def]
        from ..scoring.politeness import tone_features

        rows = [tone_features(ctx, findings) for ctx, findings in analysed]
        y = [int(d.confrontation == 0) for d in self.corpus]
        folds = _folds([d.id for d in self.corpus])
        oof = [0.0] * len(rows)
        for fold in range(FOLDS):
            m = fit_logistic([rows[i] for i in range(len(rows)) if folds[i] != fold], [y[i] for i in range(len(rows)) if folds[i] != fold], name="tone", min_df=1)
            for i in range(len(rows)):
                if folds[i] == fold:
                    oof[i] = m.predict(rows[i])
        rho = _spearman(oof, [-d.confrontation for d in self.corpus])
        self.log(f"tone: out-of-fold Spearman with (minus) the confrontation label {rho:.3f}")
        self.stages.append(Stage("tone", {"oof_spearman_vs_confrontation": rho}))
        self._write(fit_logistic(rows, y, name="tone", min_df=1), _card(
            "tone", "Tone score: probability that the draft reads as polite and respectful (logistic regression). Carries the politeness model over from Wikipedia requests to e-mails.",
            data_lines=[f"{self.corpus_label}, train and dev splits ({len(rows)} drafts; respectful = labelled confrontation 0)."
                        + (" Sentence scores from the politeness model (see politeness.md)." if self.language == "en" else "")],
            features=("Mean and lowest sentence politeness, share of sentences under 0.25, greeting" if self.language == "en" else "Greeting")
            + ", sign-off, thanks, courtesy markers (please, could you, would it be possible…), harsh words, tone and confrontation findings. L2 logistic regression, C=1.",
            metrics_lines=[f"Out-of-fold Spearman correlation with the confrontation label (negated) ({FOLD_TEXT}): {rho:.3f}.",
                           *(["Politeness model: see politeness.md (10-fold cross-validated accuracy on the Wikipedia task)."] if self.language == "en" else [])],
        ))

    # ------------------------------------------------------------------ 3. kind
    def kind(self, analysed) -> None:  # type: ignore[no-untyped-def]
        from ..scoring.kind import kind_features

        rows = [kind_features(ctx) for ctx, _ in analysed]
        y = [int(d.kind == "request") for d in self.corpus]
        folds = _folds([d.id for d in self.corpus])
        oof = [0.0] * len(rows)
        for fold in range(FOLDS):
            tr = [i for i, f in enumerate(folds) if f != fold]
            m = fit_logistic([rows[i] for i in tr], [y[i] for i in tr], name="kind")
            for i, f in enumerate(folds):
                if f == fold:
                    oof[i] = m.predict(rows[i])
        acc = sum((p >= 0.5) == bool(v) for p, v in zip(oof, y)) / len(rows)
        self.log(f"kind: out-of-fold accuracy {acc:.3f}")
        unsure, misread, rescued, guarded, requests = self._unsure_request(analysed, oof)
        self.log(f"  fairness also checked on drafts read as requests with P(request) < {unsure:.3f}: {requests} requests, and "
                 f"{rescued} of the {misread} feedback drafts read as requests (out of fold), {guarded} of them labelled fairness")
        self.stages.append(Stage("kind", {"oof_accuracy": acc, "unsure_request_below": unsure, "oof_misread_feedback": misread,
                                          "oof_misread_feedback_checked": rescued, "oof_requests_checked": requests}))
        self._write(fit_logistic(rows, y, name="kind", meta={"unsure_request_below": round(unsure, 4)}), _card(
            "kind", "Whether a draft is a candidate's feedback request (probability) or an employer's feedback.",
            data_lines=[f"{self.corpus_label}, train and dev splits ({len(rows)} drafts)."],
            features="Words present in the draft, rates of first-, second- and first-person-plural pronouns, counts of request and feedback cue phrases (data/lexicons.json); the words of a cue phrase found count once, as the cue, not again as words or pronouns. L2 logistic regression, C=1.",
            metrics_lines=[f"Out-of-fold accuracy ({FOLD_TEXT}): {acc:.3f}.",
                           f"`meta.unsure_request_below` = {unsure:.3f}: a draft read as a request with a lower probability is also checked by the "
                           "fairness rules, which otherwise check feedback only. It is the lowest out-of-fold probability of a request draft on which "
                           "those rules would fire if it were feedback (a candidate naming their own situation), so no request of train and dev "
                           f"is flagged. Out of fold, {rescued} of the {misread} feedback drafts read as requests fall under it ({guarded} of them "
                           f"labelled fairness), and so do {requests} of the {sum(y)} requests.",
                           "Held-out figures: `feedback-lint evaluate --split test`."],
        ))

    def _unsure_request(self, analysed, oof: Sequence[float]) -> tuple[float, int, int, int, int]:  # type: ignore[no-untyped-def]
        """The request probability under which the kind model is too unsure for the rules that check
        feedback only but declare ``checks_unsure_kind`` (the fairness rules) to stand aside: the lowest
        out-of-fold probability (at least 0.5) of a request draft that those rules would flag if it were
        feedback (a candidate naming their own situation), or 1.0 when none would.
        Returns it, the feedback drafts read as requests out of fold, how many of those fall under it, how
        many of those are labelled fairness, and how many request drafts fall under it."""
        guards = [r for r in self.linter.rules if r.checks_unsure_kind]
        flagged = [
            p for (ctx, _), d, p in zip(analysed, self.corpus, oof)
            if d.kind == "request" and p >= 0.5
            and any(ctx.draft.is_linted(f.start, f.end) for r in guards for f in r.check(ctx))
        ]
        unsure = min(flagged, default=1.0)
        misread = [(d, p) for d, p in zip(self.corpus, oof) if d.kind == "feedback" and p >= 0.5]
        rescued = [d for d, p in misread if p < unsure]
        requests = sum(d.kind == "request" and 0.5 <= p < unsure for d, p in zip(self.corpus, oof))
        return unsure, len(misread), len(rescued), sum(d.fairness for d in rescued), requests

    # ------------------------------------------------------------------ 4. vague sentences
    def vague(self, analysed) -> None:  # type: ignore[no-untyped-def]
        from ..scoring.vague import sentence_features

        model, auc, sentences, positives, _ = self._content_sentence_model(analysed, "vague", sentence_features, lambda d: d.vague_spans)
        self.log(f"vague: {positives} of {sentences} sentences vague, out-of-fold ROC AUC {auc:.3f}")
        self.stages.append(Stage("vague", {"oof_roc_auc": auc, "sentences": sentences, "vague_sentences": positives}))
        self._write(model, _card(
            "vague", "Probability that a sentence is vague (holds a stock phrase that says nothing checkable); feeds the specificity model.",
            data_lines=[f"{self.corpus_label}, train and dev splits: {sentences} content sentences (greeting and signature aside), {positives} positive (holding a hand-labelled vague span)."],
            features=f"Unigrams and bigrams (seen in at least {MIN_DF} sentences; digits as one token) and whether rule SP001 matched in the sentence. L2 logistic regression, C={C_SPARSE:g}.",
            metrics_lines=[f"Out-of-fold ROC AUC over sentences ({FOLD_TEXT}): {auc:.3f}.", "Its effect on held-out drafts shows in the specificity figures of `feedback-lint evaluate --split test`."],
        ))

    # ------------------------------------------------------------------ concrete details
    def detail(self, analysed) -> None:  # type: ignore[no-untyped-def]
        from ..scoring.detail import sentence_features

        model, auc, sentences, positives, drafts = self._content_sentence_model(analysed, "detail", sentence_features, lambda d: d.specific_spans)
        self.log(f"detail: {positives} of {sentences} sentences ({drafts} drafts) name a detail, out-of-fold ROC AUC {auc:.3f}")
        self.stages.append(Stage("detail", {"oof_roc_auc": auc, "sentences": sentences, "detail_sentences": positives, "drafts": drafts}))
        self._write(model, _card(
            "detail", "Probability that a sentence names a concrete, checkable detail of the assessment or of what is asked (not background such as the role, the date or the place); feeds the specificity model.",
            data_lines=[f"{self.corpus_label}, train and dev splits: {sentences} content sentences of the {drafts} drafts labelled with `specific_spans` (greeting and signature aside), {positives} positive (holding a hand-labelled concrete detail)."],
            features=f"Unigrams and bigrams (seen in at least {MIN_DF} sentences; digits as one token) and the sentence's evidence counts as the specificity model reads them (numbers, entities, evidence nouns, example markers, rare words, quotations; capped and scaled to 0-1). L2 logistic regression, C={C_SPARSE:g}.",
            metrics_lines=[f"Out-of-fold ROC AUC over the labelled sentences ({FOLD_TEXT}): {auc:.3f}.", "Its effect on held-out drafts shows in the specificity figures of `feedback-lint evaluate --split test`."],
        ))

    # ------------------------------------------------------------------ 5. specificity
    def specificity(self, analysed) -> list[int]:  # type: ignore[no-untyped-def]
        from ..scoring.specificity import specificity_features

        rows = [specificity_features(ctx, f) for ctx, f in analysed]
        y = [d.specificity for d in self.corpus]
        fit = {"alpha": SPECIFICITY_ALPHA, "min_df": SPECIFICITY_MIN_DF, "fixed_scale": ("w:", SPECIFICITY_WORD_SCALE)}
        oof = self._oof_ridge(rows, y, "specificity", **fit)
        rho = _spearman(oof, y)
        self.log(f"specificity: out-of-fold Spearman {rho:.3f}")
        self.stages.append(Stage("specificity", {"oof_spearman": rho}))
        self._write(fit_ridge(rows, y, name="specificity", **fit), _card(
            "specificity", "Draft specificity on the corpus label scale 0-2 (shown as 0-100).",
            data_lines=[f"{self.corpus_label}, train and dev splits ({len(rows)} drafts). No third-party specificity data (none with a licence that allows commercial use exists)."],
            features=f"Per content sentence (greeting, sign-off and signature lines aside): numbers, named entities (dates, organisations, products, quantities…), names of things, references to an exercise/answer/task, example markers ('for example', 'you said'), rare content words (wordfreq Zipf < 3.6), quotations, described actions (a past-tense verb with you/I/we as subject), a specific ask, vague stock phrases (rule SP001). Summarised over the draft by max and mean, and the share of sentences with evidence (not by sums, so length alone adds nothing), per kind; the count of vague phrases; the largest probability that a sentence is vague and the number of vague sentences (`vague` model), the largest and mean probability that a sentence names a concrete detail and the number of such sentences, up to 3 (`detail` model; both with out-of-fold probabilities in training); and the less common content words used (lemmas of nouns, verbs, adjectives with Zipf frequency under 5, seen in at least {SPECIFICITY_MIN_DF} drafts, each weighted 1/(number of such words) and not centred, so their total is an average and does not grow with length). Ridge regression (other features standardised), alpha={SPECIFICITY_ALPHA:g}."
            + ("" if self.language == "en" else " Swedish drafts are not tagged (no trained Swedish pipeline is published on PyPI): names of things are capitalised words inside a sentence, content words are the non-stop words (their forms, not lemmas), evidence nouns are matched as compound heads ('kodtestet'), and rarity uses Swedish word frequencies."),
            metrics_lines=[f"Out-of-fold Spearman correlation with the label ({FOLD_TEXT}): {rho:.3f}.", "Held-out figures: `feedback-lint evaluate --split test`."],
        ))
        return [int(round(max(0.0, min(100.0, 50 * v)))) for v in oof]

    # ------------------------------------------------------------------ 6. constructiveness
    def constructiveness(self, analysed, spec_oof: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
        from ..scoring.constructiveness import constructiveness_features

        rows = [constructiveness_features(ctx, f, s) for (ctx, f), s in zip(analysed, spec_oof)]
        y = [d.constructiveness for d in self.corpus]
        oof = self._oof_ridge(rows, y, "constructiveness")
        rho = _spearman(oof, y)
        self.log(f"constructiveness: out-of-fold Spearman {rho:.3f}")
        self.stages.append(Stage("constructiveness", {"oof_spearman": rho}))
        self._write(fit_ridge(rows, y, name="constructiveness"), _card(
            "constructiveness", "Draft constructiveness on the corpus label scale 0-2 (shown as 0-100).",
            data_lines=[f"{self.corpus_label}, train and dev splits ({len(rows)} drafts)."],
            features="Per kind: presence of thanks, acceptance, a forward-looking ask, a specific ask, strengths, next steps, an open or closed door, criticism, example markers, politeness markers and hedges (data/lexicons.json, matched on words and lemmas, ignoring text inside vague or confrontational findings); harsh words; the specificity score; counts of constructiveness and confrontation findings. Standardised ridge regression, alpha=1.",
            metrics_lines=[f"Out-of-fold Spearman correlation with the label ({FOLD_TEXT}): {rho:.3f}.", "Held-out figures: `feedback-lint evaluate --split test`."],
        ))
        return [int(round(max(0.0, min(100.0, 50 * v)))) for v in oof]

    # ------------------------------------------------------------------ 7. overall
    def overall(self, analysed, spec_oof: list[int], constr_oof: list[int]) -> None:  # type: ignore[no-untyped-def]
        from ..rules.checks.cf020_hostile_tone import HostileTone
        from ..scoring import NOT_SCORED, overall_features
        from ..scoring.confrontation import confrontation_score
        from ..scoring.politeness import tone_score

        rule = HostileTone()
        rows = []
        for i, ((ctx, findings), spec, constr) in enumerate(zip(analysed, spec_oof, constr_oof)):
            ctx.cache["confrontation"] = self.oof_sentences[i]
            ctx.cache["confrontation_draft"] = self.oof_draft[i]
            ctx.cache["findings"] = findings
            all_findings = [f for f in [*findings, *rule.check(ctx)] if f.code not in NOT_SCORED]
            partial = {"specificity": spec, "constructiveness": constr, "tone": tone_score(ctx, all_findings), "confrontation": confrontation_score(ctx, all_findings)}
            rows.append(overall_features(ctx, all_findings, partial))
        y = [d.overall for d in self.corpus]
        oof = self._oof_ridge(rows, y, "overall", positive=True)
        rho = _spearman(oof, y)
        self.log(f"overall: out-of-fold Spearman {rho:.3f}")
        self.stages.append(Stage("overall", {"oof_spearman": rho}))
        self._write(fit_ridge(rows, y, name="overall", positive=True), _card(
            "overall", "Overall quality on the corpus label scale 1-5, shown as 0-100 through the points 1→0, 2→30, 3→60, 4→80, 5→100 (so 60 means 'acceptable to send' and 80 'good'); capped at 40 when a confrontation or fairness error is present.",
            data_lines=[f"{self.corpus_label}, train and dev splits ({len(rows)} drafts)."],
            features="Per kind: the specificity, constructiveness and tone scores and 100 minus the confrontation score (out-of-fold predictions for the corpus-fitted ones, so the weights do not trust in-sample scores), minus the counts of findings by severity and by category, greeting and sign-off present. Standardised ridge regression, alpha=1, with non-negative weights: every feature points the same way, so a better score or one finding fewer never lowers the overall score.",
            metrics_lines=[f"Out-of-fold Spearman correlation with the label ({FOLD_TEXT}): {rho:.3f}.", "Held-out figures: `feedback-lint evaluate --split test`."],
        ))

    def _content_sentence_model(self, analysed, name: str, features, spans_of):  # type: ignore[no-untyped-def]
        """A logistic model of the content sentences (greeting and signature aside) that overlap a labelled
        span, for a stage that feeds specificity. ``spans_of(draft)`` is None for a draft not labelled
        for these spans: its sentences are never training rows, and are scored by the model of their fold
        like every other draft's. Later stages read the out-of-fold probabilities (left in each context's
        cache under ``name``), so their weights do not trust in-sample ones. Returns the model fitted on
        every labelled sentence, the out-of-fold ROC AUC, and the numbers of labelled sentences, positive
        sentences and labelled drafts."""
        rows, y, owners = self._sentence_rows(analysed, lambda ctx: ctx.content_sentences, features, lambda d: spans_of(d) or ())
        labelled = [j for j, o in enumerate(owners) if spans_of(self.corpus[o]) is not None]
        keep = set(labelled)

        def fit(idx: list[int]) -> LinearModel:
            return fit_logistic([rows[j] for j in idx if j in keep], [y[j] for j in idx if j in keep], name=name)

        per_draft = self._oof_sentences(rows, owners, fit)
        for i, (ctx, _) in enumerate(analysed):
            ctx.cache[name] = per_draft[i]
        flat = [p for i in range(len(self.corpus)) for p in per_draft[i]]
        auc = _auc([y[j] for j in labelled], [flat[j] for j in labelled])
        return fit(labelled), auc, len(labelled), sum(y[j] for j in labelled), len({owners[j] for j in labelled})

    def _sentence_rows(self, analysed, sentences_of, features, spans_of):  # type: ignore[no-untyped-def]
        """One feature row per sentence of every draft, labelled 1 when it overlaps a labelled span, and
        the index of the draft it came from."""
        rows, y, owners = [], [], []
        for i, ((ctx, _), d) in enumerate(zip(analysed, self.corpus)):
            for sent in sentences_of(ctx):
                rows.append(features(ctx, sent))
                y.append(int(any(s < sent.end_char and e > sent.start_char for s, e in spans_of(d))))
                owners.append(i)
        return rows, y, owners

    def _oof_sentences(self, rows, owners, fit) -> dict[int, list[float]]:  # type: ignore[no-untyped-def]
        """Out-of-fold sentence probabilities, per draft in sentence order; ``fit(indexes)`` fits on those
        rows. Folds group the sentences of a draft."""
        folds = _folds([d.id for d in self.corpus])
        oof = [0.0] * len(rows)
        for fold in range(FOLDS):
            m = fit([j for j, o in enumerate(owners) if folds[o] != fold])
            for j, o in enumerate(owners):
                if folds[o] == fold:
                    oof[j] = m.predict(rows[j])
        per_draft: dict[int, list[float]] = {i: [] for i in range(len(self.corpus))}
        for j, o in enumerate(owners):
            per_draft[o].append(oof[j])
        return per_draft

    def _oof_ridge(self, rows, y, name: str, **fit) -> list[float]:  # type: ignore[no-untyped-def]
        folds = _folds([d.id for d in self.corpus])
        oof = [0.0] * len(rows)
        for fold in range(FOLDS):
            tr = [i for i, f in enumerate(folds) if f != fold]
            m = fit_ridge([rows[i] for i in tr], [y[i] for i in tr], name=name, **fit)
            for i, f in enumerate(folds):
                if f == fold:
                    oof[i] = m.predict(rows[i])
        return oof


def _choose_threshold(p_draft: Sequence[float], by_rules: Sequence[bool], labels: Sequence[bool]) -> tuple[float, float, float]:
    negatives = [i for i, l in enumerate(labels) if not l]
    positives = [i for i, l in enumerate(labels) if l]
    best = (1.0, 0.0, 0.0)
    for t in sorted({round(p, 4) for p in p_draft} | {1.0}, reverse=True):
        flagged = [by_rules[i] or p_draft[i] >= t for i in range(len(labels))]
        fa = sum(flagged[i] for i in negatives) / max(1, len(negatives))
        if fa > MAX_FALSE_ALARM_RATE:
            break
        recall = sum(flagged[i] for i in positives) / max(1, len(positives))
        best = (t, recall, fa)
    return best


def _card(name: str, purpose: str, *, data_lines: Iterable[str], features: str, metrics_lines: Iterable[str]) -> str:
    lines = [
        f"# Model card: {name}",
        "",
        purpose,
        "",
        f"Stored as data in `{name}.json` (feature names, coefficients, intercept; JSON, no pickle): loading it cannot run code.",
        "",
        "## Data and licences",
        *(f"- {line}" for line in data_lines),
        "",
        "## Features",
        features,
        "",
        "## Metrics",
        *(f"- {line}" for line in metrics_lines),
        "",
        "## Reproduce",
        "`feedback-lint train` (from the repository root, with `../shared/datasets/` present) rebuilds every model and card; fixed seeds and hyper-parameters make the output identical for the same inputs.",
        "",
    ]
    return "\n".join(lines)


def train(*, corpus_dir: Path | None = None, datasets_dir: Path | None = None, out_dir: Path | None = None,
          log: Callable[[str], None] = print) -> list[Stage]:
    from importlib import resources

    out = out_dir or Path(str(resources.files("feedback_lint") / "models"))
    stages: list[Stage] = []
    summary: dict[str, Any] = {}
    for language in LANGUAGE_MODELS:
        trained = Trainer(corpus_dir, datasets_dir, out, log, language=language).run()
        stages.extend(trained)
        summary.update({(s.name if language == "en" else f"{language}/{s.name}"): s.metrics for s in trained})
    (out / "training-metrics.json").write_text(json.dumps(summary, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return stages
