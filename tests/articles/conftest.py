import pytest
from django.core.cache import cache


@pytest.fixture
def empty_cache():
    """Cached page parts of an earlier test never leak into this one."""
    cache.clear()
    yield
    cache.clear()
