"""Portals: one install serves many (a province and its wards), each a
`django.contrib.sites` Site with a profile and staff of its own.

A Site's `domain` is the host readers use; `Portal` holds what readers see of
the portal (name, the lead's dateline, contacts, logo) and its place among the
others (a ward's province). `PortalRole` says who works on which portal as
what: the roles' rights are the newsroom's groups ("Phóng viên", "Biên tập
viên", "Kiểm duyệt viên"), granted on that portal only (newsroom/roles.py).
"""

from django.conf import settings
from django.contrib.sites.models import Site
from django.db import models
from django.utils.translation import gettext_lazy as _

# The first portal: the one an install had before it had many, which also
# answers on the loopback names (newsroom/portals.py).
FIRST_PORTAL_ID = 1


class Portal(models.Model):
    site = models.OneToOneField(
        Site, on_delete=models.CASCADE, primary_key=True, related_name="portal", verbose_name=_("tên miền")
    )
    name = models.CharField(_("tên cổng"), max_length=200)
    short_name = models.CharField(
        _("tên viết tắt"),
        max_length=20,
        help_text=_("Đứng đầu mỗi sapo như dòng ghi nơi đưa tin (“HNP - Chiều 14/5, …”)."),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("cổng cấp trên"),
        help_text=_("Cổng của tỉnh, thành phố mà phường, xã này thuộc về."),
    )
    address = models.CharField(_("địa chỉ"), max_length=300, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    logo = models.ImageField(_("biểu trưng"), upload_to="portals/", blank=True)

    class Meta:
        ordering = ["site_id"]
        verbose_name = _("cổng thông tin")
        verbose_name_plural = _("cổng thông tin")

    def __str__(self):
        return self.name

    @classmethod
    def default_for(cls, site):
        """The profile a site without one shows (an install whose database was
        emptied and refilled, a Site made outside add_site): the first portal's
        words from the settings, else the site's own name."""
        if site.pk == FIRST_PORTAL_ID:
            return cls(
                site=site, name=settings.NEWSROOM_SITE_NAME, short_name=settings.NEWSROOM_SITE_SHORT_NAME
            )
        return cls(site=site, name=site.name or site.domain, short_name="")


class PortalRole(models.Model):
    class Role(models.TextChoices):
        JOURNALIST = "journalist", _("Phóng viên")
        EDITOR = "editor", _("Biên tập viên")
        MODERATOR = "moderator", _("Kiểm duyệt viên")

    # The group whose rights each role grants, as the migrations named them.
    GROUPS = {Role.JOURNALIST: "Phóng viên", Role.EDITOR: "Biên tập viên", Role.MODERATOR: "Kiểm duyệt viên"}

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="portal_roles",
        verbose_name=_("người dùng"),
    )
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="roles", verbose_name=_("cổng"))
    role = models.CharField(_("vai trò"), max_length=16, choices=Role.choices)

    class Meta:
        ordering = ["site_id", "role", "user_id"]
        verbose_name = _("vai trò ở cổng")
        verbose_name_plural = _("vai trò ở cổng")
        constraints = [models.UniqueConstraint(fields=["user", "site", "role"], name="one_role_per_portal")]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.site.domain}"


class Limit(models.Model):
    """A counter or a "once per period" mark that every process of an install
    without a shared cache sees (newsroom/limits.py): a captcha limit per
    address, a reader's hour for one article."""

    key = models.CharField(max_length=200, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("giới hạn")
        verbose_name_plural = _("giới hạn")

    def __str__(self):
        return f"{self.key}: {self.count}"
