"""What an attached file may be, read from its content and never from its
name: PDF, Word (DOC, DOCX), OpenDocument (ODT, ODS) or Excel (XLS, XLSX).
A web page, an SVG, a script, a program, an archive that unpacks to far more
than it weighs (a "ZIP bomb"), or anything else is refused with a Vietnamese
answer before anything is stored."""

import io
import zipfile

from django.utils.translation import gettext as _

from documents.conf import setting

TYPE_LABELS = {
    "pdf": "PDF",
    "doc": "Word (DOC)",
    "docx": "Word (DOCX)",
    "odt": "OpenDocument (ODT)",
    "ods": "OpenDocument (ODS)",
    "xls": "Excel (XLS)",
    "xlsx": "Excel (XLSX)",
}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# The starts of what must never be served from the portal's own address.
ACTIVE_STARTS = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa")
MARKUP_WORDS = (b"<html", b"<!doctype", b"<svg", b"<script", b"<?xml", b"<head", b"<body", b"<iframe")
MAX_ZIP_MEMBERS = 5000


class FileRefused(Exception):
    """The file is not one the portal keeps; the message says why, in Vietnamese."""


def _accepted():
    return _("Chỉ nhận tệp PDF, Word (DOC, DOCX), OpenDocument (ODT, ODS) hoặc Excel (XLS, XLSX).")


def _office_type(archive):
    """The kind of office file a ZIP archive is, or None."""
    names = set(archive.namelist())
    if "mimetype" in names:
        mimetype = archive.read("mimetype")[:100].strip().decode("ascii", "replace")
        return {CONTENT_TYPES["odt"]: "odt", CONTENT_TYPES["ods"]: "ods"}.get(mimetype)
    if "[Content_Types].xml" in names:
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
    return None


def _check_zip(data):
    """The office type of ZIP `data`, after checking from its directory alone
    (nothing unpacked) that it is no bomb."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise FileRefused(_("Tệp bị hỏng hoặc tải lên chưa hết. Vui lòng thử lại.")) from None
    unpacked = sum(member.file_size for member in members)
    packed = max(1, sum(member.compress_size for member in members))
    if (
        len(members) > MAX_ZIP_MEMBERS
        or unpacked > setting("MAX_UNPACKED_BYTES")
        or unpacked / packed > setting("MAX_ZIP_RATIO")
    ):
        raise FileRefused(_("Tệp nén bất thường (giải nén ra quá lớn), không được tải lên."))
    try:
        kind = _office_type(archive)
    except (zipfile.BadZipFile, ValueError, OSError, RuntimeError):
        kind = None
    if kind is None:
        raise FileRefused(_("Tệp nén không phải văn bản Word, Excel hay OpenDocument. ") + _accepted())
    return kind


def _check_pdf(data):
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise FileRefused(_("Tệp PDF có mật khẩu: vui lòng tải lên bản không đặt mật khẩu."))
        len(reader.pages)
    except FileRefused:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        raise FileRefused(_("Tệp PDF bị hỏng hoặc tải lên chưa hết. Vui lòng thử lại.")) from None
    return "pdf"


def check_file(upload):
    """The type ("pdf", "docx", …) of an uploaded file, read from its content;
    raises FileRefused when the portal must not keep it."""
    limit = setting("MAX_FILE_BYTES")
    if upload.size > limit:
        raise FileRefused(_("Tệp quá lớn (tối đa %(mb)d MB).") % {"mb": limit // (1024 * 1024)})
    if upload.size == 0:
        raise FileRefused(_("Tệp rỗng."))
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if data.startswith(b"%PDF-"):
        return _check_pdf(data)
    if data.startswith(ZIP_MAGIC):
        return _check_zip(data)
    if data.startswith(OLE2_MAGIC):
        # Word and Excel 97-2003 share one container: the name tells them apart.
        return "xls" if upload.name.lower().endswith((".xls", ".xlt")) else "doc"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(ACTIVE_STARTS) or any(word in head.lower() for word in MARKUP_WORDS):
        raise FileRefused(
            _("Tệp là trang web, ảnh SVG, mã lệnh hoặc chương trình chạy được: không được tải lên. ")
            + _accepted()
        )
    raise FileRefused(_("Không nhận ra định dạng tệp. ") + _accepted())
