"""Free text -> facts (slot values): "im 22 n on UC in sandwell" -> age 22, UC yes, Sandwell.

The spaCy pipeline (bot.language.nlp) finds the phrases; bot.language.phrase_context decides whether each one is really a
fact about the resident, here and now (not negated, wished for, past, someone else's or asked
about); bot.language.numbers parses ages and pay; bot.language.places finds where they live. This module puts those
together and settles disagreements. A wrong fact is worse than a missing one, because the dialogue
asks for whatever is still missing, so when two values disagree neither is kept.

Never extracts health, religion or ethnicity; target groups only when residents say it of
themselves ("as a black woman", "I'm a care leaver").
"""

from __future__ import annotations

import logging
import re
from typing import Any, List, Optional, Tuple

from bot.dialogue import intake
from bot.language import answers, facts_in_languages, hours, number_words, numbers, rough_ages, school_years, vocab
from bot.language.answers import ANSWER_MAX_WORDS
from bot.language.phrase_context import in_context, is_question
from bot.language.facts import Fact
from bot.language.asking_for import RELATION_WORDS, asking_for
from bot.language.places import LIVING_WORDS, Gazetteer, PlaceMatch
from bot.language.abroad import qualification_abroad, work_back_home
from bot.language.settling import settle
from bot.language.situations import their_work
from bot.language.unreadable import TOO_LONG, classify_unreadable

MAX_ANALYSED = TOO_LONG  # characters; longer is "too long" anyway, and a turn stays a few ms
_DECLINE = re.compile(
    r"\b(?:prefer|rather|do not want|not want|not comfortable|not going) (?:not )?(?:to )?"
    r"(?:say|tell|share|give|disclose|answer)\b")
_INCOME_WORDS = re.compile(r"\b(?:income|earn|earns|earnings|earning|salary|wage|wages|pay|paid|"
                           r"money|how much)\b")
_ZERO_WORDS = {"nothing", "none", "nil", "nowt", "nothing at all", "none at all"}
_PLACE_ORIGIN = {"moved", "came", "come", "coming", "originally", "fled", "escaped", "relocated",
                 "born", "grew", "raised", "used", "lived", "visiting", "visit", "moving", "move",
                 "going", "travel", "travelling", "holiday", "leaving", "left"}
# where they work, named as the workplace ("my car parts factory in Coventry"), is not where they live
_PLACE_WORK = {"work", "works", "working", "job", "office", "shop", "employer", "commute", "factory", "plant",
               "warehouse", "depot", "foundry", "branch", "dealership", "takeaway", "firm", "company",
               "department"}
_LEFT_SCHOOL = re.compile(r"\b(?:left|leaving|finished|finishing|done) (?:school|college|sixth form|6th form)"
                          r" (?:in|at|near|nr)$")
# put right as they write: "we live in Leamington no sorry Coventry", "walsall, i mean wolverhampton"
_PLACE_CORRECTED = {"sorry", "mean", "meant", "actually", "wait", "rather", "oops", "correction", "no"}
_PLACE_HOME = {"live", "living", "lives", "based", "postcode", "reside", "resident", "from", "placed", "housed",
               "stay", "staying"}
_LIVING = {"live", "living", "lives", "livin", "based", "placed", "housed"}
# ...and the same said in the other languages, before the place ("mieszkam w Erdington", "locuiesc în Walsall",
# "ساكن في") or after it, as Urdu and Punjabi put the verb ("ریڈچ میں رہتا ہوں", "ਟੈਮਵਰਥ ਰਹਿੰਦਾ ਹਾਂ")
_LIVING_IN_LANGUAGES = {"mieszkam", "mieszka", "mieszkamy", "mieszkają", "mieszkasz", "locuiesc", "locuiește",
                        "locuieste", "locuim", "stau", "stăm", "stam", "أقيم", "اقيم",
                        # home, named: "گھر ڈڈلی میں ہے" (home is in Dudley)
                        "گھر", "ਘਰ", "بيتي", "dom", "casa"} | set(LIVING_WORDS)
_LIVING_AFTER = {"رہتا", "رہتی", "رہتے", "ਰਹਿੰਦਾ", "ਰਹਿੰਦੀ", "ਰਹਿੰਦੇ", "rehta", "rehti", "rehte"}
_LIVING |= _LIVING_IN_LANGUAGES
_PLACE_HOME |= _LIVING_IN_LANGUAGES
# where they work, said in the other languages: "pracowałem w Jaguarze w Castle Bromwich", "lucrez în Solihull"
_PLACE_WORK |= {"pracowałem", "pracowałam", "pracuję", "pracuje", "pracowalem", "pracowalam", "pracujemy", "lucrez",
                "lucram", "lucrat", "lucrează", "lucreaza", "اشتغل", "اشتغلت", "أشتغل", "بشتغل", "أعمل", "اعمل",
                "عملت"}
_INSTITUTION = {"city", "fc", "villa", "airport", "station", "road", "rd", "street", "st", "avenue", "lane", "way"}
# ...and the places named after a town that people study or work at, which hint at home without saying it
_STUDIED_OR_WORKED_AT = {"university", "uni", "college", "hospital", "council",
                         # as written in the other languages: "ਵੁਲਵਰਹੈਂਪਟਨ ਯੂਨੀ ਤੋਂ ਡਿਗਰੀ"
                         "ਯੂਨੀ", "ਯੂਨੀਵਰਸਿਟੀ", "ਕਾਲਜ", "ਹਸਪਤਾਲ", "یونی", "یونیورسٹی", "کالج", "ہسپتال",
                         "جامعة", "كلية", "مستشفى", "uniwersytet", "uniwersytecie", "universitatea", "spital"}
# (letters of every script, with the vowel signs Gurmukhi and Arabic write on them: "pracowałem", "ساكن",
# "ਰਹਿੰਦਾ", which letters alone would split into pieces)
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u064b-\u065f\u0670\u0a01-\u0a03\u0a3c-\u0a4d\u0a51\u0a70\u0a71\u0a75])+")
# Still doing their job now, said in passing: "as I'm still teaching", "i am still nursing nights".
_STILL_AT_IT = re.compile(r"\bi am still (?:teaching|working|nursing|driving|employed|in work|in my job|there|"
                          r"at (?:it|work|the \w+))\b"
                          # where they live and, in the same breath, where they work: "I live in Tipton and work
                          # in meat factory there" (not a wish after "and": "so i can earn and work in IT")
                          r"|\b(?:i|we) live (?:in|at|near) (?:\w+ ){1,2}and (?:i )?work (?:in|at|for|on)\b"
                          # texted without the "I", straight after their age: "hi im 22 work in primark walsall"
                          r"|\bi am \d{2}(?: ,)? (?:and )?(?:work|working) (?:in|at|for|as)\b"
                          # what they are paid, said as a salary: "on 16k in a shop", "I'm on 22 grand" (a sum had, not
                          # paid, is "of savings", "in debt")
                          r"|(?:^|(?<=[,;.] )|\bi am |\bstill )on (?:about |around |roughly |only |just |like )?£? ?\d{2}(?:[.,]\d)? ?"
                          r"(?:k|grand)\b(?! (?:of|in) (?:savings|debt|benefits))"
                          # ...or opening a clause of a terse message: "34, live in Atherstone, work as a clerk"
                          r"|(?:^|(?<=[,;.] ))work (?:as an?|at|for) (?!(?:a |an )?(?:living|change|bit|while|team|group|"
                          r"pair|family|volunteer)\b)")
_NAMED_LEVEL = re.compile(answers.NAMED_LEVEL)
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")

# GCSE grades said as numbers, with the subject: "I got 4s in English and maths", "a 5 in maths". Ofqual: grades 9
# to 4 are level 2 and 3 to 1 level 1 (https://www.gov.uk/what-different-qualification-levels-mean).
_GCSE_GRADES = re.compile(r"\b(?:got|get|have|had|with|passed|achieved) (?:a |an |grade |grades )?(?P<g>[1-9])s?"
                          r"(?: (?:and|or|&) (?:a |an )?[1-9]s?)? (?:in|for) (?:my )?(?:gcse )?(?:english|maths|math|"
                          r"science|computer science|computing)\b")
# ...or a count of passes that takes in English and maths, the school-leaving exams' way ("got 6 passes including
# maths and english"): a pass is grade 4 or over, level 2 by the same page; five or more including both is what
# sixth forms ask for level 3 (https://cityleicester.co.uk/sixth-form/student-information/entry-requirements-2023);
# fewer says nothing certain
_GCSE_PASSES = re.compile(r"\b(?P<n>[5-9]|1[0-2]|five|six|seven|eight|nine|ten) (?:gcse |gcses )?passes\b"
                          r"(?= (?:including|inc|incl|with|in) (?:maths|english|math))")
# A word of being taught just before "the basics": the basics are what they want ("something with computers" after
# "learn" is left open, as a field not yet chosen).
_TAUGHT = re.compile(r"\b(?:teach|teaches|teaching|learn|learning|show|shows|showing)\b")
# Hours worked now, said as a fact: "working 16 hours in a pharmacy", "i do 20 hrs a week at asda".
# Hours wanted ("want to work 16 hours", "can only do 20 hours") are availability, not a job.
_WORKING_HOURS = re.compile(
    r"(?P<wish>\b(?:want|wanna|like|could|can|only|looking|need|hoping|prefer|would|to) (?:\S+ )?)?"
    r"\b(?P<w>working|i work|i do|and do|doing) (?:about |around )?\d{1,2} (?:hours|hrs)\b")
# Words that make a topic what the resident wants, not what they do now: "I'm a social media assistant
# and want to learn data" wants data; "I do digital marketing now, fancy coding" wants coding.
_WANTING = {"want", "wanna", "wanting", "like", "love", "fancy", "hope", "hoping", "learn", "learning", "into",
            "study", "studying", "train", "training", "retrain", "become", "interested", "keen", "considering",
            "thinking", "move", "moving", "switch", "switching", "try", "trying", "towards", "dream"}
_WANT_WINDOW = 6
class Understanding:
    def __init__(self, nlp, gazetteer: Gazetteer) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer

    @classmethod
    def from_settings(cls, settings=None) -> "Understanding":
        from bot.language import nlp as pipeline  # imported here: spaCy is heavy and only needed at runtime
        from bot.settings import Settings

        settings = settings or Settings.from_env()
        nlp = pipeline.load(settings.spacy_model_path)
        gazetteer = Gazetteer.load(settings.gazetteer_path)
        stale = pipeline.stale_reason(settings.spacy_model_path, gazetteer)
        if stale:  # still usable (places also come from the gazetteer itself), but say so
            logging.getLogger(__name__).warning(stale)
        return cls(nlp, gazetteer)

    # ------------------------------------------------------------------------------------------
    def extract(self, text: Optional[str], asked: Optional[str] = None,
                about_held: Optional[str] = None, language: Optional[str] = None) -> List[Fact]:
        """The facts `text` gives. `asked`: the question open when it was said (its slot), so a short
        reply in the resident's own words can answer it; `about_held`: he / she / they when the
        conversation is already about someone the resident asks for, whose facts these then are;
        `language`: the conversation's language before this message, whose words answer that question."""
        text = (text or "")[:MAX_ANALYSED]
        if not text.strip():
            return []
        doc = self.nlp(text)
        view = _View(doc)
        question = is_question(doc, text)
        words = sum(1 for t in doc if not t.is_punct)
        about = asking_for(view.plain)
        other = about is not None or about_held in intake.PRONOUNS
        asks = _QuestionBySentence(doc, text)
        found: List[Tuple[Fact, str]] = []  # (fact, flag)
        wanted: set = set()  # (start, topic) of interests said as a wish
        ignored = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "IGNORE"]
        for ent in doc.ents:
            if ent.label_ != "FACT":
                continue
            for spec in ent.ent_id_.split(";"):
                slot, _, raw = spec.partition("=")
                flag = raw[-1] if raw[-1:] in "?!" else ""
                value = _typed(slot, raw.rstrip("?!"))
                if flag == "?" and (words > len(ent) + 2 or question):
                    if not (value == "general_digital" and ent.text.lower().endswith("basics") and _TAUGHT.search(
                            " ".join(t.norm_ for t in doc[max(0, ent.start - 6): ent.start]))):
                        continue
                    flag = ""  # "anything to teach an old farmhand the basics?": the basics are what they want
                fact = Fact(slot, value, ent.start_char, ent.end_char, ent.text, weak=flag == "?")
                fact = in_context(fact, ent, doc, view, asks(ent.start_char), words, other=other)
                if fact is not None:
                    found.append((fact, flag))
                    if fact.slot == "interest" and _wanted(doc, ent):
                        wanted.add((fact.start, fact.value))
        place = self._place(text, ignored, other=about is not None, asked=asked)
        if place is not None:
            found.append((place, ""))
            view.claim(place.start, place.end)  # a misspelt place the phrase tables missed: "dudly 55"
        found += [(f, "") for f in self._numbers(view, text, other=other)]
        if about is not None:
            found = [(f, flag) for f, flag in found if not _askers_own(f, text)]
        found = [(f, flag) for f, flag in found if not work_back_home(f, text)]
        facts = settle(found, view, text, wanted)
        if about is not None:  # what settling adds is read from their words too ("I'm a support worker")
            facts = [f for f in facts if not _askers_own(f, text)]
            work = their_work(view, text) if not any(f.slot == "employment_status" for f in facts) else None
            facts += [work] if work is not None and not _askers_own(work, text) else []
        if not facts:
            facts = self._bare(view, text)
        facts += qualification_abroad(facts, view, text)
        facts += facts_in_languages.stated(text, language, facts,
                                           replying=bool(asked) and words <= ANSWER_MAX_WORDS)
        if asked == "english_level" and words <= ANSWER_MAX_WORDS and _NAMED_LEVEL.search(view.plain):
            facts = [f for f in facts if f.slot != asked]  # the level they name, not "ESOL" beside it
        if asked == "english_level" and words <= ANSWER_MAX_WORDS and answers.said_native(view.plain):
            facts = [f for f in facts if f.slot != asked]  # "English is fine, I was born here": their own language
        clock = hours.schedule(view.plain) if asked == "availability" else None
        if clock is not None and not any(f.slot == asked for f in facts):
            # the hours they are free: "9 til half 2 weekdays" is the school day, not the whole week
            stripped = text.strip()
            facts.append(Fact(asked, clock, text.index(stripped), text.index(stripped) + len(stripped), stripped, weak=True))
        if asked and answers.answers_within(asked, words) and not any(f.slot == asked for f in facts):
            facts = answers.answer(asked, facts, view, text, language)
        if about is not None:
            facts = [f for f in facts if f.slot != "asking_for"]
            facts.append(Fact("asking_for", about, 0, 0, ""))
        return sorted(facts, key=lambda f: (f.start, f.slot))

    # ------------------------------------------------------------------------------------------
    def _numbers(self, view: "_View", text: str, other: bool = False) -> List[Fact]:
        out = []
        age = numbers.age(view.masked, other=other, plain=view.plain)
        # "my boys are 12 and 15": under 16, the two of them, and neither age is the one to hold
        several = school_years.several_children(view.plain) if other else None
        if several and age and age[0] in several.ages:
            age = None
        if age:
            out.append(view.fact("age", age[0], age[1], age[2], text, masked=True))
        school = None if age else school_years.school_age(view.plain)
        if school is None and not age:
            school = several
        rough = rough_ages.rough_age(view.plain) if school is None and not age else None
        if rough:  # "in my late 30s": 37 to 39, never one age guessed
            out.append(view.fact("school_age", list(rough[0]), rough[1], rough[2], text))
        if school:  # "im in yr 9", "born in 2012": under 16, with no one age to store
            out.append(view.fact("school_age", list(school.ages), school.start, school.end, text))
            if school.pupil:
                out.append(view.fact("employment_status", "in_education", school.start, school.end, text))
            if school.leaving:
                out.append(view.fact("background", "school_leaver", school.start, school.end, text))
        income = numbers.annual_income(view.masked)
        if income:
            out.append(view.fact("annual_income", float(income[0]), income[1], income[2], text, masked=True))
        hours = _WORKING_HOURS.search(view.plain)
        if hours and not hours.group("wish"):  # "working 16 hours in a pharmacy": in work now
            out.append(view.fact("employment_status", "employed", hours.start("w"), hours.end(), text))
        still = _STILL_AT_IT.search(view.plain)
        if still and not (hours and not hours.group("wish")):
            out.append(view.fact("employment_status", "employed", still.start(), still.end(), text))
        hourly = numbers.hourly_pay(view.masked)
        if hourly:  # paid by the hour: in work, whatever else the message says about it
            out.append(view.fact("employment_status", "employed", hourly[1], hourly[2], text, masked=True))
        grades = _GCSE_GRADES.search(view.plain)
        if grades:  # GCSE grades said as numbers: 9 to 4 are level 2, 3 to 1 level 1 (Ofqual's grading)
            level = 2 if int(grades.group("g")) >= 4 else 1
            out.append(view.fact("qualification_level", level, grades.start(), grades.end(), text))
        passes = _GCSE_PASSES.search(view.plain)
        if passes and not grades:
            out.append(view.fact("qualification_level", 2, passes.start(), passes.end(), text))
        decline = _DECLINE.search(view.plain)
        if decline and _INCOME_WORDS.search(view.plain):
            out.append(view.fact("annual_income", vocab.INCOME_DECLINED, decline.start(),
                                 decline.end(), text))
        return out

    def _bare(self, view: "_View", text: str) -> List[Fact]:
        stripped = view.plain.strip(" .!")
        if stripped in _ZERO_WORDS:
            return [view.fact("number", 0, 0, len(view.plain), text)]
        bare = numbers.bare_number(view.plain)
        return [view.fact("number", bare[0], bare[1], bare[2], text)] if bare else []

    def _place(self, text: str, ignored: List[Tuple[int, int]], other: bool = False,
               asked: Optional[str] = None) -> Optional[Fact]:
        """Where they live: the place said as home, or else the one place named. A place named only as
        where they work or went to school ("my call centre job in Solihull", "just left school in
        Dudley") is often but not always home, so with no home named it is sent as place_assumed: the
        place question then offers it ("Is it Solihull?") rather than taking it."""
        lowered = text.lower()
        candidates: List[Tuple[PlaceMatch, bool]] = []
        elsewhere: List[PlaceMatch] = []  # named as where they work or studied
        for match in self.gazetteer.find(text):
            if any(s < match.end and match.start < e for s, e in ignored):
                continue
            # the words before, within this clause ("originally but live in Coventry": "live in")
            clause = re.split(r"[,.;!?()]|\bbut\b|\bnow\b", lowered[max(0, match.start - 80): match.start])[-1]
            opened = _WORD.findall(clause)
            before = opened[-4:]
            after = _WORD.findall(lowered[match.end: match.end + 20])[:2]
            if after[:2] in (["city", "centre"], ["city", "center"]):
                pass  # "bar work in cov city centre": the place itself
            elif after[:1] and after[0] in _STUDIED_OR_WORKED_AT:
                elsewhere.append(match)  # "at stourbridge college": where they study or work, a hint of home
                continue
            elif after[:1] and after[0] in _INSTITUTION:
                continue  # "Coventry City", "Walsall Road": a name, not where they live
            if other and _askers_clause(lowered, match.start) and (set(opened) & _LIVING or after[:1] == ["myself"]) \
                    and not _LIVES_WITH_ASKER.search(clause):
                # asking for someone else: "I'm 58 and live in Stratford, but I'm asking for my daughter" (where the
                # asker works, "a support worker at a hostel in Wolverhampton", is still a hint of theirs)
                continue
            if (after[:1] and after[0] in _WHO_FOR) or set(before[-3:]) & _WHO_FOR:
                continue  # "are these only for Birmingham people?", "for people in Walsall": who a course is for
            if (set(before[-3:]) & {"only", "just"} and before[-1:] and before[-1] in _SERVED_AREA
                    and not set(before[-3:]) & _LIVING):
                continue  # "is this only for Brum? I'm in Kidderminster": the area asked about, not home
            if "between" in before:
                return None  # "between Walsall and Wolverhampton": ask
            if before[-1:] == ["not"]:
                continue  # "it's Smethwick not Oldbury", "not Dudley, Sandwell"
            if before[-1:] and before[-1] in _PLACE_CORRECTED:
                candidates, elsewhere = [(match, 3)], []  # "Leamington no sorry Coventry": the last said
                continue
            # a workplace named ("my job in Solihull"), unless the work is denied ("no job 27 kingstanding")
            working = [i for i, word in enumerate(before) if word in _PLACE_WORK and i >= len(before) - 4
                       and not set(before[i + 1:]) & _PLACE_HOME]  # (not "out of work and living in Bloxwich")
            if working and working[-1] > 0 and before[working[-1] - 1] in ("no", "not", "without"):
                working = []
            if working or _LEFT_SCHOOL.search(" ".join(before)):
                elsewhere.append(match)  # where they work or studied, not said to be where they live
                continue
            # ("moved from Kings Norton to Redditch": the place moved to)
            moved_to = before[-2:] in (["moved", "to"], ["relocated", "to"], ["moved", "here"]) or (
                before[-1:] == ["to"] and "from" in opened and bool({"moved", "relocated"} & set(opened))) or (
                before[-3:] in (["have", "lived", "in"], ["ve", "lived", "in"], ["been", "living", "in"]))
            # moving back home: where they will live when they study ("moving back home to Shirley in April")
            moved_to = moved_to or (before[-2:] in (["back", "to"], ["home", "to"])
                                    and bool(set(before[-5:]) & {"moving", "move", "moved", "coming"}))
            if (set(before) & _PLACE_ORIGIN and not moved_to) or "originally" in after:
                continue  # "came from Manchester", "born in Walsall", "moving to Leeds"
            # the clause opening with where they live, the place at its end: "Living back with my parents in Walsall"
            lives_there = len(opened) <= 8 and bool(set(opened[:2] if "from" in opened else opened) & _LIVING)
            # how surely it is home: a verb for living there over "from" ("a care leaver from Coventry, but he's
            # placed in semi-independent accommodation in Nuneaton")
            cue = set(before[-3:]) & _PLACE_HOME | ({"live"} if set(after) & _LIVING_AFTER else set())
            home = 2 if (moved_to or lives_there or cue - {"from", "postcode", "resident"}) else 1 if cue else 0
            candidates.append((match, home))
        # a name shared with a part of the city named straight after it is that part: "Stoke, Coventry"
        for i, (match, home) in enumerate(candidates):
            city = next((m for m, _ in candidates if m.in_area and 0 < m.start - match.end <= 3), None)
            if city is not None and not match.in_area:
                candidates[i] = (city, home)
        if not candidates and len(text) <= 60:  # the whole answer may be a place: "wolverhamton"
            # (a place only as listed when it answers another question: "برطانوی" to the status question)
            whole = self.gazetteer.resolve(text, likeness=asked in (None, "local_authority"))
            if whole is not None:
                candidates.append((whole, 2))
        assumed = not candidates
        if assumed:
            candidates = [(m, 0) for m in elsewhere]
        values = {self.gazetteer.slot_value(m) for m, _ in candidates}
        if len(values) > 1:
            surest = max(home for _, home in candidates)
            candidates = [(m, home) for m, home in candidates if home and home == surest]
            values = {self.gazetteer.slot_value(m) for m, _ in candidates}
        if len(values) != 1:
            return None
        match = candidates[0][0]
        return Fact("place_assumed" if assumed else "local_authority", self.gazetteer.slot_value(match),
                    match.start, match.end, match.matched)


_WHO_FOR = {"people", "residents", "folk", "folks", "postcodes"}
_SERVED_AREA = {"for", "do", "cover", "covers", "covering", "in", "serve", "serves", "only", "just", "around"}
_CLAUSE_CUT = re.compile(r"[,;](?=\s)")
_CONDITION = re.compile(r"(?:and |but |so )?(?:if|when|whether|what if|unless|suppose|supposing|say|even if|in case)\b")


class _QuestionBySentence:
    """Is the sentence at a position a question? "Made redundant from the plant, 55, no quals. What's
    out there?" states its facts and then asks: only the asking sentence is a question."""

    def __init__(self, doc, text: str) -> None:
        self.doc, self.text, self.cache = doc, text, {}
        self.bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text) + 1]

    def __call__(self, position: int) -> bool:
        k = next(i for i in range(len(self.bounds) - 1) if position < self.bounds[i + 1])
        if k not in self.cache:
            start, end = self.bounds[k], self.bounds[k + 1]
            tokens = [t for t in self.doc if start <= t.idx < end]
            self.cache[k] = is_question(tokens, self.text[start:end])
        if not self.cache[k]:
            return False
        # "been on the dole 6 month, anything in IT going?": a clause before the asking one states its facts,
        # unless it asks too or is a condition ("if I'm 19, can I apply?")
        start, end = self.bounds[k], self.bounds[k + 1]
        cut = [start] + [m.end() for m in _CLAUSE_CUT.finditer(self.text, start, min(end, len(self.text)))] + [end]
        c = next(i for i in range(len(cut) - 1) if position < cut[i + 1])
        if c == len(cut) - 2:
            return True  # the last clause: the question itself
        clause = self.text[cut[c]:cut[c + 1]]
        words = [t for t in self.doc if cut[c] <= t.idx < cut[c + 1]]
        return bool(_CONDITION.match(clause.strip().lower())) or is_question(words, clause)


def _starts(words: List[str]) -> List[int]:
    """Where each word starts in the words joined by single spaces."""
    starts, position = [], 0
    for word in words:
        starts.append(position)
        position += len(word) + 1
    return starts


class _View:
    """The message as normalised words, with offsets back into the original text."""

    def __init__(self, doc) -> None:
        pieces = []  # (norm, start, end, masked)
        claimed = set()
        for ent in doc.ents:
            claimed.update(range(ent.start, ent.end))
        for i, token in enumerate(doc):
            if token.is_space:
                continue
            glued = i > 0 and not doc[i - 1].whitespace_ and not token.whitespace_
            if token.text in ("-", "–") and glued and i + 1 < len(doc) and doc[i + 1].is_alpha:
                continue  # "part-time" reads as "part time"
            pieces.append([token.norm_, token.idx, token.idx + len(token.text), i in claimed])
        norms = [p[0] for p in pieces]
        for i, j, digits in reversed(number_words.merge_number_words(norms)):
            merged = [digits, pieces[i][1], pieces[j - 1][2], any(p[3] for p in pieces[i:j])]
            pieces[i:j] = [merged]
        self.pieces = pieces
        self.plain = " ".join(p[0] for p in pieces)
        self.offsets = _starts([p[0] for p in pieces])
        self._mask()

    def _mask(self) -> None:
        # a claimed word reads as one "§", so offsets in the masked text differ from those in the plain one
        words = ["§" if p[3] else p[0] for p in self.pieces]
        self.masked = " ".join(words)
        self.masked_offsets = _starts(words)

    def claim(self, start: int, end: int) -> None:
        """Mask the words within this span of the original text, as the phrase tables mask theirs."""
        for piece in self.pieces:
            if start <= piece[1] and piece[2] <= end:
                piece[3] = True
        self._mask()

    def span(self, start: int, end: int, masked: bool = False) -> Tuple[int, int]:
        """Offsets in the normalised (or, with `masked`, the masked) text -> offsets in the original text."""
        offsets = self.masked_offsets if masked else self.offsets
        first = last = None
        for k, offset in enumerate(offsets):
            length = 1 if masked and self.pieces[k][3] else len(self.pieces[k][0])
            if offset < end and start < offset + length:
                first = k if first is None else first
                last = k
        if first is None:
            return 0, 0
        return self.pieces[first][1], self.pieces[last][2]

    def fact(self, slot: str, value: Any, start: int, end: int, text: str, masked: bool = False) -> Fact:
        s, e = self.span(start, end, masked)
        return Fact(slot, value, s, e, text[s:e])


# In a message about someone else, a sentence in the first person with no word for them is the asker's own:
# "I work for a charity in Walsall. I'm helping a Syrian man, 41..." (the work is the asker's, not his).
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i am|me)\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(?:he|she|they|his|her|their|him|them|he's|she's|hes|shes|who|"
                           + "|".join(sorted(RELATION_WORDS, key=len, reverse=True)) + r")s?\b", re.IGNORECASE)
_THEIR_SITUATION = {"employment_status", "background", "annual_income", "universal_credit", "availability",
                    "english_level", "digital_confidence", "qualification_level", "target_group", "excluded_group"}


_NO_SUBJECT = re.compile(r"\s*(?:work|works|working|worked|do|drive|drives|earn|earns|got|have|run|runs|am|also)\b",
                         re.IGNORECASE)


# ...but where the one asked about lives with the asker, the home is theirs too: "Our Josh lives with me in Cannock"
_LIVES_WITH_ASKER = re.compile(r"\b(?:lives?|living|lived|stays?|staying) with (?:me|us)\b")


def _askers_clause(text: str, at: int) -> bool:
    """The clause before `at` is in the first person, with no word for the person asked about."""
    clause = re.split(r"[.!?;\n]| but ", text[:at])[-1]
    return bool(_FIRST_PERSON.search(clause)) and not _THIRD_PERSON.search(clause)


# The rest of a clause that ends "... here": a worker saying who they are ("Youth worker here", "WC here from
# Bilston JCP", "support worker at a charity in Digbeth here.")
_WORKER_HERE = re.compile(r"[^.,;!?\n]{0,60}?\bhere\b(?: (?:from|at|in) [^.,;!?\n]{0,40})?\s*(?:[.,;:!?\n-]|$)",
                          re.IGNORECASE)


def _askers_own(fact: Fact, text: str) -> bool:
    if fact.slot not in _THEIR_SITUATION:
        return False
    clause = re.split(r"[.!?;,\n]| and | but ", text[:fact.start])[-1]
    if fact.slot in ("target_group", "excluded_group"):  # "as a dad", "single mum": who is speaking
        return not _THIRD_PERSON.search(clause)
    said = clause + text[fact.start:fact.end]
    if _WORKER_HERE.match(text[fact.end:]) and not _THIRD_PERSON.search(re.split(r"[.!?\n]", text[:fact.start])[-1]):
        # "support worker at a homeless charity in Digbeth here": the asker saying who they are (not "my son
        # works here at Tesco")
        return True
    if _FIRST_PERSON.search(fact.text) and re.match(r"\s*with\b", text[fact.end:], re.IGNORECASE):
        return True  # "YP I work with: 17": the one named is whom the asker works with, the work is the asker's
    if not _FIRST_PERSON.search(said) and not _THIRD_PERSON.search(said) and _NO_SUBJECT.match(said):
        # the subject left out after "and": "I'm 44 and work nights at the hospital" is the asker's work
        parts = re.split(r"[.!?;,\n]| and | but ", text[:fact.start])
        said = (parts[-2] if len(parts) > 1 else "") + said
    return bool(_FIRST_PERSON.search(said)) and not _THIRD_PERSON.search(said)


def _typed(slot: str, raw: str) -> Any:
    if slot == "qualification_level":
        return int(raw)
    if slot == "universal_credit":
        return raw == "true"
    if slot == "annual_income":
        return float(raw)
    return raw


def _wanted(doc, ent) -> bool:
    """A wish word shortly before the topic, in the same clause."""
    for token in reversed(doc[max(0, ent.start - _WANT_WINDOW): ent.start]):
        if token.norm_ in {",", ".", ";", "!", "?", "but", "now", "currently"}:
            return False
        if token.norm_ in _WANTING:
            return True
    return False


__all__ = ["Fact", "Understanding", "classify_unreadable", "MAX_ANALYSED", "TOO_LONG"]
