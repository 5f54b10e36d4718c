"""Writes the demo's documents: generated from the invented topics, transcripts turn by turn."""

import datetime

from wagtail.models import Locale
from wagtail.rich_text import RichText

from legation.documents.models import DocumentPage
from legation.documents.slugs import free_slug, slug_from_title

from .content import multilingual, topics

MINISTRY_DOCUMENTS = 50
MISSION_DOCUMENTS = 18
SPAN_DAYS = 900  # about two and a half years: two ministers and two spokespeople
MINISTRY_KINDS = [
    "statement",
    "comment",
    "speech",
    "transcript",
    "briefing",
    "interview",
    "article",
    "joint_statement",
    "press_release",
    "news",
]
MISSION_KINDS = ["comment", "news", "transcript", "interview", "article", "press_release"]


def paragraph(text):
    return ("paragraph", RichText(f"<p>{text}</p>"))


def date_words(day):
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def moment(now, days_ago, hour):
    earlier = now - datetime.timedelta(days=days_ago)
    return earlier.replace(hour=hour, minute=(days_ago * 7) % 60, second=0, microsecond=0)


class DocumentWriter:
    def __init__(self, now, random, people, organisations, kinds):
        self.now = now
        self.random = random
        self.people = people
        self.organisations = organisations
        self.kinds = kinds
        self.slugs = {}  # {archive id: the slugs given in this run}

    # Who held which post on a day, so texts name the right minister and spokesperson.
    def minister_on(self, day):
        return self.people[
            "Aldo Brennick" if day >= datetime.date(2024, 4, 1) else "Henrike Solberg"
        ]

    def spokesperson_on(self, day):
        return self.people["Petr Kalvik" if day >= datetime.date(2025, 7, 1) else "Ilse Maren"]

    def journalists(self):
        return [
            self.people[name]
            for name in (
                "Clara Weiss",
                "Dmitri Orlan",
                "Sofía Maldonado",
                "James Holloway",
                "Anja Petrov",
                "Luis Carrera",
            )
        ]

    # Sites -----------------------------------------------------------------------------

    def write_ministry(self, archive):
        written = []
        for number in range(MINISTRY_DOCUMENTS):
            kind = MINISTRY_KINDS[number % len(MINISTRY_KINDS)]
            days_ago = 3 + number * (SPAN_DAYS // MINISTRY_DOCUMENTS)
            written.append(self.write(archive, kind, number, days_ago, voice="ministry"))
        return [document for document in written if document is not None]

    def write_mission(self, archive, spec):
        for number in range(MISSION_DOCUMENTS):
            kind = MISSION_KINDS[number % len(MISSION_KINDS)]
            days_ago = 5 + number * (SPAN_DAYS // MISSION_DOCUMENTS)
            self.write(archive, kind, number, days_ago, voice=spec["slug"])

    def write_native_news(self, archive, spec):
        kind = self.kinds["news"].get_translation_or_none(archive.locale) or self.kinds["news"]
        for number, (title, lead, paragraphs) in enumerate(spec["native_news"]):
            self.save(
                archive,
                slug=self.slug(archive, title),
                title=title,
                kind=kind,
                published_at=moment(self.now, 2 + number * 9, 11),
                lead=lead,
                event_place="Buenos Aires",
                body=[paragraph(text) for text in paragraphs],
            )

    def write_multilingual(self, archive):
        english = archive.locale
        for spec in multilingual.MULTILINGUAL_DOCUMENTS:
            source_text = spec["versions"]["en-gb"]
            topic = topics.TOPICS[spec["topic"]]
            document = self.save(
                archive,
                slug=spec["slug"],
                title=source_text["title"],
                kind=self.kinds[spec["kind"]],
                published_at=moment(self.now, spec["days_ago"], 10),
                lead=source_text["lead"],
                event_place=topic["place"],
                event_date=moment(self.now, spec["days_ago"], 10).date(),
                body=self.multilingual_body(spec, source_text),
                organisations=[self.organisations[topic["organisation"]]],
            )
            if document is None:
                continue
            for language_code, text in spec["versions"].items():
                if language_code == english.language_code:
                    continue
                self.translate(document, language_code, text)
            if "source_edit" in spec:
                # Edited and republished after translation: the translations are now stale.
                body = list(document.body.raw_data)
                body[-1]["value"] = f"<p>{spec['source_edit']}</p>"
                document.body = body
                document.save_revision().publish()

    def multilingual_body(self, spec, text):
        if "turns" not in spec:
            return [paragraph(words) for words in text["paragraphs"]]
        body = []
        for (kind, person, addressee, after), words in zip(
            spec["turns"], text["turns"], strict=True
        ):
            value = {"text": RichText(f"<p>{words}</p>")}
            if kind == "question":
                value.update(asker=self.people[person], addressed_to=[self.people[addressee]])
            else:
                value["speaker"] = self.people[person]
            if kind == "answer":
                value["speaking_after"] = self.people[after] if after else None
            body.append((kind, value))
        return body

    def translate(self, document, language_code, text):
        target = Locale.objects.get(language_code=language_code)
        translation = document.copy_for_translation(target, copy_parents=True)
        translation.title = text["title"]
        translation.lead = text["lead"]
        blocks = list(translation.body.raw_data)
        # Same block ids as the source's: each block aligned with the one it translates; a
        # turn keeps its people (the source's entries, shown in the page's language).
        for block, words in zip(blocks, text.get("turns") or text["paragraphs"], strict=True):
            if isinstance(block["value"], dict):
                block["value"]["text"] = f"<p>{words}</p>"
            else:
                block["value"] = f"<p>{words}</p>"
        translation.body = blocks
        translation.kind = self.kinds[document.kind.slug].get_translation_or_none(target) or (
            document.kind
        )
        translation.save_revision().publish()

    # One document ----------------------------------------------------------------------

    def write(self, archive, kind_slug, number, days_ago, voice):
        topic = topics.TOPICS[(number * 5 + len(voice)) % len(topics.TOPICS)]
        published = moment(self.now, days_ago, 9 + number % 9)
        day = published.date()
        minister, spokesperson = self.minister_on(day), self.spokesperson_on(day)
        organisation = self.organisations[topic["organisation"]]
        place = (
            topic["place"]
            if voice == "ministry"
            else archive.get_parent().specific.cities.last().name
        )
        subject = topic["subject"]
        participants = [organisation.appointments.filter(is_head=True).first()]
        participants = [appointment.person for appointment in participants if appointment]
        paragraphs = [paragraph(text) for text in topic["paragraphs"]]
        title, lead, body, people = self.compose(
            kind_slug,
            subject,
            place,
            day,
            minister,
            spokesperson,
            topic,
            paragraphs,
            number,
            voice,
        )
        return self.save(
            archive,
            # Without the date, which is counted back from today: built again another day,
            # the demo finds the documents it made by their addresses.
            slug=self.slug(archive, title.removesuffix(f", {date_words(day)}")),
            title=title,
            kind=self.kinds[kind_slug],
            published_at=published,
            lead=lead,
            event_place=place,
            event_date=day,
            body=body,
            participants=people + participants,
            organisations=[organisation],
        )

    def compose(
        self, kind, subject, place, day, minister, spokesperson, topic, paragraphs, number, voice
    ):
        date = date_words(day)
        if kind == "transcript":
            counterpart = self.people[
                self.random.choice(
                    ["Kaspar Lindqvist", "Nadia Okonjo", "Jarl Tiedemann", "Rodrigo Salvatierra"]
                )
            ]
            speaker = minister if voice == "ministry" else self.ambassador(voice)
            return (
                f"{speaker.name}'s remarks and answers to media questions at a joint news "
                f"conference with {counterpart.name}, {place}, {date}",
                f"Talks on {subject}.",
                self.transcript(speaker, counterpart, subject, topic),
                [speaker, counterpart],
            )
        if kind == "briefing":
            return (
                f"Briefing by Foreign Ministry spokesperson {spokesperson.name}, {place}, {date}",
                f"Current foreign policy issues, including {subject}.",
                self.briefing(spokesperson, subject, topic),
                [spokesperson],
            )
        if kind == "speech":
            speaker = minister if voice == "ministry" else self.ambassador(voice)
            opening = topics.SPEECH_OPENINGS[number % len(topics.SPEECH_OPENINGS)]
            return (
                f"{speaker.name}'s speech at the conference on {subject}, {place}, {date}",
                f"Remarks on {subject}.",
                [paragraph(opening), *paragraphs, paragraph("Thank you.")],
                [speaker],
            )
        if kind == "interview":
            speaker = minister if voice == "ministry" else self.ambassador(voice)
            outlet = topics.OUTLETS[number % len(topics.OUTLETS)]
            journalist = self.journalists()[number % 6]
            return (
                f"Interview of {speaker.name} with {outlet} on {subject}",
                f"{outlet} asked about {subject}.",
                self.interview(speaker, journalist, outlet, subject),
                [speaker],
            )
        headlines = {
            "statement": f"Foreign Ministry statement on {subject}",
            "comment": f"Comment by Foreign Ministry spokesperson {spokesperson.name} on {subject}",
            "article": f"Article by {minister.name} on {subject}",
            "joint_statement": f"Joint statement by the foreign ministers of Velmora and "
            f"Ostrelia on {subject}",
            "press_release": f"Press release on {subject}",
            "news": topics.NEWS_HEADLINES[number % len(topics.NEWS_HEADLINES)],
        }
        people = {
            "comment": [spokesperson],
            "article": [minister],
            "joint_statement": [minister, self.people["Kaspar Lindqvist"]],
        }.get(kind, [])
        if voice != "ministry" and kind == "comment":
            headlines["comment"] = f"Embassy comment on {subject}"
            people = []
        return headlines[kind], topic["paragraphs"][0], paragraphs, people

    def ambassador(self, voice):
        return self.people["Oren Vasker" if voice == "embassy-london" else "Lucia Ferrand"]

    # Transcripts, turn by turn ---------------------------------------------------------

    def questions_and_answers(self, count, subject):
        order = self.random.sample(range(len(topics.QUESTIONS)), count)
        return [
            (topics.QUESTIONS[i].format(subject=subject), topics.ANSWERS[i].format(subject=subject))
            for i in order
        ]

    def transcript(self, speaker, counterpart, subject, topic):
        body = [
            (
                "statement",
                {
                    "speaker": speaker,
                    "text": RichText(
                        f"<p>Ladies and gentlemen, we have just finished our talks with "
                        f"{counterpart.name}.</p><p>{topic['paragraphs'][0]}</p>"
                        f"<p>{topic['paragraphs'][1]}</p>"
                    ),
                },
            ),
            (
                "statement",
                {
                    "speaker": counterpart,
                    "text": RichText(
                        f"<p>Thank you. I agree with what has been said about {subject}.</p>"
                    ),
                },
            ),
        ]
        journalists = self.journalists()
        for number, (question, answer) in enumerate(self.questions_and_answers(4, subject)):
            to_counterpart = number % 2 == 1
            addressee = counterpart if to_counterpart else speaker
            asker = journalists[number % len(journalists)]
            body.append(
                (
                    "question",
                    {
                        "asker": asker if number % 3 != 2 else None,
                        "outlet": topics.OUTLETS[number % len(topics.OUTLETS)]
                        if number % 3 == 2
                        else "",
                        "addressed_to": [addressee],
                        "text": RichText(f"<p>{question}</p>"),
                    },
                )
            )
            body.append(
                (
                    "answer",
                    {
                        "speaker": addressee,
                        "speaking_after": None,
                        "text": RichText(f"<p>{answer}</p>"),
                    },
                )
            )
            if to_counterpart:
                body.append(
                    (
                        "answer",
                        {
                            "speaker": speaker,
                            "speaking_after": counterpart,
                            "text": RichText(
                                "<p>Let me add a few words: we see it the same way.</p>"
                            ),
                        },
                    )
                )
            if number == 1:
                body.append(("note", "Laughter"))
        return body

    def briefing(self, spokesperson, subject, topic):
        body = [
            ("heading", "Opening remarks"),
            (
                "statement",
                {
                    "speaker": spokesperson,
                    "text": RichText("".join(f"<p>{text}</p>" for text in topic["paragraphs"])),
                },
            ),
            ("heading", "Answers to media questions"),
        ]
        for number, (question, answer) in enumerate(self.questions_and_answers(4, subject)):
            body.append(
                (
                    "question",
                    {
                        "asker": None,
                        "outlet": topics.OUTLETS[(number + 2) % len(topics.OUTLETS)],
                        "addressed_to": [spokesperson],
                        "text": RichText(f"<p>{question}</p>"),
                    },
                )
            )
            body.append(
                (
                    "answer",
                    {
                        "speaker": spokesperson,
                        "speaking_after": None,
                        "text": RichText(f"<p>{answer}</p>"),
                    },
                )
            )
        return body

    def interview(self, speaker, journalist, outlet, subject):
        body = []
        for question, answer in self.questions_and_answers(3, subject):
            body.append(
                (
                    "question",
                    {
                        "asker": journalist,
                        "outlet": outlet,
                        "addressed_to": [speaker],
                        "text": RichText(f"<p>{question}</p>"),
                    },
                )
            )
            body.append(
                (
                    "answer",
                    {
                        "speaker": speaker,
                        "speaking_after": None,
                        "text": RichText(f"<p>{answer}</p>"),
                    },
                )
            )
        return body

    # Saving ----------------------------------------------------------------------------

    def slug(self, archive, title):
        """The title's slug, numbered (-2, -3) in the order the demo writes, not by what the
        archive holds: a second run gives every document the slug the first gave it."""
        return free_slug(slug_from_title(title), self.slugs.setdefault(archive.pk, set()))

    def save(self, archive, *, slug, participants=(), organisations=(), live=True, **fields):
        if DocumentPage.objects.child_of(archive).filter(slug=slug).exists():
            return None
        document = DocumentPage(slug=slug, live=live, **fields)
        archive.add_child(instance=document)
        document.participants.set(participants)
        document.organisations.set(organisations)
        revision = document.save_revision()
        if live or document.go_live_at:
            revision.publish()
        return DocumentPage.objects.get(pk=document.pk)
