"""Text from an article made safe to put into Markdown (and the HTML it becomes in notebooks and reports).

An article's headline, file name, names and sentences are data, never markup: `<svg onload=…>` in a headline must
show as those characters, not run as script when a reader opens the report. Every place that builds Markdown from
article text passes that text through `markdown_text` (or `markdown_code` for a path or an id).
"""

from __future__ import annotations

import string

# How the three characters that open HTML markup or an entity are written: as entities, which Markdown renderers
# pass through as text. Every other ASCII punctuation character is escaped with a backslash, which CommonMark (and
# the renderers of JupyterLab, nbconvert and GitHub) read as that character, literally: no emphasis, link, code
# span, heading, list, table or math delimiter can start inside the text.
HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
MARKDOWN_ESCAPES = str.maketrans({**{c: "\\" + c for c in string.punctuation}, **HTML_ENTITIES})


def markdown_text(text: object) -> str:
    """`text` as Markdown that renders as exactly its characters, on one line (runs of whitespace become a space)."""
    return " ".join(str(text).split()).translate(MARKDOWN_ESCAPES)


def markdown_code(text: object) -> str:
    """`text` (a path, an id) in code font as inline Markdown: an HTML <code> element around the escaped text, which,
    unlike a backtick code span, no character of the text can close. Use it inside a line, not at a line's start."""
    return f"<code>{markdown_text(text)}</code>"
