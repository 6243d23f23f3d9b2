"""The reader's side of comments: fetch a captcha, show the form, post a comment."""
from django.contrib import messages
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_GET, require_POST

from articles.models import Article
from comments import moderation
from comments.conf import MESSAGE_TAGS
from comments.forms import CommentForm
from newsroom.client_ip import client_ip


@never_cache
@require_GET
def new_captcha(request):
    """A fresh captcha as JSON, fetched by the form's script when a reader starts."""
    # The CSRF token travels with the captcha so that article pages, which all
    # readers share, need not carry one.
    response = JsonResponse({**moderation.new_captcha(), "csrf_token": get_token(request)})
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_GET
def comment_form(request, article_pk):
    """The form with a fresh captcha on a page of its own: the way in without JavaScript."""
    article = get_object_or_404(Article.objects.published(), pk=article_pk)
    return _form_page(request, article, CommentForm())


@never_cache
@sensitive_post_parameters("phone", "captcha")
# Every frame below this view (form cleaning, the workflow, the ORM) holds the
# phone and the captcha answer somewhere: error reports show none of their locals.
@sensitive_variables()
@require_POST
def post_comment(request, article_pk):
    """Check and store a reader's comment, then go back to the article's comments."""
    article = get_object_or_404(Article.objects.published(), pk=article_pk)
    ip = client_ip(request)
    # Checked first so a flooding address does not spend its captcha, and again
    # when storing, under a lock, for posts arriving at the same moment.
    wait = moderation.flood_wait(ip)
    if wait:
        return _flood_page(request, article, wait)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _form_page(request, article, form, status=400)
    try:
        moderation.submit_comment(
            article,
            form.cleaned_data,
            ip=ip,
            user_agent=request.headers.get("User-Agent", ""),
            captcha_issued_at=form.captcha_issued_at,
            queue_url=request.build_absolute_uri(reverse("admin:comments_comment_changelist")),
        )
    except moderation.Flooded as flooded:
        return _flood_page(request, article, flooded.wait)
    messages.success(
        request, _("Bình luận của bạn đang chờ kiểm duyệt. Cảm ơn bạn đã góp ý!"), extra_tags=MESSAGE_TAGS
    )
    return redirect(article.get_absolute_url() + "#binh-luan")


def _flood_page(request, article, wait):
    response = render(request, "comments/flood.html", {"article": article, "minutes": -(-wait // 60)}, status=429)
    response["Retry-After"] = str(wait)
    return response


def _form_page(request, article, form, status=200):
    return render(
        request,
        "comments/form_page.html",
        {"article": article, "form": form, "captcha": moderation.new_captcha()},
        status=status,
    )
