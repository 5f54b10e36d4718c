"""The demo's three sites: the ministry and two embassies, each a Wagtail Site on 127.0.0.1."""

import datetime

D = datetime.date

CAPITAL = ("Marenburg", "Europe/Vilnius")

MINISTRY = {
    "slug": "ministry",
    "port": 8000,
    "time_zone": "Europe/Vilnius",
    "default_language": "en-gb",
    "languages": ["en-gb", "ru-ru", "de-de", "es-es", "fr-fr"],
    "titles": {
        "en-gb": "Ministry of Foreign Affairs of the Republic of Velmora",
        "ru-ru": "Министерство иностранных дел Республики Велмора",
        "de-de": "Außenministerium der Republik Velmora",
        "es-es": "Ministerio de Asuntos Exteriores de la República de Velmora",
        "fr-fr": "Ministère des Affaires étrangères de la République de Velmora",
    },
    "address": "12 Harbour Square\nMarenburg 10101\nRepublic of Velmora",
    "phone": "+370 5 000 1200",
    "email": "press@mfa.velmora.example",
}

MISSIONS = [
    {
        "slug": "embassy-london",
        "port": 8001,
        # London changes to and from summer time within the demo's dates.
        "time_zone": "Europe/London",
        "default_language": "en-gb",
        "languages": ["en-gb", "ru-ru"],
        "titles": {
            "en-gb": "Embassy of the Republic of Velmora in the United Kingdom",
            "ru-ru": "Посольство Республики Велмора в Великобритании",
        },
        "address": "41 Kensington Court Gardens\nLondon W8 5DN\nUnited Kingdom",
        "phone": "+44 20 7946 0123",
        "email": "embassy.london@velmora.example",
        "head": "Oren Vasker",
        "cities": [
            {"en-gb": "Marenburg", "ru-ru": "Маренбург", "zone": "Europe/Vilnius"},
            {"en-gb": "London", "ru-ru": "Лондон", "zone": "Europe/London"},
        ],
        "contacts": [
            {
                "en-gb": ("Consular queries", "Mon–Fri 09:30–12:30"),
                "ru-ru": ("Консульские вопросы", "пн–пт 09:30–12:30"),
                "phone": "+44 20 7946 0124",
                "email": "consular.london@velmora.example",
            },
            {
                "en-gb": ("Emergencies for citizens", "24 hours"),
                "ru-ru": ("Экстренная помощь гражданам", "круглосуточно"),
                "phone": "+44 7700 900 456",
                "email": "",
            },
        ],
        "counters": [
            {
                "start": D(2023, 3, 4),
                "en-gb": (
                    "Ferry line closure",
                    "the Marenburg–Hull ferry line was closed without notice — no explanation "
                    "has been given to the passengers",
                ),
                "ru-ru": (
                    "Закрытие паромной линии",
                    "закрытия паромной линии Маренбург–Халл без предупреждения — пассажирам "
                    "так и не дали объяснений",
                ),
            },
            {
                "start": D(2024, 9, 17),
                "en-gb": (
                    "Detained trawler",
                    "the trawler Aurora and her crew were detained — consular access is still "
                    "refused",
                ),
                "ru-ru": (
                    "Задержанный траулер",
                    "задержания траулера «Аврора» и его экипажа — консульский доступ "
                    "по-прежнему не предоставлен",
                ),
            },
        ],
    },
    {
        "slug": "embassy-buenos-aires",
        "port": 8002,
        "time_zone": "America/Argentina/Buenos_Aires",
        "default_language": "es-es",
        "languages": ["es-es", "en-gb"],
        "titles": {
            "es-es": "Embajada de la República de Velmora en Argentina",
            "en-gb": "Embassy of the Republic of Velmora in Argentina",
        },
        "address": "Avenida Libertador 3300\nC1425 Buenos Aires\nArgentina",
        "phone": "+54 11 4000 3300",
        "email": "embajada.ba@velmora.example",
        "head": "Lucia Ferrand",
        "cities": [
            {"es-es": "Marenburgo", "en-gb": "Marenburg", "zone": "Europe/Vilnius"},
            {
                "es-es": "Buenos Aires",
                "en-gb": "Buenos Aires",
                "zone": "America/Argentina/Buenos_Aires",
            },
        ],
        "contacts": [
            {
                "es-es": ("Consultas consulares", "lun–vie 9:00–13:00"),
                "en-gb": ("Consular queries", "Mon–Fri 9:00–13:00"),
                "phone": "+54 11 4000 3301",
                "email": "consular.ba@velmora.example",
            },
        ],
        "counters": [
            {
                "start": D(2025, 2, 11),
                "es-es": (
                    "Vuelo directo suspendido",
                    "la suspensión del vuelo directo Marenburgo–Buenos Aires",
                ),
                "en-gb": (
                    "Direct flight suspended",
                    "the direct Marenburg–Buenos Aires flight was suspended",
                ),
            },
        ],
        "native_news": [
            (
                "La sección consular amplía su horario en diciembre",
                "Durante diciembre la sección consular atenderá también los sábados por la mañana.",
                [
                    "La sección consular atenderá los sábados de 9:00 a 12:00 durante todo diciembre.",
                    "Se recomienda solicitar turno con antelación a través del sitio web.",
                ],
            ),
            (
                "Semana del cine velmorano en Buenos Aires",
                "La embajada presenta seis películas recientes con subtítulos en español.",
                [
                    "Las proyecciones tendrán lugar en el Centro Cultural del barrio de Palermo.",
                    "La entrada es libre hasta completar la sala.",
                ],
            ),
        ],
    },
]
