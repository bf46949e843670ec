"""Fairness: feedback that uses a protected characteristic (or 'not a culture fit') as a reason or an
impression is an error in both languages; job-related requirements, ordinary words and a candidate's
own situation are not."""

from __future__ import annotations

import pytest

FAIR = {"FA001", "FA002"}


def fairness(report):
    return [f for f in report.findings if f.category.value == "fairness"]


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        ("Hi Sam,\nThank you for coming in. We felt that at your age the night shifts might wear you down.\nBest,\nAnna", "en", "age"),
        ("Hi Sam,\nWith a baby on the way, we didn't feel the Christmas peak would be fair on you.\nBest,\nAnna", "en", "family or pregnancy"),
        ("Hi Sam,\nOur clients prefer a native speaker, so we have chosen someone else.\nBest,\nAnna", "en", "ethnicity or national origin"),
        ("Hej Sam,\nVi tror att din brytning gör det svårt för kunderna i telefon.\nHälsningar\nAnna", "sv", "etnisk tillhörighet eller nationellt ursprung"),
        ("Hej Sam,\nEftersom du har diabetes vill vi inte riskera sjukfrånvaro.\nHälsningar\nAnna", "sv", "hälsa eller funktionsnedsättning"),
        # The reader's possession through the subject, not the mention itself.
        ("Hi Sam,\nYour English has a strong accent, and we felt some clients might find it hard.\nBest,\nAnna", "en", "ethnicity or national origin"),
        # The employer's choice of someone else described by the characteristic.
        ("Hi Sam,\nWe've decided to go with a native English speaker.\nBest,\nAnna", "en", "ethnicity or national origin"),
        ("Hi Sam,\nWe felt that given your commitments at home, the travel would be hard to sustain.\nBest,\nAnna", "en", "family or pregnancy"),
        ("Hi Sam,\nWe wondered whether as a practising Catholic you'd be comfortable with the referrals.\nBest,\nAnna", "en", "religion"),
        ("Hej Sam,\nVi har valt att gå vidare med en kandidat som har svenska som modersmål.\nHälsningar\nAnna", "sv", "etnisk tillhörighet eller nationellt ursprung"),
    ],
)
def test_a_characteristic_given_as_a_reason_is_an_error_that_says_why_and_what_instead(lint_text, text, lang, what):
    found = fairness(lint_text(text, "feedback", lang=lang))
    assert [f.code for f in found] == ["FA001"]
    finding = found[0]
    assert finding.severity.value == "error" and what in finding.message
    assert "discrimination" in finding.message or "diskriminering" in finding.message
    (suggestion,) = finding.suggestions
    assert not suggestion.safe and suggestion.replacement.startswith("[")
    sentence = text[suggestion.start:suggestion.end]
    assert suggestion.start <= finding.start < finding.end <= suggestion.end and sentence.rstrip().endswith((".", "?", "!"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hi Sam,\nThe role requires fluent Swedish for client calls, as stated in the advert, and in the mock call you switched to English twice.\nBest,\nAnna", "en"),
        ("Hi Sam,\nGiven that the role involves leading Friday prayers for the chaplaincy team, as stated in the advert, we felt you needed more experience of leading worship.\nBest,\nAnna", "en"),
        ("Hi Sam,\nWe are a young company in a family business, and the children in the Wednesday group loved your session.\nBest,\nAnna", "en"),
        ("Hi Sam,\nYour lesson with the children was well planned; the gap was the behaviour plan.\nBest,\nAnna", "en"),
        ("Hej Sam,\nTjänsten kräver flytande svenska i kundsamtal, vilket stod i annonsen, och i testsamtalet bytte du till engelska två gånger.\nHälsningar\nAnna", "sv"),
        ("Hej Sam,\nVi är ett ungt företag och ett familjeföretag, och barnen i gruppen tyckte om din lektion.\nHälsningar\nAnna", "sv"),
        ("Hej Sam,\nEftersom tjänsten innebär att leda bönen i sjukhuskyrkan, vilket stod i annonsen, bedömde vi att du behöver mer erfarenhet.\nHälsningar\nAnna", "sv"),
        # Someone else's family or children, and a case the candidate analysed.
        ("Hi Sam,\nThank you for meeting Stefan and his family on Saturday; your analysis of the case study family was sharp.\nBest,\nAnna", "en"),
        ("Hej Sam,\nTack för att du träffade Stefan och hans familj i lördags.\nHälsningar\nAnna", "sv"),
    ],
)
def test_job_related_statements_and_ordinary_words_do_not_fire(lint_text, text, lang):
    assert not fairness(lint_text(text, "feedback", lang=lang))


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms Lund,\nThank you for the interview. I returned from maternity leave in March and use a wheelchair, so thank you for the step-free room. Could you tell me how my budget answer came across?\nBest,\nOmar",
        "Hej Lena,\nTack för intervjun. Jag har varit föräldraledig sedan februari och har svenska som andraspråk. Hur uppfattades mitt svar på budgetfrågan?\nHälsningar\nOmar",
        "Dear Ms Lund,\nThank you for the interview. I have had trouble with my back in the past and mentioned my back injury on the form, but I can lift 25 kg. Could you tell me how my practical test went?\nBest,\nOmar",
        "Dear Ms Lund,\nThank you for letting me know. Could you tell me whether my age or my name played a part in the decision, and what I could do better next time?\nBest,\nOmar",
        "Dear Ms Lund,\nI keep the Sabbath, so could you tell me whether the Saturday shifts were the reason, or whether it was my till test?\nBest,\nOmar",
        "Dear Ms Marsh,\nThank you for letting me know. My baby is due in October and my back went last year, so could you tell me whether either played a part, or whether it was my triage answer?\nBest,\nAisha",
        "Hej Helen,\nTack för beskedet. Jag är ensamstående och ryggen la av förra året. Spelade det någon roll, eller var det mitt svar om prioriteringar?\nHälsningar\nAisha",
    ],
)
@pytest.mark.parametrize("kind", ["request", "auto"])
def test_a_candidates_request_about_their_own_situation_does_not_fire(lint_text, text, kind):
    report = lint_text(text, kind)
    assert report.kind == "request"
    assert not fairness(report)


def test_not_a_culture_fit_is_an_error_but_praise_for_fit_is_not(lint_text):
    (finding,) = fairness(lint_text("Hi Sam,\nIn the end the team felt you weren't a culture fit.\nBest,\nAnna", "feedback"))
    assert finding.code == "FA002" and finding.severity.value == "error" and "suspicion" in finding.message
    assert not fairness(lint_text("Hi Sam,\nYou would be a great culture fit; please apply again.\nBest,\nAnna", "feedback"))
    (sv,) = fairness(lint_text("Hej Sam,\nVi kom fram till att du inte passade in i kulturen hos oss.\nHälsningar\nAnna", "feedback"))
    assert sv.code == "FA002" and sv.message.startswith("'Passade inte in i kulturen'")
    # The negation on the view that governs the clause.
    (governed,) = fairness(lint_text("Hi Sam,\nThe founders didn't feel you'd be a strong cultural fit.\nBest,\nAnna", "feedback"))
    assert governed.code == "FA002"
    (smalta,) = fairness(lint_text("Hej Sam,\nVi landade i att du inte riktigt skulle smälta in i vår kultur.\nHälsningar\nAnna", "feedback"))
    assert smalta.code == "FA002"


def test_a_fairness_error_blocks_and_caps_the_overall_score(lint_text):
    text = ("Hi Sam,\nThank you for coming in. Your case study was the clearest we saw and your SQL answers were "
            "excellent. However, we are looking for a native speaker for this role. Do apply again next year.\nBest,\nAnna")
    report = lint_text(text, "feedback")
    assert {f.code for f in fairness(report)} == {"FA001"}
    assert report.verdict == "block" and report.scores.overall <= 40


def test_fairness_can_be_selected_and_ignored_as_a_category():
    import feedback_lint

    text = "Hi Sam,\nWe wanted a man for the night door.\nBest,\nAnna"
    assert fairness(feedback_lint.lint(text, kind="feedback"))
    assert not fairness(feedback_lint.lint(text, kind="feedback", config={"ignore": ["fairness"]}))


def _wrap(text, lang):
    return ("Hej Sam,\n%s\nHälsningar\nAnna" if lang == "sv" else "Hi Sam,\n%s\nBest,\nAnna") % text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Families of terms: childcare, pregnancy, divorce, religion, gender, origin, age proxies.
        ("We know you have two toddlers, and we couldn't see the early shifts working for you.", "en"),
        ("You told us you're expecting in June, so we went with someone who can commit to the full project.", "en"),
        ("We worried that your prayer times would clash with the Friday service, which would be hard on you.", "en"),
        ("It would be better to have someone from round here, not someone who moved over from Poland.", "en"),
        ("We were uneasy about a young woman working the bar alone at night.", "en"),
        ("The graduate scheme is aimed at people straight out of university, and we think you'd be frustrated.", "en"),
        ("The board wants new blood in the finance team.", "en"),
        # A reason placed after its clause, and the employer's concern through a possessive.
        ("Our concern was the late finishes, given the childcare you'd need to arrange.", "en"),
        # A relative clause takes the view of the people it describes.
        ("Our patients are elderly ladies who would feel more comfortable with a female nurse.", "en"),
        # The reader's own situation, and the concern in the next sentence.
        ("You said you had a period of sick leave for burnout last year. We weren't confident the deadlines would be good for you.", "en"),
        ("You mentioned you're going through a divorce, so we didn't want to put extra strain on you.", "en"),
        # The team's profile, and the view about the reader in the same or the next sentence.
        ("Honestly the lads on the gang are all blokes, and we weren't sure you'd be comfortable with them.", "en"),
        ("The warehouse crew are all in their twenties. We didn't think you'd enjoy the banter.", "en"),
        ("Vi tror att dina tvillingar gör det svårt med resorna.", "sv"),
        ("Du berättade att du är sjukskriven för utmattning, och vi är oroliga att tempot blir för tufft för dig.", "sv"),
        ("Eftersom du fastar under ramadan tror vi att de långa passen blir svåra.", "sv"),
        ("Vi har valt en yngre kandidat som passar bättre i vårt unga utvecklingsteam.", "sv"),
        # An accommodation word does not excuse a concern about the reader.
        ("Vi har svårt att se hur lokalerna skulle fungera för dig med din rullstol, trots hissen och anpassningarna.", "sv"),
    ],
)
def test_wider_wordings_of_a_characteristic_as_a_reason_fire(lint_text, text, lang):
    assert [f.code for f in fairness(lint_text(_wrap(text, lang), "feedback", lang=lang))] == ["FA001"]


#: Job-related statements and ordinary words that contain a characteristic's words.
WIDER_LOOK_ALIKES = [
    ("Your session with the toddlers in the nursery room was calm and well paced.", "en"),
    ("You were great with the kids in the role-play. We didn't feel you were ready for the lead role, though.", "en"),
    ("We will keep your full name and CV on file for six months.", "en"),
    ("Given the age of our booking platform, we need someone who knows legacy PHP well, and you were unsure about sessions.", "en"),
    ("The post is a twelve-month maternity cover contract, so we need someone who can start on 1 May.", "en"),
    ("You brought fresh energy to the group exercise, and your pricing idea was the best we heard.", "en"),
    ("Your analysis of the anxiety screening data was thorough. We weren't sure your SQL was strong enough, though.", "en"),
    ("You wrote a great piece on divorce law. We didn't feel the drafting exercise went as well.", "en"),
    ("The crew on this site are all experienced, and we think you'd learn a lot from them.", "en"),
    ("Given your experience with children's services, we think you'd do well in our family support team.", "en"),
    ("It's better to have the kids' menu ready before the lunch rush, and you did that well.", "en"),
    ("Your session plan for young people aged 12 to 15 was creative; you talked a lot about your old manager.", "en"),
    ("You spoke about your time at the church youth club. We weren't sure you had led a team before.", "en"),
    ("Du verkade tycka om barn, och din idé om sagostunden var fin.", "sv"),
    ("Tack för att du berättade om din erfarenhet av barn med autism; vi tyckte att ditt svar var bra.", "sv"),
    ("Vi sparar ditt namn och ditt CV i sex månader.", "sv"),
    ("Vi har hiss och ramp, så det går bra att komma med rullstol till intervjun.", "sv"),
]


@pytest.mark.parametrize(
    ("text", "lang", "fires"),
    [
        ("In the end it came down to team fit.", "en", True),
        ("Honestly, it was more about chemistry than skills.", "en", True),
        ("We didn't feel you would gel with the team.", "en", True),
        ("We liked your SQL, but you didn't quite slot in.", "en", True),
        ("Honestly we just don't see you as a culture fit for the studio, you came across as a bit intense.", "en", True),
        ("We do not regard you as a good cultural fit.", "en", True),
        ("We see you as a strong culture fit, and we hope you apply again.", "en", False),
        ("Det handlade mest om kemin, och därför går vi vidare med en annan kandidat.", "sv", True),
        ("Vi kände att du inte riktigt skulle passa in i arbetslaget.", "sv", True),
        ("We do not consider culture fit; the decision came down to the case study.", "en", False),
        ("Our decision was about the case study, not culture fit.", "en", False),
        ("It was never about culture fit: the case study decided it.", "en", False),
        ("Our onboarding week is about culture and values, which you asked about.", "en", False),
        ("Det handlade om kunskaperna i SQL, inte om kulturen.", "sv", False),
        ("Du passade in i teamet direkt och kollegorna uppskattade dig.", "sv", False),
        ("Det föll på SQL-provet, där du klarade fyra av tio uppgifter.", "sv", False),
        # Matching the culture, and fitting in "culturally", in both languages.
        ("We felt you didn't really match the culture we have here.", "en", True),
        ("I don't think you'd fit in culturally with the studio.", "en", True),
        ("You match our culture well, and we hope you apply again.", "en", False),
        ("Vi har kommit fram till att du inte riktigt matchar den kultur vi har på kontoret.", "sv", True),
        ("Vi kände helt enkelt att du inte skulle passa in kulturellt hos oss.", "sv", True),
        ("Du passar inte riktigt vår kultur, tyvärr.", "sv", True),
        ("Vi kände att du inte skulle passa in i företagskulturen.", "sv", True),
        ("Du matchar vår kultur väldigt bra, men SQL-provet räckte inte den här gången.", "sv", False),
        ("Det handlade om SQL-provet och inte om huruvida du passar vår kultur.", "sv", False),
        # An impersonal negated fit ("it wasn't quite a culture fit"), and present-tense reasons in Swedish.
        ("Honestly though, the partners felt it wasn't quite a culture fit.", "en", True),
        ("In the end it just wasn't the right cultural fit for the desk.", "en", True),
        ("Partnerna kände att det inte riktigt var en kulturell match.", "sv", True),
        ("Det handlar helt enkelt om kulturen.", "sv", True),
        ("It wasn't a culture fit question; the decision came down to the SQL test, where you solved four of ten.", "en", False),
        ("It would be a great culture fit, and we hope you apply again.", "en", False),
        # Culture as a field of work, coordinated with another field or hyphenated, is no reason; with anything
        # else the reason still stands.
        ("It came down to culture and experience, in the end.", "en", True),
        ("I slutändan handlade det om kulturen och erfarenheten.", "sv", True),
        ("It was mostly about culture and heritage projects, where your case study was strong.", "en", False),
        ("Det handlar om kultur och fritid, och där har du stark erfarenhet.", "sv", False),
        ("Det handlade om kultur- och fritidsfrågor för unga, och ditt case var starkt.", "sv", False),
        ("Det var inte kulturen det handlade om, utan SQL-provet.", "sv", False),
        ("Det var en bra kulturell match, men SQL-provet räckte inte.", "sv", False),
    ],
)
def test_culture_fit_as_the_reason_with_or_without_a_negation(lint_text, text, lang, fires):
    codes = [f.code for f in fairness(lint_text(_wrap(text, lang), "feedback", lang=lang))]
    assert codes == (["FA002"] if fires else [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Age as a number, given with a concern about the reader (the same sentence or the next).
        ("Honestly, at 61 I'm not sure nights on a 40,000 sq ft floor are the right move for you.", "en"),
        ("At 58 you would be the oldest on the team by twenty years, and we weren't sure you'd enjoy that.", "en"),
        ("As a 58-year-old woman, you would find the night shifts hard.", "en"),
        ("Vi tror att du som 60-åring skulle tycka att tempot är för högt.", "sv"),
        # Age proxies and peers: "digital native", "grew up with…", "their own age", a youthful energy.
        ("For this Social Media Manager role we're really after a digital native, someone who grew up with TikTok.", "en"),
        ("We were really after someone who grew up with social media.", "en"),
        ("Our clients are young and want stylists their own age, not someone who reminds them of their mum.", "en"),
        ("Our store concept is built around a vibrant, youthful energy on the shop floor, and we felt another candidate matched it better.", "en"),
        ("We're after someone younger for the front desk.", "en"),
        # "yngre"/"äldre" of a person, also after it, and "ungt" past another adjective.
        ("Men vi är ett ungt och hungrigt gäng, så vi tror att det passar bättre med någon som är lite yngre.", "sv"),
        ("Vi valde någon yngre.", "sv"),
        # Gendered words for people, also with an adverb inside the Swedish view.
        ("We just felt a lad would settle in quicker and the subbies would take instruction from him more readily.", "en"),
        ("Honestly we wanted a bloke for the yard.", "en"),
        ("Honestly, we'd rather have a man on the night door.", "en"),
        ("Vi har dock valt en kille till platsen.", "sv"),
        ("Vi hade hellre sett en kille på den tjänsten.", "sv"),
        # Marital status: a view noun, "would rather", a wedding.
        ("The board's view was that a divorced woman living alone on site might find the out-of-hours calls isolating.", "en"),
        ("They'd rather have a married couple in the flat, as we've had in the past.", "en"),
        ("You mentioned your wedding is in September, and in our experience that is often a time when priorities change.", "en"),
        ("Du nämnde att ditt bröllop är i september, och vi tror att det blir svårt att kombinera med utbildningen.", "sv"),
        # Family: "X små barn" at home, tied although the sentence also states a requirement.
        ("Rollen kräver att man kan jobba kvällar, och med tanke på att du har tre små barn hemma var vi osäkra på om det skulle fungera för dig.", "sv"),
        ("Vi valde någon yngre eftersom du har tre barn hemma.", "sv"),
        # Names as a reason: a reaction to the name, or advice to go by another one.
        ("Some of the farmers would be put off by the name. Might be worth going by Mo on your CV?", "en"),
        ("Our clients would struggle with your surname on the phone.", "en"),
        ("I worried your full name would throw them on the phone.", "en"),
        ("It might help to use an English-sounding name on your applications.", "en"),
        # Origin: the kind of people, a region as where people are from, "bad experiences with…".
        ("Our clients like to feel they are dealing with our kind of people.", "en"),
        ("I felt a supervisor from Eastern Europe might struggle to get their respect.", "en"),
        ("We have had bad experiences with staff from Eastern Europe who left after a few months.", "en"),
        ("We'd prefer not to take on more workers from Eastern Europe this year.", "en"),
        ("The client's preference was for a native speaker.", "en"),
        ("För att vara ärlig har vi haft dåliga erfarenheter av personal från Östeuropa som åkt hem efter ett par månader.", "sv"),
    ],
)
def test_families_of_terms_and_proxies_as_a_reason_fire(lint_text, text, lang):
    # One finding per sentence: "put off by the name. Might be worth going by Mo…" gives two.
    assert {f.code for f in fairness(lint_text(_wrap(text, lang), "feedback", lang=lang))} == {"FA001"}


#: Look-alikes of the term families and sentence shapes added for the r4 drafts.
FAMILY_LOOK_ALIKES = [
    # Numbers that are not ages, and the writer's own age.
    ("At 16 I started as a trainee myself, so I know how hard the first year is.", "en"),
    ("At 25 kg the crate was the heaviest item in the lifting task, and you handled it well.", "en"),
    ("The 15-year-old boilers on that estate need someone who knows older controls, and you were unsure.", "en"),
    ("Vi har en 60-åring i teamet som är vår bästa säljare.", "sv"),
    # Age words naming things, and a young company.
    ("Given the age of the fleet, we need someone who knows older diesel engines, and you were unsure about injectors.", "en"),
    ("Our fleet is old and the job means fixing older vans, which you did well in the practical.", "en"),
    ("The young energy in your pitch deck design was great, but the numbers did not add up.", "en"),
    ("You grew up with horses, and it showed in the yard test.", "en"),
    ("We're after a developer who has shipped native apps, and your portfolio had none.", "en"),
    ("Vi är ett ungt och växande företag, och vi tror att du skulle lära dig mycket här.", "sv"),
    ("Vi har ett system som är lite äldre, och vi tror att du skulle behöva lära dig det.", "sv"),
    ("Vi söker någon som är lite mer erfaren med budget, och du har kortare erfarenhet.", "sv"),
    # Gender and marital words for someone else, an event, or the job.
    ("You mentioned a lad from your old site who recommended us; please thank him for us.", "en"),
    ("You met a lady from our HR team, who will send the contract details.", "en"),
    ("You organised a wedding for 200 guests, which showed in your logistics answer.", "en"),
    ("The wedding venue brief was the strongest case study, and your costing was accurate.", "en"),
    ("We're all married to the job in the busy season, and your rota plan was realistic.", "en"),
    ("Congratulations on your wedding, and thank you for fitting the interview in before it.", "en"),
    ("Grattis till bröllopet, och tack för att du tog dig tid för intervjun.", "sv"),
    # Views with nothing protected in them.
    ("Our view was that your SQL answers were not yet strong enough.", "en"),
    ("We'd rather have someone with more Kubernetes experience, and your answer on pods was thin.", "en"),
    ("We've had bad experiences with agencies in the past, so we now hire directly.", "en"),
    # Children in the job, not the reader's.
    ("Tjänsten kräver erfarenhet av barn, och du har arbetat med barn i fem år, vilket är bra.", "sv"),
    ("Du har arbetat med små barn i förskolan, och din planering av samlingen var tydlig.", "sv"),
    # Names: kept, put forward, of a thing; "going by" a source.
    ("I'd be happy to put your name forward for the Leeds role.", "en"),
    ("We will need your full name and address for the background check.", "en"),
    ("Sorry for getting your name wrong in my last email.", "en"),
    ("We don't mind what name you go by on the contract.", "en"),
    ("Some customers were put off by the name of the old app, which you rightly spotted.", "en"),
    ("Going by Sarah's notes, your answer on the pricing question was the strongest.", "en"),
    ("You asked what kind of people do well here: people who write things down.", "en"),
    # Regions as markets, and people from them with nothing said about them.
    ("You would cover our accounts in Eastern Europe, and we wanted someone who has sold there before.", "en"),
    ("The role covers sales in Eastern Europe and the Middle East; we needed more export experience than you showed.", "en"),
    ("We import most of our stock from Asia, and your answer on lead times was thin.", "en"),
    ("Our team has people from Eastern Europe and Asia, and we think you'd enjoy working here.", "en"),
    ("Du skulle ansvara för försäljningen i Östeuropa, och vi söker någon med erfarenhet av den marknaden.", "sv"),
    ("Vi har dåliga erfarenheter av leverantörer från Asien, så vi frågade om din inköpsstrategi.", "sv"),
    ("Vi har personal från Östeuropa och Asien i teamet, och du skulle trivas här.", "sv"),
]


def test_an_age_as_a_number_is_marked_up_to_the_number(lint_text):
    text = _wrap("Honestly, at 61 I'm not sure the night shifts are right for you.", "en")
    (finding,) = fairness(lint_text(text, "feedback", lang="en"))
    assert text[finding.start:finding.end] == "at 61"


#: A health record, a religious observance, a generalisation about married or single people or people
#: from abroad, given as a reason: (text, language, the characteristic the message names).
RECORDS_OBSERVANCE_GENERALISATIONS = [
    # A chronic illness the reader disclosed, with a worry that it would flare or keep them off sick.
    ("You were open about your Crohn's, and we were worried the long shifts would make it flare.", "en", "health"),
    ("You told us about your fibromyalgia. We worried you'd end up off sick a lot on a ward this busy.", "en", "health"),
    ("Thanks for letting us know that you have lupus, but we were worried you'd be off sick a lot.", "en", "health"),
    ("Du berättade om din crohns sjukdom, och vi var oroliga att du skulle bli sjukskriven ofta.", "sv", "hälsa"),
    ("Med tanke på din ulcerösa kolit tror vi att nattpassen blir för tunga.", "sv", "hälsa"),
        # Health: a body part or condition of the reader's, or a sickness record the employer read, as the reason.
        ("You mentioned you'd had some trouble with your back in the past, and we felt the lifting would be too much for you.", "en", "health"),
        ("With your knee injury, we didn't think the stairs on the Lyle Street site would be fair on you.", "en", "health"),
        ("You told us about your bad back, so we went with someone who could do the overhead work.", "en", "health"),
        ("We know you have a heart condition, and we worried about the heat in the kitchen.", "en", "health"),
        ("The panel noted from your references a long period of sickness absence in 2022 and had some concerns about your resilience.", "en", "health"),
        ("We noticed in your references that you had a lot of sick days last year, and we weren't sure you could keep up.", "en", "health"),
        ("Du berättade att du har haft problem med ryggen, och vi tror att lyften blir för tunga för dig.", "sv", "hälsa"),
        ("Vi tror att din knäskada gör det svårt med alla trappor.", "sv", "hälsa"),
        # Religion: the reader's observance as a clash.
        ("I did wonder if the Saturday shifts would clash with your Sabbath, so we've given the job to someone else.", "en", "religion"),
        ("We weren't sure how the Saturday rota would fit with your faith.", "en", "religion"),
        ("I wondered whether your religious holidays would clash with the Christmas peak.", "en", "religion"),
        ("Jag undrade om lördagarna skulle krocka med din sabbat, så vi valde någon annan.", "sv", "religion"),
        ("Vi hade svårt att se hur passen skulle gå ihop med dina religiösa högtider.", "sv", "religion"),
        # The reader's practice as a scheduling problem, with the concern in the next sentence.
        ("You said you need to get to the mosque on Friday lunchtimes, and that is our busiest slot. We didn't want to put you in a difficult spot.", "en", "religion"),
        ("You told us you go to church on Sunday mornings, when the rota is at its thinnest, and we weren't sure it would work for you.", "en", "religion"),
        ("Du nämnde att du behöver be mitt på dagen, och i kassan går det inte att gå ifrån.", "sv", "religion"),
        ("Eftersom du vill be på rasterna blir det svårt att få ihop schemat i kassan.", "sv", "religion"),
        ("Du berättade om dina bönestunder, och vi har inte utrymme för extra pauser på lagret.", "sv", "religion"),
        # Marital status: a generalisation about married, single or divorced people.
        ("It is a small community and in our experience married people with a family tend to put down roots, whereas single people often drift back to the city.", "en", "marital status"),
        ("Divorced women tend to struggle with the isolation up here, and we felt it wouldn't suit you.", "en", "marital status"),
        ("Single people often move on after a year, so we went with someone who has settled here.", "en", "marital status"),
        ("In our experience, married men settle better in the village than single lads.", "en", "marital status"),
        ("We've found that married men settle better in a village like ours, and we weren't sure you would.", "en", "marital status"),
        ("Enligt vår erfarenhet slår gifta människor rot här, medan singlar ofta flyttar tillbaka till stan.", "sv", "civilstånd"),
        # Origin: the reader's kind of people, and a generalisation about people from abroad.
        ("People like you from overseas always think the rules here don't apply.", "en", "ethnicity or national origin"),
        ("People like you from abroad never stay more than a year, in my experience.", "en", "ethnicity or national origin"),
        ("Foreigners always leave after a few months, and we couldn't take that risk with you.", "en", "ethnicity or national origin"),
        ("Folk som du från utlandet tror alltid att reglerna inte gäller.", "sv", "etnisk tillhörighet eller nationellt ursprung"),
        # Hearing loss and reduced hearing or sight as the reason.
        ("You mentioned your hearing loss, and we were worried you would miss calls on the busy phones.", "en", "health"),
        ("Because of your hearing loss we didn't think the call centre would suit you.", "en", "health"),
        ("Med tanke på din nedsatta hörsel tror vi att telefonerna blir för svåra för dig.", "sv", "hälsa"),
        ("Eftersom du har nedsatt syn tror vi att skärmarbetet blir för tungt.", "sv", "hälsa"),
        ("Vi är oroliga att din nedsatta syn gör körningen för riskabel för dig.", "sv", "hälsa"),
    ]


#: Look-alikes of the health-record, observance and generalisation families: the same words in job-related statements, as customers, or as the work.
WORK_POLICY_CUSTOMER_LOOK_ALIKES = [
    # An illness or sickness absence as the topic of the reader's work, or a patient's; counted pupils doing "at all".
    ("Your answer on the patient with Crohn's disease was the strongest we heard.", "en"),
    ("Your case study on sickness absence in the warehouse was the most thorough we received.", "en"),
    ("The IBS leaflet you drafted for the clinic was clear and well laid out.", "en"),
    ("Four children at the back didn't do the task at all, and you didn't notice.", "en"),
    ("Two kids on the front table never got started on the worksheet, and nobody checked on them.", "en"),
    ("Ditt case om sjukfrånvaron på lagret var det mest genomarbetade vi fick.", "sv"),
    ("Din analys av sjukskrivningarna i butiken var tydlig och väl underbyggd.", "sv"),
    ("Din presentation om psykisk ohälsa bland unga var den bästa vi såg.", "sv"),
    ("Ditt svar om patienten med crohns sjukdom var det bästa vi hörde.", "sv"),
    # A disclosure acknowledged with thanks or good wishes, and an observance accommodated.
    ("I'm glad we could move it to the Monday, and I hope you had a lovely celebration with your family.", "en"),
    ("Thanks for the trial shift, and for the heads-up that you were fasting for Ramadan.", "en"),
    ("Tack för att du sökte tjänsten och för att du berättade om din hörselnedsättning innan intervjun. Vi satt i rummet med hörslinga.", "sv"),
    ("Jag hoppas du hade en fin högtid med din familj, och tack för att du flyttade tiden.", "sv"),
    # Body parts and sickness as the work, a policy or a place.
    ("You would run the back office on your own, and your answer on the month-end close was thin.", "en"),
    ("We found a problem with the back door of the van in the inspection task, which you spotted quickly.", "en"),
    ("Our sick pay policy is in the handbook, which I've attached as you asked.", "en"),
    ("The sickness absence policy is in the handbook, and we'd go through it at induction.", "en"),
    ("In the role you would manage sickness absence for 40 staff, and your answer on return-to-work interviews was thin.", "en"),
    ("As stated in the advert, the post involves lifting 25 kg, and you completed 14 of the 20 kegs in the loading task.", "en"),
    ("The heart of the role is the weekly stock count, and you were unsure about the variance report.", "en"),
    ("Your back catalogue of projects was impressive, but the case study lacked a budget.", "en"),
    ("You did not cover the back-end issues in your design, and we needed more on caching.", "en"),
    # Religious words as opening hours, a venue or a client.
    ("Sabbath opening hours at the shop are 10 to 4, and you asked about the weekend rota.", "en"),
    ("Your faith in the team's plan came across well, but the budget was missing.", "en"),
    ("You mentioned you run the mosque's Friday food bank on your lunch break, and it showed real leadership.", "en"),
    ("You said you volunteer at the church on Sundays, which came through in your answers about community work.", "en"),
    ("You mentioned organising the church fete. We weren't sure the budget you gave added up.", "en"),
    # Overseas and abroad as markets and clients, married couples and single people as customers.
    ("You would handle our calls with clients from overseas, and your French was very good.", "en"),
    ("Our overseas clients often call late, and you handled the mock call well.", "en"),
    ("Our regulars include a married couple who own the café next door, and you served them beautifully in the trial shift.", "en"),
    ("The married couple who run the farm shop were impressed with your display.", "en"),
    ("A single person can't cover the whole floor, so you'd work alongside Jo, and your till work was accurate.", "en"),
    ("People like you are exactly who we want on the team, and we hope you apply again.", "en"),
    ("Clients from abroad always ask about VAT refunds, and your answer on that was clear.", "en"),
    # Idioms that contain a characteristic's word (seen in outside text).
    ("In this day and age you need a portfolio, and yours had only one project.", "en"),
    ("Your good-faith estimate was close, and I'd hate to throw the baby out with the bath water on your plan.", "en"),
    ("Your warnings about the deadline fell on deaf ears, which was not your fault.", "en"),
    ("Thanks for sharing your beliefs about the pricing model; we went with the case study scores.", "en"),
    # The Swedish equivalents: sickness as the work, sick pay, clients from abroad.
    ("Du gjorde ett starkt intryck när du berättade hur du fick ner sjukfrånvaron i din nuvarande butik.", "sv"),
    ("Sjuklönen och våra rutiner för sjukfrånvaro står i personalhandboken.", "sv"),
    ("Du skulle ta hand om våra kunder från utlandet, och din franska var mycket bra.", "sv"),
    ("Vi behöver fler som du, och vi hoppas att du söker igen.", "sv"),
    ("Vi hade skilda meningar om caset, men din budget var tydlig.", "sv"),
]


#: A pregnancy, a body part that gave way, a single woman or man, the oldest or youngest, as a reason.
PREGNANCY_BODY_STATUS_AGE = [
        # Pregnancy as the reason, after a comment clause, in a sentence that takes the reader into "us".
        ("To be honest, with the baby due in October the timing might not have been ideal for either of us.", "en", "family or pregnancy"),
        ("Honestly, with a baby on the way the timing just wasn't right for both of us.", "en", "family or pregnancy"),
        ("To be fair, with the twins arriving in March, a six-month project would have been a lot for both of us.", "en", "family or pregnancy"),
        ("Ärligt talat, med tanke på att bebisen kommer i oktober var tajmingen kanske inte idealisk för någon av oss.", "sv", "familj eller graviditet"),
        # After "and", parsed as part of the clause before, with the writer's side as the one it does not suit.
        ("The rollout starts in June and the lead has to be on site all summer, and with the baby arriving in July it just doesn't work for us.", "en", "family or pregnancy"),
        # An age-coded place the workplace is said not to be, and a look asked for with "we" left out.
        ("We're a late-night cocktail bar aimed at students, not a retirement home.", "en", "age"),
        ("The shop floor is all energy and music, we're not running an old folks' home.", "en", "age"),
        ("Need someone who looks the part on the door, sorry.", "en", "age"),
        # The same age as the clientele, with the view anywhere in the sentence.
        ("Våra kunder är mest studenter och vi tror att de litar mer på en säljare i samma ålder som de själva.", "sv", "ålder"),
        # A body part that gave way, was put out or done in.
        ("You mentioned your back went last year, and we just didn't want to risk it flaring up again.", "en", "health"),
        ("You told us your knee gave out on the stairs in March, so we went with someone else.", "en", "health"),
        ("We heard your knees have been playing up, and we couldn't risk the ladders.", "en", "health"),
        ("You said you put your back out in the spring, and the loading bay is heavy work.", "en", "health"),
        ("Du nämnde att ryggen la av förra året, och vi ville inte riskera att den blir sämre igen.", "sv", "hälsa"),
        ("Du berättade att du skadade knät i våras, och vi tror att trapporna blir för tunga för dig.", "sv", "hälsa"),
        # Marital status: a single woman or man, a partner at home.
        ("It's 28 on and 28 off at a remote camp, and as a single woman with no partner at home we weren't sure you'd cope with the isolation.", "en", "marital status"),
        ("We felt a single man would settle in the camp more easily.", "en", "marital status"),
        ("Without a partner at home, we worried the night rota would be hard on you.", "en", "marital status"),
        ("Vi tror att det blir tufft för dig som singel kvinna utan partner hemma.", "sv", "civilstånd"),
        # Age: a superlative of a person, or said of the reader.
        ("You were the oldest candidate by a good twenty years and frankly it showed.", "en", "age"),
        ("You were the oldest by twenty years, and frankly it showed.", "en", "age"),
        ("You're older than the rest of the team, and we weren't sure you'd fit.", "en", "age"),
        ("We wanted the youngest candidate we could find.", "en", "age"),
        ("Du var den äldsta kandidaten med tjugo år, och det märktes ärligt talat.", "sv", "ålder"),
        ("Vi valde den yngsta kandidaten.", "sv", "ålder"),
        # A congratulation followed by the reader's priorities said to change, in that sentence or the next.
        ("Congratulations on your recent wedding! I'm sure you'll understand that your priorities will shift in the near future.", "en", "marital status"),
        ("Congratulations on the wedding. There's a fair chance your priorities will change, and we have to plan for that.", "en", "marital status"),
        ("Grattis till bröllopet! Vi tror att dina prioriteringar kommer att ändras framöver.", "sv", "civilstånd"),
        # The reader's partner named, with the clientele's comfort as the concern.
        ("When you mentioned your partner Marcus, some of the panel felt our older landlords might not be comfortable dealing with you.", "en", "sexual orientation"),
        ("Du nämnde din sambo Marcus, och vi tror att vissa av våra hyresvärdar inte skulle känna sig bekväma med dig.", "sv", "sexuell läggning"),
    ]


#: Look-alikes of the pregnancy, body, status and age families: the same words for a thing, a client's relatives, the writer, or the work.
THINGS_RELATIVES_WRITER_LOOK_ALIKES = [
    # A health word only with "your", naming the thing it qualifies.
    ("You identified the iron gall ink as the main risk, and your condition report was the clearest we received.", "en"),
    ("Your medication round in the simulation was well organised, but the handover was rushed.", "en"),
    ("Your health and safety answer was thin, and we needed more on risk assessment.", "en"),
    # The family of the person the work is for.
    ("We expected you to call the client or family first and check the client is safe.", "en"),
    ("We wanted you to phone the patient and family before the visit.", "en"),
    ("We expected you to involve Mr K and family in the care plan.", "en"),
    ("Vi förväntade oss att du ringer kunden eller familjen först och kontrollerar att kunden är säker.", "sv"),
    # The writer's own situation.
    ("As a single woman myself, I know how hard the camp rotations are, and your gas answers were excellent.", "en"),
    # A reason adjunct after a comment clause with nothing protected in it, and "us" as the panel.
    ("To be honest, with the deadline due in October the timing was not ideal for either of us.", "en"),
    ("Having worked with children for years, you handled the role-play well, but the budget answer was thin.", "en"),
    ("It was a hard decision for both of us on the panel, and your case study was close.", "en"),
    ("Det var ett svårt beslut för oss båda i panelen, och ditt case låg nära.", "sv"),
    # Backs and knees that are effort, posture, offices or a temper.
    ("You really put your back into the loading task, and your count was accurate.", "en"),
    ("Your back office experience was strong, but your answer on payroll went off track.", "en"),
    ("Your back went up when we challenged your pricing, and we needed you to stay calm with clients.", "en"),
    ("Du höll ryggen rak i lyftövningen, och räkningen stämde.", "sv"),
    # "Single" as one, a partner at home that is a client's, and age words for things and clients.
    ("A single man can't lift the crate safely, so you'd always work in pairs, and your lift was good.", "en"),
    ("You cared for a patient who lives alone with no partner at home, and your plan was realistic.", "en"),
    ("The oldest machine in the workshop was the one you fixed fastest.", "en"),
    ("Our oldest client is a bakery, and your pitch to them was the best we heard.", "en"),
    ("Your laptop was older than ours, so the demo ran slowly, which was not your fault.", "en"),
    ("You were an old hand at the till, and we hope you apply again.", "en"),
    # "With…" after "and" as a second object, a reason with no characteristic, "for us" as work done.
    ("You were great with the kids and with the parents, who loved your session.", "en"),
    ("Thanks for working for us over the summer; with your kids' club experience you'd be great on the holiday scheme.", "en"),
    # A retirement home as the work or the reader's experience, and the look of the reader or a uniform.
    ("You did well on the retirement home case study, and your care plan was clear.", "en"),
    ("You haven't worked in a retirement home before, so the dementia module was new to you.", "en"),
    ("We're a busy bar, not a quiet cafe, so the pace matters and you kept up well.", "en"),
    ("You looked the part in the role-play, and your answers were clear.", "en"),
    ("We need staff to look the part, so the uniform and the shoes are provided.", "en"),
    ("Need help with childcare? Our crèche is open to all staff.", "en"),
    ("Wanted to say thanks for coming in on Friday; your till work was accurate.", "en"),
    # Children of the same age the work is with.
    ("Vi tror att din plan för barn i samma ålder fungerar bra i förskolan.", "sv"),
    ("Det äldsta systemet i verkstaden var det du lagade snabbast.", "sv"),
    ("Du ansvarade för vår äldsta kund, och ditt upplägg var det bästa vi såg.", "sv"),
    # Thanks for a disclosure or a congratulation with no concern and no change of priorities said of the reader.
    ("Thank you for letting us know about your dyslexia; the extra time in the written test was arranged.", "en"),
    ("Thanks for telling us about your back condition in advance, and your lifting technique in the practical was safe.", "en"),
    ("Congratulations on your recent wedding! Our priorities for the role are the audit and the budget.", "en"),
    ("Tack för att du berättade om din dyslexi i förväg, och ditt skriftliga svar var tydligt.", "sv"),
    ("Grattis till bröllopet! Våra prioriteringar för tjänsten är budgeten och revisionen.", "sv"),
    # The reader's own situation followed by a sentence saying it played no part.
    ("You told us you have diabetes and need short breaks to eat. That is no problem for us, so it did not affect our decision.", "en"),
    ("You mentioned you have a hearing loss. It played no part in our decision, which came down to the SQL test.", "en"),
    ("Du berättade att du har diabetes och behöver korta pauser. Det är inga problem hos oss, och det påverkade inte vårt beslut.", "sv"),
    ("Du nämnde din nedsatta hörsel. Det spelade ingen roll för beslutet, som handlade om SQL-provet.", "sv"),
    # A partner named with nothing of concern, or a business partner.
    ("You mentioned your partner Marcus is moving to Leeds with you, which is great news.", "en"),
    ("Our partner Acme prefers consultants with SAP experience, and yours is limited.", "en"),
    ("Du nämnde att din sambo Marcus också jobbar i branschen, och ditt case var starkt.", "sv"),
    # Children as the pupils, described by a wh-clause in a reason.
    ("We expect a lot of our TAs on that, because it's how the children learn.", "en"),
    ("We need calm staff at lunch, because that's what the kids need.", "en"),
    ("Vi ställer höga krav på det, eftersom det är så barnen lär sig.", "sv"),
]


#: Religious dress or an aid as a practical problem, a due date in a timetable, a career stage with a
#: slowing-down cue, people "from round here" as the employer's view, a Swedish-sounding name, "kulturell match".
PROBLEMS_DUE_DATES_STAGES_LOCALS = [
    ("We were aware the headscarf might raise questions with some parents, and you would be greeting them every morning.", "en", "FA001"),
    ("Honestly, the turban could be an issue with the hard hats on site, and we didn't think you'd want the hassle.", "en", "FA001"),
    ("The wheelchair might be a problem in our narrow stockroom, so we've offered the post to someone else, I'm sorry to tell you.", "en", "FA001"),
    ("With your due date in February, we needed someone who could see the product launch through.", "en", "FA001"),
    ("You told us you're due in April, so we went with someone who can commit to the whole project.", "en", "FA001"),
    ("At this point in your career we felt you'd want something with a slower pace than a busy ward.", "en", "FA001"),
    ("We wondered if at your stage you might rather wind down than take on a new caseload.", "en", "FA001"),
    ("The owners want staff who are from round here, and you live over in Leeds.", "en", "FA001"),
    ("Vi tror att ett mer svenskklingande namn skulle göra det lättare för dig i kundsamtalen.", "sv", "FA001"),
    ("Vi tror att du i det här skedet av din karriär skulle trivas bättre med något lugnare.", "sv", "FA001"),
    ("Vi kände att du inte var en kulturell match för säljgruppen.", "sv", "FA002"),
    # A career stage with a slowing-down cue said of a generic person, who stands for the reader.
    ("Someone at this point in their career is usually looking to slow down, not build a new caseload.", "en", "FA001"),
    ("People at that stage of their working life often want something less demanding than a busy ward.", "en", "FA001"),
    ("Någon i det här skedet av sin karriär vill oftast trappa ner snarare än bygga upp något nytt.", "sv", "FA001"),
    # "Someone from here" in Swedish, as the employer's or the clientele's wish ("gärna" inside the view).
    ("De vill gärna ha någon som kommer härifrån, så vi valde en annan snickare.", "sv", "FA001"),
    ("Vi söker helst personal som är från trakten.", "sv", "FA001"),
    # An aid the employer has arranged, with a concern about the reader voiced in that sentence or the next, or an aid denied.
    ("You mentioned you have dyslexia; we have text-to-speech, but we were worried you would be slow with the reports.", "en", "FA001"),
    ("You mentioned you use a wheelchair, and we have a ramp, but the stockroom would be hard for you.", "en", "FA001"),
    ("You mentioned you have dyslexia, and we have set up text-to-speech. Still, we were worried the reports would be too much for you.", "en", "FA001"),
    ("You mentioned you use a wheelchair, and there's no lift to the stockroom.", "en", "FA001"),
    ("Du nämnde att du har dyslexi, och vi har ordnat talsyntes, men vi tror att rapporterna skulle bli för tunga för dig.", "sv", "FA001"),
    ("Du nämnde att du sitter i rullstol, och det finns en ramp, men vi har svårt att se hur lagret skulle fungera för dig.", "sv", "FA001"),
    ("Du nämnde att du har dyslexi. Vi har talsyntes, men vi är oroliga att du skulle bli för långsam med rapporterna.", "sv", "FA001"),
    ("Du nämnde att du sitter i rullstol, och det finns tyvärr ingen hiss till lagret.", "sv", "FA001"),
    # Religious dress said to draw attention, in Swedish as in English; thanks for a disclosure with a concern voiced.
    ("Jag tror att slöjan skulle dra för mycket uppmärksamhet i kassan, och det vore inte rättvist mot dig.", "sv", "FA001"),
    ("Vi tror att din turban kan väcka frågor hos gästerna.", "sv", "FA001"),
    ("I think the hijab would draw too much attention in the dining room, which wouldn't be fair on you.", "en", "FA001"),
    ("Thank you for letting us know about your dyslexia, but we were worried the reports would be too much for you.", "en", "FA001"),
    ("Tack för att du berättade om din graviditet, men vi är oroliga att projektet blir för tufft för dig.", "sv", "FA001"),
    ("You told us you have diabetes. That made no difference, but we were worried the night shifts would be too much for you.", "en", "FA001"),
    ("Du berättade att du har diabetes. Det påverkade inte beslutet, men vi är oroliga att nattpassen blir för tunga för dig.", "sv", "FA001"),
    # An accent "with that accent" of the reader's speech, or the verb "bryta" of it; someone with a characteristic whom the
    # clientele is doubted to accept; a gender as the team's make-up with the reader steered elsewhere.
    ("I couldn't follow much of what you said with that accent, and our callers won't be as patient.", "en", "FA001"),
    ("Vi är inte säkra på att kunderna skulle lita på en säljare som bryter så mycket.", "sv", "FA001"),
    ("Vi tror inte att kunderna förstår dig när du bryter på ryska i telefon.", "sv", "FA001"),
    ("Vi är osäkra på hur de äldre brukarna skulle ta emot någon som bär slöja.", "sv", "FA001"),
    ("Killarna är inte vana vid att ha tjejer i gänget, så vi tror att du trivs bättre på ett kontor.", "sv", "FA001"),
    # Staff of an age taken on instead; a team's age and the clientele's wish for people of their own age.
    ("Our guests are mostly in their twenties, so we've gone with one of the younger girls.", "en", "FA001"),
    ("Vår personalstyrka är ung, och vi tror att kunderna vill möta någon i deras egen ålder.", "sv", "FA001"),
    # A family situation in a fronted "med" phrase, becoming a parent as the reason, an event the reader reported with life
    # changes said to be coming; an adjustment at the reader's request with a concern voiced still counts.
    ("Med två små barn hemma var vi oroliga för hur du skulle klara kvällspassen.", "sv", "FA001"),
    ("Eftersom du snart ska bli pappa kändes det fel att anställa dig just nu.", "sv", "FA001"),
    ("You mentioned the divorce goes through this spring, and we need someone without any big life changes coming up.", "en", "FA001"),
    ("As you requested in relation to your dyslexia, we sent the questions early, but we worried you'd struggle with the reports.", "en", "FA001"),
    ("Du berättade om din adhd och vi ordnade en paus, som du bad om, men vi är oroliga att du inte hinner med ärendena.", "sv", "FA001"),
]

#: Their look-alikes: the same words for a product, an institution, a deadline, a junior's next step, the
#: clientele, a test score, a campaign's name, or "kulturell match" as praise.
PROBLEMS_DUE_DATES_STAGES_LOCALS_LOOK_ALIKES = [
    ("The headscarf range you styled for the shoot was the best in the portfolio, but the costing was thin.", "en"),
    ("The wheelchair won't be a problem, as the office is step-free, and we look forward to seeing you.", "en"),
    ("Your accent was never an issue for us; the gap was the product knowledge.", "en"),
    ("The church might raise questions about the hall booking, so you were right to check the contract.", "en"),
    ("Our Sikh customers raised questions about the vegetarian range, which you answered well.", "en"),
    ("You missed the due date for the written task, which cost you marks.", "en"),
    ("Please send the two references by your due date next week.", "en"),
    ("You're due in the office at 9 on Monday for the induction.", "en"),
    ("At this stage of your career, the CeMAP course would be the best next step.", "en"),
    ("At this early stage of your career you may find a less demanding caseload helps you build confidence.", "en"),
    ("We'd like to win more customers from round here, and your local marketing plan was thin.", "en"),
    ("Most of our shoppers are from round here, and you knew the area well in the role-play.", "en"),
    ("You said you're from round here, which will make the early starts easier.", "en"),
    ("Your knowledge in the written test was solid at 86%.", "en"),
    ("The pass mark is 75, so at 72 you were just short on the numeracy test.", "en"),
    ("Vi tror att ett mer svenskklingande namn på kampanjen hade fungerat bättre, men din budget var tydlig.", "sv"),
    ("I det här skedet av din karriär tror vi att en kurs i budgetering vore det bästa nästa steget.", "sv"),
    ("Vi tror att du skulle vara en bra kulturell match, och vi hoppas att du söker igen.", "sv"),
    # A stage said of no one, of anyone at all, or of a junior; mentors at a later stage; a prayer room offered.
    ("The course suits people at any stage of their career who want a less stressful way to run projects.", "en"),
    ("Someone at an early stage of their career may find a less demanding caseload helps.", "en"),
    ("Our mentors are at a later stage of their career, and you'd learn a lot from them.", "en"),
    ("At this stage of the project we need someone calmer on the phones, and you were rushed in the mock call.", "en"),
    ("There is a prayer room on site if you need to pray during your shift, and the rota is flexible.", "en"),
    ("Kursen passar folk i alla skeden av sin karriär som vill ha ett lugnare tempo i projekten.", "sv"),
    ("I tidigt skede av din karriär kan en mindre krävande roll hjälpa dig att bygga upp självförtroendet.", "sv"),
    ("Det finns ett bönerum på plats om du vill be under dagen.", "sv"),
    ("Du kan be om ledighet under dagen om du behöver, och vi ser fram emot att höra av dig.", "sv"),
    # An aid, adjustment or facility the employer has arranged, set up, provides or offers, in its sentence or the next.
    ("You mentioned you have dyslexia, and we have set up text-to-speech on all our computers.", "en"),
    ("You told us you're hard of hearing; there is a hearing loop in every meeting room.", "en"),
    ("You mentioned your back problems, and we can provide an adjusted desk for the assessment day.", "en"),
    ("Since you mentioned your dyslexia, we will give you extra time in the written test.", "en"),
    ("You mentioned you use a wheelchair, and we've arranged a ramp at the staff entrance.", "en"),
    ("You mentioned you have dyslexia, and text-to-speech is available on every laptop.", "en"),
    ("You mentioned you have dyslexia. We'd be happy to arrange text-to-speech for the written test.", "en"),
    ("Du nämnde att du har dyslexi, och vi har ordnat talsyntes på alla datorer.", "sv"),
    ("Du berättade om din hörselnedsättning, och det finns hörslinga i alla mötesrum.", "sv"),
    ("Du nämnde dina ryggbesvär, och vi erbjuder ett höj- och sänkbart skrivbord.", "sv"),
    ("Eftersom du har dyslexi får du förlängd skrivtid på provet.", "sv"),
    ("Du nämnde att du sitter i rullstol, och vi har redan en ramp vid personalingången.", "sv"),
    ("Du nämnde att du har dyslexi, och talsyntes finns på alla datorer.", "sv"),
    ("Du nämnde att du har dyslexi. Vi kan erbjuda talsyntes på alla datorer.", "sv"),
    # Locals as the clientele, or knowledge of the area rather than where someone is from.
    ("Vi vill gärna ha fler kunder som är härifrån, och din marknadsplan var stark.", "sv"),
    ("Vi vill gärna ha någon som känner till busslinjerna i området, och du kunde dem utantill.", "sv"),
    ("Vi tror att en av oss ringer dig på fredag.", "sv"),
    # Religious dress as a product or denied as a problem; an interview moved for a holiday; hearing or sight with an aid.
    ("Slöjan i höstkollektionen drog mycket uppmärksamhet på mässan, och din monter var snygg.", "sv"),
    ("Din slöja skulle inte vara ett problem hos oss, och ditt kassaprov gick bra.", "sv"),
    ("Your hijab would not be an issue for us at all, and your till test was accurate.", "en"),
    ("Tack för att du var flexibel när vi flyttade intervjun eftersom den sammanföll med Eid.", "sv"),
    ("Thank you for being flexible when we moved your interview because it fell on Eid.", "en"),
    ("You told us about your hearing loss; there is a hearing loop in every meeting room.", "en"),
    ("You mentioned your hearing loss, and we have set up captions on all our calls.", "en"),
    ("Your analysis of hearing loss in older patients was thorough, but the care plan was thin.", "en"),
    ("Du berättade om din nedsatta hörsel, och det finns hörslinga i alla mötesrum.", "sv"),
    ("Du nämnde att du har nedsatt syn, och vi har ordnat förstoringsprogram på alla datorer.", "sv"),
    ("Du nämnde att du har nedsatt syn. Vi kan erbjuda förstoringsprogram och en större skärm.", "sv"),
    ("Du skrev en bra rapport om nedsatt hörsel hos äldre, men budgeten saknades.", "sv"),
    # An adjustment made at the reader's request, thanks with a time adverbial inside, a leave the employer could have
    # arranged around or said to have had no bearing, and a hope that the arrangements worked.
    ("I hope the arrangements worked for you: we sent the questions in advance, as you requested in relation to your autism.", "en"),
    ("Tack för att du i förväg berättade om din dyslexi. Vi skickade uppgiften skriftligt, som du bad om.", "sv"),
    ("Du berättade om din adhd. Vi bokade ett längre pass med en paus, som du bad om.", "sv"),
    ("Du skrev att du vill börja efter din föräldraledighet, och det hade vi kunnat lösa.", "sv"),
    ("Intervjun på distans påverkade inte bedömningen. Hör av dig när du närmar dig slutet av föräldraledigheten.", "sv"),
    # Children as the people the work is for, named as a service.
    ("Your Child in Need plan named who would do what by when, which is exactly what we look for.", "en"),
    ("Du har arbetat med barn som far illa, och vi tror att du skulle passa bra hos socialtjänsten.", "sv"),
    # Look-alikes of the new wordings: an accent as a requirement, breaking new ground, a young business, a team of both
    # genders, children placed in a group, a colleague past a "men", a wedding venue, a product of an age, good wishes.
    ("The voiceover brief requires a Scottish accent, and you read the script with that accent really well.", "en"),
    ("Du bryter ny mark med ditt förslag om digitala kvitton.", "sv"),
    ("Du bryter lite mot mallen i rapporten, men det var tydligt skrivet.", "sv"),
    ("Vi är en ung verksamhet, och vi tror att du skulle göra ett bra jobb här.", "sv"),
    ("Vi har både tjejer och killar i laget, och vi tror att du trivs bättre på ett större företag.", "sv"),
    ("Med tjugo barn i gruppen var vi oroliga för att det blev trångt i hallen.", "sv"),
    ("Vi är osäkra på schemat, men kollegan som bär slöja visar dig runt på måndag.", "sv"),
    ("You mentioned the wedding venue you managed took 200 covers, which suits our events side.", "en"),
    ("You mentioned the wedding is in August, so congratulations, and all the best for the big day.", "en"),
    ("We've gone with one of the younger models of the till system, so your training will be short.", "en"),
    ("Grattis till att du ska bli mamma! Vi hör gärna av oss när nästa tjänst dyker upp.", "sv"),
]


def test_a_candidates_own_due_date_in_a_request_does_not_fire(lint_text):
    text = ("Dear Ms Lund,\nThank you for letting me know. My due date is in March and I wear a hijab, so could you tell me "
            "whether either played a part, or whether it was my case study?\nBest,\nAisha")
    report = lint_text(text, "auto")
    assert report.kind == "request" and not fairness(report)


#: An age proxy ("earlier in their working life"), an operation on a body part, people like the reader in
#: origin ("closer to your own background"), an age stated of the reader with more of the sentence, a wanting party on
#: the employer's side ("the contractor wants lads"), another employer said to care less about age, and in Swedish a
#: leave that is the vacancy or a colleague's.
WORKING_LIFE_OPERATIONS_BACKGROUND_STATED_AGE = [
    # An early career stage as the preference, and a team's youth past where it works.
    ("Our team on reception is young, so we think someone at the start of their career would fit in better.", "en", "age"),
    ("We felt the trainee post would suit someone at the beginning of their career.", "en", "age"),
    ("Vi tror att någon i början av sitt yrkesliv passar bättre i teamet.", "sv", "ålder"),
    ("Vi söker helst någon tidigt i sin karriär till den här rollen.", "sv", "ålder"),
    ("Vårt gäng på lagret är ungt, så vi tror att du skulle trivas bättre någon annanstans.", "sv", "ålder"),
    ("The night rota is heavy, and we felt it would suit someone earlier in their working life.", "en", "age"),
    ("Honestly we were after someone at the start of their working life for the trainee desk.", "en", "age"),
    ("You told us your hip op is booked for the spring, so we went with someone else.", "en", "health"),
    ("You mentioned your surgery in March, so we went with someone who can start on the tools straight away.", "en", "health"),
    ("We felt you might be happier in a firm where the people are closer to your own background.", "en", "ethnicity or national origin"),
    ("I think you'd fit in better somewhere the staff are more similar to your own background.", "en", "ethnicity or national origin"),
    ("You're 58 and the site manager wants someone for the long haul.", "en", "age"),
    ("You're nearly 60, so the client went with a younger fitter.", "en", "age"),
    ("You'll be 62 next spring, and the scheme is meant for a long career.", "en", "age"),
    ("To be straight with you, the contractor wants lads for the roof work.", "en", "gender"),
    # A person of a gender imagined doing the job better, also after "felt like"; hiring of a gender.
    ("Felt like a bloke would just crack on with it easier, if I'm honest.", "en", "gender"),
    ("Honestly, a guy would have handled the night shifts better.", "en", "gender"),
    ("Straight answer: we're not taking on any girls on the concrete gang right now.", "en", "gender"),
    ("Ärligt talat skulle en kille nog passa bättre i gänget ute på lagret.", "sv", "kön"),
    ("Vi tar inte in nån tjej på bygget just nu.", "sv", "kön"),
    ("Vi anställer inga tjejer på lagret, tyvärr.", "sv", "kön"),
    # A national background wanted by the employer's side or its client.
    ("The client wants someone with a British background who knows how things are done here.", "en", "ethnicity or national origin"),
    ("Kunden ville ha någon med nordisk bakgrund som förstår hur man gör affärer här.", "sv", "etnisk tillhörighet eller nationellt ursprung"),
    ("Beställaren vill ha någon med svensk bakgrund i projektet.", "sv", "etnisk tillhörighet eller nationellt ursprung"),
    ("Worth trying the housing association, they're less fussy about age.", "en", "age"),
    ("Smaller firms tend to be more relaxed about age, so that might be worth a look.", "en", "age"),
    ("Try the agencies in town, age is less of an issue there.", "en", "age"),
    # The reader's own leave still counts beside a colleague's.
    ("Eftersom du är föräldraledig i höst valde vi en annan kandidat.", "sv", "familj eller graviditet"),
    ("Vi tror att din föräldraledighet gör det svårt att täcka upp för en kollega i höst.", "sv", "familj eller graviditet"),
    # The clientele said to prefer staff of a gender, an age, their own community, or staff like them (also as "some of…").
    ("Some of our parents feel more comfortable with female staff at nap time.", "en", "gender"),
    ("Most of our patients would rather have a male physio.", "en", "gender"),
    ("Our guests feel more at ease with waiters who look like them.", "en", "ethnicity or national origin"),
    ("Our members are mostly from the same estate, and they feel happier when the staff are the same as them.", "en", "ethnicity or national origin"),
    ("The families prefer workers from their own community.", "en", "ethnicity or national origin"),
    ("Många av våra kunder känner sig tryggare med en manlig mekaniker.", "sv", "kön"),
    ("De boende trivs bättre med personal i samma ålder.", "sv", "ålder"),
    ("Kunderna känner sig tryggare med personal som liknar dem.", "sv", "etnisk tillhörighet eller nationellt ursprung"),
    # A colleague's young age set against the reader's years or experience, with a concern about the reader.
    ("Our site supervisor is only 26, and we weren't sure someone with your experience would take instructions from him.", "en", "age"),
    ("Our head chef, Priya, is 31. With your twenty years in kitchens, I couldn't see you being happy working under her.", "en", "age"),
    ("The shift lead is in his early twenties, and we worried you'd find it hard to take instructions from him, given your years in the trade.", "en", "age"),
    ("Vår arbetsledare är 27, och med dina trettio år i branschen kan jag inte se dig ta order från henne.", "sv", "ålder"),
    # The team's young age or its average age set against the reader, and an age joke about the reader's long career.
    ("The warehouse crew are a young bunch, and we weren't sure you'd enjoy being in the thick of that.", "en", "age"),
    ("Our support team has an average age of 26, and we weren't sure you'd be comfortable in that mix.", "en", "age"),
    ("You've worked in print since before most of us were born, and we weren't sure you'd take to our tools.", "en", "age"),
    ("Arbetslaget har en medelålder på 31, och vi var osäkra på om du skulle trivas i tempot.", "sv", "ålder"),
    ("Du har jobbat med reklam sedan innan de flesta av oss var födda, och vi undrade om tempot passar dig.", "sv", "ålder"),
    # Children put as a logistics worry in Swedish: the reader "med två små barn", pick-ups and VAB as a practical problem.
    ("Vi funderade på hur kvällspassen skulle fungera för dig med två små barn hemma.", "sv", "familj eller graviditet"),
    ("Det blir ofta tufft med vabbdagar för dig när du jobbar natt, så vi valde en annan.", "sv", "familj eller graviditet"),
    ("Det blir lätt krångligt med hämtningar på förskolan, så vi valde en annan kandidat.", "sv", "familj eller graviditet"),
    # A gender as what the job requires in Swedish.
    ("Gänget på lagret är rätt grabbigt och tjänsten kräver en karl som orkar lyfta.", "sv", "kön"),
    # Being born or brought up locally as the employer's view; Swedish-sounding names as experience or as advice.
    ("We felt someone who was born and raised locally would be trusted more quickly by the tenants.", "en", "ethnicity or national origin"),
    ("Vi vill helst ha någon som är uppvuxen i området.", "sv", "etnisk tillhörighet eller nationellt ursprung"),
    ("Erfarenheten är att säljare med svenskklingande efternamn får fler möten bokade.", "sv", "etnisk tillhörighet eller nationellt ursprung"),
    ("Ett tips är att använda ett lite mer svenskt förnamn i ansökan, det har hjälpt andra.", "sv", "etnisk tillhörighet eller nationellt ursprung"),
    # Religion through a congregation, with a worry about how others would see it.
    ("You mentioned you are a deacon in your congregation, and we worried how parents might see that.", "en", "religion"),
    ("Du berättade att du är med i frikyrkan och leder bibelstudier, och vi är oroliga för hur vårdnadshavarna skulle uppfatta det.", "sv", "religion"),
    # Born or raised in a country, "not foreign", a nationality wanted; a young team with the reader steered elsewhere;
    # small children at home as a practical problem past the number.
    ("Vår erfarenhet är att kunderna känner sig tryggare med konsulter som är födda och uppvuxna i Sverige.", "sv", "etnisk tillhörighet eller nationellt ursprung"),
    ("Vi vill helst ha säljare som är uppvuxna i Sverige.", "sv", "etnisk tillhörighet eller nationellt ursprung"),
    ("Our clients are more comfortable with consultants who grew up in Britain.", "en", "ethnicity or national origin"),
    ("We prefer staff who were born and raised in the UK.", "en", "ethnicity or national origin"),
    ("Our customers prefer to deal with someone who is British, not foreign.", "en", "ethnicity or national origin"),
    ("Vi är ett ungt och drivet gäng på byrån. Vi kände att du kanske skulle passa bättre på en mer traditionell byrå där tempot är lite lugnare.", "sv", "ålder"),
    ("Vi landade i att det skulle bli svårt att få ihop med två små barn hemma.", "sv", "familj eller graviditet"),
    ("Det blir svårt att kombinera helgjouren med två små barn hemma för dig.", "sv", "familj eller graviditet"),
    # Small children "at home" put as a logistics burden on the reader, and a rule about mothers putting the children first.
    ("Honestly, the early finishes with three small kids at home would be a real juggle for you.", "en", "family or pregnancy"),
    ("Most mums always put the kids first, and we needed someone who would put the shop first.", "en", "family or pregnancy"),
    # A team's youth described in passing, with a concern about the reader fitting in or keeping up in the next sentence.
    ("Our kitchen is a really young, lively crew. I'm not sure you'd enjoy the pace.", "en", "age"),
    # National origin as the clientele's comfort, as complaints when staff were from abroad, as whom the employer takes on,
    # and as the team's make-up.
    ("Our clients feel more at ease when the advisers are Swedish, so we went with someone else.", "en", "ethnicity or national origin"),
    ("We've had a lot of complaints in the past when the drivers were from abroad.", "en", "ethnicity or national origin"),
    ("In the end we decided to take local staff for the night shifts.", "en", "ethnicity or national origin"),
    ("The crew is all local people, and we weren't sure you'd fit in with them.", "en", "ethnicity or national origin"),
    # An age group as the employer's bad experience, in both languages.
    ("We've had bad experiences with drivers over 60, and we weren't sure you'd cope.", "en", "age"),
    ("Vi har haft dåliga erfarenheter av personal som är över 55.", "sv", "ålder"),
    ("Ärligt talat har vi dåliga erfarenheter av chaufförer över 60.", "sv", "ålder"),
    # Thanks for a disclosure, however worded, or a holiday that a date clashed with, still count with a concern voiced.
    ("Thanks for mentioning early on that you wear a hearing aid, but we were worried you'd miss the radio calls.", "en", "health"),
    ("Vi tackar för att du sa till om din hörselnedsättning, men vi är oroliga att du missar anropen.", "sv", "hälsa"),
    ("Intervjudagen krockade med ramadan, och vi tror att de långa passen blir för tunga för dig.", "sv", "religion"),
]

#: Their look-alikes: a professional background, numbers that are not ages, an employer's own attitude or a
#: comparison of what matters, a contractor's wishes about the work, and in Swedish a leave that is the vacancy.
WORKING_LIFE_OPERATIONS_BACKGROUND_STATED_AGE_LOOK_ALIKES = [
    # What a scheme of the employer's is for, and a team's youth with no view or concern about the reader.
    ("Our graduate scheme is aimed at people at the start of their career, and the next intake opens in May.", "en"),
    ("Vårt traineeprogram riktar sig till personer i början av sitt yrkesliv, och nästa omgång öppnar i maj.", "sv"),
    ("Vårt team i receptionen är ungt och nyfiket, och du imponerade på alla med ditt lugn.", "sv"),
    ("Earlier in their working life most of our leads spent a year on the shop floor, and you have done that too.", "en"),
    # A time in the reader's past that a past-tense verb is dated by.
    ("Earlier in your career you ran a team of five, and it showed in the scenario.", "en"),
    ("Early in your career you had worked nights on a surgical ward, which helped in the role-play.", "en"),
    ("Your knee-high waders were the right call for the river survey, and your sampling was careful.", "en"),
    ("The op-amp question was the one you were unsure about.", "en"),
    ("You might enjoy a role closer to your own background in logistics.", "en"),
    ("The brief was closer to your own background as a nurse than the other candidates', and it showed.", "en"),
    ("A firm whose work is closer to your own background might suit you better.", "en"),
    ("You're 61% of the way through the modules, which is good progress.", "en"),
    ("You're 15 minutes from the depot, which makes the early starts easy.", "en"),
    ("You'll be 20 minutes from the site, and the van is provided.", "en"),
    ("We're less bothered about age than about the 18th edition, and yours is current.", "en"),
    ("Honestly, clients are less bothered about age than about the certificates, and yours are fine.", "en"),
    ("Our clients are less fussy about the age of the kit than about the paperwork, which you handled well.", "en"),
    ("The main contractor wants the test sheets by Friday, which you did well.", "en"),
    ("Our contractor is happy to take apprentices, and your certificates are in order.", "en"),
    # A person of a gender described further, or doing nothing better; hiring with no characteristic; a professional background.
    ("A man from the agency would call you sooner than the portal does.", "en"),
    ("A woman at reception would give you a visitor badge on the day.", "en"),
    ("A lad on the crew said you'd be better off parking at the back gate.", "en"),
    ("We're not taking on any apprentices this year, but your CV is strong.", "en"),
    ("We need someone with an accounting background, and yours is in logistics.", "en"),
    ("Your British Army background shows in how you run a briefing.", "en"),
    ("Vi tar inte in nån praktikant i höst, men sök gärna igen.", "sv"),
    ("Vi anställer både killar och tjejer till lagret, så sök gärna igen.", "sv"),
    ("Din tekniska bakgrund syntes i caset, och kunden vill ha någon med din erfarenhet.", "sv"),
    ("Sök gärna igen i vår, för vi har en föräldraledighet att täcka från mars.", "sv"),
    ("Vi söker en vikarie för en föräldraledighet och hoppas att du söker.", "sv"),
    ("Jag hoppas att du söker igen, eftersom en kollega går på föräldraledighet i höst.", "sv"),
    ("Vi behöver täcka upp för en kollegas sjukskrivning, så sök gärna igen.", "sv"),
    # Clienteles that prefer a qualification or a job-related language, clients of a community, likeness in a respect.
    ("Parents feel safer with staff who hold a first-aid certificate, and yours has lapsed.", "en"),
    ("Most of our clients prefer a Swedish-speaking adviser, as the pension forms are only in Swedish, and your Swedish was hesitant in the test.", "en"),
    ("Some of our parents asked about your session with the toddlers, and they loved it.", "en"),
    ("Our customers are mostly from our own community, and your menu idea suited them well.", "en"),
    ("We need teachers who are like them in their curiosity, and your lesson showed that.", "en"),
    ("Föräldrarna känner sig tryggare med personal som har HLR-utbildning, och din har gått ut.", "sv"),
    ("Elever med adhd kände sig tryggare med dig, och det märktes i lektionen.", "sv"),
    ("Vi söker lärare som liknar dem i intressen, och din lektion visade det.", "sv"),
    # A colleague's age or a team's size with no concern, no years of the reader's, or as a distance.
    ("Our supervisor is 27 and she'll be your mentor; we think you'll get on well.", "en"),
    ("Our client manager, Jordan, is 29, and with your experience in Xero you'd be a great support to him.", "en"),
    ("Our client manager is 29 minutes away by train, and we weren't sure the commute would work for you.", "en"),
    ("The team is 24, and with your years in management we weren't sure you'd want such a flat structure.", "en"),
    ("Vår arbetsledare är 27, och med din erfarenhet av Visma blir du ett bra stöd för henne.", "sv"),
    # The age of buildings or stock, the clientele's average age, a firm founded before the staff were born.
    ("Our office block went up before most of us were born, so parking is tight, but your case study was strong.", "en"),
    ("Our housing stock has an average age of 60 years, and you'd be surveying it every week.", "en"),
    ("Kundernas snittålder är 78, och vi var osäkra på hur du hanterade tempot i caset.", "sv"),
    ("Byrån grundades innan många av oss var födda, och din portfolio var stark.", "sv"),
    # Liking children as the work, VAB as the team's staffing problem the reader solved, a lifting requirement for anyone.
    ("Det märktes att du tycker om barn, och din plan för utflykten var genomtänkt.", "sv"),
    ("Du berättade hur du löste bemanningen när det var tufft med VAB i personalgruppen.", "sv"),
    ("Tjänsten kräver att man orkar bära gips hela dagarna, och i provet bar du bara hälften.", "sv"),
    # Growing up locally as knowledge of the area; a name written clearly; a foreign degree as the programme's target;
    # the employer's own congregation.
    ("You grew up locally, so you already know the bus routes, and your route plan was the best we saw.", "en"),
    ("Du är uppvuxen i trakten och hittade därför snabbt i caset om busslinjerna.", "sv"),
    ("Ett tips är att skriva ditt namn tydligt överst i CV:t.", "sv"),
    ("Programmet riktar sig till personer med utländsk sjuksköterskeexamen, och vi har fler sökande än platser.", "sv"),
    ("Vi i pingstförsamlingen har valt att gå vidare med en annan sökande till tjänsten som ungdomsledare.", "sv"),
    # Growing up in a country as knowledge, travel from here, a language as the requirement, a young team with no steer,
    # a colleague's leave as the vacancy, small children as the work.
    ("You grew up in Leeds, so you already know the bus routes, and your route plan was good.", "en"),
    ("We need someone who can drive from here to Leeds twice a week, and your licence is fine.", "en"),
    ("Du är uppvuxen i Sverige och kan därför systemet väl, och ditt kodtest var starkt.", "sv"),
    ("Vi söker någon som kan resa från Sverige till Norge varje vecka, och din erfarenhet passar.", "sv"),
    ("Our customers are mostly German companies, so we need someone who is fluent in German, and your German was hesitant.", "en"),
    ("We want someone who is German-speaking for the Munich accounts, and your German was hesitant.", "en"),
    ("Vi är ett ungt och drivet gäng på byrån. Vi tror att du skulle lära dig mycket här.", "sv"),
    ("Vi är ett ungt och växande företag. Du skulle passa bättre i en roll med mer kundkontakt.", "sv"),
    ("Tjänsten är ett vikariat eftersom Sara, en av våra förskollärare, är föräldraledig till augusti.", "sv"),
    ("The post is a fixed-term cover because Sarah, one of our teachers, is on maternity leave until August.", "en"),
    ("Du har arbetat med tre små barn i förskolan, och din planering var tydlig.", "sv"),
    ("Det blev svårt att få ihop schemat med tre små barngrupper, men du löste det bra i caset.", "sv"),
    # Thanks for a disclosure worded freely, met with an adjustment; a holiday that a date clashed with, and the date moved.
    ("Thank you for telling us on your form that you use a hearing aid; the assessor gave the directions in writing, as you asked.", "en"),
    ("Thanks again for letting us know before the day that you have epilepsy. We booked a ground-floor room.", "en"),
    ("Först vill jag tacka för att du sa till om din astma när vi bokade provdagen, så att vi kunde vädra lokalen.", "sv"),
    ("Tack också för att du hörde av dig om att vår föreslagna provdag krockade med eid al-adha. Vi flyttade den gärna.", "sv"),
    ("Our first proposed interview date clashed with Diwali, so we moved it to the Thursday.", "en"),
    # Small children at home as the clientele's, or in the nursery; parents in general as the clientele.
    ("You'd be supporting families with small children at home, which can be hard for you at first.", "en"),
    ("The role is in our baby room, caring for small children, and you were great with them.", "en"),
    ("Parents always put the kids first, so you'd need to handle complaints calmly.", "en"),
    # A young team with a concern about the work, not about fitting in; locals as the clientele or as knowledge; a
    # nationality as a language or a product; complaints about anything else.
    ("We're a young, friendly team. We weren't sure your SQL was strong enough, though.", "en"),
    ("Our customers are all local people, and we think you'd know them well.", "en"),
    ("We want to reach more local people, and your marketing plan did that well.", "en"),
    ("You have good local knowledge of the area's roads, which helped on the route test.", "en"),
    ("Your British Sign Language skills were a real plus for the reception role.", "en"),
    ("We had complaints from clients abroad about the phone lines, and you handled the mock call well.", "en"),
    # An age group in a policy, and an age of a thing.
    ("Our drivers over 60 can apply for the reduced-hours scheme after a year.", "en"),
    ("Våra förare som är över 60 kan söka till schemat med kortare dagar.", "sv"),
    ("Vi har ett lager som är över 50 år gammalt, och du hittade snabbt.", "sv"),
]


#: An aversion in the conditional voiced about the reader after their own situation ("I'd hate to put you in a situation that
#: set you back", a "wouldn't want" in other words), roots in a place as an origin proxy under a view, and in Swedish a
#: nationality's look ("en mer klassiskt svensk framtoning") and a stated age that a measure beside it does not excuse.
AVERSION_ROOTS_LOOKS = [
    ("You mentioned the time off you had with depression last year. I'd hate to put you under that kind of pressure again.", "en", "health"),
    ("You were open about the sick leave you took for burnout, and I'd hate to see you go through that again here.", "en", "health"),
    ("We felt someone with roots in the community would be trusted more quickly by the tenants.", "en", "ethnicity or national origin"),
    ("Honestly, the residents would rather have someone with local roots.", "en", "ethnicity or national origin"),
    ("Vi tror helt enkelt att en mer svensk framtoning passar bättre i kassan.", "sv", "etnisk tillhörighet eller nationellt ursprung"),
    ("Kunderna vill nog ha någon med ett mer nordiskt utseende i receptionen.", "sv", "etnisk tillhörighet eller nationellt ursprung"),
    ("Du är 61 och klarade 62 rader i timmen, men vi tror att tempot blir för högt för dig.", "sv", "ålder"),
]

#: Their look-alikes: an aversion about something else, about the reader's things only, or not conditional; roots that are
#: the reader's own with no view, or the employer's; a look that is a thing's; a number that is a requirement or a limit.
AVERSION_ROOTS_LOOKS_LOOK_ALIKES = [
    ("You mentioned the time off you had for anxiety last year. I'd hate for the form to go missing, so I've attached it again.", "en"),
    ("You mentioned the time off you had for anxiety last year. I'd hate to lose your details, so we'll keep your form on file.", "en"),
    ("You mentioned the time off you had for anxiety last year. I hate to say it, but your case study missed the budget.", "en"),
    ("You have roots in the area, so you already know the estate, and your housing plan was strong.", "en"),
    ("We'd love to put down roots in the area with a second shop, and your plan for it was strong.", "en"),
    ("Vi vill ha ett mer skandinaviskt utseende på hemsidan, och din skiss var bra.", "sv"),
    ("Du plockade 62 rader i timmen när kravet är 90, så du får gärna söka igen.", "sv"),
    ("Gränsen är 75, och du fick 68 poäng, så det räckte inte den här gången.", "sv"),
]


#: In Swedish, the reader's (and their partner's) plans for more children ("ni planerar för fler barn", "era planer på fler
#: barn"), and a gender as the team's make-up or the reader as the only one of a gender there ("laget är fyra grabbar", "som
#: enda tjej där"), with a doubt about how the reader would fit in in that sentence or the next.
PLANS_TEAM_MAKE_UP = [
    ("Eftersom ni vill ha fler barn tror vi att de långa passen blir svåra för dig.", "sv", "familj eller graviditet"),
    ("Med tanke på era planer på fler barn passar nog en annan roll bättre för dig.", "sv", "familj eller graviditet"),
    ("Du nämnde att ni funderar på ett barn till, och vi tror att projektstarten blir för tung för dig.", "sv", "familj eller graviditet"),
    ("Vi tänkte att det inte är rätt upplägg för dig nu när ni försöker få fler barn.", "sv", "familj eller graviditet"),
    ("Vi är fem killar på verkstan, och vi är osäkra på om du skulle känna dig hemma.", "sv", "kön"),
    ("Arbetslaget består mest av kvinnor, och vi var osäkra på om du skulle trivas.", "sv", "kön"),
    ("Gänget är fyra grabbar som jobbat ihop i tio år. Ärligt talat tror jag inte att du skulle trivas där.", "sv", "kön"),
    ("Det är rå jargong på bygget, och jag är osäker på om du skulle trivas som enda tjej där.", "sv", "kön"),
]

#: Their look-alikes: more children that are the clientele (placed, counted or made to do something); a team of one gender
#: described with no doubt about the reader, or with a changing room offered and a reassurance; the reader as the only one
#: of a gender in praise.
PLANS_TEAM_MAKE_UP_LOOK_ALIKES = [
    ("I ditt case planerar du för fler barn i gruppen än vi har plats för, och inskolningen saknades.", "sv"),
    ("Du försöker få fler barn att läsa, och det märktes i rollspelet.", "sv"),
    ("Vi planerar för fler barn i höst, så du skulle få ansvar för inskolningen.", "sv"),
    ("Laget är sex gubbar som ser fram emot att få en ny lärling.", "sv"),
    ("Laget är fyra gubbar och du får ett eget omklädningsrum, så jag tror att du skulle trivas.", "sv"),
    ("Laget är sex gubbar, men vi har ordnat ett eget omklädningsrum åt dig. Jag tror inte att du skulle få några problem.", "sv"),
    ("Arbetslaget består mest av kvinnor, och du skulle få en handledare från första dagen.", "sv"),
    ("Du var den enda tjejen i gruppen som ställde frågor om fallet, och det märktes.", "sv"),
]


@pytest.mark.parametrize(
    ("sentence", "marked"),
    [
        ("You're 58 and the site manager wants someone for the long haul.", "You're 58"),
        # A colleague's age is marked from the colleague to the number.
        ("Our head chef, Priya, is 31. With your twenty years in kitchens, I couldn't see you being happy working under her.",
         "Our head chef, Priya, is 31"),
    ],
)
def test_a_stated_age_is_the_mention_without_the_rest_of_the_sentence(lint_text, sentence, marked):
    text = _wrap(sentence, "en")
    (found,) = fairness(lint_text(text, "feedback", lang="en"))
    assert text[found.start:found.end] == marked


@pytest.mark.parametrize(("text", "lang", "code"), PROBLEMS_DUE_DATES_STAGES_LOCALS)
def test_practical_problems_due_dates_career_stages_and_locals_fire(lint_text, text, lang, code):
    assert [f.code for f in fairness(lint_text(_wrap(text, lang), "feedback", lang=lang))] == [code]


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    RECORDS_OBSERVANCE_GENERALISATIONS + PREGNANCY_BODY_STATUS_AGE + WORKING_LIFE_OPERATIONS_BACKGROUND_STATED_AGE
    + AVERSION_ROOTS_LOOKS + PLANS_TEAM_MAKE_UP,
)
def test_a_characteristic_as_a_reason_is_named_in_the_message(lint_text, text, lang, what):
    found = fairness(lint_text(_wrap(text, lang), "feedback", lang=lang))
    assert [f.code for f in found] == ["FA001"] and what in found[0].message


@pytest.mark.parametrize(
    ("text", "lang"),
    WIDER_LOOK_ALIKES + FAMILY_LOOK_ALIKES + WORK_POLICY_CUSTOMER_LOOK_ALIKES + THINGS_RELATIVES_WRITER_LOOK_ALIKES
    + PROBLEMS_DUE_DATES_STAGES_LOCALS_LOOK_ALIKES + WORKING_LIFE_OPERATIONS_BACKGROUND_STATED_AGE_LOOK_ALIKES
    + AVERSION_ROOTS_LOOKS_LOOK_ALIKES + PLANS_TEAM_MAKE_UP_LOOK_ALIKES,
)
def test_look_alikes_do_not_fire(lint_text, text, lang):
    assert not fairness(lint_text(_wrap(text, lang), "feedback", lang=lang))


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # A life stage as a proxy, governed by a reason.
        ("Given where you are in life, we think a quieter role would suit you better.", "en", "FA001"),
        # A disclosure is excused by an offer of adjustments in the next sentence, but not with a concern.
        ("You mentioned on your form that you are dyslexic. Even with adjustments, we weren't sure you'd keep up with the reports.", "en", "FA001"),
        ("Du nämnde att du har dyslexi. Även med anpassningar var vi oroliga att du inte skulle hinna med rapporterna.", "sv", "FA001"),
        # "Played no part" does not excuse a sentence that turns to a concern.
        ("Your pregnancy played no part in the decision, but we weren't sure you'd manage the travel.", "en", "FA001"),
        ("Din föräldraledighet påverkade inte beslutet, men vi tror att resorna blir för tunga för dig.", "sv", "FA001"),
        # The reader at home with children now, and a concern.
        ("You're at home with a newborn at the moment, and we couldn't see how the early starts would work for you.", "en", "FA001"),
        # A liking for a kind of person on the employer's side.
        ("They like a younger guy on the till, so it was never going to work for you.", "en", "FA001"),
        # A negated view over an impersonal "it" with the fit.
        ("I don't think that would be the right cultural fit for the studio.", "en", "FA002"),
        ("Vi tror inte att det skulle bli en kulturell match för någon av parterna.", "sv", "FA002"),
    ],
)
def test_life_stages_households_likings_and_negated_fit_views_fire(lint_text, text, lang, code):
    assert [f.code for f in fairness(lint_text(_wrap(text, lang), "feedback", lang=lang))] == [code]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wherever you are in your career, the CeMAP course is worth doing.", "en"),
        ("Du nämnde att du har dyslexi. Om du behöver anpassningar vid nästa prov ordnar vi det gärna.", "sv"),
        ("Din sjukskrivning spelade ingen roll för beslutet, som byggde på caset.", "sv"),
        ("We want to be clear that your age was not a factor; the gap was the budget answer.", "en"),
        ("You were on your own with the kids in the trial session, and we weren't sure you'd planned the craft table.", "en"),
        ("Du mötte en muslimsk kund i rollspelet och bemötte hen väl.", "sv"),
        ("We didn't think it mattered, and you'd be a great culture fit.", "en"),
    ],
)
def test_life_stage_household_and_no_bearing_look_alikes_do_not_fire(lint_text, text, lang):
    assert not fairness(lint_text(_wrap(text, lang), "feedback", lang=lang))


#: Graduation years, a hire's age, staff from a part of town, a transition, religious dress in its other forms, a clientele's
#: wish about a mother tongue or a name, children at home, and a gendered team with a worry that the reader would be unhappy.
GRADUATION_HIRE_RESIDENCE_TRANSITION = [
    # The reader's graduation year set against others' recent graduation, or with a concern.
    ("Looking at your CV, you graduated in 1991, and the analysts here all finished university within the last five years.", "en", "age"),
    ("You qualified back in 1988, and we weren't sure you'd adapt to the new system.", "en", "age"),
    ("You finished university in the nineties, and the rest of the team are all recent graduates.", "en", "age"),
    ("Du tog examen 1991, och resten av teamet tog examen under de senaste fem åren.", "sv", "ålder"),
    # The age of the person the employer has chosen.
    ("We've gone with Kieran for the role. Kieran's 26 and full of ideas.", "en", "age"),
    ("We offered the post to Priya, who is 24, and she starts in May.", "en", "age"),
    ("The successful candidate is 27, and she has run two sites.", "en", "age"),
    # Where staff live or come from, after a reaction of the clientele's or the employer's to them.
    ("Some of our residents are funny about carers from the Eastfield estate, and I didn't want you to have a hard time.", "en", "ethnicity"),
    ("Our clients can be sniffy about staff from the wrong side of town, and I didn't want that for you.", "en", "ethnicity"),
    ("Vi har haft problem med personal som bor i Rinkeby, så vi valde någon annan.", "sv", "etnisk"),
    ("Våra kunder är skeptiska till personal från förorten, och vi tror inte att du skulle trivas.", "sv", "etnisk"),
    # The writer's own trouble with people from a place, told as the reason, with no "du" in the sentence.
    ("Vi har haft otur med folk från Rosengård tidigare, de har slutat efter några veckor.", "sv", "etnisk"),
    ("We've had real trouble with lads from the Hillside estate, they never last the winter.", "en", "ethnicity"),
    # A name the panel struggled with.
    ("Några i panelen hade svårt med ditt namn, och jobbet har mycket telefonkontakt.", "sv", "etnisk"),
    # Work called too much for a gender; the reader's husband's job as what weighed in; a pregnancy guessed; the answer to
    # why the reader was turned down.
    ("It's a lot of lifting for a lady on this site, we carry the rebar up by hand.", "en", "gender"),
    ("Det är mycket lyft för en tjej på just det här bygget.", "sv", "kön"),
    ("En sak som vägde in var att din mans jobb på gruvan bara är ett kontrakt.", "sv", "civilstånd"),
    ("Ärligt talat gissade vi efter intervjun att det kanske är en bebis på väg.", "sv", "familj"),
    ("Svar på din fråga om varför du inte fick platsen: det var hörapparaten.", "sv", "hälsa"),
    # An internal candidate's life known to the manager: retirement, a husband's transfer, going part-time for the children, a
    # team of the reader's country; and the staff or a young team as the reason.
    ("Nobody knows the site like you do, but you'll be retiring in a few years anyway.", "en", "age"),
    ("With your husband's transfer to Edinburgh on the cards, it made sense to hold the slot for someone else.", "en", "marital"),
    ("My site lads are old school and they aren't going to take orders from a girl.", "en", "gender"),
    ("Grabbarna på lagret tar inte order från en tjej, tyvärr.", "sv", "kön"),
    ("Du går ju i pension om några år ändå.", "sv", "ålder"),
    ("När du går ner i tid för barnen till hösten går ekvationen inte ihop.", "sv", "familj"),
    ("Ärligt talat är vi en ung arbetsgrupp, och jag tror inte att du hade trivts i längden.", "sv", "ålder"),
    ("Vi har dock tänkt oss en kille till tjänsten.", "sv", "kön"),
    ("Vi har redan många i teamet från samma land som du.", "sv", "etnisk"),
    # Relayed by an agency or said at an audition: an age limit preferred, a married couple hoped for, the reader read as older,
    # treatment as a gap, and a gendered team to fit in with when a concern about the reader follows.
    ("The depot manager said they prefer drivers under 50 for the new electric fleet.", "en", "age"),
    ("To be honest, we were hoping for a married couple who would settle here.", "en", "marital"),
    ("Next to Tom you read a little older than we'd pictured.", "en", "age"),
    ("They had concerns about the gap for your treatment last year.", "en", "health"),
    ("De var oroliga för glappet under din behandling.", "sv", "hälsa"),
    ("The squad wants someone who'll gel with the lads, and I think you'd have found that hard going.", "en", "gender"),
    ("Your wife called to say you can't do weekends, and with that we felt the role would not work for you.", "en", "marital"),
    ("We hope for your family that the move goes well, but with three kids we felt the hours would be too much for you.", "en", "family"),
    # A practice named as the reader's through "your observance of", religious jewellery worn, a health word the parser hangs
    # elsewhere, and in Swedish a fronted "då", a hesitation the word caused, and a judgement in its own clause after a requirement.
    ("However, the panel noted your observance of the Sabbath and the resulting unavailability on Friday afternoons.", "en", "religion"),
    ("The panel felt the cross you wore would not sit well with our brand standard.", "en", "religion"),
    ("The gap in 2023 that you explained as stress leave raised real doubts about whether you'd cope here.", "en", "health"),
    ("Då sabbaten infaller från fredag kväll har rekryteringsgruppen gjort bedömningen att du inte kan fullgöra schemat.", "sv", "religion"),
    ("Det som fick oss att tveka är bönen under passen.", "sv", "religion"),
    ("Tjänsten innebär visningar i hela museet, och vi bedömer att det blir svårt att genomföra med rullstol.", "sv", "hälsa"),
    # A life stage with a slowing cue, a pregnancy and a parent's care in everyday words, an age compared with the clientele's,
    # a characteristic pointed at under a refusal; in Swedish the reader's age said outright, a remark, and children in plain words.
    ("I'm looking for someone settled, and at this point in your life I think you'd want something steadier.", "en", "age"),
    ("With a little one on the way I don't want to pile pressure on you.", "en", "family"),
    ("With your mum's care to juggle, I worried it would all be too much for you.", "en", "family"),
    ("Our crowd is mostly students, and we would like someone closer to their age behind the counter.", "en", "age"),
    ("Our guests don't book a country inn to be greeted by that accent.", "en", "origin"),
    ("Med ett barn på väg tror jag inte att de tidiga passen blir hållbara.", "sv", "familj"),
    ("Du sköter din mammas omsorg på eftermiddagarna, och jag är rädd att det blir för tungt för dig.", "sv", "familj"),
    ("De andra i supporten är mellan 22 och 27, och du kunde vara deras pappa.", "sv", "ålder"),
    ("Du är väldigt ung, och jag tror att du behöver landa lite i livet först.", "sv", "ålder"),
    ("Du är lite för gammal för vårt gäng, tror vi.", "sv", "ålder"),
    ("Med dina två små blir det för många VAB-dagar för oss.", "sv", "familj"),
    # A joint condition, a view reached together, a concern voiced in the passive, and an age as a coming birthday.
    ("Ärligt talat är vi osäkra på hur nattpassen skulle gå med din artros.", "sv", "hälsa"),
    ("I ledningsgruppen landade vi i att en yngre lärare når eleverna i nian bättre.", "sv", "ålder"),
    ("Det har framförts oro från arbetsgruppen kring att ha en manlig undersköterska på avdelningen.", "sv", "kön"),
    ("Vi söker folk som kan stanna länge, och med tanke på att du fyller 64 nästa år blir det svårt.", "sv", "ålder"),
    ("Vi behöver någon som kan passa in bland grabbarna, och vi tror att du hade haft det tufft.", "sv", "kön"),
    # The reader's gender transition or identity.
    ("I know you're going through a lot with your transition, and some of our customers are set in their ways.", "en", "gender"),
    ("You mentioned your gender identity, and we weren't sure how the regulars would react.", "en", "gender"),
    ("Vi tror att medlemmarna skulle reagera på att du är mitt i din transition.", "sv", "kön"),
    # Religious dress in its plural or definite form.
    ("We weren't sure how the headscarves would go down with the front-of-house dress code, and you'd be on the door.", "en", "religion"),
    ("Vi hade svårt att se hur det skulle gå ihop med hijaben i receptionen.", "sv", "religion"),
    # A clientele's wish about a mother tongue, a name they recognise themselves in.
    ("Kunden har önskemål om att konsulten ska ha svenska som modersmål, så vi valde en annan kandidat.", "sv", "etnisk"),
    ("Vår erfarenhet är att kunderna svarar bättre på ett namn de känner igen sig i.", "sv", "etnisk"),
    # Children at home with a burden on the reader; a gendered team and a worry that the reader would be unhappy.
    ("Det skulle bli tufft för dig med nattpassen med två små barn hemma.", "sv", "familj"),
    ("Killarna på bygget har jobbat ihop länge, och vi vill inte att du ska vantrivas.", "sv", "kön"),
]

#: Their look-alikes: a graduation year with nothing set against it or the reader's own later qualification, a counted set of
#: pupils or players, a number that is not an age, a colleague's age with no concern, where staff live as a requirement or an
#: agency complained about, a transition to a role or wished well, others' children at home, a wish of the reader's, a
#: reassurance, and things people recognise themselves in.
GRADUATION_HIRE_RESIDENCE_TRANSITION_LOOK_ALIKES = [
    ("You graduated in 2019 and have led two audits since, which impressed us.", "en"),
    ("You graduated in 1991, and I think your audit experience would suit the senior post better.", "en"),
    ("You graduated in 1991 and qualified as an ACA within the last two years, which shows real drive.", "en"),
    ("Du tog examen 2019 och har sedan dess lett två revisioner.", "sv"),
    ("You kept all six children on task for the full ten minutes.", "en"),
    ("You settled the four kids at the back table quickly, and the plenary was clear.", "en"),
    ("Hur tänkte du när tolv killar fick stå i kö bakom en enda kon?", "sv"),
    ("Du hade sex tjejer och fyra killar i gruppen, och alla kom igång snabbt.", "sv"),
    ("We've gone with Kieran, who has 26 years in the trade.", "en"),
    ("We've gone with Kieran. Kieran's 26 covers were the most we've seen on a trial shift.", "en"),
    ("We've gone with Kieran for the role. Kieran is 26 miles closer to the site.", "en"),
    ("Our head chef, Priya, is 31, and she'll show you round on Monday.", "en"),
    ("We're looking for carers who live in Westfield, as the rounds start at 7.", "en"),
    ("Some of our clients were unhappy with carers from the agency, which is why we're recruiting directly.", "en"),
    ("Our clients are a bit funny about paperwork, and your forms were tidy.", "en"),
    ("Vi söker personal som bor i Kiruna, eftersom jouren kräver det.", "sv"),
    ("Vi har haft problem med personal från bemanningsföretaget, och därför anställer vi direkt.", "sv"),
    ("Your transition from teaching into HR came across well in the interview.", "en"),
    ("I hope your transition goes smoothly, and thanks for your time.", "en"),
    ("You told us you're leaving the army. Good luck with your transition, and thanks again.", "en"),
    ("We welcome applicants of any gender identity, and your till test was accurate.", "en"),
    ("Din transition till en chefsroll gick smidigt enligt dina referenser.", "sv"),
    ("Jag hoppas att din transition går smidigt.", "sv"),
    ("Föräldrar med små barn hemma uppskattar kvällsöppet, och din idé var bra.", "sv"),
    ("Du hade önskemål om att börja i augusti, och det går bra.", "sv"),
    ("Vi har bedömt att du behöver mer erfarenhet av upphandling.", "sv"),
    ("Grabbarna i laget ser fram emot att träffa dig, och jag tror inte att du kommer att vantrivas.", "sv"),
    ("Kunderna uppskattar exempel som de känner igen sig i, och ditt case hade flera.", "sv"),
    # The reader's relative running an errand, and good wishes for the reader's family.
    ("Your wife called to say you're well, which was good to hear.", "en"),
    ("Your husband dropped the signed forms off this morning, thank you.", "en"),
    ("We hope for your family that things settle soon.", "en"),
    ("We wish you and your children all the best with the move north.", "en"),
    # A thing or pupils the reader worked on, a faith's practice as a subject taught, and a requirement with no judgement of the reader.
    ("You retubed the behind-the-ear hearing aid neatly and talked the patient through it.", "en"),
    ("Prepare a challenge card so you can move children on without stopping the class.", "en"),
    ("The class compared fasting in Islam with Lent, and your questions were sharp.", "en"),
    ("Eleverna fick jämföra sabbaten i judendomen med fastan under ramadan, och uppgiften var konkret.", "sv"),
    ("Tjänsten innebär visningar i hela museet, och hissen går till alla våningar för den som använder rullstol.", "sv"),
    ("Då gick vi vidare till frågan om hur du skulle planera sabbatsfirandet i religionskunskapen.", "sv"),
    ("I hope your mum's care is going well, and thank you for the interview.", "en"),
    ("You mentioned your children, and we can offer flexible hours.", "en"),
    ("Thank you for being so open about caring for your mum. It played no part in our decision.", "en"),
    ("At this point in your life you have clearly built real expertise in lamination.", "en"),
    ("That accent you did for the Scottish maid was spot on, and we don't need you to change a thing.", "en"),
    ("You are young in the trade and have good hands, so keep practising the pace.", "en"),
    ("Du är ung i yrket och har bra händer, så fortsätt öva på tempot.", "sv"),
    ("Vi anpassar gärna schemat efter hämtningarna på förskolan.", "sv"),
    ("Patienten i caset hade artros i knät, och du planerade förflyttningen väl.", "sv"),
    ("Det har framförts oro kring schemat i höst, så vi ändrar det för alla.", "sv"),
    ("Grattis, du fyller 30 på lördag har jag hört! Ditt case om lagret var starkt.", "sv"),
    # A word spoken of as a word, and a number word that is no age.
    ('I ortopedidiktatet skrev du "artros" där läkaren sa "artrit", och två läkemedelsnamn blev fel.', "sv"),
    ("Om du hinner jobba med exit tickets tror jag att du blir en mycket stark kandidat.", "sv"),
]


#: Named outright but missed: the menopause, IVF and adoption as the reader's situation, a stammer that "made it difficult",
#: religious dress at odds with a look or uniform (also as someone's feedback), reacted to, or in its Swedish forms ("sjalen"),
#: a diagnosis in a Swedish compound ("autismdiagnos"), a gendered figure the group "needs", staff who speak like the clientele,
#: the reader's children after "och har", and a view made smaller ("I'm even less convinced you'd cope").
NAMED_OUTRIGHT = [
    ("With a family to think of, we felt the early starts would be hard on you.", "en", "family"),
    ("We've gone with Priya. You were close, but Priya's 24 and keen.", "en", "age"),
    ("You mentioned you're going through the menopause, and I wondered whether the pressure would suit you.", "en", "health"),
    ("Du nämnde att du har det tufft med klimakteriet, och vi är osäkra på om du orkar tempot.", "sv", "hälsa"),
    ("You mentioned you're midway through IVF, and we thought the travel would be too much for you.", "en", "family"),
    ("You mentioned you have ADHD, and we were worried about the pace for you.", "en", "health"),
    ("The panel were mindful of what you told us about being approved as an adopter.", "en", "family"),
    ("Vi var osäkra eftersom du berättade att ni är godkända för adoption och väntar på besked.", "sv", "familj"),
    ("You told us about the time you took off for anxiety. I'm even less convinced you'd cope with the pressure now.", "en", "health"),
    ("The stammer made it hard to follow your answers in the mock hearing.", "en", "health"),
    ("To be honest the way you dress and the headscarf didn't give the image we're after.", "en", "religion"),
    ("The client's feedback was that the turban doesn't fit the corporate image.", "en", "religion"),
    ("The hijab would clash with the uniform you'd wear on the door.", "en", "religion"),
    ("Kunderna störde sig på slöjan och frågade om vi hade bytt profil.", "sv", "religion"),
    ("Säljarna sa att de blev ”lite ställda” av turbanen.", "sv", "religion"),
    ("Du berättade att du har en adhd-diagnos, och vi tror att tempot blir för tufft för dig.", "sv", "hälsa"),
    ("Hur du klär dig spelar roll, och sjalen inte riktigt går ihop med stilen i receptionen.", "sv", "religion"),
    ("Vi kom fram till att gruppen just nu behöver en mammafigur.", "sv", "kön"),
    ("We felt the baby room needs more of a mother figure right now.", "en", "gender"),
    ("Vi tror att de boende känner sig tryggare med någon som pratar som de gör.", "sv", "etnisk"),
    ("Our residents feel more comfortable with someone who speaks like them.", "en", "ethnicity"),
    ("Med tanke på att du nyss börjat jobba igen och har två små barn tror vi att kvällarna blir för tunga för dig.", "sv", "familj"),
]

#: Their look-alikes: a look-alike as long as a term, a possessive of a score, an abbreviation inside a name, the topic of the
#: reader's work, adoption as the work, a view not made smaller, a hardship denied or not of a characteristic, a fit not
#: negated, a reaction to something else, a garment the reader handled, a figure in a book, speaking like the clientele
#: ungoverned, pupils in the group, another subject before "har", and the reader's leave said to have played no part.
NAMED_OUTRIGHT_LOOK_ALIKES = [
    ("We're a family business and there are only six of us in the bakehouse, so I want to explain properly.", "en"),
    ("You were second, 29 against the appointed candidate's 34, and the data exercise made the difference.", "en"),
    ("Your campaign for IVF Wales was the strongest portfolio piece we saw.", "en"),
    ("Your leaflet on the menopause for the GP surgery was clear and well sourced.", "en"),
    ("Din broschyr om klimakteriet till vårdcentralen var tydlig och välskriven.", "sv"),
    ("You'd run the adoption panel and support people approved to adopt, and your case notes were clear.", "en"),
    ("You told us about the time you took off for anxiety. I'm no less convinced you'd do well here, and the SQL test was the only gap.", "en"),
    ("Your stammer didn't make it hard to follow your answers; the gap was the case law.", "en"),
    ("The background noise made it hard to follow your answers in the mock hearing.", "en"),
    ("Ramadan made it tricky to find an interview date for you, so thanks for your patience.", "en"),
    ("In the role-play the resident was uneasy about a male carer, and you handled it calmly.", "en"),
    ("The client's feedback was that the turban display you built fits the brief perfectly.", "en"),
    ("Their feedback was that the church hall doesn't sit with the brief, so we're moving the event.", "en"),
    ("The vendors were thrown by the price, and your viewing of number 12 went well.", "en"),
    ("Kunderna störde sig på priset på slöjor i butiken, och din skyltning var bra.", "sv"),
    ("Du skrev en tydlig rutin för elever med adhd-diagnos, och det märktes att du kan området.", "sv"),
    ("Du hjälpte kunden att hitta en sjal som passade till klänningen, och kassan stämde.", "sv"),
    ("Mammafiguren i romanen analyserade du skarpt i provlektionen.", "sv"),
    ("Your essay on the mother figure in Beloved was the strongest we read.", "en"),
    ("Du var den som pratade som de gör på golvet, och det märktes i rollspelet.", "sv"),
    ("You were the one who talks like them on the ward, and the residents loved your quiz.", "en"),
    ("Du ledde samlingen, och jag har två barn i gruppen som gärna vill träffa dig igen.", "sv"),
    ("You mentioned your parental leave on the form. It hasn't affected our decision in any way.", "en"),
    ("You covered a maternity leave at the practice, and your rota was sound.", "en"),
    ("Vi har haft problem med vikarier från Adecco tidigare, så nu anställer vi direkt.", "sv"),
    ("Our residents had real trouble with staff from the agency, so the post is permanent now.", "en"),
    ("Du hade svårt med lyftet i förflyttningsövningen, men din dokumentation var bra.", "sv"),
    ("You fitted the hoist for a lady on the ward and talked her through every step.", "en"),
    ("The post is a one-year cover while our colleague is on parental leave, so we needed someone from January.", "en"),
    ("Du frågade om det gör något att du har två barn på förskolan. Det gjorde det inte, vi lägger schemat efter det.", "sv"),
    ("Your use of the sound mats kept every child involved, and you spotted which children were guessing.", "en"),
    ("Thank you for the phonics session you taught our Year 2 children on Monday.", "en"),
    ("In the role you'd take direction from a woman who has run the site for ten years.", "en"),
    ("The post opened because Dev retires in April, and your plan for the handover was the clearest.", "en"),
    ("Vi är ett ungt företag, startat 2021, och ditt kundcase var det bästa.", "sv"),
    ("Drivers under 25 can't be insured on our vans, so the post needs someone over that age by law.", "en"),
    ("You'll fit in with the lads on nights, they're a friendly bunch.", "en"),
    ("Your treatment plan for the client in the case study was the clearest we saw.", "en"),
    ("Vi hoppas att du trivs med grabbarna på nattskiftet om du tar vikariatet.", "sv"),
]


#: Indirect references (concern for the reader, a question, a view relayed from a client or a site manager, a subordinate
#: clause): a view relayed through a gerund, a gender weighed in the role, a preference held out for, a proxy said of anyone,
#: career runway, an eponym's disease, exhaustion, pronouns and transitioning, where the reader is "really" from, a holiday as
#: the time of the reader's shifts; in Swedish the client's doubt, a view with a softener or a priority, a gender weighed, family
#: planning, a compound diagnosis, newly married, an accent remarked on, pronouns, origin asked with an adverb, the reader's
#: observance at the time of the shifts.
INDIRECT = [
    ("The site manager made a comment about not wanting a woman in this role.", "en", "gender"),
    ("We also talked about whether a woman in this role would get the joiners on side.", "en", "gender"),
    ("We're going to hold out for a native English speaker for this one.", "en", "ethnicity"),
    ("We wanted someone who isn't set in their ways.", "en", "age"),
    ("We were after someone with a longer career runway for a ten-year programme.", "en", "age"),
    ("Since you had mentioned Crohn's disease, we felt six weeks in the field might not be right for you.", "en", "health"),
    ("After what you told us about your exhaustion in 2022, we felt a form group might be too much too soon.", "en", "health"),
    ("Some of the panel found the introduction with your pronouns a little distracting.", "en", "gender"),
    ("Given that you are still in the middle of transitioning, we felt an on-air role might add pressure you don't need.", "en", "gender"),
    ("She asked me afterwards where you're really from.", "en", "ethnicity"),
    ("We weren't sure how you'd manage the weekend shifts when Ramadan falls next spring.", "en", "religion"),
    ("Kunden var tveksam till hur det skulle se ut med rullstolen bakom receptionsdisken.", "sv", "hälsa"),
    ("Sen var vi ärligt talat lite fundersamma kring hur huvudduken skulle funka ihop med uniformen.", "sv", "religion"),
    ("Vi har i den här omgången valt att prioritera sökande med svenska som modersmål.", "sv", "etnisk"),
    ("Vi pratade också om huruvida en kvinna i den här rollen skulle få med sig snickarlaget.", "sv", "kön"),
    ("Hur ser det ut med barn framöver, är ni klara med familjebildningen?", "sv", "familj"),
    ("Efter det du berättade om utmattningsdepressionen 2022 kändes en mentorsklass som för mycket för dig.", "sv", "hälsa"),
    ("Eftersom du är nygift bedömde vi att resorna kanske inte är rätt för dig.", "sv", "civilstånd"),
    ("Du pratar bra svenska och brytningen hörs knappt, men kunderna ringer ofta om krångliga avtal.", "sv", "etnisk"),
    ("Vi var rädda för att du skulle få frågor kring att du vill bli kallad hen.", "sv", "kön"),
    ("Hon frågade mig efteråt var du egentligen kommer ifrån.", "sv", "etnisk"),
    ("Det blir tufft för dig att orka helgpassen när ramadan infaller.", "sv", "religion"),
]

#: Their look-alikes: the writer's own leave and own way of deciding, the reader's own point or question, a proxy said of a
#: client, a runway not governed, someone else's eponym disease, a report's topic, a transitive "transitioning", a client
#: "really" from somewhere, another's observance; in Swedish a client content, the reader's own doubt, the reader's priorities,
#: a topic of the reader's work, a breach, a lecture topic, "hen" of anyone, a couple in a role play, another's rota, the
#: writer's own way of deciding.
INDIRECT_LOOK_ALIKES = [
    ("I went on paternity leave the day after your interview, so I'm sorry this is late; your pricing answer was the gap.", "en"),
    ("After a lot of discussion and prayer we felt another applicant was the better match for the project right now.", "en"),
    ("You made a good point about wanting a woman in this role to mentor you.", "en"),
    ("You asked whether a woman in this role would get maternity pay, and the answer is yes.", "en"),
    ("The client is set in their ways about invoicing, and you handled them calmly.", "en"),
    ("Your talk on giving graduates a longer career runway was the best we heard.", "en"),
    ("You discussed Mr Patel's Crohn's disease with the nurse in the role play, and we worried the pace was slow.", "en"),
    ("Your report on emotional exhaustion among ward staff was well sourced.", "en"),
    ("You're in the middle of transitioning the team to the new rota, and it showed in your answers.", "en"),
    ("You asked where the client is really from, and that showed good research.", "en"),
    ("You planned the weekend shifts well, and the rota even covered the weeks when Ramadan falls.", "en"),
    ("Kunden var nöjd med hur det såg ut med rullstolen i utställningen, och din skyltning var bra.", "sv"),
    ("Du verkade lite fundersam kring hur huvudduken skulle sitta på skyltdockan, men du löste det.", "sv"),
    ("I rollspelet valde du att prioritera kunder med ett annat modersmål, och det var klokt.", "sv"),
    ("Vi diskuterade huruvida du vill ha heltid, och ditt case om föräldraledighet var starkt.", "sv"),
    ("Du skrev ett bra case om familjebildning och bostadsbyggande i kommunen.", "sv"),
    ("Brytningen av avtalet märktes i siffrorna, och du förklarade den tydligt.", "sv"),
    ("Din föreläsning om förlossningsdepression för BVC-personalen var tydlig.", "sv"),
    ("Kandidaten ska kunna leda möten, och hen ska ha B-körkort.", "sv"),
    ("Du planerade menyn till ett nygift par i rollspelet, och kalkylen höll.", "sv"),
    ("Du förklarade var kunden egentligen kommer ifrån i kundresan.", "sv"),
    ("Du planerade helgpassen så att alla fick ledigt när ramadan infaller, och schemat var tydligt.", "sv"),
    ("Efter mycket diskussion och bön kom vi fram till att en annan sökande passar bäst just nu.", "sv"),
]


#: Everyday words of busy managers: an age idiom said of the reader, a body part as a reason, "local" said of staff, people like
#: the reader after a reaction, carer duties as a reason, a "he" whose antecedent is the boss, complaints when staff wore something;
#: in Swedish the same idiom, the back as a reason, a clientele's wish for someone from here, someone younger wished for, worries
#: when staff wear a shawl, the reader's plans after "och", people like the reader after a reaction.
EVERYDAY_WORDS = [
    ("Thing is you're a bit long in the tooth for what we need.", "en", "age"),
    ("You're getting a bit set in your ways for a start-up, and we need someone flexible.", "en", "age"),
    ("It's a lot of time on your knees, and with your back I can't see you lasting the winter.", "en", "health"),
    ("Because of your knees we don't think the ladder work is for you.", "en", "health"),
    ("The owners want the floor staff to be local, so we can't offer you front of house.", "en", "ethnicity"),
    ("Our regulars would like staff who are local, and you live in Hull.", "en", "ethnicity"),
    ("They're not used to people like you yet.", "en", "ethnicity"),
    ("We don't think you could do the late finishes, and we can't have drivers ringing in because of carer stuff.", "en", "family"),
    ("The gaffer isn't doing that again, he wants lads who'll stick around.", "en", "gender"),
    ("We've had complaints when carers wear a hijab, so we can't offer you the round.", "en", "religion"),
    ("Du är lite till åren för det vi har framför oss i vår.", "sv", "ålder"),
    ("Ärligt talat är du nog lite till åren för ställningsjobb.", "sv", "ålder"),
    ("Det är mycket lyft, och med din rygg vågar vi inte ta risken.", "sv", "hälsa"),
    ("Vi tar någon annan med tanke på dina knän.", "sv", "hälsa"),
    ("Vi är en gammal krog och stamgästerna vill gärna bli serverade av någon härifrån.", "sv", "etnisk"),
    ("För att vara ärlig var det så att killarna uppe på kontoret ville ha någon yngre.", "sv", "ålder"),
    ("Några av de boende är äldre och det har varit oro när personal bär sjal.", "sv", "religion"),
    ("Du nämnde att ni håller på att bygga hus och planerar barn.", "sv", "familj"),
    ("Kunderna här är inte vana vid folk som du ännu.", "sv", "etnisk"),
]

#: Their look-alikes: a thing's age, how the reader lifted, an idiom of the back, a local thing or a place staff live near, praise of
#: people like the reader, someone else's "she", a scheme's name, the clientele's aid, the team that shows the reader the ropes, a
#: subject called English; in Swedish a machine's age, how the reader lifted, a wish for food from round here, the residents' shawls,
#: praise of people like the reader, the lads showing the reader the ropes, a diagnosis of a fault, children in the reader's group.
EVERYDAY_WORDS_LOOK_ALIKES = [
    ("Your van is a bit long in the tooth, so we'll lend you one for the first month.", "en"),
    ("The kit is getting long in the tooth, and you kept it running.", "en"),
    ("You lifted with your back straight and your knees bent every time.", "en"),
    ("With your back to the wall in the role play, you still closed the sale.", "en"),
    ("Please look after your back on the ramps, and well done on the brake test.", "en"),
    ("We want the produce to be local, and your menu delivered that.", "en"),
    ("The depot is local, so the commute would be easy for you.", "en"),
    ("We need the drivers to be local to the depot for call-outs, and you live in Hull.", "en"),
    ("You're local, so you already know the estate.", "en"),
    ("We need more people like you in the trade.", "en"),
    ("You handled the carer stuff on the MAR charts well.", "en"),
    ("Your referee rang, and she wants to know whether the lads need a reference too.", "en"),
    ("We're expanding our young apprentices scheme in September and you'd be a great trainer for it.", "en"),
    ("We've had complaints when residents bring a wheelchair into the lift, and you dealt with it calmly.", "en"),
    ("The lads on nights will show you the ropes if you take the picker job.", "en"),
    ("Your English essay on Orwell was the best we read, and the gap was classroom management.", "en"),
    ("Maskinparken är lite till åren, men du fick liv i den gamla pressen.", "sv"),
    ("Huset vi renoverade var till åren kommet, och du hittade fukten direkt.", "sv"),
    ("Tänk på din rygg när du lyfter, det gjorde du bra på provdagen.", "sv"),
    ("Du lyfte med rak rygg och böjda knän, precis som vi vill se.", "sv"),
    ("Stamgästerna ville ha mer mat härifrån trakten, och din meny hade det.", "sv"),
    ("Det har varit oro när de boende bär sjal ute i kylan, och du hanterade det lugnt.", "sv"),
    ("Vi behöver fler såna som du i branschen.", "sv"),
    ("Tackar du ja så visar grabbarna på nattskiftet dig hur det funkar med röstplocket.", "sv"),
    ("Din diagnos av felet på R450:an var helt rätt.", "sv"),
    ("Du gjorde en bra diagnos på bilen, och felsökningen var snabb.", "sv"),
    ("Du tog över samlingen och planerar fler barn i gruppen till hösten.", "sv"),
]


#: Plain words and proxies of the r22 and r23 batches: the employer's trouble with staff from a region, "foreign" said of staff, a
#: visible characteristic that "would become a thing" in the writer's belief, a hearing aid in the definite form, a condition in
#: everyday words ("type 1 diabetic", "going hypo"), "proceed with" as the employer's choice; in Swedish an age proxy of the digital
#: kind, the writer's own worry or assumption as the employer's view, a view with "i första hand" inside, where the reader comes
#: from under a worry.
PLAIN_WORDS_AND_PROXIES = [
    ("We have had nothing but trouble with staff from West Africa disappearing home for months.", "en", "ethnicity"),
    ("Frankly some of our residents don't want to be washed by a foreign carer.", "en", "ethnicity"),
    ("You mentioned you're type 1 diabetic, and I'd be worried about you going hypo on the line.", "en", "health"),
    ("After careful consideration we have decided to proceed with native English speakers only for this role.", "en", "ethnicity"),
    ("Gästerna är mest äldre folk och jag tror att slöjan skulle bli en grej för dem.", "sv", "religion"),
    ("Vi tror att kassan blir för stressig för dig med hörapparaten.", "sv", "hälsa"),
    ("Teamet består i dag av digitala infödingar och vi tror att någon med mer energi smälter in snabbare.", "sv", "ålder"),
    ("Jag har valt en annan kock. Ärligt talat oroade jag mig för ramadan.", "sv", "religion"),
    ("Vi har dock bestämt att vi i första hand söker någon med svenska som modersmål.", "sv", "etnisk"),
    ("Vi noterade ett uppehåll i ditt CV, och vi antog att det rörde sig om föräldraledighet.", "sv", "familj"),
    ("Jag var orolig för att synen på disciplin där du kommer ifrån skiljer sig för mycket från vår.", "sv", "etnisk"),
]

#: Their look-alikes: trouble with a thing from a region, cover for colleagues' leave, thanks for a disclosure after thanks for the day
#: or for applying, a foreign language, a facility named for a condition, a campaign that would become a thing, the place the reader
#: comes from in small talk, a worry about the trains.
PLAIN_WORDS_AND_PROXIES_LOOK_ALIKES = [
    ("We had problems with the shipment from West Africa, and you traced it in the case study.", "en"),
    ("We often need cover for sickness and parental leave, so I'd like to keep your details for supply work.", "en"),
    ("Thanks for the afternoon you spent with us, and for mentioning your old back injury; we'd always have a pallet truck on hand for you.", "en"),
    ("Your foreign language skills were a plus, and the gap was the stock count.", "en"),
    ("Once you've passed Level 2, please get in touch: we expect another vacancy in our deaf resource base next year.", "en"),
    ("The dementia unit opens in May, and your care plan for the fall scenario was the strongest we saw.", "en"),
    ("Jag tror att kampanjen skulle bli en grej i sociala medier, och din idé var stark.", "sv"),
    ("Tack för att du berättade om din hörapparat, vi har hörslinga i mötesrummet.", "sv"),
    ("Tack för att du sökte tjänsten hos oss och för att du i förväg berättade att du behövde förlängd skrivtid på grund av din dyslexi.", "sv"),
    ("Vi pratade om hamnen där du kommer ifrån, och din erfarenhet av lossning var relevant.", "sv"),
    ("Jag var orolig för att tåget skulle bli sent, men du kom i tid och ditt case om ramadan-kampanjen var starkt.", "sv"),
]


#: The r30 to r32 batches (hospitality, retail, the public sector; trades; creative work, sport and aviation): a view of the employer's whose subject is coordinated ("my husband
#: and I felt") or a "he" whose antecedent is a manager named as a possessor ("the general manager's concern"), the travelling
#: public as the employer's side, an age in words ("at sixty-two"), years off retiring, a whole career ahead, a requirement in
#: another clause than the employer's view of the reader, an organisation's preference, a transition reacted to; in Swedish the
#: clientele's wish to meet someone or a wish for a man on the crew, an age closer to theirs, a dash before a requirement,
#: a whole working life ahead under a view; a board's doubt about taking orders from a woman, the reader as the only woman
#: aboard said to be unfair on her, the reader's own question about children met with a concern; a voice that sounds English
#: preferred by clients, a long start for someone at the reader's stage of working life; a pregnancy fronted before a concern;
#: an age in decades of "someone" under a view, a practice doubted in the writer's own question, an age after "ju", a
#: clientele that "känner mer för" someone local; an age weighed against a burden ("too much at 63"), a younger nanny wished
#: for, a clientele's trust in a standard accent, a couple's wish for someone from Sweden; the reader's hearing in a reason,
#: the years of small children as a reason, years left to the reader's pension, a firm's search for someone young in career,
#: an accent the reader "has" past words for how marked it is, the reader as the only woman there with a concern; in English the
#: age or career stage of the one offered the job instead; in Swedish a gender as the one taken on ("vi tar nog en grabb").
VIEWS_OF_OTHERS_AND_AGES_IN_WORDS = [
    ("The people who shop with us are set in their ways, and my husband and I felt that a headscarf behind the counter might put some of them off.", "en", "religion"),
    ("Where it fell down was the general manager's concern. Our guests are mostly retired couples, and he felt they would be more at ease with a native English speaker on the desk.", "en", "ethnicity"),
    ("Passengers want a bright young face at the desk.", "en", "age"),
    ("Let's be realistic, at sixty-two you'd be training alongside school leavers, and we weren't sure you'd keep up.", "en", "age"),
    ("The role comes with an accredited certificate, and with you being only a few years off retiring, the panel questioned whether that investment would be repaid.", "en", "age"),
    ("We went with someone who has their whole career ahead of them.", "en", "age"),
    ("Stamgästerna är mest studenter, och de vill helst möta ett yngre ansikte bakom bardisken.", "sv", "ålder"),
    ("Vi tror att gästerna känner sig tryggare med någon som ligger närmare dem i ålder.", "sv", "ålder"),
    ("Det sågs som en fördel att den vi valde har hela yrkeslivet framför sig.", "sv", "ålder"),
    # r31: an organisation as the subject of a preference, a dash that ends the clause before a requirement
    ("The estate has always preferred a married man for the cottage, since help at lambing is expected from the household.", "en", "marital"),
    ("Vi tror ändå att det blir för mycket med småbarn och allt resande – tjänsten innebär ofta övernattningar.", "sv", "familj"),
    # r32: a transition the clientele reacted to since or after it, a wish for a man on the crew
    ("A few of the club secretaries have been a bit funny since your transition, and I wasn't sure it was fair to put you in front of them.", "en", "gender"),
    ("Ett par föräldrar har frågat hur det skulle fungera med omklädningsrum nu efter din transition, och man vill inte att det blir en grej.", "sv", "kön"),
    ("Det är ett tungt jobb med långa nätter, och grabbarna i teamet vill ha en kille till.", "sv", "kön"),
    # r33: a board's doubt about taking orders from a gender, a team's make-up with a concern put as fairness to the reader, the
    # reader's own question answered with a concern
    ("When it went to the board, the directors asked how the men on C shift would take orders from a woman.", "en", "gender"),
    ("Ledningen var dock orolig för hur truckförarna på kvällen skulle ta att få order från en tjej.", "sv", "kön"),
    ("Vi tror helt enkelt inte att det vore rättvist mot dig att hamna där som enda kvinna ombord.", "sv", "kön"),
    ("You asked if it counted against you that you have two small children at home, and to be honest we weren't sure you could manage the night rota.", "en", "family"),
    # r34: a voice that sounds English preferred by the clients; a long start for someone at the reader's stage of working life
    ("Our clients tend to feel more at ease with a voice that sounds English on the phone.", "en", "ethnicity"),
    # r35: a pregnancy in a fronted "with" phrase before a concern about the reader
    ("With the baby coming, the bleach and the fumes in the colour bar didn't seem fair on you.", "en", "family"),
    ("Det bedömdes att startsträckan i det nya skadesystemet blir lång för någon i ditt skede av arbetslivet.", "sv", "ålder"),
    # r36: an age in decades of a generic person under the employer's view; a practice put as a doubt in the writer's own
    # question; in Swedish an age after a softener, and a clientele said to feel more for someone local
    ("The panel was not convinced someone in his late fifties could keep pace with the crews you would be leading.", "en", "age"),
    ("The question the project officer kept coming back to was: how would Friday prayers work when we're two hours from a town?", "en", "religion"),
    ("Du är ju ung och utan familj att ta hänsyn till, så sjöturerna passar dig bättre än de flesta.", "sv", "ålder"),
    ("En sak som kom upp i gruppen: hur skulle fredagsbönen fungera under fältarbetet i Jämtland?", "sv", "religion"),
    ("Min chef menar att våra hyresgäster på landsbygden känner mer för någon härifrån.", "sv", "etnisk"),
    # r37: an age with a burden weighed against it; in Swedish a younger nanny wished for, a clientele's trust in a standard
    # accent, and a couple's wish for someone from Sweden
    ("However, it was felt on site that the pace of nights during peak might be too much at 63.", "en", "age"),
    ("Jag och Johan har pratat, och vi tror att vi behöver en yngre barnflicka som orkar med tre pojkar.", "sv", "ålder"),
    ("Vår största kund framförde att kunderna litar mer på en rikssvensk röst i telefon.", "sv", "etnisk"),
    ("Min fru och jag vill ha någon som är från Sverige, för det är nycklar till huset.", "sv", "etnisk"),
    # r38: the reader's hearing in a reason; in Swedish the years of small children as a reason, the years left before the
    # reader's pension, a firm's own search for someone at the start of their career
    ("With your hearing, the team were nervous about having you on cans during the fly cues.", "en", "health"),
    ("In the end, though, we've offered the trainee place to someone at the start of their career, who we can train up.", "en", "age"),
    ("Vi har kvällsöppet två dagar i veckan, och med tanke på småbarnsåren trodde vi att det skulle bli tufft för dig.", "sv", "familj"),
    ("Sen ska jag vara ärlig: du har ju bara några år kvar till pensionen, och vi ville satsa på någon annan.", "sv", "ålder"),
    ("Byrån söker i denna rekrytering en jurist i början av karriären, som vi kan forma efter vårt arbetssätt.", "sv", "ålder"),
    ("Du har en ganska kraftig brytning, och vi är rädda att resenärerna inte förstår dig i mikrofonen.", "sv", "etnisk"),
    ("Ärligt talat har du en tydlig brytning, och vi tror att kunderna skulle reagera.", "sv", "etnisk"),
    ("Vi tror helt enkelt inte att du hade trivts som enda tjej där ute, och jag vill inte sätta dig i en sån situation.", "sv", "kön"),
    # r39: in Swedish a gender as the one the employer takes on ("vi tar nog en grabb")
    ("Det är bara killar på kajen på nattskiftet. Vi tar nog en grabb den här gången.", "sv", "kön"),
    # the reader's own sick leave past a comma after the topic of an exercise is no topic of the work
    ("I övningen om bemanning, med din sjukfrånvaro i åtanke, tvekade vi om du skulle orka.", "sv", "hälsa"),
    # r40: children in a pet name; in Swedish a generalisation about a group under the employer's view, a same stage of life
    # wished for by the group, a first language that is not Swedish, a gender the writer will not put in a team, with a concern
    # about the reader in the next sentence, staff who share the residents' cultural frames of reference
    ("But with 3 kiddies at home I just can't see you making a 4am start every day.", "en", "family"),
    ("Vi har sett förut att nygifta ofta vill gå ner i tid, och vi behöver någon som kan ta kvällspassen.", "sv", "civilstånd"),
    ("Vi vet av erfarenhet att småbarnsföräldrar sällan orkar med jourveckorna.", "sv", "familj"),
    ("Gruppen är åtta doktorander mellan 25 och 30 och vill gärna ha någon i samma skede av livet.", "sv", "ålder"),
    ("I rollspelet hörde man tydligt att svenskan inte är ditt första språk.", "sv", "etnisk"),
    ("Det är sju killar i verkstan. Jag vill inte sätta en ensam tjej i det, det vore inte schysst mot dig.", "sv", "kön"),
    ("De boende känner sig tryggast med personal som delar deras kulturella referensramar.", "sv", "etnisk"),
    # r41: a wish of the head or the Ambassador (an employer's side), a name the clientele could not place; in Swedish the
    # reader's wedding told, "digital native", an age approached under bad experience, the reader's insulin pump, people
    # from the reader's own culture
    ("The head was keen on someone who has grown up with this sort of technology.", "en", "age"),
    ("The board was mindful of the Ambassador's wish that the officer should be someone who was born and brought up in this country.", "en", "ethnicity"),
    ("We had a worry that calls coming from a name they couldn't place might get a cooler reception.", "en", "ethnicity"),
    ("När du berättade om er vigsel i somras kände några i gruppen att det kunde bli en fråga.", "sv", "civilstånd"),
    ("Vi behöver någon som är digital native på riktigt.", "sv", "ålder"),
    ("Ärligt talat har vi haft sämre erfarenhet av förare som närmar sig sjuttio.", "sv", "ålder"),
    ("Med din insulinpump blev vi oroliga för de långa passen.", "sv", "hälsa"),
    ("Jag tror att du skulle trivas bättre i ett kök med fler från din egen kultur.", "sv", "etnisk"),
    # r42: English as a language grown up with; in Swedish a rough time with a group as the employer's experience, the reader's
    # gender-affirming process, born and raised in Sweden as someone a client likes to see
    ("The training team felt briefings should come from someone who grew up speaking English at home.", "en", "ethnicity"),
    ("För att vara helt ärlig har vi haft det rätt kärvt med småbarnsföräldrar på natten förut.", "sv", "familj"),
    ("Jag vet att du är mitt i din könsbekräftande process, så landa i det innan du tar en så synlig roll.", "sv", "kön"),
    ("De nämnde att de gärna ser någon som är född och uppvuxen i Sverige.", "sv", "etnisk"),
    # r43: a characteristic named as what decided it, an aid the panel could not picture the work from, plans for a baby asked
    # about, a man of an age said not to last, obligations at home pointed back to, "one of the boys" as what the clientele want,
    # a liking for "a familiar sort of face" who grew up locally, a practice the reader asked about followed by "that was the
    # sticking point"; in Swedish the owners' wish to bring in new blood, grey in the beard as what the customers want, the
    # pick-ups at preschool asked about, customers who would hesitate at a foreign name
    ("What tipped it was the asthma you mentioned over coffee.", "en", "health"),
    ("Honestly the panel couldn't picture how that would work from a wheelchair on wet tiles.", "en", "health"),
    ("When I asked whether you had plans for a baby in the next year or two you said possibly.", "en", "family"),
    ("A bloke coming up 55 isn't going to last the summer on that, and I'd rather not have you off in August.", "en", "age"),
    ("You mentioned caring for your father, and the panel felt that someone without those commitments at home would be more reliable.", "en", "family"),
    ("Our trade customers want to talk diesel and tow bars with one of the boys, and we felt you'd have to work twice as hard.", "en", "gender"),
    ("Our regulars like a familiar sort of face, someone who grew up round here, and I thought you might find it harder.", "en", "ethnicity"),
    ("I know you asked about stepping away for Friday prayers. The line can't stop mid-batch, so that was the sticking point.", "en", "religion"),
    ("Ägarna vill få in lite nytt blod som kan sköta Instagram.", "sv", "ålder"),
    ("Kunderna här vill helst ha nån med lite grått i skägget, så vi tar en annan.", "sv", "ålder"),
    ("När vi frågade hur du löser hämtningarna på förskolan blev det tydligt att du inte har tänkt igenom det.", "sv", "familj"),
    ("I panelen kom det upp att en del kunder kanske skulle tveka när ett utländskt namn står på offerten.", "sv", "etnisk"),
    # r44: a workshop's make-up with a concern about the reader, caring for a parent as what the reader does, depression the
    # referee reported with a concern in the next sentence; in Swedish customers reserved towards people not from here
    ("Honestly the workshop is all blokes and the language gets pretty ripe, so I don't think you'd last.", "en", "gender"),
    ("I know how much you're doing for your dad since his stroke, and I worried the 6am starts would be too much.", "en", "family"),
    ("Your previous manager told us that you had two extended periods off with depression. The panel was not confident the role would be good for you.", "en", "health"),
    ("Många av våra äldre kunder är lite reserverade mot folk som inte är härifrån, så det blir svårt för dig.", "sv", "etnisk"),
    # r45: the reader's little boy in a fronted reason, someone who grew up in a country as the one wanted, the only girl on a
    # crew, a working life ahead under the partners' view; in Swedish the
    # last years before retirement under a view, small kids at home as a rough time before, the choice of a younger applicant,
    # pensioners tried before
    ("The start is 5:30, and with your little boy only just starting nursery we didn't think that pattern would be kind on you.", "en", "family"),
    ("We really wanted someone who grew up in Britain for the front desk.", "en", "ethnicity"),
    ("I didn't think it'd be fair to put you in as the only girl on that crew.", "en", "gender"),
    ("The partners felt someone with a longer stretch of working life ahead would get more out of the training.", "en", "age"),
    ("Vi tror inte att du vill ha de tunga passen de sista åren innan pensionen.", "sv", "ålder"),
    ("Vi har haft det krångligt förr när folk med små ungar hemma har behövt gå tidigt.", "sv", "familj"),
    ("Därför föll valet på en yngre sökande.", "sv", "ålder"),
    ("Jag måste vara ärlig, vi har provat med pensionärer förut och det blev för tungt.", "sv", "ålder"),
]

#: Their look-alikes: a resident's faith in a scenario's relative clause, a "he" whose antecedent is the reader's referee, a
#: price in words after "at", the requirement and the view in one clause about a certificate, a candidate told that their leave
#: would have been no obstacle, a firm's preference in a case study, a transition from one career to another; in Swedish the
#: reader's own wish to meet customers, leave said to have played no part (after a dash or in the same sentence), the ages of
#: the pupils, the reader's work experience of a condition, a client's worry about pupils with adhd; the reader's own question
#: answered without a concern, health said to have formed no part, leave of no bearing before a semicolon, a reading aid the
#: reader asked for; monitoring data about a characteristic, an accent in a tested language, a brand name, a long start for all;
#: a pregnancy fronted before an offer, a family meeting role-play, a pregnancy told and said to be outside the assessment;
#: a client's age in a scenario, a practice asked about with an arrangement offered, a family's firm, a clientele's liking;
#: a weight in kilos, a babysitter as the post needed, a standard accent or native English required, a couple's wish for a cook;
#: a hearing that is a meeting, a firm's search for a skill, sick leave as an exercise's topic, years left on a contract, the
#: years of small children as the clientele's, years ahead of a project, a colleague the reader "has", a concern with no mention;
#: in English a leaflet given to someone at a career stage, and someone at a career stage the writer spoke to; in Swedish a
#: colleague taken on instead, described by where they work.
VIEWS_OF_OTHERS_AND_AGES_IN_WORDS_LOOK_ALIKES = [
    ("Your answer to our scenario about Mr Patel, a resident with type 2 diabetes who wants to fast during Ramadan, was excellent.", "en"),
    ("Your referee's note was warm, and he felt you would be more at ease with a team on the desk.", "en"),
    ("At sixty-two pounds a night, the room rate in your pricing exercise was spot on.", "en"),
    ("We felt the role needs the CIH certificate, which you said you are working towards.", "en"),
    ("You wrote that you are on parental leave until August; that wouldn't have been an obstacle, as the start date was flexible.", "en"),
    ("Du skrev att du vill möta fler kunder i butiken, och det märktes i rollspelet.", "sv"),
    ("Du skrev att du är föräldraledig till och med augusti; det hade inte varit något hinder, startdatumet var flexibelt.", "sv"),
    ("Eleverna i nian är närmare dem i ålder än mellanstadiet, och din lektionsplan passade dem.", "sv"),
    ("The firm prefers the married couple's estate plan in the case study, and your answer on it was the best we saw.", "en"),
    ("Du berättade att du har småbarn – det påverkade inte vårt beslut, som handlade om kalkylen.", "sv"),
    ("Kunden uttryckte oro för att eleverna med adhd skulle tappa fokus, och ditt upplägg med korta pass löste det.", "sv"),
    ("Since your transition from teaching to law you have built a strong record, and your answer on the lease was excellent.", "en"),
    ("Efter din transition från lärare till jurist har du byggt en stark meritlista.", "sv"),
    ("Du har lång erfarenhet av psykisk ohälsa från ditt arbete som skötare på en psykiatrisk avdelning.", "sv"),
    ("Du nämnde att du nyss kommit tillbaka från föräldraledigheten – det har inte spelat in, vi tittade bara på arbetsprovet.", "sv"),
    # r33: the reader's own question, reported and answered; a negated subject that played no part; no bearing before a
    # semicolon; an aid the reader asked for in the same sentence
    ("You asked on the day whether the fitness test is adjusted for older applicants. It isn't: the same standard applies to everyone.", "en"),
    ("You asked if it counted against you that you have two small children at home. It did not.", "en"),
    ("Health checks apply to every new starter; nothing about your health formed part of this decision.", "en"),
    ("Att du är föräldraledig till och med mars hade ingen betydelse; tillträdet var ändå planerat till april.", "sv"),
    ("Du bad om att få det skriftliga testet uppläst på grund av din dyslexi, och det ordnade vi.", "sv"),
    ("Vi vet att du har diabetes; ingenting som rör din hälsa vägde in i beslutet, som handlade om körprovet.", "sv"),
    # r34: records about a characteristic; an accent in a language the reader was tested in, and a brand name that sounds
    # British; a long start said of a stage of life that is not the reader's
    ("In the recording your French sounds English in places, so the phonetics module would help.", "en"),
    ("The brand name sounds British, which the client liked, and your slogan for it was the best we saw.", "en"),
    # r35: the same fronted "with" phrase without a concern; a family meeting role-play; a rule for everyone said to be outside
    # the assessment
    ("With the baby coming in March, we're happy to talk about a later start date.", "en"),
    ("Your family meeting role-play was the best of the candidates: you listened and did not rush.", "en"),
    ("Du berättade att du är gravid. Handskarna och punktutsuget gäller för alla här, och den frågan låg helt utanför bedömningen.", "sv"),
    ("You also knew our sexual orientation monitoring data better than some of our own staff.", "en"),
    ("Startsträckan i det nya systemet blir lång för alla, och du lärde dig kalkylen snabbast av de sökande.", "sv"),
    # r36: a client in a scenario in her forties; the same question with an arrangement offered next; a family's firm; in
    # Swedish the same question with a quiet room offered, a clientele that feels more for quick answers, "ung i yrket"
    ("Our client, a woman in her forties, presented with back pain; your assessment plan was thorough.", "en"),
    ("How would Friday prayers work on site? We can offer flexible breaks, and there is a quiet room for anyone who needs it.", "en"),
    ("How would Friday prayers work best for you on the site days? Tell us and we will plan the breaks around them.", "en"),
    ("The examples from your family's coach firm in Novi Sad showed you've done this for real.", "en"),
    ("Hur skulle fredagsbönen fungera ute på fältet? Vi har ett tyst rum i bodarna och flexibla raster för alla som behöver.", "sv"),
    ("Våra hyresgäster på landsbygden känner mer för bovärdar som svarar snabbt, och du svarade snabbast i rollspelet.", "sv"),
    ("Du är ju ung i yrket, men ditt prov var det bästa vi såg.", "sv"),
    # r37: a weight at a number of kilos; a babysitter or childminder as the post the writer needs; native English and
    # rikssvenska as what the job requires; a couple's wish about cooking
    ("The crate was too heavy at 25 kg for one person, so you asked for help, which was right.", "en"),
    ("We often need a childminder for Saturdays, so may I get in touch with you?", "en"),
    ("Vi behöver dessutom ofta en extra barnvakt på lördagar, så får jag höra av mig till dig framöver?", "sv"),
    ("The role requires native English for the editing work, and your test had three slips.", "en"),
    ("Kundtjänsten tar emot samtal på rikssvenska och finska, och du klarade båda proven.", "sv"),
    ("Min fru och jag vill ha någon som kan laga vegetariskt, och din lasagne var jättegod.", "sv"),
    # r38: a hearing of the reader's that is a meeting, a firm's search for a skill, staffing during sick leave as the topic of
    # an exercise, years left on a contract, children in their early years as the clientele, years ahead of a project
    ("Your hearing on Tuesday has been moved, and your answer on the rota question was the strongest we heard.", "en"),
    ("We gave the leaflet to someone at the start of their career, and your route plan was the best we saw.", "en"),
    ("We spoke to someone at the start of their career about the depot, and your route plan was the best we saw.", "en"),
    ("Byrån söker en jurist med erfarenhet av LAS, och ditt case om uppsägningar var mycket bra.", "sv"),
    ("I övningen om bemanning vid sjukfrånvaro fokuserade du på hur du själv skulle täcka passen.", "sv"),
    ("Du har två år kvar på ditt nuvarande avtal, så vi hör av oss igen till våren.", "sv"),
    ("Vår förskola vänder sig till familjer i småbarnsåren, och din sagostund var den bästa vi såg.", "sv"),
    ("Projektet har många år framför sig, och du visade att du förstår tidplanen.", "sv"),
    ("Du har en muslimsk kollega i teamet som gärna visar dig rutinerna, och ditt kassaprov var starkt.", "sv"),
    ("Vi tror inte att du hade trivts med nattpassen, och ditt kassaprov var svagt.", "sv"),
    # r39: someone taken on who is described by no characteristic
    ("Vi tar en kollega från Göteborg i stället, och din ansökan sparar vi.", "sv"),
    # r40: a group with a determiner, an arrangement offered for a group, the reader's own wish for a mentor of the same age,
    # a language the customers speak first, a gender the writer does not single out, the residents' frames of reference
    # respected or shared by the reader
    ("Vi har sett att våra nygifta kollegor ofta tar ut semester i juli, och det planerar vi för.", "sv"),
    ("Vi vet att småbarnsföräldrar ofta behöver flexibla tider, så vi erbjuder alla anpassade scheman.", "sv"),
    ("Du ville ha någon i samma ålder som mentor, och det ordnar vi.", "sv"),
    ("Kunderna talar finska som första språk, så tjänsten kräver flytande finska.", "sv"),
    ("Det är sju killar i verkstan, och de visade dig runt på provdagen.", "sv"),
    ("Du visade i rollspelet att du tar hänsyn till deras kulturella referensramar, och det vägde tungt.", "sv"),
    ("Du delar deras kulturella referensramar, och det märktes i rollspelet med de boende.", "sv"),
    # r41: the reader's own upbringing as knowledge of the system, a head of department's liking for a lesson plan, names the
    # writer could not place; in Swedish a brewery's age, a pump explained to a customer, a wedding planned in a case, food
    # from the reader's country
    ("You grew up in this country, so you know the benefits system well, and it showed in the role play.", "en"),
    ("The head of department was keen on your lesson plan.", "en"),
    ("Your answers were clear, and you remembered the name of every author we couldn't place ourselves.", "en"),
    ("Bryggeriet närmar sig sjuttio år, och vi vill fira det med en ny etikett.", "sv"),
    ("Du förklarade insulinpumpen för kunden på ett tydligt sätt.", "sv"),
    ("I caset planerade du vigseln i Stadshuset mycket noggrant.", "sv"),
    ("Du berättade om maten från ditt eget land, och menyförslaget var genomarbetat.", "sv"),
    # r42: two home languages as an asset for clients; in Swedish a rough time with a schedule for the group's parents, with an
    # arrangement offered to all, and a text about gender-affirming care written in a case
    ("You grew up speaking English and Polish at home, which will help with our Gdansk clients.", "en"),
    ("Vi har haft det kärvt med schemat för småbarnsföräldrarna i gruppen, och därför erbjuder vi alla flextid.", "sv"),
    ("Du skrev en fin text om könsbekräftande vård i caset om patientbemötande.", "sv"),
    # r43: pupils or clients under a view doing something, a scheduled decider with no mention, the reader's score as what
    # decided, a client of an age, a reader who became one of the crew, a liking for a kind of service; in Swedish customers
    # hesitating over a price, new blood as the staff the reader met, grey in the beard of a client
    ("I think the children loved your session, and the head said so too.", "en"),
    ("We felt the kids would enjoy your story sessions, and your plan for them was clear.", "en"),
    ("I can picture how much the children would enjoy your Saturday club.", "en"),
    ("What tipped it was the budget task, where the quote came in £1,240 low.", "en"),
    ("The main issue was the children's safety on the trip, and you handled it well.", "en"),
    ("A man coming up 70 asked you about bus passes, and you handled him well.", "en"),
    ("Our regulars like a familiar sort of service, and your till work gave them that.", "en"),
    ("Många kunder tvekar när en offert saknar montagekostnad, så räkna alltid med den.", "sv"),
    ("Du fick träffa lite nytt blod i butiken, våra två nya säljare.", "sv"),
    ("Kunden i rollspelet hade grått i skägget och var rätt sur, men du höll lugnet.", "sv"),
    # r44: a workshop's make-up with a welcome, a reader's own time off with a particle and no concern, the queue ("kön") at a
    # till, customers reserved towards a price
    ("The workshop is all blokes, so we've put a women's changing room in, and you'd be very welcome.", "en"),
    ("You had two weeks off with the builders in, and your portfolio still arrived on time.", "en"),
    ("Ditt svar om hur du prioriterar när kön växer på fredagskvällarna var genomtänkt.", "sv"),
    ("Kunderna är lite reserverade mot nya priser, och ditt förslag på rabatt var klokt.", "sv"),
    # r45: a bookshop's children's section, a little boy in a role-play, where the reader grew up noted as knowledge of the routes, the only woman
    # who applied said of the pool, a country the reader worked in; in Swedish a resident's wheelchair handled in an exercise,
    # the pensioners a shop serves, the choice of a younger horse
    ("What you did brilliantly was your children's section plan, with the picture books on the low bays.", "en"),
    ("In the role play a little boy had lost his mum, and you knelt to his height straight away.", "en"),
    ("We noted that you grew up in Leeds, so you already know the bus routes.", "en"),
    ("Your two years with the charity in Kenya gave you more field experience than the others.", "en"),
    ("När vi gick igenom förflyttningen glömde du att låsa hjulen på rullstolen.", "sv"),
    ("Många av våra kunder är pensionärer, och du var fin med dem vid kassan.", "sv"),
    ("Till ridlägret föll valet på en yngre häst, eftersom Bella behöver vila.", "sv"),
]

@pytest.mark.parametrize(
    ("text", "lang", "what"), GRADUATION_HIRE_RESIDENCE_TRANSITION + NAMED_OUTRIGHT + INDIRECT + EVERYDAY_WORDS + PLAIN_WORDS_AND_PROXIES
    + VIEWS_OF_OTHERS_AND_AGES_IN_WORDS
)
def test_each_wrapped_reference_fires_once_naming_its_characteristic(lint_text, text, lang, what):
    found = fairness(lint_text(_wrap(text, lang), "feedback", lang=lang))
    assert [f.code for f in found] == ["FA001"] and what in found[0].message


@pytest.mark.parametrize(
    ("text", "lang"),
    GRADUATION_HIRE_RESIDENCE_TRANSITION_LOOK_ALIKES + NAMED_OUTRIGHT_LOOK_ALIKES + INDIRECT_LOOK_ALIKES + EVERYDAY_WORDS_LOOK_ALIKES
    + PLAIN_WORDS_AND_PROXIES_LOOK_ALIKES + VIEWS_OF_OTHERS_AND_AGES_IN_WORDS_LOOK_ALIKES,
)
def test_each_wrapped_look_alike_does_not_fire(lint_text, text, lang):
    assert not fairness(lint_text(_wrap(text, lang), "feedback", lang=lang))


#: "Not a culture fit" in other words: the chemistry with the team said not to be there, not working in the group, not gelling
#: "culture-wise".
@pytest.mark.parametrize(
    ("text", "lang", "fires"),
    [
        ("The chemistry in the group didn't feel quite right, and in a team of six that matters more than a good take-home task.", "en", True),
        ("The chemistry with the team was there from the first coffee, and the gap was the SQL test.", "en", False),
        ("Men när vi stämde av med teamet kändes kemin i gruppen inte riktigt självklar.", "sv", True),
        ("Det var inte kemin i gruppen som avgjorde, utan hemuppgiften.", "sv", False),
        ("Grabbarna är ett tight gäng, och jag tror helt enkelt inte att du skulle funka i gänget.", "sv", True),
        ("Du skulle inte funka med resten av teamet, tror vi.", "sv", True),
        ("Jag tror att du skulle funka bra i gänget, och ritningsläsningen kan du öva på.", "sv", False),
        ("Uppgiften funkade inte i gruppen, men du räddade den.", "sv", False),
        # a negated fit qualified "culture-wise", whoever it is said of
        ("Where they landed is that they felt you wouldn't quite gel culture-wise.", "en", True),
        ("Honestly, I don't think you'd fit in culture-wise with the night crew.", "en", True),
        ("You would gel culture-wise with the team, and the gap was the Excel test.", "en", False),
        ("Culture-wise you'd be a great fit; the gap was the Excel test.", "en", False),
        # r40: a fit doubted with the negation on the copula of "confident"; in Swedish the social side as what decided it,
        # and not thriving in the group
        ("Put simply, we weren't confident you'd click with how we do things day to day.", "en", True),
        ("I wasn't surprised you clicked with the crew on the trial day.", "en", False),
        ("Gruppen var överens om att det till slut avgjordes av den sociala biten.", "sv", True),
        ("Det avgjordes inte av den sociala biten utan av provet.", "sv", False),
        ("Vi fick inte riktigt bilden av att du skulle trivas i den gemenskapen.", "sv", True),
        ("Jag tror att du skulle trivas i gänget, och ritningsläsningen kan du öva på.", "sv", False),
        # r42: not feeling like one of us, denied to the reader
        ("After you'd gone the team talked it over, and the honest answer is you didn't feel like one of us.", "en", True),
        ("You felt like one of us from the first hour, and the gap was the CAD test.", "en", False),
        # r44: "you were one of us" denied to the reader
        ("Being honest though, the crew didn't feel you were one of us.", "en", True),
        ("By the end of the shift the crew felt you were one of us, and the gap was the till test.", "en", False),
        # r45: not fitting into "it", the group named in the sentence before
        ("Vi är ett tight gäng som åker tillsammans varje helg, och vi fick inte känslan av att du skulle smälta in i det.", "sv", True),
        ("Vi har ett nytt journalsystem, och vi tror att du snabbt kommer att smälta in i det.", "sv", False),
        # r43: fit with the team's culture named as a criterion the decision weighed, two words between "i" and "kultur"
        ("I bedömningen har även vikt lagts vid din förmåga att smälta in i arbetslagets befintliga kultur.", "sv", True),
        ("Vi lägger stor vikt vid att alla nya ska smälta in i teamet, så du får en fadder.", "sv", False),
    ],
)
def test_chemistry_or_working_in_the_group_said_not_to_be_there_is_a_culture_fit_reason(lint_text, text, lang, fires):
    found = fairness(lint_text(_wrap(text, lang), "feedback", lang=lang))
    assert [f.code for f in found] == (["FA002"] if fires else [])
