"""The third hold-out set, written after the second was tuned on (see intro_holdout2.py).

First measured at 20 of 25 (80 %) with two decoys suggested. Its misses showed general gaps
(an unknown word matched by its stem, "refreshments" as a "refresh"; words naming the form of
help such as "refresh" or "practice"; times and numbers taken for subjects), mended in
general, so it is tuned on now. The fresh check is intro_holdout4.py.
"""

from __future__ import annotations

MATCHES: list[tuple[str, str, str]] = [
    ("funding", "first investor for our fintech", "I write 25k angel cheques"),
    ("funding", "bridge loan", "lending to small firms"),
    ("accounting", "an accountant who gets ecommerce", "accountancy practice"),
    ("bookkeeping", "someone to do the monthly bookkeeping", "part-time bookkeeper"),
    ("legal", "a solicitor for a lease", "commercial property lawyer"),
    ("legal", "someone to check our contracts", "contract lawyer"),
    ("branding", "logo refresh", "logo designer"),
    ("web design", "new landing page", "webflow developer"),
    ("software development", "a developer to finish our MVP", "freelance python developer"),
    ("UX design", "help with our app's user experience", "UX/UI designer"),
    ("marketing", "growth help for a B2B SaaS", "B2B marketing consultant"),
    ("SEO", "ranking higher on google", "SEO audits"),
    ("public relations", "a press release for our launch", "PR freelancer"),
    ("video", "a video for our crowdfunding page", "video producer"),
    ("photography", "new headshots for the team", "headshot photographer"),
    ("hiring", "we need a junior developer", "tech recruiter"),
    ("event space", "space for a 100-person meetup", "event venue in the city centre"),
    ("office space", "a quiet desk three days a week", "shared office with desks to rent"),
    ("coaching", "a coach for a first-time manager", "leadership coaching"),
    ("retail buyers", "stockists for my ceramics", "buyer at a homeware boutique"),
    ("catering", "food for our launch party", "street food catering"),
    ("translation", "someone to translate our app into german", "german translation services"),
    ("IT support", "someone to look after our laptops", "managed IT for small teams"),
    ("printing", "posters for a gig", "poster printing"),
    ("delivery", "couriers for same-day orders", "local courier"),
]

DECOYS: list[tuple[str, str, str]] = [
    ("bridge loan", "bridge building", "engineering, not lending"),
    ("logo refresh", "refreshments for events", "drinks, not design"),
    ("a solicitor for a lease", "car leasing", "a car, not a lawyer"),
    ("headshot photographer", "photo frames", "frames are not photos"),
    ("a press release for our launch", "bench press coaching", "a gym, not the media"),
    ("tech recruiter", "tech news newsletter", "news is not hiring"),
    ("space for a 100-person meetup", "space industry consulting", "rockets, not rooms"),
    ("a coach for a first-time manager", "coach trips", "a bus, not a coach"),
    ("food for our launch party", "party supplies", "plates are not food"),
    ("poster printing", "job posters", "people who post jobs"),
]
