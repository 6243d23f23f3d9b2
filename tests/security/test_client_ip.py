"""X-Forwarded-For is believed only as far as our own proxies go."""
from django.test import RequestFactory

from newsroom.client_ip import client_ip

factory = RequestFactory()


def test_forwarded_header_is_ignored_without_trusted_proxies(settings):
    settings.NEWSROOM_TRUSTED_PROXY_COUNT = 0
    request = factory.get("/", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_ip(request) == "203.0.113.5"


def test_one_trusted_proxy_gives_the_address_it_saw(settings):
    settings.NEWSROOM_TRUSTED_PROXY_COUNT = 1
    # The reader forged "1.2.3.4"; our nginx appended the real address.
    request = factory.get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7"
    )
    assert client_ip(request) == "198.51.100.7"


def test_missing_forwarded_entries_fall_back_to_the_peer(settings):
    settings.NEWSROOM_TRUSTED_PROXY_COUNT = 2
    request = factory.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert client_ip(request) == "10.0.0.2"
