"""The first hold-out set: written after the matcher and lexicon were first tuned.

Same shape as intro_eval.py. First measured at 18 of 25 (72 %) with one decoy suggested. Its
misses were then studied and mended in general ways (a verb before "our"/"my" is what is
needed; one typo at most, as "followers" had become "flowers"; words the lexicon lacked), so
it is tuned on now. The fresh check is intro_holdout2.py.
"""

from __future__ import annotations

MATCHES: list[tuple[str, str, str]] = [
    ("funding", "looking for investors for a climate startup", "I invest in pre-seed climate cos"),
    ("funding", "help getting a bank loan", "business finance broker"),
    ("accounting", "someone to sort out our VAT", "accountant for small businesses"),
    ("legal", "legal help with a shareholder agreement", "corporate lawyer"),
    ("branding", "a new logo for my bakery", "freelance brand designer"),
    ("software development", "someone to build an app", "react native developer"),
    ("social media", "more instagram followers", "social media marketing"),
    ("public relations", "journalists to write about us", "PR consultant"),
    ("video", "promo video for our kickstarter", "videographer and editor"),
    ("photography", "photos of my products for etsy", "product photographer"),
    ("marketing", "a part-time marketing person", "fractional CMO"),
    ("event space", "a hall for our community event", "venue hire"),
    ("office space", "hot desk in town", "coworking space"),
    ("hiring", "recruiting a head of sales", "sales recruiter"),
    ("mentoring", "a business mentor", "mentoring early-stage founders"),
    ("retail buyers", "shops to stock our hot sauce", "buyer for a chain of delis"),
    ("catering", "someone to cater our office party", "private chef and catering"),
    ("translation", "translate our website into french", "french translator"),
    ("IT support", "help setting up google workspace", "IT consultant for small offices"),
    ("delivery", "a cheaper courier", "same-day delivery service"),
    ("copywriting", "copy for our landing page", "conversion copywriter"),
    ("UX design", "a UX review of our onboarding", "UX consultant"),
    ("SEO", "seo for my plumbing business", "local SEO specialist"),
    ("software development", "an iOS dev", "mobile developer"),
    ("printing", "printed tote bags", "merch printing"),
]

DECOYS: list[tuple[str, str, str]] = [
    ("a graphic designer", "graphic novel writer", "novels are not design work"),
    ("office space", "office furniture", "a desk to buy is not a desk to rent"),
    ("event photographer", "event planner", "planning is not taking photos"),
    ("a data analyst", "data entry clerk", "typing data in is not analysing it"),
    ("social media manager", "social worker", "care work, not posts"),
    ("app developer", "real estate developer", "buildings, not software"),
    ("tax advice", "taxi drivers", "a ride is not tax"),
    ("a coffee supplier", "coffee machine repairs", "repairs are not beans"),
    ("pitch deck design", "five-a-side pitch hire", "a football pitch"),
    ("a copywriter", "copyright lawyer", "law, not writing"),
    ("email marketing", "email hosting", "mailboxes are not campaigns"),
    ("a bookkeeper", "bookshop owner", "selling books is not keeping them"),
]
