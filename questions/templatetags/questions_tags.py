"""Hỏi đáp in other pages: the questions matching the site search, and what a
question's page tells search engines (schema.org's QAPage, from what the page
shows, never the asker's phone or email)."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from articles.conf import QUERY_PARAM
from articles.templatetags.discovery_tags import as_json_ld
from questions.models import Question

# Matching questions shown on the site's search page; the rest are a link away.
SEARCH_PAGE_QUESTIONS = 5

register = template.Library()


@register.inclusion_tag("questions/_search_results.html")
def matching_questions(request, query):
    """The portal's published questions matching `query`, best first, for the search page."""
    # One query: a row past the shown ones says there are more.
    found = list(
        Question.objects.published(request.site).for_listing().search(query)[: SEARCH_PAGE_QUESTIONS + 1]
    )
    return {
        "questions": found[:SEARCH_PAGE_QUESTIONS],
        "has_more": len(found) > SEARCH_PAGE_QUESTIONS,
        "query": query,
        "more_url": reverse("questions:list") + "?" + urlencode({QUERY_PARAM: query}),
    }


@register.simple_tag(takes_context=True)
def question_json_ld(context, question):
    request = context["request"]
    url = request.build_absolute_uri(question.get_absolute_url())
    return as_json_ld(
        {
            "@context": "https://schema.org",
            "@type": "QAPage",
            "mainEntity": {
                "@type": "Question",
                "name": question.title,
                "text": question.body,
                "answerCount": 1,
                "dateCreated": question.received_at.isoformat(),
                "author": {"@type": "Person", "name": question.name},
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": question.answer,
                    "dateCreated": question.answered_at.isoformat(),
                    "url": f"{url}#tra-loi",
                    "author": {"@type": "Organization", "name": question.answered_by.name},
                },
            },
        }
    )
