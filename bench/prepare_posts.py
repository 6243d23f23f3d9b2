"""Run with `manage.py shell`: write N ready comment posts for bench/post_comment.lua.

Each post has its own captcha and a form shown long enough ago to pass the minimum time,
and a body of its own so the duplicate rule keeps them all.
"""

import datetime
import os
import secrets
from urllib.parse import urlencode

from captcha.conf import settings as captcha_settings
from captcha.models import CaptchaStore
from django.utils import timezone

from comments.forms import started_token

count = int(os.environ["BENCH_POSTS"])
run = secrets.token_hex(3)  # bodies differ from earlier runs' too
out = os.environ["BENCH_POSTS_FILE"]
token = os.environ["BENCH_CSRF"]
lifetime = datetime.timedelta(minutes=int(captcha_settings.CAPTCHA_TIMEOUT))
expiration = timezone.now() + lifetime - datetime.timedelta(seconds=60)
started = started_token(timezone.now() - datetime.timedelta(seconds=60))
stores = [
    CaptchaStore(
        challenge="BENCH",
        response="bench",
        hashkey=secrets.token_hex(20),
        expiration=expiration,
    )
    for _ in range(count)
]
CaptchaStore.objects.bulk_create(stores, batch_size=2000)
with open(out, "w", encoding="utf-8") as lines:
    for number, store in enumerate(stores):
        lines.write(
            urlencode(
                {
                    "csrfmiddlewaretoken": token,
                    "name": "Bạn đọc thử tải",
                    "phone": f"0912 {number // 1000 % 1000:03d} {number % 1000:03d}",  # readers of their own
                    "title": f"Ý kiến thử tải số {number}",
                    "body": f"Nội dung góp ý số {number} (lượt {run}) về công trình của quận.",
                    "captcha_key": store.hashkey,
                    "captcha": "bench",
                    "started": started,
                    "website": "",
                }
            )
            + "\n"
        )
print(count)
