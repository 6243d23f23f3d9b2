"""Comparing two saved versions of an article as readers see them.

The editor's "So sánh" shows the text, not its HTML: each paragraph of the newer
version, with the words taken out struck through and the words put in marked,
and a photo as its description, so a changed or removed photo shows too.
Other apps' revisions of plain text (documents) compare their own fields
with `compare_revisions(..., fields=..., changes=text_changes)`.
"""

import difflib
import re

from django.utils.translation import gettext as _

from articles.richtext import body_photos, plain_text

# Where a block of the body ends: a paragraph, a heading, a list item, a photo...
_BLOCK_END = re.compile(r"(</(?:p|h2|h3|h4|li|ul|ol|figure|figcaption|blockquote|tr|table)>|<br\s*/?>)")
_BREAK = "\n"


def _readable(html):
    """The paragraphs of sanitised HTML as readers see them, photos as "[Ảnh: …]"."""
    for photo in reversed(body_photos(html)):
        shown = f" [{_('Ảnh')}: {photo.alt or _('không có mô tả')}] "
        html = html[: photo.start] + shown + html[photo.end :]
    blocks = (
        " ".join(plain_text(block).split()) for block in _BLOCK_END.sub(r"\1" + _BREAK, html).split(_BREAK)
    )
    return [block for block in blocks if block]


def _words(blocks):
    return [word for block in blocks for word in [*block.split(), _BREAK]]


def word_changes(older_html, newer_html):
    """The newer text's paragraphs, each a list of (kind, words) with kind "same",
    "add" or "remove"; words taken out stand where they were."""
    return _changes(_readable(older_html), _readable(newer_html))


def text_changes(older_text, newer_text):
    """word_changes() of plain text (not HTML), each line a paragraph."""

    def lines(text):
        return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]

    return _changes(lines(older_text), lines(newer_text))


def _changes(older_blocks, newer_blocks):
    older, newer = _words(older_blocks), _words(newer_blocks)
    paragraphs = [[]]

    def put(kind, words):
        for word in words:
            if word == _BREAK:
                # A paragraph ends where the newer text ends one; a removed break joins two.
                if kind != "remove" and paragraphs[-1]:
                    paragraphs.append([])
                continue
            last = paragraphs[-1]
            if last and last[-1][0] == kind:
                last[-1] = (kind, f"{last[-1][1]} {word}")
            else:
                last.append((kind, word))

    matcher = difflib.SequenceMatcher(a=older, b=newer, autojunk=False)
    for op, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if op == "equal":
            put("same", newer[b_start:b_end])
            continue
        put("remove", older[a_start:a_end])
        put("add", newer[b_start:b_end])
    return [paragraph for paragraph in paragraphs if paragraph]


def article_fields():
    return [(_("Tiêu đề"), "title"), (_("Sapo"), "lead"), (_("Nội dung"), "body")]


def compare_revisions(older, newer, fields=None, changes=word_changes):
    """(field label, paragraphs of `changes`, whether anything changed) for each
    (label, attribute) of `fields` of two revisions: by default an article's
    title, lead and body, compared as HTML."""
    result = []
    for label, name in fields or article_fields():
        paragraphs = changes(getattr(older, name), getattr(newer, name))
        changed = any(kind != "same" for paragraph in paragraphs for kind, _words in paragraph)
        result.append((label, paragraphs, changed))
    return result
