"""News lists as real sites print them (issue 14): the date under the title, beside the
item's type or department, or in parentheses after the title."""

from legation.importer.recognise import recognise


def items(text):
    page = recognise(text.encode(), "list.txt")
    return page.site_kind, [
        (item.date.as_date().isoformat(), item.title) for item in page.listing_items
    ]


def test_the_date_under_each_title_is_that_items_date():
    kind, found = items(
        "Media releases\n\nCoastal patrols resume in the northern strait\n4 June 2026\n"
        "Ferry line to Lindhaven opens in May\n2 May 2026\n"
        "Support for fishing families on the islands\n12 February 2026\nLoad more\n"
    )
    assert kind == "listing"
    assert found == [
        ("2026-06-04", "Coastal patrols resume in the northern strait"),
        ("2026-05-02", "Ferry line to Lindhaven opens in May"),
        ("2026-02-12", "Support for fishing families on the islands"),
    ]


def test_a_type_line_between_the_title_and_its_date_is_not_the_title():
    _, found = items(
        "News and communications\n\nLeaders agree a declaration on the northern sea\nPolicy paper\n"
        "19 June 2026\nPrime Minister opens the summit of the coastal states\nSpeech\n"
        "18 June 2026\n"
        "Prime Minister speaks to the Prime Minister of Lindmark\nPress release\n14 March 2026\n"
        "Next page\n"
    )
    assert [title for _, title in found] == [
        "Leaders agree a declaration on the northern sea",
        "Prime Minister opens the summit of the coastal states",
        "Prime Minister speaks to the Prime Minister of Lindmark",
    ]


def test_the_department_and_type_beside_the_date_are_not_a_title():
    _, found = items(
        "Noticias\n\nVelmora y Lindmark firman un acuerdo de guardacostas\n"
        "12 de marzo de 2026 | Secretaría | Comunicado\n"
        "La canciller visita el puerto de Lindhaven\n11 de marzo de 2026 | Comunicado\n"
        "Ayuda a las familias de pescadores de las islas\n05 de febrero de 2026 | Comunicado\n"
        "« Anterior 1 2 3 Siguiente »\n"
    )
    assert found == [
        ("2026-03-12", "Velmora y Lindmark firman un acuerdo de guardacostas"),
        ("2026-03-11", "La canciller visita el puerto de Lindhaven"),
        ("2026-02-05", "Ayuda a las familias de pescadores de las islas"),
    ]


def test_a_type_then_the_date_under_each_title():
    _, found = items(
        "Medienmitteilungen\n\nVelmora und Lindmark unterzeichnen ein Abkommen\n"
        "Medienmitteilung, 20.04.2026\nVelmora übernimmt den Vorsitz der Konferenz\n"
        "Medienmitteilung, 03.03.2026\nHilfe für die Fischerfamilien der Inseln\n"
        "Medienmitteilung, 12.02.2026\nWeitere Medienmitteilungen\n"
    )
    assert [date for date, _ in found] == ["2026-04-20", "2026-03-03", "2026-02-12"]


def test_a_date_in_parentheses_after_each_title_is_its_date_not_part_of_it():
    kind, found = items(
        "Press Conferences\n\nPress Conference by the Foreign Minister (March 10, 2026)\n"
        "Press Conference by the Press Secretary (March 4, 2026)\n"
        "Press Conference by the Foreign Minister (February 27, 2026)\nBack to Press Releases\n"
    )
    assert kind == "listing"
    assert found[0] == ("2026-03-10", "Press Conference by the Foreign Minister")


def test_a_title_closing_with_its_date_in_parentheses_over_a_text_is_an_article():
    page = recognise(
        (
            "Transcript of Weekly Media Briefing by the Official Spokesperson (March 12, 2026)\n\n"
            + "Official Spokesperson: Good afternoon. We have two announcements today. " * 12
        ).encode(),
        "briefing.txt",
    )
    assert page.site_kind == "article"
    assert page.listing_items == []


def test_a_newsrooms_title_meta_line_and_lead_are_each_one_item():
    kind, found = items(
        "Newsroom\n\nHigh Commissioner condemns the arrest of two reporters in Ostvik\n"
        "High Commissioner 14 April 2026 Lorvik\n"
        "The arrest of two reporters covering the harbour strike is a blow to press freedom...\n"
        "Read More\nCommittee adopts a report on the rights of seasonal workers\n"
        "Committee of Ministers 11 April 2026 Lorvik\n"
        "Meeting in Lorvik, the Committee adopted a report asking member states to...\n"
        "Read More\nAssembly opens its spring session on the islands\n"
        "Parliamentary Assembly 8 April 2026 Ostvik\n"
        "The Assembly opened its spring session with a debate on coastal communities...\n"
        "Read More\n1 2 3 Next\n"
    )
    assert kind == "listing"
    assert found == [
        ("2026-04-14", "High Commissioner condemns the arrest of two reporters in Ostvik"),
        ("2026-04-11", "Committee adopts a report on the rights of seasonal workers"),
        ("2026-04-08", "Assembly opens its spring session on the islands"),
    ]


def test_html_posts_of_heading_date_and_lead_are_each_one_item():
    posts = "".join(
        f'<div class="post"><h2><a href="/n/{number}">{title}</a></h2>'
        f'<span class="date">{date}</span><p>{lead}</p><a href="/n/{number}">Read more</a></div>'
        for number, (title, date, lead) in enumerate(
            [
                ("Ministers agree on joint patrols in the northern strait", "14 March 2026",
                 "The ministers met in Lorvik to agree on the patrols."),
                ("Secretary-General visits the training centre in Port Sel", "10 March 2026",
                 "He met the instructors of the centre."),
                ("Youth forum opens in Aster with delegates from nine states", "5 March 2026",
                 "Two hundred young people gathered for three days."),
            ]
        )
    )  # fmt: skip
    html = f"<html><body><nav>Home / News</nav><main><h1>News</h1>{posts}</main></body></html>"
    page = recognise(html.encode(), "news.html")
    assert page.site_kind == "listing"
    assert page.title == "News"
    assert [(item.date.as_date().isoformat(), item.title) for item in page.listing_items] == [
        ("2026-03-14", "Ministers agree on joint patrols in the northern strait"),
        ("2026-03-10", "Secretary-General visits the training centre in Port Sel"),
        ("2026-03-05", "Youth forum opens in Aster with delegates from nine states"),
    ]


def test_items_grouped_under_their_days_date_take_that_date():
    kind, found = items(
        "Новости\n\n12 марта 2026\n\n14:05\nЗаседание Правительства\n"
        "11:30\nОлег Ремез вручил государственные награды морякам\n"
        "11 марта 2026\n\n18:40\nОлег Ремез провёл совещание о подготовке портов\n"
        "Показать ещё\n"
    )
    assert kind == "listing"
    assert found == [
        ("2026-03-12", "Заседание Правительства"),
        ("2026-03-12", "Олег Ремез вручил государственные награды морякам"),
        ("2026-03-11", "Олег Ремез провёл совещание о подготовке портов"),
    ]
