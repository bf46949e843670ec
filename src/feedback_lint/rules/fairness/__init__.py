"""Protected characteristics used as a reason or an impression (rules FA001 and FA002).

A *mention* is a phrase that names a protected characteristic or an obvious proxy for one
(``data/fairness.json``, per language: age, family and pregnancy, health and disability, religion,
ethnicity and national origin, gender, sexual orientation, marital status). A word alone is not a
finding: "a young company", "the children loved your story", "the Eid and Christmas rota is shared
fairly" are harmless. A mention counts when it is about the reader, or the profile the employer wanted:

* **tied to the reader**: "you"/"your" is part of the mention or attached to it ("your accent",
  "you are 63", "you mentioned your children", "trouble with your back", "your back went last year"),
  or the mention describes people the reader is likened to ("people like you from overseas"); a word for a person or an event (gender, marital status)
  is the reader's through the subject only with a verb of being or having ("you are a woman", "you have a
  wife"; not "you met a lady from HR", "you organised a wedding");
* or **governed by a reason or by the employer's view**, in a sentence that addresses the reader (also
  through an "us" that takes the reader in: "not ideal for either of us") or states that view: inside a
  reason adjunct of the clause ("with three young kids at home we think…", "as a recent graduate you
  would…", also after a comment clause the parser hangs it on: "To be honest, with the baby due in October
  the timing…"), or under a verb or adjective of wanting, preferring or judging
  whose subject is the employer's side ("we wanted a man", "our clients prefer a local", "we were
  concerned about how the wheelchair would work", "they'd rather have a married couple", "we're after a
  digital native", "we've had bad experiences with staff from…"), or in a clause that an employer's view
  noun introduces ("the board's view was that a divorced woman…");
* an adjective of age counts only when it describes a person or the team ("a younger face", "a young
  and energetic team", "a 58-year-old woman", "the oldest candidate"), or is said of the reader ("you were
  the oldest by twenty years", "you're older than the rest"; not "your laptop is older"), or, under the
  employer's view, what people bring ("a youthful energy on the shop floor, and we felt…");
* an age as a number ("at 61", "at 58,") counts like a term, and also when its sentence or the next
  voices the employer's concern about the reader ("at 61 I'm not sure nights are the right move for you");
* a name ("the name", "your surname") counts only with a reaction to it, in a sentence that addresses
  the reader or before one that does ("put off by the name", "your full name would throw them", "an
  English-sounding name"), and so does advice to go by another name ("worth going by Mo on your CV");
  not "I'd be happy to put your name forward", "we'll keep your full name on file";
* a **generalisation** about a group of people counts when the sentence addresses the reader or states the
  employer's view: the group (named or described by the mention) is the subject of "tend to" or of a verb
  with "always", "often", "never"… ("single people often drift back to the city", "foreigners always
  leave"), or, under the employer's view ("in our experience…"), a bare plural subject ("married men
  settle better"); not people with a determiner ("the married couple who own the café");
* a region counts only as where people are from ("a supervisor from Eastern Europe", "to hire staff from
  abroad"), not as a market ("sales in Eastern Europe", "we import from Asia"), and a region or an origin proxy
  not of the clientele ("officers who are from round here" counts; "more customers from round here" does not);
* a visible characteristic (religious dress, an aid, an accent; ``problem_groups``) counts as the subject of a
  practical problem in a sentence that addresses the reader ("the hijab might raise questions at the gate", "the
  wheelchair would be an issue in the stockroom"), not denied ("won't be a problem", "your accent was never an
  issue") nor of an institution ("the church might raise questions about the booking");
* a career stage (``stage_proxies``: "at this stage of your career", "at your stage") counts only with a
  slowing-down cue in its sentence (``slowing_cues``: "something less demanding", "wind down", "a long-term
  career"), not as a junior's next step ("at this stage of your career, the CeMAP course would help"); said of a
  generic person it stands for the reader ("someone at this stage of their career might be looking to wind down",
  "någon i det här skedet av sin karriär"), not of anyone at all ("people at any stage of their career");
* staff said to be like the clientele or of its own community (``proxy_patterns``: "when the staff is the same as
  them", "carers who look like them", "staff from their own community") are proxies, so count under a view, which
  may be the clientele's ("they feel more comfortable when…", also through a quantifier: "some of our parents feel
  more comfortable with female staff"); not likeness in a named respect ("teachers who are like them in their
  curiosity"); in Swedish a preference of the clientele's just before the mention (``comfort_views``: "föräldrar som
  känner sig tryggare med kvinnlig personal") is a view, and "someone from here" ("någon som är härifrån") a proxy
  unless it describes the clientele ("fler kunder som är härifrån");
* a colleague's young age (``colleague_patterns``: "our client manager, Jordan, is 29", "vår arbetsledare är 27")
  counts when the reader's years or experience (``seniority_cues``) and a concern about the reader are voiced in
  its sentence or the next ("…and with your thirty years in practice I couldn't see you taking direction from him");
* an age as a number does not count as a measure ("your score was solid at 84%", "the pass mark is 75, so at 72…"), in
  Swedish when not said of the reader and after a measure or requirement (``measure_nouns``: "när kravet är 90") or in a
  sentence of scores, rates or units (``measure_cues``: "62 rader i timmen"); "du är 61" still counts beside one;
* people said to be like the reader in origin (``likeness_patterns``: "where the people are closer to your own
  background") count only when what is compared is people, not a role or work ("a role closer to your own
  background in logistics"), and another employer said to care less about age (``attitude_patterns``: "try the
  council, they're less bothered about age", "age is less of an issue there") counts unless it is the writer's side
  about itself ("we're more relaxed about age") or a comparison of what matters ("less bothered about age than about
  the certificates");
* a person of a gender imagined doing the job better (``imagined_groups``: "felt like a man would just get on with it
  easier", "a guy would have handled the nights better") counts; not one described further ("a man from the agency
  would call you sooner"); an age-coded place the workplace is said not to be (``contrast_patterns``: "we're a cocktail
  bar, not a retirement home") counts on its own; the reader's religious practice in their own clause, with a time of
  the working week (``schedule_cues``: "you mentioned needing to go to the mosque at lunchtime"), counts like the
  reader's situation, with a concern in that sentence or the next; in Swedish praying in the working day is a term
  ("du vill kunna be under dagen"; not "be om ledighet"), and a prayer room offered excuses it ("det finns ett bönerum"); a reason after "and" that the parser hangs on the
  clause before ("…, and with the baby due around then it just doesn't line up for us") opens its clause, and a
  judgement in the writer's own name ("for us") then stands for the employer's view; a view may leave out its "we"
  at the start of a statement ("Need someone who looks the part.");
* a team's age profile (``team_profile_terms``, ``team_age_terms``: "the crew has an average age of 27", "vårt gäng har en
  snittålder på 28") counts like what the team is, with a concern about the reader in its sentence or the next; not the
  clientele's or a thing's ("kundernas snittålder", "our housing stock has an average age of 60 years"); an age joke about
  the reader's long career (``age_remarks``: "you've been doing this since before most of us were born", "sedan innan
  många av oss var födda") counts after a second-person subject, not of a firm ("the office went up before…");
* in Swedish a gender as what the job requires ("jobbet kräver en kille som orkar") counts, requirement or not; the
  reader "med tre barn" or "som har två barn" is tied like "dina barn", and a reason phrase governs "barn" only right
  before it ("det märktes att du tycker om barn" does not count); a family, health or religion word put as a practical
  problem (``problem_frames``: "det blir tufft med hämtningar och VAB") counts in a sentence that addresses the reader,
  not the team's ("tufft med VAB i personalgruppen"); advice to use a more Swedish name (``advice_cues``: "ett tips är att
  använda ett mer svenskt tilltalsnamn") counts; "utländsk" before a qualification ("utländsk ingenjörsexamen") is no
  origin, and a congregation that is the employer's own ("vi i pingstförsamlingen") no religion of the reader's;
* a *proxy* (``proxies``: "new blood", "moved here from", "our kind of people", "grew up with", "born and brought up
  locally", "roots in the area", "uppvuxen i trakten") counts
  only when governed, never because the reader is near it ("you brought fresh energy", "you grew up with
  horses", "you have roots in the area, so you know the estate"; "we're after someone who grew up with TikTok", "the panel
  felt that a candidate with roots in the area would be received more naturally" count); in Swedish a nationality's look
  (``patterns``: "en mer klassiskt svensk framtoning", "ett nordiskt utseende") is an origin term, unless it is a thing's,
  with a place or purpose after it and no person before it (``appearance_words``: "ett skandinaviskt utseende på hemsidan");
* a tied mention in a sentence of congratulation ("congratulations on your wedding") or that offers
  adjustments counts only with a concern voiced in it; one with an aid, adjustment or facility the employer has
  arranged, set up, provides or offers (``aid_terms``: "…, and we have set up text-to-speech on all our computers",
  "there's a hearing loop", "we can provide an adjusted desk", "vi har ordnat talsyntes", "det finns hörslinga", "du får
  förlängd skrivtid"; not "there's no lift") only with a concern voiced in it or the next sentence, and so does the
  reader's own situation in their own clause ("You mentioned you have dyslexia.") before a sentence offering one;
* thanks for telling us ("thank you for letting us know about your dyslexia", "tack för att du berättade om…") excuses a
  tied mention like a congratulation; a congratulated event ("Congratulations on your recent wedding", "Grattis till
  bröllopet") counts when that sentence or the next says the reader's priorities will change (``life_change_cues``: "your
  priorities will shift"); the reader's own situation told in their own clause is also excused by a sentence saying it
  played no part (``no_bearing_cues``: "that made no difference", "det påverkade inte vårt beslut"), unless a concern is
  voiced; an interview moved for a holiday ("vi flyttade intervjun eftersom det sammanföll med Eid") is an accommodation;
* the reader's partner named (``partner_patterns``: "your partner Marcus", "din sambo Marcus") counts with a concern in its
  sentence or the next ("some of our landlords might not be comfortable dealing with you");
* in Swedish, a visible characteristic followed by a practical problem (``problem_after``: "slöjan skulle dra för mycket
  uppmärksamhet"; not denied, ``denied_problems``), a colleague's leave past a colleague set off by commas ("eftersom Sara,
  en av våra förskollärare, är föräldraledig"), and a team's youth with the reader steered elsewhere in the next sentence
  (``steer_cues``: "du skulle passa bättre på en mer traditionell byrå där tempot är lite lugnare"); in English, a family
  word that a wh-clause describes in a reason ("because it's how the children learn") is the pupils, not the reader's;
* a mention its own sentence does not settle counts when that sentence or the next one states the
  employer's concern or view about the reader: the reader's own situation in a clause about them ("the
  time you took off for anxiety", "you're in the middle of a divorce"), or what the employer read in the
  reader's record ("the panel noted from your references a long period of sickness absence"; health, marital
  status and orientation only, as family words there are as often the children the reader taught) followed by a
  concern ("the panel wasn't sure…", "we didn't want…", "would be hard on you", and an aversion in the conditional with
  the reader in it, ``aversion_lemmas``: "I'd hate to put you in a situation that set you back"; not "I'd hate for the form
  to go missing", "I hate to say it"), or what the team or
  clientele is ("the crew is all men") followed by a view about the reader ("we worried you…").

Thanks for a disclosure however worded (``goodwill_patterns``: "Thank you for telling us on your application that you wear
a hearing aid", "Först vill jag tacka för att du sa till om din diabetes", "Tack också för att du hörde av dig om…") excuses
like the set phrases; a holiday that a date of the process clashed with (``clash_patterns``: "our first interview date clashed
with Eid", "intervjudagen krockade med eid al-fitr") is the date, counted only with a concern in its sentence or the next. In
English, a family word followed by "at home" (``household_followers``: "the 6am start with two little ones at home would be a
real juggle for you") is the reader's household, counted with a concern (not "families with small children at home"); a rule
that mothers or fathers put the children first (``parent_groups``, ``priority_cues``: "Most mums always put the kids first")
counts; a young team described in passing ("a very young, buzzy team") counts with a concern about fitting in or keeping up
in its sentence or the next (``fit_concerns``: "I'm not sure you'd feel at home"); staff said to be of a nationality ("when
the carers are British") is an origin proxy; people said to be from a region ("when the staff is from abroad") are from it,
and complaints had when they were (``complaint_frames``) are the employer's view; a local person taken on by the employer
("we will take local person") counts, and locals as the team's make-up (``team_only_proxies``: "the team is all local people")
count like a team's profile, not as the clientele ("our customers are all local people"); an age group over or under an
age ("drivers over 60", "förare som är över 60") is a term, counted under a view, not in a policy ("our drivers over 60 can
apply for the reduced-hours scheme").

A good wish for the reader's occasion ("I hope you had a lovely celebration with your family", "hoppas du hade en fin
högtid med din familj") and thanks for a disclosure however worded ("and for the heads-up that you were fasting", "Tack för
att du sökte … och för att du berättade om din hörselnedsättning") excuse a tied mention like a congratulation; a counted
set of people ("four children at the back") or "at all" is no generalisation; what an offering of the employer's is for
(``offering_nouns``, ``offering_views``: "our graduate scheme is aimed at people at the start of their career",
"traineeprogrammet riktar sig till…") is no view unless another view stands beside it; in Swedish a health word
after the topic of the reader's work (``topic_phrases``: "ditt case om sjukfrånvaron på lagret", "i övningen om bemanning vid
sjukfrånvaro") is the work, and a
team's youth past where it works ("vårt team i receptionen är ungt") counts under a view, else as the team's profile. In
Swedish the reader's plans for more children (``patterns``: "när ni planerar för fler barn", "era planer på fler barn") are a
family term, unless the children are the clientele (``clientele_after``: "fler barn i gruppen", "få fler barn att läsa"; not
before a time, ``plan_times``: "i framtiden"); a gender as what the team is ("laget är sex gubbar", "arbetslaget består mest av
kvinnor", past ``make_up_words``) or the reader as the only one of a gender (``sole_words``: "som enda tjej där") counts like
"tjejer i laget", with a concern about the reader in its sentence or the next ("tror jag inte att du skulle trivas"); a doubt
that only reassures (``reassurance_patterns``: "jag tror inte att du skulle få några problem") is no concern.

A liking of the employer's side for a kind of person (``person_view_lemmas``: "they like a local lad", "our customers love a
young face") is a view; a negative subject negates a view ("none of us could see how…", ``negative_subjects``); the reader
with family words now, on a present-tense "be" ("you're on your own with the two wee ones", "you're at home with a newborn";
not "you're great with the kids", "you were with the children") is the reader's household, counted with a concern; where the
reader is in life (``proxies``: "where you are in life", "var du befinner dig i livet") is an age proxy. A mention said to have
played no part (``no_bearing_cues``: "your time on parental leave played no part in the decision", "din föräldraledighet
påverkade inte vårt beslut"; also a negated subject before a verb of weighing in, ``no_bearing_patterns``: "nothing about
your health formed part of this decision") counts only with a concern in its sentence or the next, and is decided as it stands in a
sentence that turns (``turn_cues``: "…, but we weren't sure…"); an offer of adjustments in the next sentence ("Please do tell
us about any adjustments that would help") excuses the reader's own situation like an aid. In English a mention inside the
reader's own question, reported (a "whether" or "if" clause under ``asking_lemmas`` with the reader as subject: "You asked
whether the fitness test is adjusted for older applicants"), counts only with a concern in its sentence or the next; in
Swedish so does a tied mention in a sentence with the reader's request granted (``request_cues``: "Du bad om att få testet
uppläst på grund av din dyslexi, och det ordnade vi"). In English a term right before the name of records or a programme
(``named_thing_heads``: "our sexual orientation monitoring data", "your family meeting role-play") names a thing, however
parsed; a family word in a "With …" phrase opening the sentence (past ``family_modifiers``) counts with a concern about the
reader in that sentence ("With the baby coming, the bleach and the fumes didn't seem fair on you"); an age in decades of an
indefinite person (``indefinite_persons``) under the employer's view stands for the reader ("the panel was not convinced someone
in his late fifties could keep pace"), as does one the employer's side went with or offered the job to (``offered_things``:
"we've offered the trainee place to someone at the start of their career"), and a family owning a business (``family_business_nouns``: "your family's coach firm")
names the business. In both languages a religious practice as the subject of a direct question of the writer's own about how it
would work (``workability_verbs``, ``workability_questions``: "how would Friday prayers work when we're two hours from a town?",
"hur skulle fredagsbönen fungera under fältarbetet?") counts as a told situation does, unless an arrangement is offered in that
sentence or the next. An age as a number with a burden weighed against it in the five words before (``age_burdens``: "the
pace of nights might be too much at 63") counts on its own and measures nothing. A post the writer needs filled (``post_terms``
after ``post_verbs``: "vi behöver ofta en extra barnvakt på lördagar") names no one's family. In Swedish an age said of the
team's people ("teamet med kollegor som är i början av sin karriär") is the team's profile, and a term before a person after
an indefinite article ("i rollspelet mötte du en gravid kvinna"; not "du är ju en gravid kvinna") describes that person, not
the reader near it, and a stage of life after the clientele ("familjer i småbarnsåren") is theirs; a visible characteristic the
reader "has", past an article, degree adverbs and words for how marked it is (``trait_qualifiers``: "du har en ganska kraftig
brytning"), is tied to the reader, and so are the years the reader has left before a pension ("du har ju bara några år kvar till
pensionen"). Years ahead said of a person wanted (``proxies``: "someone with more years ahead of them", "en jurist som har många
år framför sig") are an age proxy, counted governed. In Swedish the employer taking someone on is a view ("vi tar nog en grabb
den här gången").

The reader's graduation dated by a year (``dated_patterns``: "you graduated in 1991", "du tog examen 1991") is an age proxy
that counts when its sentence sets others' recent graduation against it (``graduation_contrasts``: "…, and the analysts here
all finished university within the last five or six years"; not the reader's own "…and qualified as an ACA within the last two
years"), else with a concern about the reader in its sentence or the next; the age of the person the employer has chosen (the
successful candidate, or a name an earlier sentence has them go with, hire or offer the job to: "We've gone with Kieran … Kieran's
26", read as "is" where the parser makes it a possessive) counts on its own. Staff said to live in or come from a part of town
(``residence_patterns``: "carers from the Darnley Park side of town", "personal som bor i Husby", "personal från förorten") are an
origin proxy only after a reaction to them just before (``reaction_frames``: "a bit funny about", "vi har haft problem med"), with
the reader or the employer's view in the sentence or the reaction the writer's own ("vi har haft otur med folk från Rosengård"), not
as a requirement ("we're looking for carers who live in Westfield"). A gender right after "for" with a physical burden before it
(``physical_burdens``: "a lot of lifting for a lady", "mycket lyft för en tjej") is who the work is said to be too much for, and one
the staff refuse to take orders from (``authority_frames``: "they aren't going to take orders from a girl") the reason; a leave a
named colleague is on ("while our colleague is on parental leave") is theirs, not the reader's. The reader's gender transition or
identity is a gender term
("gender identity", "din transition"), the reader's "transition" only as something they are going through
(``transition_contexts``: "with your transition", "mitt i din transition"; not "I hope your transition goes smoothly", nor a
transition to or from a role, ``not_mentions``). In Swedish a clientele's wish (``employer_views``: "önskemål om att … ska ha
svenska som modersmål") is a view; a name or staff the clientele recognise themselves in ("ett namn de känner igen sig i") is an
origin proxy like "som liknar dem"; children at home with nobody else's before them (``household_terms``: "tufft för dig med
resorna med små barn hemma"; not "föräldrar med små barn hemma") are the reader's household, counted with a concern, and a worry
that the reader would be unhappy ("vantrivas") is a concern, unless only a reassurance ("jag tror inte att du kommer att
vantrivas"). A counted set of people is no one's family or gender of the reader's: "you kept all six children on the sound" (a
number and a determiner, under a verb of doing; "you have two children" still counts), "när tolv killar fick stå i kö" (not "en
av tolv killar").

A visible characteristic is also a practical problem when it is said to make the work hard (``making_verbs``, ``hardships``:
"the stammer made it difficult to follow your submissions"; not "didn't make it hard"), to clash with a look or a uniform
(``clashes``), or, negated, not to fit one (``mismatches``, ``images``: "the turban doesn't sit with the corporate uniform", "the
way you dress and the headscarf didn't quite give the image we're after"; in Swedish ``problem_after`` past softeners,
``problem_softeners``: "sjalen inte riktigt går ihop med den stil vi har"), also relayed as someone's feedback without the reader
addressed (``report_nouns``: "Their feedback was that…"); and when people are said to have reacted to it just before it
(``look_reactions``: "the vendors were a bit thrown by the turban", "säljarna blev ”lite ställda” av turbanen"). A family word
that can only be the reader's own plans (``situation_terms``: "you're midway through IVF", "being approved as an adopter") is the
reader's situation in their own clause, counted with a concern; a view made smaller (``diminishing_adverbs``: "I'm even less
convinced you'd cope") is a concern. A lone abbreviation the tagger makes a name ("IVF", "ADHD") is no name. In Swedish, a
diagnosis in a compound ("autismdiagnos", "adhd-utredning") is a health term (a ``patterns`` regex), staff who speak like the
clientele ("någon som pratar som de gör") an origin proxy, the reader's children after "och har" with "du" earlier in the clause
("att du nyss kommit tillbaka … och har två barn på förskolan"; not placed in the work, ``work_groups``: "i gruppen") are tied
like "du har två barn", and a garment that is as often a thing the reader handled (``untied_garments``: "sjalen du valde till
skyltdockan") is not tied by nearness. Of two mentions of the same length that overlap, the look-alike wins ("a family" in
"a family business"), and an "'s" before a number is no "is" where the possessive is the object of a preposition or a verb or
in a sentence of scores ("29 out of 40 against the appointed candidate's 34").

Indirect references. "go" is a view only as a choice (``view_preps``: "we went with…", "we've gone for…"; not "I went on
paternity leave the day after your interview"), and "hold out for" is one (``view_particles``); a gerund with no subject of its
own in an "about" phrase takes the subject of the clause it hangs on ("the site manager made a comment about not wanting a
woman in this role"; not "you made a good point about wanting…"); a person of a gender placed in the role (``role_nouns``: "a
woman in this role") is still an imagined hire, and one in a "whether" clause the employer's side weighed
(``deliberation_marks``: "we talked about whether a woman in this role would get the joiners on side") counts without a
comparative. A name a term is called after is no name nor a third person's possessive ("your Crohn's disease"; "Mr Patel's
Crohn's disease" is his); a holiday the tagger makes a name is the time of the reader's work when it opens a "when" clause or
follows "during" on a verb whose subject is the reader ("how you'd manage the weekend shifts when Ramadan falls"), and in
Swedish a religious word in the reader's own clause with a time of the working week (``schedule_cues``: "hur du skulle orka
helgpassen när ramadan infaller") is the reader's practice, counted with a concern; a religious word coordinated with a noun of
deliberation (``deliberation_nouns``: "after a lot of discussion and prayer we felt…", "efter mycket diskussion och bön") is the
writer's own way of deciding. "Transitioning" is the reader's gender transition only as something they are in the middle of
(``transition_contexts``), not with an object or a destination ("transitioning the team to the new rota"). In Swedish a
client's or a decision-maker's doubt relayed (``relayed_views``: "kunden var tveksam till hur det skulle se ut med rullstolen")
is a view, and so is a view with a softener inside ("var vi lite fundersamma kring…") or a priority ("valt att prioritera
sökande med…") or a question weighed ("vi pratade om huruvida en kvinna…"); an accent or another visible characteristic in the
definite form before a verb of being heard or seen (``remark_after``: "brytningen hörs knappt") is a remark on the reader's
own, in a sentence to the reader; a mention that itself names the reader ("var du egentligen kommer ifrån") is never a
colleague's. "Not a culture fit" also covers the chemistry with the team said not to be there ("the chemistry with the team
just wasn't there", "kemin i gruppen kändes inte riktigt självklar").

Everyday words. An age idiom said of the reader (``reader_predicates``: "you're a bit long in the tooth for what we need", "du är
lite till åren") counts like "you're older than the rest"; of a thing ("your van is long in the tooth", "maskinparken är lite till
åren") it is a proxy, counted governed. "Local" (``people_predicates``) is a proxy only said of people ("the owners want the floor
staff to be local"; not "the local depot", "we want the produce to be local", nor near a place, "the drivers to be local to the
depot"). A body part of the reader's (``reason_only_groups``: "with your back I can't see you lasting the winter", "med din rygg
vågar vi inte ta risken") counts only as a reason, not under a view nor as how the reader did something ("you lifted with your
back straight", "tänk på din rygg när du lyfter"). People like the reader after a reaction (``likeness_reaction_patterns``:
"they're not used to people like you yet", "kunderna är inte vana vid folk som du") count like staff from a part of town; not
"we need more people like you". A "he" or "she" whose antecedent is the employer's side (``anaphoric_subjects``: "The gaffer isn't
doing that again, he wants English lads…") is the employer's side. A visible characteristic that staff wore when complaints or
worries came (``complaint_frames``: "we've had complaints when carers wear a hijab", "det har varit oro när personal bär sjal";
not the clientele's) counts. An adjective of age ends at a compound that names a thing ("our young apprentices scheme"). In
Swedish a clientele's wish for a person (``relayed_views``: "stamgästerna vill gärna bli serverade av någon härifrån") is a view,
a person of an age wished for by anyone but the reader (``wish_phrases``: "killarna uppe på kontoret ville ha någon yngre")
counts, the reader's plans after "och" with "ni" earlier ("att ni håller på att bygga hus och planerar barn") are tied, a definite
plural of a gender (``definite_people``: "grabbarna på nattskiftet visar dig…") is never the reader, and a diagnosis of a thing
(``act_words``: "din diagnos av felet") is the reader's work. "Not a culture fit" also covers not working in the group, with the
reader as subject ("jag tror inte att du skulle funka i gänget").

Proxies and plain words. The employer's trouble with staff from a region (``reaction_frames`` before it: "we've had nothing but
trouble with staff from West Africa") counts, not with a thing from it ("problems with the shipment from Asia"); "proceed with" is a
choice like "go with" (``view_preps``); a health word that names what a facility is for (``facility_nouns``: "our deaf resource
base") is the facility, and a leave that is covered ("we often need cover for sickness and parental leave") is the work. Thanks for
a disclosure may follow thanks for the day or for applying ("Thanks for the afternoon…, and for mentioning your old back injury",
"Tack för att du sökte … och för att du i förväg berättade…"). In Swedish the writer's own belief, worry or assumption ("jag tror
att", "oroade jag mig för", "vi antog att") is the employer's view like "vi tror", "i första hand" may stand inside a view ("vi i
första hand söker"), and "där du kommer ifrån" is a proxy, counted under a view, not in small talk ("hamnen där du kommer ifrån").
"Not a culture fit" also covers a fit qualified "culture-wise" under a negation ("you wouldn't quite gel culture-wise"), a fit
doubted with the negation on the copula of a doubt (``doubt_adjectives``: "we weren't confident you'd click with how we do things";
not "I wasn't surprised you clicked with the crew"), not feeling like one of us said of the reader ("you didn't feel like one
of us"), in Swedish the social side as what it came down to ("det till slut avgjordes
av den sociala biten") and not thriving in the group under a negation ("vi fick inte bilden av att du skulle trivas i den
gemenskapen"). A Swedish generalisation is a bare group (``generalised_groups``, with no ``group_determiners`` before it) followed
by a word of habit (``generic_habits``), under the employer's view or said to the reader, with no arrangement offered ("vi har
sett förut att nygifta ofta vill gå ner i tid"; not "våra nygifta kollegor", "…, så vi erbjuder alla anpassade scheman"); a same
stage of life counts under a view or wished for ("gruppen vill gärna ha någon i samma skede av livet"; not the reader's own wish,
"du ville ha någon i samma ålder som mentor"). The employer's side includes a school's head, an embassy's Ambassador, a chair,
an editor or a dean (``employer_subjects``: "the head was keen on someone who has grown up with this sort of technology"; not "the
head of department was keen on your lesson plan").

Deciders and likings. A mention that "be" names as what decided it is a reason (``decider_verbs``, ``decider_nouns``: "What
tipped it was the asthma you mentioned", "the deciding factor was your accent"; not a word inside the complement, "the main
issue was the children's safety"), and the reader's own situation counts when its sentence or the next names it the decider
(``decider_phrases``: "I know you asked about stepping away for Friday prayers. … so that was the sticking point", "det vägde
in"); a gerund after a preposition takes the reader's subject ("you asked about stepping away for…"). "Picture" and "envisage"
are views ("the panel couldn't picture how that would work from a wheelchair"); a liking reaches the person after "sort of"
("they like a familiar sort of face, someone who grew up round here"); a person of an age named by the mention ("a bloke
coming up 55", ``aged_people``) counts as the subject of a negated verb or of "struggle", said to the reader. Children with a
determiner not the reader's (``pupil_words``, ``others_determiners``) acting in their own clause under a view are the pupils
("I think the children loved your session"), and obligations pointed back to by "those" (``obligation_nouns``: "someone
without those commitments at home") are the reader's, not a class. In Swedish a people's reaction may be hesitation at the
mention (``look_reactions``: "kunder skulle tveka när ett utländskt namn står på offerten"), "vill få in" is a view ("ägarna
vill få in lite nytt blod"), and "not a culture fit" also covers fit named as a criterion the decision weighed (``criteria``:
"vikt har lagts vid … förutsättningar att smälta in i arbetslagets befintliga kultur"). A workplace (``team_nouns``: "the
workshop is all blokes") has a make-up as a team does; a reader's clause reaches through a particle ("you had two periods off
with depression", reported by a referee); "not a culture fit" also covers "the crew didn't feel you were one of us"; in
Swedish people reserved towards others (``look_reactions``: "reserverade mot folk som inte är härifrån") react to them, and
"kön" after "när" or "i" is the queue (``not_mentions``: "när kön växer"). Where someone grew up or was born, named with a
place the tagger finds (a ``proxy_patterns`` entry: "someone who grew up in Britain"), is a proxy, so it counts only governed
("we really wanted someone who grew up in Britain"; not "you grew up in Leeds, so you know the bus routes"); "the only girl on
that crew" is a gender term, a working life ahead an age proxy; in Swedish "föll valet på" and "har provat med" are views
("föll valet på en yngre sökande", "vi har provat med pensionärer förut"), and not fitting in may be said of "it", the group
named before ("…, och vi fick inte känslan av att du skulle smälta in i det").

Look-alikes that contain a term (``not_mentions``: "maternity cover", "family-run", "young people") are
not mentions, nor is a word naming a property or kind of thing ("the age of the system", "our family
support team", "the kids' menu"; also a word that is a health word only with the reader's possessive,
"your condition report", "your medication round"), nor a relative of the person the work is for
(``third_parties``: "call the client or family first", "Mr K and family") or of the writer ("as a single
mum myself"), nor, in Swedish, a leave that is the vacancy or a colleague's ("vi har en föräldraledighet att täcka", "eftersom en
kollega går på föräldraledighet"), nor a health word that is the work ("you would manage sickness absence for
40 staff", "du fick ner sjukfrånvaron i butiken"; not "you manage your diabetes"), nor a name the tagger
finds (a proper noun, not a sentence's capitalised first word, and never with "your": "your Sabbath").
A reason adjunct opens its clause ("with…", "as…"), except for the markers that can only be reasons ("given…", "because…"); a view's subject may be the employer's
possessive ("our concern was…"), the people a relative clause describes ("our regulars are women who
would feel…"), or an impersonal "it" with a comparative ("it's better to have someone local").

A mention that is only governed, not tied, does not count in a sentence that states a job requirement
("the role requires fluent Swedish for client calls", "as stated in the advert", "the post involves
lifting 25 kg") or offers adjustments: the requirement is the job-related reason. English drafts are
parsed, so "attached", "governed" and "describes" come from the dependency parse; Swedish drafts have
no parser (see core/nlp.py), so the same decisions are made from word order: a second-person word
within three words of the mention ties it, a reason is a set phrase before it in the sentence, and a
view is a set phrase close to it, also with an adverb inside ("vi ville ha en kille", "vi har dock valt
en kille", "…som ensamstående mamma tror vi", "dåliga erfarenheter av personal från Östeuropa"). An
adjective of age describes a person when a person word follows it, also past another adjective ("ett
ungt och hungrigt gäng"), or precedes it ("någon som är lite yngre", "någon yngre"), and then the view
may stand anywhere in the sentence. Swedish "barn" and "familj" (``loose_terms``) are tied only by a
possessive, or by "du har" with nothing but a number or "små" between ("du har tre små barn"; not "du
har arbetat med barn"), and governed only by a reason phrase just before them ("med tanke på barnen";
not "du verkade tycka om barn"), and an accommodation word excuses a tied mention only when no concern
is voiced ("vi har svårt att se hur det skulle fungera för dig med rullstolen", in either language).

"Not a culture fit" (FA002) is a fit phrase in a negated clause about the reader ("you didn't slot
in", "we don't see you as a culture fit"), a negated fit said of an impersonal "it" (``impersonal_patterns``: "it wasn't
quite a culture fit", "det var inte riktigt en kulturell match"; not "it wasn't a culture fit question"), also under a negated
view ("we just didn't think it'd be a great culture fit", "vi tror inte att det skulle bli en kulturell match"; not a cleft,
"we don't think it was culture fit that decided it"), or fit or culture
as what the decision came down to, negation or not ("it came down to culture fit", "det handlade mest om kemin", "det
handlar helt enkelt om kulturen").

The package: this module finds the mentions (``fairness_data``, ``mentions``) and decides, sentence by
sentence, which of them count (``references``) and where a culture-fit phrase is the reason
(``culture_fit``). ``english.py`` is the English reading of a mention (``_english``, from the parse) and
``swedish.py`` the Swedish one (``_swedish``, from word order), each with its own culture-fit negation
test; ``common.py`` holds ``Mention``, the kinds of mention and the tests both readings share.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Iterator

from ...core.lexicon import contains_any
from ...core.matcher import GatedMatcher
from .common import (
    ADJECTIVE,
    ATTITUDE,
    CHANGE,
    COLLEAGUE,
    CONTRAST,
    DATED,
    LIKENESS,
    NAME,
    OWN,
    PARTNER,
    PROXY,
    READER,
    REGION,
    RESIDENCE,
    SENIORITY,
    SITUATION,
    STAGE,
    TEAM,
    TERM,
    TOLD,
    Mention,
    _addressed,
    _says_no_bearing,
    _second,
)
from .english import _aid_offered, _concern, _denied_to_reader, _employer_view, _english
from .swedish import (
    _concern_sv,
    _denied_or_weighed,
    _sv_aid_offered,
    _sv_steered,
    _swedish,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...core.context import Context

__all__ = ["Mention", "culture_fit", "fairness_data", "mentions", "references"]


def _frozen(value: Any) -> Any:
    """Word lists as tuples (hashable, as ``contains_any`` caches them), through nested tables."""
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return value


def _empty_like(value: Any) -> Any:
    """The empty table or list that stands for a key one language has and another does not."""
    if isinstance(value, dict) and all(isinstance(v, (list, tuple)) for v in value.values()):
        return {}
    return ()


@lru_cache(maxsize=4)
def fairness_data(language: str) -> dict[str, Any]:
    """One language's fairness tables, read once: word lists as tuples, and every key another language
    has present (empty where this language has none), down to the culture-fit table."""
    raw = json.loads((resources.files("feedback_lint") / "data" / "fairness.json").read_text(encoding="utf-8"))
    languages = {k: v for k, v in raw.items() if not k.startswith("_")}
    data = _frozen(languages[language])
    for other in languages.values():
        for key, value in other.items():
            data.setdefault(key, _empty_like(value))
        for key, value in other["culture_fit"].items():
            data["culture_fit"].setdefault(key, _empty_like(value))
    return data


#: The group of look-alikes (``not_mentions``): they win overlaps and are then dropped.
_NONE = "_none"


@lru_cache(maxsize=8)
def _matchers(language: str, vocab: Any) -> tuple[Any, Any, dict[int, tuple[str, str]]]:
    import spacy
    from spacy.matcher import PhraseMatcher

    data = fairness_data(language)
    tokenizer = spacy.blank(language, vocab=vocab).tokenizer
    phrases, patterns = PhraseMatcher(vocab, attr="LOWER"), GatedMatcher(vocab)
    keys: dict[int, tuple[str, str]] = {}
    tables = ((TERM, data["terms"]), (ADJECTIVE, data["adjectives"]), (PROXY, data["proxies"]), (NAME, data["names"]),
              (REGION, data["regions"]), (STAGE, data["stage_proxies"]), (TERM, {_NONE: data["not_mentions"]}))
    for kind, table in tables:
        for group, words in table.items():
            key = f"fairness:{group}:{kind}"
            keys[vocab.strings.add(key)] = (group, kind)
            phrases.add(key, [tokenizer(w) for w in words])
    pattern_tables = ((TERM, data["patterns"]), (PROXY, data["proxy_patterns"]), (OWN, data["situation_patterns"]), (ADJECTIVE, data["adjective_patterns"]),
                      (READER, data["reader_patterns"]), (LIKENESS, data["likeness_patterns"]), (ATTITUDE, data["attitude_patterns"]),
                      (CONTRAST, data["contrast_patterns"]), (COLLEAGUE, data["colleague_patterns"]), (PARTNER, data["partner_patterns"]),
                      (DATED, data["dated_patterns"]), (RESIDENCE, data["residence_patterns"]),
                      (RESIDENCE, data["likeness_reaction_patterns"]))
    for kind, table in pattern_tables:
        for group, group_patterns in table.items():
            key = f"fairness:{group}:{kind}:pattern"
            keys[vocab.strings.add(key)] = (group, kind)
            patterns.add(key, group_patterns)
    return phrases, patterns, keys


def mentions(doc: "Doc", language: str) -> list[Mention]:
    """Every mention in the doc, longest first where they overlap, in text order; a look-alike that
    contains a term ("maternity cover", "family-run") takes its place and is dropped."""
    phrases, patterns, keys = _matchers(language, doc.vocab)
    found = [Mention(s, e, *keys[m]) for m, s, e in [*phrases(doc), *patterns(doc)]]
    # An age as a number is matched with the word after it ("at 61 I'm…"); the mention ends at the number.
    # So does an age stated of the reader ("You're 61 and the contractor…" is the mention "You're 61").
    found = [Mention(m.start, _after_number(doc, m), m.group, m.kind) if m.kind == OWN or _stated_age(doc, m) else m for m in found]
    # An age-coded place is matched with the word before its negation (", not a retirement home"); the mention starts at it.
    found = [Mention(m.start + 1, m.end, m.group, m.kind) if m.kind == CONTRAST else m for m in found]
    # A colleague's age is matched from its verb with the word after the number ("is 29,"); the mention runs from the
    # colleague to the number ("Our client manager, Jordan, is 29").
    found = [Mention(_colleague_start(doc, m), _after_number(doc, m), m.group, m.kind) if m.kind == COLLEAGUE else m for m in found]
    # Said of anyone else ("the crew are all in their twenties"), it leaves the words to the other tables.
    found = [m for m in found if m.kind != COLLEAGUE or _a_colleague(doc[m.start : m.end], fairness_data(language))]
    # Of two that overlap with the same length, the look-alike wins ("a family" in "a family business").
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, m.group != _NONE, m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted((m for m in kept if m.group != _NONE), key=lambda m: m.start)


def _stated_age(doc: "Doc", m: Mention) -> bool:
    """An age term that states the reader's age as a number ("you're 61 and", "you'll be 62 next year")."""
    return m.kind == TERM and m.group == "age" and doc[m.start].lower_.startswith("you") and any(
        t.like_num for t in doc[m.start : m.end - 1])


def _colleague_start(doc: "Doc", m: Mention) -> int:
    """Where the person a colleague's age is said of begins: the subject of the verb the match starts with, when it comes
    before it in the sentence ("Our client manager, Jordan, is 29"); in Swedish (no parse), the match's start."""
    verb = doc[m.start]
    if _is_read_as_possessive(verb):  # "Kieran's 26,": the name the "'s" hangs on
        return verb.head.left_edge.i
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return subjects[0].left_edge.i if subjects and subjects[0].left_edge.sent == verb.sent else m.start


def _is_read_as_possessive(t: "Token") -> bool:
    """An "'s" that the parser reads as a possessive of the name before it, though a number follows it as an age ("Kieran's 26,
    he's out with the staff"): "is", as a possessive takes no bare number. Not where the possessive is the object of a
    preposition or a verb, which no clause can be: a possessive of a score or another number-noun ("29 out of 40 against the
    appointed candidate's 34", "you beat Sam's 31")."""
    if not (t.lower_ in ("'s", "\u2019s") and t.dep_ == "case" and t.head.i < t.i and t.head.sent == t.sent):
        return False
    owner = t.head
    if owner.dep_ == "poss" and owner.head.dep_ in ("pobj", "dobj", "dative"):
        return False
    before = owner.left_edge.i - 1
    return not (before >= owner.sent.start and owner.doc[before].pos_ == "ADP")


def _after_number(doc: "Doc", m: Mention) -> int:
    numbers = [t.i for t in doc[m.start : m.end] if t.like_num]
    return numbers[-1] + 1 if numbers else m.end


def _a_colleague(span: "Span", data: dict[str, Any]) -> bool:
    """The age is said of a colleague on the employer's side ("our client manager, Jordan, is 29", "the supervisor, who is
    only 26,", "Jordan is in his twenties"): the subject of the verb is a colleague noun or a person's name, not the reader."""
    verbs = [t for t in span if t.lemma_ == "be" and t.pos_ in ("AUX", "VERB")]
    if not verbs:
        # "Kieran's 26,", parsed as a possessive: the name it hangs on, unless a noun of the name's follows the number
        # ("Kieran's 26 years in the trade").
        read = [t for t in span if _is_read_as_possessive(t)]
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if not read or (after is not None and after.lower_ in ("years", "yrs", "year")):
            return False
        # Nor in a sentence of scores or units ("you scored 29 and the winner's 34."): the number is the score's.
        if contains_any(span.sent.text.lower(), data["measure_cues"]):
            return False
        verbs, subjects = read, [read[0].head]
    else:
        subjects = [c for c in verbs[0].children if c.dep_ in ("nsubj", "nsubjpass")]
    if verbs[0].dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subjects):
        subjects.append(verbs[0].head)
    for s in subjects:
        if _second(s, data) or s.lower_ in ("i", "we", "it", "this", "that", "they", "there"):
            continue
        if s.lemma_.lower() in data["colleague_nouns"] or s.lower_ in data["colleague_nouns"] or s.ent_type_ == "PERSON" or (
                s.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in s.children)):
            return True
    return False


def references(ctx: "Context") -> Iterator[tuple["Span", list[Mention]]]:
    """Each sentence with the mentions in it that refer to a characteristic as a reason or impression.

    A mention that its own sentence does not settle (the reader's own situation, the team's profile)
    counts when that sentence or the next one states the employer's concern or view about the reader
    ("You mentioned you took time off for anxiety. The panel wasn't sure the pressure would be good for you."); the
    reader's own situation told in their own clause counts unless the next sentence offers an aid for it, and then only
    with such a concern ("You mentioned you have dyslexia. We have set up text-to-speech on all our computers.")."""
    english = ctx.language == "en"
    judge, concern, offered = (_english, _concern, _aid_offered) if english else (_swedish, _concern_sv, _sv_aid_offered)
    data = fairness_data(ctx.language)
    found = mentions(ctx.doc, ctx.language)
    sentences = ctx.sentences
    for i, sent in enumerate(sentences):
        window = sentences[i : i + 2]
        inside = []
        for m in (m for m in found if sent.start <= m.start < sent.end):
            verdict = judge(sent, m, data)
            if verdict == SITUATION:
                # Also with the reader's life said to be about to change ("You mentioned the wedding is in August, and we need
                # someone settled in … without any big life changes coming up").
                # Or with that sentence or the next naming it what decided ("…, so that was the sticking point", "det vägde in").
                verdict = any(concern(s, data) or (_addressed(s, data) and contains_any(s.text.lower(), data["life_change_cues"]))
                              or contains_any(s.text.lower(), data["decider_phrases"]) for s in window)
            elif verdict == TOLD:  # "You mentioned you have dyslexia. We have set up text-to-speech…"
                # Also when the next sentence offers adjustments ("Please do tell us about any adjustments that would help next
                # time"), when that sentence or the next says it played no part ("Det är inga problem hos oss, … så det påverkade
                # inte vårt beslut"), or an earlier one did ("det påverkade inte bedömningen"), or when that sentence or the next
                # has an adjustment made at the reader's request ("we sent the questions in advance, as you requested").
                excused = (len(window) > 1 and (offered(window[1], data) or contains_any(window[1].text.lower(), data["accommodation_cues"]))) or any(
                    _says_no_bearing(s.text.lower(), data) for s in sentences[: i + 2]) or any(contains_any(s.text.lower(), data["request_cues"]) for s in window)
                verdict = not excused or any(concern(s, data) for s in window)
            elif verdict == CHANGE:  # "Congratulations on your recent wedding. … your priorities will shift…"
                verdict = any(_addressed(s, data) and contains_any(s.text.lower(), data["life_change_cues"]) for s in window)
            elif verdict == READER:
                verdict = any(_addressed(s, data) for s in window)
            elif verdict == SENIORITY:  # "…is 29, and with your thirty years in practice I couldn't see you…"
                verdict = any(_seniority(s, data) for s in window) and any(concern(s, data) for s in window)
            elif verdict == TEAM:  # in Swedish, the reader steered elsewhere: "…skulle passa bättre på en mer traditionell byrå"
                verdict = any(_addressed(s, data) and (_employer_view(s, data) or concern(s, data)) for s in window) if english else any(
                    _addressed(s, data) and (concern(s, data) or _sv_steered(s, data)) for s in window)
            if verdict:
                inside.append(m)
        if inside:
            yield sent, inside


def _seniority(sent: "Span", data: dict[str, Any]) -> bool:
    """The reader's years or experience ("with your thirty years in practice", "someone with your experience", "dina
    trettio år i branschen")."""
    lower = sent.text.lower()
    return any(re.search(p, lower) for p in data["seniority_cues"])


def culture_fit(ctx: "Context") -> Iterator[tuple[int, int]]:
    """Character ranges where the reader is said not to fit the culture ("you weren't a culture fit",
    "du passade inte in i kulturen"), or where fit is given as what the decision came down to ("it came
    down to culture fit", "det handlade om kemin")."""
    data = fairness_data(ctx.language)
    spec = data["culture_fit"]
    denied = _denied_to_reader if ctx.language == "en" else _denied_or_weighed
    for sent in ctx.sentences:
        lower = sent.text.lower()
        found = []
        if _any_fit(ctx.language).search(lower):  # most sentences have none: one search instead of one per phrase
            found = [(m.start(), m.end()) for phrase in spec["phrases"] for m in [re.search(re.escape(phrase), lower)] if m]
            found += [(m.start(), m.end()) for pattern in spec["patterns"] for m in [re.search(pattern, lower)] if m]
        hit = next(((a, b) for a, b in found if _addressed(sent, data)
                    and denied(sent, sent.char_span(a, b, alignment_mode="expand"), data)), None)
        if not hit and _any_fit_object(ctx.language).search(lower):  # as above, for the reason frames
            hit = _fit_as_the_reason(sent, lower, spec)
        hit = hit or _impersonal_misfit(lower, spec)
        if hit:
            yield sent.start_char + hit[0], sent.start_char + hit[1]


def _impersonal_misfit(lower: str, spec: dict[str, Any]) -> tuple[int, int] | None:
    """"It wasn't quite a culture fit", "det var inte riktigt en kulturell match": a negated fit said of an impersonal "it"
    (``impersonal_patterns``), with the negation inside the match; not "it wasn't a culture fit question". The same table holds
    a fit qualified "culture-wise" under a negation, whoever it is said of ("you wouldn't quite gel culture-wise"), which the
    parser reads too unevenly to find its subject."""
    negations = spec["negations"]
    if not _any_negation(negations).search(lower):  # most sentences have none for a match to hold
        return None
    for pattern in _compiled(spec["impersonal_patterns"]):
        for m in pattern.finditer(lower):
            if any(w.strip(",.") in negations or w.endswith(("n't", "n’t")) for w in m.group(0).split()):
                return m.start(), m.end()
    return None


@lru_cache(maxsize=4)
def _any_negation(negations: tuple[str, ...]) -> "re.Pattern[str]":
    """Whether a text holds any of the negations or "n't", also inside a longer word."""
    return re.compile("|".join(re.escape(n) for n in (*negations, "n't", "n’t")))


@lru_cache(maxsize=16)
def _compiled(patterns: tuple[str, ...]) -> list["re.Pattern[str]"]:
    """The patterns compiled once (``re.finditer`` with a string looks it up in re's cache every call)."""
    return [re.compile(p) for p in patterns]


@lru_cache(maxsize=4)
def _any_fit(language: str) -> "re.Pattern[str]":
    """Whether a sentence holds any of the language's culture-fit phrases or patterns."""
    spec = fairness_data(language)["culture_fit"]
    return re.compile("|".join([*(re.escape(p) for p in spec["phrases"]), *spec["patterns"]]))


@lru_cache(maxsize=4)
def _any_fit_object(language: str) -> "re.Pattern[str]":
    """Whether a sentence holds any of the objects that the reason frames end in."""
    return re.compile("|".join(re.escape(o) for o in fairness_data(language)["culture_fit"]["objects"]) or "(?!)")


def _fit_as_the_reason(sent: "Span", lower: str, spec: dict[str, Any]) -> tuple[int, int] | None:
    """"It came down to culture fit", "it was mostly about culture", "föll det på kemin": a reason frame
    whose subject is the decision (``reason_subjects``; Swedish inverts it into ``inverted_reasons``) and
    whose object is fit or culture, ending the clause; no negation before it ("it was never about…")."""
    objects, negations = spec["objects"], spec["negations"]
    frames = ((spec["reasons"], spec["reason_subjects"]), (spec["inverted_reasons"], ("",)))
    for reasons, subjects in frames:
        regex = _reason_regex(reasons, objects, subjects, spec["field_partners"])
        for m in regex.finditer(lower) if regex else ():
            before = lower[max(0, m.start() - 40) : m.start("frame")].split()[-4:]
            if not any(w.strip(",.") in negations or w.endswith("n't") for w in before):
                return m.start("frame"), m.end("frame")
    return None


@lru_cache(maxsize=16)
def _reason_regex(reasons: tuple[str, ...], objects: tuple[str, ...], subjects: tuple[str, ...],
                  field_partners: tuple[str, ...]) -> "re.Pattern[str] | None":
    """The reason frame with its object ending the clause, or going on with "and …"/"rather than …";
    not "and" with a ``field_partners`` word, nor a hyphen, where culture names a field of work ("it was
    mostly about culture and heritage projects", "det handlar om kultur- och fritidsfrågor")."""
    if not (reasons and objects and subjects):
        return None
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    adverbs = r"(?:(?:honestly|really|mostly|mainly|largely|just|simply|ultimately|partly|in the end|finally|all|ärligt talat|i slutändan|till slut|till sist|egentligen|mest|främst|nog)[, ]+){0,2}"
    lead = rf"\b(?:{alt(subjects)})\s+{adverbs}" if any(subjects) else r"\b"
    return re.compile(rf"{lead}(?P<frame>(?:{alt(reasons)})\s+{adverbs}(?:the |our |a |den |vår )?(?:{alt(objects)}))"
                      rf"(?=\s*(?:[.,;:!?\u2014\u2013]|$)|\s+-|\s+(?:and|och)\b(?!\s+(?:{alt(field_partners)})\b)"
                      rf"|\s+(?:rather|snarare|than|än|more than|mer än)\b)")
