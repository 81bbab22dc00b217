"""Reasons, conditions and near misses said about the person a resident asks for (their son, wife...).

The match says every sentence to "you" (bot.pathways.eligibility): the routes are the resident's own
unless they ask for someone else. Then each such sentence is said again from here, in the
conversation's language, with the values it was first said with: "you are 19 and it is for people 16
to 24" becomes "he is 19 and...". A sentence with no "you" in it is the same for anyone and is not here.
"""
from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

from bot.dialogue.intake import PRONOUNS as PERSONS
from bot.language.words import Entry, P_, Said, words_for

# The web card's own words that speak to "you" (bot.dialogue.route_facts card_labels), said of them too.
CARD_WORDS = ("why", "referral")

# TRANSLATORS: said to the resident about the person they ask for: "he" (a man or boy), "she" (a woman or
# girl), "they" (someone whose gender was not said). Same meaning as the sentence with "you".
ABOUT_THEM: Dict[Tuple[str, str], Entry] = {
    ("it is for people who live in {place}, like you", "he"):
        P_("reason_he", "it is for people who live in {place}, like him"),
    ("it is for people who live in {place}, like you", "she"):
        P_("reason_she", "it is for people who live in {place}, like her"),
    ("it is for people who live in {place}, like you", "they"):
        P_("reason_they", "it is for people who live in {place}, like them"),
    ("partly online and partly in person in {place}, where you live", "he"):
        P_("reason_he", "partly online and partly in person in {place}, where he lives"),
    ("partly online and partly in person in {place}, where you live", "she"):
        P_("reason_she", "partly online and partly in person in {place}, where she lives"),
    ("partly online and partly in person in {place}, where you live", "they"):
        P_("reason_they", "partly online and partly in person in {place}, where they live"),
    ("in person in {place}, where you live", "he"):
        P_("reason_he", "in person in {place}, where he lives"),
    ("in person in {place}, where you live", "she"):
        P_("reason_she", "in person in {place}, where she lives"),
    ("in person in {place}, where you live", "they"):
        P_("reason_they", "in person in {place}, where they live"),
    ("it is for {who}, like you", "he"):
        P_("reason_he", "it is for {who}, like him"),
    ("it is for {who}, like you", "she"):
        P_("reason_she", "it is for {who}, like her"),
    ("it is for {who}, like you", "they"):
        P_("reason_they", "it is for {who}, like them"),
    ("you are {age} and it is for {band}", "he"):
        P_("reason_he", "he is {age} and it is for {band}"),
    ("you are {age} and it is for {band}", "she"):
        P_("reason_she", "she is {age} and it is for {band}"),
    ("you are {age} and it is for {band}", "they"):
        P_("reason_they", "they are {age} and it is for {band}"),
    ("you earn {limit}, its income limit", "he"):
        P_("reason_he", "he earns {limit}, its income limit"),
    ("you earn {limit}, its income limit", "she"):
        P_("reason_she", "she earns {limit}, its income limit"),
    ("you earn {limit}, its income limit", "they"):
        P_("reason_they", "they earn {limit}, its income limit"),
    ("it is for people who are {who}, like you", "he"):
        P_("reason_he", "it is for people who are {who}, like him"),
    ("it is for people who are {who}, like you", "she"):
        P_("reason_she", "it is for people who are {who}, like her"),
    ("it is for people who are {who}, like you", "they"):
        P_("reason_they", "it is for people who are {who}, like them"),
    ("you have {have} and it needs Level {low}", "he"):
        P_("reason_he", "he has {have} and it needs Level {low}"),
    ("you have {have} and it needs Level {low}", "she"):
        P_("reason_she", "she has {have} and it needs Level {low}"),
    ("you have {have} and it needs Level {low}", "they"):
        P_("reason_they", "they have {have} and it needs Level {low}"),
    ("it is for people on Universal Credit, like you", "he"):
        P_("reason_he", "it is for people on Universal Credit, like him"),
    ("it is for people on Universal Credit, like you", "she"):
        P_("reason_she", "it is for people on Universal Credit, like her"),
    ("it is for people on Universal Credit, like you", "they"):
        P_("reason_they", "it is for people on Universal Credit, like them"),
    ("your status does not rule out {funding} ({checked})", "he"):
        P_("reason_he", "his status does not rule out {funding} ({checked})"),
    ("your status does not rule out {funding} ({checked})", "she"):
        P_("reason_she", "her status does not rule out {funding} ({checked})"),
    ("your status does not rule out {funding} ({checked})", "they"):
        P_("reason_they", "their status does not rule out {funding} ({checked})"),
    ("it is pitched at your level of English", "he"):
        P_("reason_he", "it is pitched at his level of English"),
    ("it is pitched at your level of English", "she"):
        P_("reason_she", "it is pitched at her level of English"),
    ("it is pitched at your level of English", "they"):
        P_("reason_they", "it is pitched at their level of English"),
    ("you have the right to work in the UK", "he"):
        P_("reason_he", "he has the right to work in the UK"),
    ("you have the right to work in the UK", "she"):
        P_("reason_she", "she has the right to work in the UK"),
    ("you have the right to work in the UK", "they"):
        P_("reason_they", "they have the right to work in the UK"),
    ("it covers {topic}, which you are interested in", "he"):
        P_("reason_he", "it covers {topic}, which he is interested in"),
    ("it covers {topic}, which you are interested in", "she"):
        P_("reason_she", "it covers {topic}, which she is interested in"),
    ("it covers {topic}, which you are interested in", "they"):
        P_("reason_they", "it covers {topic}, which they are interested in"),
    ("online, so you can join from home", "he"):
        P_("reason_he", "online, so he can join from home"),
    ("online, so you can join from home", "she"):
        P_("reason_she", "online, so she can join from home"),
    ("online, so you can join from home", "they"):
        P_("reason_they", "online, so they can join from home"),
    ("free for you under Free Courses for Jobs, as you don't have a Level 3 qualification yet", "he"):
        P_("reason_he", "free for him under Free Courses for Jobs, as he doesn't have a Level 3 qualification yet"),
    ("free for you under Free Courses for Jobs, as you don't have a Level 3 qualification yet", "she"):
        P_("reason_she", "free for her under Free Courses for Jobs, as she doesn't have a Level 3 qualification yet"),
    ("free for you under Free Courses for Jobs, as you don't have a Level 3 qualification yet", "they"):
        P_("reason_they", "free for them under Free Courses for Jobs, as they don't have a Level 3 qualification yet"),
    ("free for you under Free Courses for Jobs, as you are out of work", "he"):
        P_("reason_he", "free for him under Free Courses for Jobs, as he is out of work"),
    ("free for you under Free Courses for Jobs, as you are out of work", "she"):
        P_("reason_she", "free for her under Free Courses for Jobs, as she is out of work"),
    ("free for you under Free Courses for Jobs, as you are out of work", "they"):
        P_("reason_they", "free for them under Free Courses for Jobs, as they are out of work"),
    ("evening and weekend sessions fit your availability", "he"):
        P_("schedule_why_he", "evening and weekend sessions fit his availability"),
    ("evening and weekend sessions fit your availability", "she"):
        P_("schedule_why_she", "evening and weekend sessions fit her availability"),
    ("evening and weekend sessions fit your availability", "they"):
        P_("schedule_why_they", "evening and weekend sessions fit their availability"),
    ("part-time hours fit your availability", "he"):
        P_("schedule_why_he", "part-time hours fit his availability"),
    ("part-time hours fit your availability", "she"):
        P_("schedule_why_she", "part-time hours fit her availability"),
    ("part-time hours fit your availability", "they"):
        P_("schedule_why_they", "part-time hours fit their availability"),
    ("it is full time, which you said you can do", "he"):
        P_("schedule_why_he", "it is full time, which you said he can do"),
    ("it is full time, which you said you can do", "she"):
        P_("schedule_why_she", "it is full time, which you said she can do"),
    ("it is full time, which you said you can do", "they"):
        P_("schedule_why_they", "it is full time, which you said they can do"),
    ("It is for {band}; you are {age}", "he"):
        P_("near_miss_he", "It is for {band}; he is {age}"),
    ("It is for {band}; you are {age}", "she"):
        P_("near_miss_she", "It is for {band}; she is {age}"),
    ("It is for {band}; you are {age}", "they"):
        P_("near_miss_they", "It is for {band}; they are {age}"),
    ("Needs {example}; you have {have}", "he"):
        P_("near_miss_he", "Needs {example}; he has {have}"),
    ("Needs {example}; you have {have}", "she"):
        P_("near_miss_she", "Needs {example}; she has {have}"),
    ("Needs {example}; you have {have}", "they"):
        P_("near_miss_they", "Needs {example}; they have {have}"),
    ("It is for {who}; you have {have}", "he"):
        P_("near_miss_he", "It is for {who}; he has {have}"),
    ("It is for {who}; you have {have}", "she"):
        P_("near_miss_she", "It is for {who}; she has {have}"),
    ("It is for {who}; you have {have}", "they"):
        P_("near_miss_they", "It is for {who}; they have {have}"),
    ("It is paid work, which needs the right to work in the UK; people waiting for an asylum decision do "
     "not usually have it (if the Home Office has given you permission to work, ask the provider)", "he"):
        P_("near_miss_he", "It is paid work, which needs the right to work in the UK; people waiting for an "
                           "asylum decision do not usually have it (if the Home Office has given him "
                           "permission to work, ask the provider)"),
    ("It is paid work, which needs the right to work in the UK; people waiting for an asylum decision "
     "do not usually have it (if the Home Office has given you permission to work, ask the provider)", "she"):
        P_("near_miss_she", "It is paid work, which needs the right to work in the UK; people waiting for an "
                            "asylum decision do not usually have it (if the Home Office has given her "
                            "permission to work, ask the provider)"),
    ("It is paid work, which needs the right to work in the UK; people waiting for an asylum decision "
     "do not usually have it (if the Home Office has given you permission to work, ask the provider)", "they"):
        P_("near_miss_they", "It is paid work, which needs the right to work in the UK; people waiting for an "
                             "asylum decision do not usually have it (if the Home Office has given them "
                             "permission to work, ask the provider)"),
    ("If you live in {places}", "he"):
        P_("condition_he", "If he lives in {places}"),
    ("If you live in {places}", "she"):
        P_("condition_she", "If she lives in {places}"),
    ("If you live in {places}", "they"):
        P_("condition_they", "If they live in {places}"),
    ("You need to be {low} to {high}", "he"):
        P_("condition_he", "He needs to be {low} to {high}"),
    ("You need to be {low} to {high}", "she"):
        P_("condition_she", "She needs to be {low} to {high}"),
    ("You need to be {low} to {high}", "they"):
        P_("condition_they", "They need to be {low} to {high}"),
    ("You need to be {low} or over", "he"):
        P_("condition_he", "He needs to be {low} or over"),
    ("You need to be {low} or over", "she"):
        P_("condition_she", "She needs to be {low} or over"),
    ("You need to be {low} or over", "they"):
        P_("condition_they", "They need to be {low} or over"),
    ("You need to be {high} or under", "he"):
        P_("condition_he", "He needs to be {high} or under"),
    ("You need to be {high} or under", "she"):
        P_("condition_she", "She needs to be {high} or under"),
    ("You need to be {high} or under", "they"):
        P_("condition_they", "They need to be {high} or under"),
    ("You need {example}", "he"):
        P_("condition_he", "He needs {example}"),
    ("You need {example}", "she"):
        P_("condition_she", "She needs {example}"),
    ("You need {example}", "they"):
        P_("condition_they", "They need {example}"),
    ("Not if you are {who}: {funding} does not cover that", "he"):
        P_("condition_he", "Not if he is {who}: {funding} does not cover that"),
    ("Not if you are {who}: {funding} does not cover that", "she"):
        P_("condition_she", "Not if she is {who}: {funding} does not cover that"),
    ("Not if you are {who}: {funding} does not cover that", "they"):
        P_("condition_they", "Not if they are {who}: {funding} does not cover that"),
    ("This {kind} is run for {who} — if that is you, you can apply", "he"):
        P_("condition_he", "This {kind} is run for {who} — if that is him, he can apply"),
    ("This {kind} is run for {who} — if that is you, you can apply", "she"):
        P_("condition_she", "This {kind} is run for {who} — if that is her, she can apply"),
    ("This {kind} is run for {who} — if that is you, you can apply", "they"):
        P_("condition_they", "This {kind} is run for {who} — if that is them, they can apply"),
    ("If your visa lets you work in the UK", "he"):
        P_("condition_he", "If his visa lets him work in the UK"),
    ("If your visa lets you work in the UK", "she"):
        P_("condition_she", "If her visa lets her work in the UK"),
    ("If your visa lets you work in the UK", "they"):
        P_("condition_they", "If their visa lets them work in the UK"),
    ("You need the right to work in the UK", "he"):
        P_("condition_he", "He needs the right to work in the UK"),
    ("You need the right to work in the UK", "she"):
        P_("condition_she", "She needs the right to work in the UK"),
    ("You need the right to work in the UK", "they"):
        P_("condition_they", "They need the right to work in the UK"),
    ("Adult Skills Fund courses are funded for people seeking asylum once they have waited 6 months or "
     "more for a decision: ask the provider what you would pay", "he"):
        P_("condition_he", "Adult Skills Fund courses are funded for people seeking asylum once they have "
                           "waited 6 months or more for a decision: ask the provider what he would pay"),
    ("Adult Skills Fund courses are funded for people seeking asylum once they have waited 6 months or "
     "more for a decision: ask the provider what you would pay", "she"):
        P_("condition_she", "Adult Skills Fund courses are funded for people seeking asylum once they have "
                            "waited 6 months or more for a decision: ask the provider what she would pay"),
    ("Adult Skills Fund courses are funded for people seeking asylum once they have waited 6 months or "
     "more for a decision: ask the provider what you would pay", "they"):
        P_("condition_they", "Adult Skills Fund courses are funded for people seeking asylum once they have "
                             "waited 6 months or more for a decision: ask the provider what they would pay"),
    ("Free under Free Courses for Jobs if you don't have a Level 3 qualification yet, earn under the "
     "earnings threshold or are unemployed; otherwise ask the provider about the fee or an Advanced "
     "Learner Loan", "he"):
        P_("condition_he", "Free under Free Courses for Jobs if he doesn't have a Level 3 qualification yet, "
                           "earns under the earnings threshold or is unemployed; otherwise ask the provider "
                           "about the fee or an Advanced Learner Loan"),
    ("Free under Free Courses for Jobs if you don't have a Level 3 qualification yet, earn under the "
     "earnings threshold or are unemployed; otherwise ask the provider about the fee or an Advanced "
     "Learner Loan", "she"):
        P_("condition_she", "Free under Free Courses for Jobs if she doesn't have a Level 3 qualification yet, "
                            "earns under the earnings threshold or is unemployed; otherwise ask the provider "
                            "about the fee or an Advanced Learner Loan"),
    ("Free under Free Courses for Jobs if you don't have a Level 3 qualification yet, earn under the "
     "earnings threshold or are unemployed; otherwise ask the provider about the fee or an Advanced "
     "Learner Loan", "they"):
        P_("condition_they", "Free under Free Courses for Jobs if they don't have a Level 3 qualification yet, "
                             "earn under the earnings threshold or are unemployed; otherwise ask the provider "
                             "about the fee or an Advanced Learner Loan"),
    ("This opens to you if you are granted refugee status", "he"):
        P_("change_he", "This opens to him if he is granted refugee status"),
    ("This opens to you if you are granted refugee status", "she"):
        P_("change_she", "This opens to her if she is granted refugee status"),
    ("This opens to you if you are granted refugee status", "they"):
        P_("change_they", "This opens to them if they are granted refugee status"),
    ("You could join once you are {low} (in {wait} year)", "he"):
        P_("change_he", "He could join once he is {low} (in {wait} year)"),
    ("You could join once you are {low} (in {wait} year)", "she"):
        P_("change_she", "She could join once she is {low} (in {wait} year)"),
    ("You could join once you are {low} (in {wait} year)", "they"):
        P_("change_they", "They could join once they are {low} (in {wait} year)"),
    ("You could join once you are {low} (in {wait} years)", "he"):
        P_("change_he", "He could join once he is {low} (in {wait} years)"),
    ("You could join once you are {low} (in {wait} years)", "she"):
        P_("change_she", "She could join once she is {low} (in {wait} years)"),
    ("You could join once you are {low} (in {wait} years)", "they"):
        P_("change_they", "They could join once they are {low} (in {wait} years)"),
    ("You could join once you are {low}", "he"): P_("change_he", "He could join once he is {low}"),
    ("You could join once you are {low}", "she"): P_("change_she", "She could join once she is {low}"),
    ("You could join once you are {low}", "they"): P_("change_they", "They could join once they are {low}"),
    ("This opens to you if your income is {limit}", "he"):
        P_("change_he", "This opens to him if his income is {limit}"),
    ("This opens to you if your income is {limit}", "she"):
        P_("change_she", "This opens to her if her income is {limit}"),
    ("This opens to you if your income is {limit}", "they"):
        P_("change_they", "This opens to them if their income is {limit}"),
    ("This opens to you if you are {who}", "he"):
        P_("change_he", "This opens to him if he is {who}"),
    ("This opens to you if you are {who}", "she"):
        P_("change_she", "This opens to her if she is {who}"),
    ("This opens to you if you are {who}", "they"):
        P_("change_they", "This opens to them if they are {who}"),
    ("This opens to you if you claim Universal Credit", "he"):
        P_("change_he", "This opens to him if he claims Universal Credit"),
    ("This opens to you if you claim Universal Credit", "she"):
        P_("change_she", "This opens to her if she claims Universal Credit"),
    ("This opens to you if you claim Universal Credit", "they"):
        P_("change_they", "This opens to them if they claim Universal Credit"),
    ("If you could study {runs}, this would open to you", "he"):
        P_("change_he", "If he could study {runs}, this would open to him"),
    ("If you could study {runs}, this would open to you", "she"):
        P_("change_she", "If she could study {runs}, this would open to her"),
    ("If you could study {runs}, this would open to you", "they"):
        P_("change_they", "If they could study {runs}, this would open to them"),
    ("it is open to you.", "he"):
        P_("why_he", "it is open to him."),
    ("it is open to you.", "she"):
        P_("why_she", "it is open to her."),
    ("it is open to you.", "they"):
        P_("why_they", "it is open to them."),
    ("I'm sorry, I couldn't find a route that fits you right now.", "he"):
        P_("recommendations_he", "I'm sorry, I couldn't find a route that fits him right now."),
    ("I'm sorry, I couldn't find a route that fits you right now.", "she"):
        P_("recommendations_she", "I'm sorry, I couldn't find a route that fits her right now."),
    ("I'm sorry, I couldn't find a route that fits you right now.", "they"):
        P_("recommendations_they", "I'm sorry, I couldn't find a route that fits them right now."),
    ("That's all the routes that fit you right now.", "he"):
        P_("recommendations_he", "That's all the routes that fit him right now."),
    ("That's all the routes that fit you right now.", "she"):
        P_("recommendations_she", "That's all the routes that fit her right now."),
    ("That's all the routes that fit you right now.", "they"):
        P_("recommendations_they", "That's all the routes that fit them right now."),
    # the card's own words in the web widget (bot.dialogue.route_facts card_labels)
    ("Why it could suit you", "he"): P_("card_he", "Why it could suit him"),
    ("Why it could suit you", "she"): P_("card_she", "Why it could suit her"),
    ("Why it could suit you", "they"): P_("card_they", "Why it could suit them"),
    ("You need a referral: ask your work coach or adviser.", "he"):
        P_("card_he", "He needs a referral: ask his work coach or adviser."),
    ("You need a referral: ask your work coach or adviser.", "she"):
        P_("card_she", "She needs a referral: ask her work coach or adviser."),
    ("You need a referral: ask your work coach or adviser.", "they"):
        P_("card_they", "They need a referral: ask their work coach or adviser."),
    # referring the person asked for to a provider (bot.dialogue.next_steps): the asker consents for them
    ("To refer you to {who}, I will share what you told me ({shared}) with them and with our outreach team, so "
     "they can contact you. Is that OK?", "he"):
        P_("refer_he", "To refer him to {who}, I will share what you told me about him ({shared}) with them and "
                       "with our outreach team, so they can contact you. Please check he is happy with that. Is "
                       "that OK?"),
    ("To refer you to {who}, I will share what you told me ({shared}) with them and with our outreach team, so "
     "they can contact you. Is that OK?", "she"):
        P_("refer_she", "To refer her to {who}, I will share what you told me about her ({shared}) with them and "
                        "with our outreach team, so they can contact you. Please check she is happy with that. Is "
                        "that OK?"),
    ("To refer you to {who}, I will share what you told me ({shared}) with them and with our outreach team, so "
     "they can contact you. Is that OK?", "they"):
        P_("refer_they", "To refer them to {who}, I will share what you told me about them ({shared}) with the "
                         "provider and with our outreach team, so they can contact you. Please check the person "
                         "you are asking for is happy with that. Is that OK?"),
    ("Done. I have referred you to {who}. Your reference is {reference}: quote it if you contact them.{next}", "he"):
        P_("refer_he", "Done. I have referred him to {who}. The reference is {reference}: quote it if either of "
                       "you contacts them.{next}"),
    ("Done. I have referred you to {who}. Your reference is {reference}: quote it if you contact them.{next}", "she"):
        P_("refer_she", "Done. I have referred her to {who}. The reference is {reference}: quote it if either of "
                        "you contacts them.{next}"),
    ("Done. I have referred you to {who}. Your reference is {reference}: quote it if you contact them.{next}",
     "they"):
        P_("refer_they", "Done. I have referred them to {who}. The reference is {reference}: quote it if either "
                         "of you contacts the provider.{next}"),
    ("You are already referred to {who} (reference {reference}: {status}).", "he"):
        P_("refer_he", "He is already referred to {who} (reference {reference}: {status})."),
    ("You are already referred to {who} (reference {reference}: {status}).", "she"):
        P_("refer_she", "She is already referred to {who} (reference {reference}: {status})."),
    ("You are already referred to {who} (reference {reference}: {status}).", "they"):
        P_("refer_they", "They are already referred to {who} (reference {reference}: {status})."),
    ("Which one should I refer you to?", "he"): P_("refer_he", "Which one should I refer him to?"),
    ("Which one should I refer you to?", "she"): P_("refer_she", "Which one should I refer her to?"),
    ("Which one should I refer you to?", "they"): P_("refer_they", "Which one should I refer them to?"),
    # what to bring to enrol (bot.pathways.evidence): their documents, read by the asker
    ("Photo ID that shows your date of birth, such as a passport or driving licence", "he"):
        P_("evidence_he", "Photo ID that shows his date of birth, such as a passport or driving licence"),
    ("Photo ID that shows your date of birth, such as a passport or driving licence", "she"):
        P_("evidence_she", "Photo ID that shows her date of birth, such as a passport or driving licence"),
    ("Photo ID that shows your date of birth, such as a passport or driving licence", "they"):
        P_("evidence_they", "Photo ID that shows their date of birth, such as a passport or driving licence"),
    ("Something recent with your name and address, such as a bill, bank statement or council letter", "he"):
        P_("evidence_he", "Something recent with his name and address, such as a bill, bank statement or "
                           "council letter"),
    ("Something recent with your name and address, such as a bill, bank statement or council letter", "she"):
        P_("evidence_she", "Something recent with her name and address, such as a bill, bank statement or "
                           "council letter"),
    ("Something recent with your name and address, such as a bill, bank statement or council letter", "they"):
        P_("evidence_they", "Something recent with their name and address, such as a bill, bank statement or "
                           "council letter"),
    ("A recent letter or statement about your benefit, such as your Universal Credit statement", "he"):
        P_("evidence_he", "A recent letter or statement about his benefit, such as his Universal Credit "
                           "statement"),
    ("A recent letter or statement about your benefit, such as your Universal Credit statement", "she"):
        P_("evidence_she", "A recent letter or statement about her benefit, such as her Universal Credit "
                           "statement"),
    ("A recent letter or statement about your benefit, such as your Universal Credit statement", "they"):
        P_("evidence_they", "A recent letter or statement about their benefit, such as their Universal Credit "
                           "statement"),
    ("Proof of your immigration status: your eVisa share code or Home Office letter", "he"):
        P_("evidence_he", "Proof of his immigration status: his eVisa share code or Home Office letter"),
    ("Proof of your immigration status: your eVisa share code or Home Office letter", "she"):
        P_("evidence_she", "Proof of her immigration status: her eVisa share code or Home Office letter"),
    ("Proof of your immigration status: your eVisa share code or Home Office letter", "they"):
        P_("evidence_they", "Proof of their immigration status: their eVisa share code or Home Office letter"),
    ("A payslip from the last 3 months, or your employment contract showing your pay", "he"):
        P_("evidence_he", "A payslip from the last 3 months, or his employment contract showing his pay"),
    ("A payslip from the last 3 months, or your employment contract showing your pay", "she"):
        P_("evidence_she", "A payslip from the last 3 months, or her employment contract showing her pay"),
    ("A payslip from the last 3 months, or your employment contract showing your pay", "they"):
        P_("evidence_they", "A payslip from the last 3 months, or their employment contract showing their pay"),
    ("Certificates for your highest qualification, if you have them", "he"):
        P_("evidence_he", "Certificates for his highest qualification, if he has them"),
    ("Certificates for your highest qualification, if you have them", "she"):
        P_("evidence_she", "Certificates for her highest qualification, if she has them"),
    ("Certificates for your highest qualification, if you have them", "they"):
        P_("evidence_they", "Certificates for their highest qualification, if they have them"),
}


def said_about(text: Any, asking_for: Optional[str], lang: Optional[str] = None) -> Any:
    """`text` (a Said from the match) about the person asked for, in `lang`; as it is when the resident asks
    for themselves, or when the sentence has no "you" in it."""
    if asking_for not in PERSONS or not isinstance(text, Said):
        return text
    entry = ABOUT_THEM.get((text.msgid, asking_for))
    if entry is None:
        return text
    return words_for(lang).say(entry, **text.values)


__all__ = ["ABOUT_THEM", "CARD_WORDS", "PERSONS", "said_about"]

