"""The reader's side of Hỏi đáp: the published questions, one question's page,
asking, following a question by its reference, and "did the answer help?"."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_POST, require_safe

from articles.conf import PAGE_PARAM, QUERY_PARAM
from articles.forms import SearchForm
from articles.pagecache import not_kept, public_page, read_as, rendered_page
from comments import captcha, moderation
from comments.forms import started_token
from comments.views import with_captcha
from newsroom.client_ip import client_ip
from newsroom.middleware import accepts_posts
from newsroom.origin import is_same_origin
from questions import workflow
from questions.conf import FIELD_PARAM, QUESTIONS_PER_PAGE
from questions.forms import LookupForm, QuestionForm
from questions.models import Field, Question, normal_reference


@require_safe
@public_page(FIELD_PARAM, QUERY_PARAM, PAGE_PARAM)
def question_list(request):
    """The portal's published questions, newest answer first, by field and by words."""
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    fields = Field.objects.for_site(request.site)
    field = fields.filter(slug=request.GET.get(FIELD_PARAM, "")).first()
    questions = Question.objects.published(request.site).for_listing()
    if field is not None:
        questions = questions.filter(field=field)
    questions = questions.search(query) if query else questions.newest_answer_first()
    page = Paginator(questions, QUESTIONS_PER_PAGE).get_page(request.GET.get(PAGE_PARAM))
    rendered_page(request, PAGE_PARAM, page.number)
    read_as(request, FIELD_PARAM, field.slug if field else "")  # a field it does not know is ignored
    if not page.object_list:
        not_kept(request)
    filters = {FIELD_PARAM: field.slug if field else "", QUERY_PARAM: query}
    context = {
        "page_obj": page,
        "questions": page.object_list,
        "fields": fields,
        "field": field,
        "query": query,
        "search_form": form,
        "page_query": urlencode({k: v for k, v in filters.items() if v}),
        "form": QuestionForm(site=request.site),
    }
    return render(request, "questions/list.html", context, status=200 if form.is_valid() else 400)


@require_safe
@public_page
def question_detail(request, pk):
    """One published question: the question, the answer, who answered and when."""
    question = get_object_or_404(Question.objects.published(request.site).for_listing(), pk=pk)
    return render(request, "questions/detail.html", {"question": question})


@accepts_posts
@never_cache
@sensitive_post_parameters("phone", "email", "captcha")
@sensitive_variables()
def ask(request):
    """ "Đặt câu hỏi": the form with a fresh captcha (GET), or check and store a
    question, then tell its reference number on the follow-up page (POST)."""
    if request.method != "POST":
        return _ask_page(
            request, QuestionForm(site=request.site, initial={"started": started_token(timezone.now())})
        )
    form = QuestionForm(request.POST, site=request.site)
    if not form.is_valid():
        return _ask_page(request, form, status=400)
    try:
        question = workflow.submit_question(
            request.site,
            form.cleaned_data,
            ip=client_ip(request),
            user_agent=request.headers.get("User-Agent", ""),
            shown_at=form.started_at,
            # The mail names the comments' queue first, and the questions' after it.
            queue_url=request.build_absolute_uri(reverse("admin:comments_comment_changelist")),
        )
    except (
        moderation.WrongCaptcha,
        moderation.Flooded,
        moderation.TooFast,
        workflow.DuplicateQuestion,
    ) as refusal:
        return _not_stored(request, form, refusal)
    if question is None:
        # The honeypot: nothing stored, and nothing said that is not true.
        return redirect("questions:list")
    messages.success(
        request,
        _("Câu hỏi của bạn đã được gửi. Mã tra cứu: %(ref)s. Hãy ghi lại mã này để theo dõi câu trả lời.")
        % {"ref": question.reference},
    )
    return redirect(_follow_url(question.reference))


def _not_stored(request, form, refusal):
    """The answer to a post the gate stopped: the form again with what was typed
    and why, or (a question already received) its follow-up page."""
    if isinstance(refusal, workflow.DuplicateQuestion):
        messages.info(request, _("Chúng tôi đã nhận câu hỏi này trước đó, bạn không cần gửi lại."))
        return redirect(_follow_url(refusal.question.reference))
    if isinstance(refusal, moderation.WrongCaptcha):
        form.captcha_refused()
        return _ask_page(request, form, status=400)
    if isinstance(refusal, moderation.TooFast):
        notice = _(
            "Bạn gửi hơi nhanh nên câu hỏi chưa được nhận. Nội dung bạn gõ vẫn còn bên dưới: "
            "vui lòng nhập mã xác nhận mới và gửi lại."
        )
        return _ask_page(request, _retyped(request), status=400, notice=notice)
    # Flooded: nothing was stored, so the captcha is unspent and comes back for later.
    notice = _("Bạn đã gửi nhiều câu hỏi liên tiếp. Vui lòng gửi lại sau khoảng %(minutes)d phút.") % {
        "minutes": -(-refusal.wait // 60)
    }
    response = _ask_page(
        request, _retyped(request), status=429, notice=notice, posted=captcha.posted_captcha(request.POST)
    )
    response["Retry-After"] = str(refusal.wait)
    return response


def _follow_url(reference):
    return reverse("questions:lookup") + "?" + urlencode({"ma": reference})


def _retyped(request):
    """A fresh form with what the asker typed (the captcha aside)."""
    names = ("name", "phone", "email", "field", "title", "body", "started")
    typed = {name: request.POST.get(name, "") for name in names}
    typed["started"] = typed["started"] or started_token(timezone.now())
    return QuestionForm(initial=typed, site=request.site)


def _ask_page(request, form, status=200, notice="", posted=None):
    context = {"form": form, "notice": notice}
    if posted:
        context["captcha"] = posted
        wait = 0
    else:
        context, status, wait = with_captcha(request, context, status)
    response = render(request, "questions/ask.html", context, status=status)
    if wait:
        response["Retry-After"] = str(wait)
    return response


@never_cache
@require_safe
def lookup(request):
    """Follow a question by its reference (`?ma=`), without an account: its
    status, and the answer once published; never the asker's phone or email."""
    form = LookupForm(request.GET)
    typed = request.GET.get("ma", "").strip()
    context = {"form": form, "typed": typed}
    if not typed:
        return render(request, "questions/lookup.html", context)
    try:
        question = workflow.look_up(request.site, normal_reference(typed), ip=client_ip(request))
    except workflow.LookupLimited as limited:
        context["limited_minutes"] = -(-limited.wait // 60)
        response = render(request, "questions/lookup.html", context, status=429)
        response["Retry-After"] = str(limited.wait)
        return response
    context["question"] = question
    return render(request, "questions/lookup.html", context, status=200 if question else 404)


# A vote comes from a cached page that carries no CSRF token: what a forged
# cross-site POST could do is cast the visitor's one vote, so only the portal's
# own pages may send one (Sec-Fetch-Site and Origin, newsroom/origin.py).
@csrf_exempt
@accepts_posts
@require_POST
def vote(request, pk):
    """ "Câu trả lời có hữu ích không?": once per address, then back to the answer."""
    if not is_same_origin(request):
        return HttpResponseForbidden(_("Yêu cầu không hợp lệ."))
    question = get_object_or_404(Question.objects.published(request.site), pk=pk)
    choice = request.POST.get("huu-ich")
    if choice not in ("co", "khong"):
        messages.error(request, _("Vui lòng bấm “Có” hoặc “Không”."))
        return redirect(question.get_absolute_url() + "#huu-ich")
    counted = workflow.vote(question, ip=client_ip(request), is_helpful=choice == "co")
    if counted:
        messages.success(request, _("Cảm ơn bạn đã cho biết ý kiến về câu trả lời."))
    else:
        messages.info(request, _("Bạn đã cho biết ý kiến về câu trả lời này rồi."))
    return redirect(question.get_absolute_url() + "#huu-ich")
