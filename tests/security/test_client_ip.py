"""X-Forwarded-For is believed only as far as our own proxies go (newsroom.client_ip)."""

import pytest
from django.test import RequestFactory

from newsroom.client_ip import client_ip


def request(forwarded=None):
    extra = {"REMOTE_ADDR": "10.0.0.1"}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_remote_addr_by_default_whatever_the_header_says(settings):
    settings.NEWSROOM_TRUSTED_PROXY_COUNT = 0
    assert client_ip(request("198.51.100.9")) == "10.0.0.1"


@pytest.mark.parametrize(
    "count, forwarded, expected",
    [
        (1, "198.51.100.9", "198.51.100.9"),
        (1, "6.6.6.6, 198.51.100.9", "198.51.100.9"),  # a client-written entry is ignored
        (2, "6.6.6.6, 198.51.100.9, 172.16.0.2", "198.51.100.9"),
        (2, "198.51.100.9", "10.0.0.1"),  # fewer hops than proxies: not trusted
        (1, "not-an-ip", "10.0.0.1"),
        (1, "", "10.0.0.1"),
    ],
)
def test_forwarded_for_is_read_from_the_right_by_the_trusted_count(settings, count, forwarded, expected):
    settings.NEWSROOM_TRUSTED_PROXY_COUNT = count
    assert client_ip(request(forwarded)) == expected
