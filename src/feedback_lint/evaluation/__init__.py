"""The labelled corpus and the measurements made on it (``feedback-lint evaluate``)."""
