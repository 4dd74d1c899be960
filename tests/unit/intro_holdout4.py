"""The fourth hold-out set: written after all the tuning, never tuned on (see intro_eval.py).

First measured at 19 of 25 (76 %) with one decoy suggested. One miss ("someone to run our
instagram" read as mentoring) showed a bug, not a gap: phrases of the lexicon lost their
filler words when loaded ("someone who has run" became the word "run"); with that mended it
reads 20 of 25 (80 %), one decoy. Nothing else was changed for it; the lexicon is not to be
changed to fit it, so that it keeps saying how a fresh event fares.
"""

from __future__ import annotations

MATCHES: list[tuple[str, str, str]] = [
    ("funding", "we're raising our seed", "VC associate at an early-stage fund"),
    ("funding", "grant money for a community project", "grants for social enterprises"),
    ("bookkeeping", "xero help, my books are a mess", "bookkeeping and payroll"),
    ("tax", "r&d tax credits", "tax specialist for tech startups"),
    ("legal", "terms of service for our saas", "tech lawyer"),
    ("legal", "trade mark for our brand name", "trademark attorney"),
    ("design", "graphic design for flyers", "freelance graphic designer"),
    ("web design", "a shopify theme tweaked", "shopify developer"),
    ("software development", "backend dev for a side project", "python/django freelancer"),
    ("AI", "someone who knows LLMs", "AI engineer"),
    ("data", "dashboards for our sales numbers", "data analyst (power bi)"),
    ("marketing", "marketing for a new yoga studio", "marketing freelancer for wellness brands"),
    ("social media", "someone to run our instagram", "social media manager"),
    ("public relations", "press for our book launch", "book publicist"),
    ("photography", "food photos for our menu", "food photographer"),
    ("video", "wedding videographer", "wedding films"),
    ("hiring", "hiring our first sales rep", "recruitment for startups"),
    ("event space", "venue for a charity quiz night", "function room to hire"),
    ("studio space", "a studio to paint in", "artist studios to rent"),
    ("mentoring", "a mentor who has scaled a SaaS", "SaaS founder happy to mentor"),
    ("retail buyers", "getting my candles into gift shops", "gift shop buyer"),
    ("catering", "catering for 80 at a wedding", "wedding caterer"),
    ("printing", "stickers for my etsy orders", "sticker printing"),
    ("cleaning", "a cleaner for our café", "commercial cleaning company"),
    ("translation", "spanish translation of our website", "translator EN>ES"),
]

DECOYS: list[tuple[str, str, str]] = [
    ("venue for a charity quiz night", "quiz app developer", "an app, not a room"),
    ("a studio to paint in", "painting and decorating", "decorating is not a studio"),
    ("food photos for our menu", "food delivery app", "delivery is not photos"),
    ("wedding videographer", "wedding cake maker", "cake is not film"),
    ("xero help", "hero images for websites", "pictures, not books"),
    ("trade mark for our brand name", "trade show stand design", "a stand is not a trademark"),
    ("stickers for my etsy orders", "etsy shop coaching", "coaching is not stickers"),
    ("a cleaner for our café", "café furniture", "chairs are not cleaning"),
    ("dashboards for our sales numbers", "car dashboards repair", "cars, not data"),
    ("someone who knows LLMs", "someone who knows wine", "wine, not AI"),
]
