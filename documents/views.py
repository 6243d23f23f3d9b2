"""The reader's side of Văn bản: the register with its filters and search,
the drafts open for opinions, a document's page, its files, sending an
opinion on an open draft, and the RSS of new documents."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_safe

from articles.conf import PAGE_PARAM, QUERY_PARAM
from articles.forms import SearchForm
from articles.pagecache import not_kept, public_page, read_as, rendered_page
from articles.search import RankedResults
from comments import captcha, moderation
from comments.forms import CommentForm, started_token
from comments.views import with_captcha
from documents import workflow
from documents.conf import DOCUMENTS_PER_PAGE, FIELD_PARAM, ISSUER_PARAM, KIND_PARAM, YEAR_PARAM
from documents.files import CONTENT_TYPES
from documents.models import Attachment, Document, Kind
from newsroom.client_ip import client_ip
from newsroom.middleware import accepts_posts

FILTER_PARAMS = (KIND_PARAM, ISSUER_PARAM, FIELD_PARAM, YEAR_PARAM, QUERY_PARAM)


def _filtered(request, documents):
    """`documents` narrowed by the list's filters, and the filters as read."""
    chosen = {name: request.GET.get(name, "").strip()[:200] for name in FILTER_PARAMS[:-1]}
    kind = Kind.objects.for_site(request.site).filter(slug=chosen[KIND_PARAM]).first()
    chosen[KIND_PARAM] = kind.slug if kind else ""
    if kind:
        documents = documents.filter(kind=kind)
    if chosen[ISSUER_PARAM]:
        documents = documents.filter(issuer=chosen[ISSUER_PARAM])
    if chosen[FIELD_PARAM]:
        documents = documents.filter(field=chosen[FIELD_PARAM])
    if chosen[YEAR_PARAM].isdigit() and len(chosen[YEAR_PARAM]) == 4:
        documents = documents.filter(issued_on__year=int(chosen[YEAR_PARAM]))
    else:
        chosen[YEAR_PARAM] = ""
    return documents, chosen


def _register_page(request, documents, template, extra=None):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    published = Document.objects.published(request.site)
    documents, chosen = _filtered(request, documents)
    # A search reads no further than the page (articles/search.py RankedResults).
    documents = RankedResults(documents, query, related=("kind",)) if query else documents.newest_first()
    page = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get(PAGE_PARAM))
    rendered_page(request, PAGE_PARAM, page.number)
    for name in (KIND_PARAM, YEAR_PARAM):  # a kind or year it does not know is ignored
        read_as(request, name, chosen[name])
    if not page.object_list:
        not_kept(request)
    chosen[QUERY_PARAM] = query
    context = {
        "page_obj": page,
        "documents": page.object_list,
        "query": query,
        "search_form": form,
        "picked": {name.replace("-", "_"): value for name, value in chosen.items()},
        "is_filtered": any(chosen.values()),
        "kinds": Kind.objects.for_site(request.site),
        "issuers": published.order_by("issuer").values_list("issuer", flat=True).distinct(),
        "fields": published.exclude(field="").order_by("field").values_list("field", flat=True).distinct(),
        "years": published.issue_years(),
        "is_capped": getattr(documents, "is_capped", False),
        "page_query": urlencode({k: v for k, v in chosen.items() if v}),
        **(extra or {}),
    }
    return render(request, template, context, status=200 if form.is_valid() else 400)


@require_safe
@public_page(*FILTER_PARAMS, PAGE_PARAM)
def document_list(request):
    """The portal's published documents, newest issue date first, filtered and searched."""
    documents = Document.objects.published(request.site).for_listing()
    return _register_page(request, documents, "documents/list.html")


@require_safe
@public_page(*FILTER_PARAMS, PAGE_PARAM)
def draft_list(request):
    """The portal's drafts put out for opinions, open and closed."""
    documents = Document.objects.published(request.site).drafts_for_opinions().for_listing()
    return _register_page(request, documents, "documents/drafts.html", {"now": timezone.now()})


@require_safe
@public_page
def document_detail(request, pk):
    """One published document: its metadata, files, related documents and
    articles; a draft's opinion form while open."""
    document = get_object_or_404(Document.objects.published(request.site).select_related("kind"), pk=pk)
    context = {
        "document": document,
        "attachments": document.attachments.all(),
        "form": CommentForm(),
        "is_open": document.is_open_for_opinions(),
    }
    return render(request, "documents/detail.html", context)


@require_safe
def download(request, pk, file_pk):
    """One attached file from the media storage: PDF inline (the browser shows
    it), anything else as a download; never as something the browser could run."""
    attachment = get_object_or_404(
        Attachment.objects.filter(document__in=Document.objects.published(request.site)),
        pk=file_pk,
        document=pk,
    )
    try:
        source = default_storage.open(attachment.file.name, "rb")
    except (FileNotFoundError, OSError):
        raise Http404(_("Không tìm thấy tệp.")) from None
    response = FileResponse(
        source,
        as_attachment=not attachment.is_pdf,
        filename=attachment.name or f"van-ban.{attachment.file_type}",
        content_type=CONTENT_TYPES.get(attachment.file_type, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    if attachment.is_pdf:
        # Shown in the document's page (an iframe of the site's own) by the
        # browser's PDF viewer, which a sandbox would refuse to load.
        response["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'self'"
        response["X-Frame-Options"] = "SAMEORIGIN"
    else:
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "public, max-age=3600"
    return response


@accepts_posts
@never_cache
@sensitive_post_parameters("phone", "captcha")
@sensitive_variables()
def give_opinion(request, pk):
    """The draft's opinion form on a page of its own with a fresh captcha
    (GET), or check and store an opinion (POST). After the deadline, the page
    says so and a post is refused with nothing kept."""
    document = get_object_or_404(Document.objects.published(request.site).drafts_for_opinions(), pk=pk)
    if not document.is_open_for_opinions():
        return _closed(request, document)
    if request.method != "POST":
        return _opinion_page(
            request, document, CommentForm(initial={"started": started_token(timezone.now())})
        )
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _opinion_page(request, document, form, status=400)
    try:
        opinion = workflow.submit_opinion(
            document,
            form.cleaned_data,
            ip=client_ip(request),
            user_agent=request.headers.get("User-Agent", ""),
            shown_at=form.started_at,
            queue_url=request.build_absolute_uri(reverse("admin:documents_opinion_changelist")),
        )
    except workflow.ConsultationClosed:
        return _closed(request, document)
    except (
        moderation.WrongCaptcha,
        moderation.Flooded,
        moderation.TooFast,
        workflow.DuplicateOpinion,
    ) as refusal:
        return _not_stored(request, document, form, refusal)
    if opinion is not None:
        messages.success(
            request, _("Ý kiến của bạn đã được gửi đến cơ quan soạn thảo. Ý kiến không được đăng công khai.")
        )
    return redirect(document.get_absolute_url() + "#gop-y")


def _closed(request, document):
    response = render(
        request,
        "documents/opinion_page.html",
        {"document": document, "closed": True},
        status=403 if request.method == "POST" else 200,
    )
    return response


def _not_stored(request, document, form, refusal):
    if isinstance(refusal, workflow.DuplicateOpinion):
        messages.info(request, _("Chúng tôi đã nhận ý kiến này trước đó, bạn không cần gửi lại."))
        return redirect(document.get_absolute_url() + "#gop-y")
    if isinstance(refusal, moderation.WrongCaptcha):
        form.captcha_refused()
        return _opinion_page(request, document, form, status=400)
    if isinstance(refusal, moderation.TooFast):
        notice = _(
            "Bạn gửi hơi nhanh nên ý kiến chưa được nhận. Nội dung bạn gõ vẫn còn bên dưới: "
            "vui lòng nhập mã xác nhận mới và gửi lại."
        )
        return _opinion_page(request, document, _retyped(request), status=400, notice=notice)
    notice = _("Bạn đã gửi nhiều ý kiến liên tiếp. Vui lòng gửi lại sau khoảng %(minutes)d phút.") % {
        "minutes": -(-refusal.wait // 60)
    }
    response = _opinion_page(
        request,
        document,
        _retyped(request),
        status=429,
        notice=notice,
        posted=captcha.posted_captcha(request.POST),
    )
    response["Retry-After"] = str(refusal.wait)
    return response


def _retyped(request):
    names = ("name", "phone", "title", "body", "started")
    typed = {name: request.POST.get(name, "") for name in names}
    typed["started"] = typed["started"] or started_token(timezone.now())
    return CommentForm(initial=typed)


def _opinion_page(request, document, form, status=200, notice="", posted=None):
    context = {"document": document, "form": form, "notice": notice}
    wait = 0
    if posted:
        context["captcha"] = posted
    else:
        context, status, wait = with_captcha(request, context, status)
    response = render(request, "documents/opinion_page.html", context, status=status)
    if wait:
        response["Retry-After"] = str(wait)
    return response
