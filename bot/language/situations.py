"""Situations read from the whole message: a workplace closing, a job lost to machines, a course finished,
an Afghan resettlement said without the scheme's name. Applied by bot.language.understanding once each
slot has one value (`view`: its normalised message, bot.language.understanding._View). The words for a job
ending are in bot.language.work_ending."""

from __future__ import annotations

import re
from typing import List, Optional

from bot.dialogue import intake
from bot.language.facts import Fact
from bot.language.jobs import (AT_WORKPLACE, EMPLOYEE_JOB, JOB_SAID, NOT_HELD, OCCUPATIONS, OWN_TRADE, PAST_JOB, RETIRED,
                                SECTORS, WORKS_NOW, held_now, job_guess)
from bot.language.work_ending import (AUTOMATION, CLOSED, CLOSING, ENDING, FOR_GOOD, JOB_GONE, JOB_LOSS, NOT_FOR_GOOD,
                                      OURS, TO_COME, let_go_together, losing)

_CAREER_NAMED = re.compile(r"\b(?:careers?|retrain|retraining|re train)\b")

# A school or college course finished recently: "did a BTEC at college and finished in June", "has just
# done her A levels". With nothing else said about their situation, a school leaver.
_STUDIES = r"(?:school|college|sixth form|6th form|a levels?|gcses?|btec|t levels?|year 1[13])"
_RECENT = (r"(?:in (?:may|june|july|august|the summer|summer)|this (?:year|summer)|last (?:year|summer|month|june|july)|"
           r"recently|a few (?:weeks|months) ago)")
# Nothing now, said as doing nothing ("now he's not doing anything, just sat on his computer", "not doin
# nothin right now"), not of a day or an evening ("I'm not doing anything on Saturday").
_DOING_NOTHING = re.compile(r"\bnot doing (?:anything|nothing|owt|much)\b(?! (?:on|at (?!the moment|present)|this|tonight|"
                            r"today|tomorrow|next|later|special|else|wrong|about|with|for|to)\b)")
_LEFT_STUDIES = re.compile(
    r"\b" + _STUDIES + r"\b[^.!?]{0,40}?\b(?:finished|left|done|completed)\b(?: (?:it|them|there))? " + _RECENT
    # ("just finished my level 3 extended diploma in IT", but not "just finished my shift at college")
    + r"|\b(?:just|recently) (?:done|finished|left|completed) (?:my |his |her |their )?(?:(?!at\b|in\b|shift)[\w-]+ )"
      r"{0,3}?(?:" + _STUDIES[3:-1] + r"|(?:extended )?diploma)\b"
    + r"|\b(?:finished|left|done|completed) (?:my |his |her |their )?" + _STUDIES + r" " + _RECENT
    # results in ("just got my GCSE results (mostly 5s)"), read beside the qualification, not instead of it
    + r"|\b(?:just )?(?:got|had|getting) (?:my |his |her |their )(?:gcse|gcses|a level|a levels|a-level|a-levels|"
      r"btec|t level) results\b"
    # a course started and given up: "started at college in September but he's packed it in"
    r"|\b" + _STUDIES + r"\b[^.!?]{0,50}?\b(?:packed it in|packed in|jacked it in|dropped out|quit|gave it up)\b"
    # the school or college by its name: "left Erdington Academy last summer", "finished at City College in June"
    r"|\b(?:finished|left) (?:at )?(?:(?!(?:my|his|her|a) (?:job|work)\b|job\b|work\b|shift\b)[\w'-]+ ){1,5}?"
    r"(?:school|college|academy|sixth form|6th form|high) " + _RECENT)
# School left, said by someone of school-leaving age: "im 18, left school wiv no gcses"; at 30 the same words
# only say what they left with.
_LEFT_SCHOOL = re.compile(r"\b(?:left|leaving|finished|finishing|finish|done with|done wiv|out of|dropped out of|drop out of|"
                          r"packed in|jacked in|quit|stopped|stop)(?: (?:his|her|my|their|the))? (?:[a-z]+ )?(?:school|skool|"
                          r"skl|college|academy|sixth form|6th form|year 11|year 13|yr 11|yr 13|gcses?|a levels?|btec|"
                          r"t levels?)\b"
                          # the exams of school's end, done: "did a levels but missed my uni offer", "got my T Level"
                          r"|\b(?:did|done|got|sat)(?: (?:his|her|my|their))? (?:a levels?|gcses?|btec|t levels?)\b")
SCHOOL_LEAVING_AGES = range(16, 19)
_INTO_DIGITAL = re.compile(r"\b(?:get|getting|go|move|moving|switch|switching|change|changing|career|job|jobs|"
                           r"work|working|retrain|retraining) (?:into|to|in|as) (?:a |the )?(?:tech|technology|digital|"
                           r"it|computing|computers|software|the tech industry|tech industry)\b")
# A workplace closing still to come, said as it is going on
_STILL_OPEN = re.compile(r"\b(?:closing|closin|shutting|shuttin|going bust|going under|going into administration|"
                         r"moving abroad|relocating|will|going to)\b")
# Pay they want more of, in the work they have: "need a better paid job. im a cleaner"
_BETTER_PAY = re.compile(r"\b(?:better paid|better paying|better pay|pays better|pay better|more money|higher pay|"
                         r"earn more|earning more|pays more|decent wage|living wage|proper wage)\b")
# Work in a sector, or done with it: "I work in retail", "done wiv retail", "been in care for years"
_SECTOR_WORK = re.compile(r"\b(?:work|working|worked|been|done with|done wiv|finished with|fed up (?:of|with)|"
                          # ("twenty years in retail management", "I've done admin in the NHS")
                          r"years|yrs|have done|'ve done|ve done|doing|"
                          r"sick of|bored of|tired of|had enough of|out of|get out of|leave|leaving) (?:in )?" + SECTORS
                          + r"\b")
_WISH = re.compile(r"\b(?:want|wanna|would like|like to|love to|fancy|hoping|hope to|move into|get into|"
                   # a different kind of work named: "need a desk job", "IT support might suit me", "out of care and into"
                   r"desk job|something indoors|(?:might|would|could) suit me|and into|"
                   r"looking at|looking into|looking to|considering|"
                   r"go into|retrain|change to|switch to|learn|thinking|keen|interested|"
                   r"(?:can|could) i (?:do|get|learn|study|train|try|retrain|switch|move)|sick of|fed up|bored of|"
                   r"want out|get out of|career change|change (?:my )?career|new career|"
                   # ("I'd genuinely enjoy data analysis", "I keep wondering about cyber security", "something more
                   # technical")
                   r"(?:would|'d|d) (?:\w+ )?enjoy|wondering about|wonder about|bored stiff|something more|"
                   # worn out by it: "I'm burning out, I dread Sunday nights", "the job is breaking me"
                   r"burning out|burnt out|burned out|breaking me|had enough|hate (?:my|the) job|dread|"
                   # a wish held a long time, or a way out needed: "always fancied learning to code", "need a plan B"
                   r"fancied|always wanted|plan b|a way out|(?:realistic|possible|too late) (?:at my age )?to (?:switch|change|move)|"
                   r"at my age to (?:switch|change|retrain))\b")
# How good their English is, with how much said: "her English is still quite basic", "my english is very
# limited" (the phrase tables hold the plain forms).
_ENGLISH_WEAK = re.compile(r"\b(?:my|his|her|their) english (?:is|'s|s) (?:(?:still|quite|very|pretty|really|fairly|"
                           r"rather|a bit|a little|so|too|kind of|not very) )*(?:basic|weak|poor|limited|bad|broken|"
                           r"not good|not great|beginner level|at beginner level)\b")
# Reading and writing English weak, whatever is said of speaking it: "his spoken English is okay-ish but his
# reading and writing are weak". Classes are set by the weaker skill, so that is the level.
_LITERACY_WEAK = re.compile(r"\b(?:reading|writing|reading and writing|reading or writing|written english|spelling|"
                            r"literacy) (?:is|are|'s|s) (?:(?:still|quite|very|pretty|really|a bit|a lot|not very) )*"
                            r"(?:weak|poor|basic|limited|bad|not good|not great|worse|behind)\b"
                            r"|\b(?:can not|cannot|can n't|struggles? to|struggling to) (?:really )?(?:read|write|read or write|"
                            r"read and write) (?:english|in english|much|well)\b")
# Computers wished for beside English, the ESOL-with-digital wish: "i want learn english and computer"
_ENGLISH_AND_COMPUTERS = re.compile(r"\b(?:learn|learning|study|studying|improve|course in|classes in|lessons in) "
                                    r"(?:my )?english (?:and|&|n|with|plus|also) (?:some |the |basic )?(?:computers?|"
                                    r"computing|digital|digital skills|computer skills|it skills)\b")
# An everyday digital task at work or at home they cannot do: "they want us all doing the online rota n i
# cant use it", "everything is on the app now and I don't know how". With no topic named, what they want is
# everyday digital skills.
_DIGITAL_THING = re.compile(r"\b(?:online|app|apps|website|system|computer|computers|laptop|tablet|portal|"
                            r"rota|payslips?|email|emails|internet|self checkouts?|smartphone|ipad)\b")
_CANNOT_USE = re.compile(r"\b(?:i|we) (?:can not|cannot|could not|struggle to|do not know how to|have no idea how to|"
                         r"do not understand how to) (?:even )?(?:use|do|work out|work|get on|log in|log on|sign in|"
                         r"fill in|manage|figure out|understand)\b"
                         r"|\b(?:i|we) (?:do not know how|have no idea how|struggle with it|can not do it|can not "
                         r"use it|can not work it)\b")
# Someone close doing it for them: "my son do everything on phone for me", "my daughter fills in all my forms
# online", "the kids have to do my emails". They rely on others for the everyday digital tasks: a beginner.
_DONE_FOR_ME = re.compile(
    r"\bmy (?:son|sons|daughter|daughters|kids|children|child|husband|wife|partner|grandson|granddaughter|"
    r"grandchildren|grandkids|family|neighbour|friend|niece|nephew|brother|sister)(?: \S+)?? (?:do|does|did|fill|"
    r"fills|has to do|have to do|has to fill|have to fill|sorts|sort|deals with|handles?)(?: in| out)? "
    r"(?:everything|it all|all|my|the|it)\b(?: \S+){0,6}? (?:phone|computer|laptop|online|internet|apps?|emails?|"
    r"forms?)\b")

# On a course now, whatever comes after it: "finishes his level 3 IT course in June", "halfway through my
# degree", "doing an access course at the moment". Not a course wished for ("I want to be doing a course").
_ON_A_COURSE = re.compile(
    r"\b(?:finish|finishes|finishing|is doing|am doing|are doing|currently doing|halfway through|is on|am on|"
    r"in (?:the|my|his|her|their) (?:first|second|third|final|last) year of) (?:my |his |her |their |a |an |the )?"
    r"(?:\w+ ){0,4}?(?:course|degree|a levels|btec|diploma|t level|access course|foundation year)\b"
    # ...or the year they are in at a place of study: "in my first year at City of Wolverhampton College"
    r"|\bin (?:my|his|her|their) (?:first|second|third|final|last|1st|2nd|3rd) year at (?:\w+ ){0,5}?"
    r"(?:college|uni|university|school|sixth form)\b")

# Weekdays they are free: "can only do mon n tues", "free on wednesdays and fridays". Some days in the working
# week, so part time (weekends are bot.language.phrases' evenings_weekends).
# ("wed" comes out of the normaliser as "we 'd", a contraction)
WEEKDAY = (r"(?:mon|monday|mondays|tue|tues|tuesday|tuesdays|wed|we 'd|weds|wednesday|wednesdays|thu|thur|thurs|"
           r"thursday|thursdays|fri|friday|fridays)")
# ...several in a row: "mon tue and wed", "mondays, wednesdays & fridays"
WEEKDAYS = WEEKDAY + r"(?:(?: ,)?(?: and| or| &)? " + WEEKDAY + r")*"
WEEKDAYS_FREE = re.compile(r"\b(?:only|can do|can only do|i am free|free|available|off)(?: on)? " + WEEKDAYS + r"\b")

# "Finished my BTEC at college in June": where they studied, not where they are now.
_FINISHED = re.compile(r"\b(?:finished|left|done|completed|leaving|quit|did|passed|studied|packed(?: in)?|dropped out|"
                       r"stopped|jacked(?: in)?)\b")
# Afghan schemes said without their names: "came on the resettlement scheme", "relocated with the army".
_AFGHAN = re.compile(r"\b(?:afghan|afghanistan|kabul)\b")
_RESETTLED = re.compile(r"\b(?:resettlement|relocation|relocated|resettled|evacuated)\b")


# An asylum claim still being decided, said in the resident's own words rather than a listed phrase:
# "waiting Home Office answer for my asylum 8 months now", "my case is still with the home office",
# "on section 95 support". In one sentence: asylum or the Home Office, and a cue that nothing is decided
# yet. A claim granted ("got my asylum", "granted refugee status") is a refugee, never this.
_ASYLUM_OR_HOME_OFFICE = re.compile(r"\b(?:asylum|home office|homeoffice)\b")
_UNDECIDED = re.compile(
    r"\b(?:wait\w*|pending|still|decision|decide\w*|answer|respon\w*|reply|hear\w*|interview|claim\w*|"
    r"case|appeal\w*|hotel|refused|reporting|report to|sign(?:ing)? (?:in|on) at|system|process)\b"
    r"|\b\d+ (?:months?|weeks?|years?) (?:now|already|so far)\b|\bfor (?:\d+|many|some) (?:months?|years?)\b")
_OWN_CLAIM = re.compile(r"\b(?:waiting|waited|wait) (?:on|for) (?:my|our) (?:claim|case|decision|interview|appeal)\b"
                        r"|\bmy (?:claim|case) (?:is|has been) (?:still |)(?:pending|waiting|open|ongoing)\b")
_ASYLUM_SUPPORT = re.compile(r"\b(?:section (?:95|98|4) (?:support|accommodation|money)?|aspen card|on section (?:95|98|4))\b")
_GRANTED = re.compile(
    r"\b(?:granted|given|got|received|won|approved|accepted|have|has)\b(?: \w+){0,3} "
    r"(?:asylum(?! (?:interview|claim|case|appeal|support|hotel|seeker|system|process))|refugee status|status|leave to remain|"
    r"papers|humanitarian protection|protection)\b|\bdecision (?:came|was) (?:positive|yes)\b|\bbrp\b")


_WORKS_THERE = re.compile(r"\b(?:work|works|working|worked|job|employed) (?:at|for|in) (?:the )?home ?office\b")


def _asylum_undecided(view) -> "re.Match | None":
    for sentence in re.split(r"[.!?;]+", view.plain):
        cue = _ASYLUM_OR_HOME_OFFICE.search(sentence)
        if (cue and _UNDECIDED.search(sentence) and not _GRANTED.search(sentence)
                and not _WORKS_THERE.search(sentence)):
            return re.search(re.escape(cue.group(0)), view.plain)
    # asylum asked about in one sentence, their own claim in another: "Is it true asylum seekers can do free
    # courses? I have been waiting on my claim for more than one year."
    cue = _ASYLUM_OR_HOME_OFFICE.search(view.plain)
    if cue and _OWN_CLAIM.search(view.plain) and not _GRANTED.search(view.plain) and not _WORKS_THERE.search(view.plain):
        return cue
    return _ASYLUM_SUPPORT.search(view.plain)


def _everyday_digital(facts: List[Fact], view, text: str) -> List[Fact]:
    """A digital task they cannot do, said as their trouble, is a wish for everyday digital skills."""
    if any(f.slot == "interest" and f.value != "not_sure" for f in facts):
        return facts
    for sentence in re.finditer(r"[^.!?]+", view.plain):
        cannot = _CANNOT_USE.search(sentence.group(0))
        if cannot and _DIGITAL_THING.search(sentence.group(0)):
            start = sentence.start() + cannot.start()
            kept = [f for f in facts if f.slot != "interest"]
            return kept + [view.fact("interest", "general_digital", start, sentence.start() + cannot.end(), text)]
    return facts


# Topics set side by side to ask what they are: "whats the difference between data and cyber" (not a choice
# made between them)
_COMPARED = re.compile(r"\b(?:difference between|differences between|what is the difference with) "
                       r"(?P<topics>[^.!?]{1,60}?\b(?:and|or|&|vs|versus)\b[^.!?,]{1,40})")


def _topics_compared(facts: List[Fact], view, text: str) -> List[Fact]:
    compared = _COMPARED.search(view.plain)
    if compared is None:
        return facts
    topics = compared.group("topics")
    asked = [f for f in facts if f.slot == "interest" and f.text.lower() in topics]
    if not asked:
        return facts
    kept = [f for f in facts if f.slot != "interest"]
    return kept + [view.fact("interest", "not_sure", compared.start(), compared.end(), text)]


def _unless_said(facts: List[Fact], slot: str, value, pattern: "re.Pattern", view, text: str) -> List[Fact]:
    """`slot` = `value` where `pattern` says so and nothing else in the message gave the slot."""
    if any(f.slot == slot for f in facts):
        return facts
    found = pattern.search(view.plain)
    return facts if found is None else facts + [view.fact(slot, value, found.start(), found.end(), text)]


_STUDY_PLACE = re.compile(r"\b(?:at|in) (?:college|school|uni|university|sixth form|6th form)\b")


def _studies_done(text: str, studying: Fact) -> bool:
    """Every place of study named is one they finished with ("I did a level 2 at college"), not one they are
    at ("passed my GCSEs at school, now at college")."""
    clauses = re.split(r"[,.;!?]", text.lower())
    places = [(c, m) for c in clauses for m in _STUDY_PLACE.finditer(c)]
    if not places:
        return bool(_FINISHED.search(re.split(r"[,.;!?]", text[:studying.start].lower())[-1]))
    return all(_FINISHED.search(c[:m.start()]) for c, m in places)


def _wished_before(plain: str, at: int) -> bool:
    """A wish earlier in the clause: "I want to retrain and work in a bank now" is not work now."""
    return _WISH.search(re.split(r"[,.;!?]", plain[:at])[-1]) is not None


# Hard up, said of themselves: with no work, no money coming in; beside work held, pay too low to live on.
_HARD_UP = {"skint", "broke", "no money at all", "not a penny"}


def tidy_background(facts: List[Fact], view, text: str) -> List[Fact]:
    facts = _everyday_digital(facts, view, text)
    facts = _topics_compared(facts, view, text)
    facts = _unless_said(facts, "availability", "part_time", WEEKDAYS_FREE, view, text)
    facts = _unless_said(facts, "interest", "general_digital", _ENGLISH_AND_COMPUTERS, view, text)
    facts = _unless_said(facts, "digital_confidence", "basic", _DONE_FOR_ME, view, text)
    facts = _unless_said(facts, "english_level", "basic", _ENGLISH_WEAK, view, text)
    literacy = _LITERACY_WEAK.search(view.plain)
    if literacy:
        facts = [f for f in facts if not (f.slot == "english_level" and f.value in ("intermediate", "fluent"))]
        facts = _unless_said(facts, "english_level", "basic", _LITERACY_WEAK, view, text)
    course = _ON_A_COURSE.search(view.plain)
    if course and not _wished_before(view.plain, course.start()):
        facts = _unless_said(facts, "employment_status", "in_education", _ON_A_COURSE, view, text)
    studying = next((f for f in facts if f.slot == "employment_status" and f.value == "in_education"), None)
    if studying and (_studies_done(text, studying) or _LEFT_STUDIES.search(view.plain)):
        facts.remove(studying)
    # (after a course left is no longer study: "started college but packed it in, now not doing anything")
    facts = _unless_said(facts, "employment_status", "unemployed", _DOING_NOTHING, view, text)
    if (not any(f.slot == "immigration_status" for f in facts) and _AFGHAN.search(view.plain)
            and _RESETTLED.search(view.plain)):
        cue = _RESETTLED.search(view.plain)
        facts.append(view.fact("immigration_status", "afghan_resettlement", cue.start(), cue.end(), text))
    if not any(f.slot == "immigration_status" for f in facts):
        pending = _asylum_undecided(view)
        if pending:
            facts.append(view.fact("immigration_status", "asylum_seeker", pending.start(), pending.end(), text))
    facts = losing(facts, view, text)
    facts = let_go_together(facts, view, text)
    slots = {f.slot: f for f in facts}
    background = slots.get("background")
    employment = slots.get("employment_status")
    closing = CLOSING.search(view.plain)
    if closing and NOT_FOR_GOOD.match(view.plain, closing.end()):
        closing = None  # "the shop closed early today": shut for a while, not gone
    if closing and (background is None or background.value in ("unemployed", "low_wage", "career_changer")):
        if background:
            facts.remove(background)
        background = view.fact("background", "displaced_worker", closing.start(), closing.end(), text)
        facts.append(background)
    if closing and employment is None and _STILL_OPEN.search(closing.group(0)):
        # closing, not closed: "a plastics plant in Aldridge, which has just announced it's closing" is work held
        employment = view.fact("employment_status", "employed", closing.start(), closing.end(), text)
        facts.append(employment)
    income = slots.get("annual_income")
    works = WORKS_NOW.search(view.plain) if employment is None else None
    if works and _wished_before(view.plain, works.start()):
        works = None  # "I want to retrain and work in a bank now": the wish, not the work
    own = OWN_TRADE.search(view.plain) if employment is None else None
    if own and not _wished_before(view.plain, own.start()):
        # "I run a small nail bar in Brierley Hill", "i have my own barber shop": work for themselves
        employment = view.fact("employment_status", "self_employed", own.start(), own.end(), text)
        facts.append(employment)
        works = None
    if works:  # "I live in Oldbury and work in a warehouse now": the work they do now, whatever they did before
        employment = view.fact("employment_status", "employed", works.start(), works.end(), text)
        facts.append(employment)
    if employment is None and (background is None or background.value != "unemployed"):
        # a job held now: "I'm a school dinner lady, about 9 grand a year" (any job, with its pay), "Police
        # officer, 41, Coventry", "I'm a secondary school maths teacher" (a job only ever done for an employer)
        # are in work. A trade often done for oneself (driver, cleaner, hairdresser) without pay is asked
        # about (even when they want out of it: "hairdresser 10 yrs, sick of it" may be self-employed), unless
        # the words around it say it is theirs now ("hgv driver atm", "12 hour shifts"); "I was a nurse in
        # Syria", "retired teacher", "a qualified nurse from Kenya" are not in work.
        job = JOB_SAID.search(view.plain) or (job_guess(view.plain) if income is not None else None)
        said = job.group(0).lstrip(" ,.;!") if job else ""
        held = income is not None or (job is not None and (
            EMPLOYEE_JOB.search(said) or AT_WORKPLACE.match(view.plain, job.end()) or held_now(view.plain, job)) and not NOT_HELD.search(view.plain[max(0, job.start() - 12):job.end()]))
        if job and not PAST_JOB.match(said) and held:
            employment = view.fact("employment_status", "employed", job.start(), job.end(), text)
            facts.append(employment)
    for_good = closing is not None and FOR_GOOD.match(view.plain, closing.end()) is not None
    if employment is None and closing and (CLOSED.search(closing.group(0)) or (
            for_good and closing.group(0).endswith(" shut"))) and not WORKS_NOW.search(view.plain):
        # their workplace has closed and no work now is said: out of work ("the firm went bust in October")
        employment = view.fact("employment_status", "unemployed", closing.start(), closing.end(), text)
        facts.append(employment)
    ours = closing is not None and OURS.search(view.plain[max(0, closing.start() - 24):closing.start()])
    if employment is None and ours and not CLOSED.search(closing.group(0)) and TO_COME.match(view.plain, closing.end()):
        # their own workplace closing at a time to come: still in work until then ("my factory closing in April")
        employment = view.fact("employment_status", "employed", closing.start(), closing.end(), text)
        facts.append(employment)
    hard_up = income if (employment is not None and employment.value == "employed" and income is not None
                         and income.value == 0 and income.text.lower() in _HARD_UP) else None
    if hard_up is not None:  # "I clean offices early mornings and I'm sick of being skint": low paid, not no income
        facts.remove(hard_up)
    by_pay = "low_wage" if hard_up else intake.background_from_pay(employment.value if employment else None,
                                                                   income.value if income else None)
    # Pay under the threshold said with a wish for something else ("£12.21 an hour ... want to get out of
    # care") is led by the pay: low wage, unless a change of career is named outright ("career change").
    led_by_pay = background is not None and background.value == "career_changer" and not _CAREER_NAMED.search(
        view.plain)
    if by_pay and (background is None or led_by_pay):  # employed on under the low-wage threshold (bot.dialogue.intake)
        if background is not None:
            facts.remove(background)
        background = Fact("background", by_pay, income.start, income.end, income.text)  # (the pay, or hard up)
        facts.append(background)
    if background and background.value == "unemployed" and not (
        employment and employment.value == "unemployed"
    ):
        facts.remove(background)  # "lost my job ... now at Tesco": not unemployed any more
        background = None
    loss = JOB_LOSS.search(view.plain)
    if loss and AUTOMATION.search(view.plain) and (
        background is None or background.value in ("unemployed", "low_wage", "career_changer")
    ):  # "lost my job when the warehouse got robots": displaced by automation
        if background:
            facts.remove(background)
        facts.append(view.fact("background", "displaced_worker", loss.start(), loss.end(), text))
        background = facts[-1]
    return _in_their_words(facts, view, text, background)


def _in_their_words(facts: List[Fact], view, text: str, background) -> List[Fact]:
    """Situations said without the usual words: a job gone, a job ending, school just left, a trade
    they want out of."""
    slots = {f.slot: f for f in facts}
    employment = slots.get("employment_status")
    gone = JOB_GONE.search(view.plain)
    if gone and (employment is None or employment.value == "employed"):
        said_work = employment is not None
        if employment is not None:
            facts.remove(employment)
        employment = view.fact("employment_status", "unemployed", gone.start(), gone.end(), text)
        facts.append(employment)
        # with no work said beside it, as "lost my job" says: out of work ("since my cleaning job went")
        if background is None and not said_work:
            background = view.fact("background", "unemployed", gone.start(), gone.end(), text)
            facts.append(background)
    young = "age" in slots and slots["age"].value in SCHOOL_LEAVING_AGES
    if background is not None and background.value == "unemployed" and background in facts and young:
        # out of work since school or college ended, at 16 to 18: a school leaver ("17, care leaver, left school
        # after Y11 ... NEET since the summer", "he packed in his college course last christmas")
        left = _LEFT_STUDIES.search(view.plain) or _LEFT_SCHOOL.search(view.plain)
        if left:
            facts.remove(background)
            facts.append(view.fact("background", "school_leaver", left.start(), left.end(), text))
        return facts
    if background is not None:
        return facts
    ending = ENDING.search(view.plain)
    if ending:
        facts.append(view.fact("background", "displaced_worker", ending.start(), ending.end(), text))
        return facts
    left = _LEFT_STUDIES.search(view.plain)
    if left is None and "age" in slots and slots["age"].value in SCHOOL_LEAVING_AGES:
        left = _LEFT_SCHOOL.search(view.plain)
    if left:
        facts.append(view.fact("background", "school_leaver", left.start(), left.end(), text))
        return facts
    if employment and employment.value == "unemployed":
        return facts
    topic = "interest" in slots and slots["interest"].value != "not_sure"
    job = JOB_SAID.search(view.plain) or job_guess(view.plain) or _SECTOR_WORK.search(view.plain) or \
        WORKS_NOW.search(view.plain)
    if job and RETIRED.search(view.plain[max(0, job.start() - 12):job.end()]):
        return facts  # "retired teacher 67 want to learn email": not changing career
    better = _BETTER_PAY.search(view.plain)
    if better and (job or (employment and employment.value in intake.WORKING)) and not PAST_JOB.search(
            view.plain[max(0, job.start() - 12):job.end()] if job else ""):
        facts.append(view.fact("background", "low_wage", better.start(), better.end(), text))
        return facts
    # a wish for a topic, or to get into tech at all: "I want to get into tech but I'm not sure what role"
    wish = job and (_WISH.search(view.plain, job.end()) if topic else _INTO_DIGITAL.search(view.plain, job.end()))
    if wish:
        facts.append(view.fact("background", "career_changer", job.start(), job.end(), text))
    return facts


# Work said of the person asked for: "my partner is 29 and works in a factory", "she's working at Tesco".
_THEY_WORK = re.compile(r"\b(?:he|she|they|who|and|but) (?:works|work|is working|'s working|s working|are working) "
                        r"(?:in|at|for|as|full time|part time|nights|shifts)\b")


# ...or said as what they are: "my partner's a bus driver", "she is a care worker at a home in Tipton"
_THEY_ARE = re.compile(r"\b(?:he|she|who|(?:my|our) (?:\w+ )?(?:partner|husband|wife|son|daughter|brother|sister|"
                       r"friend|mate|client|dad|mum|father|mother|boyfriend|girlfriend|cousin|nephew|niece)) "
                       r"(?:is|'s|s) (?:an? )?(?:\w+ ){0,2}?(?:" + OCCUPATIONS + r")s?\b")


def their_work(view, text: str) -> Optional[Fact]:
    """In work, said of the person the resident asks for (their facts are the message's)."""
    m = _THEY_WORK.search(view.plain) or _THEY_ARE.search(view.plain)
    if m is not None and NOT_HELD.search(m.group(0)):
        return None  # "she is a trainee nurse", "he is a former soldier"
    if m is None or _wished_before(view.plain, m.start()):
        return None
    return view.fact("employment_status", "employed", m.start(), m.end(), text)


__all__ = ["their_work", "tidy_background"]
