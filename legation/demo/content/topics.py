"""What the demo ministry talks about: invented subjects, each with the sentences its texts use."""

TOPICS = [
    {
        "subject": "the Northern Maritime Forum's shipping safety code",
        "organisation": "northern-maritime-forum",
        "place": "Tallinn",
        "paragraphs": [
            "The new code sets common rules for ice-class vessels and for the rescue services "
            "that support them along the northern routes.",
            "Velmora took part in every round of the negotiations and welcomes a text that "
            "balances the interests of coastal states and of shipping companies.",
            "We call on all members of the Forum to ratify the code before the next "
            "navigation season begins.",
        ],
    },
    {
        "subject": "vaccine supply to the southern provinces of Ostrelia",
        "organisation": "continental-health-organisation",
        "place": "Lyon",
        "paragraphs": [
            "Three hundred thousand doses delivered through the Continental Health Organisation "
            "reached the southern provinces of Ostrelia this week.",
            "The delivery was made possible by the joint logistics centre opened last year in "
            "the port of Marenburg.",
            "Velmora stands ready to share its cold-chain expertise with every partner who asks.",
        ],
    },
    {
        "subject": "the renewal of the Danube ports agreement",
        "organisation": "danube-water-commission",
        "place": "Vienna",
        "paragraphs": [
            "The agreement, first signed eleven years ago, governs access to the river ports "
            "used by Velmora's exporters.",
            "Its renewal keeps tariffs stable for another decade and opens two new terminals "
            "to inland shipping.",
            "The ministry thanks the Danube Water Commission for its patient mediation.",
        ],
    },
    {
        "subject": "the Council of Nations debate on humanitarian corridors",
        "organisation": "council-of-nations",
        "place": "Geneva",
        "paragraphs": [
            "Humanitarian corridors must be agreed by all sides and monitored by impartial "
            "observers if they are to save lives.",
            "Velmora supports the Secretary-General's proposal for a standing group of "
            "observers drawn from every region.",
            "We regret that the debate was again delayed by procedural objections.",
        ],
    },
    {
        "subject": "trade talks between the Baltic and Andean states",
        "organisation": "baltic-andean-trade-council",
        "place": "Santiago",
        "paragraphs": [
            "The fourth round of talks narrowed the differences on agricultural quotas and "
            "on the recognition of certificates of origin.",
            "Velmora's delegation proposed a digital registry that would cut customs "
            "clearance from days to hours.",
            "Negotiators will meet again in the spring to complete the text.",
        ],
    },
    {
        "subject": "research stations in the high north",
        "organisation": "arctic-science-network",
        "place": "Tromsø",
        "paragraphs": [
            "Velmora's new station on the northern islands will share its climate data with "
            "every member of the Arctic Science Network.",
            "Scientific cooperation in the Arctic has continued through every political storm, "
            "and it must remain open to all.",
            "The station will host visiting researchers from twelve countries next year.",
        ],
    },
    {
        "subject": "consular assistance to citizens travelling abroad",
        "organisation": "mfa-velmora",
        "place": "Marenburg",
        "paragraphs": [
            "Citizens travelling abroad can now register their journeys online and receive "
            "alerts from the nearest embassy.",
            "The consular hotline answers around the clock; its number is printed on every "
            "new passport.",
            "Last year the consular service helped more than four thousand citizens in difficulty.",
        ],
    },
    {
        "subject": "the border commission with Ostrelia",
        "organisation": "mfa-ostrelia",
        "place": "Valen",
        "paragraphs": [
            "The joint commission completed the demarcation of the last forty kilometres of "
            "the land border.",
            "Both governments have agreed to open two new crossing points for local residents.",
            "This work shows that even old questions can be settled through patient dialogue.",
        ],
    },
    {
        "subject": "unilateral restrictions on fertiliser exports",
        "organisation": "council-of-nations",
        "place": "Marenburg",
        "paragraphs": [
            "Restrictions imposed without the approval of the Council of Nations hurt farmers "
            "far from the disputes that prompted them.",
            "Velmora has proposed exempting fertilisers and seed from every trade restriction.",
            "Food security is a common good and must not become an instrument of pressure.",
        ],
    },
    {
        "subject": "cultural exchanges with the United Kingdom",
        "organisation": "embassy-london",
        "place": "London",
        "paragraphs": [
            "The season of Velmoran film in London opens with a retrospective of the national "
            "film school.",
            "Exchanges between our universities have doubled in three years.",
            "The embassy invites everyone interested to the open day at the residence.",
        ],
    },
    {
        "subject": "the Argentine-Velmoran business forum",
        "organisation": "embassy-buenos-aires",
        "place": "Buenos Aires",
        "paragraphs": [
            "More than two hundred companies attended the forum, the largest since the "
            "opening of direct flights.",
            "Agreements were signed on renewable energy, wine and agricultural machinery.",
            "The embassy will publish a guide for exporters in Spanish and in Velmoran.",
        ],
    },
    {
        "subject": "cyber security and the protection of critical infrastructure",
        "organisation": "council-of-nations",
        "place": "Geneva",
        "paragraphs": [
            "Attacks on hospitals, power grids and water systems must be outlawed by an "
            "international convention.",
            "Velmora has submitted a draft to the Council of Nations and invites all states "
            "to comment on it.",
            "Accusations without evidence only make cooperation harder.",
        ],
    },
]

NEWS_HEADLINES = [
    "The consular section extends its opening hours before the holidays",
    "Velmora opens an honorary consulate in Valparaíso",
    "A new visa application centre opens in Manchester",
    "Students from Velmora win the Baltic debating championship",
    "The embassy hosts a reception for the national day",
    "Velmoran passports can now be renewed by post",
    "A delegation of Velmoran mayors visits Córdoba",
    "The ministry launches its open data portal",
]

OUTLETS = [
    "Northern Courier",
    "Baltic Wire",
    "Diario del Plata",
    "The Evening Ledger",
    "Andes Today",
    "Velmora Press Agency",
    "Radio Marenburg",
]

QUESTIONS = [
    "How do you assess the results of today's talks on {subject}?",
    "Some of your partners say that progress on {subject} is too slow. What is your answer?",
    "Is there a date for the next meeting on {subject}?",
    "What will Velmora do if the other side does not keep its commitments on {subject}?",
    "Could you comment on reports that the talks on {subject} almost broke down last night?",
    "How will ordinary citizens feel the results of the agreement on {subject}?",
    "Does the government intend to raise {subject} at the Council of Nations?",
    "Have you discussed the costs of {subject}, and who will bear them?",
]

ANSWERS = [
    "We had a frank and useful conversation. On {subject} our positions are now much closer "
    "than they were a year ago, and we agreed to instruct our experts to finish the remaining "
    "work.",
    "I would not call it slow. Every step on {subject} has been agreed by consensus, and "
    "agreements reached that way last.",
    "Our experts will meet within a month. We will announce the date once both capitals have "
    "confirmed it.",
    "We expect every side to honour what it has signed. If problems arise, the agreement "
    "itself provides for consultations, and we will use them.",
    "I read those reports too. They are inaccurate: the talks were long, as serious talks "
    "are, but they never stopped.",
    "Through lower prices, shorter waiting times and more reliable services. That is what "
    "{subject} is about in the end.",
    "We raise it wherever it is useful. The Council of Nations is one such place, but not "
    "the only one.",
    "The costs are shared in proportion to the benefits, as the agreement sets out. The "
    "figures will be published with the ratification documents.",
]

SPEECH_OPENINGS = [
    "Mr Chairman, Excellencies, ladies and gentlemen,",
    "Dear colleagues, dear friends,",
    "Madam Secretary-General, distinguished delegates,",
]
