"""The reader's side of comments: fetch a captcha, hear it, show the form, post a comment."""

from django.contrib import messages
from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_POST, require_safe

from articles.models import Article
from comments import captcha, moderation, speech
from comments.conf import MESSAGE_TAGS
from comments.forms import CommentForm, started_token
from newsroom.client_ip import client_ip
from newsroom.middleware import accepts_posts


@never_cache
@require_safe
def new_captcha(request):
    """A fresh captcha as JSON, fetched by the form's script when a reader starts."""
    # The CSRF token travels with the captcha so that article pages, which all
    # readers share, need not carry one.
    # So is the moment the form was shown, which the script keeps from the first
    # captcha on: the minimum time to post counts from it.
    try:
        response = JsonResponse(
            {
                **captcha.new_captcha(client_ip(request)),
                "csrf_token": get_token(request),
                "started": started_token(timezone.now()),
            }
        )
    except captcha.CaptchaLimited as limited:
        response = JsonResponse({"message": limited.message}, status=429)
        response["Retry-After"] = str(limited.wait)
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_safe
def hear_captcha(request, key):
    """The captcha `key` read aloud (WAV), the way in for readers who cannot see its image.

    A plain link to it works without JavaScript. Made on request and stored nowhere;
    nothing in the response but the sound says what the answer is.
    """
    try:
        response = HttpResponse(captcha.heard_captcha(key, client_ip(request)), content_type="audio/wav")
    except captcha.CaptchaLimited as limited:
        response = _audio_refusal(request, limited.message, 429)
        response["Retry-After"] = str(limited.wait)
    except captcha.CaptchaGone:
        message = _("Mã xác nhận này đã hết hạn hoặc đã được dùng. Vui lòng bấm “Lấy lại mã bảo mật”.")
        response = _audio_refusal(request, message, 404)
    except speech.SpeechUnavailable as unavailable:
        response = _audio_refusal(request, unavailable.message, 503)
    response["X-Robots-Tag"] = "noindex"
    return response


def _audio_refusal(request, message, status):
    """Why there is no audio: JSON for the form's script, else a page."""
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"message": message}, status=status)
    return render(request, "comments/audio_refused.html", {"message": message}, status=status)


@never_cache
@require_safe
def comment_form(request, article_pk):
    """The form with a fresh captcha on a page of its own: the way in without JavaScript."""
    article = get_object_or_404(Article.objects.published(request.site).for_listing(), pk=article_pk)
    return _form_page(request, article, CommentForm(initial={"started": started_token(timezone.now())}))


@accepts_posts
@never_cache
@sensitive_post_parameters("phone", "captcha")
# Every frame below this view (form cleaning, the workflow, the ORM) holds the
# phone and the captcha answer somewhere: error reports show none of their locals.
@sensitive_variables()
@require_POST
def post_comment(request, article_pk):
    """Check and store a reader's comment, then go back to the article's comments."""
    article = get_object_or_404(Article.objects.published(request.site).for_listing(), pk=article_pk)
    ip = client_ip(request)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _form_page(request, article, form, status=400)
    try:
        moderation.submit_comment(
            article,
            form.cleaned_data,
            ip=ip,
            user_agent=request.headers.get("User-Agent", ""),
            shown_at=form.started_at,
            queue_url=request.build_absolute_uri(reverse("admin:comments_comment_changelist")),
        )
    except moderation.WrongCaptcha:
        form.captcha_refused()
        return _form_page(request, article, form, status=400)
    except moderation.Flooded as flooded:
        # Nothing was stored, so the captcha was not spent either: the form
        # comes back with it for later.
        return _flood_page(request, article, flooded.wait, posted=captcha.posted_captcha(request.POST))
    except moderation.TooFast:
        return _too_fast_page(request, article, form)
    except moderation.Duplicate:
        messages.info(
            request,
            _("Chúng tôi đã nhận bình luận này trước đó, bạn không cần gửi lại."),
            extra_tags=MESSAGE_TAGS,
        )
    else:
        messages.success(
            request, _("Bình luận của bạn đang chờ kiểm duyệt. Cảm ơn bạn đã góp ý!"), extra_tags=MESSAGE_TAGS
        )
    return redirect(article.get_absolute_url() + "#binh-luan")


def _typed(request):
    """What the reader typed, to give back in a fresh form (the captcha aside)."""
    typed = {name: request.POST.get(name, "") for name in ("name", "phone", "title", "body", "started")}
    if not typed["started"]:
        typed["started"] = started_token(timezone.now())
    return typed


def _too_fast_page(request, article, form):
    form = CommentForm(initial=_typed(request))
    notice = _(
        "Bạn gửi hơi nhanh nên bình luận chưa được nhận. Nội dung bạn gõ vẫn còn bên dưới: "
        "vui lòng nhập mã xác nhận mới và gửi lại."
    )
    return _form_page(request, article, form, status=400, notice=notice)


def _flood_page(request, article, wait, posted=None):
    """429 with the form and what was typed, and the reader's captcha unspent
    when the post brought one (else a fresh one, if the address may have one)."""
    context = {"article": article, "minutes": -(-wait // 60), "form": CommentForm(initial=_typed(request))}
    if posted:
        context["captcha"] = posted
    else:
        context, _status, _wait = with_captcha(request, context, 429)
    response = render(request, "comments/flood.html", context, status=429)
    response["Retry-After"] = str(wait)
    return response


def with_captcha(request, context, status):
    """For any reader's form page (comments, questions): `context` with a fresh captcha, or with what to do when the address has had
    too many; and the status and wait to answer with (429, unless already an error)."""
    try:
        context["captcha"] = captcha.new_captcha(client_ip(request))
    except captcha.CaptchaLimited as limited:
        context["captcha_limited"] = limited.message
        return context, (429 if status == 200 else status), limited.wait
    return context, status, 0


def _form_page(request, article, form, status=200, notice=""):
    """The form on its own page with a fresh captcha (see _with_captcha)."""
    context, status, wait = with_captcha(
        request, {"article": article, "form": form, "notice": notice}, status
    )
    response = render(request, "comments/form_page.html", context, status=status)
    if wait:
        response["Retry-After"] = str(wait)
    return response
