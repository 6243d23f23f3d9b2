"""Giới thiệu: the index of the portal's own pages, each page, and the contacts page."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from articles.pagecache import public_page
from organisation.models import Leader, Page, PageSlug


@public_page
def index(request):
    """/gioi-thieu/: the portal's pages, each with its sub-pages."""
    pages = list(Page.objects.published(request.site).select_related("parent"))
    top = [page for page in pages if page.parent_id is None]
    children = {page.pk: [child for child in pages if child.parent_id == page.pk] for page in top}
    return render(
        request, "organisation/index.html", {"sections": [(page, children[page.pk]) for page in top]}
    )


@public_page
def page(request, slug, parent=None):
    """/gioi-thieu/<slug>/ and /gioi-thieu/<parent>/<slug>/; an old slug, or a
    page asked for under another address, redirects to the page's own."""
    public = Page.objects.published(request.site)
    found = public.select_related("parent").filter(slug=slug).first()
    if found is None:
        old = (
            PageSlug.objects.for_site(request.site).filter(slug=slug, page__in=public).select_related("page")
        )
        if not old:
            raise Http404(_("Không có trang giới thiệu này."))
        return redirect(old[0].page.get_absolute_url(), permanent=True)
    if request.path != found.get_absolute_url():
        return redirect(found.get_absolute_url(), permanent=True)
    return _render_page(request, found)


@public_page
def contact(request):
    """The contacts page: the portal's address, phone and email, the map, and the page editors wrote."""
    found = Page.objects.published(request.site).filter(kind=Page.Kind.CONTACT).first()
    return _render_page(request, found)


def _render_page(request, shown):
    context = {"page": shown, "subpages": []}
    if shown is not None:
        context["subpages"] = Page.objects.published(request.site).filter(parent=shown)
    if shown is not None and shown.kind == Page.Kind.LEADERS:
        context["leaders"] = Leader.objects.for_site(request.site)
    template = (
        "organisation/contact.html"
        if shown is None or shown.kind == Page.Kind.CONTACT
        else "organisation/page.html"
    )
    return render(request, template, context)
