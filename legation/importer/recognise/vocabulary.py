"""The words the recogniser knows, in English, Russian, German, French and Spanish.

Everything language-specific lives here so that the rules elsewhere read the same in every
language. Entries are lower case; matching code folds case before looking them up.
"""

LANGUAGES = ("en", "ru", "de", "fr", "es")

MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # Russian: nominative, genitive (as dates are written) and abbreviations
    "январь": 1, "января": 1, "янв": 1, "февраль": 2, "февраля": 2, "фев": 2, "февр": 2,
    "март": 3, "марта": 3, "мар": 3, "апрель": 4, "апреля": 4, "апр": 4, "май": 5, "мая": 5,
    "июнь": 6, "июня": 6, "июн": 6, "июль": 7, "июля": 7, "июл": 7, "август": 8,
    "августа": 8, "авг": 8, "сентябрь": 9, "сентября": 9, "сен": 9, "сент": 9,
    "октябрь": 10, "октября": 10, "окт": 10, "ноябрь": 11, "ноября": 11, "ноя": 11,
    "нояб": 11, "декабрь": 12, "декабря": 12, "дек": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "dezember": 12, "okt": 10, "dez": 12,
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4,
    "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5,
    "junio": 6, "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
    "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
}  # fmt: skip

STOPWORDS = {
    "en": {
        "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "we", "this", "are",
        "as", "by", "it", "be", "was", "have", "has", "not", "our", "at", "which", "will",
        "would", "from", "an", "their", "they", "been", "its", "or", "all", "also",
    },
    "de": {
        "der", "die", "das", "und", "nicht", "ist", "ein", "eine", "zu", "den", "mit", "sich",
        "auf", "für", "von", "dem", "des", "wir", "auch", "es", "im", "sind", "werden", "wird",
        "dass", "einer", "eines", "unsere", "haben", "hat", "nach", "bei", "über", "aus",
    },
    "fr": {
        "le", "la", "les", "et", "des", "du", "un", "une", "est", "pour", "que", "qui",
        "dans", "nous", "au", "aux", "sur", "pas", "avec", "ce", "cette", "sont", "par", "ne",
        "il", "elle", "été", "leur", "mais", "ont", "comme", "être", "notre", "nos",
    },
    "es": {
        "el", "los", "las", "y", "del", "que", "en", "un", "una", "es", "por", "para", "con",
        "no", "se", "su", "al", "lo", "como", "más", "pero", "sus", "este", "esta", "han",
        "ha", "nuestro", "nuestra", "también", "sobre", "entre", "fue", "muy",
    },
}  # fmt: skip

# Characters that only one of the Latin-script languages uses.
TELLTALE_LETTERS = {"de": "äöüß", "fr": "çèêëîïôœùûà", "es": "ñ¿¡íóúá"}

# Transcript turn markers. A question label opens a question turn; an answer label the reply.
QUESTION_LABELS = {
    "question", "q", "questions", "вопрос", "вопросы", "frage", "fragen", "pregunta",
    "preguntas", "journaliste", "journalist", "журналист", "periodista", "reporter",
    "correspondent", "корреспондент",
}  # fmt: skip
ANSWER_LABELS = {
    "answer", "a", "ответ", "antwort", "respuesta", "réponse", "reponse", "r", "о",
}  # fmt: skip
# A transcript's header lines naming its topics and who speaks ("Themen: …", "Sprecher: StS
# Brenner, Haller (AA)", "Subjects: …"): never a turn.
# Those naming who speaks confirm the one-word labels they list ("Haller (AA)").
# A page's section heading on a line of its own ("Overview" under a publication's date):
# a word like a city's name beside the date, but no place.
SECTION_HEADINGS = {
    "overview", "summary", "details", "übersicht", "zusammenfassung", "aperçu", "résumé",
    "détails", "resumen", "detalles", "обзор", "подробности",
}  # fmt: skip
SPEAKER_LIST_LABELS = {
    "sprecher", "sprecherinnen und sprecher", "speakers", "participants", "teilnehmer",
    "intervienen", "участники", "intervenants",
}  # fmt: skip
HEADER_LABELS = {
    "themen", "thema", "topics", "subjects", "sujets", "themes", "temas", "темы", "тема",
    *SPEAKER_LIST_LABELS,
}  # fmt: skip

# Words inside a label's brackets that say to whom a question is put, or after whom one speaks.
ADDRESSED_TO_CUES = (
    "addressed to", "to both", "to", "for", "адресован", "адресовано", "адресована",
    "обращен", "обращён", "к", "an", "gerichtet an", "à", "adressée à", "adressée",
    "pour", "dirigida a", "dirigido a", "a", "para",
)  # fmt: skip
SPEAKING_AFTER_CUES = (
    "speaking after", "after", "following", "говорит после", "после", "отвечает после",
    "добавляет после", "im anschluss an", "nach", "spricht nach", "prenant la parole après",
    "après", "intervenant après", "habla después de", "hablando después de", "después de",
    "tras",
)  # fmt: skip

# Labels that name a function, not a person: their words are given, but by no one named.
ROLE_WORDS = {
    "minister", "ministers", "foreign", "deputy", "first", "secretary", "general",
    "secretary-general", "president", "vice", "vice-president", "prime", "ambassador",
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials",
    "senior", "moderator", "chair", "chairman", "chairwoman", "chairperson", "co-chair",
    "co-chairs", "director", "head", "chief", "counsellor", "counselor", "attaché", "attache",
    "consul", "consul-general", "envoy", "special", "representative", "permanent", "press",
    "officer", "department", "ministry", "embassy", "state", "the", "of", "and", "host",
    "operator", "presenter", "interviewer", "anchor", "chargé", "charge", "d'affaires",
    "commissioner", "high", "undersecretary", "under", "assistant", "acting", "executive",
    "hon", "honourable", "honorable", "shri", "smt", "shrimati",
    # Russian
    "министр", "министра", "заместитель", "заместителя", "посол", "посла", "президент",
    "президента", "председатель", "председателя", "официальный", "официального",
    "представитель", "представителя", "директор", "директора", "ведущий", "модератор",
    "генеральный", "генерального", "секретарь", "секретаря", "советник", "пресс-секретарь",
    "мид", "россии", "посольство", "посольства", "департамент", "департамента", "временный",
    "поверенный",
    # German
    "außenminister", "aussenminister", "außenministerin", "ministerin", "botschafter",
    "botschafterin", "sprecher", "sprecherin", "staatssekretär", "staatssekretärin",
    "vorsitzender", "moderatorin", "präsident", "präsidentin", "bundeskanzler",
    "bundeskanzlerin", "stellvertretender", "stellvertretende", "generalsekretär",
    "regierungssprecher", "vertreter", "vertreterin", "leiter", "leiterin", "der", "des",
    # French
    "ministre", "porte-parole", "ambassadeur", "ambassadrice", "président", "présidente",
    "secrétaire", "général", "générale", "directeur", "directrice", "adjoint", "adjointe",
    "représentant", "représentante", "modérateur", "modératrice", "chef", "le", "la", "du",
    # Spanish
    "ministro", "ministra", "portavoz", "embajador", "embajadora", "presidente", "presidenta",
    "secretario", "secretaria", "directora", "viceministro", "representante",
    "moderador", "moderadora", "jefe", "el", "del",
}  # fmt: skip

# Roles in the plural, folded, which introduce no one name ("Los ministros …, reunidos en
# Puerto Lirio"). Not a rule on "-s": the German genitive "des Außenministers" is singular.
PLURAL_ROLES = {
    "ministers", "ministros", "ministras", "ministres", "cancilleres", "secretaries",
    "ambassadors", "ambassadeurs", "embajadores", "officials", "representatives",
    "representantes", "leaders", "jefes", "presidents", "presidentes", "министры",
    "министров", "послы", "послов",
}  # fmt: skip

# The first crumb of a breadcrumb trail, or the first entry of a site's menu.
HOME_WORDS = {"home", "homepage", "home page", "startseite", "start", "accueil", "inicio",
              "portada", "главная", "главная страница"}  # fmt: skip

# Words of a body's name, not a person's: an author given as "Press Service" or
# "Redaktion" is the institution.
INSTITUTION_WORDS = {
    "service", "services", "office", "team", "staff", "editorial", "editor", "editors",
    "unit", "division", "directorate", "bureau", "section", "centre", "center", "council",
    "communication", "communications", "media", "information", "web", "website", "admin",
    "administrator", "government", "republic", "kingdom", "mission", "delegation",
    "служба", "пресс-служба", "отдел", "управление", "редакция", "администратор",
    "правительство", "миссия", "redaktion", "pressestelle", "referat", "abteilung",
    "regierung", "auswärtiges", "amt", "équipe", "rédaction", "direction",
    "gouvernement", "servicio", "oficina", "gabinete", "dirección", "redacción", "gobierno",
    # a body's sitting, never a person ("the Forty-Second Regular Session")
    "session", "sessions", "assembly", "summit", "conference", "sitzung", "tagung",
    "sesión", "cumbre", "сессия", "сессии", "саммит",
}  # fmt: skip

# Titles of address that may stand before a surname in a speaker label ("MR PRICE:").
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "mister", "madam", "sir", "herr", "frau", "m", "mme",
    "mlle", "monsieur", "madame", "sr", "sra", "señor", "señora", "don", "doña", "г-н",
    "г-жа", "господин", "госпожа", "secretary", "ambassador", "minister", "senator",
    "president", "general", "shri", "smt", "shrimati", "hon", "honourable", "honorable",
    "rt", "г-на", "г-жи", "господина", "госпожи",
    # "Embajador Olsen:", as "Ambassador Olsen:" in the other languages
    "embajador", "embajadora", "ambassadeur", "ambassadrice", "botschafter", "botschafterin",
    "посол",
    # His or Her Excellency, Son Excellence, Su Excelencia: "H.E. Dr Maren Holt"
    "h.e", "s.e",
    # the German Federal Press Office's "StS Brenner:", "SRSin Kessler" (state secretary,
    # deputy government spokesperson)
    "sts", "srs", "srsin",
}  # fmt: skip
# Functions a turn label puts before a name ("CANCILLER IRENA DOVASK:", "Secretary Calder:")
# that the role stems do not cover.
LABEL_TITLES = {"canciller", "cancillera", "ministra", "ministre", "außenministerin",
                "außenminister", "chancellor", "kanzler", "kanzlerin", "premier"}  # fmt: skip

# A label that is one of these words or contains one names a media outlet, not a person.
OUTLETS = {
    "reuters", "afp", "ap", "associated press", "bloomberg", "bbc", "cnn", "cnbc", "fox news",
    "al jazeera", "xinhua", "kyodo", "nhk", "yonhap", "anadolu", "dpa", "efe", "ansa",
    "europa press", "tass", "itar-tass", "ria novosti", "ria", "interfax", "sputnik", "rt",
    "russia today", "rossiya segodnya", "kommersant", "izvestia", "rbc", "channel one",
    "rossiya", "ntv", "ren tv", "zvezda", "le monde", "le figaro", "libération", "france 24",
    "rfi", "tf1", "france télévisions", "el país", "el mundo", "abc", "la vanguardia",
    "der spiegel", "die zeit", "faz", "ard", "zdf", "deutsche welle", "dw", "the times",
    "the guardian", "financial times", "the telegraph", "the independent", "sky news",
    "ft", "wsj", "wall street journal", "new york times", "washington post", "politico",
    "тасс", "риа новости", "риа", "интерфакс", "спутник", "коммерсант", "известия", "рбк",
    "первый канал", "россия", "нтв", "рен тв", "звезда", "российская газета", "ртр", "вгтрк",
    "россия сегодня", "мир", "ап", "афп", "рейтер", "рейтерс", "синьхуа", "киодо",
}  # fmt: skip
OUTLET_WORDS = {
    "news", "agency", "radio", "tv", "television", "channel", "times", "post", "gazette",
    "press", "journal", "herald", "daily", "tribune", "newspaper", "magazine", "broadcasting",
    "агентство", "агентства", "газета", "газеты", "телеканал", "телеканала", "радио", "тв",
    "журнал", "журнала", "новости", "информагентство", "zeitung", "rundfunk", "fernsehen",
    "nachrichtenagentur", "agence", "télévision", "quotidien", "periódico",
    "diario", "agencia", "televisión", "cadena", "revista", "presse", "prensa", "nachrichten",
    "noticias", "tageblatt", "blatt", "kurier", "rundschau", "matin", "soir", "nouvelles",
    "heraldo", "correo", "crónica", "вестник",
    # the "voice" and "news" of papers' names ("La Voz del Sur", "Вести Астера")
    "voz", "voix", "stimme", "вести", "эхо",
}  # fmt: skip

# The first names of people the documents quote most, in the spellings of five languages,
# and common first names besides: a name that starts with one of them is a person.
FIRST_NAMES = {
    "sergey", "sergei", "sergej", "sergueï", "serguei", "serguéi", "сергей", "maria", "maría",
    "marija", "marie", "мария", "vladimir", "wladimir", "владимир", "dmitry", "dmitri",
    "dmitrij", "dmitriy", "дмитрий", "alexander", "alexandre", "alejandro", "aleksandr",
    "alexandr", "александр", "andrey", "andrei", "andrej", "andreï", "andréi", "андрей",
    "alexey", "alexei", "alexej", "alexeï", "alekséi", "aleksey", "алексей", "mikhail",
    "michail", "mijaíl", "mikhaïl", "михаил", "nikolay", "nikolai", "nikolaï", "николай",
    "yury", "yuri", "juri", "iouri", "yuriy", "юрий", "igor", "игорь", "oleg", "олег",
    "pavel", "павел", "viktor", "victor", "виктор", "vasily", "vassily", "василий",
    "grigory", "григорий", "ivan", "иван", "pyotr", "piotr", "пётр", "петр", "konstantin",
    "константин", "anatoly", "анатолий", "evgeny", "yevgeny", "jewgeni", "евгений", "boris",
    "борис", "valentina", "валентина", "olga", "ольга", "elena", "yelena", "jelena", "hélène",
    "елена", "anna", "анна", "tatiana", "tatyana", "татьяна", "natalia", "natalya", "наталья",
    "irina", "ирина", "svetlana", "светлана", "maxim", "maksim", "максим", "roman", "роман",
    "ruslan", "руслан", "vadim", "вадим", "vitaly", "виталий", "artem", "артем", "артём",
    "denis", "денис", "kirill", "кирилл", "ilya", "илья", "leonid", "леонид", "gennady",
    "геннадий", "vyacheslav", "вячеслав", "stanislav", "станислав", "valery",
    "валерий", "marat", "марат", "rashid", "lyudmila", "людмила",
    "galina", "галина", "ekaterina", "yekaterina", "екатерина", "alla", "алла", "zhanna",
    "nadezhda", "надежда", "vera", "вера", "yulia", "julia", "юлия", "daria", "дарья",
    "antonio", "antónio", "antoine", "anton", "антонио", "антониу", "john", "james", "michael",
    "mike", "antony", "anthony", "jean", "jean-yves", "jean-marc", "jean-claude",
    "jean-pierre", "emmanuel", "heiko", "annalena", "olaf", "angela", "frank-walter",
    "josep", "charles", "ursula", "liz", "dominic", "jeremy", "ned", "jen", "jennifer",
    "matthew", "stéphane", "stephane", "farhan", "kofi", "jeppe", "mevlüt", "hakan", "wang",
    "javad", "mohammad", "mohammed", "joe", "donald", "barack", "hillary", "rex", "linda",
    "nikol", "ilham", "recep", "pedro", "josé", "jose", "manuel", "arancha", "fernando",
    "carlos", "juan", "luis", "miguel", "catherine", "sophie", "laurent", "pierre",
    "françois", "francois", "nicolas", "christophe", "frédéric", "thomas", "andreas",
    "martin", "peter", "hans", "klaus", "wolfgang", "sigmar", "guido", "steffen",
    "christian", "heike", "ulrike", "sabine", "christine", "anne", "david", "richard",
    "robert", "william", "george", "paul", "mark", "daniel", "stephen", "steven", "kevin",
    "brian", "sarah", "elizabeth", "margaret", "theresa", "karen", "helen", "susan",
    "samantha", "nikki", "condoleezza", "colin", "madeleine", "federica", "kaja", "ana", "carmen",
    "isabel", "javier", "jorge", "alberto", "santiago", "rafael",
    "felipe", "julio", "ricardo", "marcelo", "marcos", "luiz", "dilma", "nicolás", "evo",
    "gabriel", "ignacio", "joão", "subrahmanyam", "narendra", "xi", "li", "shinzo", "fumio",
    "yoshimasa", "ahmed", "ali", "hassan", "abdullah", "faisal", "ayman", "sameh",
    "lukas", "markus", "michel", "philippe", "jacques", "alain", "yves", "bruno", "marc",
    "bernard", "luc", "agnès", "élisabeth", "ségolène", "florence", "hans-dieter",
    "jürgen", "günter", "helmut", "gerhard", "joschka", "karl", "friedrich", "walter",
    "johann", "stefan", "tobias", "benjamin", "eric", "gérard", "francesca", "giorgia",
    "luigi", "mario", "matteo", "paolo", "giuseppe", "emma", "laura", "claudia", "teresa",
    "victoria", "hanna", "eva", "petra", "monika", "katarina", "zoran", "aleksandar",
    "ivica", "edi", "nataša", "milorad", "aleksandra", "vladislav", "jens", "mette", "ann",
    "linde", "ivo", "margrethe", "pekka", "sauli", "jan", "jakub", "zbigniew",
    "radosław", "witold", "péter", "dimitris", "nikos", "kyriakos",
}  # fmt: skip

# Document kinds, found by the phrase that names them in a title. Compound phrases come first
# so that "statement and answers to media questions" is a transcript, not a statement.
KIND_PHRASES = (
    ("press_release", r"press[- ]releases?|сообщени[ея] для сми|пресс-релиз\w*"
        r"|news (?:articles?|items?|stor(?:y|ies))"
        r"|(?:media|news) releases?|medienmitteilung\w*|presseaussendung\w*"
        # a ministry's "Media Statement" / "Media Advisory" type, its news of the day
        r"|media (?:statements?|advisor(?:y|ies)|alerts?|invit(?:e|ation)s?)"
        r"|pressemitteilung\w*|communiqué de presse|comunicado de prensa|nota de prensa"
        r"|nota informativa|meetings coverage|couverture des réunions"
        # "Comunicado Oficial N° 014-2026", "Communiqué n° 12": a numbered communiqué
        r"|(?:comunicado|communiqué)(?: oficial| officiel)? n(?:°|º|o\.|\.)"),
    ("joint_statement", r"joint (?:statement|declaration|communiqu[eé]|(?:press|media) statement)"
        r"|совместн\w+ (?:заявлени\w+|декларац\w+|коммюнике)|gemeinsame\w* erklärung"
        r"|déclaration (?:conjointe|commune)|communiqué conjoint|declaración conjunta"
        r"|comunicado conjunto"),
    ("transcript", r"(?:remarks|statement|speech|address|opening remarks) and answers?"
        r"|answers? to (?:media |journalists'? |reporters'? )?questions"
        r"|(?:news|press)[- ]conference|q ?& ?a session|(?:joint )?press points?|puntos? de prensa"
        # a joint appearance of ministers, not the spokesperson's "point de presse"
        r"|points? de presse conjoints?"
        r"|(?:выступлени\w+|заявлени\w+|вступительное слово) и ответы?"
        r"|ответы (?:[^.]{0,120}? )?на вопросы|пресс-конференци\w+"
        r"|(?:rede|erklärung) und antworten|antworten auf (?:die )?fragen|pressekonferenz"
        r"|(?:allocution|discours|déclaration|intervention) et réponses"
        r"|réponses aux questions|conférence de presse"
        r"|(?:discurso|intervención|declaraciones) y respuestas"
        r"|respuestas a (?:las )?preguntas|rueda de prensa|conferencia de prensa"),
    # The government's regular press conference after the cabinet meets is its briefing, and
    # so is a ministry's numbered "regular press conference" (its spokesperson's).
    ("briefing", r"briefing|брифинг\w*|(?:пресс|онлайн|видео)-брифинг\w*|видеобрифинг\w*"
        r"|point de presse|sesión informativa"
        r"|regular press conference|очередн\w+ пресс-конференци\w+"
        r"|regelmäßige pressekonferenz|conférence de presse régulière"
        r"|conferencia de prensa (?:regular|ordinaria)"
        r"|regierungspressekonferenz"
        # "Conferencia de prensa del secretario de Presidencia, …, tras el Consejo de
        # Ministros": who gave it may stand between.
        r"|(?:rueda|conferencia) de prensa[^.]{0,100}? (?:posterior al|tras el|después del)"
        r" consejo de ministros"
        r"|press conference[^.]{0,100}? (?:after|following) the (?:cabinet|council of ministers)"
        r"(?: meeting)?"
        r"|conférence de presse[^.]{0,100}? (?:à l'issue du|après le) conseil des ministres"
        r"|пресс-конференци\w+ по итогам заседания правительства"),
    ("interview", r"interview\w*|интервью|entretien|entrevista"),
    ("comment", r"comments?|комментари\w+|kommentar\w*|commentaire\w*|comentario\w*"
        r"|(?:reply|answer|response) to (?:a |the )?(?:media |journalist'?s? )?(?:question|query)"
        # One answer to a question; "Ответы министра … на вопросы СМИ" is a transcript.
        r"|ответ(?!ы)\w* [^.]{0,120}?на вопрос(?!ы)\w*(?! и)"
        r"|antwort [^.]{0,80}?auf (?:eine |die )?(?:frage|medienanfrage)"
        r"|réponse [^.]{0,80}?à une question|respuesta [^.]{0,80}?a una pregunta"),
    ("article", r"article|статья|статьи|artikel|gastbeitrag|beitrag|tribune|artículo"
        r"|op-ed"),
    ("speech", r"speech|remarks|address|greetings?|message|toast|выступлени\w+"
        r"|вступительное слово|приветстви\w+|послание|обращени\w+|rede|grußwort|ansprache"
        r"|botschaft|discours|allocution|intervention|discurso|intervención|palabras"
        r"|mensaje|saludo"),
    ("statement", r"statement|declaration|заявлени\w+|декларац\w+|erklärung\w*"
        r"|stellungnahme|déclaration|communiqué|declaración|comunicado"),
)  # fmt: skip

# A title that calls itself the transcript of an interview ("Transcript of the Minister's
# Doorstop Interview with the Media") gives a press encounter's questions and answers: a
# transcript, where an interview given to one outlet is printed under its own title.
TRANSCRIPT_OF_PATTERN = (
    r"^(?:transcript|стенограмма|mitschrift|transcription|versión estenográfica)"
    r"\s+(?:of|из|der|des|de|du|de la|del)\b"
)

# A spokesperson's press conference is the regular briefing, not a transcript.
SPOKESPERSON_PATTERN = (
    r"spokes(?:person|man|woman)|официального представителя|официальный представитель"
    r"|sprecher(?:in)?|porte-parole|portavoz|press secretary|пресс-секретар\w+"
)

# "See all" links under a teaser list, which a list page may print as its own heading.
ALL_ITEMS_LINKS = {
    "all messages", "all news", "all publications", "all materials", "все сообщения",
    "все новости", "все публикации", "все материалы", "alle nachrichten", "alle meldungen",
    "alle mitteilungen", "alle beiträge", "tous les messages", "toutes les actualités",
    "toutes les nouvelles", "toutes les publications", "todos los mensajes",
    "todas las noticias", "todas las publicaciones",
}  # fmt: skip
# Lines that are page furniture wherever they stand, compared after folding case.
FURNITURE_LINES = ALL_ITEMS_LINKS | {
    "meetings coverage and press releases", "couverture des réunions & communiqués de presse",
    "archive", "архив", "archiv",
    "archives", "archivo", "read more", "more", "подробнее", "далее", "читать далее",
    "mehr", "weiterlesen", "lire la suite", "en savoir plus", "leer más", "más", "ver más",
    "language selection", "sélection de la langue", "sprachauswahl", "selección de idioma",
    "выбор языка", "recherche", "búsqueda", "menü", "menú", "suggest to a friend",
    "share this page", "diese seite teilen",
    "web content display", "asset publisher", "отображение веб-контента",
    "публикатор ресурсов", "webinhaltsanzeige", "affichage de contenu web",
    "visualizador de contenido web", "print", "print version", "printable version",
    "print this page", "версия для печати", "распечатать", "печать", "druckversion",
    "drucken", "seite drucken", "imprimer", "version imprimable", "imprimir",
    "versión para imprimir", "versión imprimible", "share", "tweet", "поделиться", "teilen",
    "partager", "compartir", "back", "назад", "zurück", "retour", "volver", "to top",
    "наверх", "nach oben", "haut de page", "subir", "next", "previous", "следующая",
    "предыдущая", "weiter", "suivant", "précédent", "siguiente", "anterior",
    "search", "поиск", "suche", "rechercher", "buscar", "menu", "меню", "home", "главная",
    "startseite", "accueil", "inicio", "subscribe", "подписаться", "abonnieren",
    "s'abonner", "suscribirse", "rss", "facebook", "twitter", "telegram", "vk", "youtube",
    "instagram", "e-mail", "email", "skip to main content", "перейти к содержанию",
    "advanced search", "расширенный поиск", "erweiterte suche", "recherche avancée",
    "búsqueda avanzada",
}  # fmt: skip
# The search box's label, which a crawl prints after the masthead's clock ("Thursday,
# December 3, 2026 Search"): that date is the crawl's, never the page's.
SEARCH_BOX_LABELS = ("search", "поиск", "suche", "recherche", "rechercher", "buscar")

ADDITIONAL_MATERIALS = {
    "additional materials", "additional material", "related materials", "see also",
    "дополнительные материалы", "см. также", "смотрите также", "zusätzliche materialien",
    "weitere materialien", "siehe auch", "documents complémentaires",
    "matériaux supplémentaires", "documents supplémentaires", "voir aussi",
    "materiales adicionales", "materiales complementarios", "véase también", "ver también",
}  # fmt: skip

CARD_HEADINGS = {
    "general information", "общая информация", "общие сведения", "allgemeine informationen",
    "informations générales", "información general",
}  # fmt: skip
CARD_FIELDS = {
    "address": {"address", "адрес", "adresse", "dirección", "direccion"},
    "website": {"web", "website", "web site", "site", "сайт", "веб-сайт", "webseite",
                "internetseite", "site web", "site internet", "sitio web", "página web"},
    "phone": {"phone", "tel", "tel.", "telephone", "телефон", "тел.", "telefon", "téléphone",
              "teléfono"},
    "email": {"e-mail", "email", "эл. почта", "электронная почта", "courriel",
              "correo electrónico"},
    "head": {"head of the organization", "head of the organisation", "head",
             "руководитель организации", "руководитель", "leiter der organisation",
             "leitung", "chef de l'organisation", "dirigeant", "directeur",
             "jefe de la organización", "director"},
}  # fmt: skip

TOC_HEADINGS = {
    "table of contents", "contents", "содержание", "оглавление", "inhalt",
    "inhaltsverzeichnis", "sommaire", "table des matières", "índice", "contenido",
}  # fmt: skip
ANSWERS_PART = (
    r"answers to (?:media |journalists'? )?questions|ответы на вопросы(?: сми)?"
    r"|antworten auf (?:die )?fragen(?: der medien| von journalisten)?"
    r"|réponses aux questions(?: des médias| des journalistes)?"
    r"|respuestas a (?:las )?preguntas(?: de los medios(?: de comunicación)?)?"
)

LANGUAGE_NAMES = {
    "english": "en", "русский": "ru", "russian": "ru", "deutsch": "de", "german": "de",
    "français": "fr", "francais": "fr", "french": "fr", "español": "es", "espanol": "es",
    "spanish": "es", "english version": "en", "русская версия": "ru", "العربية": "ar",
    "中文": "zh", "chinese": "zh", "português": "pt", "italiano": "it", "italian": "it",
    "日本語": "ja", "japanese": "ja", "nederlands": "nl", "polski": "pl", "한국어": "ko",
    "korean": "ko", "română": "ro", "romana": "ro",
    # the other official language of a bilingual state's portal (gov.ie's "Gaeilge")
    "gaeilge": "ga", "irish": "ga", "cymraeg": "cy", "welsh": "cy",
    # abbreviated entries (`Рус | Eng`)
    "рус": "ru", "eng": "en", "deu": "de", "fra": "fr", "esp": "es",
}  # fmt: skip
# A switcher's codes, two- and three-letter, with the two-letter code each stands for.
# Switchers name languages beyond the five (`DE FR IT EN`, `中文 | English`).
LANGUAGE_CODES = {
    "en": "en", "ru": "ru", "de": "de", "fr": "fr", "es": "es", "it": "it", "zh": "zh",
    "ja": "ja", "pt": "pt", "ar": "ar", "nl": "nl", "pl": "pl", "eng": "en", "rus": "ru",
    "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "esp": "es", "spa": "es", "ita": "it",
    "zho": "zh", "chi": "zh", "jpn": "ja", "por": "pt", "ara": "ar",
    # Korean, and the European Union's other official languages (its sites' code rows)
    "ko": "ko", "kor": "ko", "bg": "bg", "cs": "cs", "da": "da", "et": "et", "el": "el",
    "ga": "ga", "hr": "hr", "lv": "lv", "lt": "lt", "hu": "hu", "mt": "mt", "ro": "ro",
    "sk": "sk", "sl": "sl", "fi": "fi", "sv": "sv",
    # Languages of the ministries beside the five's regions (`HY | RU | EN`, `KA EN`): the
    # Caucasus, Central Asia, Eastern Europe and the Balkans, the Middle East, Asia
    "hy": "hy", "ka": "ka", "az": "az", "uk": "uk", "be": "be", "kk": "kk", "ky": "ky",
    "uz": "uz", "tg": "tg", "tk": "tk", "tr": "tr", "fa": "fa", "he": "he", "hi": "hi",
    "vi": "vi", "th": "th", "ms": "ms", "sr": "sr", "sq": "sq", "mk": "mk", "bs": "bs",
    "lb": "lb", "nb": "nb",
}  # fmt: skip
# A switcher's heading: a single language name under it is the other language's version.
SWITCHER_HEADINGS = {
    "language", "languages", "language selection", "select language", "langue", "langues",
    "sélection de la langue", "choisir la langue", "sprache", "sprachauswahl", "idioma",
    "idiomas", "selección de idioma", "язык", "выбор языка", "языки",
}  # fmt: skip

CONSULAR_WORDS = (
    r"consul\w*|консул\w*|konsul\w*|hotline|горяч\w+ лини\w+|emergenc\w+|notfall\w*"
    r"|urgence\w*|urgencia\w*|visa\w*|виз\w+"
)

# "966 days have passed since …", in each language; `days` and `since` are captured. The
# number's digits and spaces are taken possessively: a lazy `\d[\d\s]*?` before `\s+days`
# tried every split of a long run of spaces.
COUNTER_PATTERNS = (
    r"^(?P<days>\d[\d,.]*+(?:\s++[\d,.]++)*+)\s+days?\s+(?:have\s+|has\s+)?(?:passed|elapsed|gone\s+by)\s+"
    r"since\s+(?P<since>.+)$",
    r"^(?:it\s+has\s+been\s+|already\s+)(?P<days>\d[\d,.]*+(?:\s++[\d,.]++)*+)\s+days\s+since\s+(?P<since>.+)$",
    r"^(?:прошло\s+|прошли\s+|уже\s+)?(?P<days>\d++(?:\s++\d++)*+)\s+(?:дней|дня|день)\s+"
    r"(?:прошло\s+|прошли\s+|минуло\s+)?(?:с|со)\s+(?P<since>.+)$",
    r"^(?:seit\s+.+?\s+sind\s+)?(?P<days>\d[\d.]*+(?:\s++[\d.]++)*+)\s+tage?\s+(?:sind\s+)?"
    r"(?:vergangen|verstrichen)\s+seit\s+(?P<since>.+)$",
    r"^(?:il\s+y\s+a\s+)?(?P<days>\d++(?:\s++\d++)*+)\s+jours?\s+(?:se\s+sont\s+écoulés\s+|"
    r"sont\s+passés\s+|ont\s+passé\s+|passés\s+)?depuis\s+(?P<since>.+)$",
    r"^(?:han\s+pasado\s+|pasaron\s+|ya\s+)?(?P<days>\d[\d.]*+(?:\s++[\d.]++)*+)\s+días\s+"
    r"(?:han\s+pasado\s+|transcurridos\s+)?desde\s+(?P<since>.+)$",
)

# Cities whose clocks embassy pages show, in the five languages, with their IANA zone.
CITY_ZONES = {
    "Europe/Moscow": ("moscow", "москва", "moskau", "moscou", "moscú", "moscu",
                      "st petersburg", "saint petersburg", "санкт-петербург"),
    "Europe/London": ("london", "лондон", "londres", "edinburgh", "эдинбург"),
    "Europe/Berlin": ("berlin", "берлин", "berlín", "bonn", "бонн", "frankfurt", "munich",
                      "münchen", "hamburg"),
    "Europe/Paris": ("paris", "париж", "parís", "marseille", "страсбург", "strasbourg"),
    "Europe/Madrid": ("madrid", "мадрид", "barcelona", "барселона"),
    "Europe/Rome": ("rome", "рим", "rom", "roma"),
    "Europe/Vienna": ("vienna", "вена", "wien", "vienne", "viena"),
    "Europe/Zurich": ("geneva", "женева", "genf", "genève", "ginebra", "bern", "берн",
                      "berne", "berna", "zurich", "zürich"),
    "Europe/Brussels": ("brussels", "брюссель", "brüssel", "bruxelles", "bruselas"),
    "Europe/Amsterdam": ("amsterdam", "амстердам", "the hague", "гаага", "den haag",
                         "la haye", "la haya"),
    "Europe/Lisbon": ("lisbon", "лиссабон", "lissabon", "lisbonne", "lisboa"),
    "Europe/Dublin": ("dublin", "дублин", "dublín"),
    "Europe/Warsaw": ("warsaw", "варшава", "warschau", "varsovie", "varsovia"),
    "Europe/Prague": ("prague", "прага", "prag", "praga"),
    "Europe/Stockholm": ("stockholm", "стокгольм", "estocolmo"),
    "Europe/Oslo": ("oslo", "осло"),
    "Europe/Helsinki": ("helsinki", "хельсинки", "helsinky"),
    "Europe/Copenhagen": ("copenhagen", "копенгаген", "kopenhagen", "copenhague"),
    "Europe/Athens": ("athens", "афины", "athen", "athènes", "atenas"),
    "Europe/Istanbul": ("ankara", "анкара", "istanbul", "стамбул", "estambul"),
    "Europe/Kyiv": ("kyiv", "kiev", "киев", "kiew"),
    "Europe/Minsk": ("minsk", "минск"),
    "Europe/Belgrade": ("belgrade", "белград", "belgrad", "belgrado"),
    "America/New_York": ("new york", "нью-йорк", "nueva york", "washington", "вашингтон",
                         "washington, d.c."),
    "America/Toronto": ("ottawa", "оттава", "toronto"),
    "America/Mexico_City": ("mexico city", "мехико", "mexiko-stadt", "mexico",
                            "ciudad de méxico"),
    "America/Argentina/Buenos_Aires": ("buenos aires", "буэнос-айрес"),
    "America/Havana": ("havana", "гавана", "havanna", "la havane", "la habana"),
    "America/Sao_Paulo": ("brasilia", "бразилиа", "brasília"),
    "America/Caracas": ("caracas", "каракас"),
    "America/Santiago": ("santiago", "сантьяго"),
    "America/Lima": ("lima", "лима"),
    "America/Bogota": ("bogota", "bogotá", "богота"),
    "Asia/Tokyo": ("tokyo", "токио", "tokio"),
    "Asia/Shanghai": ("beijing", "пекин", "peking", "pékin", "pekín"),
    "Asia/Kolkata": ("new delhi", "нью-дели", "neu-delhi", "new-delhi", "nueva delhi",
                     "delhi"),
    "Asia/Seoul": ("seoul", "сеул", "séoul", "seúl"),
    "Asia/Tehran": ("tehran", "тегеран", "teheran", "téhéran", "teherán"),
    "Asia/Dubai": ("abu dhabi", "абу-даби", "dubai"),
    "Asia/Riyadh": ("riyadh", "эр-рияд", "riad", "riyad"),
    "Asia/Almaty": ("astana", "астана", "almaty", "алма-ата"),
    "Asia/Tashkent": ("tashkent", "ташкент"),
    "Asia/Baku": ("baku", "баку", "bakou", "bakú"),
    "Asia/Yerevan": ("yerevan", "ереван", "eriwan", "erevan", "ereván"),
    "Asia/Tbilisi": ("tbilisi", "тбилиси", "tiflis"),
    "Africa/Cairo": ("cairo", "каир", "kairo", "le caire", "el cairo"),
    "Africa/Johannesburg": ("pretoria", "претория", "johannesburg"),
    "Australia/Sydney": ("canberra", "канберра", "sydney"),
}  # fmt: skip

# How the name of a site's owner opens, as it stands over the title in the masthead ("Ministry
# of Foreign Affairs of Velmora", "Welcome to the Council of Nations", "Министерство
# иностранных дел …"): such a line is the site's name, not the document's title.
SITE_NAME_OPENINGS = (
    "welcome to", "an official website", "ministry", "ministries", "department", "council",
    "organization", "organisation", "union of", "union des", "unión de", "союз ", "embassy",
    "consulate", "high commission", "office of",
    "delegation", "permanent mission", "mission of", "government of", "secretariat",
    "minister for", "minister of", "president of", "federal", "foreign ministry",
    "willkommen", "auswärtiges amt", "bundesministerium", "ministerium", "botschaft",
    "generalkonsulat", "ständige vertretung", "bundesregierung", "eidgenössisches",
    "departement", "bienvenue", "ministère", "ambassade", "consulat", "délégation",
    "représentation permanente", "gouvernement", "département", "conseil", "présidence",
    "service", "bienvenido", "bienvenida", "ministerio", "embajada", "consulado",
    "secretaría", "cancillería", "gobierno", "delegación", "misión", "presidencia",
    "добро пожаловать", "министерство", "посольство", "генеральное консульство",
    "консульство", "постоянное представительство", "правительство", "администрация",
    "президент", "мид",
)  # fmt: skip

# Type labels that name a kind over or under a title but are not read in titles, where the
# kind they stand beside wins ("Transcript of Weekly Media Briefing" is a briefing).
LABEL_KIND_PHRASES = (
    ("transcript", r"transcripts?|стенограмм\w*|mitschrift\w*|transcription|"
        r"versi(?:ón|ones) estenográficas?"),
    ("article", r"blog|blogs|op-eds?|tribunes?"),
    ("press_release", r"media notes?|nota a los medios|notes? aux médias|readouts?"
        r"|releases?"),
)  # fmt: skip
# The line over a meeting's turns that gives them as excerpts of its transcript ("Из
# стенограммы:", "Excerpts from the transcript:"), wherever it stands in the text.
EXCERPTS_PATTERN = (
    r"^(?:из стенограммы|excerpts? from the transcript|auszüge aus der mitschrift"
    r"|extraits? de la transcription|extractos? de la transcripción)\s*:?$"
)
# A news item's type line ("Noticia", "Meldung"): a press release under its title, but as
# the name of a site's section ("Noticias", "News") it says nothing of the page's kind.
NEWS_ITEM_LABEL = (
    r"noticia|nachricht|meldung|actualité|новость|news item|articles? d'actualité"
    r"|nachrichtenartikel"
)
# The lines of an international organisation's numbered document's header.
NUMBERED_DOCUMENT_LINES = ("distr.", "distr:", "original:", "english only", "french only",
                           "russian only", "spanish only", "german only")  # fmt: skip
# The line over a joint text's signatories ("Signed in Aster on 19 June 2026 by:").
SIGNED_BY_PATTERN = (
    r"^(?:signed|done|unterzeichnet|geschehen|signé|fait|firmad[oa]|hecho|подписан\w*)"
    r"\b[^:]{0,120}\b(?:by|von|par|por|от имени)\s*:$"
)

# A news list's filters over its items, never its heading.
LIST_CONTROLS = {
    "filter by", "filter", "filters", "year", "topic", "topics", "type", "sort by", "apply",
    "reset", "фильтр", "год", "тема", "filtern", "jahr", "thema", "filtrer", "année",
    "thème", "filtrar", "año", "tema",
}  # fmt: skip

# How sites label a page's stamp, in the five languages (issue 14, tenth round): the act of
# publishing, posting, issuing or putting online in its forms ("publié", "publiée"), the
# noun phrase ("Publication date", "Date of publication", "Veröffentlichungsdatum", "Дата
# размещения"); each may take its preposition ("on", "am", "le", "el", "в" in
# STAMP_PREPOSITIONS), a colon, a weekday. Bare "date" words are BARE_DATE_LABELS: a list
# item's date carries them too, so they never mark a line as the page's own.
PUBLICATION_LABELS = (
    "published", "first published", "posted", "issued", "released", "uploaded",
    "publication date", "date of publication", "date published", "date posted", "date issued",
    "release date", "date of release", "date of issue", "issue date",
    "veröffentlicht", "publiziert", "erschienen", "eingestellt", "herausgegeben",
    "online seit", "veröffentlichungsdatum", "datum der veröffentlichung",
    "publikationsdatum", "erscheinungsdatum",
    "publié", "publiée", "publiés", "mis en ligne", "mise en ligne", "paru", "parue",
    "diffusé", "diffusée", "date de publication", "date de mise en ligne",
    "date de parution", "date de diffusion",
    "publicado", "publicada", "difundido", "difundida", "emitido", "emitida",
    "fecha de publicación", "fecha de emisión", "fecha de difusión",
    "опубликовано", "опубликован", "опубликована", "размещено", "размещен", "размещён",
    "размещена", "дата публикации", "дата размещения", "дата выпуска",
)  # fmt: skip
BARE_DATE_LABELS = ("date", "datum", "fecha", "дата")
# A last change, never the publication ("Last updated …", "Letzte Änderung", "Mis à jour le").
UPDATE_LABELS = (
    "updated", "last updated", "last update", "last modified", "date modified", "modified",
    "page updated", "revised", "aktualisiert", "zuletzt aktualisiert", "letzte änderung",
    "letzte aktualisierung", "geändert", "mis à jour", "mise à jour", "dernière mise à jour",
    "date de modification", "modifié", "actualisé", "actualizado", "actualizada",
    "última actualización", "fecha de actualización", "fecha de modificación", "modificado",
    "обновлено", "обновлён", "обновлен", "дата обновления", "дата изменения", "изменено",
    "последнее обновление",
)  # fmt: skip
STAMP_PREPOSITIONS = ("on", "at", "am", "um", "le", "el", "en", "в")

# The last word of a city's name that says it is one ("Vessa City", "Port …" aside).
PLACE_WORDS = {"city", "town", "ville", "stadt", "ciudad", "город", "port", "puerto"}

# The roles a page may give one person in other words: a label's "LE PRÉSIDENT :" is the
# head of state the text introduces ("le chef de l'État, Marc AUBERTIN"), "Prime Minister:"
# the head of government.
ROLE_SYNONYMS = (
    ("president", "head of state", "président", "président de la république", "chef de l'état",
     "presidente", "presidente de la república", "jefe de estado", "jefa de estado",
     "президент", "глава государства", "präsident", "bundespräsident", "staatsoberhaupt"),
    ("prime minister", "head of government", "premier ministre", "première ministre",
     "chef du gouvernement", "cheffe du gouvernement", "presidente del gobierno",
     "presidenta del gobierno", "jefe de gobierno", "jefa de gobierno", "премьер-министр",
     "председатель правительства", "глава правительства", "regierungschef",
     "regierungschefin", "premierminister", "premierministerin", "bundeskanzler",
     "bundeskanzlerin"),
)  # fmt: skip
