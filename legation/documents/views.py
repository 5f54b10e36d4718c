"""The admin view behind the editor's "Paste transcript": text in, the body's blocks out."""

from django import forms
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from .models import DocumentPage


class PasteForm(forms.Form):
    text = forms.CharField(strip=False)
    locale = forms.ModelChoiceField(Locale.objects.all())
    # The form's own values, as typed: the event date, else the publication date, is the day
    # whose roles a function label ("Spokesperson:") is read on.
    event_date = forms.CharField(required=False)
    published_at = forms.CharField(required=False)
    title = forms.CharField(required=False)

    def on_date(self):
        for typed in (self.cleaned_data["event_date"], self.cleaned_data["published_at"]):
            try:
                day = parse_date(typed.strip()[:10])
            except ValueError:
                day = None
            if day:
                return day
        return timezone.localdate()


@require_POST
def convert_transcript_view(request):
    # Loaded at an editor's first paste: the recogniser's patterns and vocabulary are some
    # megabytes that a process serving readers never needs.
    from .conversion import ConversionRefused, convert_transcript, create_people

    form = PasteForm(request.POST)
    if not form.is_valid():
        errors = form.errors.items()
        message = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in errors)
        return JsonResponse({"error": message}, status=400)
    locale = form.cleaned_data["locale"]
    to_create = request.POST.getlist("create")
    if to_create and not request.user.has_perm("directory.add_person"):
        return JsonResponse({"error": _("You may not create people.")}, status=403)
    try:
        created = create_people(to_create, locale) if to_create else []
        conversion = convert_transcript(
            form.cleaned_data["text"], locale, form.on_date(), form.cleaned_data["title"]
        )
    except ConversionRefused as refused:
        return JsonResponse({"error": str(refused)}, status=400)
    body = DocumentPage._meta.get_field("body").stream_block
    summary = render_to_string(
        "documents/admin/paste_transcript_summary.html",
        {
            "conversion": conversion,
            "counts": [
                (body.child_blocks[kind].label, count) for kind, count in conversion.counts.items()
            ],
            "created": created,
            "matched": sorted({person.name for person in conversion.matched.values()}),
            "may_create": request.user.has_perm("directory.add_person"),
        },
        request=request,
    )
    return JsonResponse(
        {
            "state": body.get_form_state(body.to_python(conversion.blocks)),
            "turns": conversion.turns,
            "new_names": conversion.new_names,
            "summary": summary,
        }
    )
