"""The eighteenth hold-out set: written blind, by someone who never saw the matcher or its lexicon.

Drawn from seven events, mixed through the set: a health and wellness practitioners' meetup in
Bristol (physios, counsellors, massage and pilates people, clinic owners); a women-in-trades and
construction network in Auckland (builders, sparkies, plumbers, apprentices, engineers); a
legal-tech and fintech evening in London (founders, compliance people, lawyers, investors); a
YouTubers, podcasters and creators meetup in Los Angeles; a parents-in-business coffee morning in
Dublin (sole traders and small shops juggling kids); an agritech and food-export fair in Nairobi
(growers, co-ops, exporters, logistics and finance people, in English); and a climate and
sustainability founders' evening in Berlin (in English).

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 82 of 167 pairs (49.1 %) and 6 decoys of 71 with the
lexicon and matcher as the round that tuned on the seventeenth set began, 81 (48.5 %) and 7 as
it ended. Then tuned on: 164 (98.2 %) and no decoy as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # bodies, clinics and minds (Bristol)
    (
        "physiotherapy",
        "my back's been wrecked since the baby, cant lift the car seat w/out wincing",
        "chartered physio, MSK & postnatal, clifton clinic, evening slots",
    ),
    (
        "physiotherapy",
        "pulled something in my calf at parkrun 3 wks ago and im still limping",
        "sports physiotherapist - running injuries, gait analysis, £55/session",
    ),
    (
        "physiotherapy",
        "need a physio who does home visits for my dad after his hip op",
        "HCPC registered physio, domiciliary visits across south glos, post-op rehab",
    ),
    (
        "clinic booking software",
        "still taking bookings by text msg, missing half of them tbh",
        "online booking + reminders for clinics, cuts no-shows, free 30 day trial",
    ),
    (
        "clinic booking software",
        "any recs for practice mgmt software w/ clinical notes?",
        "we build clinic software: diary, SOAP notes, invoicing, GDPR compliant",
    ),
    (
        "clinic booking software",
        "clients keep not turning up, lost 6 appts last week alone",
        "automated sms & email appointment reminders for therapists, £12/mo",
    ),
    (
        "clinical supervision",
        "newly qualified counsellor, need a supervisor bc bacp requires it",
        "BACP accredited supervisor, online or in person, £50/hr",
    ),
    (
        "clinical supervision",
        "heavy caseload rn, want someone experienced to talk my cases thru with",
        "clinical supervision for psychotherapists & counsellors, 20 yrs in practice",
    ),
    (
        "practitioner insurance",
        "starting out as a sports massage therapist, what insurance do i actually need??",
        "insurance broker for therapists: PI, public liability & treatment risk cover",
    ),
    (
        "practitioner insurance",
        "my insurer wont cover acupuncture anymore, renewal is next month",
        "specialist cover for complementary therapists - acupuncture, reiki, reflexology",
    ),
    (
        "clinic room rental",
        "want to go self employed but cant afford my own clinic yet",
        "treatment room to rent by the session, couch + sink included, bedminster",
    ),
    (
        "clinic room rental",
        "looking for a quiet room 2 eves a week for my talking therapy clients",
        "therapy rooms for hire hourly, soundproofed, 5 min from temple meads",
    ),
    (
        "clinic room rental",
        "podiatrist here, anyone got a spare room in their clinic thurs + fri?",
        "we sublet rooms in our wellness centre, day rates from £60",
    ),
    (
        "sports massage",
        "legs feel like concrete after training for the half marathon",
        "sports & deep tissue massage, £45/hr, bishopston",
    ),
    (
        "sports massage",
        "desk job, shoulders permanantly up by my ears",
        "remedial massage therapist, neck and shoulder tension, mobile service",
    ),
    (
        "sports massage",
        "tight hamstrings from 5-a-side every week, need someone to work on them",
        "sports massage therapist, pre & post event, clifton",
    ),
    (
        "counselling",
        "been really low since i lost my mum, dont know who to talk to",
        "bereavement counsellor, sliding scale fees, online or face to face",
    ),
    (
        "counselling",
        "anxiety is stopping me going into work and the gp waitlist is 6 months",
        "CBT therapist, BABCP accredited, anxiety & panic, appointments within a week",
    ),
    (
        "counselling",
        "need a therapist for my teenager, shes been self harming",
        "child & adolescent psychotherapist, ages 11-18, UKCP registered",
    ),
    (
        "nutrition advice",
        "diagnosed w/ IBS, no idea what im allowed to eat anymore",
        "registered dietitian, low FODMAP specialist, 1:1 consults",
    ),
    (
        "nutrition advice",
        "want to eat right for triathlon training, keep bonking on long rides",
        "sports nutritionist - fuelling plans for endurance athletes",
    ),
    (
        "nutrition advice",
        "gp says my cholesterol is high, want help changing how we eat as a family",
        "dietitian, heart health & family meal planning, HCPC registered",
    ),
    (
        "pilates",
        "physio says strengthen my core but gyms terrify me",
        "small group clinical pilates, max 6 people, beginners welcome",
    ),
    (
        "pilates",
        "pelvic floor is shot after 2 kids lol, any classes?",
        "postnatal pilates & pelvic floor classes, babies welcome in the room",
    ),
    # on the tools (Auckland)
    (
        "structural engineering",
        "inspector failed our deck footings, need someone to sign off a new design",
        "CPEng structural engineer - residential decks, retaining walls, PS1s",
    ),
    (
        "structural engineering",
        "want to knock out a load bearing wall in the kitchen, who do i even call",
        "structural engineering for renos: beam calcs, wall removals, quick turnaround",
    ),
    (
        "structural engineering",
        "retaining wall over 1.5m and council says it needs engineers drawings",
        "chartered structural eng, retaining walls & foundations, auckland wide",
    ),
    (
        "building consent",
        "council keeps sending RFIs on our consent, 3 rounds now",
        "consent lodgement & RFI responses, ex council processing officer",
    ),
    (
        "building consent",
        "does a sleepout need a building consent?? so confused",
        "building compliance advisor, i tell you whats exempt vs needs consent, free 15min call",
    ),
    (
        "building consent",
        "need a CCC for a job the last builder walked off",
        "code compliance certificate help - we chase missing docs & book final inspections",
    ),
    (
        "electrician",
        "need a sparky for a switchboard upgrade on an old villa",
        "registered electrician, rewires & switchboards, central auckland",
    ),
    (
        "electrician",
        "half the power points in the shop just stopped working",
        "commercial electrician, fault finding, same day callouts",
    ),
    (
        "electrician",
        "getting an EV and want a charger in the garage, who installs those",
        "electrician - EV chargers, heat pump wiring, solar hookups, certified",
    ),
    (
        "plumbing",
        "hot water cylinder leaking all over the garage floor",
        "certifying plumber, hot water cylinders replaced same week",
    ),
    (
        "plumbing",
        "bathroom reno, need a plumber for rough-in next month",
        "plumbing & drainlaying for renovations, fixed price quotes",
    ),
    (
        "plumbing",
        "blocked drain backing up in the yard and it stinks",
        "drainlayer & plumber, blocked drains cleared, CCTV drain inspections",
    ),
    (
        "apprentice mentoring",
        "first year apprentice, only girl on site, could use someone to talk to",
        "i mentor women apprentices in construction, carpenter 15 yrs",
    ),
    (
        "apprentice mentoring",
        "thinking of leaving admin for a trade but where do i start",
        "careers coach for women moving into trades - pre-trade courses & apprenticeships",
    ),
    (
        "equipment hire",
        "need a mini digger for 2 days, footings for a shed",
        "hire: mini excavators, compactors, trailers, daily rates",
    ),
    (
        "equipment hire",
        "do i buy or rent a concrete mixer for one slab?",
        "tool & plant hire, concrete mixers from $45/day, delivery avail",
    ),
    (
        "quoting software",
        "spending my sundays doing quotes in excel",
        "job mgmt app for tradies: quotes, invoices, timesheets, from $39/mo",
    ),
    (
        "quoting software",
        "how do other sparkies send quotes straight from the van",
        "quoting app with a price book, build & send quotes from your phone on site",
    ),
    (
        "quoting software",
        "keep underquoting on materials and eating the loss",
        "estimating & takeoff software for builders, price a plan in minutes",
    ),
    (
        "women's workwear",
        "mens hi vis swims on me and i cant find steel caps in a size 6",
        "workwear cut for women: hi-vis, trousers, steel caps from size 4",
    ),
    (
        "women's workwear",
        "pregnant and still on site, nothing fits anymore",
        "maternity hi-vis & womens PPE, ship NZ wide",
    ),
    (
        "women's workwear",
        "gloves always too big, my hands get caught in stuff",
        "PPE for women: small fit gloves, harnesses & hi-vis",
    ),
    (
        "scaffolding",
        "need scaffold up for a 2 storey repaint",
        "scaffolding hire & erection, residential, licensed, auckland",
    ),
    (
        "scaffolding",
        "roofing job next wk, need edge protection sorted",
        "scaffold & roof edge protection for roofers, fast install",
    ),
    # regulation, law and money tech (London)
    (
        "FCA authorisation",
        "we want to become an EMI, no idea where to start with the FCA",
        "FCA authorisation consultant: EMI, API & payment institution applications",
    ),
    (
        "FCA authorisation",
        "FCA came back w/ a huge list of questions on our application",
        "regulatory consultant, ex-FCA, we handle authorisation queries & business plans",
    ),
    (
        "FCA authorisation",
        "do we need FCA permission to do credit broking inside our app?",
        "fintech regulatory lawyer - perimeter advice, consumer credit permissions",
    ),
    (
        "data protection",
        "got a subject access request and kind of panicking",
        "DPO as a service for SMEs, DSARs handled, £300/mo",
    ),
    (
        "data protection",
        "launching in the EU next quarter, is our privacy policy even ok",
        "data protection solicitor, GDPR audits & privacy notices",
    ),
    (
        "data protection",
        "do we need a DPIA for face id login?",
        "privacy consultant, DPIAs and data mapping, CIPP/E certified",
    ),
    (
        "commercial contracts",
        "client wants us to sign their MSA, its 40 pages of nonsense",
        "commercial lawyer for startups, contract review fixed fee from £400",
    ),
    (
        "commercial contracts",
        "need proper T&Cs for our saas before we go live",
        "SaaS terms, DPAs & subscription agreements drafted, startup friendly rates",
    ),
    (
        "commercial contracts",
        "need an NDA before i show our product to a bank",
        "startup lawyer - NDAs, contracts & shareholder docs, fixed fees",
    ),
    (
        "identity verification",
        "onboarding is killing conversion, ID checks take 2 days",
        "identity verification API - doc + selfie check in under 30s",
    ),
    (
        "identity verification",
        "need AML screening for sanctions & PEPs on every new customer",
        "AML compliance platform: sanctions, PEP & adverse media screening",
    ),
    (
        "identity verification",
        "need someone to write our AML policy before the audit",
        "MLRO services & AML policy drafting for crypto and payments firms",
    ),
    (
        "payments integration",
        "want to take card payments in our app and stripe rejected us",
        "payment gateway for high-risk merchants, fast onboarding",
    ),
    (
        "payments integration",
        "how do i add apple pay + direct debit to our checkout",
        "freelance payments engineer, stripe / gocardless / adyen integrations",
    ),
    (
        "payments integration",
        "checkout fails for half our EU customers, 3DS issues??",
        "payments consultant: 3DS, SCA, card acceptance & decline rates",
    ),
    (
        "penetration testing",
        "bank wont sign w/ us til we have a pen test report",
        "CREST certified penetration testing, web apps & APIs",
    ),
    (
        "penetration testing",
        "worried our api is leaky, nobody's ever checked it",
        "offensive security consultant, API security testing & fixes",
    ),
    (
        "security certification",
        "enterprise client sent a 200 question security questionnaire, help",
        "ISO 27001 & SOC 2 readiness, we fill in security questionnaires for you",
    ),
    (
        "security certification",
        "investors keep asking if we're SOC2. we are not",
        "SOC 2 compliance automation, audit ready in 12 weeks",
    ),
    (
        "angel investment",
        "pre-seed fintech, 2 pilots w/ banks, raising 500k",
        "angel investor, fintech & regtech, cheques 25-100k",
    ),
    (
        "angel investment",
        "need investors who actually get legaltech, VCs dont",
        "angel syndicate focused on legal tech, we invest at pre-seed & seed",
    ),
    (
        "angel investment",
        "looking for a first cheque for our payments startup, any angels here",
        "ex-banker angel, payments & infra, 10-50k tickets",
    ),
    (
        "trade mark registration",
        "someone's trading under a name really close to ours",
        "trade mark attorney, oppositions & infringement, UK & EU",
    ),
    (
        "trade mark registration",
        "want to protect our app name before launch",
        "trademark filings UK/EU/US, fixed fees, chartered TM attorney",
    ),
    (
        "open banking",
        "want users to connect their bank accounts so we can show spending",
        "open banking API, account info + payment initiation, 2000+ banks",
    ),
    (
        "open banking",
        "need to pull transaction data for affordability checks",
        "open banking data & transaction categorisation for lenders",
    ),
    # making stuff for the internet (Los Angeles)
    (
        "video editing",
        "i film 4 hrs a week and spend 20 editing, send help",
        "youtube editor, fast turnaround, premiere & after effects, $40/hr",
    ),
    (
        "video editing",
        "need someone to chop my long vids into shorts / tiktoks",
        "short form editor - i turn your long videos into 30 clips a month",
    ),
    (
        "video editing",
        "my vids feel sooo slow, retention falls off a cliff at 30 sec",
        "retention focused video editing, pacing, b-roll, sound design",
    ),
    (
        "thumbnail design",
        "ctr is like 2% on everything, i think my thumbnails suck",
        "thumbnail designer, 200+ channels, A/B tested, $60 each",
    ),
    (
        "thumbnail design",
        "need thumbnails that dont look like a powerpoint slide",
        "custom yt thumbnails & title packaging, photoshop",
    ),
    (
        "thumbnail design",
        "clicks are terrible even tho ppl who watch love it",
        "yt packaging: thumbnails + titles designed to lift CTR",
    ),
    (
        "channel growth",
        "channel stuck at 900 subs for a year, no clue whats wrong",
        "youtube strategist: channel audits, niche + title analysis, 1hr call $150",
    ),
    (
        "channel growth",
        "views died after i switched topics, the algorithm hates me",
        "yt growth consultant, helped 40 creators get past 100k",
    ),
    (
        "podcast editing",
        "our podcast sounds like we recorded it in a bathroom",
        "podcast editing & mixing, noise removal, levels, $75/ep",
    ),
    (
        "podcast editing",
        "cohost and i talk over each other and the umms are brutal",
        "i edit podcasts: cut filler, tighten the convo, add intro/outro",
    ),
    (
        "podcast editing",
        "want to launch a podcast but cant deal w/ the tech side",
        "full service podcast production - editing, show notes, publishing",
    ),
    (
        "brand sponsorships",
        "brands keep lowballing me, what should i even charge",
        "creator talent manager, i negotiate your brand deals, 15% commission",
    ),
    (
        "brand sponsorships",
        "180k followers and zero sponsors, how do ppl land deals??",
        "influencer marketing agency matching creators with paid brand campaigns",
    ),
    (
        "brand sponsorships",
        "got a sponsorship offer, is $500 for a dedicated vid fair?",
        "creator manager, rate cards & contract negotiation w/ brands",
    ),
    (
        "studio rental",
        "filming in my bedroom, echo is awful and the lighting is worse",
        "creator studio by the hour, lights, backdrops, sound treated, burbank",
    ),
    (
        "studio rental",
        "need a set for a 3 person video podcast",
        "podcast studio hourly: 4 mics, 3 cams, engineer included, $120/hr",
    ),
    (
        "studio rental",
        "need a white cyc wall for a product shoot next week",
        "rental studio with cyc wall, grip & lighting, hourly, LA",
    ),
    (
        "captions and subtitles",
        "need spanish subtitles for my channel",
        "translation & subtitling for creators, english > spanish, SRT files",
    ),
    (
        "captions and subtitles",
        "auto captions on my reels are always wrong",
        "human captioning service, 99% accurate, 24h turnaround",
    ),
    (
        "captions and subtitles",
        "deaf viewers asking me for proper captions",
        "closed captions & transcripts for video creators, ADA compliant",
    ),
    (
        "music licensing",
        "got a copyright claim on my vid for the background music",
        "royalty free music library for youtubers, no claims, $15/mo",
    ),
    (
        "music licensing",
        "need original music for my podcast intro",
        "composer - custom intros & theme music for pods and channels",
    ),
    (
        "music licensing",
        "want to use a popular song in my vid, how do i license it",
        "music clearance & sync licensing for creators & brands",
    ),
    (
        "merch",
        "fans want merch but i dont want a garage full of hoodies",
        "print on demand merch for creators, no inventory, we ship it",
    ),
    (
        "merch",
        "thinking of a limited drop of embroidered hats for my community",
        "merch manufacturer, embroidery & screen print, MOQ 50",
    ),
    # working around the school run (Dublin)
    (
        "childcare",
        "need someone to mind my 2 yr old tues & weds so i can actually work",
        "registered childminder, tusla, spaces for under 3s, ranelagh",
    ),
    (
        "childcare",
        "summer holidays coming and i have zero plan for the kids",
        "summer camps for 5-12 yr olds, full days, dublin 8",
    ),
    (
        "childcare",
        "creche waiting list is 18 months, any ideas",
        "au pair agency, vetted au pairs placed with dublin families",
    ),
    (
        "bookkeeping",
        "havent reconciled the bank acct since march oops",
        "freelance bookkeeper, catch-up bookkeeping, sage & xero",
    ),
    (
        "bookkeeping",
        "doing invoices at 11pm after bedtime every night",
        "remote bookkeeping for small businesses, invoices & payroll, €200/mo",
    ),
    (
        "tax returns",
        "first year self employed, the form 11 deadline is scaring me",
        "chartered accountant, form 11 returns for sole traders from €350",
    ),
    (
        "tax returns",
        "do i need to register for VAT? turnover is around 40k",
        "accountant for small businesses in ireland, VAT registration & returns",
    ),
    (
        "tax returns",
        "got a letter from revenue about an audit, feel sick",
        "tax advisor, revenue audits & interventions, CTA qualified",
    ),
    (
        "website design",
        "my website looks like it was made in 2009 bc it was",
        "web designer for small businesses, wordpress & squarespace, from €900",
    ),
    (
        "website design",
        "need a simple site where parents can book my kids yoga classes",
        "websites with online booking for fitness & wellness businesses",
    ),
    (
        "website design",
        "need an online shop for my handmade soaps",
        "shopify sites for small makers, set up in 2 wks",
    ),
    (
        "social media management",
        "no time to post on instagram between school runs",
        "social media manager for small biz, content calendar + posting, €400/mo",
    ),
    (
        "social media management",
        "my insta has 300 followers and theyre all my cousins",
        "instagram strategy & reels for local businesses",
    ),
    (
        "social media management",
        "have a reel idea every day but never film them lol",
        "content creator for small businesses, i film & edit your reels",
    ),
    (
        "business mentoring",
        "want to grow my candle business but no idea what the next step is",
        "business mentor on the LEO panel, retail & ecommerce",
    ),
    (
        "business mentoring",
        "are there grants for starting a small business in ireland?",
        "i help founders apply for LEO priming grants & trading online vouchers",
    ),
    (
        "virtual assistant",
        "drowning in emails, need someone 10 hrs a week",
        "virtual assistant, inbox & diary management, flexible hours",
    ),
    (
        "virtual assistant",
        "need someone to keep admin + customer emails going while im on mat leave",
        "remote VA, customer service & admin, maternity cover available",
    ),
    (
        "virtual assistant",
        "invoices, bookings, emails... i need a second me",
        "VA for parents in business - admin, bookings & invoicing, 5 hr packages",
    ),
    (
        "product photography",
        "my product pics are taken on the kitchen table and it shows",
        "product photographer, white background & lifestyle shots, from €25/image",
    ),
    (
        "product photography",
        "opening an etsy shop for my knitwear, need decent photos",
        "ecommerce photography for makers and small brands",
    ),
    (
        "product photography",
        "need flat lay pics of my jewellery for instagram",
        "jewellery & small product photography, styled flat lays",
    ),
    (
        "coworking",
        "cant work from home w/ a toddler screaming, need a desk somewhere",
        "coworking space with onsite creche, hot desks from €15/day",
    ),
    (
        "coworking",
        "need a desk 3 mornings a week near town",
        "flexi desks & meeting rooms, dublin 2, day passes available",
    ),
    # farms, food and export (Nairobi)
    (
        "cold chain",
        "losing 30% of my mangoes before they reach mombasa",
        "refrigerated trucks farm to port, temperature logged the whole way",
    ),
    (
        "cold chain",
        "need a cold room near the farm for french beans",
        "solar powered cold rooms for smallholders, pay per crate",
    ),
    (
        "cold chain",
        "milk goes sour before the collection truck comes",
        "milk coolers for dairy groups, solar & off grid",
    ),
    (
        "export certification",
        "EU buyer wants GlobalGAP before they sign anything",
        "GlobalGAP & organic certification consultant, kenya",
    ),
    (
        "export certification",
        "avocado shipment rejected for MRLs, what now",
        "export compliance advisor, residue management plans & MRL testing",
    ),
    (
        "export certification",
        "how do we get KEPHIS clearance for herbs going to europe",
        "export documentation & phytosanitary certificates, KEPHIS liaison",
    ),
    (
        "irrigation",
        "rains failed again and my tomatoes are dying",
        "drip irrigation kits for small farms, install & training",
    ),
    (
        "irrigation",
        "diesel pump costs too much to water 5 acres",
        "solar water pumps for irrigation, pay as you go financing",
    ),
    (
        "irrigation",
        "have borehole water but no way to get it across the plots",
        "irrigation design & install - sprinklers, drip lines, borehole pumps",
    ),
    (
        "soil testing",
        "yields keep dropping, dont know if its the soil",
        "soil testing lab, NPK & pH results in 5 days, with recommendations",
    ),
    (
        "soil testing",
        "which fertiliser for my maize plot? everyone tells me something different",
        "agronomist - soil sampling + fertilizer plan per field",
    ),
    (
        "produce packaging",
        "need cartons for exporting avocados to the middle east",
        "corrugated export cartons, ventilated, custom printed, nairobi",
    ),
    (
        "produce packaging",
        "my dried mango pouches keep going soft in the shops",
        "food packaging supplier, resealable barrier pouches, low MOQ",
    ),
    (
        "agri finance",
        "need a loan for a greenhouse but the bank wants a title deed",
        "asset financing for farmers, greenhouses & equipment, no title deed needed",
    ),
    (
        "agri finance",
        "our co-op needs cash to pay members at harvest before buyers pay us",
        "agri lender, working capital for co-ops & aggregators",
    ),
    (
        "freight forwarding",
        "first airfreight shipment of cut flowers, who handles customs?",
        "freight forwarder at JKIA, perishables, customs clearance",
    ),
    (
        "freight forwarding",
        "need to ship a container of macadamia to rotterdam",
        "sea freight & clearing agent, mombasa port, FCL/LCL",
    ),
    (
        "freight forwarding",
        "buyer in dubai wants CIF pricing, who can quote shipping",
        "freight forwarder, sea & air to the middle east, CIF quotes in 24h",
    ),
    (
        "pest management",
        "fall armyworm eating my maize again",
        "crop protection advisor, IPM for armyworm & thrips",
    ),
    (
        "pest management",
        "whiteflies all over the greenhouse tomatoes",
        "biological pest control, beneficial insects for greenhouses",
    ),
    (
        "mobile money payments",
        "paying 400 farmers in cash every month is a nightmare",
        "bulk M-Pesa payouts for agribusinesses, API & dashboard",
    ),
    (
        "mobile money payments",
        "want buyers to pay via mpesa on our platform",
        "M-Pesa daraja integration dev, STK push, C2B/B2C",
    ),
    # climate founders (Berlin)
    (
        "carbon accounting",
        "customer asked for our scope 1-3 emissions and we have nothing",
        "carbon accounting software for SMEs, GHG protocol, audit ready",
    ),
    (
        "carbon accounting",
        "need to measure our company emissions for a tender by june",
        "freelance carbon accountant, scope 1/2/3 inventories, english & german",
    ),
    (
        "grant writing",
        "want to apply for EIC accelerator but the form is brutal",
        "EU grant writer, EIC accelerator & horizon europe, success fee",
    ),
    (
        "grant writing",
        "is there public money for climate startups in germany?",
        "funding advisor: EXIST, federal programmes & EU grants for cleantech",
    ),
    (
        "life cycle assessment",
        "retailer wants a life cycle assessment of our sneakers",
        "LCA consultant, ISO 14040/44, product footprints & EPDs",
    ),
    (
        "life cycle assessment",
        "need an EPD for our insulation panels",
        "environmental product declarations for building materials, LCA team",
    ),
    (
        "solar installation",
        "want panels on our warehouse roof, about 2000m2",
        "commercial rooftop solar, design & install across germany",
    ),
    (
        "solar installation",
        "balkonkraftwerk or a proper install for my flat roof?",
        "solar installer, residential PV & batteries, berlin / brandenburg",
    ),
    (
        "sustainable packaging",
        "our shipping mailers are plastic and customers complain",
        "compostable mailers & paper based packaging, made in the EU",
    ),
    (
        "sustainable packaging",
        "need plastic free wrappers for our snack bars",
        "sustainable food packaging, home compostable films",
    ),
    (
        "climate investment",
        "raising seed for a battery recycling startup",
        "climate VC, seed to series A, energy storage & circularity",
    ),
    (
        "climate investment",
        "hardware climate tech, VCs keep saying too capital intensive",
        "deep tech climate fund, we back hardware, €1-5m tickets",
    ),
    (
        "sustainability reporting",
        "we fall under CSRD next year and nobody here knows what that means",
        "CSRD & ESRS reporting consultant, double materiality assessments",
    ),
    (
        "sustainability reporting",
        "investors want an ESG report from us by Q3",
        "ESG reporting for startups & scaleups, VSME standard",
    ),
    (
        "heat pumps",
        "our old gas boiler died, want to go electric",
        "heat pump installer, air source, subsidy paperwork included",
    ),
    (
        "heat pumps",
        "office heating bills are insane, thinking heat pump?",
        "commercial heat pumps, planning & install, berlin",
    ),
    (
        "recruitment",
        "need 3 battery engineers and cant find a single one",
        "recruiter for climate tech, hardware & engineering roles",
    ),
    (
        "recruitment",
        "hiring our first head of sales, no idea how to even start",
        "executive search for sustainability startups",
    ),
    (
        "company formation",
        "moving my startup to berlin, need to set up a GmbH",
        "startup lawyer berlin, GmbH & UG formation, english speaking",
    ),
    (
        "company formation",
        "notary, shareholder agreement, handelsregister... pls help",
        "corporate lawyer for founders: GmbH setup, shareholder agreements, VSOP",
    ),
    (
        "german translation",
        "need our tender docs in german by friday",
        "DE-EN translator, technical & energy sector, sworn translations",
    ),
    (
        "german translation",
        "website is english only and german visitors bounce",
        "website localisation into german, native speakers, SEO aware",
    ),
]

# (need, offer, why a careful host would NOT introduce them): they share words or look alike.
DECOYS: list[tuple[str, str, str]] = [
    (
        "my back's in bits after lifting the twins all day",
        "back-end developer, node & postgres",
        "back pain, not back-end software",
    ),
    (
        "need someone to sort the gutters before winter",
        "gut health nutritionist, 1:1 consults",
        "house gutters, not gut health",
    ),
    (
        "need a lead gen person to fill my sales calendar",
        "lead paint testing & removal in old houses",
        "sales leads, not lead the metal",
    ),
    (
        "where do ppl keep 40TB of raw footage",
        "storage units from £15/wk, bristol",
        "digital storage for video files, not a self storage unit",
    ),
    (
        "site keeps going down, need better hosting",
        "podcast host for hire, i'll interview your guests",
        "web hosting, not a person who hosts a show",
    ),
    (
        "site keeps crashing every time we get traffic",
        "web designer, beautiful squarespace sites",
        "needs hosting/infrastructure, not design",
    ),
    (
        "need a desk 2 days a wk near smithfield",
        "event venue for 200 guests, smithfield",
        "everyday office desk, not an event venue",
    ),
    (
        "need a bookkeeper asap",
        "anyone got a bookkeeper they rate? mine just retired",
        "the offer is itself a need for a bookkeeper",
    ),
    (
        "need someone to mix my podcast audio",
        "cement mixer hire, $45/day",
        "audio mixing, not a concrete mixer",
    ),
    (
        "need a deck for our investor meeting",
        "deck builder, composite & hardwood decking",
        "pitch deck, not a timber deck",
    ),
    (
        "need a plumber, the toilet won't stop running",
        "data plumbing: dbt, airflow, pipeline fixes",
        "actual plumbing, not data pipelines",
    ),
    (
        "need a freight broker for a reefer load",
        "mortgage broker, first time buyers",
        "different kind of broker",
    ),
    (
        "need a cold room for our avocados",
        "cold plunge & ice bath sessions, stokes croft",
        "produce cold storage, not ice baths",
    ),
    (
        "need seed funding for our agri app",
        "certified seed potatoes, bulk orders",
        "seed investment, not seeds for planting",
    ),
    (
        "need a carbon audit for our supply chain",
        "carbon fibre bike frame repairs",
        "emissions, not carbon fibre",
    ),
    (
        "need help growing my youtube channel",
        "channel partner sales for B2B saas",
        "youtube channel vs sales channel partners",
    ),
    (
        "need a therapist, my anxiety is through the roof",
        "massage therapist, deep tissue & hot stones",
        "mental health therapy, not massage",
    ),
    (
        "need a compliance person for our FCA application",
        "building code compliance inspector, residential",
        "financial regulation vs building code compliance",
    ),
    (
        "need a pen tester before the bank audit",
        "vintage fountain pen restoration",
        "penetration testing, not pens",
    ),
    (
        "need scaffold for a 2 storey reroof",
        "montessori educator, scaffolding your childs learning at home",
        "building scaffold, not educational scaffolding",
    ),
    (
        "need a framer for the new build, walls up next week",
        "picture framing & mounting, bespoke frames",
        "timber framing, not picture frames",
    ),
    (
        "need a good editor for my vlogs",
        "copy editor for legal documents & contracts",
        "video editing vs proofreading text",
    ),
    (
        "need a studio to record my podcast",
        "studio flat to rent, koreatown, $1800/mo",
        "recording studio, not a studio apartment",
    ),
    (
        "need sponsors for my podcast",
        "UK visa sponsor licence advice for employers",
        "brand sponsorship vs visa sponsorship",
    ),
    (
        "need more subs on yt, stuck forever",
        "subbie chippy available weekends",
        "subscribers, not a subcontractor",
    ),
    (
        "need a nanny 3 days a week",
        "dairy goats for sale, nanny goats in milk",
        "childcare nanny vs female goats",
    ),
    (
        "need a sales pipeline tool, deals are all in my head",
        "irrigation pipe & fittings supplier, HDPE",
        "sales pipeline, not water pipes",
    ),
    (
        "need drip irrigation for 2 acres",
        "colon hydrotherapy (colonic irrigation), clifton",
        "farm irrigation, not a wellness treatment",
    ),
    (
        "need someone to find bugs in our app before launch",
        "bed bug & pest control, same day",
        "software bugs, not insects",
    ),
    (
        "need help designing an equity package for first hires",
        "compostable packaging supplier",
        "compensation package, not packaging",
    ),
    (
        "want a green roof on our office",
        "green card & immigration attorney",
        "planted roof vs US immigration",
    ),
    (
        "boiler died, want a heat pump",
        "hospital grade breast pump rental",
        "heating pump vs breast pump",
    ),
    (
        "need a translator for our german tender",
        "translational research funding for medtech",
        "language translation vs translational research",
    ),
    (
        "need freight forwarding for flowers to amsterdam",
        "email forwarding & virtual office address, london",
        "shipping freight, not mail forwarding",
    ),
    (
        "need a bank account for our new GmbH",
        "community seed bank, heirloom varieties",
        "business banking, not a seed bank",
    ),
    (
        "need soil testing before i plant",
        "home blood test kits, vitamin D & iron",
        "soil tests, not blood tests",
    ),
    (
        "need someone to shoot my product photos",
        "clay pigeon shooting days, corporate groups",
        "photography, not shooting sport",
    ),
    (
        "need a structural engineer for a retaining wall",
        "sound engineer, live gigs & podcasts",
        "both engineers, completely different jobs",
    ),
    (
        "need a sound engineer for my live podcast taping",
        "structural engineer, residential alterations",
        "audio engineer, not buildings",
    ),
    (
        "looking to rebrand my bakery",
        "brand ambassador looking for brands to work with",
        "the offer is a creator seeking brands, not a branding designer",
    ),
    (
        "need a mentor, first year running my own business",
        "also looking for a mentor here!",
        "the offer is itself the same need",
    ),
    (
        "need a model for my knitwear shoot",
        "financial modelling, 3 statement models for raises",
        "fashion model vs spreadsheet models",
    ),
    (
        "need a driver for our delivery van",
        "device driver development, embedded linux",
        "vehicle driver vs software drivers",
    ),
    (
        "need maternity cover for my salon",
        "life insurance cover for new parents",
        "staff cover vs insurance cover",
    ),
    (
        "casting actors for a short film",
        "cast iron radiator restoration",
        "film cast vs cast iron",
    ),
    (
        "need a script writer for my youtube vids",
        "python scripts to automate your spreadsheets",
        "video scripts vs code scripts",
    ),
    (
        "my posture is awful from hunching over the laptop",
        "security posture assessments for fintechs",
        "body posture vs cyber security posture",
    ),
    (
        "need a cleaner for the clinic 2 eves a week",
        "data cleaning & deduplication for CRMs",
        "cleaning premises, not data",
    ),
    (
        "want to work on my core strength",
        "core banking system migration consultant",
        "abdominal core vs core banking",
    ),
    (
        "need beehives on the avocado farm for pollination",
        "Hive smart thermostat installer",
        "bees, not a thermostat brand",
    ),
    (
        "need a runner on set for a two day shoot",
        "running coach, marathon training plans",
        "production runner vs running coach",
    ),
    (
        "need a grip for a music video shoot saturday",
        "grip strength & climbing training sessions",
        "film crew grip vs hand strength",
    ),
    (
        "need milk supply for our cheese co-op",
        "lactation consultant, help with low milk supply",
        "dairy milk vs breastfeeding",
    ),
    (
        "need a contractor to do our loft conversion",
        "IR35 & contractor accountancy, £120/mo",
        "builder vs accountants for freelance contractors",
    ),
    (
        "need a physio for my knee",
        "physio equipment supplier, treatment couches & TENS",
        "treatment for a patient, not clinic equipment",
    ),
    (
        "want solar panels on my house",
        "solar project finance fund, utility scale 50MW+",
        "home install vs utility scale finance",
    ),
    (
        "need a lawyer for my divorce",
        "contract automation software for law firms",
        "personal legal help vs tools sold to firms",
    ),
    (
        "need my podcast edited every week",
        "podcast guest booking, we get you on top shows",
        "same field, different service: editing vs guest booking",
    ),
    (
        "need soil tested before planting",
        "topsoil & compost delivery, per tonne",
        "same field, different service: testing vs selling soil",
    ),
    (
        "need an electrician to fix the lights",
        "electrical engineering tutor, uni level",
        "repair trade vs academic tutoring",
    ),
    (
        "need someone to run our socials",
        "social worker, family support services",
        "social media vs social work",
    ),
    (
        "need better thumbnails for my channel",
        "nail tech, gel & acrylics, home salon",
        "thumbnail images, not nails",
    ),
    (
        "need a packaging designer for our cereal box",
        "packing & moving service, boxes supplied",
        "product packaging design vs house moves",
    ),
    (
        "want to pitch to investors, need practice",
        "tar & pitch flat roof repairs",
        "a sales pitch, not roofing pitch",
    ),
    (
        "need a booking system for my clinic",
        "booking agent for comedians & speakers",
        "appointment software vs talent booking",
    ),
    (
        "need someone to look at our consent flow for GDPR cookies",
        "building consent lodgement, auckland council",
        "data consent vs building consent",
    ),
    (
        "need a hand with my tax return",
        "tax free childcare scheme info for parents",
        "the offer doesnt prepare tax returns",
    ),
    (
        "stuck at 900 subs, need growth help",
        "sub sandwiches catering for events",
        "subscribers, not sandwiches",
    ),
    (
        "need a trainer to help our puppy stop jumping on ppl",
        "PT, strength & conditioning, 1:1 at my gym",
        "dog training vs personal training",
    ),
    (
        "need cover for my clinic rooms while im on leave",
        "cover band for weddings & parties",
        "locum practitioner cover vs a music band",
    ),
    (
        "need some shorts cut from my podcast",
        "custom board shorts, screen printed",
        "short videos, not clothing",
    ),
]
