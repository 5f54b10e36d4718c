"""What a page derives from its transcript turns: anchors, contents, answers, speakers.

The turns are blocks of the body (see blocks.py). Nothing here is stored: it is computed from
the blocks whenever the page renders, so it can never disagree with the text.
"""

import copy
from dataclasses import dataclass, field
from functools import cached_property

from django.utils.html import strip_tags
from django.utils.text import Truncator

from legation.directory.models import Organisation, Person, roles_on

from .blocks import TURN_TYPES

SUMMARY_WORDS = 24


@dataclass
class Turn:
    number: int
    block: object  # a StreamValue child: .block_type, .value, .id
    role_by_person: dict = field(repr=False)
    shown: dict = field(default_factory=dict, repr=False)  # {id chosen: the version shown}

    def _as_shown(self, person):
        return self.shown.get(person.pk, person) if person is not None else None

    @property
    def kind(self):
        return self.block.block_type

    @property
    def anchor(self):
        return f"turn-{self.number}"

    @property
    def value(self):
        return self.block.value

    @property
    def speaker(self):
        key = "speaker" if self.kind != "question" else "asker"
        return self._as_shown(self.value.get(key))

    @property
    def speaker_role(self):
        speaker = self.speaker
        return self.role_by_person.get(speaker.pk) if speaker else None

    @property
    def speaking_after(self):
        return self._as_shown(self.value.get("speaking_after")) if self.kind == "answer" else None

    @property
    def addressed_to(self):
        if self.kind != "question":
            return []
        return [self._as_shown(person) for person in self.value.get("addressed_to") or []]

    @property
    def outlet(self):
        return self.value.get("outlet", "") if self.kind == "question" else ""

    @property
    def affiliation(self):
        """What follows the speaker's name: the role held that day, its organisation and a
        question's outlet, each said once ("Correspondent, Velmora Press Agency", not the
        agency again as the role's organisation and as the outlet)."""
        role = self.speaker_role
        parts = [role.role] if role and role.role else []
        if role and role.organisation:
            parts.append(role.organisation.name)
        if self.outlet:
            parts.append(self.outlet)
        said = []
        for part in parts:
            if not any(part.casefold() in earlier.casefold() for earlier in said):
                said.append(part)
        return ", ".join(said)

    @property
    def plain_text(self):
        return strip_tags(self.value["text"].source).strip()

    @property
    def summary(self):
        first_sentence = self.plain_text.split("?")[0].strip()
        text = first_sentence + "?" if "?" in self.plain_text else first_sentence
        return Truncator(text).words(SUMMARY_WORDS, truncate="…")


@dataclass
class Heading:
    anchor: str
    text: str


class Transcript:
    """The turns of a body and what is derived from them, with roles held on `on`, read from
    `appointments` (directory.models.appointments_of) when a batch of documents has them.

    A translation keeps its source's choosers, so its turns name the source's entries: with
    `locale` (the page's), each person is shown as their version in that language where there
    is one, and the role and organisation they held as those versions say them. `versions`
    ({(translation key, locale id): person}) saves the query when a batch has them.
    """

    def __init__(self, body, on=None, appointments=None, locale=None, versions=None):
        self.body = body
        self.on = on
        self.appointments = appointments
        self.locale = locale
        self.versions = versions

    @cached_property
    def _chosen(self):
        """{id: person} for everyone the turns name, as the body's choosers hold them."""
        people = []
        for block in self.body:
            if block.block_type not in TURN_TYPES:
                continue
            value = block.value
            people += [value.get(key) for key in ("speaker", "asker", "speaking_after")]
            people += list(value.get("addressed_to") or [])
        return {person.pk: person for person in people if person is not None}

    @cached_property
    def _shown(self):
        """{id chosen: the person as the page shows them}: the version in its language."""
        chosen = self._chosen
        if self.locale is None or all(p.locale_id == self.locale.pk for p in chosen.values()):
            return chosen
        versions = self.versions
        if versions is None:
            versions = {
                (person.translation_key, person.locale_id): person
                for person in Person.objects.filter(
                    translation_key__in=[p.translation_key for p in chosen.values()],
                    locale=self.locale,
                )
            }
        return {
            pk: versions.get((person.translation_key, self.locale.pk), person)
            for pk, person in chosen.items()
        }

    @cached_property
    def role_by_person(self):
        """{id of a person shown: their appointment on the day}, its organisation in the
        page's language (an appointment's copy still points at the source's organisation)."""
        shown = list(self._shown.values())
        if not (shown and self.on):
            return {}
        roles = roles_on(shown, self.on, self.appointments)
        elsewhere = {
            role.organisation.translation_key
            for role in roles.values()
            if role.organisation and self.locale and role.organisation.locale_id != self.locale.pk
        }
        if elsewhere:
            organisations = {
                organisation.translation_key: organisation
                for organisation in Organisation.objects.filter(
                    translation_key__in=elsewhere, locale=self.locale
                )
            }
            for pk, role in roles.items():
                if role.organisation and role.organisation.translation_key in organisations:
                    # A copy, shown and never saved: a batch's appointments are shared.
                    roles[pk] = copy.copy(role)
                    roles[pk].organisation = organisations[role.organisation.translation_key]
        return roles

    @cached_property
    def items(self):
        """The body in order, each turn or heading with its anchor, for rendering."""
        items = []
        turn_number = heading_number = 0
        for block in self.body:
            if block.block_type in TURN_TYPES:
                turn_number += 1
                items.append((block, Turn(turn_number, block, self.role_by_person, self._shown)))
            elif block.block_type == "heading":
                heading_number += 1
                items.append((block, Heading(f"section-{heading_number}", block.value)))
            else:
                items.append((block, None))
        return items

    @cached_property
    def turns(self):
        return [anchor for _, anchor in self.items if isinstance(anchor, Turn)]

    @property
    def is_transcript(self):
        return any(turn.kind in ("question", "answer") for turn in self.turns)

    @cached_property
    def questions(self):
        """The "answers to media questions" list: each question, linked to its turn."""
        return [turn for turn in self.turns if turn.kind == "question"]

    @cached_property
    def questions_heading(self):
        """The heading the questions come under, if the body gives them one ("Answers to media
        questions" in a briefing): the contents list the questions under it, not under a
        second entry of the same name."""
        previous = None
        for _, anchor in self.items:
            if isinstance(anchor, Turn) and anchor.kind == "question":
                return previous if isinstance(previous, Heading) else None
            if anchor is not None:
                previous = anchor
        return None

    @cached_property
    def contents(self):
        """Table of contents: headings and statements in order, then the answers part."""
        return [
            anchor
            for _, anchor in self.items
            if isinstance(anchor, Heading)
            or (isinstance(anchor, Turn) and anchor.kind == "statement")
        ]

    @cached_property
    def speakers(self):
        """Speaker index: each person who speaks, with the anchors of their turns."""
        index = {}
        for turn in self.turns:
            if turn.kind == "question" or turn.speaker is None:
                continue
            index.setdefault(turn.speaker.pk, (turn.speaker, turn.speaker_role, []))[2].append(turn)
        return list(index.values())
