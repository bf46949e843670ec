"""Training and its data readers; imported only by ``feedback-lint train`` (scikit-learn is needed here only)."""
