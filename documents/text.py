"""The words inside an attached file, for the search: the text layer of a PDF
(pypdf), the XML of DOCX, XLSX and OpenDocument files, and, for a scan with no
text layer, OCR (poppler's `pdftoppm` then Tesseract), which only a background
job runs (documents/tasks.py)."""

import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from xml.etree import ElementTree

from documents.conf import setting
from newsroom.vietnamese import nfc

# A PDF with fewer letters than this in its text layer is taken for a scan.
MIN_TEXT_LAYER_CHARS = 10
# The parts of an office file that hold its words.
XML_PARTS = {
    "docx": ["word/document.xml"],
    "xlsx": ["xl/sharedStrings.xml"],
    "odt": ["content.xml"],
    "ods": ["content.xml"],
}
OCR_TIMEOUT = 120


class NeedsOcr(Exception):
    """The PDF has no text layer: its words can only be read by OCR."""


def _tidy(text):
    return nfc(" ".join(text.split()))[: setting("MAX_TEXT_CHARS")]


def _pdf_text(data):
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        text = " ".join((page.extract_text() or "") for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        text = ""
    text = _tidy(text)
    if sum(ch.isalpha() for ch in text) < MIN_TEXT_LAYER_CHARS:
        raise NeedsOcr()
    return text


def _xml_text(data, parts):
    """The text of the XML `parts` of a ZIP (checked no bomb when uploaded:
    documents/files.py), paragraphs and cells apart."""
    pieces = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in parts:
            if part not in archive.namelist():
                continue
            root = ElementTree.fromstring(archive.read(part))
            for element in root.iter():
                if element.text:
                    pieces.append(element.text)
                # A paragraph's or a cell's end is a space between words.
                if element.tail:
                    pieces.append(element.tail)
                if element.tag.endswith(("}p", "}tc", "}si", "}h")):
                    pieces.append(" ")
    return _tidy("".join(pieces))


def read_text(data, file_type):
    """The words of a file's content `data`, or "" for a type whose words are
    not read (DOC, XLS); raises NeedsOcr for a PDF with no text layer."""
    if file_type == "pdf":
        return _pdf_text(data)
    if file_type in XML_PARTS:
        try:
            return _xml_text(data, XML_PARTS[file_type])
        except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, OSError):
            return ""
    return ""


def ocr_available():
    """Are Tesseract and pdftoppm installed on this machine?"""
    return bool(shutil.which("tesseract") and shutil.which("pdftoppm"))


def ocr_pdf(data):
    """The words of a scanned PDF read by Tesseract, page by page (at most
    DOCUMENTS_OCR_MAX_PAGES). Raises OSError or subprocess errors when the
    tools fail, for the job to try again."""
    with tempfile.TemporaryDirectory(prefix="newsroom-ocr-") as folder:
        source = os.path.join(folder, "scan.pdf")
        with open(source, "wb") as out:
            out.write(data)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(setting("OCR_DPI")),
                "-l",
                str(setting("OCR_MAX_PAGES")),
                "-gray",
                "-png",
                source,
                os.path.join(folder, "page"),
            ],
            check=True,
            capture_output=True,
            timeout=OCR_TIMEOUT,
        )
        pages = sorted(name for name in os.listdir(folder) if name.startswith("page"))
        texts = []
        for page in pages:
            done = subprocess.run(
                ["tesseract", os.path.join(folder, page), "stdout", "-l", setting("OCR_LANGUAGES")],
                check=True,
                capture_output=True,
                timeout=OCR_TIMEOUT,
            )
            texts.append(done.stdout.decode("utf-8", "replace"))
    return _tidy(" ".join(texts))
