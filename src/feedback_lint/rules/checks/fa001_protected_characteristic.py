from __future__ import annotations

from typing import ClassVar, Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register
from ..fairness import references

#: How each group of characteristics is named in the message.
CHARACTERISTICS = {
    "age": "age", "family": "family or pregnancy", "health": "health or disability", "religion": "religion",
    "origin": "ethnicity or national origin", "gender": "gender", "orientation": "sexual orientation", "marital": "marital status",
}
REPLACEMENT = "[the job-related reason: which requirement of the role, and what you observed in the interview or test]"


@register
class ProtectedCharacteristic(CheckRule):
    CODE = "FA001"
    NAME = "protected-characteristic"
    CATEGORY = Category.FAIRNESS
    SEVERITY = Severity.ERROR
    KINDS = ("feedback",)
    #: A misread kind must not switch the check off: see ``Rule.checks_unsure_kind``.
    CHECKS_UNSURE_KIND = True
    MESSAGE = "Refers to {what} as a reason or an impression: however kindly meant, this is evidence in a discrimination claim against the employer"
    FIX_TITLE = "Remove it and give the job-related, observable reason instead"
    DOC = RuleDoc(
        what="Feedback that refers to a protected characteristic, or an obvious proxy for one, as a reason or an impression: age ('at your age', 'at 61 I'm not sure…', 'a young and energetic team', 'the oldest candidate', 'a digital native', 'recent graduate' as the reason), family and pregnancy ('your children', 'availability given your family', 'with the baby due in October the timing wasn't ideal for either of us'), health and disability ('trouble with your back', 'your back went last year', 'a long period of sickness absence' the panel noted from your references), religion ('your Sabbath'), ethnicity and national origin ('native speaker', 'your accent', 'staff from Eastern Europe', 'put off by the name'), gender ('we wanted a man', 'a lad would settle in quicker'), sexual orientation and marital status ('they'd rather have a married couple', 'your wedding', 'as a single woman with no partner at home'), and generalisations about a group ('single people often drift back to the city', 'people like you from overseas'). It reads the parse: the characteristic must be tied to the reader ('your accent'), or be the reason or the employer's view ('with a baby on the way, we…', 'we were looking for a native speaker'); an age as a number also counts when a concern about the reader is voiced with it, and a name only with a reaction to it. It does not fire on job-related statements that merely contain such words ('the role requires fluent Swedish for client calls', 'the post involves lifting up to 25 kg, as stated in the advert'), on ordinary words ('a young company', 'our family business', 'married to the job', 'sales in Eastern Europe', 'clients from overseas', 'the back office', 'our sick pay policy', 'your condition report', 'call the client or family first', 'happy to put your name forward'), or on a candidate's request that mentions their own situation: only feedback is checked, and a draft the kind model reads as a request but is unsure of (with `--kind auto`; see models/kind.md).",
        why="Discrimination law protects these characteristics whatever the intent. Written feedback that mentions one as a reason, or as an impression the panel had, is the first thing a tribunal or the Equality Ombudsman reads, and the candidate learns nothing they can act on.",
        example="We're a young and energetic team, and at your age the travel might wear you down.",
        instead="The role needs someone who can run the northern accounts alone from day one; in the case study you did not cover the pricing review, which is half of that work.",
    )
    FAIL = (
        "Hi Sam,\nWe're a young and energetic team, and at your age the travel might wear you down.\nBest,\nAnna",
        "Hi Sam,\nThank you for coming in. With three young kids at home we think the travel would be hard on you.\nBest,\nAnna",
        "Hi Sam,\nFor this role we are looking for a native speaker, so we have chosen another candidate.\nBest,\nAnna",
        "Hi Sam,\nSome of the panel found your accent hard to follow.\nBest,\nAnna",
        "Hi Sam,\nWe were worried about your diabetes in a hot kitchen.\nBest,\nAnna",
        "Hi Sam,\nHonestly, for the night door we wanted a man.\nBest,\nAnna",
        "Hi Sam,\nYou mentioned you are in the middle of a separation from your wife. We didn't want to add to the pressure on you.\nBest,\nAnna",
        "Hi Sam,\nThe kitchen crew are all lads, and we weren't sure how you'd find the banter.\nBest,\nAnna",
        "Hi Sam,\nHonestly, at 61 I'm not sure nights on the warehouse floor are the right move for you.\nBest,\nAnna",
        "Hi Sam,\nFor this role we're really after a digital native, someone who grew up with TikTok.\nBest,\nAnna",
        "Hi Sam,\nSome of our clients would be put off by the name. Might be worth going by Mo on your CV?\nBest,\nAnna",
        "Hi Sam,\nSome of our parents feel more comfortable with female staff at nap time.\nBest,\nAnna",
        "Hi Sam,\nThe panel felt that a candidate with roots in the area would be received more naturally on the doorstep.\nBest,\nAnna",
        # A liking of the employer's side for a kind of person; the reader's household with a concern ("none of us could see…").
        "Hi Sam,\nHonestly, they like a local lad on the doorstep, if you know what I mean.\nBest,\nAnna",
        "Hi Sam,\nYou're on your own with two little ones at the moment, and none of us could see how the late finishes would work for you.\nBest,\nAnna",
        # Said to have played no part, with a concern in the next sentence.
        "Hi Sam,\nI want to be clear that your knee injury played no part in the decision. We did worry the stairs would be too much for you.\nBest,\nAnna",
        # The reader's graduation year set against the team's; staff from a part of town, after the clientele's reaction to them.
        "Hi Sam,\nLooking at your CV, you graduated in 1991, and most of the team graduated in the last five years.\nBest,\nAnna",
        "Hi Sam,\nSome of our residents are funny about carers from the Eastfield estate, and I didn't want you to have a hard time.\nBest,\nAnna",
        # Visible characteristics at odds with a look or made a hardship, and a reaction relayed; fertility as the reader's situation.
        "Hi Sam,\nThe turban doesn't sit with the corporate uniform, so we can't put you on the front desk.\nBest,\nAnna",
        "Hi Sam,\nThe stammer made it hard to follow your answers in the mock hearing.\nBest,\nAnna",
        "Hi Sam,\nThe vendors were a bit thrown by the turban and asked whether we'd changed our image.\nBest,\nAnna",
        "Hi Sam,\nYou mentioned you're midway through IVF, and we thought the travel would be too much for you.\nBest,\nAnna",
        # Indirect: a view relayed through a gerund, a gender weighed in the role, an eponym's disease, a holiday as the time of the
        # reader's shifts, transitioning, career runway.
        "Hi Sam,\nThe site manager made a comment about not wanting a woman in this role.\nBest,\nAnna",
        "Hi Sam,\nWe also talked about whether a woman in this role would get the joiners on side.\nBest,\nAnna",
        "Hi Sam,\nSince you had mentioned your Crohn's disease, we felt six weeks in the field might not be right for you.\nBest,\nAnna",
        "Hi Sam,\nWe weren't sure how you'd manage the weekend shifts when Ramadan falls next spring.\nBest,\nAnna",
        "Hi Sam,\nGiven that you are still in the middle of transitioning, we felt an on-air role might add pressure you don't need.\nBest,\nAnna",
        "Hi Sam,\nWe were after someone with a longer career runway for a ten-year programme.\nBest,\nAnna",
        # Everyday words: an age idiom said of the reader, a body part as a reason, "local" said of staff, people like the reader
        # after a reaction, carer duties as a reason, a "he" whose antecedent is the boss, complaints when staff wore something.
        "Hi Sam,\nThing is you're a bit long in the tooth for what we need on the ramps.\nBest,\nAnna",
        "Hi Sam,\nIt's a lot of kneeling, and with your back I can't see you lasting the winter.\nBest,\nAnna",
        "Hi Sam,\nThe owners want the floor staff to be local, so we can't offer you front of house.\nBest,\nAnna",
        "Hi Sam,\nThe regulars here aren't used to people like you yet.\nBest,\nAnna",
        "Hi Sam,\nWe don't think you could do the late finishes, and we can't have drivers ringing in because of carer stuff.\nBest,\nAnna",
        "Hi Sam,\nThe gaffer isn't doing that again, he wants lads who'll stick around.\nBest,\nAnna",
        "Hi Sam,\nWe've had complaints when carers wear a hijab, so we can't offer you the round.\nBest,\nAnna",
    )
    PASS = (
        "Hi Sam,\nThe role requires fluent Swedish for client calls, as the advert said, and in the mock call you switched to English twice.\nBest,\nAnna",
        "Hi Sam,\nAs stated in the advert, the post involves lifting up to 25 kg, and you completed 14 of the 20 kegs in the loading task.\nBest,\nAnna",
        "Hi Sam,\nAs a young company we get a lot of applications. The children in the Wednesday group loved your session.\nBest,\nAnna",
        "Hi Sam,\nIf you need any adjustments for the assessment day because of a disability, let us know and we will arrange them.\nBest,\nAnna",
        "Hi Sam,\nThank you for interviewing for the Staff Nurse post on the Elderly Care ward.\nBest,\nAnna",
        "Hi Sam,\nYou coached the under-9s brilliantly with the kids' parents watching. We didn't feel your budget answer was ready.\nBest,\nAnna",
        "Hi Sam,\nThis is a maternity cover post, so we need someone who can start on 3 March.\nBest,\nAnna",
        "Hi Sam,\nYou would run our accounts in Eastern Europe, and we needed more export experience than you showed.\nBest,\nAnna",
        "Hi Sam,\nWe're all married to the job in December, and I'd be happy to put your name forward for the Leeds role.\nBest,\nAnna",
        "Hi Sam,\nParents feel safer with staff who hold a first-aid certificate, and yours has lapsed.\nBest,\nAnna",
        "Hi Sam,\nYou have roots in the area, so you already know the estate, and your arrears plan was the strongest we saw.\nBest,\nAnna",
        "Hi Sam,\nWe liked a local angle in your pitch, and the costings were clear.\nBest,\nAnna",
        "Hi Sam,\nYou're great with the little ones, and none of us could see how to fault your safeguarding answer.\nBest,\nAnna",
        "Hi Sam,\nTo be clear, your recent parental leave made no difference to our decision; the case study did.\nBest,\nAnna",
        "Hi Sam,\nYou mentioned on your form that you are dyslexic. If any adjustments would help at the next stage, just let us know.\nBest,\nAnna",
        # A graduation year with nothing set against it; where staff live as a requirement; a counted set of pupils.
        "Hi Sam,\nYou graduated in 2019 and have led two audits since, which impressed us.\nBest,\nAnna",
        "Hi Sam,\nWe're looking for carers who live in Westfield, as the rounds start at 7, and your rota plan was clear.\nBest,\nAnna",
        "Hi Sam,\nYou kept all six children on task for the full ten minutes, and the plenary was clear.\nBest,\nAnna",
        # A look-alike of the same length as a term ("a family" in "a family business"); a possessive of a score; a fit not negated.
        "Hi Sam,\nWe're a family business, and your laminating was excellent.\nBest,\nAnna",
        "Hi Sam,\nYou scored 29 out of 40 against the appointed candidate's 34.\nBest,\nAnna",
        "Hi Sam,\nThe headscarf you designed for the show sits well with the costume brief, and your sketches were quick.\nBest,\nAnna",
        # The writer's own leave and own way of deciding; the reader's point, the reader's question; someone else's eponym disease;
        # a holiday as the time of the rota; a transitive "transitioning"; a runway not governed.
        "Hi Sam,\nI went on paternity leave the day after your interview, so I'm sorry this is late; your pricing answer was the gap.\nBest,\nAnna",
        "Hi Sam,\nAfter a lot of discussion and prayer we felt another applicant was the better match for the project right now.\nBest,\nAnna",
        "Hi Sam,\nYou made a good point about wanting a woman in this role to mentor you.\nBest,\nAnna",
        "Hi Sam,\nYou asked whether a woman in this role would get maternity pay, and the answer is yes.\nBest,\nAnna",
        "Hi Sam,\nYou discussed Mr Patel's Crohn's disease with the nurse in the role play, and we worried the pace was slow.\nBest,\nAnna",
        "Hi Sam,\nYou planned the weekend shifts well, and the rota even covered the weeks when Ramadan falls.\nBest,\nAnna",
        "Hi Sam,\nYou're in the middle of transitioning the team to the new rota, and it showed in your answers.\nBest,\nAnna",
        "Hi Sam,\nYour talk on giving graduates a longer career runway was the best we heard.\nBest,\nAnna",
        # Their look-alikes: a thing's age, how the reader lifted, a local thing, praise of people like the reader, someone else's
        # "she", a scheme's name, the clientele's aid, the team that shows the reader the ropes.
        "Hi Sam,\nYour van is a bit long in the tooth, so we'll lend you one for the first month.\nBest,\nAnna",
        "Hi Sam,\nYou lifted with your back straight and your knees bent every time, which is what we want to see.\nBest,\nAnna",
        "Hi Sam,\nWe want the produce to be local, and your menu delivered that.\nBest,\nAnna",
        "Hi Sam,\nWe need more people like you in the trade, and I hope you apply again.\nBest,\nAnna",
        "Hi Sam,\nYour referee rang, and she wants to know whether the lads need a reference too.\nBest,\nAnna",
        "Hi Sam,\nWe're expanding our young apprentices scheme in September, and you would be a great trainer for it.\nBest,\nAnna",
        "Hi Sam,\nWe've had complaints when residents bring a wheelchair into the lift, and you dealt with it calmly.\nBest,\nAnna",
        "Hi Sam,\nThe lads on nights will show you the ropes if you take the picker job.\nBest,\nAnna",
    )

    CHARACTERISTICS: ClassVar[dict[str, str]] = CHARACTERISTICS
    REPLACEMENT: ClassVar[str] = REPLACEMENT

    def run(self, ctx: Context) -> Iterator[Finding]:
        """One finding per sentence, over its mentions; the suggestion replaces the sentence."""
        for sent, found in references(ctx):
            last = ctx.doc[found[-1].end - 1]
            start, end = ctx.doc[found[0].start].idx, last.idx + len(last)
            groups = list(dict.fromkeys(self.CHARACTERISTICS[m.group] for m in found))
            s_start, s_end = sent.start_char, sent.start_char + len(sent.text.rstrip())
            yield self.finding(start, end, ctx=ctx, message=self.message.format(what=" and ".join(groups)),
                               suggestions=[self.suggest(s_start, s_end, self.REPLACEMENT)])
