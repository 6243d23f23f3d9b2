"""Roles are per portal: a role grants its group's rights on its portal only."""

import pytest

from tests.factories import give_role, make_editor, make_journalist, make_moderator, make_site, make_user

pytestmark = pytest.mark.django_db


def test_each_role_grants_its_rights_on_its_own_portal_only():
    ward = make_site()
    province = ward.profile.parent.site
    editor, journalist, moderator = (
        make_editor(site=ward),
        make_journalist(site=ward),
        make_moderator(site=ward),
    )
    assert editor.has_perm("articles.publish_article", ward)
    assert not editor.has_perm("articles.publish_article", province)
    assert journalist.has_perm("articles.add_article", ward)
    assert not journalist.has_perm("articles.publish_article", ward)
    assert moderator.has_perm("comments.moderate_comment", ward)
    assert not moderator.has_perm("comments.moderate_comment", province)


def test_a_user_may_hold_different_roles_on_different_portals():
    ward = make_site()
    user = give_role(make_journalist(), "editor", ward)
    assert user.has_perm("articles.publish_article", ward)
    assert not user.has_perm("articles.publish_article", ward.profile.parent.site)


def test_without_a_role_a_staff_user_has_no_right_anywhere():
    user = make_user()
    assert not user.has_perm("articles.view_article", make_site())
    assert not user.has_module_perms("articles")


def test_superusers_have_every_right_on_every_portal():
    admin = make_user(is_superuser=True)
    assert admin.has_perm("articles.publish_article", make_site())
