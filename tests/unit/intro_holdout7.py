"""The seventh hold-out set: written last, after all the tuning, measured once, never tuned on.

A regional small-business expo, a hardware and robotics meetup, a creative freelancers' mixer
and a hospitality evening: "Looking for: …" and "Can offer: …" tags, capitals, arrows and
emoji, questions ("what can we do?"), symptoms rather than services ("we got hacked last
month"), and trades the other sets hardly touch (robotics, wearables, enamel pins, garden
centres, street food, galas).

First measured, once, after all the tuning: 33 of 47 pairs (70.2 %), no decoy of 21 suggested
(the matcher as it was before this work on it: 32 of 47, no decoy).
The lexicon is not to be changed to fit it, so that it keeps saying how a fresh event fares.
"""

from __future__ import annotations

MATCHES: list[tuple[str, str, str]] = [
    ("funding", "Seeking $250k to scale our kombucha brewery",
     "impact fund investing in food & drink brands"),
    ("funding", "need investment 🙏", "I back consumer startups at seed stage"),
    ("lending", "equipment finance for a new oven", "asset finance broker"),
    ("accounting", "Looking for: accountant (sole trader)",
     "Can offer: accountancy for sole traders & freelancers"),
    ("bookkeeping", "QuickBooks cleanup", "bookkeeper - QBO & Xero"),
    ("payroll", "running payroll for 12 staff", "outsourced payroll bureau"),
    ("legal", "TERMS AND CONDITIONS FOR MY ONLINE SHOP", "e-commerce lawyer"),
    ("intellectual property", "someone copied our design, what can we do?",
     "IP solicitor (designs, copyright)"),
    ("insurance", "cover for my food truck", "insurance for street food traders"),
    ("marketing", "how do we get more people through the door?",
     "marketing for independent shops"),
    ("SEO", "ranking on google maps", "local SEO for trades"),
    ("social media", "someone to film & post TikToks for us",
     "short-form video & social media content"),
    ("public relations", "media coverage for our charity ball", "charity PR consultant"),
    ("branding", "rebrand → new name + logo", "naming and branding agency"),
    ("web design", "our squarespace needs a refresh", "Squarespace designer"),
    ("online shop", "set up an online store for my prints", "e-commerce setup (Shopify, Etsy)"),
    ("mobile apps", "MVP app for dog walkers", "mobile app studio"),
    ("AI", "automate our quotes with AI", "AI automation consultant"),
    ("data", "help building a KPI dashboard", "Looker / Tableau consultant"),
    ("cybersecurity", "we got hacked last month", "cyber security for small businesses"),
    ("robotics", "robot arm integration for our line", "robotics integrator"),
    ("embedded systems", "firmware for a wearable", "embedded C developer"),
    ("product development", "prototype for a smart lock", "hardware product design studio"),
    ("hiring", "recruiting a head chef", "hospitality recruitment agency"),
    ("hr", "an employee handbook", "HR consultancy for small teams"),
    ("office space", "private office for 4 people", "serviced offices"),
    ("event space", "venue for a 100-guest gala", "historic hall available for events"),
    ("catering", "canapés for a private view", "canapé caterer"),
    ("photography", "photos of our new menu dishes", "food & drink photographer"),
    ("video", "a testimonial video from our clients", "corporate video production"),
    ("translation", "our brochure in Arabic", "Arabic translator"),
    ("manufacturing", "someone to produce 500 enamel pins", "custom pin manufacturer"),
    ("packaging", "recyclable mailers", "sustainable packaging supplier"),
    ("logistics", "fulfilment for our subscription boxes", "3PL warehouse"),
    ("retail buyers", "stockists in garden centres", "buyer for a garden centre group"),
    ("coffee", "a roaster for our own-label coffee", "white label coffee roasting"),
    ("wellbeing", "wellbeing day for staff", "corporate wellness provider"),
    ("therapy", "counsellor for team burnout", "workplace mental health support"),
    ("mentoring", "guidance from someone who's run a restaurant",
     "former restaurateur, mentoring hospitality founders"),
    ("coaching", "exec coach for a new CEO", "executive coaching"),
    ("tutoring", "maths tuition for GCSEs", "GCSE maths tutor"),
    ("sustainability", "help us get to net zero", "carbon reduction consultant"),
    ("grants", "funding for our youth charity", "grants for youth projects"),
    ("volunteers", "people to help at our beach clean",
     "volunteer coordinator with 200 volunteers"),
    ("property", "a unit for light industrial use", "industrial units to let"),
    ("cleaning", "deep clean after renovation", "post-construction cleaning"),
    ("construction", "electrician for new lighting", "electrical contractor"),
]

DECOYS: list[tuple[str, str, str]] = [
    ("canapés for a private view", "private investigator", "an investigator, not food"),
    ("photos of our new menu dishes", "dishwasher repair", "appliances, not photos"),
    ("a testimonial video from our clients", "client management software", "software, not film"),
    ("venue for a 100-guest gala", "guest blogging service", "blogs, not a venue"),
    ("recruiting a head chef", "chef's knives supplier", "knives, not recruiting"),
    ("an employee handbook", "handbook printing", "printing is not HR"),
    ("private office for 4 people", "private chef", "a chef, not an office"),
    ("robot arm integration for our line", "line dancing classes", "dancing, not robots"),
    ("firmware for a wearable", "wearable art exhibition", "art, not firmware"),
    ("prototype for a smart lock", "locksmith", "locks fitted, not designed"),
    ("ranking on google maps", "map illustration", "drawn maps, not search"),
    ("cover for my food truck", "cover band for weddings", "music, not insurance"),
    ("QuickBooks cleanup", "office cleaning", "cleaning offices, not books"),
    ("set up an online store for my prints", "print shop", "a print shop is not a web shop"),
    ("our brochure in Arabic", "arabic cooking classes", "cooking, not translation"),
    ("automate our quotes with AI", "insurance quotes comparison", "insurance, not automation"),
    ("wellbeing day for staff", "staff uniforms", "uniforms, not wellbeing"),
    ("help us get to net zero", "zero waste shop", "a shop, not carbon advice"),
    ("a unit for light industrial use", "lighting design", "lighting, not premises"),
    ("deep clean after renovation", "deep learning engineer", "AI, not cleaning"),
    ("electrician for new lighting", "electric bike shop", "bikes, not wiring"),
]
