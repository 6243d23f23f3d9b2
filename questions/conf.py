"""The questions app's settings: each one's default, changed by `QUESTIONS_<NAME>`
in Django's settings. The reader's form follows the comment form's rules and
settings (comments/conf.py: flood, duplicates, minimum time, captcha)."""

from django.conf import settings

DEFAULTS = {
    # A question not answered within this many working days (Monday to Friday;
    # public holidays are not known) is overdue: it stands out in the queue and
    # the moderators' mail counts it.
    "ANSWER_WORKING_DAYS": 7,
    # At most LOOKUP_LIMIT follow-ups (/hoi-dap/tra-cuu/) per address within
    # LOOKUP_WINDOW seconds, so reference numbers cannot be tried one after another.
    "LOOKUP_LIMIT": 20,
    "LOOKUP_WINDOW": 3600,
}
# Published questions per page of /hoi-dap/.
QUESTIONS_PER_PAGE = 20
# /hoi-dap/'s filter by field (its search and pages use articles/conf.py's names).
FIELD_PARAM = "linh-vuc"


def setting(name):
    """The value of `QUESTIONS_<name>`, or its default above."""
    return getattr(settings, f"QUESTIONS_{name}", DEFAULTS[name])
