"""Reader pages: home, section and tag lists, the article itself, the day archive and search."""

from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from articles import popularity
from articles.conf import (
    COMMENT_PAGE_PARAM,
    DAY_ARTICLES_PER_PAGE,
    DAY_PARAM,
    HOME_ARTICLES_PER_SECTION,
    PAGE_PARAM,
    QUERY_PARAM,
    SEARCH_RESULTS_PER_PAGE,
    SECTION_ARTICLES_PER_PAGE,
    SECTION_PINS,
)
from articles.forms import ArchiveDayForm, SearchForm
from articles.freshness import content_state
from articles.models import Article, Section, Tag
from articles.pagecache import cached_part, not_kept, public_page, rendered_page
from articles.search import RankedResults
from articles.workflow import can_preview
from newsroom.middleware import accepts_posts

# The read beacon sends no body; anything larger is not ours.
BEACON_MAX_BYTES = 64
# "Tin từ cơ sở": how many of its wards' stories a province's home page shows.
FROM_WARDS_COUNT = 6


@public_page(varies_with=popularity.page_variant)
def home(request):
    """The top story (the first pinned one, else the newest with a photo), the
    other pinned stories ("Tin nổi bật"), then the latest of every section."""

    def build():
        public = Article.objects.published(request.site).for_listing()
        pinned = list(Article.objects.top_stories(request.site))
        top_story = pinned[0] if pinned else (public.newest_first().exclude(cover_image="").first())
        shown = [article.pk for article in pinned] + [getattr(top_story, "pk", None)]
        others = public.newest_first().exclude(pk__in=shown)
        # One small indexed query per section: the sections are few, and a window
        # over every published article would read them all on each request.
        sections = [
            (section, articles)
            for section in content_state(request).sections
            if (articles := list(others.in_section(section)[:HOME_ARTICLES_PER_SECTION]))
        ]
        return top_story, sections, list(Article.objects.from_wards(request.site)[:FROM_WARDS_COUNT])

    top_story, sections, from_wards = cached_part(request, "home", build)
    return render(
        request,
        "articles/home.html",
        {"top_story": top_story, "sections": sections, "from_wards": from_wards},
    )


def _cached_page(request, name, queryset, per_page):
    """The `?page=` page of `queryset`, cached for the current content (only
    a page that exists and holds something is kept)."""
    asked = request.GET.get(PAGE_PARAM, "1")
    number = max(1, int(asked)) if asked.isascii() and asked.isdigit() and len(asked) < 10 else 1

    def build():
        page = Paginator(queryset, per_page).get_page(number)
        return page.paginator.count, page.number, list(page.object_list)

    count, number, items = cached_part(
        request, f"{name}:{number}", build, keep=lambda found: found[0] and found[1] == number
    )
    rendered_page(request, PAGE_PARAM, number)
    if not count:
        not_kept(request)
    return Page(items, number, Paginator(range(count), per_page))


@public_page(PAGE_PARAM, varies_with=popularity.page_variant)
def section_page(request, slug):
    """A section's pinned stories, then its other published articles, newest
    first, twelve to a page."""
    section = cached_part(
        request, f"section:{slug}", lambda: Section.objects.for_site(request.site).filter(slug=slug).first()
    )
    if section is None:
        raise Http404
    public = Article.objects.published(request.site).in_section(section).for_listing()
    pinned = cached_part(
        request,
        f"section-pins:{section.pk}",
        lambda: list(public.pinned_to_section(section)[:SECTION_PINS]),
    )
    articles = public.exclude(pk__in=[article.pk for article in pinned]).newest_first()
    page = _cached_page(request, f"section-page:{section.pk}", articles, SECTION_ARTICLES_PER_PAGE)
    return render(
        request,
        "articles/section.html",
        {
            "section": section,
            "pinned": pinned if page.number == 1 else [],
            "page_obj": page,
            "articles": page.object_list,
        },
    )


@public_page(PAGE_PARAM)
def tag_page(request, slug):
    """A tag's published articles, newest first, paginated like a section; a
    tag that no published article carries has no page."""
    tag = cached_part(
        request, f"tag:{slug}", lambda: Tag.objects.for_site(request.site).filter(slug=slug).first()
    )
    if tag is None:
        raise Http404
    articles = Article.objects.published(request.site).tagged(tag).for_listing().newest_first()
    page = _cached_page(request, f"tag-page:{tag.pk}", articles, SECTION_ARTICLES_PER_PAGE)
    if not page.paginator.count:
        raise Http404
    return render(
        request,
        "articles/tag.html",
        {"tag": tag, "page_obj": page, "articles": page.object_list},
    )


@public_page(COMMENT_PAGE_PARAM, varies_with=popularity.page_variant)
def article_detail(request, slug, pk):
    """One published article; an old or mistyped slug redirects to the real one.

    Staff who work on articles also see unpublished ones here, marked as a
    preview; everyone else gets 404 until the publish time has come.
    """
    article = cached_part(
        request,
        f"article:{pk}",
        lambda: (
            Article.objects.published(request.site)
            .select_related("section")
            .prefetch_related("tags")
            .filter(pk=pk)
            .first()
        ),
    )
    is_preview = False
    if article is None:
        article = _preview(request, pk)
        is_preview = True
    if slug != article.slug:
        return redirect(article, permanent=not is_preview)
    response = render(request, "articles/detail.html", {"article": article, "is_preview": is_preview})
    if is_preview:
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    return response


@accepts_posts
@csrf_exempt  # nothing to protect: no session, no cookie, only a count that may not move
@require_POST
def count_read(request, pk):
    """The read beacon (static/js/read-beacon.js): counts one read of article
    `pk` if it counts (articles/popularity.py) and answers 204 either way."""
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not length.isdigit() or int(length) > BEACON_MAX_BYTES:
        return HttpResponse(status=413)
    popularity.record_read(request, pk)
    response = HttpResponse(status=204)
    add_never_cache_headers(response)
    return response


def _preview(request, pk):
    """An unpublished article for staff allowed to read it, else 404."""
    if not request.user.is_staff:
        raise Http404
    article = get_object_or_404(
        Article.objects.for_site(request.site).select_related("section").prefetch_related("tags"), pk=pk
    )
    if not can_preview(request.user, article):
        raise Http404
    return article


@public_page(DAY_PARAM, PAGE_PARAM)
def archive_day(request):
    """Articles published on one local day, chosen with the date picker."""
    form = ArchiveDayForm(request.GET or {"ngay": timezone.localdate().isoformat()})
    if not form.is_valid():
        return render(request, "articles/archive_day.html", {"form": form}, status=400)
    day = form.cleaned_data["ngay"]
    articles = Article.objects.published(request.site).published_on(day).for_listing().newest_first()
    page = _cached_page(request, f"day:{day.isoformat()}", articles, DAY_ARTICLES_PER_PAGE)
    return render(
        request,
        "articles/archive_day.html",
        {
            "form": form,
            "day": day,
            "day_query": f"ngay={day.isoformat()}",
            "page_obj": page,
            "articles": page.object_list,
        },
    )


@public_page(QUERY_PARAM, PAGE_PARAM)
def search(request):
    """Published articles matching `?q=`, best first; a friendly page, never an
    error, for an empty or over-long query."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "articles/search.html", {"form": form}, status=400)
    query = form.cleaned_data["q"]
    # A province's search finds its wards' stories too, each naming its portal.
    results = RankedResults(Article.objects.published(request.site, with_wards=True), query)
    page = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get(PAGE_PARAM))
    rendered_page(request, PAGE_PARAM, page.number)
    if not page.object_list:
        not_kept(request)
    return render(
        request,
        "articles/search.html",
        {
            "form": form,
            "query": query,
            "page_query": urlencode({QUERY_PARAM: query}),
            "page_obj": page,
            "more_than_counted": results.is_capped,
            "articles": page.object_list,
        },
    )
