"""Closed vocabularies shared by the catalogue, the engine, the slots and the analytics.

Integrations and audits read these names, so they change only with a catalogue/slot contract change.
"""

KINDS = (
    "bootcamp",
    "hnc",
    "kickstart",
    "esol",
    "essential_digital_skills",
    "apprenticeship",
    "course",
    "youth_outreach",
    "advice_service",
)
TOPICS = (
    "coding",
    "data",
    "web_design",
    "it_support",
    "cyber_security",
    "digital_marketing",
    "general_digital",
)
SCHEDULES = ("full_time", "part_time", "evenings_weekends")
DELIVERIES = ("in_person", "online", "blended")
STATUSES = ("open", "waitlist", "closed")
REGIONS = ("wmca", "national")

BACKGROUNDS = (
    "displaced_worker",
    "school_leaver",
    "refugee",
    "low_wage",
    "unemployed",
    "career_changer",
    "other",
)
EMPLOYMENT_STATUSES = ("unemployed", "employed", "self_employed", "in_education")
IMMIGRATION_STATUSES = (
    "british_irish",
    "settled",
    "pre_settled",
    "refugee",
    "asylum_seeker",
    "visa_holder",
    # Schemes that carry the right to work and (for most funding rules) count like settled residents;
    # kept apart from visa_holder because the funding rules name them.
    "ukraine_scheme",
    "afghan_resettlement",
    "bno_visa",
)
ENGLISH_LEVELS = ("none", "basic", "intermediate", "fluent")
# How at home the resident is with a computer, from what they say ("I can't even send an email"):
# "none" and "basic" bring Essential Digital Skills first.
DIGITAL_CONFIDENCE = ("none", "basic", "confident")
# Self-identified and never asked for: they only ever widen what we can show someone.
TARGET_GROUPS = ("women", "black_women", "care_leavers", "young_people", "over_50s", "veterans")
# A resident may also volunteer that they are *not* in a group ("as a man in my forties"): such groups
# narrow what is shown (a route only for women is not recommended), and are never asked either.

# The facts of the slot contract, in the order the engine asks about them when it has no stronger
# preference: the gates (where, how old) first. The intake form and the matcher share this order.
PROFILE_FACTS = (
    "local_authority",
    "age",
    "background",
    "employment_status",
    "annual_income",
    "qualification_level",
    "universal_credit",
    "interest",
    "availability",
    "immigration_status",
    "english_level",
)

# Interest may also be "not_sure": the resident has no topic yet, so topic is not a ranking signal.
INTEREST_NOT_SURE = "not_sure"
INTERESTS = TOPICS + (INTEREST_NOT_SURE,)

# Annual income a resident declined to give. Kept distinct from "unknown" so we never ask twice.
INCOME_DECLINED = "prefer_not_to_say"

CONSTITUENT_AUTHORITIES = (
    "Birmingham",
    "Coventry",
    "Dudley",
    "Sandwell",
    "Solihull",
    "Walsall",
    "Wolverhampton",
)
NON_CONSTITUENT_AUTHORITIES = (
    "Cannock Chase",
    "North Warwickshire",
    "Nuneaton and Bedworth",
    "Redditch",
    "Rugby",
    "Shropshire",
    "Stratford-on-Avon",
    "Tamworth",
    "Telford and Wrekin",
    "Warwick",
)
LOCAL_AUTHORITIES = CONSTITUENT_AUTHORITIES + NON_CONSTITUENT_AUTHORITIES
SERVICE_AREA_NAME = "the West Midlands Combined Authority area"
