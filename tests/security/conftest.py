"""The bad-input suite attacks the comment form the comments tests build."""
from tests.comments.conftest import article, post_url  # noqa: F401  (fixtures)
