"""Errors a user can cause. The CLI prints them as one line and exits 2."""

from __future__ import annotations


class FeedbackLintError(Exception):
    """Base class for errors caused by the input or the configuration, never by a bug."""


class InputError(FeedbackLintError):
    """A draft could not be read: missing path, binary or undecodable file, empty, too large."""


class ConfigError(FeedbackLintError):
    """The configuration is invalid: bad TOML, unknown key, unknown rule code, bad value."""


class RuleDefinitionError(FeedbackLintError):
    """A rule file shipped with the package (or added by a user) does not match the rule schema."""
