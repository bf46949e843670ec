"""Keep track of what a series of rewrite passes changed, in the original text's offsets.

The text is a list of pieces, each either a stretch of the original text or new text standing in for
a stretch of it. Edits made in a later pass, in the offsets of that pass's text, are applied to the
pieces, so at the end the changes can be reported as edits of the original text however many passes
made them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Piece:
    text: str
    #: The original stretch this piece is (unchanged) or replaces (changed).
    start: int
    end: int
    changed: bool = False
    codes: frozenset[str] = frozenset()
    titles: tuple[str, ...] = ()
    safe: bool = True


@dataclass(frozen=True)
class Change:
    """One edit of the original text, made by one or more suggestions."""

    start: int
    end: int
    replacement: str
    codes: tuple[str, ...]
    titles: tuple[str, ...]
    safe: bool


@dataclass
class Trace:
    original: str
    pieces: list[Piece] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.pieces:
            self.pieces = [Piece(self.original, 0, len(self.original))] if self.original else []

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    def apply(self, start: int, end: int, replacement: str, *, code: str, title: str, safe: bool) -> None:
        """Replace ``text[start:end]`` of the current text. Edits of one pass go right to left."""
        self._split(start)
        self._split(end)
        placed, pos = [], 0
        for i, piece in enumerate(self.pieces):
            placed.append((i, pos, piece))
            pos += len(piece.text)
        if end > start:
            hit = [(i, at, p) for i, at, p in placed if at < end and at + len(p.text) > start]
        else:
            hit = [(i, at, p) for i, at, p in placed if p.changed and at < start < at + len(p.text)]
        if not hit:
            index = next((i for i, at, _ in placed if at >= start), len(self.pieces))
            origin = self.pieces[index - 1].end if index > 0 else 0
            self.pieces.insert(index, Piece(replacement, origin, origin, True, frozenset({code}), (title,), safe))
            return
        (first, first_at, head), (last, last_at, tail) = hit[0], hit[-1]
        # Only a changed piece can stick out of the edit (unchanged ones were split): it is replaced whole.
        text = head.text[: max(0, start - first_at)] + replacement + tail.text[max(0, end - last_at) :]
        pieces = [p for _, _, p in hit]
        self.pieces[first : last + 1] = [Piece(
            text, head.start, tail.end, True,
            frozenset({code}).union(*(p.codes for p in pieces)),
            tuple(t for p in pieces for t in p.titles) + (title,),
            safe and all(p.safe for p in pieces if p.changed),
        )]

    def changed_spans(self) -> list[tuple[int, int]]:
        """Where the current text is new (offsets of the current text)."""
        out, pos = [], 0
        for piece in self.pieces:
            if piece.changed:
                out.append((pos, pos + len(piece.text)))
            pos += len(piece.text)
        return out

    def changes(self) -> list["Change"]:
        """Runs of changed pieces, merged, as edits of the original text."""
        out: list[Change] = []
        run: list[Piece] = []
        for piece in [*self.pieces, None]:
            if piece is not None and piece.changed:
                run.append(piece)
                continue
            if run:
                replacement = "".join(p.text for p in run)
                start, end = run[0].start, run[-1].end
                if replacement != self.original[start:end]:
                    titles = tuple(dict.fromkeys(t for p in run for t in p.titles))
                    codes = tuple(sorted(frozenset().union(*(p.codes for p in run))))
                    out.append(Change(start, end, replacement, codes, titles, all(p.safe for p in run)))
                run = []
        return out

    # ------------------------------------------------------------------ helpers
    def _split(self, offset: int) -> None:
        """Make ``offset`` fall on a piece boundary, splitting an unchanged piece (a changed piece is
        kept whole: an edit inside it replaces all of it)."""
        pos = 0
        for i, piece in enumerate(self.pieces):
            size = len(piece.text)
            if pos < offset < pos + size and not piece.changed:
                cut = offset - pos
                self.pieces[i : i + 1] = [
                    Piece(piece.text[:cut], piece.start, piece.start + cut),
                    Piece(piece.text[cut:], piece.start + cut, piece.end),
                ]
                return
            pos += size
