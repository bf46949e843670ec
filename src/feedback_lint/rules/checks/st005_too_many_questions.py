from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.lexicon import contains_any, lexicon
from ..base import CheckRule, RuleDoc, register

if TYPE_CHECKING:
    from spacy.tokens import Span

MAX_QUESTIONS = 3
#: A list marker before a question ("- ", "* ", "• ", "– ", "— ", "2) ", "(b) "): read past it.
LIST_MARKER = re.compile(r"^(?:[-*\u2022\u2013\u2014]|\(?\d+[.)]|\(?[a-z][.)])\s+")
#: A blank line between two questions: the second stands in a paragraph of its own.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n")

#: A statement of why the writer asks, before the question proper ("I'd like to do better next time, so …",
#: "Since you'd already flagged a couple of things, …"): a statement, not a question, so it opens like one.
PREAMBLE = r"^(?:(?:i|i'm|i'd|i've|as|since|because|to|before|while|now\s+that)\b[^?]*?(?:,\s*(?:so|and)?|\s+so|\s+and)\s+)?"


@register
class TooManyQuestions(CheckRule):
    CODE = "ST005"
    NAME = "too-many-questions"
    CATEGORY = Category.STRUCTURE
    SEVERITY = Severity.WARNING
    MESSAGE = "More than three questions: a list of questions reads as an interrogation and is rarely answered"
    #: The message with the count filled in.
    COUNT_MESSAGE = "{questions} questions: a list of questions reads as an interrogation and is rarely answered"
    FIX_TITLE = "Keep the one or two questions that matter most"
    NO_SUGGESTION_REASON = "Which questions matter most is the writer's choice."
    DOC = RuleDoc(
        what=f"Drafts with more than {MAX_QUESTIONS} questions. A question that only asks leave to ask ('Could I ask a couple of things?', 'Could I pick your brain on two things?', also after a reason: 'I'd like to do better next time, so may I ask a few questions?') does not count, nor a last, broader forward-looking question set apart from the others ('And more broadly, should I finish my exams before reapplying?', or in a paragraph of its own: 'Would you suggest anything else before I apply again?'), nor leave to say more on points already named ('could I ask you to expand on two of them?', 'Could I ask about three of them?') or a request to answer the points that follow ('Could you briefly come back to me on a few points?', 'Could you help me with three things?'), nor a practical question about sending something later or keeping in touch ('Would it be okay to send you the revised versions in the new year?') or about openings the writer could apply for ('Are there any summer roles worth applying for?') or the role's pay band ('Would you be able to share the band for the role?'; not 'why was the band not in the advert?'). Questions after leave for the reader to answer only some of them ('I've numbered them so you can answer only the quick ones:', 'answer whichever you have time for') are a menu, not an interrogation, and do not count unless they ask why. A list may be marked with hyphens, dashes, bullets, numbers or letters, and a question that follows up another in the same list item ('1. How did my answer on the till float come across? Was it the count or the paperwork?') is part of that point.",
        why="The reader is doing you a favour; each extra question makes replying more work and the message more like a cross-examination.",
        example="What went wrong? Who decided? Was it the test? Did you read my CV? When will you reply?",
        instead="Is there one thing you would suggest I work on before applying again?",
    )
    #: A question that only asks leave to ask ("Could I ask a couple of things while it's fresh?", "May I ask
    #: you a few questions?"): it announces the questions that follow and is not one the reader must answer.
    #: A question with its content in it ("Can I ask why I was turned down?") is no announcement.
    #: The leave may follow a statement of why the writer asks ("I would like to do better next time, so
    #: please can I ask you some questions?") and may carry a "please"; a preamble that is itself a question
    #: ("Why was I rejected, and can I ask a few things?") is no statement, so it must open like one.
    ASK_LEAVE = re.compile(
        PREAMBLE + r"(?:and\s+|so\s+)?(?:please\s*,?\s+)?(?:could|can|may|might)\s+i\s+(?:please\s+)?(?:just\s+|quickly\s+|also\s+)?(?:ask\s+(?:you\s+)?|pick\s+your\s+brains?\s+(?:on\s+|about\s+)?)"
        r"(?:(?:a\s+)?(?:few|couple(?:\s+of)?|one|two|three|some)\s+|a\s+)?"
        r"(?:more\s+|quick\s+|short\s+|small\s+|follow-up\s+|specific\s+)*"
        r"(?:things?|questions?|something)\b"
        r"(?:\s+(?:while|since|now|if|before)\b[^?]*)?\?$",
        re.IGNORECASE,
    )
    #: Leave to ask for more on points already named, with how many ("Since you'd flagged a couple of things,
    #: could I ask you to expand on two of them?", "Could you say a bit more on a couple of those?", "Could I
    #: ask about three of them?"): it announces the questions that follow, like ``ASK_LEAVE``. With its content
    #: in it ("could I ask you to expand on why I was rejected?") it is a question.
    ASK_EXPAND = re.compile(
        PREAMBLE + r"(?:and\s+|so\s+)?(?:please\s*,?\s+)?"
        r"(?:(?:(?:could|can|may|might)\s+i\s+(?:please\s+)?ask\s+you\s+to|(?:could|can|would)\s+you\s+(?:please\s+)?)\s*"
        r"(?:expand|elaborate|say\s+(?:a\s+(?:bit|little)\s+)?more|tell\s+me\s+(?:a\s+(?:bit|little)\s+)?more)\s+(?:on|about)"
        r"|(?:could|can|may|might)\s+i\s+(?:please\s+)?ask\s+(?:you\s+)?about)\s+"
        r"(?:(?:a\s+)?(?:few|couple|one|two|three|some|both|each)\s+(?:of\s+)?)?(?:them|those|these|the\s+(?:points|things|comments))"
        r"(?:\s+(?:while|since|now|if|before)\b[^?]*)?\?$",
        re.IGNORECASE,
    )
    #: A request to answer a number of points that follow ("Could you briefly come back to me on a few points?", "Would you
    #: mind answering three questions?", "Could you help me with three things?", "could you pass on these three questions?"):
    #: it announces them, like ``ASK_LEAVE``. With its content in it ("could you answer why I was turned down?") it is a
    #: question.
    ASK_POINTS = re.compile(
        PREAMBLE + r"(?:and\s+|so\s+)?(?:please\s*,?\s+)?"
        r"(?:(?:could|can|would)\s+you\s+(?:please\s+)?(?:possibly\s+)?|would\s+you\s+mind\s+)(?:(?:briefly|quickly)\s+)?"
        r"(?:answer(?:ing)?|come\s+back\s+to\s+me\s+on|coming\s+back\s+to\s+me\s+on|get\s+back\s+to\s+me\s+on|getting\s+back\s+to\s+me\s+on"
        r"|comment(?:ing)?\s+on|respond(?:ing)?\s+to|repl(?:y|ying)\s+to|look(?:ing)?\s+at|help(?:ing)?\s+me\s+with|pass(?:ing)?\s+on)\s+"
        r"(?:a\s+few|a\s+couple\s+of|some|two|three|the\s+following|these(?:\s+(?:two|three))?)\s+(?:(?:quick|short|specific)\s+)?(?:points|questions|things)"
        r"(?:\s+(?:while|since|now|if|before|below)\b[^?]*)?\s*\?$",
        re.IGNORECASE,
    )
    #: A practical question about the writer sending or sharing something later, or keeping in touch ("Would
    #: it be okay to send you the revised versions in the new year?", "Would you mind if I sent you my
    #: portfolio once it's updated?", "Can I stay in touch?"): one more thing to say yes to, not one more
    #: question about the decision. A question that asks why is no such question.
    PRACTICAL = re.compile(
        r"^(?:and\s+|so\s+|also,?\s+|lastly,?\s+|finally,?\s+)?(?:please\s*,?\s+)?(?:"
        r"(?:(?:would|will|is)\s+it\s+be|is\s+it)\s+(?:ok(?:ay)?|alright|all\s+right|fine|possible)\s+(?:with\s+you\s+)?(?:if\s+i|to|for\s+me\s+to)"
        r"|(?:would|do)\s+you\s+mind(?:\s+if\s+i|\s+me)?"
        r"|would\s+you\s+be\s+(?:happy|ok(?:ay)?|open)\s+(?:for\s+me\s+to|to\s+me|with\s+me)"
        r"|(?:could|can|may|might|shall)\s+i)"
        r"\s+(?:please\s+)?(?:also\s+)?(?:send|sent|sending|share|shared|sharing|forward|email|e-mail|emailed|pass\s+on|show\s+you"
        r"|run\s+(?:it|them|this|these)\s+past|get\s+in\s+touch|getting\s+in\s+touch|got\s+in\s+touch|check\s+in"
        r"|keep\s+in\s+touch|keeping\s+in\s+touch|kept\s+in\s+touch|stay\s+in\s+touch|staying\s+in\s+touch|stayed\s+in\s+touch|follow\s+up|touch\s+base"
        r"|connect\s+(?:with\s+you\s+)?on\s+linkedin)\b",
        re.IGNORECASE,
    )
    #: The one closing question set apart as the broader one ("And more broadly, should I finish the exams
    #: before reapplying?", "Finally, what would you suggest I work on before applying again?"): the
    #: forward-looking ask CN003 wants, put after the specific ones, is not one more item of a list. It has
    #: to open with such a marker, look forward (``forward_ask``) and not ask why.
    BROADER = re.compile(
        r"^(?:and\s+|but\s+|so\s+)?(?:more\s+(?:broadly|generally)|(?:on\s+a\s+)?(?:broader|wider|more\s+general)\s+(?:note|point|level)"
        r"|in\s+general|generally|broadly|finally|lastly|last\s+of\s+all|one\s+last\s+(?:thing|question)|looking\s+ahead"
        r"|beyond\s+(?:that|this|the\s+interview))\b",
        re.IGNORECASE,
    )
    #: A question whether there are openings the writer could apply for ("Are there any summer roles worth applying
    #: for?", "Do you have other vacancies coming up?"): it looks ahead to the next application, not back at the
    #: decision, like ``PRACTICAL``. A question that asks why is no such question.
    OPENINGS = re.compile(
        r"^(?:and\s+|so\s+|also,?\s+|lastly,?\s+|finally,?\s+)?(?:are\s+there|is\s+there|do\s+you\s+have|will\s+there\s+be|will\s+you\s+have)"
        r"\s+(?:(?:any|other|more|further|some|similar|upcoming|future|summer|seasonal|temporary|part-time|junior|open|a|an|another)\s+)*"
        r"(?:roles?|openings?|vacanc(?:y|ies)|positions?|posts?|jobs?|placements?|contracts?|internships?)\b",
        re.IGNORECASE,
    )
    #: A request for the pay band of the role ("Would you be able to share the band for the role?", "Could you tell me
    #: the salary range?", "What is the pay scale for the post?"): a fact about the job to calibrate future applications,
    #: like ``OPENINGS``, not one more question about the decision ("What was the range of scores?" is one). A question
    #: that asks why is no such question.
    PAY_BAND = re.compile(
        r"^(?:and\s+|so\s+|also,?\s+|lastly,?\s+|finally,?\s+)?(?:please\s*,?\s+)?(?:"
        r"(?:would|could|can|will)\s+you\s+(?:please\s+|kindly\s+)?(?:be\s+able\s+to\s+|be\s+willing\s+to\s+|mind\s+)?"
        r"(?:share|sharing|tell\s+me|telling\s+me|confirm|confirming|let\s+me\s+know|give\s+me|giving\s+me|send\s+me|sending\s+me)"
        r"(?:\s+what)?"
        r"|(?:what|which)\s+(?:is|was|'s|’s|would\s+be)"
        r")\s+(?:the|its|your)\s+(?:advertised\s+|actual\s+)?(?:(?:salary|pay)\s+(?:band|range|scale|bracket|grade)s?|bands?)\b",
        re.IGNORECASE,
    )
    #: Leave for the reader to answer only some of the questions that follow ("I've numbered them so you can answer
    #: only the quick ones:", "answer whichever you have time for", "no need to answer them all"): the writer offers
    #: a menu to pick from, the opposite of an interrogation that wants every answer. The questions after it do not
    #: count, unless they ask why.
    CHOOSE = re.compile(
        r"\b(?:(?:answer|reply\s+to|respond\s+to|pick|choose|take)\s+(?:only|just)\s+(?:the|those|some|one|whichever|any|a\s+few)\b"
        r"|(?:answer|reply\s+to|respond\s+to|pick|choose)\s+(?:whichever|any\s+(?:of\s+them\s+)?(?:you|that)|the\s+(?:quick|easy|short)\s+ones?)\b"
        r"|(?:skip|ignore|leave\s+out)\s+(?:any|the\s+ones?|those|whichever)\s+(?:you|that)\b"
        r"|no\s+need\s+to\s+(?:answer|reply\s+to)\s+(?:them\s+)?all\b"
        r"|(?:don't|do\s+not|doesn't)\s+(?:feel\s+(?:you\s+)?)?(?:have|need|obliged)\s+to\s+(?:answer|reply\s+to)\s+(?:them\s+)?all\b)",
        re.IGNORECASE,
    )
    WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
    FAIL = (
        "Hi,\nWhat went wrong? Who made the decision? Was it the test? When will I hear more?\nThanks,\nOmar",
        # asking leave with the question in it is a question, and four real asks after a leave are still many
        "Hi,\nCan I ask why I was turned down? Was it the test? Who decided? When will I hear more?\nThanks,\nOmar",
        "Hi,\nCould I ask a couple of things? Was it the test? Who decided? Was it my CV? When will I hear more?\nThanks,\nOmar",
        # a statement before the leave does not hide a question with its content in it
        "Hi,\nI was told nothing, so can I ask why I was turned down? Was it the test? Who decided? When will I hear more?\nThanks,\nOmar",
        # a closing 'more broadly' question still counts when it asks why, or when four asks come before it
        "Hi,\nWho decided? Was it the test? Did anyone read my CV? And more broadly, why does nobody reply to candidates?\nThanks,\nOmar",
        "Hi,\nWhy was I rejected? Who decided? Was it the test? Did anyone read my CV? Finally, what should I work on before I reapply?\nThanks,\nOmar",
        # the forward-looking ask in the middle of a barrage is one more question
        "Hi,\nWho decided? Finally, what should I work on before I reapply? Was it the test? Did anyone read my CV?\nThanks,\nOmar",
        # a barrage of whys is not excused by a forward-looking ask in a paragraph of its own, a closing
        # question set apart that asks nothing about what to do next still counts, and so does a forward
        # ask in the same paragraph as the others with no marker setting it apart
        "Hi,\nWhy was I rejected? Why did nobody call me? Why was the test so long? Why did it take a month?\n\nWhat should I work on before I apply again?\nThanks,\nOmar",
        "Hi,\nWho decided? Was it the test? Did anyone read my CV?\n\nWhen will the next round be announced?\nThanks,\nOmar",
        "Hi,\nDid the budget add up? Was the timeline realistic? Did my slides run long? What would you suggest I work on before applying again?\nThanks,\nOmar",
        # leave to say more on something named, and a practical question that asks why, are questions
        "Hi,\nCould I ask you to expand on why I was turned down? Was it the test? Who decided? When will I hear more?\nThanks,\nOmar",
        "Hi,\nWho decided? Was it the test? Did anyone read my CV?\nCan I email you to ask why nobody called me back?\nThanks,\nOmar",
        # a demand list with one practical question in it is still a demand list
        "Hi,\nWho decided? Was it the test? Did anyone read my CV? When will you reply? Can I send you my references?\nThanks,\nOmar",
        # a dashed list of four questions about the decision, and a question about openings that asks why
        "Hi,\n– Who decided?\n– Was it the test?\n– Did anyone read my CV?\n– When will you reply?\nThanks,\nOmar",
        "Hi,\nWho decided? Was it the test? Did anyone read my CV? Is there a job you think I am suited to, and why was it not this one?\nThanks,\nOmar",
        # a question about pay that asks why, or a request for something that is not the pay band, still counts
        "Hi,\nWho decided? Was it the test? Did anyone read my CV? Why was the salary band not in the advert?\nThanks,\nOmar",
        "Hi,\nWho decided? Was it the test? Did anyone read my CV? Could you share the scoring grid for the role?\nThanks,\nOmar",
        "Hi,\nWho decided? Was it the test? Did anyone read my CV? What was the range of scores on the test?\nThanks,\nOmar",
        # leave to answer only some does not excuse a list of whys, nor the questions asked before it
        "Hi,\nAnswer whichever you like:\n1. Why was I rejected?\n2. Why did nobody call?\n3. Why was the test so long?\n4. Why did it take a month?\nThanks,\nOmar",
        "Hi,\nWho decided? Was it the test? Did anyone read my CV? When will you reply? Answer only the ones you like.\nThanks,\nOmar",
    )
    PASS = (
        "Hi,\nCould you tell me how my case study came across? Is there anything you would suggest I work on?\nThanks,\nOmar",
        # a question that only asks leave to ask announces the ones that follow
        "Hi,\nCould I ask a couple of things while it's fresh? Did my wordmark read as too safe? Was the rough mobile layout a big factor? What would you want to see in my portfolio next time?\nThanks,\nOmar",
        "Hi,\nCould you help me with three things?\n1. Was it my dosing or how I presented it?\n2. How did my audit answer compare?\n3. Is there a project I could lead next year?\nThanks,\nOmar",
        "Hi,\nYou mentioned some gaps. Could I ask about three of them?\n1. Was it the forecast or the recharge model?\n2. Is IOSH the course you'd want?\n3. Could I take over purchasing approvals?\nThanks,\nOmar",
        "Hi,\nCould you pass on these three questions if they're willing?\n1. Was the gap in my root-cause analysis?\n2. Did they want more on closing deviations?\n3. Which part of Annex 1 should I know better?\nThanks,\nOmar",
        "Hi,\nCould I pick your brain on two things? Was I slow on the cocktails, or was it my ticket order? Did I get any of the spec drinks wrong? And could you let me know by Wednesday about the April spot?\nThanks,\nOmar",
        "Hi,\nMay I ask you a few quick questions? How did my case study come across? Was the budget realistic? What should I work on first?\nThanks,\nOmar",
        # the leave after a statement of why, with 'please'
        "Hi,\nI want to do better next time, so please can I ask you some questions?\n1) Did my answer on fire drills miss the log book? 2) Should I do the moving-and-handling refresher? 3) Was my shift-handover example too short?\nThanks,\nOmar",
        "Hi,\nAs I hope to apply again, may I please ask a few questions? How did my case study come across? Was the budget realistic? What should I work on first?\nThanks,\nOmar",
        # three specific asks and one closing, broader forward-looking question set apart
        "Hi,\n- the VAT question: did I miss the reverse charge? - the sampling task: was 25 invoices too few? - the role-play: was I too cautious?\nAnd more broadly, should I finish my exams before I reapply?\nThanks,\nOmar",
        "Hi,\nDid the budget add up? Was the timeline realistic? Did my slides run long? Finally, what would you suggest I work on before applying again?\nThanks,\nOmar",
        # the closing forward-looking ask in a paragraph of its own, after a statement, with options in it
        "Hi,\n- The cash-flow forecast: was 5% growth too high?\n- The covenant test: did I use the right EBITDA?\n- The memo: did the recommendation follow?\n\nI start a CFA course in May. Would you suggest anything else, for example a placement or a book, before I apply again?\nThanks,\nOmar",
        # leave to say more on points already named announces the questions that follow
        "Hi,\nSince you flagged a few things on the call, could you say a bit more on three of them? Was the palette too muted? Did the grid feel cramped? Was the logo too small?\nThanks,\nOmar",
        "Hi,\nI'd like to learn from it, so could I ask you to expand on a couple of those? Was the palette too muted? Did the grid feel cramped? Was the logo too small?\nThanks,\nOmar",
        # a list item asked and narrowed in a second question is one point
        "Hi,\n1. How did my till count come across? Was it the speed or the paperwork?\n2. Was my answer on refunds right?\n3. Should I do the cash-handling course first?\nThanks,\nOmar",
        # a request to answer the points that follow announces them
        "Hi,\nCould you briefly come back to me on a few points?\n- Was the palette too muted?\n- Did the grid feel cramped?\n- Was the logo too small?\nThanks,\nOmar",
        # a practical question about sending something later or keeping in touch is not about the decision
        "Hi,\nWas the palette too muted? Did the grid feel cramped? Was the logo too small? Would it be okay if I sent you the reworked pieces in the spring?\nThanks,\nOmar",
        "Hi,\nDid my pitch run long? Was the budget realistic? Did the timeline slip?\nDo you mind if I stay in touch about future openings?\nThanks,\nOmar",
        # a question about openings to apply for looks ahead, also as the last item of a dashed list
        "Hi,\nI have a few questions, if you have time:\n– Was my lede too soft?\n– Did the piece run long?\n– Should I practise filming?\n– Are there any summer roles worth applying for?\nThanks,\nOmar",
        # a request for the role's pay band, to calibrate future applications
        "Hi,\n1. Was my forecast too cautious? 2. Did the memo run long? 3. Was my Power BI page clear?\n4. The advert said the pay was competitive. Could you tell me the salary range for the post?\nThanks,\nOmar",
        # a numbered list the writer lets the reader answer only in part is a menu, not an interrogation
        "Hi,\nI've numbered these so you can answer just the ones you have time for:\n1. Was my forecast too cautious?\n2. Did the memo run long?\n3. Was my Power BI page clear?\n4. Should I do the modelling course first?\n5. Was my answer on covenants right?\nThanks,\nOmar",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        questions = [s for s in ctx.sentences if s.text.rstrip().endswith("?") and not self._not_counted(s.text.strip())]
        if not questions:  # most drafts ask nothing: the search for a menu reads the whole text
            return
        questions = self._one_per_list_item(ctx, questions)
        menu = self._menu_from(ctx)
        if menu is not None:
            questions = [s for s in questions if s.start_char < menu or self.WHY.search(s.text)]
        if questions and self._broader_closing(ctx, questions[-1], questions[-2] if len(questions) > 1 else None):
            questions = questions[:-1]
        if len(questions) > MAX_QUESTIONS:
            extra = questions[MAX_QUESTIONS]
            yield self.finding(extra.start_char, extra.start_char + len(extra.text.rstrip()), ctx=ctx,
                               message=self.COUNT_MESSAGE.format(questions=len(questions)))

    @staticmethod
    def _one_per_list_item(ctx: Context, questions: list["Span"]) -> list["Span"]:
        """The questions with a follow-up in the same list item left out: "1. How did my till count come across? Was it
        the speed or the paperwork?" is one point of the list, asked and narrowed."""
        text, kept, item = ctx.doc.text, [], None
        for s in questions:
            line = text.rfind("\n", 0, s.start_char) + 1
            marked = LIST_MARKER.match(text[line : s.end_char].lstrip())
            if marked and line == item:
                continue
            item = line if marked else None
            kept.append(s)
        return kept

    def _menu_from(self, ctx: Context) -> int | None:
        """Where the questions offered as a menu start: the end of the first leave for the reader to answer
        only some of them (``CHOOSE``), or None."""
        found = self.CHOOSE.search(ctx.draft.lintable.replace("\u2019", "'"))
        return found.end() if found else None

    def _not_counted(self, text: str) -> bool:
        """A question that only announces the ones that follow (``ASK_LEAVE``, ``ASK_EXPAND``, ``ASK_POINTS``) or is a
        practical one about sending something later or keeping in touch (``PRACTICAL``), about openings to
        apply for (``OPENINGS``) or about the role's pay band (``PAY_BAND``)."""
        text = LIST_MARKER.sub("", text)
        if self.ASK_LEAVE.match(text) or self.ASK_EXPAND.match(text) or self.ASK_POINTS.match(text):
            return True
        return bool(self.PRACTICAL.match(text) or self.OPENINGS.match(text) or self.PAY_BAND.match(text)) and not self.WHY.search(text)

    def _broader_closing(self, ctx: Context, sent, previous) -> bool:  # type: ignore[no-untyped-def]
        """Whether the draft's last question is the broader, forward-looking one set apart after the
        others, not a question about why: opened by a marker (``BROADER``) and looking forward
        (``forward_ask``), or, without a marker, in a paragraph of its own after the others and asking
        what the writer could do next (``closing_forward_ask``: "I'm sitting the exam in August. Would you
        suggest anything else before I apply again?")."""
        text = sent.text.strip()
        text = LIST_MARKER.sub("", text)
        if self.WHY.search(text):
            return False
        lemmas = " ".join(t.lemma_.lower() for t in sent if not t.is_space)
        read = f"{text.lower()}\n{lemmas}"
        if self.BROADER.match(text):
            return contains_any(read, lexicon("forward_ask", ctx.language))
        apart = previous is not None and PARAGRAPH_BREAK.search(
            ctx.draft.lintable, previous.start_char + len(previous.text.rstrip()), sent.start_char)
        return bool(apart) and contains_any(read, lexicon("closing_forward_ask", ctx.language))
