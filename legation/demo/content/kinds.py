"""Kinds of document, with their names in the five languages of the demo."""

KINDS = {
    # slug: {language: (name, plural name)}
    "statement": {
        "en-gb": ("Statement", "Statements"),
        "ru-ru": ("Заявление", "Заявления"),
        "de-de": ("Erklärung", "Erklärungen"),
        "es-es": ("Declaración", "Declaraciones"),
        "fr-fr": ("Déclaration", "Déclarations"),
    },
    "comment": {
        "en-gb": ("Comment", "Comments"),
        "ru-ru": ("Комментарий", "Комментарии"),
        "de-de": ("Kommentar", "Kommentare"),
        "es-es": ("Comentario", "Comentarios"),
        "fr-fr": ("Commentaire", "Commentaires"),
    },
    "speech": {
        "en-gb": ("Speech", "Speeches"),
        "ru-ru": ("Выступление", "Выступления"),
        "de-de": ("Rede", "Reden"),
        "es-es": ("Discurso", "Discursos"),
        "fr-fr": ("Discours", "Discours"),
    },
    "transcript": {
        "en-gb": ("Transcript", "Transcripts"),
        "ru-ru": ("Стенограмма", "Стенограммы"),
        "de-de": ("Mitschrift", "Mitschriften"),
        "es-es": ("Transcripción", "Transcripciones"),
        "fr-fr": ("Transcription", "Transcriptions"),
    },
    "briefing": {
        "en-gb": ("Briefing", "Briefings"),
        "ru-ru": ("Брифинг", "Брифинги"),
        "de-de": ("Briefing", "Briefings"),
        "es-es": ("Rueda informativa", "Ruedas informativas"),
        "fr-fr": ("Point de presse", "Points de presse"),
    },
    "interview": {
        "en-gb": ("Interview", "Interviews"),
        "ru-ru": ("Интервью", "Интервью"),
        "de-de": ("Interview", "Interviews"),
        "es-es": ("Entrevista", "Entrevistas"),
        "fr-fr": ("Entretien", "Entretiens"),
    },
    "article": {
        "en-gb": ("Article", "Articles"),
        "ru-ru": ("Статья", "Статьи"),
        "de-de": ("Artikel", "Artikel"),
        "es-es": ("Artículo", "Artículos"),
        "fr-fr": ("Article", "Articles"),
    },
    "joint_statement": {
        "en-gb": ("Joint statement", "Joint statements"),
        "ru-ru": ("Совместное заявление", "Совместные заявления"),
        "de-de": ("Gemeinsame Erklärung", "Gemeinsame Erklärungen"),
        "es-es": ("Declaración conjunta", "Declaraciones conjuntas"),
        "fr-fr": ("Déclaration commune", "Déclarations communes"),
    },
    "press_release": {
        "en-gb": ("Press release", "Press releases"),
        "ru-ru": ("Пресс-релиз", "Пресс-релизы"),
        "de-de": ("Pressemitteilung", "Pressemitteilungen"),
        "es-es": ("Comunicado de prensa", "Comunicados de prensa"),
        "fr-fr": ("Communiqué de presse", "Communiqués de presse"),
    },
    "news": {
        "en-gb": ("News", "News"),
        "ru-ru": ("Новость", "Новости"),
        "de-de": ("Nachricht", "Nachrichten"),
        "es-es": ("Noticia", "Noticias"),
        "fr-fr": ("Actualité", "Actualités"),
    },
}
