"""Is a phrase the resident's own, current, stated fact? The context rules bot.language.understanding uses.

A phrase is dropped when it is negated ("not on UC"), wished for ("want a degree"), past ("when I
was at school"), someone else's ("my son is at college"), hypothetical ("if I'm on UC") or asked
about ("what is ESOL?"); "part time at Tesco" turns from availability into employment.
"""

from __future__ import annotations

import re
from typing import List, Optional

from bot.language.facts import Fact

_WINDOW = 5
_CLAUSE_END = {",", ".", ";", "!", "?", ":", "but", "though", "although", "because", "so"}
# After "and" / "or", these open a clause of its own, so what came before (a "no", a "my son", an "if")
# does not reach past it: "no qualifications and I'm on UC", "not on UC and working part time". A noun
# after "and" still shares the negation: "no GCSEs or A levels".
CLAUSE_OPENERS = {"i", "we", "am", "on", "working", "work", "claiming", "living", "live", "currently",
                  "still", "also", "been", "got", "getting", "have", "doing", "looking"}
INTERJECTION_AFTER_NO = {"i", "it", "its", "wait", "sorry", "actually", "that", "thats", "my"}
UC_VERBS = {"get", "getting", "gets", "claim", "claiming", "claims", "receive", "receiving", "have",
            "got", "on"}
NEGATION = {"not", "no", "never", "without", "neither", "nor"}
_BESIDES = {"apart", "except", "besides"}
# "instead of" and "rather than" in each language Waymark reads (English words of a qualification stand inside
# them: "zamiast A levels", "în loc de A levels", "A levels کی بجائے" comes after, so is not read here)
# "to do", after the thing done in Urdu and Punjabi: a qualification followed by it is one they want
_TO_DO = {"ਕਰਨੀ", "ਕਰਨਾ", "کرنا", "کرنی", "karna", "karni", "krna", "krni"}
_INSTEAD = {"instead", "rather", "zamiast", "loc", "بدل", "بدلا", "بدال", "ਬਜਾਏ"}
HYPOTHETICAL = {"if", "whether", "unless"}
WEIGHING = {"wondering", "wonder", "wondered", "considering", "asking", "thinking"}
PAST = {"was", "were", "used", "previously", "formerly", "former", "ago", "when", "since"}
SOMEONE_ELSE = {
    "son", "sons", "daughter", "daughters", "kid", "kids", "child", "children", "boy", "girl",
    "brother", "sister", "wife", "husband", "partner", "mum", "mom", "dad", "mother", "father",
    "he", "she", "his", "her", "they", "their", "friend", "friends", "cousin", "nephew", "niece",
    # "now the youngest is at school"
    "youngest", "eldest", "oldest", "twins", "grandson", "granddaughter", "grandkids", "grandchildren",
}
WISH = {
    "want", "like", "love", "hope", "hoping", "plan", "planning", "interested", "keen", "fancy", "gets",
    "learn", "learning", "become", "study", "studying", "train", "training", "try", "career", "retrain",
    "retraining",
    "into", "considering", "thinking", "need", "needs", "require", "requires", "required", "do",
    "doing", "get", "getting", "gain", "apply", "applying", "start", "starting", "towards",
    "course", "courses", "what", "which", "whats", "tell", "explain", "mean", "means", "be",
}
_EXCEPT = {"only", "just", "beyond", "except", "apart", "besides", "above", "past"}
_STUDY_TIME = {"can", "could", "only", "study", "learn", "learning", "available", "free", "do", "prefer",
               "best", "suit", "suits", "and", "or", "evenings", "weekends", "mornings", "days"}
# Words that say a qualification is under way or was left part way, and the level that usually gets someone
# onto it (GCSEs for A levels and level 3 courses, A levels for an HNC or a degree, a degree for a master's).
# (not "during" or "quit": "during my degree I worked in a bar" and "quit my job after my A levels" hold them)
_UNDER_WAY = {"alongside", "halfway", "midway", "sitting", "dropped", "unfinished", "incomplete", "taking", "partway"}
_ENTRY_LEVEL = {3: 2, 4: 3, 5: 3, 6: 3, 7: 6}
# The rest of the day said to be free, after the hours they work: "i do evenings so my days r free".
_FREE_AFTER = re.compile(r"^(?:so |and |but )?(?:my |the )?(?:days?|daytimes?|mornings?|afternoons?)(?: are| r| is)? "
                         r"(?:free|clear|open)\b")
# Putting right other people's problems, which makes "tech problems" a line of work: "sort out tech problems".
_SOLVING = {"help", "helping", "helps", "sort", "sorting", "fix", "fixing", "solve", "solving", "troubleshoot",
            "deal", "dealing", "resolve", "resolving"}
_CLASSES = {"classes", "class", "courses", "course", "school", "study", "only"}
# The word before "in school" or "at college" that makes it a workplace: a job or work itself.
_WORKS_THERE = {"work", "works", "working", "worked", "job", "lady", "assistant", "cleaner", "cook", "caretaker",
                "clean", "cleans", "cleaning", "teach", "teaches", "teaching", "volunteer", "volunteers", "volunteering",
                "technician", "teacher", "nurse", "receptionist", "administrator", "secretary", "porter", "staff",
                "supervisor", "manager", "lecturer", "tutor", "chef", "librarian", "officer", "worker"}
_GOING_OWN_WAY = {"go", "going", "start", "starting", "set", "setting", "maybe", "eventually", "someday", "day"}
_THAT_ONE = {"it", "this", "that", "the", "these", "those", "its"}
_ANY_SUCH = {"anything", "something", "any"}
SEEKING = {"looking", "want", "wants", "wanting", "seeking", "find", "finding", "need", "get", "getting", "apply",
           "applying", "become", "be", "like", "hope", "hoping", "search", "searching"}
JOB_WORDS = {"work", "works", "working", "worked", "job", "jobs", "did", "experience",
             "employed", "manager", "background", "was", "were", "used"}
# In a question, a fact counts only when said of oneself: "I have GCSEs, can I apply?" but not
# "will it affect my UC?" or "is an HNC a degree?".
STATEMENT = {"am", "have", "got"}
# Playing games is a pastime, not a wish to make them: "mad on gaming" counts as coding only with a
# word of learning or work ("wants to get into game development" is still coding).
PLAYING = {"gaming", "video games", "computer games", "games", "playing games", "gamer"}
LEARNING = WISH - {"into", "like", "love", "keen", "interested", "fancy", "do", "doing", "what", "which", "whats",
                   "tell", "explain", "mean", "means", "be"}
# In a question for "someone on UC" ("what is there for someone on UC?") the resident is that someone.
ON_UC_PEOPLE = {"someone", "somebody"}  # "people on UC" may be anyone: left unread
JOB_TITLES = {"programmer", "developer", "engineer", "analyst", "scientist", "designer",
              "technician", "creator", "marketer", "tester"}
FILLERS = {"really", "even", "actually", "ever", "currently", "yet"}
_TITLE_HELD = {"here", "by", "for", "at", "in", "with", "since", "and"}  # "data analyst here", "web designer for 5 years"
QUESTION_WORDS = {"what", "whats", "how", "which", "who", "when", "where", "why"}
QUESTION_AUX = {"is", "are", "does", "do", "will", "would", "should", "can", "could", "am"}
SUBJECTS = {"i", "you", "it", "this", "that", "there", "the", "a", "an", "my", "we", "they",
            "he", "she", "someone", "anyone", "people", "these", "those"}
_ASKING = re.compile(r"\b(?:what (?:is|does|are|do)|whats|wot|meaning|explain|tell me about|vs|versus|"
                     r"difference between)\b")


def is_question(doc, text: str) -> bool:
    """ "?" or a question opening: "what is", "will it", "can I" (but not "can do evenings")."""
    if "?" in text or _ASKING.search(" ".join(t.norm_ for t in doc[:40])):
        return True
    norms = [t.norm_ for t in doc[:2]] + ["", ""]
    if norms[0] in QUESTION_WORDS:
        return True
    # ("is coding hard" asks; "do cleaning on min wage" is "I do cleaning", texted without the "I")
    return norms[0] in QUESTION_AUX and (norms[1] in SUBJECTS or (norms[1].endswith("ing") and norms[0] != "do"))


def _window(doc, ent) -> List[str]:
    """The words before the phrase, nearest first, within its own clause."""
    out: List[str] = []
    for token in reversed(doc[max(0, ent.start - _WINDOW): ent.start]):
        if token.norm_ in _CLAUSE_END:
            break
        if token.norm_ in {"and", "or"} and (out[-1] if out else doc[ent.start].norm_) in CLAUSE_OPENERS:
            break
        out.append(token.norm_)
    return out


# A time ruled out after it is named: "full time is not possible for me", "full time's too much with the kids".
REFUSED_AFTER = re.compile(r"(?:is|are|'s|s|would be|will be|would|will) (?:not|too|impossible|out of the question|"
                            # ...or hard to manage: "evenings and weekends are hard because of the pub"
                            r"no good|never|hard|difficult|tricky|a problem|a struggle|out(?! of work))\b"
                            r"|(?:not possible|impossible|no good|out of the question)\b")
_WANTING_WORDS = {"want", "wanna", "like", "fancy"}
_UNWANTED_REACH = 10


def _unwanted(doc, ent) -> bool:
    """A wish refused further back in the clause: "I don't want to rush straight into full time"."""
    tokens = doc[max(0, ent.start - _UNWANTED_REACH): ent.start]
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i].norm_ in _CLAUSE_END:
            return False
        if tokens[i].norm_ in _WANTING_WORDS and tokens[i - 1].norm_ in NEGATION:
            return True
    return False


_WORK_WORDS = {"work", "working", "works", "job", "employed"}
_NO_WORK_BEFORE = {"of", "no", "for", "find", "any", "not", "without", "into"}


def _work_held(window: List[str]) -> bool:
    """A word for work before a time, not work they lack: "I work evenings" (but "out of work and can do
    evenings", "looking for work, evenings")."""
    return any(w in _WORK_WORDS and (window[i + 1] if i + 1 < len(window) else "") not in _NO_WORK_BEFORE
               for i, w in enumerate(window))


def time_left(ruled_out: str) -> Optional[str]:
    """When they can study, a time ruled out: not full time is part time (the one other daytime choice);
    ruling out evenings or part time says nothing of when they can."""
    return "part_time" if ruled_out == "full_time" else None


def _negated(window: List[str], first: str) -> bool:
    """A "no"/"not" before the phrase, unless a new wish starts in between.

    "I don't want to do coding" and "not interested in data" are negated; "no job, want to do
    coding" is not: the "no" belongs to the job.
    """
    in_order = window[::-1] + [first]
    negators = [
        i for i, word in enumerate(in_order[:-1])
        if word in NEGATION and not (word == "no" and in_order[i + 1] in INTERJECTION_AFTER_NO)
    ]  # "no I'm employed now": "no" answers the bot, it does not negate
    if not negators:
        return False
    between = [w for w in in_order[negators[-1] + 1:-1] if w not in FILLERS]
    if set(between) & _EXCEPT:  # "no qualifications beyond GCSEs": the GCSEs are had
        return False
    wishes = [i for i, word in enumerate(between) if word in WISH]
    return not wishes or wishes[0] == 0


_QUALIFIED_IN = {"level", "degree", "diploma", "btec", "nvq", "hnc", "hnd", "masters", "bachelors", "bachelor",
                 "certificate", "a-level", "a-levels", "gcse", "gcses", "qualification", "qualified", "qualifications",
                 "bsc", "ba", "msc", "foundation", "l2", "l3"}
# A course left part way, said before where it was (not "dropped out ... now back at college")
_DROPPED_OUT = re.compile(r"\b(?:dropped out|packed in|jacked in|packed it in)\b(?!.*\b(?:now|again)\b)")
_TAUGHT_IN = {"degree", "school", "university", "college", "education", "taught", "studied", "course", "was", "were"}
_PAPERS = {"qualification", "qualifications", "gcse", "gcses", "certificate", "certificates", "exam", "exams",
           "test", "tests", "grade", "grades", "o", "a"}


_I_COULD_LEARN = re.compile(r"\bi (?:could|can|would|might|am able to) (?:learn|study|do|train|go)\b(?![^.?!]*[.?!])")


# The time of their work, said as such right before it: "I do my shifts at", "I drive", "I work"
_THEIR_WORK_TIME = re.compile(r"\bi (?:can |also |still )?(?:work|drive|do (?:my |the )?(?:shifts?|uber|deliveries|deliveroo))"
                              r"(?: (?:at|on|in|the|my|for \w+))*$")


# Done before and wanted again, said after it in the same sentence: "I did a bit of web design years ago and want to
# brush up", "did some coding at college and would like to pick it up again".
_AGAIN = re.compile(r"\b(?:brush up|brushing up|refresh|refresher|pick it (?:back )?up|picking it (?:back )?up|"
                    r"get back into|getting back into|back into it|update my|updating my|build on it|go back to it|"
                    # kept up while they cannot work: "i was web designer in tehran i want keep my skill not forget"
                    r"keep (?:up )?my skills?|keep my hand in|not (?:to )?forget|not lose (?:my|the) skills?|stay sharp)\b")


def _taken_up_again(doc, ent) -> bool:
    after = []
    for token in doc[ent.end: ent.end + 14]:
        if token.norm_ in {".", "!", "?"}:
            break
        after.append(token.norm_)
    return _AGAIN.search(" ".join(after)) is not None


def _money_for_a_child(doc, ent) -> bool:
    """"child maintenance", "child benefit" before the phrase: money the resident gets, not a child of theirs."""
    return any(t.norm_ in {"child", "children", "kids", "kid"} and t.i + 1 < len(doc)
               and doc[t.i + 1].norm_ in {"maintenance", "benefit", "benefits", "tax", "support"}
               for t in doc[max(0, ent.start - _WINDOW): ent.start])


# A course of their own, or one finished: what it gave is held
_COURSE_HAD = {"my", "finished", "finishd", "did", "done", "completed", "passed"}
# Money said to come from support, not from work: "small money from home office", "little money from the council"
_SUPPORT_AFTER = re.compile(r"(?:\S+ ){0,2}(?:from|off|by) (?:the )?(?:home office|asylum|benefits?|universal credit|uc|"
                            r"government|council|dwp|job ?centre|nass|pension)\b")


def in_context(fact: Fact, ent, doc, view, question: bool, words: int, other: bool = False) -> Optional[Fact]:
    """The fact, a changed fact ("part time at Tesco" is a job), or None when it isn't one.

    `other`: the resident is asking for someone else ("my nephew is 18..."), whose facts these are.
    """
    window = _window(doc, ent)
    before = set(window)
    prev = doc[ent.start - 1].norm_ if ent.start > 0 else ""
    nxt = doc[ent.end].norm_ if ent.end < len(doc) else ""
    slot, value = fact.slot, fact.value
    negated = _negated(window, doc[ent.start].norm_)
    own = {t.norm_ for t in ent} & {"i", "me", "my", "myself"}  # "they laid me off" is about them
    # ("wondering if IT support is too much of a stretch": a field weighed up is one wanted, not a supposition)
    weighed = slot == "interest" and bool(before & WEIGHING)
    someone = before & SOMEONE_ELSE
    if someone and _money_for_a_child(doc, ent):
        someone = someone - {"child", "children", "kids", "kid"}  # "child maintenance and UC" is what they get
    if (someone and not own and not other) or (before & HYPOTHETICAL and not weighed):
        return None
    said_of_self = "am" in before or ("i" in before and before & STATEMENT)
    # "can I learn English part time?": the time is theirs, asked about (but "is it part time?" asks of the course)
    said_of_self = said_of_self or (slot == "availability" and bool(before & {"i", "me"}))
    # ...further back in its sentence: "is there anything I could learn on a laptop in the evenings?"
    said_of_self = said_of_self or (slot == "availability" and _I_COULD_LEARN.search(
        " ".join(t.norm_ for t in doc[max(0, ent.start - 12): ent.start])) is not None)
    one_of_them = slot == "universal_credit" and value is True and (
        (doc[ent.start].norm_ == "on" and prev in ON_UC_PEOPLE)
        or (prev == "on" and ent.start > 1 and doc[ent.start - 2].norm_ in ON_UC_PEOPLE))
    # "is there something for somebody on the care worker visa like me?": what "like me" qualifies is theirs
    one_of_them = one_of_them or [t.norm_ for t in doc[ent.end: ent.end + 2]] in (["like", "me"], ["like", "myself"])
    # "any part time courses?", "are there evening classes": asking for courses at that time is wanting it
    # (but "is it part time?", "is this course full time" asks of a course)
    wants_such = slot == "availability" and nxt in _CLASSES and nxt != "only" and not before & _THAT_ONE
    # "is there anything weekends only?": asking for anything at that time is wanting it
    wants_such = wants_such or (slot == "availability" and bool(before & _ANY_SUCH) and not before & _THAT_ONE)
    # "is there something in marketing that fits round school?": what fits their day is what they can do
    wants_such = wants_such or (slot == "availability" and doc[ent.start].norm_ in {"fits", "fit"})
    if question and slot != "interest" and not said_of_self and not one_of_them and not wants_such:
        return None
    if slot == "availability" and _THEIR_WORK_TIME.search(" ".join(reversed(window))):
        return None  # "I do my shifts at weekends": when they work, not when they can study
    if ent.text.lower().endswith(" going") and nxt in {"well", "ok", "okay", "fine", "great", "good", "to", "alright"}:
        return None  # "my job is going well": going on, not going away
    if slot == "qualification_level":
        if value == 0 and nxt in _EXCEPT | {"other", "but"}:
            return None  # "no qualifications beyond GCSEs": the GCSEs are what they have
        if before & _INSTEAD:
            return None  # "rather than A levels", "بدل ما تكمل A levels": what they will not do, not what they have
        if nxt in _TO_DO:
            return None  # "HNC ਕਰਨੀ ਆ", "HNC karni hai": the verb after it, Urdu's and Punjabi's order, says a wish
        wishes = before & WISH
        if wishes == {"do"} and "have" in before:
            wishes = set()  # "I do have GCSEs"
        if "training" in wishes and " by training" in view.plain:
            wishes = wishes - {"training"}  # "a civil engineer by training (bachelor's)": their profession
        if wishes <= {"course", "courses"} and _COURSE_HAD & {t.norm_ for t in doc[max(0, ent.start - 10): ent.start]}:
            wishes = set()  # "finishd my college course in the summer (btec level 2 IT)": a course done, not wanted
        if negated or wishes:
            return None
        if before & _UNDER_WAY:
            # still studying for it, or left part way: not held, but what got them onto it is ("alongside my A
            # levels" holds GCSEs; "halfway through my level 3 course" a level 2; a degree begun, level 3)
            held = _ENTRY_LEVEL.get(value)
            return None if held is None else Fact(slot, held, fact.start, fact.end, fact.text, weak=fact.weak)
        return fact
    if slot == "interest":
        if negated or (before & JOB_WORDS and not before & WISH and not _taken_up_again(doc, ent)):
            return None
        able = next((i for i, w in enumerate(window) if w in {"can", "could"}), None)
        if (able is not None and window[able + 1: able + 2] in (["i"], ["we"], ["he"], ["she"])
                and (before | {doc[ent.start].norm_}) & {"do", "use", "using"} and not (before - {"do"}) & WISH):
            return None  # "I can do Word and email": what they can do already, not what they want to learn
        if prev in {"in", "of"} and before & _QUALIFIED_IN and not before & (WISH | SEEKING):
            # "a level 3 in IT from the Army", "degree in computing": what they studied. A hint of what they
            # want when nothing else says it, but never a change to a wish they have given.
            return Fact(fact.slot, fact.value, fact.start, fact.end, fact.text, weak=True)
        if ent.text.lower() in PLAYING and not before & LEARNING:
            return None  # a pastime: the question about what they want to learn is still asked
        if doc[ent.end - 1].norm_ in JOB_TITLES and not before & (WISH | SEEKING) and (ent.start > 0 or nxt in _TITLE_HELD) \
                and not _taken_up_again(doc, ent):
            return None  # "I am IT technician": their job, not necessarily their wish (the title alone, as a
            # reply to "What would you like to learn?", is what they want to become: "data analyst ਬਣਨਾ"; and a
            # title sought is one wanted: "looking for a data analyst bootcamp")
        if ent.text.lower() == "social media" and prev in {"on", "saw", "via", "through", "from", "seen"}:
            return None
        if prev in {"do", "does", "doing", "did"} and nxt in {"at", "for"} and not (before - {prev}) & (
                WISH | {"wants", "wanted", "wanting", "would", "could", "can"}):
            return None  # "I do security at Merry Hill", "she does marketing for a charity": the work they do

        if value == "it_support" and ent.text.lower().endswith(("problems", "issues")) and not before & _SOLVING:
            return None  # "my laptop has computer problems": their trouble, not work they want
        if value == "cyber_security" and ent.text.lower() == "security" and (
            prev in {"social", "job", "national", "home", "food", "financial"}
            or nxt in {"guard", "guards", "officer", "officers", "job", "staff", "check", "checks", "nights", "shifts",
                       "shift", "work", "company", "firm", "licence", "license", "industry", "patrols"}
        ):
            return None
        return fact
    if slot == "availability":
        if ent.text.lower() == "ft" and (prev[:1].isdigit() or nxt in {"tall", "high", "long", "wide"} or words <= 1):
            return None  # "6 ft tall": feet, not full time; "ft" alone answers only the question it is put to
        if negated or _unwanted(doc, ent) or REFUSED_AFTER.match(" ".join(t.norm_ for t in doc[ent.end: ent.end + 5])):
            left = time_left(value)
            return None if left is None else Fact(slot, left, fact.start, fact.end, fact.text, weak=fact.weak)
        if before & PAST:
            return None
        if doc[ent.end - 1].norm_ in {"classes", "class", "courses", "course", "lessons"}:
            return fact  # "any evening courses in coding?": the course is when they study, never their work
        after_next = doc[ent.end + 1].norm_ if ent.end + 1 < len(doc) else ""
        for_them = nxt == "for" and after_next in {"me", "us", "myself", "him", "her", "them"}  # "best for me"
        # "part time as I care for my dad" gives the reason; "part time as a cleaner" is the job
        for_them = for_them or (nxt == "as" and after_next in {"i", "we", "he", "she", "they", "my", "our", "it"})
        at_work = (nxt in {"at", "for", "in", "as", "job", "jobs", "work", "worker", "shift", "shifts",
                           "contract", "kaam", "naukri", "nokri", "duty"} and not for_them) or _work_held(window)
        # nights are a shift worked far more often than a time to study: "security guard nights £11 hr"
        # (but "I can only do nights", "night classes" are when they could learn)
        # ("I do security nights": "do" with the work between is the job, not "I can do nights")
        # ("i do nights so part time in the day": what they do now, not "i can do nights")
        habitual = prev == "do" and ent.start > 1 and doc[ent.start - 2].norm_ in {"i", "he", "she", "we", "they"}
        study_time = before & _STUDY_TIME
        if study_time <= {"do", "and", "or"} and (prev != "do" or habitual):
            study_time = set()
        if (ent.text.lower() in ("nights", "night time") and before and not study_time
                and nxt not in _CLASSES) or (habitual and _FREE_AFTER.search(" ".join(t.norm_ for t in doc[ent.end:]))):
            at_work = True  # ("i do evenings so my days are free": the evenings are their work)
        if not at_work:
            return fact
        after = doc[ent.end + 1].norm_ if ent.end + 1 < len(doc) else ""
        if before & SEEKING or after in {"college", "school", "university", "sixth"}:
            return fact if before & SEEKING else None
        return Fact("employment_status", "employed", fact.start, fact.end, fact.text, weak=fact.weak)
    if slot == "employment_status":
        lost = any(w in ent.text.lower() for w in ("lost", "laid", "sacked", "fired", "redundan"))
        if negated or (before & PAST and not lost) or (value != "unemployed" and before & SEEKING):
            return None
        if value == "self_employed" and before & _GOING_OWN_WAY:
            return None  # "maybe go freelance one day", "start my own business": a wish, not their work
        if value == "employed" and nxt in {"on", "towards", "toward", "out"} and doc[ent.end - 1].norm_ in {
                "work", "works", "working"}:
            # ("while I work out what's next": figuring it out)
            return None  # "I'm working on my English" (but "a redundancy letter on friday" is about the job)
        if value == "in_education" and prev in _WORKS_THERE:
            return None  # "I work in school kitchen", "dinner lady in school": the school is their workplace
        if value == "in_education" and _DROPPED_OUT.search(" ".join(t.norm_ for t in doc[max(0, ent.start - 10):
                                                                                          ent.start])):
            return None  # "he dropped out of his first year at uni": studying no more
        return fact
    if slot in ("universal_credit", "annual_income"):
        # (only claimants have a UC journal: "can't get into his UC journal" still says he claims)
        journal = nxt == "journal" or ent.text.lower().endswith("journal")
        # what does come in, after "nothing": "nothing coming in apart from child maintenance and UC"
        besides = value is True and any(t.norm_ in _BESIDES for t in doc[max(0, ent.start - 8): ent.start])
        if before & PAST or (negated and value not in (False, 0.0) and not journal and not besides):
            return None
        bare = ent.text.lower() in {"uc", "universal credit"}
        if ent.text.lower() == "uc" and not before & UC_VERBS and not besides and words > 3:
            return None  # "UC" alone in a sentence is too loose; "I get PIP and UC" is not
        return None if question and bare else fact
    if slot == "english_level":
        if negated or (question and "esol" in ent.text.lower()):
            return None
        if ent.text.lower().endswith("medium") and before & _TAUGHT_IN:
            return None  # "my degree was English medium": the language it was taught in, not their level
        if nxt in _PAPERS:
            return None  # "no English qualifications" is about papers, not how well they speak it
        if ent.text.lower() == "fluent":
            if nxt == "in" and ent.end + 1 < len(doc) and doc[ent.end + 1].norm_ != "english":
                return None
            if "english" not in view.plain and words > 3:
                return None
        return fact
    if ent.text.lower() == "asylum" and (nxt not in {"", ".", ",", "!", ";", "?", "and", "but", "now", "too"}
                                         or prev not in {"", ".", ",", "!", ";", "?", ":", "-", "on", "am"}):
        # "Asylum." alone says it; "an asylum drop in" names a place, and "said yes to my asylum" is not a claim
        return None
    if value == "refugee":  # "I work with refugees" is not one; "from Sudan with refugee status" is
        helping = prev in {"with", "help", "helping", "support", "supporting", "for", "about"}
        if helping and "status" not in ent.text.lower():
            return None
    if slot == "target_group" and question:
        return None
    if slot == "digital_confidence" and value == "confident" and before & WISH:
        return None  # "whatever gets him confident online": where they want to get to
    if slot == "background" and value == "low_wage" and _SUPPORT_AFTER.match(
            " ".join(t.norm_ for t in doc[ent.end: ent.end + 6])):
        return None  # "small money from home office every week": asylum support or a benefit, not a wage
    return None if negated else fact
