"""The comments app's settings: each rule's default, changed by `COMMENTS_<NAME>`
in Django's settings; and the names the app's modules share."""

from django.conf import settings

# A reader's message with these tags is shown in the comment section: "tai-cho"
# ("in place") tells base.html to leave it to the part of the page it belongs to.
MESSAGE_TAG = "binh-luan"
MESSAGE_TAGS = f"tai-cho {MESSAGE_TAG}"
# Approved comments shown under an article, a page at a time.
COMMENTS_PER_PAGE = 20

DEFAULTS = {
    # Seconds between the form being first shown to the reader and the post; a
    # quicker post gets the form back (with what was typed) and a request to resend.
    "MIN_SECONDS_TO_POST": 3,
    # At most FLOOD_LIMIT comments per IP address within FLOOD_WINDOW seconds.
    "FLOOD_LIMIT": 5,
    "FLOOD_WINDOW": 600,
    # The same body from the same person on the same article within this many
    # seconds is stored once.
    "DUPLICATE_WINDOW": 24 * 3600,
    # Comments with at least this many links are flagged for attention.
    "FLAG_LINKS": 2,
    # Moderators get at most one "comments are waiting" mail per this many seconds.
    "NOTIFY_INTERVAL": 3600,
    # At most CAPTCHA_LIMIT captchas per address within a CAPTCHA_WINDOW-second window
    # (a reader needs one per comment, and one per "Lấy lại mã bảo mật").
    "CAPTCHA_LIMIT": 30,
    "CAPTCHA_WINDOW": 300,
    # At most CAPTCHA_AUDIO_LIMIT readings aloud ("Nghe mã xác nhận") per address in
    # the same window: each runs the speech engine.
    "CAPTCHA_AUDIO_LIMIT": 30,
    # Expired captchas are removed by the first captcha issued in each interval.
    "CAPTCHA_PURGE_INTERVAL": 300,
    # Other queues the moderators' mail reports on, as dotted paths of functions
    # f(site) -> (a line of text, the queue's address), or None when there is
    # nothing to say (e.g. "questions.queue.mail_line"): the apps that own them
    # need no import here.
    "QUEUE_COUNTERS": [],
}


def setting(name):
    """The value of `COMMENTS_<name>`, or its default above."""
    return getattr(settings, f"COMMENTS_{name}", DEFAULTS[name])
