"""The shapes of the API's answers, as drf-spectacular describes them in the OpenAPI document.

Documents are answered with the plain-data records of legation/documents/records.py as they
are: these serializers only describe them (schemathesis checks that they agree). People,
organisations, kinds and sites are serialized by them.
"""

from rest_framework import serializers

from legation.documents.blocks import BodyBlock

BLOCK_TYPES = list(BodyBlock.base_blocks)


class RecordReferenceSerializer(serializers.Serializer):
    """A person or an organisation named in a document."""

    id = serializers.UUIDField(help_text="Translation key: the same in every language.")
    slug = serializers.SlugField()
    name = serializers.CharField()


class RoleSerializer(serializers.Serializer):
    title = serializers.CharField()
    organisation = RecordReferenceSerializer(allow_null=True)


class SpeakerSerializer(RecordReferenceSerializer):
    role = RoleSerializer(allow_null=True, help_text="The appointment held on the day.")


class SiteReferenceSerializer(serializers.Serializer):
    id = serializers.CharField(allow_null=True, help_text="Host name.")
    name = serializers.CharField()
    url = serializers.URLField()


class KindReferenceSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()


class EventSerializer(serializers.Serializer):
    date = serializers.DateField(allow_null=True)
    date_precision = serializers.ChoiceField(choices=["day", "month"])
    place = serializers.CharField(allow_blank=True)


class DocumentSummarySerializer(serializers.Serializer):
    id = serializers.CharField(help_text="Translation key and language: <uuid>:<language>.")
    document = serializers.UUIDField(help_text="Translation key, shared by every language.")
    url = serializers.URLField(help_text="Canonical address.")
    site = SiteReferenceSerializer()
    language = serializers.CharField()
    kind = KindReferenceSerializer()
    title = serializers.CharField()
    lead = serializers.CharField(allow_blank=True)
    published_at = serializers.DateTimeField()
    published_at_local = serializers.DateTimeField(help_text="In the site's time zone.")
    updated_at = serializers.DateTimeField()
    event = EventSerializer()
    people = RecordReferenceSerializer(many=True)
    organisations = RecordReferenceSerializer(many=True)


class ImageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()


class BlockSerializer(serializers.Serializer):
    """One block of the body; which fields it has depends on its type (records.py)."""

    type = serializers.ChoiceField(choices=BLOCK_TYPES)
    id = serializers.CharField(allow_null=True)
    turn = serializers.IntegerField(required=False, help_text="Turns: its number in turns.")
    anchor = serializers.CharField(required=False, help_text="Turns and headings.")
    html = serializers.CharField(required=False, allow_blank=True)
    text = serializers.CharField(required=False, allow_blank=True)
    attribution = serializers.CharField(required=False, allow_blank=True)
    caption = serializers.CharField(required=False, allow_blank=True)
    image = ImageSerializer(required=False, allow_null=True, help_text="Null if deleted.")


class TurnSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    anchor = serializers.CharField()
    kind = serializers.ChoiceField(choices=["statement", "question", "answer"])
    speaker = SpeakerSerializer(allow_null=True, help_text="For a question: who asks.")
    outlet = serializers.CharField(allow_blank=True)
    addressed_to = SpeakerSerializer(many=True)
    speaking_after = SpeakerSerializer(allow_null=True)
    text = serializers.CharField(allow_blank=True)
    html = serializers.CharField(allow_blank=True)


class DocumentSerializer(DocumentSummarySerializer):
    body = BlockSerializer(many=True)
    turns = TurnSerializer(many=True)


class DirectoryReferenceSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="translation_key")
    slug = serializers.SlugField()
    name = serializers.CharField()


class AppointmentSerializer(serializers.Serializer):
    role = serializers.CharField()
    organisation = DirectoryReferenceSerializer(allow_null=True)
    is_head = serializers.BooleanField()
    start = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True)


class PersonSerializer(DirectoryReferenceSerializer):
    language = serializers.CharField(source="locale.language_code")
    biography = serializers.CharField(allow_blank=True)
    appointments = AppointmentSerializer(many=True, source="appointments.all")


class HeadSerializer(serializers.Serializer):
    person = DirectoryReferenceSerializer()
    role = serializers.CharField()
    start = serializers.DateField(allow_null=True)


class OrganisationSerializer(DirectoryReferenceSerializer):
    language = serializers.CharField(source="locale.language_code")
    short_name = serializers.CharField(allow_blank=True)
    address = serializers.CharField(allow_blank=True)
    website = serializers.CharField(allow_blank=True)
    description = serializers.CharField(allow_blank=True)
    head = HeadSerializer(
        source="current_head", allow_null=True, help_text="The head's appointment today."
    )


class KindSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    language = serializers.CharField(source="locale.language_code")
    name = serializers.CharField()
    plural_name = serializers.CharField()


class SiteVersionSerializer(serializers.Serializer):
    language = serializers.CharField()
    name = serializers.CharField()
    url = serializers.URLField()


class SiteSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="Host name; the site filter of /api/documents/.")
    type = serializers.ChoiceField(choices=["ministry", "mission"])
    name = serializers.CharField()
    url = serializers.URLField()
    time_zone = serializers.CharField()
    default_language = serializers.CharField()
    languages = serializers.ListField(child=serializers.CharField())
    versions = SiteVersionSerializer(many=True, help_text="The home page in each language.")


class LanguageSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()
