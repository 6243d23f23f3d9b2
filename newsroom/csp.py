"""The Content-Security-Policy middleware, with the admin's one exception.

Reader pages get CONTENT_SECURITY_POLICY as it is. Pages under the admin
prefix get NEWSROOM_ADMIN_CSP's directives on top, because CKEditor 4 builds
its toolbar and dialogs from inline handlers and styles. Views may still set
their own policy with django-csp's decorators.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


class NewsroomCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.replace is None and request.path_info.startswith(reverse("admin:index")):
            parts.replace = settings.NEWSROOM_ADMIN_CSP
        return parts
