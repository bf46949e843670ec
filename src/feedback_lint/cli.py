"""The command line: parses options, calls the library, picks a reporter, returns an exit code.

Heavy imports (spaCy, the rules' matchers) happen inside the commands, so ``--help``, ``--version``
and ``rules`` answer at once.
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import Any, List, Optional

import typer

from ._version import __version__
from .core.errors import FeedbackLintError
from .server.limits import DEFAULT_MAX_BODY

app = typer.Typer(
    name="feedback-lint",
    help="Check a drafted feedback e-mail, or a request for feedback, before you send it.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"


class RulesFormat(str, Enum):
    text = "text"
    json = "json"


class InputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


class Kind(str, Enum):
    auto = "auto"
    request = "request"
    feedback = "feedback"


class Lang(str, Enum):
    auto = "auto"
    en = "en"
    sv = "sv"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"feedback-lint {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """feedback-lint says what will go wrong when the other person reads your draft."""


def _split(values: Optional[List[str]]) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(out)


@app.command()
def check(
    paths: List[str] = typer.Argument(..., help="Draft files (.txt, .md, .eml), directories to search, or - for standard input."),
    kind: Kind = typer.Option(Kind.auto, "--kind", "-k", help="request: a candidate asking for feedback; feedback: an employer writing to a candidate; auto: decide from the text."),
    lang: Lang = typer.Option(Lang.auto, "--lang", help="Language of the drafts: en (English), sv (Swedish), or auto: detect each draft's language."),
    output_format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    fail_on: Optional[Level] = typer.Option(None, "--fail-on", help="Exit 1 when a finding at or above this severity is found (default: warning)."),
    min_score: Optional[int] = typer.Option(None, "--min-score", min=0, max=100, help="Exit 1 when a draft's overall score is below this."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Rules to run: codes, prefixes or names, comma-separated (default: all)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Rules to skip: codes, prefixes or names, comma-separated."),
    config_path: Optional[str] = typer.Option(None, "--config", help="Configuration file (default: nearest .feedback-lint.toml or pyproject.toml)."),
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Colour the text output (default: when writing to a terminal)."),
) -> None:
    """Lint drafts and report findings, scores and a verdict (send / review / block)."""
    from .core.draft import expand_paths, read_draft
    from .core.errors import InputError
    from .core.linter import Linter
    from .core.report import exit_status
    from .reporters import FORMATS

    config = _config(config_path, fail_on=fail_on, min_score=min_score, select=select, ignore=ignore)
    linter = Linter(config)

    drafts = []
    errors = 0
    stdin_bytes = sys.stdin.buffer.read() if "-" in paths else None
    for path in expand_paths(list(paths)):
        try:
            drafts.append(read_draft(path, stdin_bytes=stdin_bytes, max_bytes=config.max_size))
        except InputError as exc:
            typer.echo(f"feedback-lint: error: {exc}", err=True)
            errors += 1
    if not drafts and not errors:
        typer.echo("feedback-lint: error: no drafts found (looked for *.txt, *.md, *.eml)", err=True)
        raise typer.Exit(2)

    reports = list(linter.lint_drafts(drafts, kind=kind.value, lang=lang.value))
    use_color = sys.stdout.isatty() if color is None else color
    if reports or output_format in (Format.json, Format.sarif):
        typer.echo(FORMATS[output_format.value](reports, color=use_color), nl=False)
    raise typer.Exit(exit_status(reports, input_errors=errors))


def _severity(level: Optional[Level]):  # type: ignore[no-untyped-def]
    from .core.finding import Severity

    return Severity(level.value) if level else None


def _config(config_path: Optional[str], *, fail_on: Optional[Level], min_score: Optional[int],
            select: Optional[List[str]], ignore: Optional[List[str]]):  # type: ignore[no-untyped-def]
    """The configuration file (given or found), with the command-line options laid over it."""
    from .core.config import load_config

    config = load_config(config_path)
    return config.with_overrides(
        fail_on=_severity(fail_on),
        min_score=min_score,
        select=_split(select) or None,
        ignore=(config.ignore + _split(ignore)) if ignore else None,
    )


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Only this machine can connect unless you change it."),
    port: int = typer.Option(8765, "--port", min=0, max=65535, help="Port to listen on (0: any free port, printed at start)."),
    max_body: int = typer.Option(DEFAULT_MAX_BODY, "--max-body", min=1, metavar="BYTES", help="Refuse request bodies larger than this (413)."),
    config_path: Optional[str] = typer.Option(None, "--config", help="Configuration file (default: nearest .feedback-lint.toml or pyproject.toml)."),
) -> None:
    """Serve the linter over HTTP: /v1/check, a LanguageTool-compatible /v2/check, /healthz, docs at /docs."""
    from .core.config import load_config
    from .server import serve as run_server

    run_server(host=host, port=port, config=load_config(config_path), max_body=max_body)


@app.command()
def batch(
    input_path: str = typer.Argument(..., metavar="INPUT", help="A JSONL or CSV file of drafts, or - for standard input (JSONL unless --input-format csv)."),
    text_field: str = typer.Option("text", "--text-field", help="Field (JSONL) or column (CSV) holding the draft."),
    id_field: str = typer.Option("id", "--id-field", help="Field or column copied to each result as \"id\"."),
    input_format: Optional[InputFormat] = typer.Option(None, "--input-format", help="Input format (default: from the file name)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the results here instead of standard output."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes; each loads the model once."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first malformed record (exit 2) instead of skipping it."),
    kind: Kind = typer.Option(Kind.auto, "--kind", "-k", help="request, feedback, or auto: decide per draft."),
    lang: Lang = typer.Option(Lang.auto, "--lang", help="Language of the drafts: en, sv, or auto: detect each draft's language."),
    fail_on: Optional[Level] = typer.Option(None, "--fail-on", help="Exit 1 when a finding at or above this severity is found (default: warning)."),
    min_score: Optional[int] = typer.Option(None, "--min-score", min=0, max=100, help="Exit 1 when a draft's overall score is below this."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Rules to run: codes, prefixes or names, comma-separated (default: all)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Rules to skip: codes, prefixes or names, comma-separated."),
    config_path: Optional[str] = typer.Option(None, "--config", help="Configuration file (default: nearest .feedback-lint.toml or pyproject.toml)."),
) -> None:
    """Lint a JSONL or CSV file of drafts: one JSON result per line, a summary on stderr."""
    from .batch import run

    config = _config(config_path, fail_on=fail_on, min_score=min_score, select=select, ignore=ignore)
    raise typer.Exit(run(
        input_path,
        config=config,
        kind=kind.value,
        lang=lang.value,
        fmt=input_format.value if input_format else None,
        text_field=text_field,
        id_field=id_field,
        output=output,
        jobs=jobs,
        strict=strict,
    ))


@app.command("rules")
def list_rules(
    output_format: RulesFormat = typer.Option(RulesFormat.text, "--format", "-f", help="Output format."),
) -> None:
    """List every rule: code, name, category, default severity, which kind of draft it checks, and in
    which languages (the message and fix title shown are the English ones where there are several)."""
    from .rules import all_rules

    languages: dict[str, list[str]] = {}
    first: dict[str, Any] = {}
    for r in all_rules():
        languages.setdefault(r.code, []).extend(r.languages)
        first.setdefault(r.code, r)
    rules = list(first.values())
    if output_format is RulesFormat.json:
        import json

        typer.echo(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category.value, "severity": r.severity.value,
             "kinds": list(r.kinds), "languages": languages[r.code], "message": r.message, "fix_title": r.fix_title}
            for r in rules
        ], indent=2))
        return
    for r in rules:
        kinds = "both" if len(r.kinds) == 2 else r.kinds[0]
        typer.echo(f"{r.code}  {r.name:<26} {r.category.value:<17} {r.severity.value:<8} {kinds:<9} {','.join(languages[r.code]):<6} {r.fix_title}")


@app.command("rule")
def show_rule(
    code: str = typer.Argument(..., help="Rule code or name, e.g. CF001 or why-rejected."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Only this language's version of the rule (default: every language)."),
) -> None:
    """Print a rule's documentation with examples, in each language it is checked in."""
    from .core.errors import ConfigError
    from .rules import rule_variants

    variants = [r for r in rule_variants(code) if lang in (None, Lang.auto) or r.speaks(lang.value)]
    if not variants:
        raise ConfigError(f"unknown rule {code!r}" + (f" in language {lang.value!r}" if lang else "") + " (see 'feedback-lint rules')")
    typer.echo("\n\n".join(_rule_doc(rule) for rule in variants))


def _rule_doc(rule) -> str:  # type: ignore[no-untyped-def]
    kinds = " and ".join(rule.kinds)
    lines = [
        f"{rule.code} ({rule.name}), language: {', '.join(rule.languages)}",
        f"Category: {rule.category.value}. Default severity: {rule.severity.value}. Checks: {kinds} drafts.",
        "",
        "## What it does", rule.doc.what, "",
        "## Why is this bad?", rule.doc.why, "",
        "## Example", rule.doc.example, "",
        "## Use instead", rule.doc.instead, "",
        "## Fires on",
        *(f"- {' / '.join(e.splitlines())}" for e in rule.examples_fail),
        "",
        "## Does not fire on",
        *(f"- {' / '.join(e.splitlines())}" for e in rule.examples_pass),
    ]
    if rule.no_suggestion_reason:
        lines += ["", "## Why there is no automatic suggestion", rule.no_suggestion_reason]
    return "\n".join(lines)


@app.command()
def train(
    corpus: Optional[str] = typer.Option(None, "--corpus", help="Corpus directory (default: ./corpus of the source checkout)."),
    datasets: Optional[str] = typer.Option(None, "--datasets", help="Public data sets (default: ../shared/datasets)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Where to write the models (default: the package's models/)."),
) -> None:
    """Rebuild the trained scorers in models/ from corpus/ and the public data sets (fixed seeds)."""
    from pathlib import Path

    from .training.train import train as run_training

    run_training(
        corpus_dir=Path(corpus) if corpus else None,
        datasets_dir=Path(datasets) if datasets else None,
        out_dir=Path(output) if output else None,
        log=lambda line: typer.echo(line, err=True),
    )


@app.command()
def evaluate(
    split: str = typer.Option("test", "--split", help="Corpus split: train, dev or test."),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="Corpus directory (default: ./corpus of the source checkout)."),
    models: Optional[str] = typer.Option(None, "--models", help="Models to measure: a directory written by 'feedback-lint train -o DIR' (default: the package's models/)."),
) -> None:
    """Measure the linter and scorers on a corpus split against their targets."""
    from pathlib import Path

    from .core.errors import ConfigError
    from .evaluation.corpus import SPLITS
    from .evaluation.evaluate import evaluate as run_evaluation
    from .scoring.model import use_model_dir

    if split not in SPLITS:
        raise ConfigError(f"unknown split {split!r} (use train, dev or test)")
    if models is not None:
        if not Path(models).is_dir():
            raise ConfigError(f"--models {models}: no such directory")
        use_model_dir(Path(models))
    run_evaluation(split, corpus_dir=Path(corpus) if corpus else None, log=typer.echo)



class RewriteFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def fix(
    paths: List[str] = typer.Argument(..., help="Draft files (.txt, .md, .eml), directories to search, or - (standard input to standard output)."),
    unsafe_fixes: bool = typer.Option(False, "--unsafe-fixes", help="Also apply the suggestions that change the wording (read the result before sending)."),
    diff: bool = typer.Option(False, "--diff", help="Print a unified diff of the fixes and change nothing."),
    kind: Kind = typer.Option(Kind.auto, "--kind", "-k", help="request, feedback, or auto: decide per draft."),
    lang: Lang = typer.Option(Lang.auto, "--lang", help="Language of the drafts: en, sv, or auto: detect each draft's language."),
    fail_on: Optional[Level] = typer.Option(None, "--fail-on", help="Fix findings at or above this severity (default: warning), and exit 1 if any is left."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Rules to run: codes, prefixes or names, comma-separated (default: all)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Rules to skip: codes, prefixes or names, comma-separated."),
    config_path: Optional[str] = typer.Option(None, "--config", help="Configuration file (default: nearest .feedback-lint.toml or pyproject.toml)."),
) -> None:
    """Apply the safe fixes (all fixes with --unsafe-fixes) to the drafts, in place."""
    from .rewrite.fixer import fix_paths

    config = _config(config_path, fail_on=fail_on, min_score=None, select=select, ignore=ignore)
    raise typer.Exit(fix_paths(
        list(paths), config=config, kind=kind.value, lang=lang.value, unsafe=unsafe_fixes, diff=diff, stdin=sys.stdin.buffer,
        out=lambda text: typer.echo(text, nl=False), out_bytes=sys.stdout.buffer.write, err=lambda line: typer.echo(line, err=True),
    ))


@app.command()
def rewrite(
    path: str = typer.Argument(..., metavar="PATH", help="A draft file (.txt, .md, .eml), or - for standard input."),
    output_format: RewriteFormat = typer.Option(RewriteFormat.text, "--format", "-f", help="text: the rewritten draft; json: it and the list of edits."),
    kind: Kind = typer.Option(Kind.auto, "--kind", "-k", help="request, feedback, or auto: decide from the text."),
    lang: Lang = typer.Option(Lang.auto, "--lang", help="Language of the draft: en, sv, or auto: detect it."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Rules to run: codes, prefixes or names, comma-separated (default: all)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Rules to skip: codes, prefixes or names, comma-separated."),
    config_path: Optional[str] = typer.Option(None, "--config", help="Configuration file (default: nearest .feedback-lint.toml or pyproject.toml)."),
) -> None:
    """Print the whole rewritten draft: every suggestion and insertion applied (the file is not changed)."""
    from .rewrite.fixer import rewrite_path

    config = _config(config_path, fail_on=None, min_score=None, select=select, ignore=ignore)
    raise typer.Exit(rewrite_path(path, config=config, kind=kind.value, lang=lang.value, output_format=output_format.value,
                                  stdin=sys.stdin.buffer, out=lambda text: typer.echo(text, nl=False)))

def main() -> None:
    """Console-script entry point: user errors are one line on stderr and exit status 2."""
    try:
        app()
    except FeedbackLintError as exc:
        typer.echo(f"feedback-lint: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (e.g. piped into `head`): stop quietly, as Unix tools do.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
