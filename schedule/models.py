"""A portal's weekly work schedule: one Week per ISO week, its Entries by day and time.

Readers see a week once editors publish it. An entry keeps its `uid` for life,
so a calendar that subscribed to the iCalendar feed sees an edit as a change of
the same event (its `sequence` goes up), never as a new one; an entry added to
or edited in a week already published is marked "Điều chỉnh".
"""

import datetime
import uuid
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.sites.models import Site
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import PortalContent, PortalQuerySet
from newsroom.vietnamese import nfc

# The years whose weeks readers may ask for (?tuan=2026-W50).
FIRST_YEAR, LAST_YEAR = 2000, 2099


def week_start(year, number):
    """The Monday of ISO week `number` of `year`; ValueError if there is no such week."""
    return datetime.date.fromisocalendar(year, number, 1)


def weeks_in(year):
    """How many ISO weeks `year` has (52 or 53): 28 December is always in the last."""
    return datetime.date(year, 12, 28).isocalendar().week


class WeekQuerySet(PortalQuerySet):
    def published(self, site):
        """The one visibility rule: the weeks of the portal `site` that editors published."""
        return self.for_site(site).filter(is_published=True)


class Week(PortalContent):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+", verbose_name=_("cổng"))
    year = models.PositiveSmallIntegerField(_("năm"))
    number = models.PositiveSmallIntegerField(_("tuần"), help_text=_("Số tuần theo ISO 8601 (1–53)."))
    is_published = models.BooleanField(
        _("công bố"), default=False, help_text=_("Người đọc chỉ thấy lịch của tuần đã công bố.")
    )
    published_at = models.DateTimeField(_("công bố lúc"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = WeekQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "-number"]
        verbose_name = _("lịch tuần")
        verbose_name_plural = _("lịch tuần")
        constraints = [models.UniqueConstraint(fields=["site", "year", "number"], name="one_week_per_portal")]

    def __str__(self):
        return _("Tuần %(number)s/%(year)s (%(start)s – %(end)s)") % {
            "number": self.number,
            "year": self.year,
            "start": self.start.strftime("%d/%m"),
            "end": self.end.strftime("%d/%m/%Y"),
        }

    def clean(self):
        if self.year is None or self.number is None:
            return
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise ValidationError({"year": _("Năm phải từ %(first)s đến %(last)s.") % _years()})
        if not 1 <= self.number <= weeks_in(self.year):
            raise ValidationError(
                {
                    "number": _("Năm %(year)s có %(count)s tuần.")
                    % {"year": self.year, "count": weeks_in(self.year)}
                }
            )

    @property
    def start(self):
        return week_start(self.year, self.number)

    @property
    def end(self):
        return self.start + datetime.timedelta(days=6)

    @property
    def days(self):
        return [self.start + datetime.timedelta(days=i) for i in range(7)]

    @property
    def iso(self):
        """The week as readers' links spell it: "2026-W50"."""
        return f"{self.year}-W{self.number:02d}"

    def get_absolute_url(self):
        return f"{reverse('schedule:week')}?tuan={self.iso}"

    def save(self, *args, **kwargs):
        if self.is_published and self.published_at is None:
            self.published_at = timezone.now()
            # Entries saved with this instance (the admin's one page: the week,
            # then its rows) are the published version, not changes to it.
            self.publishing_now = True
        super().save(*args, **kwargs)


def _years():
    return {"first": FIRST_YEAR, "last": LAST_YEAR}


class EntryQuerySet(PortalQuerySet):
    def published(self, site):
        """The entries readers see: those of the portal's published weeks."""
        return self.filter(week__in=Week.objects.published(site))

    def in_order(self):
        return self.order_by("date", "starts_at", "pk")


class Entry(PortalContent):
    # What a reader sees of an entry: a change to any of these is an edit.
    SHOWN_FIELDS = (
        "date",
        "starts_at",
        "ends_at",
        "content",
        "chair",
        "attendees",
        "place",
        "preparing_unit",
    )

    week = models.ForeignKey(Week, on_delete=models.CASCADE, related_name="entries", verbose_name=_("tuần"))
    # The week's portal, kept with the entry (filled on save) so it is asked like every portal's row.
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+", editable=False)
    date = models.DateField(_("ngày"))
    starts_at = models.TimeField(_("giờ bắt đầu"))
    ends_at = models.TimeField(_("giờ kết thúc"), null=True, blank=True)
    content = models.TextField(_("nội dung"))
    chair = models.CharField(_("chủ trì"), max_length=300, blank=True)
    attendees = models.TextField(_("thành phần"), blank=True)
    place = models.CharField(_("địa điểm"), max_length=300, blank=True)
    preparing_unit = models.CharField(_("đơn vị chuẩn bị"), max_length=300, blank=True)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    is_changed_after_publication = models.BooleanField(_("điều chỉnh"), default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["date", "starts_at", "pk"]
        verbose_name = _("mục lịch")
        verbose_name_plural = _("các mục lịch")
        indexes = [models.Index(fields=["site", "date"], name="entry_site_date")]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.starts_at:%H:%M} – {self.content[:60]}"

    @classmethod
    def from_db(cls, db, field_names, values):
        entry = super().from_db(db, field_names, values)
        entry._stored = entry._shown()
        return entry

    def _shown(self):
        return tuple(getattr(self, name) for name in self.SHOWN_FIELDS)

    def clean(self):
        errors = {}
        try:
            days = self.week.days
        except (Week.DoesNotExist, TypeError, ValueError):  # no week yet, or not a real one
            days = None
        if days and self.date is not None and self.date not in days:
            errors["date"] = _("Ngày %(date)s không thuộc %(week)s.") % {
                "date": self.date.strftime("%d/%m/%Y"),
                "week": self.week,
            }
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("Giờ kết thúc phải sau giờ bắt đầu.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        """Also fills what follows from the change: an edit raises the sequence
        calendars compare; an entry added to or edited in a week published
        earlier is marked "Điều chỉnh"."""
        for name in ("content", "chair", "attendees", "place", "preparing_unit"):
            setattr(self, name, nfc(getattr(self, name)).strip())
        self.site_id = self.week.site_id
        stored = getattr(self, "_stored", None)
        edited = stored is not None and stored != self._shown()
        if edited:
            self.sequence += 1
        if (
            (stored is None or edited)
            and self.week.is_published
            and not getattr(self.week, "publishing_now", False)
        ):
            self.is_changed_after_publication = True
        super().save(*args, **kwargs)
        self._stored = self._shown()

    @property
    def start(self):
        """When the entry begins, in the portal's time zone."""
        return datetime.datetime.combine(self.date, self.starts_at, tzinfo=ZoneInfo(settings.TIME_ZONE))

    @property
    def end(self):
        if self.ends_at is None:
            return None
        return datetime.datetime.combine(self.date, self.ends_at, tzinfo=ZoneInfo(settings.TIME_ZONE))
