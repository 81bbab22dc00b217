"""Situations read from the whole message: a workplace closing, a job lost to machines, a course finished,
an Afghan resettlement said without the scheme's name. Applied by bot.language.understanding once each
slot has one value (`view`: its normalised message, bot.language.understanding._View)."""

from __future__ import annotations

import re
from typing import List

from bot.dialogue import intake
from bot.language.facts import Fact

_AUTOMATION = re.compile(r"\b(?:automation|automated|automating|automate|robots?|robotic|machines?|ai|"
                         r"self checkouts?|self service|chatbots?|driverless|computeri[sz]ed)\b")
# The job going, or at risk, in the resident's own words; with an automation cue anywhere in the
# message ("they got machines doing it now", "the robots have taken over the paint shop", "replaced
# by a chatbot") the resident is a worker displaced by automation.
_JOB_LOSS = re.compile(
    r"\b(?:lost (?:my |our |the )?jobs?|laid (?:me |us )?off|got sacked|got fired|made redundant|redundanc\w*|"
    r"let (?:me |us |(?:most|all|some|half) of us |(?:most|all|some|half) of the \w+ )?go|being let go|"
    r"replac\w*|taken over|took over|does my job|do my job|doing (?:my job|it)|no more job|"
    r"cutting (?:jobs|staff)|job cuts|(?:job|jobs) (?:is|are) going|on the list|writing on the wall|"
    r"my job(?: \S+){1,5} (?:is|'s) (?:going|at risk|being cut)|"
    r"trialling|trialing)\b")
# A workplace closing is a job lost to change, said before or after it happens: "the plant's shutting
# in March", "the depot closed". The resident is a displaced worker either way.
_CLOSING = re.compile(
    r"\b(?:plant|factory|depot|warehouse|site|distribution (?:centre|center)|call (?:centre|center)|"
    r"store|shop|branch|works|office|mill|firm|company|business|yard|mine|pit|garage|line)\b"
    r"(?: \S+){0,7}? (?:is |are |has |'s |s |will be |going to )?(?:closing|closin|shutting|shut|closed|closes|shuts|"
    r"going bust|gone bust|going under|gone under|moving abroad|relocating|going into administration|"
    r"gone into administration|winding down|being automated|is automating)\b")


# "Finished my BTEC at college in June": where they studied, not where they are now.
_FINISHED = re.compile(r"\b(?:finished|left|done|completed|leaving|quit)\b")
# Afghan schemes said without their names: "came on the resettlement scheme", "relocated with the army".
_AFGHAN = re.compile(r"\b(?:afghan|afghanistan|kabul)\b")
_RESETTLED = re.compile(r"\b(?:resettlement|relocation|relocated|resettled|evacuated)\b")


def tidy_background(facts: List[Fact], view, text: str) -> List[Fact]:
    studying = next((f for f in facts if f.slot == "employment_status" and f.value == "in_education"), None)
    if studying and _FINISHED.search(re.split(r"[,.;!?]", text[:studying.start].lower())[-1]):
        facts.remove(studying)
    if (not any(f.slot == "immigration_status" for f in facts) and _AFGHAN.search(view.plain)
            and _RESETTLED.search(view.plain)):
        cue = _RESETTLED.search(view.plain)
        facts.append(view.fact("immigration_status", "afghan_resettlement", cue.start(), cue.end(), text))
    slots = {f.slot: f for f in facts}
    background = slots.get("background")
    employment = slots.get("employment_status")
    closing = _CLOSING.search(view.plain)
    if closing and (background is None or background.value in ("unemployed", "low_wage", "career_changer")):
        if background:
            facts.remove(background)
        background = view.fact("background", "displaced_worker", closing.start(), closing.end(), text)
        facts.append(background)
    income = slots.get("annual_income")
    by_pay = intake.background_from_pay(employment.value if employment else None,
                                        income.value if income else None)
    if by_pay and background is None:  # employed on under the low-wage threshold (bot.dialogue.intake)
        background = Fact("background", by_pay, income.start, income.end, income.text)
        facts.append(background)
    if background and background.value == "unemployed" and not (
        employment and employment.value == "unemployed"
    ):
        facts.remove(background)  # "lost my job ... now at Tesco": not unemployed any more
        background = None
    loss = _JOB_LOSS.search(view.plain)
    if loss and _AUTOMATION.search(view.plain) and (
        background is None or background.value in ("unemployed", "low_wage", "career_changer")
    ):  # "lost my job when the warehouse got robots": displaced by automation
        if background:
            facts.remove(background)
        facts.append(view.fact("background", "displaced_worker", loss.start(), loss.end(), text))
    return facts


__all__ = ["tidy_background"]
