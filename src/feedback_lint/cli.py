"""The command line: parses options, calls the library, picks a reporter, returns an exit code.

Heavy imports (spaCy, the rules' matchers) happen inside the commands, so ``--help``, ``--version``
and ``rules`` answer at once.
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import List, Optional

import typer

from ._version import __version__
from .core.errors import FeedbackLintError

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


class Kind(str, Enum):
    auto = "auto"
    request = "request"
    feedback = "feedback"


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
    output_format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    fail_on: Optional[Level] = typer.Option(None, "--fail-on", help="Exit 1 when a finding at or above this severity is found (default: warning)."),
    min_score: Optional[int] = typer.Option(None, "--min-score", min=0, max=100, help="Exit 1 when a draft's overall score is below this."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Rules to run: codes, prefixes or names, comma-separated (default: all)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Rules to skip: codes, prefixes or names, comma-separated."),
    config_path: Optional[str] = typer.Option(None, "--config", help="Configuration file (default: nearest .feedback-lint.toml or pyproject.toml)."),
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Colour the text output (default: when writing to a terminal)."),
) -> None:
    """Lint drafts and report findings, scores and a verdict (send / review / block)."""
    from .core.config import load_config
    from .core.draft import expand_paths, read_draft
    from .core.errors import InputError
    from .core.linter import Linter
    from .core.report import exit_status
    from .reporters import FORMATS

    config = load_config(config_path)
    config = config.with_overrides(
        fail_on=_severity(fail_on),
        min_score=min_score,
        select=_split(select) or None,
        ignore=(config.ignore + _split(ignore)) if ignore else None,
    )
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

    reports = list(linter.lint_drafts(drafts, kind=kind.value))
    use_color = sys.stdout.isatty() if color is None else color
    if reports or output_format is Format.json:
        typer.echo(FORMATS[output_format.value](reports, color=use_color), nl=False)
    raise typer.Exit(exit_status(reports, input_errors=errors))


def _severity(level: Optional[Level]):  # type: ignore[no-untyped-def]
    from .core.finding import Severity

    return Severity(level.value) if level else None


@app.command("rules")
def list_rules(
    output_format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
) -> None:
    """List every rule: code, name, category, default severity, and which kind of draft it checks."""
    from .rules import all_rules

    rules = all_rules()
    if output_format is Format.json:
        import json

        typer.echo(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category.value, "severity": r.severity.value,
             "kinds": list(r.kinds), "message": r.message, "fix_title": r.fix_title}
            for r in rules
        ], indent=2))
        return
    for r in rules:
        kinds = "both" if len(r.kinds) == 2 else r.kinds[0]
        typer.echo(f"{r.code}  {r.name:<26} {r.category.value:<17} {r.severity.value:<8} {kinds:<9} {r.fix_title}")


@app.command("rule")
def show_rule(code: str = typer.Argument(..., help="Rule code or name, e.g. CF001 or why-rejected.")) -> None:
    """Print a rule's documentation with examples."""
    from .core.errors import ConfigError
    from .rules import get_rule

    rule = get_rule(code)
    if rule is None:
        raise ConfigError(f"unknown rule {code!r} (see 'feedback-lint rules')")
    kinds = " and ".join(rule.kinds)
    lines = [
        f"{rule.code} ({rule.name})",
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
    typer.echo("\n".join(lines))


def main() -> None:
    """Console-script entry point: user errors are one line on stderr and exit status 2."""
    try:
        app()
    except FeedbackLintError as exc:
        typer.echo(f"feedback-lint: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
