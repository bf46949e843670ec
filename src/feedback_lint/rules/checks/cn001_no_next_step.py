from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.lexicon import contains_any, lexicon
from ..base import CheckRule, RuleDoc, register


@register
class NoNextStep(CheckRule):
    CODE = "CN001"
    NAME = "no-next-step"
    CATEGORY = Category.CONSTRUCTIVENESS
    SEVERITY = Severity.WARNING
    KINDS = ("feedback",)
    MESSAGE = "Criticism with no next step: the candidate learns what was wrong but not what would help"
    FIX_TITLE = "Add one concrete, actionable next step"
    #: Inserted after the last criticism; the placeholder is for the writer to fill.
    NEXT_STEP = "One thing that would strengthen a future application: [a concrete next step, such as a course, a practice exercise or an experience to gain].\n\n"
    DOC = RuleDoc(
        what="Feedback that names a gap or weakness but never says what the candidate could do about it.",
        why="Feedback is useful when it can be acted on. A gap with no next step reads as a verdict on the person.",
        example="Unfortunately your answers in the technical round were weak.",
        instead="Your answers in the technical round were weak on indexing; working through a course on query plans would help before you apply again.",
    )
    FAIL = (
        "Hi Sam,\nUnfortunately your answers in the technical round were weak and the case study lacked detail.\nRegards,\nAnna",
        # contact for questions and a general offer of help are not a next step
        "Hi Sam,\nUnfortunately your plating was slow and the sauce was missing. If you have any questions, please get in touch.\nRegards,\nAnna",
        "Hi Sam,\nYour answers lacked detail on indexing. I'm happy to answer any questions.\nRegards,\nAnna",
        # a condition that is not a step, and future applications that are only kept on file
        "Hi Sam,\nUnfortunately your answers were weak on lookups. If you can't make the debrief, we will post the notes.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your answers were weak on lookups. If you cannot attend the debrief, we will post the notes.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your answers were weak on lookups. We keep all CVs on file for future applications.\nRegards,\nAnna",
        # the writer coming back, or something that came back, is not a step for the candidate
        "Hi Sam,\nUnfortunately your report lacked a summary. We will come back to you about the next round.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your references came back to us with concerns about timekeeping.\nRegards,\nAnna",
        # a role judged not to suit the candidate, a colleague keeping an eye on them, an application
        # already made, lessons the candidate taught, and a topic that kept coming up are no step
        "Hi Sam,\nUnfortunately we did not think the night shifts would suit you, and your till count was out by twelve pounds.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your till count was out by twelve pounds, and the supervisor had to keep an eye on your float all evening.\nRegards,\nAnna",
        "Hi Sam,\nYou did apply for the Welsh-essential post, but unfortunately your written task came out at level 2.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately the two lessons you taught overran and the lesson plan had no differentiation.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately stock rotation kept coming up in the final round, and your answers on it were weak.\nRegards,\nAnna",
        # a bare invitation to apply or to watch the jobs page names nothing to do about the gap
        "Hi Sam,\nUnfortunately your written Spanish task came out at a basic level. Please do apply for future campaigns.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your written Spanish task came out at a basic level. You are welcome to apply for other roles.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your till count was out by twelve pounds. Keep an eye on our jobs page.\nRegards,\nAnna",
        # someone else fast-tracked, and months the business gets, are no step for the candidate
        "Hi Sam,\nUnfortunately your role play missed the safety check. The successful candidate went straight to the final interview.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately the pass waited on your garnish twice. We get a few months of quiet trade after Christmas.\nRegards,\nAnna",
        # a deadline for sending something is no habit to build
        "Hi Sam,\nUnfortunately six of the links in your newsletter were dead. Please let us know before you send it to the client.\nRegards,\nAnna",
        # an introduction the candidate already had is no offer of one
        "Hi Sam,\nUnfortunately your plan missed the approval lead time. Dr Ellis, who introduced you to the panel, agreed.\nRegards,\nAnna",
    )
    PASS = (
        "Hi Sam,\nYour case study lacked a budget. I would recommend practising a costed plan before you apply again.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately three slots were promised without checking the drivers' hours. Get familiar with the hours view in the planner first.\nRegards,\nAnna",
        "Hi Sam,\nThank you for interviewing with us. You were excellent and we have made you an offer for the next stage.\nRegards,\nAnna",
        # a step put as a condition, as what the writer would do, as advice, or as an offer
        "Hi Sam,\nThe job needs a full driving licence, which you do not have yet. Once you've passed your test, please get back in touch.\nRegards,\nAnna",
        "Hi Sam,\nYou struggled with the load combinations. I'd spend some time on the worked examples in the IStructE manual.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your tests only checked the happy path. Our advice is to write tests for wrong input first.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately this post needs SC clearance. I'd be happy to put you forward for one of our commercial contracts.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately the pass waited on your sauce for 12 minutes. A few months on a busy line would sort it, and I'd happily have you back for another go.\nRegards,\nAnna",
        # a retake of the test or assessment that went wrong
        "Hi Sam,\nOn the A-road section you were doing 56 in the 50 zone, which is a fail. You're welcome to book another assessment after 8 weeks.\nRegards,\nAnna",
        "Hi Sam,\nYour score on the numeracy test was below our pass mark. You can resit it in three months.\nRegards,\nAnna",
        # a step as a condition the candidate can meet, a request to their manager, a future application welcomed
        "Hi Sam,\nUnfortunately the role needs spoken German at B2, and your call test fell short. If you can reach B2, we would be glad to see your application.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately the reconciliation had two errors you did not catch. If you can, ask your current employer to let you run a month-end close.\nRegards,\nAnna",
        "Hi Sam,\nYour stock count lacked a variance log. Once that is second nature we would welcome a future application.\nRegards,\nAnna",
        # an invitation to come back, and a bit more of the missing experience
        "Hi Sam,\nUnfortunately your forklift test had two kerb strikes. Get a few more months on a reach truck first.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately the pastry section was too much on your own. Getting a bit more time on a busy service is what's missing.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your till count was out by twelve pounds. Do come back and see us when the summer roles open.\nRegards,\nAnna",
        # what doing something would put the candidate in a position for
        "Hi Sam,\nYou left out the double block and bleed. Refreshing the isolation standards would put you in a good position for the autumn vacancies.\nRegards,\nAnna",
        # another opening pointed out as suiting the candidate, and lessons or classes on offer
        "Hi Sam,\nUnfortunately you weren't confident choosing a connection detail. Our graduate scheme would suit you well, and applications open in October.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your till count was out by twelve pounds. We have a weekend post coming up in March.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your till count was out by twelve pounds. Our Lampeter branch has a part-time role that I think would suit you.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately the post is Welsh essential and your written task came out at level 2. The council funds Welsh lessons for applicants.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately the call test showed your German is not yet at B2. The college runs evening classes that start in September.\nRegards,\nAnna",
        # an offer to fast-track a future application, and a stretch of experience to get in the imperative
        "Hi Sam,\nUnfortunately your role play missed the safety check. Applications reopen in May, and we'll take you straight to the final interview.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately the pass waited on your garnish twice. Get a couple of months on a busy line and try us again.\nRegards,\nAnna",
        # a check to make a habit of before sending or submitting work
        "Hi Sam,\nUnfortunately three totals in your report did not match the appendix. Check every figure against the source before you hit send.\nRegards,\nAnna",
        # an offer to pass the application to another manager, a plan set out for the reader, a proposal
        "Hi Sam,\nUnfortunately you switched to English twice in the German call. I would pass your application straight to our Nordic desk manager.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your answer on the conflict question was weak. Plan: book onto the ILM Level 3 in January. Go for it.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately you were late on three cues. What I propose: you call the cues for the Sunday matinees with Marta beside you.\nRegards,\nAnna",
        # an offer to introduce the candidate to someone who can help close the gap
        "Hi Sam,\nUnfortunately your plan missed the approval lead time. I would happily introduce you to our data manager, who runs the approvals.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately your plan missed the approval lead time. I can put you in touch with our approvals lead.\nRegards,\nAnna",
        # a promise to call the candidate first when a named post opens
        "Hi Sam,\nThe risotto went out twice with the rice chalky. You're the first person I'll call when the summer post opens in May.\nRegards,\nAnna",
        "Hi Sam,\nUnfortunately the safeguarding scenario was the weaker answer. Refreshing your safeguarding training would cover this; we will be hiring again in April, so do apply.\nRegards,\nAnna",
        # a retest or the next intake as the step
        "Hi Kyle,\nThe cap let you down: the bend test opened up a porosity defect. Put some hours in on stop-starts and come back and test again.\nTa,\nSteve",
        "Dear Mr Lindqvist,\nEvery cadet must hold a Class 1 medical before a place can be confirmed. Once you hold it you can apply directly to the September intake.\nYours sincerely,\nRachel",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        if ctx.has("criticism_cues") and not self.has_next_step(ctx):
            start, end = ctx.first_line
            cues = lexicon("criticism_cues", ctx.language)
            criticised = [s for s in ctx.body_sentences if contains_any(s.text.lower(), cues)]
            # After the paragraph with the last criticism: the next step follows the gap it answers.
            at = ctx.next_paragraph_point(criticised[-1].start_char) if criticised else ctx.closing_insert_point
            yield self.finding(start, end, ctx=ctx, suggestions=[
                self.suggest(at, at, self.NEXT_STEP)
            ])

    def has_next_step(self, ctx: Context) -> bool:
        """Whether the draft names a next step (``next_step_cues``)."""
        return ctx.has("next_step_cues")
