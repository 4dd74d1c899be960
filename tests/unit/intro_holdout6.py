"""The sixth hold-out set: written after all the tuning, measured once, never tuned on.

Other people and other ways of writing than the earlier sets: whole chatty sentences, English
as a second language, bare tags, American words ("realtor", "attorney", "organize"), bios
("ex-Deloitte, now …", "15 yrs in …"), and trades the earlier sets hardly touch (farming,
music, games, fashion, health, building, tourism, cars, academia).

First measured, once, after all the tuning on the other sets: 23 of 35 pairs (65.7 %), no
decoy of 18 suggested (the matcher as it was before this work on it: 17 of 35). Its misses were then
seen and the lexicon grown where they showed a gap of a kind (building work, hospitality
staff, object words such as "documents"): 29 of 35 since. `intro_holdout7.py` was written
after that, as the set nobody tuned for.
"""

from __future__ import annotations

MATCHES: list[tuple[str, str, str]] = [
    ("funding", "I search investor for my start up",
     "Partner at a pre-seed fund, writing first cheques"),
    ("funding", "#fundraising", "angel investor (climate, food)"),
    ("accounting", "honestly just need someone to make sense of our finances",
     "ex-Deloitte, now doing accounts for SMEs"),
    ("tax", "a CPA who understands 1099 contractors", "tax preparer for freelancers"),
    ("legal", "an attorney to look at our operating agreement", "startup attorney (LLCs, C-corps)"),
    ("legal", "need help for make contract with my supplier", "commercial contracts solicitor"),
    ("real estate", "looking for a realtor in Austin", "real estate agent"),
    ("marketing", "b2b saas gtm", "go-to-market advisor for B2B software"),
    ("social media", "Need someone to grow our Insta, we're at 300 followers lol",
     "I manage Instagram accounts for small brands"),
    ("public relations", "want journalists to write about our launch",
     "PR & comms, 15 yrs in tech media"),
    ("design", "ux/ui", "product designer, ex-Spotify"),
    ("branding", "our logo looks like it was made in paint", "brand identity studio"),
    ("web design", "help for make website for my restaurant", "websites for restaurants and bars"),
    ("software development", "someone technical to build the first version of our app",
     "freelance full stack developer"),
    ("AI", "could AI help us answer customer emails?", "we build LLM-powered support tools"),
    ("data", "making sense of our google analytics numbers", "analytics consultant"),
    ("IT support",
     "Honestly we just need someone who can sort out the mess that is our Google Drive",
     "Google Workspace admin for small teams"),
    ("hiring", "we're trying to find a good sous chef", "hospitality recruiter"),
    ("event space", "a place to throw a book launch for 60 people", "bookshop with an events room"),
    ("event planning", "someone to organize our company holiday party", "corporate events planner"),
    ("photography", "pics for our airbnb listing", "property photographer"),
    ("video", "a music video for my band", "music video director"),
    ("music", "a band for a corporate dinner", "function band for events"),
    ("translation", "documents in portuguese translated to english",
     "certified Portuguese translator"),
    ("manufacturing", "production partner for our sneaker brand", "footwear factory in Portugal"),
    ("agriculture", "agronomist advice for my vineyard", "agronomy consultant for wine growers"),
    ("retail buyers", "get my hot sauce into supermarkets",
     "category buyer at a supermarket chain"),
    ("catering", "food for a 200-person conference", "conference catering"),
    ("health", "physiotherapy for my back", "physiotherapist"),
    ("mentoring", "a mentor who's built a games studio",
     "games industry veteran, mentoring founders"),
    ("construction", "builders for a loft conversion", "loft conversion specialists"),
    ("travel", "organizing a team offsite abroad, need a travel agent",
     "corporate travel agency"),
    ("cars", "fleet of electric vans for deliveries", "EV van leasing"),
    ("research", "academic partner for a research grant",
     "university lecturer looking for industry partners"),
    ("grants", "funding for a community garden", "community grants programme"),
]

DECOYS: list[tuple[str, str, str]] = [
    ("a place to throw a book launch for 60 people", "bookkeeping for hospitality",
     "books, not a room"),
    ("pics for our airbnb listing", "airbnb cleaning", "cleaning is not photos"),
    ("a music video for my band", "band saw for sale", "a saw, not a film"),
    ("a band for a corporate dinner", "corporate lawyer", "law, not music"),
    ("ux/ui", "UI component library for sale", "a product, not a designer"),
    ("builders for a loft conversion", "conversion rate optimisation", "websites, not lofts"),
    ("fleet of electric vans for deliveries", "electric guitar lessons", "guitars, not vans"),
    ("agronomist advice for my vineyard", "vineyard tours", "tours are not advice"),
    ("get my hot sauce into supermarkets", "hot desk in a coworking space", "a desk, not shops"),
    ("food for a 200-person conference", "conference speaker", "a speaker does not feed people"),
    ("physiotherapy for my back", "back end developer", "code, not backs"),
    ("a mentor who's built a games studio", "board games cafe", "a cafe, not a mentor"),
    ("an attorney to look at our operating agreement", "operating theatre nurse",
     "hospitals, not law"),
    ("documents in portuguese translated to english", "portuguese custard tarts",
     "tarts, not translation"),
    ("someone technical to build the first version of our app", "technical climbing gear",
     "gear, not code"),
    ("could AI help us answer customer emails?", "email hosting", "hosting, not AI"),
    ("a CPA who understands 1099 contractors", "building contractors", "builders, not tax"),
    ("want journalists to write about our launch", "boat launch ramp hire", "boats, not press"),
]
