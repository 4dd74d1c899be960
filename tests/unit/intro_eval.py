"""The introductions evaluation set: needs and offers as people write them at meetups.

`MATCHES` are (concept, need, offer) that a careful host would introduce; `DECOYS` are
(need, offer, why not) that share a word but must never be suggested. Typos, plurals,
abbreviations and lower case are on purpose. `tests/bench/bench_intro_quality.py` prints the
recall and the misses; `tests/unit/test_intro_quality.py` holds the line.
"""

from __future__ import annotations

MATCHES: list[tuple[str, str, str]] = [
    # funding
    ("funding", "seed funding", "angel investment"),
    ("funding", "investors for my startup", "early stage VC"),
    ("funding", "pre-seed money", "angel investor"),
    ("funding", "raising a seed round", "seed investing"),
    ("funding", "finacing for a second shop", "small business loans"),
    ("funding", "an angel", "investment in food startups"),
    # bookkeeping and accounts
    ("bookkeeping", "someone to do my books", "bookkeeping for small shops"),
    ("bookkeeping", "a bookeeper", "bookkeeping services"),
    ("bookkeeping", "help with xero", "xero bookkeeper"),
    ("accounting", "an accountant", "accounting & tax returns"),
    ("tax", "tax help", "tax accountant"),
    # legal
    ("legal", "a lawyer", "legal advice for startups"),
    ("legal", "contract review", "startup lawyer"),
    ("legal", "trademark help", "IP attorney"),
    ("legal", "a solicitor", "legal services"),
    ("legal", "someone to write our terms and conditions", "lawyer (contracts, T&Cs)"),
    # design and branding
    ("branding", "a logo", "logo and brand design"),
    ("branding", "branding", "brand identity design"),
    ("graphic design", "graphic designer", "graphic design and illustration"),
    ("packaging design", "someone to design my packaging", "packaging design"),
    ("UX design", "a UX designer", "UX reviews"),
    ("UX design", "ui/ux help for our app", "product design and UX research"),
    # the web
    ("web design", "a website", "website design"),
    ("web design", "new website for my shop", "web designer"),
    ("web design", "wordpress developer", "wordpress sites"),
    ("online shop", "shopify store setup", "shopify expert"),
    ("web hosting", "web hosting", "managed hosting and domains"),
    # software
    ("software development", "a developer for my app", "mobile app development"),
    ("software development", "python dev", "python engineers for hire"),
    ("software development", "an iOS developer", "iphone app development"),
    ("AI", "AI consulting", "machine learning engineer"),
    # marketing
    ("marketing", "marketing help", "marketing strategy for small businesses"),
    ("SEO", "SEO", "search engine optimisation"),
    ("social media", "social media manager", "instagram and tiktok content"),
    ("email marketing", "email marketing", "newsletters and mailchimp campaigns"),
    ("paid ads", "google ads", "PPC and paid social"),
    # PR
    ("public relations", "press coverage", "public relations and media pitching"),
    ("public relations", "a PR person", "media relations"),
    ("public relations", "someone to get us in the press", "PR agency"),
    # video
    ("video", "a videographer", "video production"),
    ("video", "someone to film our launch", "event filming"),
    ("video", "video editing", "video editor"),
    # photography
    ("photography", "product photos", "product photography"),
    ("photography", "a photgrapher", "event photographer"),
    ("photography", "headshots", "portrait photography"),
    # writing
    ("copywriting", "copywriting", "copywriter"),
    ("copywriting", "website copy", "copywriting for websites"),
    ("content writing", "a blog writer", "content writing and blogging"),
    # hiring
    ("hiring", "hiring developers", "tech recruiting"),
    ("hiring", "a recruiter", "help hiring your first engineers"),
    ("hiring", "finding good staff for the café", "hospitality recruitment"),
    # space
    ("event space", "a venue for a workshop", "event space"),
    ("event space", "somewhere to host our meetup", "event venue"),
    ("event space", "meeting room for a day", "meeting rooms to rent"),
    ("office space", "office space", "coworking desks"),
    ("office space", "a desk in a coworking space", "flexible office space"),
    ("kitchen space", "a commercial kitchen", "kitchen space to rent"),
    ("storage", "storage space", "storage units"),
    # mentoring and coaching
    ("mentoring", "a mentor", "mentoring for first-time founders"),
    ("coaching", "business coaching", "coach for small business owners"),
    # suppliers and buyers
    ("coffee", "a coffee supplier", "wholesale coffee beans"),
    ("packaging", "packaging supplier", "custom boxes and packaging"),
    ("printing", "a printer for flyers", "flyer and poster printing"),
    ("printing", "business cards printed", "print shop"),
    ("retail buyers", "stockists for my candles", "retail buyer for a gift shop"),
    ("retail buyers", "wholesale buyers", "wholesale buying"),
    # food and events
    ("catering", "catering for 50 people", "event catering"),
    ("catering", "a caterer", "corporate catering"),
    ("event planning", "an event planner", "event planning & management"),
    ("music", "a DJ for our launch party", "DJ"),
    # other services
    ("translation", "translation into spanish", "spanish translator"),
    ("translation", "a german translator", "translation services"),
    ("IT support", "IT support", "computer repairs and IT help"),
    ("cybersecurity", "cybersecurity audit", "cyber security consulting"),
    ("insurance", "business insurance", "insurance broker"),
    ("delivery", "local deliveries", "courier service"),
    ("cleaning", "office cleaning", "commercial cleaners"),
    ("data", "data analysis", "data analyst"),
    ("sales", "more customers", "lead generation"),
]

DECOYS: list[tuple[str, str, str]] = [
    ("web hosting", "website design", "hosting is not design"),
    ("office space", "event space", "a desk every day is not a hall for an evening"),
    ("marketing advice", "legal advice", "advice on different things"),
    ("a coffee supplier", "coffee tasting classes", "classes are not supplies"),
    ("event space", "event sponsors", "sponsors are not a room"),
    ("event photographer", "event space", "a photographer is not a venue"),
    ("seed funding", "seed packets for gardeners", "seeds are not money"),
    ("a logo", "logistics", "logos are not logistics"),
    ("brand design", "brand ambassadors", "ambassadors do not design"),
    ("graphic design", "interior design", "different kinds of design"),
    ("a UX designer", "fashion design", "different kinds of design"),
    ("web design", "web hosting", "design is not hosting"),
    ("a developer for my app", "property developer", "software is not buildings"),
    ("python developer", "photo developing", "film is not code"),
    ("tax help", "taxi service", "a taxi is not tax"),
    ("legal advice", "legal cannabis products", "a product, not a lawyer"),
    ("a lawyer", "layered cakes", "cake is not law"),
    ("bookkeeping", "book printing", "printing books is not keeping them"),
    ("someone to do my books", "children's books", "books to read"),
    ("press coverage", "printing press", "a machine, not the media"),
    ("video production", "video games", "games are not production"),
    ("social media manager", "media buying", "buying ads is not managing posts"),
    ("hiring developers", "developer tools", "tools are not people"),
    ("catering for 50 people", "catering equipment", "ovens are not food"),
    ("office cleaning", "data cleaning", "different cleaning"),
    ("storage space", "cloud storage", "data, not boxes"),
    ("a commercial kitchen", "kitchen design", "designing a kitchen is not renting one"),
    ("translation into spanish", "spanish lessons", "lessons are not translation"),
    ("printing", "3d printing classes", "classes are not a print run"),
    ("coffee beans", "coffee shop fit-out", "building a shop is not supplying beans"),
    ("insurance broker", "mortgage broker", "different brokers"),
    ("event planning", "financial planning", "different planning"),
    ("video editing", "copy editing", "words are not film"),
    ("IT support", "emotional support", "a friend, not a technician"),
    ("a sales rep", "sales tax advice", "tax, not selling"),
]
