"""The second hold-out set, written after the first was tuned on (see intro_holdout.py).

First measured at 13 of 24 (54 %), no decoy. Its misses showed ways of writing the matcher
did not read (generic verbs such as "keep", prepositions such as "near", "studio" as a firm,
common words missing from the lexicon); those were mended in general, so it is tuned on now.
The fresh check is intro_holdout3.py.
"""

from __future__ import annotations

MATCHES: list[tuple[str, str, str]] = [
    ("funding", "need to raise about 200k", "angel syndicate lead"),
    ("funding", "money to scale up production", "growth capital for consumer brands"),
    ("bookkeeping", "someone to keep on top of my receipts", "freelance bookkeeper"),
    ("tax", "help with my self assessment", "tax adviser for freelancers"),
    ("legal", "GDPR advice for our app", "data protection lawyer"),
    ("branding", "rebrand for our agency", "branding studio"),
    ("web design", "my website is ancient and needs a refresh", "squarespace designer"),
    ("software development", "a CTO to build the MVP", "full-stack dev available for contracts"),
    ("marketing", "getting the word out about our new menu", "restaurant marketing"),
    ("public relations", "media coverage for our launch", "publicist"),
    ("video", "short videos for tiktok", "social video production"),
    ("photography", "pictures of our new office for the website", "commercial photographer"),
    ("hiring", "we're hiring baristas", "hospitality staffing agency"),
    ("event space", "a room for 30 people on a thursday evening", "private dining room for events"),
    ("office space", "cheap desk space near the station", "coworking with day passes"),
    ("mentoring", "advice from someone who has run a bakery", "mentor for food founders"),
    ("retail buyers", "get my jam into farm shops", "buyer for independent farm shops"),
    ("catering", "lunch for a 40-person workshop", "office catering"),
    ("translation", "japanese translation for our packaging", "japanese translator"),
    ("IT support", "our wifi keeps dropping", "small business IT support"),
    ("delivery", "bike couriers for local orders", "cargo bike delivery"),
    ("copywriting", "product descriptions for my shop", "ecommerce copywriter"),
    ("accounting", "year end accounts", "chartered accountant"),
    ("insurance", "public liability cover for a market stall", "insurance for market traders"),
]

DECOYS: list[tuple[str, str, str]] = [
    ("a room for 30 people on a thursday evening", "room makeovers", "decorating, not hire"),
    ("bookkeeping", "facebook ads", "books and Facebook share letters"),
    ("a tax adviser", "tax-free savings app users", "users of an app are not advice"),
    ("media coverage for our launch", "social media scheduling tool", "a tool, not coverage"),
    ("hiring baristas", "barista training courses", "training is not hiring"),
    ("coworking with day passes", "co-founder matching", "a co-founder is not a desk"),
    ("freelance bookkeeper", "freelance illustrator", "both freelance, different work"),
    ("a photographer", "photocopier leasing", "copiers are not photos"),
    ("catering for a wedding", "wedding dress alterations", "dresses are not food"),
    ("japanese translation", "japanese knotweed removal", "a plant, not a language"),
]
