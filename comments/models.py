"""Reader comments, the moderators' decisions on them, and their word lists."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.roles import staff_sites


class CommentQuerySet(models.QuerySet):
    def for_site(self, site):
        """Comments on articles of the portal `site` (a Site or its id)."""
        return self.filter(article__site=site)

    def for_staff(self, user):
        """Comments on articles of the portals `user` works on (newsroom/roles.py)."""
        mine = staff_sites(user)
        return self.all() if mine is None else self.filter(article__site__in=mine)

    def approved(self):
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self):
        return self.filter(status=Comment.Status.PENDING)

    def oldest_first(self):
        return self.order_by("received_at", "pk")

    def received_since(self, moment):
        return self.filter(received_at__gt=moment)

    def from_ip(self, ip):
        return self.filter(ip_address=ip)


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ duyệt")
        APPROVED = "approved", _("Đã duyệt")
        REJECTED = "rejected", _("Đã từ chối")
        SPAM = "spam", _("Rác")

    class Flag(models.TextChoices):
        LINKS = "links", _("Nhiều liên kết")
        KEYWORD = "keyword", _("Có từ cần chú ý")

    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.CASCADE,
        related_name="comments",
        verbose_name=_("bài viết"),
    )
    name = models.CharField(_("họ tên"), max_length=100)
    phone = models.CharField(_("số điện thoại"), max_length=16, blank=True, help_text=_("Dạng E.164: +84…"))
    title = models.CharField(_("tiêu đề"), max_length=200)
    body = models.TextField(_("nội dung"))
    status = models.CharField(
        _("trạng thái"),
        max_length=16,
        choices=Status.choices,
        default=Status.PENDING,
    )
    # Space-separated Flag values: a short list the queue can filter with `contains`.
    flags = models.CharField(_("cờ"), max_length=64, blank=True)
    ip_address = models.GenericIPAddressField(_("địa chỉ IP"), null=True, blank=True)
    user_agent = models.CharField(_("trình duyệt"), max_length=300, blank=True)
    received_at = models.DateTimeField(_("nhận lúc"), default=timezone.now)
    decided_at = models.DateTimeField(_("quyết định lúc"), null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["received_at", "pk"]
        verbose_name = _("bình luận")
        verbose_name_plural = _("bình luận")
        indexes = [
            models.Index(fields=["article", "status", "received_at"], name="comment_article_idx"),
            models.Index(fields=["status", "received_at"], name="comment_queue_idx"),
            models.Index(fields=["ip_address", "received_at"], name="comment_ip_idx"),
            models.Index(fields=["phone", "received_at"], name="comment_phone_idx"),
        ]
        permissions = [
            ("moderate_comment", _("Có thể duyệt, từ chối, đánh dấu rác bình luận")),
            ("view_full_phone", _("Có thể xem đầy đủ số điện thoại người bình luận")),
            ("reply_comment", _("Có thể trả lời bình luận thay mặt tòa soạn")),
            ("erase_commenter_data", _("Có thể xóa dữ liệu cá nhân của người bình luận theo yêu cầu")),
        ]

    def __str__(self):
        return self.title

    @property
    def flag_list(self):
        return self.flags.split()

    @property
    def masked_phone(self):
        """The phone as moderators see it by default: "+84912345678" -> "091****678"."""
        if not self.phone:
            return ""
        national = "0" + self.phone.removeprefix("+84") if self.phone.startswith("+84") else self.phone
        return national[:3] + "*" * max(len(national) - 6, 0) + national[-3:]


class Reply(models.Model):
    """The newsroom's answer to an approved comment ("Tòa soạn trả lời").

    It is shown under its comment and only with it: a comment that leaves the
    site takes its reply along. Written through comments.moderation.reply().
    """

    comment = models.OneToOneField(
        Comment, on_delete=models.CASCADE, related_name="reply", verbose_name=_("bình luận")
    )
    body = models.TextField(_("nội dung trả lời"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người trả lời"),
    )
    created_at = models.DateTimeField(_("trả lời lúc"), default=timezone.now)
    updated_at = models.DateTimeField(_("sửa lúc"), default=timezone.now)

    class Meta:
        verbose_name = _("trả lời của tòa soạn")
        verbose_name_plural = _("trả lời của tòa soạn")

    def __str__(self):
        return self.body[:60]


class ModerationRecord(models.Model):
    """One decision or edit on a comment: who, when, from which status to which, why."""

    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, related_name="records", verbose_name=_("bình luận")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người thực hiện"),
    )
    created_at = models.DateTimeField(_("lúc"), default=timezone.now)
    from_status = models.CharField(_("từ trạng thái"), max_length=16, choices=Comment.Status.choices)
    to_status = models.CharField(_("sang trạng thái"), max_length=16, choices=Comment.Status.choices)
    reason = models.CharField(_("lý do"), max_length=300, blank=True)
    # {"field": [before, after]} for edits; empty for plain decisions.
    changes = models.JSONField(_("thay đổi"), default=dict, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("lịch sử kiểm duyệt")
        verbose_name_plural = _("lịch sử kiểm duyệt")

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class Keyword(models.Model):
    """A word the moderators watch for; matched without accents ("dang" finds "Đảng")."""

    class Action(models.TextChoices):
        FLAG = "flag", _("Đánh dấu để chú ý")
        SPAM = "spam", _("Chuyển thẳng vào rác")

    word = models.CharField(_("từ hoặc cụm từ"), max_length=100)
    action = models.CharField(_("xử lý"), max_length=8, choices=Action.choices, default=Action.FLAG)

    class Meta:
        ordering = ["action", "word"]
        verbose_name = _("từ khóa kiểm duyệt")
        verbose_name_plural = _("từ khóa kiểm duyệt")
        constraints = [models.UniqueConstraint(fields=["word", "action"], name="keyword_unique")]

    def __str__(self):
        return self.word


class ModeratorAlert(models.Model):
    """When a portal's moderators were last mailed: one row per portal, its id
    the portal's Site id, claimed atomically by every process (comments/notify.py)."""

    sent_at = models.DateTimeField()

    class Meta:
        verbose_name = _("thư báo kiểm duyệt")

    def __str__(self):
        return f"{self.sent_at:%H:%M %d/%m/%Y}"
