"""Embargoed previews for their recipients, and the admin's embargo and withdrawal views."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from legation.core.models import PublicGate
from legation.documents.models import DocumentPage

from .actions.withdraw import WithdrawDocumentAction
from .embargo import may_share_preview, preview_url
from .models import EmbargoLink, EmbargoOpening, EmbargoState, embargo_ends_at

# Never kept by a browser, proxy or CDN: the text is not public yet, or no longer shown here.
PRIVATE_HEADERS = {"Cache-Control": "private, no-store", "X-Robots-Tag": "noindex"}


@require_safe
def embargo_preview(request, token):
    """The document as it will go out, for the link's recipient, until its time.

    Deliberately free of sessions and logins: the recipient is whoever holds the link, and
    nothing here is stored in or read from the browser.
    """
    link = get_object_or_404(EmbargoLink.objects.select_related("document"), token=token)
    document = link.document
    now = timezone.now()
    state = link.state(now)
    with translation.override(document.locale.language_code):
        if state == EmbargoState.OPEN:
            if request.method == "GET":
                EmbargoOpening.objects.create(
                    link=link,
                    opened_at=now,
                    client_address=request.META.get("REMOTE_ADDR") or None,
                    user_agent=request.META.get("HTTP_USER_AGENT", "")[:500],
                )
            response = _render_preview(request, document)
        else:
            released = state == EmbargoState.RELEASED and PublicGate(now).allows(document)
            response = render(
                request,
                "publishing/embargo_dead.html",
                {
                    "site_root": document.site_root,
                    "public_document": document if released else None,
                },
                status=410,
            )
    for name, value in PRIVATE_HEADERS.items():
        response[name] = value
    return response


def _render_preview(request, document):
    """The latest revision in its own template, as Wagtail's preview renders it."""
    preview = document.get_latest_revision_as_object()
    context = preview.get_context(request)
    context.update(
        document_template=preview.get_template(request),
        embargo_ends_at=embargo_ends_at(document),
    )
    return render(request, "publishing/embargo_preview.html", context)


def _document_for(user, page_id, allowed):
    page = get_object_or_404(DocumentPage, pk=page_id)
    if not allowed(user, page):
        raise PermissionDenied
    return page


class EmbargoLinkForm(forms.ModelForm):
    class Meta:
        model = EmbargoLink
        fields = ["recipient_name", "organisation", "email"]


class DocumentFormView(WagtailAdminTemplateMixin, FormView):
    """An admin form about one document, for users `may(user, page)` allows, under its editor
    in the breadcrumbs."""

    def dispatch(self, request, page_id):
        self.page = _document_for(request.user, page_id, type(self).may)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]), "label": self.page},
            {"url": "", "label": self.get_page_title()},
        ]


class EmbargoLinksView(DocumentFormView):
    """A document's preview links: create one per recipient, see who opened them, revoke."""

    template_name = "publishing/embargo_links.html"
    form_class = EmbargoLinkForm
    header_icon = "view"
    may = staticmethod(may_share_preview)

    def get_page_title(self):
        return _("Embargoed preview links")

    def form_valid(self, form):
        if embargo_ends_at(self.page) is None or embargo_ends_at(self.page) <= timezone.now():
            form.add_error(None, _("Give the document a publication time in the future first."))
            return self.form_invalid(form)
        link = form.save(commit=False)
        link.document = self.page
        link.created_by = self.request.user
        link.save()
        messages.success(
            self.request,
            _("Preview link for %(recipient)s created.") % {"recipient": link.recipient_name},
        )
        return redirect(self.request.path)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        links = self.page.embargo_links.prefetch_related("openings")
        context.update(
            page=self.page,
            embargo_ends_at=embargo_ends_at(self.page),
            site_zone=self.page.zone,
            links=[(link, link.state(now), preview_url(link)) for link in links],
        )
        return context


@require_POST
def revoke_embargo_link(request, page_id, link_id):
    page = _document_for(request.user, page_id, may_share_preview)
    link = get_object_or_404(page.embargo_links.unrevoked(), pk=link_id)
    link.revoke(request.user)
    messages.success(
        request, _("Preview link for %(recipient)s revoked.") % {"recipient": link.recipient_name}
    )
    return redirect("legation_embargo:links", page.pk)


def may_withdraw(user, page):
    return page.permissions_for_user(user).can_publish()


class WithdrawForm(forms.Form):
    """The reason readers are told, in the page's language and, optionally, in the others."""

    def __init__(self, *args, page, versions, **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        own = page.locale.language_code
        self.fields["reason"] = forms.CharField(
            label=_("Reason shown to readers (%(language)s)") % {"language": names[own]},
            widget=forms.Textarea(attrs={"rows": 3}),
        )
        self.other_languages = [
            version.locale.language_code for version in versions if version.pk != page.pk
        ]
        for code in self.other_languages:
            self.fields[f"reason_{code}"] = forms.CharField(
                label=_("Reason in %(language)s") % {"language": names.get(code, code)},
                widget=forms.Textarea(attrs={"rows": 3}),
                required=False,
                help_text=gettext_lazy("Left empty, readers see the reason as written above."),
            )

    def translated_reasons(self):
        return {code: self.cleaned_data.get(f"reason_{code}", "") for code in self.other_languages}


class WithdrawView(DocumentFormView):
    template_name = "publishing/withdraw.html"
    header_icon = "warning"
    may = staticmethod(may_withdraw)

    @cached_property
    def versions(self):
        return list(WithdrawDocumentAction(self.page, self.request.user, "").versions())

    def get_page_title(self):
        return _("Withdraw")

    def get_form(self, form_class=None):
        return WithdrawForm(**self.get_form_kwargs(), page=self.page, versions=self.versions)

    def form_valid(self, form):
        action = WithdrawDocumentAction(
            self.page,
            self.request.user,
            form.cleaned_data["reason"],
            translated_reasons=form.translated_reasons(),
        )
        try:
            action.execute()
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, error if isinstance(error, ValidationError) else str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("'%(title)s' withdrawn in every language.") % {"title": self.page.title},
        )
        return redirect("wagtailadmin_explore", self.page.get_parent().pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs, page=self.page, versions=self.versions)
