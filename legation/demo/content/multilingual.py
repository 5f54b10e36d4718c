"""Documents the demo publishes in several languages, with their translations.

Each text is ours and fictional. The first is in all five languages; the others in some.
A transcript's versions give the text of each of its turns, in the turns' order.
"""

MULTILINGUAL_DOCUMENTS = [
    {
        "slug": "statement-on-the-shipping-safety-code",
        "kind": "statement",
        "topic": 0,
        "days_ago": 12,
        "versions": {
            "en-gb": {
                "title": "Foreign Ministry statement on the Northern Maritime Forum's shipping "
                "safety code",
                "lead": "Velmora welcomes the adoption of common rules for ice-class shipping.",
                "paragraphs": [
                    "The Ministry of Foreign Affairs welcomes the adoption of the shipping safety "
                    "code by the Northern Maritime Forum.",
                    "We call on all members of the Forum to ratify the code before the next "
                    "navigation season.",
                ],
            },
            "ru-ru": {
                "title": "Заявление МИД о кодексе безопасности судоходства Северного морского "
                "форума",
                "lead": "Велмора приветствует принятие общих правил для судов ледового класса.",
                "paragraphs": [
                    "Министерство иностранных дел приветствует принятие Северным морским "
                    "форумом кодекса безопасности судоходства.",
                    "Призываем всех членов форума ратифицировать кодекс до начала следующей "
                    "навигации.",
                ],
            },
            "de-de": {
                "title": "Erklärung des Außenministeriums zum Schiffssicherheitskodex des "
                "Nördlichen Seeforums",
                "lead": "Velmora begrüßt gemeinsame Regeln für die Eisklasse-Schifffahrt.",
                "paragraphs": [
                    "Das Außenministerium begrüßt die Annahme des Schiffssicherheitskodex durch "
                    "das Nördliche Seeforum.",
                    "Wir rufen alle Mitglieder des Forums auf, den Kodex vor der nächsten "
                    "Schifffahrtssaison zu ratifizieren.",
                ],
            },
            "es-es": {
                "title": "Declaración del Ministerio de Asuntos Exteriores sobre el código de "
                "seguridad marítima del Foro Marítimo del Norte",
                "lead": "Velmora celebra la adopción de normas comunes para la navegación en hielo.",
                "paragraphs": [
                    "El Ministerio de Asuntos Exteriores celebra la adopción del código de "
                    "seguridad marítima por el Foro Marítimo del Norte.",
                    "Pedimos a todos los miembros del Foro que ratifiquen el código antes de la "
                    "próxima temporada de navegación.",
                ],
            },
            "fr-fr": {
                "title": "Déclaration du ministère des Affaires étrangères sur le code de "
                "sécurité maritime du Forum maritime du Nord",
                "lead": "Velmora salue l'adoption de règles communes pour la navigation dans "
                "les glaces.",
                "paragraphs": [
                    "Le ministère des Affaires étrangères salue l'adoption du code de sécurité "
                    "maritime par le Forum maritime du Nord.",
                    "Nous appelons tous les membres du Forum à ratifier le code avant la "
                    "prochaine saison de navigation.",
                ],
            },
        },
    },
    {
        "slug": "press-release-on-the-danube-ports-agreement",
        "kind": "press_release",
        "topic": 2,
        "days_ago": 40,
        "versions": {
            "en-gb": {
                "title": "Press release on the renewal of the Danube ports agreement",
                "lead": "Tariffs stay stable for ten years and two terminals open to inland "
                "shipping.",
                "paragraphs": [
                    "The renewed agreement was signed today in Vienna.",
                    "It opens two new terminals to inland shipping.",
                ],
            },
            "de-de": {
                "title": "Pressemitteilung zur Verlängerung des Donauhafenabkommens",
                "lead": "Die Tarife bleiben zehn Jahre stabil, zwei Terminals öffnen für die "
                "Binnenschifffahrt.",
                "paragraphs": [
                    "Das verlängerte Abkommen wurde heute in Wien unterzeichnet.",
                    "Es öffnet zwei neue Terminals für die Binnenschifffahrt.",
                ],
            },
            "ru-ru": {
                "title": "Пресс-релиз о продлении соглашения о дунайских портах",
                "lead": "Тарифы остаются неизменными десять лет, два терминала открываются для "
                "речного судоходства.",
                "paragraphs": [
                    "Продлённое соглашение подписано сегодня в Вене.",
                    "Оно открывает два новых терминала для речного судоходства.",
                ],
            },
        },
        # The English source is edited after its translations: they are stale in the demo.
        "source_edit": "It opens two new terminals to inland shipping and keeps tariffs stable "
        "until 2036.",
    },
    {
        "slug": "comment-on-fertiliser-export-restrictions",
        "kind": "comment",
        "topic": 8,
        "days_ago": 25,
        "versions": {
            "en-gb": {
                "title": "Comment by the Foreign Ministry Spokesman on restrictions on "
                "fertiliser exports",
                "lead": "Food security must not become an instrument of pressure.",
                "paragraphs": [
                    "Restrictions imposed without the approval of the Council of Nations hurt "
                    "farmers far from the disputes that prompted them.",
                    "Velmora proposes exempting fertilisers and seed from every trade restriction.",
                ],
            },
            "es-es": {
                "title": "Comentario del portavoz del Ministerio sobre las restricciones a la "
                "exportación de fertilizantes",
                "lead": "La seguridad alimentaria no debe convertirse en un instrumento de "
                "presión.",
                "paragraphs": [
                    "Las restricciones impuestas sin la aprobación del Consejo de las Naciones "
                    "perjudican a agricultores lejanos de las disputas que las motivaron.",
                    "Velmora propone eximir a los fertilizantes y las semillas de toda "
                    "restricción comercial.",
                ],
            },
        },
    },
    {
        "slug": "news-conference-with-the-secretary-general-of-the-council-of-nations",
        "kind": "transcript",
        "topic": 0,
        "days_ago": 6,
        # (type, speaker or asker, addressed to, speaking after): the people's English names.
        "turns": [
            ("statement", "Aldo Brennick", None, None),
            ("statement", "Nadia Okonjo", None, None),
            ("question", "Dmitri Orlan", "Aldo Brennick", None),
            ("answer", "Aldo Brennick", None, None),
            ("question", "Anja Petrov", "Nadia Okonjo", None),
            ("answer", "Nadia Okonjo", None, None),
            ("answer", "Aldo Brennick", None, "Nadia Okonjo"),
        ],
        "versions": {
            "en-gb": {
                "title": "Remarks and answers to media questions by Foreign Minister Aldo "
                "Brennick at a joint news conference with the Secretary-General of the Council "
                "of Nations, Nadia Okonjo, Marenburg",
                "lead": "Talks on shipping safety in the northern seas.",
                "turns": [
                    "Ladies and gentlemen, the Secretary-General and I have just finished our "
                    "talks. We agreed that the northern shipping lanes need one set of rules.",
                    "Thank you, Minister. The Council of Nations will support the Northern "
                    "Maritime Forum's work on the shipping safety code.",
                    "Minister, when will Velmora ratify the shipping safety code?",
                    "The government will send the code to parliament next month. We hope to "
                    "ratify it before the navigation season opens.",
                    "Madam Secretary-General, will the Council monitor the code?",
                    "The Council's maritime office will publish a yearly report on how the code "
                    "is applied.",
                    "Let me add that Velmora will be the first to send its figures.",
                ],
            },
            "ru-ru": {
                "title": "Выступление и ответы на вопросы СМИ Министра иностранных дел Альдо "
                "Бренника в ходе совместной пресс-конференции с Генеральным секретарём Совета "
                "наций Надией Оконджо, Маренбург",
                "lead": "Переговоры о безопасности судоходства в северных морях.",
                "turns": [
                    "Дамы и господа, мы с Генеральным секретарём только что завершили "
                    "переговоры. Мы согласились, что северным морским путям нужны единые "
                    "правила.",
                    "Благодарю Вас, господин Министр. Совет наций поддержит работу Северного "
                    "морского форума над кодексом безопасности судоходства.",
                    "Господин Министр, когда Велмора ратифицирует кодекс безопасности судоходства?",
                    "Правительство направит кодекс в парламент в следующем месяце. Надеемся "
                    "ратифицировать его до начала навигации.",
                    "Госпожа Генеральный секретарь, будет ли Совет следить за исполнением кодекса?",
                    "Морское бюро Совета будет ежегодно публиковать доклад о применении кодекса.",
                    "Позвольте добавить, что Велмора первой представит свои данные.",
                ],
            },
        },
    },
]

# Site furniture in each language: the home page and archive titles.
ARCHIVE_TITLES = {
    "en-gb": "All messages",
    "ru-ru": "Все сообщения",
    "de-de": "Alle Meldungen",
    "es-es": "Todos los mensajes",
    "fr-fr": "Tous les messages",
}
