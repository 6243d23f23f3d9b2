"""What a question's page tells search engines: schema.org's QAPage, from what
the page shows (never the asker's phone or email)."""

from django import template

from articles.templatetags.discovery_tags import as_json_ld

register = template.Library()


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
