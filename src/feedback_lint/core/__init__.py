"""Draft, findings, reports, configuration, the linter. Nothing here prints."""
