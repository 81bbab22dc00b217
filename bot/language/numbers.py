"""Numbers in residents' words: "forty five", "18k", "£9.50 an hour, 30 hours a week", "45 yrs".

These work on the normalised token text built by bot.language.understanding (lowercase norms joined by single
spaces, number words already turned into digits). Each parser returns (value, start, end) with
offsets into that text, or nothing: an amount we cannot place in a year, or an age that may be
someone else's, is left for the dialogue to ask about.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Tuple

from bot.language import births
from bot.language.asking_for import SUPPORTING

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
_PERIODS = {
    "year": 1, "yr": 1, "annum": 1, "annually": 1, "yearly": 1, "pa": 1,
    "week": 52, "wk": 52, "weekly": 52, "pw": 52,
    "month": 12, "monthly": 12, "mth": 12, "pm": 12, "pcm": 12,
    "hour": None, "hr": None, "hourly": None, "ph": None,
}
_COMPACT = {"pa", "pw", "pcm", "ph", "annually", "yearly", "weekly", "monthly", "hourly"}
_MONEY = re.compile(
    r"(?<![\w.,£])(?P<cur>£ ?)?(?!0\d)(?P<num>" + NUM + r")(?: ?(?P<mult>k|grand|thousand)(?![\w]))?"
    r"(?: (?P<unit>pounds?|quid))?"
    r"(?: (?P<conn>a |an |per |each |every |/ |p |the )?(?P<per>" + "|".join(_PERIODS) + r"))?(?![\w])"
)
_HOURS = re.compile(  # (not "£11 hr": that is pay by the hour)
    r"(?<![\w.£])(?<!£ )(?P<h>\d{1,2}(?:\.\d)?) (?:hours|hour|hrs|h)"
    r"(?: (?:a|per|each|every|/) (?:week|wk)| pw| weekly| a week)?(?! (?:a|per) (?:day|month))"
)
# Without £, k or a period, only pay words make a number money: "on 07700 900123" is a phone.
_INCOME_CUE = re.compile(
    r"(?:earn|earns|earning|salary|income|wage|wages|paid|make|making|take home)(?: is| of| was)?"
    r"(?: (?:about|around|roughly|approx|approximately|like|just|only|over|under))? $"
)
# Hourly pay with no hours given is made yearly on a full-time week: 37.5 paid hours, 52 paid weeks
# (paid holiday included). The assumption the DfE's low-wage rule itself states: "earn less than
# £15,736.50 annual gross salary based on the Social Mobility Commission's low pay threshold of £8.07
# (hourly rate in 2016) and on the assumption of a 37.5 hour contract with paid statutory holiday
# entitlement" (AEB 2018 to 2019 low wage trial,
# https://www.gov.uk/government/news/adult-education-budget-aeb-2018-to-2019-increased-flexibility-for-learners-in-receipt-of-low-wage).
# A part-timer who gives only a rate is over-estimated, never under: a route with an income cap is not
# opened on a guess. docs/nlu.md.
ASSUMED_WEEKLY_HOURS = 37.5
# Minimum plausible amount per period when there is no £, k or "pounds" to say it is money.
_BARE_MIN = {1: 1000, 52: 80, 12: 300, None: 4}
# Sums that are not pay: a debt, a loan, savings, fees or a price, said after or before the amount.
_NOT_PAY_AFTER = re.compile(r" (?:of |in |worth of )?(?:debt|debts|loans?|student loans?|savings|saved|fees?|tuition|"
                            r"overdraft|arrears|deposit|rent|a course|for a course|for the course|to pay back)\b")
_NOT_PAY_BEFORE = re.compile(r"\b(?:owe|owes|owing|debt of|debts of|loan of|loans of|saved|savings of|fees of|"
                             r"costs?|costing|price of|pay back|paying back|borrowed|deposit of|course fees?)"
                             r"(?: (?:about|around|over|nearly|almost|up to))? (?:£ ?)?$")
# Pay that comes some months and not others: "some months I clear 3k, some months nothing" is no yearly sum
_NOW_AND_THEN = re.compile(r"\b(?:some|good|busy|a good|a busy|in a good|on a good) (?:months?|weeks?)\b[^.;!?]{0,25}$")
_RANGE_BEFORE = re.compile(r"(?:\d(?: ?k| ?grand)? ?(?:-|to)|between) ?$")


def _amount(m: re.Match) -> float:
    value = float(m.group("num").replace(",", ""))
    return value * 1000 if m.group("mult") else value


def _pounds_and_pence(m: re.Match) -> bool:
    """"11.50 hr": pounds and pence before a period are pay (hours are not counted to the penny)."""
    return bool(m.group("per")) and _PERIODS.get(m.group("per"), 1) is None and bool(
        re.fullmatch(r"\d{1,2}\.\d{2}", m.group("num")))


def weekly_hours(text: str) -> Optional[float]:
    found = {float(m.group("h")) for m in _HOURS.finditer(text) if 1 <= float(m.group("h")) <= 80}
    return found.pop() if len(found) == 1 else None


# Hours worked, then the rate they are worked at: "20 hrs at like £11.50", "16 hours a week on £12"
_HOURS_AT = re.compile(r"\b(?:hours?|hrs?)(?: a week| per week| pw| a wk)? (?:at|@|on) (?:like |about |around |roughly )?$")


def annual_income(text: str) -> Optional[Tuple[float, int, int]]:
    """One yearly amount in £, or None when there is none or the amounts disagree."""
    results = []
    for m in _MONEY.finditer(text):
        before = text[max(0, m.start() - 40): m.start()]
        ranged = _RANGE_BEFORE.search(before)
        money_word = m.group("cur") or m.group("mult") or m.group("unit") or _pounds_and_pence(m)
        per = m.group("per")
        if per and not (m.group("conn") or per in _COMPACT or money_word):
            per = None  # "30 hour week" is hours, not pay
        factor = _PERIODS[per] if per else 1
        amount = _amount(m)
        if not per and money_word and amount <= 100 and _HOURS_AT.search(before):
            factor = None  # "usually 20 hrs at like £11.50": hours worked at a rate, so the rate is an hour's
        if _NOW_AND_THEN.search(before):
            continue
        if not per and (_NOT_PAY_AFTER.match(text, m.end()) or _NOT_PAY_BEFORE.search(before)):
            continue  # "end up with 50 grand of debt", "saved 3k", "fees of £9,250": money, but not pay
        if not money_word:
            if per:
                if amount < _BARE_MIN[factor]:
                    continue
            elif not (_INCOME_CUE.search(before) and amount >= 1000):
                continue
        elif not per and not m.group("mult") and 0 < amount < 5000 and factor is not None:
            continue  # "£300": a week? a month? ask rather than guess
        if factor is None:
            hours = weekly_hours(text) or ASSUMED_WEEKLY_HOURS
            yearly = amount * hours * 52
        else:
            yearly = amount * factor
        if ranged:
            # "roughly 19-20k", "£18,000 to £20,000": the top of the range, as an hourly rate is taken on a full
            # week, so a route with an income cap is never opened on an amount lower than they may earn
            low_end = m.start() - len(before) + ranged.start()
            results = [r for r in results if r[2] <= low_end]
        if 0 <= yearly <= 500_000:
            results.append((round(yearly, 2), m.start(), m.end()))
    if len({r[0] for r in results}) != 1:
        return None
    return results[0]


def hourly_pay(text: str) -> Optional[Tuple[float, int, int]]:
    """A rate of pay per hour ("£11.50 an hour", "12 quid an hour"): someone paid by the hour works."""
    for m in _MONEY.finditer(text):
        per = m.group("per")
        if per and _PERIODS[per] is None and (m.group("conn") or per in _COMPACT or m.group("cur") or m.group("unit")
                                              or _pounds_and_pence(m)):
            amount = _amount(m)
            if _BARE_MIN[None] <= amount <= 200:
                return amount, m.start(), m.end()
    return None


# Nationalities residents name themselves by ("I am Polish 44 years"): read before an age, never as a job.
NATIONALITIES = (
    "polish", "romanian", "bulgarian", "lithuanian", "latvian", "slovak", "czech", "hungarian", "ukrainian",
    "russian", "albanian", "portuguese", "italian", "spanish", "greek", "turkish", "kurdish", "syrian", "iraqi",
    "iranian", "afghan", "pakistani", "indian", "bangladeshi", "sri lankan", "nepali", "chinese", "vietnamese",
    "somali", "sudanese", "eritrean", "ethiopian", "nigerian", "ghanaian", "zimbabwean", "kenyan", "congolese",
    "yemeni", "libyan", "egyptian", "moroccan", "algerian", "palestinian", "lebanese", "jordanian", "filipino",
    "jamaican", "brazilian", "hong konger", "european", "african", "asian", "arab",
)
_AGE_UNITS_AFTER = (
    r"(?! ?(?:hours?|hrs?|h|days?|weeks?|months?|k|grand|thousand|pounds?|quid|%|percent|times|"
    r"minutes?|mins?|miles?|pm|am|p\.m\.|a\.m\.|o'clock|of|kids?|children|an|a|per|pw|x|/|-(?= ?\d)|st|nd|"
    r"rd|th|stone|kg|lbs|foot|feet|ft|cm|£|gcses?|a levels?|levels?|\.\d|,\d|"
    # an age given roughly ("30 something", "40 plus", "50ish", Romanian "30 și ceva") is not the age: it is asked
    r"something|summat|odd|plus|ish|\+|s(?:i|și|şi) ceva)(?![\w]))"
)
# A greeting before a terse message's first clause leaves it first: "hiya 29 n live in bloxwich".
_GREETING = (r"(?:(?:hi|hiya|hii|hiii|hello|helo|hey|heya|hey there|hi there|hello there|alright|morning|"
             r"afternoon|evening|good morning|good afternoon|good evening) (?:[,:-] )?)")  # ("hi there - 31, Shirley")
_BESIDE_PLACE = re.compile(r"(?:^" + _GREETING + r"?(?P<n>\d{2})(?= § )|§ (?P<n2>\d{2})(?= [,;.!?]|$))")
# ...or a place then an age opening a terse message or clause: "telford 37 jobless 6 months", "hi, dudley 55
# never used a computer" (not "walsall 40 hours a week": units after the number are not ages), or who they are
# in a few claimed words: "care leaver 18 need help", "single mum 34 looking for a course"
_PLACE_THEN_AGE = re.compile(r"(?:^" + _GREETING + r"?|[,;.!?] |(?:from|frm|in) )§(?: §){0,2} (?P<n>\d{2})" + _AGE_UNITS_AFTER
                             + r"(?! (?:years?|yrs?)\b)(?= [a-z§]| ?[,.!?]| ?$)")
# ...or an age and a state opening a terse message or clause: "27 n unemployed", "hi 52 and redundant"
_AGE_AND_STATE = re.compile(r"(?:^" + _GREETING + r"?|[,;.!?] )(?P<n>\d{2}) (?:and|&) (?:i am )?"
                            r"(?:§|(?:living|live|based|staying|currently living|currently based)\b)")
# ...or a terse clause that is an age and where they are: "58 in bilston", "18 from tamworth", "29 hairdresser
# in halesowen" (a word or two between). Units after the number ("16 gcses in walsall") are not ages.
_AGE_IN_PLACE = re.compile(r"(?:^" + _GREETING + r"?|[,;.!?] )(?:now )?(?P<n>\d{2})" + _AGE_UNITS_AFTER
                           + r"(?= (?:[a-z]+ ){0,2}(?:in|from|frm|at|near|nr|livin in|living in) §)")
_BARE_CLAUSE = re.compile(r"(?:^" + _GREETING + r"?|[,;.!?] )(?:now |aged? )?(?P<n>\d{2})(?: now)?(?= [,;.!?](?: |$)| ?$)")
# ...or opening a message about what they have just done: "16 just done gcses", "18 just left college"
_AGE_JUST_DID = re.compile(r"(?:^" + _GREETING + r"?|[,;.!?] )(?P<n>\d{2})(?= just (?:§|done|did|finished|left|"
                           r"completed|got|moved|lost|been|started|turned|come|came|arrived)(?![\w])"
                           r"| (?:left|finished|finishin|leaving|finishing|doing|in) (?:school|college|sixth form|§|"
                           r"(?:yr|year) ?1[0-3]|my gcses|gcses|a levels|my a levels)(?![\w]))")
# ...or between a job and a place, the way a small ad reads: "carer 31 tipton, on nights", "delivery driver 26
# west brom". Not a bus, route or house number ("the 51 walsall", "no 16 tipton road").
_AGE_BEFORE_PLACE = re.compile(r"(?<![\w£.,])(?<!the )(?<!bus )(?<!number )(?<!no )(?<!route )(?<!junction )"
                               r"(?<!platform )(?P<n>\d{2})(?= §(?: §)*(?: [,;.!?]| ?$))")
# ...or opening a terse message, a word or three before it, with the wish straight after the place: "teacher 45
# wolverhampton want to learn coding", "retired 67 walsall need help with email"
_AGE_PLACE_WISH = re.compile(r"(?:^|[,;.!?] )(?:[a-z]+ ){0,3}(?<!the )(?<!bus )(?<!number )(?<!no )(?<!route )"
                             r"(?P<n>\d{2}) §(?= (?:want|wants|wanna|looking|need|needs|"
                             r"would like)\b)")
# ...with its unit, anywhere before the place: "have refugee status 29 yrs smethwick want learn coding" (not
# "for 10 years walsall", how long)
_AGE_UNIT_BEFORE_PLACE = re.compile(r"(?<![\w£.,])(?<!for )(?<!since )(?<!last )(?<!about )(?<!over )(?P<n>\d{2}) "
                                    r"(?:yrs|yr|years|yo)(?: old)?(?= §)")
# ...or said just before where they live, mid-sentence: "i am refugee from sudan 45 in coventry"
_AGE_THEN_HOME = re.compile(r"(?<![\w£.,])(?<!for )(?<!been )(?<!over )(?<!about )(?<!the )(?<!last )(?<!past )"
                            r"(?<!than )(?<!since )(?<!spent )(?<!lived )(?<!worked )(?<!working )(?P<n>\d{2})" + _AGE_UNITS_AFTER
                            + r"(?= (?:in|living in|live in|livin in|based in) §)")
# Years served in the forces: "Ex-Army, 12 years Royal Signals" (read in the unmasked words: the service is a
# phrase of its own)
_SERVED = re.compile(r"\b(?:army|navy|raf|forces|military|marines|served|service)\b[^.!?\d]{0,6}(?P<n>\d{1,2}) "
                     r"(?:years|yrs|yr)\b")
# An age said in years, opening a clause: "34 years, live in Walsall" (not how long: "22 years I've been there")
_YEARS_SAID = re.compile(r"(?:^|[,;.!] |and |, )(?P<n>\d{1,3}) (?:years|yrs|yr|year)(?! (?:ago|experience|exp|of|in|"
                         r"at|with|working|as|service|now|unemployed|out|on|doing|there|here|this|last|next|since|ever|odd|"
                         # how long, said first: "22 years I've been there", "20 years he's been doing it",
                         # "31 years I worked there"
                         r"(?:i|he|she|they|we) (?:(?:have|has|'s|'ve|s|had) )?(?:been|worked|done)|been|i have|he has|"
                         r"she has|(?:i|he|she|they|we) (?:worked|work|was|were|did|spent|lived|drove|drive)|worked|"
                         # "28 years making locks", "20 years driving buses": how long they did it
                         r"spent|[a-z]{2,}ing)(?![\w]))(?![\w])")
# ...or opening a clause with the wish straight after it: "cn i use this?? 26 wanna get in2 coding"
_AGE_THEN_WISH = re.compile(r"(?:^" + _GREETING + r"?|[,;.!?] )(?P<n>\d{2})" + _AGE_UNITS_AFTER
                            + r"(?= (?:(?:and|&|n|but) )?(?:want|wants|wanna|looking|need|needs|would like|hoping|keen|"
                            r"trying)\b)")
# Who they are and their age, as a phrase: "I'm a woman of 56", "a bloke of 45 with a bad back" (the person
# word may be a phrase already claimed, §: the unmasked words say which)
_PERSON = (r"(?:woman|man|lady|bloke|fella|lad|girl|guy|gent|gentleman|mum|mom|dad|mother|father|grandmother|"
           r"grandfather|grandad|grandma|gran|nan|person|widow|widower)")
_PERSON_OF = re.compile(r"(?:§|\b" + _PERSON + r") of (?P<n>\d{2})(?![\w.,/:+-])" + _AGE_UNITS_AFTER)
# ...or said after who they are: "I am Afghan girl, 23", "I am Romanian girl 27 years", "I'm a woman in my fifties
# (56)" (the person words may be claimed, §: the unmasked words say which)
_I_AM_PERSON_AGED = re.compile(r"(?:(?<![\w])i am (?:an? )?(?:[a-z]+ )?" + _PERSON + r"|§)(?: ,)? (?P<paren>\( )?"
                               r"(?P<n>\d{2})(?(paren) \)|(?! (?:years?|yrs?) (?:ago|in|here|of|experience|working|"
                               r"as|at|with)\b)(?! (?:months?|weeks?|days?|hours?|hrs?|kids?|children)\b)(?![\w.,/:-]))")
# ...or the age a question turns on, said of themselves: "can u do coding stuff if ur 13?" (not the rule asked
# about: "only if you're 19 or over?")
_IF_AGED = re.compile(r"\bif (?:you are|you 're|your|youre|u r|ur|i am|i 'm|im) (?P<n>\d{1,2})(?![\w.,/:+-])"
                      + _AGE_UNITS_AFTER + r"(?! (?:years? old )?(?:or|and|to|-) ?(?:over|under|older|younger|more|"
                      r"less|above|below|\d))")
# An age had since a birthday gone by: "62 last birthday", "was 52 in sept", "turned 40 last month" (not "was 52 in
# 2019", a year alone, nor a birthday still to come this year)
_HAD_AGE = re.compile(r"(?<![\w£.,])(?P<n>\d{2}) (?:at my |on my )?last (?:birthday|bday|b day)(?![\w])"
                      r"|(?:^|(?<=[,;.!?] )|(?<![\w])i (?:just )?)(?:was|turned) (?P<n2>\d{2}) "
                      r"(?:in (?:" + births.MONTH_NAMES + r")|last (?:month|week|weekend)"
                      r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![\w])")
_AGE_PATTERNS = [
    (re.compile(r"(?<![\w])i am (?:only |just |about |now |actually |really )?(?P<n>\d{1,3})(?![\w.,/:-])"
                + _AGE_UNITS_AFTER), 10, 100),
    # texted without the "I", opening a clause: "wanna do coding. am 23. any gd?"
    (re.compile(r"(?:^|[,;.!?] )am (?P<n>\d{2})(?![\w.,/:-])" + _AGE_UNITS_AFTER + r"(?! (?:years?|yrs?)\b(?! old))"),
     14, 100),
    (re.compile(r"(?<![\w])(?<!at )(?:aged|age|age is|age :|age -|age to)(?: of| about| around)? (?P<n>\d{1,3})"
                r"(?![\w.,])"), 5, 110),
    (re.compile(r"(?<![\w.,£])(?P<n>\d{1,3}) ?(?:years?|yrs?) ?old(?![\w])"), 5, 110),
    (re.compile(r"(?<![\w.,£])(?P<n>\d{1,3}) ?(?:years?|yrs?) of age(?![\w])"), 5, 110),
    # what there is for people their age: "wat courses r there for 24 yr olds" (not a band: "18-24 year olds")
    (re.compile(r"(?<=\bfor )(?P<n>\d{2}) ?(?:years?|yrs?) ?olds(?![\w])"), 14, 100),
    (re.compile(r"(?<![\w.,£])(?P<n>\d{1,3}) ?(?:yo|y/o|y\.o\.?)(?![\w])"), 5, 110),
    # years said before where they live or work, in several first languages' order: "from sudan 24 years live
    # in walsall", "i am syrian refugee 32 live west bromwich", "polish 45 work in meat factory" (but "been 20
    # years living in coventry" is how long, and "16 working days" a count)
    (re.compile(r"(?<![\w£.,])(?<!been )(?<!for )(?<!since )(?<!over )(?<!about )(?<!almost )(?<!nearly )(?<!the )"
                r"(?<!last )(?<!past )(?<!spent )(?<!than )(?P<n>\d{2})(?: (?:years|yrs|yr|year))?(?= (?:live|living|"
                r"livin|lives|based|staying|work|working|workin)(?! (?:days?|hours?|hrs|weeks?|age|experience))"
                r"(?![\w]))"), 16, 99),
    (_YEARS_SAID, 10, 100),
    # "i am polish 44 years, stourbridge": a nationality, then their age, as several first languages say it
    (re.compile(r"\bi am (?:an? )?(?:" + "|".join(NATIONALITIES) + r") (?P<n>\d{2})(?: (?:years?|yrs?))?"
                r"(?! (?:in|here|ago|experience|of|working|living|as|with|years|yrs)\b)(?![\w.,/:-])"), 16, 99),
    (re.compile(r"(?<![\w])(?:just )?turned (?P<n>\d{1,3})(?![\w.,])"), 10, 100),
    # "just gone 16": just turned it, as the Midlands say (a clock is "just gone 5", never 13 or more, or "gone 14:00")
    (re.compile(r"(?<![\w])just gone (?P<n>\d{2})(?![\w.,:])(?! (?:o ?'? ?clock|am|pm|past|minutes|mins|hours)\b)"),
     13, 100),
    # a birthday just had, by its number: "just had my 18th last week", "had my 40th in May"
    (re.compile(r"(?<![\w])(?:just )?(?:had|celebrated) my (?P<n>\d{2}) ?(?:st|nd|rd|th)\b(?! (?:time|go|attempt|"
                r"interview|application|job)\b)"), 16, 99),
    # the age now, then the next one to come: "24 (25 in april)"
    (re.compile(r"(?:^|[,;.!?] )(?P<n>\d{2}) \( ?\d{2} (?:in|on|next|this|at)\b"), 14, 99),
    # "I've just hit 40", "reached 50 this year": the age they are now
    (re.compile(r"(?<![\w])(?:just )?(?:hit|reached) (?P<n>\d{2})" + _AGE_UNITS_AFTER + r"(?! (?:years|yrs|hours|hrs|"
                r"applications|jobs|times|people|sales|target|targets)\b)(?![\w.,/:-])"), 16, 99),
    # "At 52 it's hard to start again", "me 45, walsall": said of themselves now (not "at 16 i left
    # school", which is then, nor "at 10 i start", a time)
    (re.compile(r"(?:^|[,;.!?] )at (?P<n>\d{2})(?: ,)? (?=it 's|it is|its|is it|i am|i 'm|im|you|nobody|no one|who|"
                r"there 's|there is|theres|i can not|i do not|i feel|i need|i want|i worry|i have to|i still)"), 16, 99),
    (re.compile(r"^(?:hi |hello )?me (?P<n>\d{2})(?= [,;.!?]| and | § )"), 16, 99),
    # texted without the "I": "am 14 can i do a codin course"
    (re.compile(r"^(?:hi |hiya |hello |hey )?(?:am|m) (?P<n>\d{1,2})(?= [,;.!?]| and | can | i | want| looking| from| "
                r"live| in |$)"), 10, 99),
    # ...or asked of themselves at the end of a question: "is that realistic at 44?", "am i too old at 50?"
    # ("is it too late for me at 58 to learn computers?", "is there work I could train for at 49?")
    (re.compile(r"\b(?:realistic|possible|doable|feasible|too old|too late|worth it|still|start|starting|retrain|"
                r"retraining|train|training|study|studying|change|learn|learning|do it|do this|do that|"
                # "can I do an apprenticeship at 15?" (a clock time is not said "at 15")
                r"do|join|apply|get)"
                r"(?: (?:\w+|§)){0,3} at (?P<n>\d{2})(?= ?\?| ?[.!]|$| to (?!\d))"), 13, 99),
    # ...or the age itself asked about: "or is 47 too old to start over?", "55 too late to retrain?"
    (re.compile(r"(?<![\w£.,])(?<!for )(?<!the )(?P<n>\d{2}) (?:(?:years? old|yrs old) )?(?:is |'s )?"
                r"(?:too old|too late|not too old|not too late|old enough)(?![\w])"), 16, 99),
    # A two-digit number standing alone as its own clause: "46, Wolverhampton", "Birmingham, 55, no quals",
    # "erdington. 26. want out". Between clause breaks a bare number is an age, not a count of anything.
    (_BARE_CLAUSE, 14, 99),
    # ...or with "just" or "only" before it, as the young say how young: "just 16, left school", "only 17 but want to
    # learn coding" (not "just 20 hours", "only 30 quid": nothing but a break may follow the number)
    (re.compile(r"(?:^" + _GREETING + r"?|[,;.!?] )(?:i am |i 'm |im )?(?:just|only) (?P<n>\d{2})"
                r"(?= [,;.!?]| but | and | so |$)"), 13, 25),
    # ...or with its half year: "sixteen and a half", "17 and a half" (not "12 and a half years" worked somewhere)
    (re.compile(r"(?<![\w£.,])(?P<n>\d{2}) and a half(?! (?:years?|yrs)(?! old))(?! (?:hours?|hrs|days?|weeks?|months?|"
                r"miles?|k|grand|quid|pounds|stone)\b)(?![\w])"), 13, 25),
    # ...or next to a place at either end of a terse message or clause: "wolverhampton 50", "34 coventry ...",
    # "single mum 2 kids smethwick 30. want to learn".
    # (§ is a phrase already claimed; bot.language.places decides whether it is a place.)
    (_BESIDE_PLACE, 14, 99),
    (_AGE_IN_PLACE, 14, 99),
    (_PLACE_THEN_AGE, 16, 99),
    (_AGE_THEN_HOME, 16, 99),
    (_AGE_AND_STATE, 16, 99),
    (_AGE_JUST_DID, 15, 99),
    (_AGE_BEFORE_PLACE, 16, 99),
    (_AGE_UNIT_BEFORE_PLACE, 16, 99),
    (_AGE_PLACE_WISH, 16, 99),
    (_AGE_THEN_WISH, 16, 99),
    (_PERSON_OF, 16, 99),
    (_IF_AGED, 10, 99),
    # "m 45 redundant", "21 f walsall", "bloke 42, B23": the dating-profile shorthand, at the start of a clause
    (re.compile(r"(?:^|[,;.!?] )(?:m|f|male|female|bloke|fella|man|woman|lady|lad|guy) (?P<n>\d{2})(?![\w.,/:-])"
                r"|(?:^|[,;.!?] )(?P<n2>\d{2}) "
                r"(?:m|f|male|female)(?= [,;.!?]| [a-z§]| ?$)"), 16, 99),
    # ...or who they are after it: "41 mum of 2 (9 n 12) hednesford", "58 single dad, walsall"
    (re.compile(r"(?:^|[,;.!?] )(?P<n>\d{2}) (?:single )?(?:mum|mom|dad|mother|father|parent|grandad|grandma|nan)\b"), 16, 99),
    # ...or opening a terse message, their work or state and then the place: "66 retired postman walsall want
    # learn ipad" (not "16 gcses walsall", "40 hours walsall")
    (re.compile(r"^" + _GREETING + r"?(?P<n>\d{2})" + _AGE_UNITS_AFTER
                + r"(?= (?:[a-z]+ ){1,3}§(?: [,;.!?]| want| wants| need| looking| and|$))"), 16, 99),
    # the number, then the word "age", as several first languages order it: "from eritrea, 19 age", "27 age."
    (re.compile(r"(?<![\w£.,])(?<!over )(?<!under )(?<!than )(?<!the )(?<!for )(?P<n>\d{2}) (?:(?:years?|yrs?) )?"
                r"(?:age|ages)(?= [,;.!?]| ?$| and\b| i\b)"), 14, 99),
    # ...or their years straight after where they come from: "im from albania 23 yrs, asylum case pending"
    (re.compile(r"\b(?:from|frm) (?:[a-z]+|§) (?P<n>\d{2}) (?:years?|yrs?)(?: old)?(?= [,;.!?]| ?$| and\b| i\b)"),
     16, 99),
    # "I have 33 years", "me 26 years", "I am woman 29 years": how age is said in several first languages
    (re.compile(r"(?<![\w])(?:i have|me|i am (?:an? )?(?:woman|man|lady|mother|mum|father|dad|widow|girl|boy)(?: ,)?) "
                r"(?P<n>\d{1,3}) (?:years?|yrs?)(?! (?:experience|exp|of|in|at|"
                r"as|working|ago|old))(?![\w])"), 16, 100),
]
# The resident's own age in the other languages Waymark speaks, first person only ("mój syn ma 17 lat" is
# the son's): Polish "mam 34 lata", Romanian "am 29 de ani", Roman Urdu "mein 24 saal ka hoon" / "meri umar
# 40", Urdu "میں 33 سال کا ہوں" / "میری عمر 45 سال", Arabic "عمري ٣١" / "عندي 27 سنة", Punjabi "ਮੈਂ 52 ਸਾਲ ਦਾ
# ਹਾਂ" / "ਮੇਰੀ ਉਮਰ ੩੬". \d is any script's digit (Arabic-Indic, Urdu, Gurmukhi) and int() reads them.
_OWN_AGE_IN_LANGUAGES = [re.compile(p) for p in (
    r"(?<![\w])mam (?P<n>\d{1,2}) ?(?:lat|lata|latek|l)(?![\w])",
    # a birthday just had: "w marcu skończyłem 50 lat", "am împlinit 40 de ani"
    r"(?<![\w])skończył(?:em|am) (?P<n>\d{1,2}) (?:lat|lata)(?![\w])",
    r"(?<![\w])am (?:împlinit|implinit|făcut|facut) (?P<n>\d{1,2}) (?:de )?ani(?![\w])",
    r"(?<![\w])am (?P<n>\d{1,2}) (?:de )?ani(?![\w])",
    # a terse message's first clause, as texted: "czesc 28 lat dudley", "buna, 45 de ani, walsall" (not "od 10
    # lat", for ten years, or "10 lat temu", ten years ago: those are not at a clause's start)
    # (or "exactly", after a rough age: "facet po pięćdziesiątce, dokładnie 58 lat")
    r"(?:^(?:(?:cześć|czesc|hej|witam|dzień dobry|dzien dobry) (?:, )?)?|[,;.!?] )(?:dokładnie |dokladnie |równo |rowno )?"
    r"(?P<n>\d{1,2}) (?:lat|lata)"
    r"(?! temu)(?! (?:przepracowa|pracowa|spędzi|spedzi|mieszka|jestem w|w |na |jako )\w*)(?![\w])",
    r"(?:^(?:(?:bună|buna|salut|bună ziua|buna ziua) (?:, )?)?|[,;.!?] )(?P<n>\d{1,2}) (?:de )?ani"
    r"(?! în urmă| in urma)(?! (?:am lucrat|am muncit|lucrat|muncit|in |în |la |ca |de muncă|de munca)\w*)(?![\w])",
    r"(?<![\w])(?:mein|main|me|mai|mei|mien) (?P<n>\d{1,2}) (?:(?:saal|sal|baras|baris) )?k[aie] (?:hoon|hun|hu|hon)(?![\w])",
    r"(?<![\w])meri (?:umar|umer|umr|age) (?P<n>\d{1,2})(?![\w])",
    # where they are from, then the age: "halesowen se hun 23 saal", "mein Leicester se hun 38 saal ka"
    r"(?<![\w])(?:se|say) (?:hun|hoon|hu|hon) ?,? (?P<n>\d{1,2}) (?:saal|sal|baras)(?! (?:se|say|pehle|pehlay)(?![\w]))(?![\w])",
    # ("پاکستان میں 10 سال اکاؤنٹنٹ رہی": "in Pakistan for 10 years", میں there is "in", not "I")
    r"میں (?P<n>\d{1,2}) سال(?= ?ک[اےی](?!\w)| ?[،,۔.]| ?$)",
    # Punjabi in Urdu script, years as Pothwari says them: "میں باون ورھیاں نا آں"
    r"میں (?P<n>\d{1,2}) (?:ورھیاں|ورہیاں|ورھے|برس)(?= ?(?:ک[اےی]|ن[اےی]|د[اےی])(?!\w)| ?[،,۔.]| ?$)",
    r"میری عمر (?P<n>\d{1,2})(?!\d)",
    r"عمري (?P<n>\d{1,2})(?!\d)",
    r"(?:أبلغ|ابلغ) من العمر (?P<n>\d{1,2})(?!\d)",
    r"عندي (?P<n>\d{1,2}) (?:سنة|سنه|عام|عاما)",
    # "أنا ٣٤ سنة", as Arabizi's "ana 22 sana" (not "أنا ٥ سنة هون", five years here)
    r"(?:أنا|انا) (?P<n>\d{1,2}) (?:سنة|سنه|عام|عاما)(?! (?:في|هون|هنا|هان|ب|بـ|من|ف)(?!\w))(?!\w)",
    # Arabizi, Arabic in Latin letters: "3omri 24", "ana 22 sana", "3andi 31 3am" (not "3andi 5 snin f UK",
    # five years here)
    r"(?<![\w])(?:3omri|3umri|3mri|omri|umri) (?P<n>\d{1,2})(?!\d)",
    r"(?<![\w])(?:ana|3andi|3ndi|3andy) (?P<n>\d{1,2}) (?:sana|sene|sneen|snin|3 ?am|3aam)(?![\w])"
    r"(?! (?:f|fi|hon|hna|hena|b|bi|mn|min)(?![\w]))",
    r"ਮੈਂ (?P<n>\d{1,2}) ਸਾਲ",
    # the years left out, as said: "ਮੈਂ 16 ਦਾ ਆਂ", "میں 16 کا ہوں"
    # (or the verb left out too, as texted: "ssa, ਮੈਂ 23 ਦਾ, Whitmore Reans ਤੋਂ")
    r"ਮੈਂ (?P<n>\d{1,2}) ਦ[ਾੀ](?: (?:ਹਾਂ|ਆਂ)|(?= ?[,.;!।]| ?$))",
    r"میں (?P<n>\d{1,2}) ک[ای](?: (?:ہوں|ہو)(?!\w)|(?= ?[،,.;!۔]| ?$))",
    r"ਮੇਰੀ ਉਮਰ (?P<n>\d{1,2})(?!\d)",
    # a birthday just had, said in the first person: "پچھلے مہینے باون سال کا ہو گیا ہوں", "pichlay hafte 45 ka hua
    # hun", "ਪਿਛਲੇ ਮਹੀਨੇ 50 ਸਾਲ ਦਾ ਹੋ ਗਿਆ ਹਾਂ" (became N), whatever stands between "I" and the number
    r"(?<![\w])(?P<n>\d{1,2}) (?:سال |برس )?ک[ای] (?:ہو ?گیا|ہو ?گئی|ہوا|ہوئی) ہوں(?!\w)",
    r"(?<![\w])(?P<n>\d{1,2}) (?:(?:saal|sal|baras) )?k[ai] (?:ho ?gaya|ho ?gayi|ho ?gai|hua|hui) (?:hoon|hun|hu|hon)"
    r"(?![\w])",
    r"(?<![\w])(?P<n>\d{1,2}) (?:ਸਾਲ(?:ਾਂ)? )?ਦ[ਾੀ] ਹੋ ?(?:ਗਿਆ|ਗਈ) (?:ਹਾਂ|ਆਂ)(?!\w)",
    # terse, at a clause's start: "عمر ۲۷ سال، Coventry", "ਉਮਰ ੨੨ ਸਾਲ", "salam, 29 saal, Alum Rock" (not "10 saal
    # se", for ten years, "5 سال پہلے", five years ago, or "18 ਸਾਲ ਦਾ ਹੈ", someone else's age)
    r"(?:^|[,;.!?،؟।۔] )(?:عمر|ਉਮਰ|umar|umer|umr) (?P<n>\d{1,2})(?!\d)",
    # (nor "20 سال وہاں کام کیا", twenty years worked there)
    # (...or straight after a greeting, unpunctuated: "ਸਤ ਸ੍ਰੀ ਅਕਾਲ 34 ਸਾਲ ਦਾ ਵੁਲਵਰਹੈਂਪਟਨ ਤੋਂ")
    r"(?:^|[,;.!?،؟।۔] |^(?:ਸਤ ਸ੍ਰੀ ਅਕਾਲ|sat sri akal|السلام عليكم|السلام علیکم|اسلام علیکم|سلام|salam|"
    r"assalam o alaikum|asalam o alaikum|aoa) )(?P<n>\d{1,2}) (?:saal|sal|سال|ਸਾਲ|سنة|سنه|عام|عاما)(?![\w])"
    r"(?! (?:se|say|pehle|سے|پہلے|ਤੋਂ|ਪਹਿਲਾਂ|في|منذ|k[ai] (?:hai|he)|ک[ای] ہے|ਦ[ਾੀ] ਹੈ)(?![\w]))"
    # (nor "25 سال وہیں لگائے", twenty-five years spent there)
    r"(?!(?: [^\s,;.!?،।۔]+){0,3} (?:کام|ਕੰਮ|kaam|kam|نوکری|ਨੌਕਰੀ|naukri|اشتغلت|اشتغل|شغل|عملت|لگائے|لگا|گزارے|"
    r"گزار|ਲਾਏ|ਲਾ|ਗੁਜ਼ਾਰੇ|ਗੁਜਾਰੇ|lagaye|lagae|guzare|guzaare|قضيت|امضيت|أمضيت)(?![\w]))",
)]
_AGE_PATTERNS += [(p, 10, 100) for p in _OWN_AGE_IN_LANGUAGES]
_AGE_PATTERNS += [(_HAD_AGE, 14, 99), (_I_AM_PERSON_AGED, 16, 99)]
# Said outright of themselves ("I'm 56", "56 years old", "ਮੈਂ 56 ਸਾਲਾਂ ਦਾ ਹਾਂ"): when a looser number disagrees
# ("ਵੀਹ ਸਾਲ ਫਾਊਂਡਰੀ ਵਿੱਚ", twenty years in a foundry), the age said outright is theirs.
_OUTRIGHT = ({p for p, _, _ in _AGE_PATTERNS[:5]}
             | {p for p in _OWN_AGE_IN_LANGUAGES if not p.pattern.startswith("(?:^") or "عمر" in p.pattern})
# "I'm nearly 19", "almost 25": a year younger now, and an age rule ("19 and over") turns on the year.
# "almost" in Polish and Romanian, read here and by bot.language.facts_in_languages
NEARLY_IN_LANGUAGES = ("prawie", "niemal", "aproape")
_NEARLY_WORDS = r"(?:nearly|almost|coming up to|not quite|" + "|".join(NEARLY_IN_LANGUAGES) + ")"
_NEARLY = re.compile(r"(?<![\w])i am " + _NEARLY_WORDS + r" (?P<n>\d{1,3})(?![\w.,/:-])" + _AGE_UNITS_AFTER)
_AGE_PATTERNS.append((_NEARLY, 10, 100))
# ...as Polish and Romanian say it: "mam prawie 18 lat", "am aproape 18 ani"
_NEARLY_IN_LANGUAGES = re.compile(r"(?<![\w])(?:mam|am) (?:" + "|".join(NEARLY_IN_LANGUAGES) + r") (?P<n>\d{1,2}) "
                                  r"(?:de )?(?:lat|lata|ani)"
                                  r"(?![\w])")
_AGE_PATTERNS.append((_NEARLY_IN_LANGUAGES, 10, 100))
# ...and of the person they ask for: "she is nearly 16", "my son 's almost 18"
_NEARLY_OTHER = re.compile(r"(?<![\w])(?:he|she|they|(?:my|our) (?:\w+ )?\w+) ?(?:is|are|'s|s) " + _NEARLY_WORDS
                           + r" (?P<n>\d{1,2})(?![\w.,/:-])" + _AGE_UNITS_AFTER)
# ...and as the whole reply to "How old are you?": "nearly 19", "almost 25 years old".
_NEARLY_REPLY = re.compile(r"(?:i am |i 'm |im )?" + _NEARLY_WORDS + r" (?P<n>\d{1,2})"
                           r"(?: (?:years old|yrs old|years|yrs))?"
                           # ...or the age now said first: "14 nearly 15", "17, going on 18" (what they are now)
                           r"|(?:i am |he is |she is |he 's |she 's )?(?P<now>\d{1,2}) ?,? (?:nearly|almost|going on|turning) "
                           r"(?P<next>\d{1,2})")


# An age given after a question about the question: "why do u need my age? 52 if u must", "does it matter? 34".
_AGE_AFTER_ASKING = re.compile(r"\? (?:ok |fine |well |alright )?,? ?(?P<n>\d{2})(?= (?:if|then|mate|lol|now|and|but|,|\.)\b"
                               r"| ?[.!]*$)")


def age_after_asking(plain: str) -> Optional[Tuple[int, int, int]]:
    """(age, start, end) when a reply to "How old are you?" asks something first, then gives it."""
    m = _AGE_AFTER_ASKING.search(plain)
    return (int(m.group("n")), m.start("n"), m.end("n")) if m else None


def nearly_age(plain: str) -> Optional[Tuple[int, int, int]]:
    """(age now, start, end) when the whole reply is "nearly N": N - 1."""
    m = _NEARLY_REPLY.fullmatch(plain.strip(" .!"))
    if m and m.group("now"):
        now = int(m.group("now"))
        return (now, m.start("now"), m.end("now")) if int(m.group("next")) == now + 1 else None
    return (int(m.group("n")) - 1, m.start("n"), m.end("n")) if m else None
_LOOSE = {_BARE_CLAUSE, _BESIDE_PLACE, _AGE_IN_PLACE, _PLACE_THEN_AGE, _AGE_AND_STATE, _AGE_JUST_DID,
          _AGE_BEFORE_PLACE, _AGE_UNIT_BEFORE_PLACE, _AGE_PLACE_WISH, _AGE_THEN_HOME, _AGE_THEN_WISH}  # the bare-number forms above
# A terse message whose last clause is an age and a place: "want 2 get into coding. 29 stourbridge".
_CLAUSE_THEN_PLACE = re.compile(r"[,;.!?] (?P<n2>\d{2}) §(?: [.!])?$")
# An age said as the one coming: "I'll be 25 next month", "turning 30 in March", "16 tmrw", "I'm 18 on
# Friday", "my 19th birthday is next week" is 24, 29, 15, 17, 18 today: what they are now decides.
_SOON = (r"(?:next (?:month|week|weekend|year)|this (?:week|weekend|month)|in the (?:spring|summer|autumn|new year)|"
         r"(?:on |at )?christmas(?: day| eve)?|on new year 's day|in (?:a|2|two|3|three|a few|few) "
         r"(?:days?|weeks?|months?)|soon|tomorrow|tmrw|tmr|tmrow|2moro|2morrow|2mrw|tomoz|the day after tomorrow|"
         r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)|"
         r"in (?:" + births.MONTH_NAMES + r")|(?:at |on )?(?:my )?next (?:birthday|bday|b day)"
         # "turns 16 on the 20th of December", "is 18 on 3 March"
         r"|on (?:the )?\d{1,2}(?: ?(?:st|nd|rd|th))?(?: of)? (?:" + births.MONTH_NAMES + r"))(?![\w])")
_AGE_SOON = re.compile(r"(?<![\w])(?:i will be|ill be|i am going to be|i am turning|turning|i turn|will be|i am|"
                       # ...said of the person they ask for: "he turns 16 next month", "she 's 19 in May"
                       r"(?P<third>(?:he|she|they) ?(?:is|are|'s|s|will be|'ll be)(?: going to be| turning)?|turns|"
                       # ...or named: "my nephew 's 19 next month", "my daughter will be 16 in April", "my son turns 19"
                       r"(?:my|our) (?:\w+ )?\w+ ?(?:is|'s|s|will be|'ll be|turns|is turning|is going to be))|"
                       r"(?:^|(?<=[,;.!?] )))"
                       r"(?: ?)(?P<n>\d{2})(?: (?:years? old|yrs? old))? " + _SOON
                       + r"|(?<![\w])my (?P<n2>\d{2}) ?(?:st|nd|rd|th) (?:birthday|bday|b day)(?: is)? " + _SOON)
# ...and in the other languages: "رح كمّل ١٩ سنة الشهر الجاي", "ਅਗਲੇ ਮਹੀਨੇ 19 ਸਾਲ ਦਾ ਹੋ ਜਾਣਾ", "اگلے مہینے 19 سال کا ہو
# جاؤں گا", "agle mahine 19 saal ka ho jaunga", "w przyszłym miesiącu kończę 19 lat", "împlinesc 19 ani luna viitoare".
_AGE_SOON_IN_LANGUAGES = re.compile(
    r"(?:رح|راح|ح|سوف|بكرا) ?(?:كم\u0651?ل|أكمل|اكمل|يصير عمري|صير|أصير|اصير|أتم|اتم) (?P<n>\d{1,2})"
    r"(?: (?:سنة|سنه|عام))? (?:الشهر الجاي|الشهر القادم|الأسبوع الجاي|الاسبوع الجاي|الأسبوع القادم|قريبا|قريباً|قريب)"
    r"|ਅਗਲੇ (?:ਮਹੀਨੇ|ਹਫ਼ਤੇ|ਹਫਤੇ) (?P<n2>\d{1,2}) ਸਾਲ(?:ਾਂ)? ਦ[ਾੀ] ਹੋ"
    r"|اگلے (?:مہینے|ہفتے) (?P<n3>\d{1,2}) سال ک[ای] ہو"
    r"|agle (?:mahine|mahinay|hafte) (?P<n4>\d{1,2}) (?:saal|sal) k[ai] ho"
    r"|(?:w przyszłym miesiącu |w przyszlym miesiacu )?(?:kończę|skończę|konczę|koncze|skoncze) (?P<n5>\d{1,2}) (?:lat|lata)"
    r"|(?:împlinesc|implinesc) (?P<n6>\d{1,2}) (?:de )?ani")
# Whose age is it? A child's, partner's or parent's age is not the resident's.
_SOMEONE_ELSE = re.compile(
    r"(?<![\w])(?:son|sons|daughter|daughters|kid|kids|child|children|boy|girl|baby|brother|sister|"
    r"wife|husband|partner|mum|mom|dad|mother|father|he|she|his|her|they|their|grandson|"
    r"granddaughter|nephew|niece|friend|cousin)(?![\w])[^,;.!?]*$"
)


# Who they are, said before their own age: "single mum 2 kids, 30", "mum of three, 41", "dad of 2, 38".
# A count of children or a parent's title is not a person whose age follows.
_SELF_DESCRIBED = re.compile(r"(?<![\w])(?:i am an? (?:\w+ )?(?:mum|mom|dad|mother|father|parent|grandad|grandma|nan)|"
                             r"(?:\d+|one|two|three|four|five|six) (?:kids|children|boys|girls|sons|"
                             r"daughters|little ones)|single (?:mum|mom|dad|parent|mother|father)|(?:mum|mom|dad|mother|"
                             r"father|parent) (?:of|to) (?:\d+|one|two|three|four|five|six)(?: kids| children)?)(?![\w])")


# The age of the person a resident is asking for: "my nephew is 18", "he is 17".
# Also "shes 16", "my m8s 19" and "my nephew in Tamworth is 18" (a place between the person and the age).
_OTHER_AGE = re.compile(r"(?<![\w])(?:(?:my|our) (?:\w+ (?:in|from|at) [\w§]+ )?[\w§]+(?: [\w§]+)?|my \w+(?= ?s )|"
                        # ...with a name between: "one of my clients, Mohammed, is 31"
                        r"(?:my|our) \w+ , [\w§]+ ,|"
                        r"one of (?:the|my|our) (?:\w+ ){1,2}(?:who \w+|i \w+)|"
                        r"he|she|they|him|her|(?:man|woman|lad|girl|boy|person|lady|guy|care leaver|young person|client|learner|§)"
                        r"(?: (?:from|in|at) [\w§]+)? who|"
                        # "a young woman we support is 18"
                        r"(?:i|we) " + SUPPORTING + r"|"
                        # children named together: "the twins r 15", "the boys are both 16"
                        r"the (?:twins|boys|girls|kids|children|lads)) ?"
                        r"(?:is|are|r|'s|s|just turned|turned|turns) (?:just |only |now |both )?"
                        r"(?P<n>\d{1,3})(?: ?(?:years?|yrs?) ?old)?(?![\w.,/:-])" + _AGE_UNITS_AFTER)


# "my son 17 wants an apprenticeship": the person and their age with no verb between
# ...or a worker's note: "YP I work with: 17, care leaver" ("I work" is a phrase of its own, masked)
_OTHER_AGE_BARE = re.compile(r"(?<![\w])(?:(?:my|our) (?:\w+ )?\w+|(?:(?:a|one|this|the) )?(?:girl|boy|lad|lass|young man|"
                             r"young woman|young person)|(?:i|we) " + SUPPORTING + r"|§ § with) (?:, |\( |: )?(?P<n>\d{1,2})"
                             r"(?![\w.,/:-])" + _AGE_UNITS_AFTER)

# A round birthday: "hit the big 4-0 last month", "turning the big 5-0 in May" (the age now is said below)
_BIG_BIRTHDAY = re.compile(r"\b(?P<when>hit|hitting|turned|turning|reached|reaching|just had|had|having|celebrated) "
                           r"(?:the |my )?big (?:(?P<tens>[2-9]) ?-? ?(?:0|o|oh)|(?P<whole>[2-9])0)\b")
# (number words reach here as digits, merged by the pipeline: "the big five-oh" is "the big 5 oh")
# A number put right in the same message, after an age: "I'm 35, oh sorry 36 now", "29, I mean 30".
_CORRECTED = re.compile(r"(?<![\w])(?:sorry|i mean|i meant|actually|no wait|wait|oops|correction|make that|"
                        r"(?<=, )(?:oh )?no(?: ,)?(?= \d))(?: ,)?"
                        r" (?:i am |i 'm |(?:i )?(?:have |'ve )?(?:just )?turned )?(?P<n>\d{2})(?: now)?" + _AGE_UNITS_AFTER
                        + r"(?! (?:years|yrs|year|yr)\b(?! old))(?![\w.,/:-])")

_CHILDREN_LISTED = re.compile(r"\b(?:\d|one|two|three|four|five|six) (?:children|kids|sons|daughters|boys|girls) (?:, |\( )?$")
_MORE_AGES = re.compile(r" ?(?:,|and|&|n) ?\d{1,2}\b")
# Their age now from their age when something happened and how long ago: "I came to UK 7 years ago when I was 35"
_THEN_AND_SINCE = re.compile(r"\b(?P<ago>\d{1,2}) (?:years?|yrs?) ago(?: ,)? when i was (?P<then>\d{1,2})\b"
                             r"|\bwhen i was (?P<then2>\d{1,2})(?: ,)? (?P<ago2>\d{1,2}) (?:years?|yrs?) ago\b")
_ASKERS_AGE = re.compile(r"\b(?:i am|i 'm|im|me|i turned|i have just turned|i just turned|my age is)"
                         r"(?: (?:only|just|about|now|actually|really|nearly|almost))? $")
# ...or after their name: "Hello I'm Sarah, 39, looking for my nephew (18)"
_ASKERS_NAMED_AGE = re.compile(r"\b(?:i am|i 'm|im|my name is|name is|this is|it is) [a-z]+ ?, ?$")
_OPENS_WITH_NUMBER = re.compile(r"\s*\d{1,3}(?![\w,/:-]|\.\d)")
_LEADING_AGE = re.compile(_GREETING + r"?\d{2}" + _AGE_UNITS_AFTER + r" (?!months?|weeks?|days?|years?|yrs?|hours?|hrs?)")


def age(text: str, other: bool = False, plain: Optional[str] = None,
        today: Optional[dt.date] = None) -> Optional[Tuple[int, int, int]]:
    """The resident's age; with `other`, the age of the person they are asking for.

    `text` has claimed phrases masked as §; `plain` is the same words unmasked, used to see what a
    leading number counts ("34 coventry" is an age, "16 GCSEs" is not). `today` dates a date of birth."""
    found = []
    today = today or dt.date.today()
    for years, start, end in births.ages_from_birth(text, today):
        before = text[max(0, start - 40): start]
        if 5 <= years <= 110 and (other or not _SOMEONE_ELSE.search(before)):
            found.append((years, start, end))
    soon = []
    for m in _AGE_SOON_IN_LANGUAGES.finditer(text):  # turning that age soon: a year younger now
        soon.append((m.start(), m.end()))
        group = m.lastgroup  # each language's alternative has its one number
        if not other:
            found.append((int(m.group(group)) - 1, m.start(group), m.end(group)))
    for m in _AGE_SOON.finditer(text):
        soon.append((m.start(), m.end()))
        before = text[max(0, m.start() - 40): m.start()]
        group = "n" if m.group("n") is not None else "n2"
        if other or not (m.group("third") or _SOMEONE_ELSE.search(before)):
            found.append((int(m.group(group)) - 1, m.start(group), m.end()))
    if plain is not None and text.endswith(("§", "§ .", "§ !")) and not _BARE.fullmatch(text.strip()):
        m = _CLAUSE_THEN_PLACE.search(text)
        if m and 14 <= int(m.group("n2")) <= 99 and re.search(
                r"[,;.!?] " + m.group("n2") + _AGE_UNITS_AFTER + r" \S", plain):
            found.append((int(m.group("n2")), m.start("n2"), m.end("n2")))
    patterns = list(enumerate(_AGE_PATTERNS)) + ([(len(_AGE_PATTERNS), (_OTHER_AGE, 5, 110)),
                                                  (len(_AGE_PATTERNS) + 1, (_OTHER_AGE_BARE, 5, 110)),
                                                  (len(_AGE_PATTERNS) + 2, (_NEARLY_OTHER, 5, 110))]
                                                 if other else [])
    whole_number = _BARE.fullmatch(text.strip()) is not None
    served = {int(m.group("n")) for m in _SERVED.finditer(plain or "")}
    outright: set = set()
    for k, (pattern, low, high) in patterns:
        if whole_number and pattern in _LOOSE:
            continue  # "45" alone answers whatever was asked: the dialogue knows which (bare_number)
        for m in pattern.finditer(text):
            group = "n" if m.group("n") is not None else "n2"
            if pattern is _BESIDE_PLACE and group == "n" and not (plain and _LEADING_AGE.match(plain)):
                continue
            if pattern is _PERSON_OF and text[m.start()] == "§" and not (
                    plain and re.search(r"\b" + _PERSON + " of " + m.group("n") + r"\b", plain)):
                continue  # "§ of 56" is a person only when the claimed words are one ("a woman of 56")
            if pattern is _I_AM_PERSON_AGED and text[m.start()] == "§" and not (
                    plain and re.search(r"\bi am (?:an? )?(?:\w+ )?" + _PERSON + r"\b(?:[^.!?]{0,25}\( " + m.group("n")
                                        + r" \)| ,? ?" + m.group("n") + r"\b)", plain)):
                continue  # "§ ( 56 )", "§ 19" are their age only after "I am a woman...", "im a lad" in the words claimed
            value = int(m.group(group)) - (pattern in (_NEARLY, _NEARLY_OTHER, _NEARLY_IN_LANGUAGES))
            # "i am N" names its subject; other forms may be a child's or partner's age
            before = text[max(0, m.start() - 40): m.start(group)]
            if pattern in _LOOSE and _CHILDREN_LISTED.search(text[:m.start(group)]) and _MORE_AGES.match(text, m.end(group)):
                continue  # "I have 3 children, 19, 15 and 12": the children's ages
            if pattern in _LOOSE:  # "my son, 17, ...": a bare number goes with the clause before it
                before = before.rstrip(" ,")  # a full stop ends that clause: "... for my dad. 42, Walsall"
                before = _SELF_DESCRIBED.sub(" ", before)  # "single mum 2 kids, 30": the 30 is hers
            someone = k > 0 and not other and _SOMEONE_ELSE.search(before) and pattern is not _I_AM_PERSON_AGED
            if other and (_ASKERS_AGE.search(text[m.start():m.start(group)])
                          or _ASKERS_NAMED_AGE.search(text[max(0, m.start(group) - 30):m.start(group)])):
                continue  # asking for someone else: "I'm 43" is the asker's own age
            if pattern is _YEARS_SAID and value in served:
                continue  # "Ex-Army, 12 years Royal Signals": years served, not an age
            if any(s <= m.start(group) < e for s, e in soon):
                continue  # "I'll be 25 next month": the age to come, counted above
            if low <= value <= high and not someone:
                found.append((value, m.start(group), m.end(group) if group == "n2" else m.end()))
                if pattern in _OUTRIGHT:
                    outright.add(value)
    big = _BIG_BIRTHDAY.search(text)
    if big and not found:
        coming = big.group("when") in ("hitting", "turning", "reaching", "having")
        tens = int(big.group("tens") or big.group("whole"))
        found.append((tens * 10 - coming, big.start(), big.end()))
    since = _THEN_AND_SINCE.search(text) if not other else None
    if since and not found:
        then, ago = int(since.group("then") or since.group("then2")), int(since.group("ago") or since.group("ago2"))
        if 14 <= then + ago <= 99:
            found.append((then + ago, since.start(), since.end()))
    corrected = [m for m in _CORRECTED.finditer(text) if 14 <= int(m.group("n")) <= 99]
    # "I'm 35, oh sorry 36 now", or the answer itself put right: "27... sorry 28, I had my birthday"
    if corrected and not other and (found or _OPENS_WITH_NUMBER.match(text)):
        last = corrected[-1]
        return int(last.group("n")), last.start("n"), last.end("n")
    if len({f[0] for f in found}) != 1:
        if len(outright) != 1:
            return None
        found = [f for f in found if f[0] in outright]
    return min(found, key=lambda f: f[1])


_BARE = re.compile(
    r"(?:(?:about|around|roughly|approx|approximately|maybe|like|just|only|nearly|almost) )?"
    r"(?P<n>" + NUM + r")(?: [.!])?"
)


def bare_number(text: str) -> Optional[Tuple[float, int, int]]:
    """The whole message is a number ("45", "about 2", "forty five"): the dialogue knows which."""
    m = _BARE.fullmatch(text.strip())
    if not m:
        return None
    value = float(m.group("n").replace(",", ""))
    return (int(value) if value.is_integer() else value), m.start("n"), m.end("n")
