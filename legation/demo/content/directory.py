"""The fictional Republic of Velmora: its people and the organisations they work in.

Every name here is invented. Appointments change over time so that a document shows the role
its speaker held on that day (Ilse Maren was spokeswoman before she became deputy minister).
"""

import datetime

D = datetime.date

ORGANISATIONS = [
    # slug, name, address, website, description
    (
        "mfa-velmora",
        "Ministry of Foreign Affairs of the Republic of Velmora",
        "12 Harbour Square\nMarenburg 10101\nRepublic of Velmora",
        "https://mfa.velmora.example",
        "The ministry conducts the foreign policy of the Republic of Velmora.",
    ),
    (
        "embassy-london",
        "Embassy of the Republic of Velmora in the United Kingdom",
        "41 Kensington Court Gardens\nLondon W8 5DN\nUnited Kingdom",
        "https://uk.velmora.example",
        "The embassy represents Velmora in the United Kingdom.",
    ),
    (
        "embassy-buenos-aires",
        "Embassy of the Republic of Velmora in Argentina",
        "Avenida Libertador 3300\nC1425 Buenos Aires\nArgentina",
        "https://ar.velmora.example",
        "The embassy represents Velmora in the Argentine Republic.",
    ),
    (
        "council-of-nations",
        "Council of Nations",
        "1 Assembly Plaza\nGeneva 1202\nSwitzerland",
        "https://council-of-nations.example",
        "A universal intergovernmental organisation of 190 member states.",
    ),
    (
        "northern-maritime-forum",
        "Northern Maritime Forum",
        "8 Kai Street\nTallinn 10111\nEstonia",
        "https://nmf.example",
        "Coastal states cooperating on shipping safety and fisheries.",
    ),
    (
        "continental-health-organisation",
        "Continental Health Organisation",
        "200 Rue des Alpes\nLyon 69002\nFrance",
        "https://cho.example",
        "A regional body coordinating public health and vaccine supply.",
    ),
    (
        "baltic-andean-trade-council",
        "Baltic-Andean Trade Council",
        "Calle Mayor 5\nSantiago 8320000\nChile",
        "https://batc.example",
        "Promotes trade between the Baltic region and the Andean states.",
    ),
    (
        "mfa-ostrelia",
        "Ministry of Foreign Affairs of Ostrelia",
        "3 Crown Road\nValen 4400\nOstrelia",
        "https://mfa.ostrelia.example",
        "The foreign ministry of Velmora's southern neighbour.",
    ),
    (
        "danube-water-commission",
        "Danube Water Commission",
        "Donaustrasse 9\nVienna 1020\nAustria",
        "https://dwc.example",
        "Joint management of shared rivers and their ports.",
    ),
    (
        "arctic-science-network",
        "Arctic Science Network",
        "Polar Road 1\nTromsø 9019\nNorway",
        "https://asn.example",
        "Research stations and data sharing in the high north.",
    ),
    (
        "velmora-press-agency",
        "Velmora Press Agency",
        "77 Printers Lane\nMarenburg 10203\nRepublic of Velmora",
        "https://vpa.velmora.example",
        "The national news agency.",
    ),
]

# name, [(role, organisation slug, from, to, heads the organisation)]
PEOPLE = [
    (
        "Aldo Brennick",
        [
            (
                "Deputy Minister of Foreign Affairs",
                "mfa-velmora",
                D(2019, 2, 1),
                D(2024, 3, 31),
                False,
            ),
            ("Minister of Foreign Affairs", "mfa-velmora", D(2024, 4, 1), None, True),
        ],
    ),
    (
        "Henrike Solberg",
        [
            ("Minister of Foreign Affairs", "mfa-velmora", D(2018, 6, 1), D(2024, 3, 31), True),
            ("Special Envoy for Arctic Affairs", "mfa-velmora", D(2024, 4, 15), None, False),
        ],
    ),
    (
        "Ilse Maren",
        [
            ("Foreign Ministry Spokeswoman", "mfa-velmora", D(2020, 1, 10), D(2025, 6, 30), False),
            ("Deputy Minister of Foreign Affairs", "mfa-velmora", D(2025, 7, 1), None, False),
        ],
    ),
    (
        "Petr Kalvik",
        [
            (
                "Director of the Information and Press Department",
                "mfa-velmora",
                D(2021, 3, 1),
                D(2025, 6, 30),
                False,
            ),
            ("Foreign Ministry Spokesman", "mfa-velmora", D(2025, 7, 1), None, False),
        ],
    ),
    (
        "Oren Vasker",
        [
            ("Ambassador to the United Kingdom", "embassy-london", D(2022, 9, 1), None, True),
        ],
    ),
    (
        "Lucia Ferrand",
        [
            ("Ambassador to Argentina", "embassy-buenos-aires", D(2023, 2, 1), None, True),
        ],
    ),
    (
        "Marta Quell",
        [
            ("Press Attaché", "embassy-london", D(2023, 5, 1), None, False),
        ],
    ),
    (
        "Tomas Irigoyen",
        [
            (
                "Counsellor for Press and Culture",
                "embassy-buenos-aires",
                D(2022, 11, 1),
                None,
                False,
            ),
        ],
    ),
    (
        "Nadia Okonjo",
        [
            ("Secretary-General", "council-of-nations", D(2021, 1, 1), None, True),
        ],
    ),
    (
        "Jarl Tiedemann",
        [
            ("Chair", "northern-maritime-forum", D(2022, 7, 1), None, True),
        ],
    ),
    (
        "Amélie Rousset",
        [
            ("Director-General", "continental-health-organisation", D(2020, 9, 1), None, True),
        ],
    ),
    (
        "Rodrigo Salvatierra",
        [
            ("President", "baltic-andean-trade-council", D(2023, 1, 1), None, True),
        ],
    ),
    (
        "Kaspar Lindqvist",
        [
            ("Minister of Foreign Affairs of Ostrelia", "mfa-ostrelia", D(2021, 5, 1), None, True),
        ],
    ),
    (
        "Greta Hollen",
        [
            ("Commissioner", "danube-water-commission", D(2022, 3, 1), None, True),
        ],
    ),
    (
        "Sven Aarmo",
        [
            ("Coordinator", "arctic-science-network", D(2021, 8, 1), None, True),
        ],
    ),
    (
        "Vera Dolin",
        [
            ("Director-General", "velmora-press-agency", D(2019, 4, 1), None, True),
        ],
    ),
    (
        "Emil Sarkis",
        [
            ("Deputy Minister of Foreign Affairs", "mfa-velmora", D(2022, 1, 15), None, False),
        ],
    ),
    (
        "Hana Bertol",
        [
            ("Head of the Consular Department", "mfa-velmora", D(2021, 10, 1), None, False),
        ],
    ),
    ("Clara Weiss", [("Correspondent, Northern Courier", None, None, None, False)]),
    (
        "Dmitri Orlan",
        [("Correspondent", "velmora-press-agency", None, None, False)],
    ),
    ("Sofía Maldonado", [("Correspondent, Diario del Plata", None, None, None, False)]),
    ("James Holloway", [("Correspondent, The Evening Ledger", None, None, None, False)]),
    ("Anja Petrov", [("Correspondent, Baltic Wire", None, None, None, False)]),
    ("Luis Carrera", [("Correspondent, Andes Today", None, None, None, False)]),
]

# People and organisations in the other languages of the sites whose texts name them: a link
# from a page in a language goes to the version in that language. Names as their readers
# write them; a name missing here is the same as in English.
TRANSLATED_NAMES = {
    "ru-ru": {
        "Aldo Brennick": "Альдо Бренник",
        "Henrike Solberg": "Хенрике Сольберг",
        "Ilse Maren": "Ильзе Марен",
        "Petr Kalvik": "Петр Кальвик",
        "Oren Vasker": "Орен Васкер",
        "Nadia Okonjo": "Надия Оконджо",
        "Jarl Tiedemann": "Ярл Тидеман",
        "Greta Hollen": "Грета Холлен",
    },
    "de-de": {"Jarl Tiedemann": "Jarl Tiedemann", "Greta Hollen": "Greta Hollen"},
    "es-es": {
        "Jarl Tiedemann": "Jarl Tiedemann",
        "Nadia Okonjo": "Nadia Okonjo",
        "Lucia Ferrand": "Lucía Ferrand",
    },
    "fr-fr": {"Jarl Tiedemann": "Jarl Tiedemann"},
}
TRANSLATED_ROLES = {
    "ru-ru": {
        "Minister of Foreign Affairs": "Министр иностранных дел",
        "Deputy Minister of Foreign Affairs": "Заместитель министра иностранных дел",
        "Foreign Ministry Spokeswoman": "Официальный представитель МИД",
        "Foreign Ministry Spokesman": "Официальный представитель МИД",
        "Ambassador to the United Kingdom": "Посол в Великобритании",
        "Special Envoy for Arctic Affairs": "Специальный посланник по делам Арктики",
        "Director of the Information and Press Department": "Директор Департамента информации и печати",
        "Secretary-General": "Генеральный секретарь",
        "Chair": "Председатель",
        "Commissioner": "Комиссар",
    },
    "de-de": {"Chair": "Vorsitzender", "Commissioner": "Kommissarin"},
    "es-es": {
        "Chair": "Presidente",
        "Secretary-General": "Secretaria General",
        "Ambassador to Argentina": "Embajadora en Argentina",
    },
    "fr-fr": {"Chair": "Président"},
}
# slug: {language: (name, description)}; the address and web site are the same in every one.
TRANSLATED_ORGANISATIONS = {
    "mfa-velmora": {
        "ru-ru": (
            "Министерство иностранных дел Республики Велмора",
            "Министерство осуществляет внешнюю политику Республики Велмора.",
        ),
    },
    "embassy-london": {
        "ru-ru": (
            "Посольство Республики Велмора в Великобритании",
            "Посольство представляет Велмору в Великобритании.",
        ),
    },
    "embassy-buenos-aires": {
        "es-es": (
            "Embajada de la República de Velmora en Argentina",
            "La embajada representa a Velmora en la República Argentina.",
        ),
    },
    "council-of-nations": {
        "ru-ru": (
            "Совет Наций",
            "Универсальная межправительственная организация из 190 государств-членов.",
        ),
        "es-es": (
            "Consejo de las Naciones",
            "Una organización intergubernamental universal de 190 Estados miembros.",
        ),
    },
    "northern-maritime-forum": {
        "ru-ru": (
            "Северный морской форум",
            "Прибрежные государства, сотрудничающие в области безопасности судоходства и "
            "рыболовства.",
        ),
        "de-de": (
            "Nördliches Seeforum",
            "Küstenstaaten, die bei Schiffssicherheit und Fischerei zusammenarbeiten.",
        ),
        "es-es": (
            "Foro Marítimo del Norte",
            "Estados costeros que cooperan en seguridad marítima y pesca.",
        ),
        "fr-fr": (
            "Forum maritime du Nord",
            "Des États côtiers qui coopèrent pour la sécurité maritime et la pêche.",
        ),
    },
    "danube-water-commission": {
        "ru-ru": (
            "Дунайская водная комиссия",
            "Совместное управление общими реками и их портами.",
        ),
        "de-de": (
            "Donau-Wasserkommission",
            "Gemeinsame Verwaltung gemeinsamer Flüsse und ihrer Häfen.",
        ),
    },
}
