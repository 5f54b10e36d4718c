"""Generate a corpus of fictional legacy pages for the importer's benchmarks.

    python bench/importer/corpus.py OUTPUT_DIR [--pages 10000] [--seed 1]

Pages are drawn from templates in the five languages: transcripts with each labelling
convention, briefings with a table of contents, statements, interviews, listings and mission
homepages; one page in ten is HTML. Everything in them is invented.
"""

import argparse
import random
from pathlib import Path

PEOPLE = ["Tomas Ardell", "Nora Halvik", "Petra Solberg", "Amadou Keller", "Sofia Brandt",
          "Owen Maddox", "Lena Fisk", "Ivo Marten"]  # fmt: skip
PLACES = ["Vessa", "Port Sel", "Lindhaven", "Corran"]
SENTENCES = {
    "en": [
        "The ministry has followed the talks on the shared waters closely and welcomes their"
        " outcome.",
        "Both sides agreed that the fisheries commission should meet again before the summer.",
        "We remain convinced that disputes at sea are settled at the table and nowhere else.",
        "The inspection rules will be applied in the same way in every port of the region.",
        "Our consuls visit the detained crew every week and keep in touch with their families.",
        "The forum brings together scientists, sailors and diplomats from every coastal state.",
    ],
    "ru": [
        "Министерство внимательно следило за переговорами и приветствует их итоги.",
        "Стороны договорились провести следующее заседание комиссии до начала лета.",
        "Мы убеждены, что споры на море решаются за столом переговоров.",
        "Правила досмотра будут применяться одинаково во всех портах региона.",
        "Консулы еженедельно посещают задержанных моряков и поддерживают связь с их семьями.",
    ],
    "de": [
        "Das Ministerium hat die Gespräche über die gemeinsamen Gewässer genau verfolgt.",
        "Beide Seiten haben sich darauf geeinigt, dass die Kommission vor dem Sommer tagt.",
        "Wir sind überzeugt, dass Streitigkeiten auf See am Verhandlungstisch gelöst werden.",
        "Die Kontrollregeln werden in allen Häfen der Region gleich angewandt.",
    ],
    "fr": [
        "Le ministère a suivi de près les discussions sur les eaux partagées.",
        "Les deux parties sont convenues que la commission se réunira avant l'été.",
        "Nous sommes convaincus que les différends en mer se règlent à la table des négociations.",
        "Les règles d'inspection seront appliquées de la même manière dans tous les ports.",
    ],
    "es": [
        "El ministerio ha seguido de cerca las conversaciones sobre las aguas compartidas.",
        "Ambas partes acordaron que la comisión se reunirá antes del verano.",
        "Estamos convencidos de que las disputas en el mar se resuelven en la mesa de"
        " negociaciones.",
        "Las normas de inspección se aplicarán de la misma manera en todos los puertos.",
    ],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}  # fmt: skip
TITLES = {
    "en": {
        "transcript": "Foreign Minister {person}'s remarks and answers to media questions at a"
        " joint news conference, {place}, {date}",
        "briefing": "Briefing by Ministry Spokeswoman {person}, {place}, {date}",
        "statement": "Foreign Ministry statement on the situation in the strait",
        "interview": "Interview of Foreign Minister {person} to the Coastal Times",
    },
    "ru": {
        "transcript": "Выступление и ответы на вопросы СМИ Министра иностранных дел"
        " Т.Арделла в ходе пресс-конференции, {place}, {date}",
        "briefing": "Брифинг официального представителя МИД И.П.Востровой, {place}, {date}",
        "statement": "Заявление МИД о положении в проливе",
        "interview": "Интервью Министра иностранных дел Т.Арделла газете «Морской вестник»",
    },
    "de": {
        "transcript": "Rede und Antworten auf Fragen der Medien des Außenministers {person},"
        " {place}, {date}",
        "briefing": "Briefing der Sprecherin des Außenministeriums {person}, {place}, {date}",
        "statement": "Erklärung des Außenministeriums zur Lage in der Meerenge",
        "interview": "Interview des Außenministers {person} für die Zeitung „Küstenbote“",
    },
    "fr": {
        "transcript": "Allocution et réponses aux questions des médias du ministre {person},"
        " {place}, {date}",
        "briefing": "Point de presse de la porte-parole {person}, {place}, {date}",
        "statement": "Déclaration du ministère sur la situation dans le détroit",
        "interview": "Entretien du ministre {person} avec le journal Le Courrier des côtes",
    },
    "es": {
        "transcript": "Discurso y respuestas a las preguntas de los medios del ministro {person},"
        " {place}, {date}",
        "briefing": "Rueda de prensa de la portavoz {person}, {place}, {date}",
        "statement": "Declaración del Ministerio sobre la situación en el estrecho",
        "interview": "Entrevista del ministro {person} a la agencia Costa Press",
    },
}
QUESTION_LABELS = {"en": ["Question:", "Q:", "QUESTION:", "Reuters:"], "ru": ["Вопрос:"],
                   "de": ["Frage:"], "fr": ["Q -", "Question :"], "es": ["Pregunta:"]}  # fmt: skip
SWITCHER = "de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1"


def written_date(language, day, month, year):
    name = MONTHS[language][month - 1]
    return {
        "en": f"{name} {day}, {year}",
        "ru": f"{day} {name} {year} года",
        "de": f"{day}. {name} {year}",
        "fr": f"{day} {name} {year}",
        "es": f"{day} de {name} de {year}",
    }[language]


class PageMaker:
    def __init__(self, seed):
        self.random = random.Random(seed)

    def paragraphs(self, language, count):
        return [" ".join(self.random.sample(SENTENCES[language], 2)) for _ in range(count)]

    def date(self):
        return (
            self.random.randint(1, 28),
            self.random.randint(1, 12),
            self.random.randint(2015, 2023),
        )

    def article(self, language):
        kind = self.random.choice(["transcript", "briefing", "statement", "interview"])
        day, month, year = self.date()
        person = self.random.choice(PEOPLE)
        title = TITLES[language][kind].format(
            person=person,
            place=self.random.choice(PLACES),
            date=written_date(language, day, month, year),
        )
        stamp = f"{day} {MONTHS[language][month - 1]} {year}{self.random.randint(10, 23)}:" + (
            f"{self.random.randint(10, 59)}"
        )
        lines = [stamp, title, SWITCHER, *self.paragraphs(language, self.random.randint(2, 6))]
        if kind in {"transcript", "briefing", "interview"}:
            for _ in range(self.random.randint(2, 12)):
                asked = self.random.choice(QUESTION_LABELS[language])
                lines.append(f"{asked} {self.paragraphs(language, 1)[0]}?")
                answer = self.paragraphs(language, self.random.randint(1, 3))
                lines.append(f"{person}: {answer[0]}")
                lines.extend(answer[1:])
                if self.random.random() < 0.1:
                    lines.append("(Laughter.)")
        lines += [
            "Additional materials",
            "Web Content Display",
            "General Information",
            "Address: 12 Harbour Row, Port Sel",
            "Web: https://coastal-union.example/",
        ]
        return lines

    def listing(self, language, homepage):
        lines = []
        if homepage:
            day, month, year = self.date()
            lines += [f"{day} {MONTHS[language][month - 1]} {year}", "Vessa: 14:20",
                      "Madrid: 13:20", "Consular queries:", "+34 91 555 01 23",
                      f"{self.random.randint(100, 999)} days have passed since the detention"
                      " of the trawler - no answer"]  # fmt: skip
            lines += self.article(language)[1:6]
        for _ in range(self.random.randint(5, 20)):
            day, month, year = self.date()
            lines.append(f"{day:02d}.{month:02d}.{year} - {self.paragraphs(language, 1)[0][:90]}")
            lines.append(self.paragraphs(language, 1)[0])
        lines.append("all messages")
        return lines

    def page(self):
        language = self.random.choice(list(SENTENCES))
        roll = self.random.random()
        if roll < 0.7:
            lines = self.article(language)
        else:
            lines = self.listing(language, homepage=roll > 0.85)
        if self.random.random() < 0.1:
            body = "".join(f"<p>{line}</p>\n" for line in lines[1:])
            return "html", (
                f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
                f"<title>{lines[1]}</title></head><body><main><h1>{lines[1]}</h1>{body}</main>"
                "</body></html>"
            )
        return "txt", "\n\n".join(lines) + "\n"


def generate(output, pages, seed):
    output.mkdir(parents=True, exist_ok=True)
    maker = PageMaker(seed)
    for number in range(pages):
        suffix, content = maker.page()
        (output / f"{number:05d}.{suffix}").write_text(content, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    generate(arguments.output, arguments.pages, arguments.seed)


if __name__ == "__main__":
    main()
