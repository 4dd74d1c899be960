"""The fifteenth hold-out set: written blind, by someone who never saw the matcher or its lexicon.

A restaurant and bar owners' meetup in Manchester, a nonprofit and charity leaders' breakfast in
Chicago, a makerspace open night in Melbourne, a medtech founders' mixer in Boston, an equestrian
and horse-owners' business fair in Kentucky, a fashion and textile designers' network in Milan
(English-speaking), and a chamber of commerce evening in Auckland.

Written so that a need and its offer share as few words as possible. Measured blind, figures only:
35 of 121 pairs (28.9 %) and 5 decoys of 54 with the lexicon and matcher as the thirteenth set's
round began. Never tuned on: its misses are not shown by the benchmark and have not been read, so
that it keeps saying how a fresh event fares.
"""

from __future__ import annotations

NEVER_TUNED = True  # the benchmark never shows its misses

MATCHES: list[tuple[str, str, str]] = [
    # hospitality: Manchester restaurant & bar owners
    (
        "kitchen extract cleaning",
        "grease is literally dripping off the canopy above the fryers",
        "TR19 ductwork & hood degreasing, out of hours, certs for your insurer",
    ),
    (
        "kitchen extract cleaning",
        "insurance renewal wants proof the extraction's been done",
        "we strip and steam filters, fans and ducting in commercial kitchens",
    ),
    (
        "commercial dishwasher repair",
        "glasswasher leaving pints cloudy & smeary",
        "warewash engineer - winterhalter, classeq, hobart, same day callouts",
    ),
    (
        "commercial dishwasher repair",
        "pot wash machine won't drain, kitchen flooding mid service",
        "repairs & servicing of catering dish machines across greater manc",
    ),
    (
        "beer line cleaning",
        "lager pouring all froth and regulars say it tastes off",
        "cellar tech: weekly line cleans, python & cooler checks, cask marque prep",
    ),
    (
        "beer line cleaning",
        "cask ales going sour way too fast",
        "pub cellar hygiene contracts, pipes flushed every 7 days",
    ),
    (
        "premises licence",
        "want to open til 2am weekends, council said we need a variation",
        "licensing solicitor - TENs, DPS changes, hearings",
    ),
    (
        "premises licence",
        "neighbours complained and now there's a review hearing 😬",
        "ex-police licensing officer, I represent pubs & clubs at committee",
    ),
    (
        "food safety compliance",
        "EHO gave us a 2 star, need to get back to 5",
        "HACCP plans, allergen matrix, mock inspections for restaurants",
    ),
    (
        "food safety compliance",
        "no idea how to write an SFBB pack for the new site",
        "I set up hygiene management systems for new kitchens",
    ),
    (
        "food safety compliance",
        "natasha's law stickers for our grab & go, help?",
        "PPDS labelling & allergy compliance for food-to-go counters",
    ),
    (
        "pest control",
        "saw droppings behind the walk-in this morning",
        "rodent & insect control for restaurants, unmarked vans, monthly visits",
    ),
    (
        "pest control",
        "fruit flies all over the bar no matter what we do",
        "BPCA technician - mice, cockroaches, proofing",
    ),
    (
        "EPOS / till system",
        "till freezes every friday rush, queue out the door",
        "cloud point of sale for bars, tablet ordering, card terminals",
    ),
    (
        "EPOS / till system",
        "want QR order-at-table like the big chains have",
        "hospitality EPOS installs with pay-from-your-phone apps",
    ),
    (
        "hospitality recruitment",
        "can't find a sous chef for love nor money",
        "recruiter placing kitchen brigades across the north west",
    ),
    (
        "hospitality recruitment",
        "losing bartenders every month, need a pipeline",
        "temp & perm front of house staffing agency",
    ),
    (
        "cocktail menu consultancy",
        "drinks list is boring and GP on spirits is awful",
        "bar consultant: cocktail menus, batching, costings, team training",
    ),
    (
        "cocktail menu consultancy",
        "want a signature serve for the new rooftop",
        "mixologist for hire, bespoke drinks development",
    ),
    # nonprofit: Chicago charity leaders
    (
        "grant writing",
        "foundation RFP due in 3 wks and nobody to draft it",
        "ex-program officer, now I write proposals for 501(c)(3)s",
    ),
    (
        "grant writing",
        "looking for someone to help us apply for federal money",
        "grant writer - HUD, DOJ, SAMHSA applications, 80% success rate",
    ),
    (
        "grant writing",
        "we keep getting rejected by the big family foundations",
        "I review & rewrite submissions to private funders before you hit send",
    ),
    (
        "board governance",
        "our board barely shows up and nobody fundraises",
        "I coach nonprofit directors on term limits & give/get policies",
    ),
    (
        "board governance",
        "bylaws are from 1987 and nobody follows them",
        "nonprofit attorney: governance docs, conflict of interest policies",
    ),
    (
        "donor database",
        "donor list lives in 4 different spreadsheets 😩",
        "salesforce NPSP & bloomerang implementations for small orgs",
    ),
    (
        "donor database",
        "can't tell who gave last year vs who lapsed",
        "fundraising CRM consultant, data cleanup, retention reports",
    ),
    (
        "volunteer management",
        "people sign up to help then never show",
        "volunteer engagement consultant: onboarding, scheduling, retention",
    ),
    (
        "volunteer management",
        "need 40 pairs of hands for a food drive saturday",
        "corporate volunteering matchmaker, I bring employee teams to community projects",
    ),
    (
        "nonprofit audit & 990",
        "first form 990 and our treasurer is panicking",
        "CPA firm for tax-exempt orgs: single audits, fund accounting",
    ),
    (
        "nonprofit audit & 990",
        "funder wants audited financials and we've never had one",
        "independent auditor for charities & NFPs, fixed fees",
    ),
    (
        "fundraising event production",
        "spring benefit dinner and the committee is burnt out",
        "event producer for galas, silent auctions & paddle raises",
    ),
    (
        "fundraising event production",
        "want to try a charity 5k but no clue where to start",
        "I run race days: permits, chip timing, bibs, sponsors",
    ),
    (
        "impact evaluation",
        "funders keep asking for outcomes data we don't have",
        "program evaluator: logic models, surveys, dashboards",
    ),
    (
        "impact evaluation",
        "need to prove our mentoring program actually works",
        "independent mixed-methods evaluation, worked with united way agencies",
    ),
    # making: Melbourne makerspace
    (
        "3D printing",
        "need a little plastic bracket for my prototype, only have the STL",
        "FDM & resin print farm, PETG/ASA/nylon, 48hr turnaround",
    ),
    (
        "3D printing",
        "cosplay helmet file ready, no machine to make it",
        "resin printing service, sanded & primed if you want",
    ),
    (
        "laser cutting",
        "want 200 acrylic keyrings for my market stall",
        "CO2 laser bureau, ply/perspex/leather, send me an svg",
    ),
    (
        "laser cutting",
        "need engraved timber coasters for a wedding",
        "laser etching on wood, glass and anodised aluminium",
    ),
    (
        "CNC machining",
        "need a handful of aluminium parts milled to a drawing",
        "small-batch machinist, 3-axis & lathe, 6061 and brass",
    ),
    (
        "CNC machining",
        "motorbike needs a one-off spacer, no shop will touch qty 1",
        "happy to turn single parts, fitting & turning background",
    ),
    (
        "electronics design",
        "my arduino prototype is a rat's nest of jumper wires",
        "I design PCBs in KiCad and get boards fabbed + assembled",
    ),
    (
        "electronics design",
        "want my LED lamp controllable from my phone",
        "embedded dev: ESP32, BLE, firmware & app hookup",
    ),
    (
        "electronics design",
        "who can lay out the circuit board for our wearable sensor?",
        "hardware engineer, low-power medical wearables, IEC 60601 experience",
    ),
    (
        "welding",
        "gate hinge snapped clean off",
        "mobile welder, MIG/TIG, steel & ali, domestic & rural",
    ),
    (
        "welding",
        "want a heavy-duty base built for my workbench top",
        "metal fab: custom frames, brackets, balustrades",
    ),
    (
        "welding",
        "stock trailer floor rusted through and a hinge is cracked",
        "ag equipment welding & fabrication, I come out to the farm",
    ),
    (
        "bespoke woodwork",
        "looking for a walnut dining table that seats 10",
        "furniture maker, solid hardwoods, commissions open",
    ),
    (
        "bespoke woodwork",
        "want the bar top made from reclaimed timber",
        "joiner - custom counters, shelving, live-edge slabs",
    ),
    (
        "sewing machine repair",
        "my industrial juki keeps skipping stitches",
        "technician for domestic & industrial machines, servicing & timing",
    ),
    (
        "sewing machine repair",
        "overlocker tension is all over the place",
        "I service sergers & coverstitch machines, melbourne north",
    ),
    # medtech: Boston founders
    (
        "FDA regulatory",
        "device needs clearance before we can sell in the US",
        "regulatory affairs: 510(k), De Novo, pre-sub meetings",
    ),
    (
        "FDA regulatory",
        "not sure if our app counts as a medical device or not",
        "SaMD strategist, EU MDR & US classification questions",
    ),
    (
        "FDA regulatory",
        "got an additional information letter and 180 days to answer",
        "ex-FDA reviewer, I help teams respond to deficiency letters",
    ),
    (
        "quality management system",
        "notified body audit in 2 months and our QMS is a google drive",
        "I stand up ISO 13485 systems for early-stage device cos",
    ),
    (
        "quality management system",
        "need design controls & a DHF before we freeze the design",
        "quality engineer: design history files, risk mgmt per 14971, CAPA",
    ),
    (
        "clinical study",
        "need to run a first-in-human pilot at a couple of hospitals",
        "CRO for early feasibility studies, IRB submissions, site management",
    ),
    (
        "clinical study",
        "looking for sites & PIs for a 60-patient trial",
        "clinical research network across 12 academic medical centers",
    ),
    (
        "biocompatibility testing",
        "need to show the silicone strap is safe on skin for 30 days",
        "GLP lab: ISO 10993 cytotoxicity, sensitization, irritation",
    ),
    (
        "biocompatibility testing",
        "reviewer asked for tox data on our catheter material",
        "biological evaluation plans & chemical characterization",
    ),
    (
        "reimbursement",
        "hospitals love it but ask how they'll get paid for using it",
        "market access: CPT codes, payer dossiers, coverage strategy",
    ),
    (
        "reimbursement",
        "do we need a new billing code??",
        "health economics consultant, HEOR models, CMS pathways",
    ),
    (
        "human factors",
        "nurses keep pressing the wrong button in testing",
        "formative & summative usability studies, IEC 62366",
    ),
    (
        "human factors",
        "FDA wants validation that patients can use our home injector",
        "HF/UE study design, lay user recruiting, HFE reports",
    ),
    (
        "startup investment",
        "raising a seed round for surgical robotics",
        "angel group backing pre-series A device companies",
    ),
    (
        "startup investment",
        "need pre-seed money for our diagnostics spinout",
        "micro-VC, $250k first checks in life sciences",
    ),
    # equestrian: Kentucky horse owners
    (
        "farrier",
        "horse threw a shoe in the paddock again",
        "AFA certified, hot & cold shoeing, corrective work",
    ),
    (
        "farrier",
        "my mare's feet are cracking & chipping",
        "barefoot trimming & hoof rehab, central KY",
    ),
    (
        "equine vet",
        "gelding's been off his feed and lame on the left fore",
        "ambulatory veterinarian, lameness & dentistry, 24/7 emergencies",
    ),
    (
        "equine vet",
        "need a pre-purchase exam before I buy a 4yo",
        "DVM: PPEs, radiographs, scoping, lexington & georgetown",
    ),
    (
        "equine vet",
        "mare due in march, want someone on call for the birth",
        "reproductive vet: foaling, ultrasound, breeding management",
    ),
    (
        "horse transport",
        "need to ship two yearlings to ocala next month",
        "air-ride vans, coggins & health papers sorted",
    ),
    (
        "horse transport",
        "bringing a mare over from ireland",
        "international bloodstock shipping agent, quarantine & flights",
    ),
    (
        "hay & bedding supply",
        "running low on timothy for the winter",
        "small square bales, orchard grass & alfalfa, delivered by the ton",
    ),
    (
        "hay & bedding supply",
        "anyone selling straw near versailles?",
        "wheat straw & pine shavings, delivery to woodford county farms",
    ),
    (
        "farm fencing",
        "horses keep leaning through the rotten boards",
        "fencing crew: 4-board, vinyl, hot wire, gates",
    ),
    (
        "farm fencing",
        "need a new 20-acre paddock enclosed",
        "post & rail installers, oak planks, painted black",
    ),
    (
        "equine insurance",
        "what happens if our stallion dies? he's worth a fortune",
        "bloodstock agent for mortality & loss of use policies",
    ),
    (
        "equine insurance",
        "boarding barn needs cover for clients' horses",
        "care-custody-control liability for equine businesses",
    ),
    (
        "saddle fitting",
        "my gelding gets sore backed after rides",
        "certified fitter, flocking & tree checks, mobile",
    ),
    (
        "saddle fitting",
        "new saddle slips to the side on my mare",
        "independent saddle fitting, english & western, wool reflocks",
    ),
    # fashion & textiles: Milan designers
    (
        "pattern making",
        "I have sketches but no idea how to get them factory-ready",
        "pattern cutter: digital patterns in gerber, tech packs",
    ),
    (
        "pattern making",
        "need my sample sized up from S to XXL",
        "grading service, size sets, 2D & 3D CLO files",
    ),
    (
        "fabric sourcing",
        "need small qty of silk, mills want 500m minimum",
        "deadstock agent, low MOQ textiles from como & biella",
    ),
    (
        "fabric sourcing",
        "looking for certified organic cotton jersey",
        "sourcing agent, GOTS & OEKO-TEX suppliers",
    ),
    (
        "small-batch garment production",
        "looking for a factory that'll do 50 pieces, not 5000",
        "atelier doing short runs, cut-make-trim in lombardy",
    ),
    (
        "small-batch garment production",
        "who can sew my first collection of 8 styles?",
        "CMT workshop, low minimums, sampling through to bulk",
    ),
    (
        "fashion photography",
        "need images of the new collection for the website",
        "photographer: lookbooks, e-comm, on-model & flat lay",
    ),
    (
        "fashion photography",
        "want a campaign shoot in milan for SS27",
        "creative studio - styling, hair & makeup, location production",
    ),
    (
        "trademark protection",
        "someone is selling knockoffs of my logo on marketplaces",
        "IP lawyer: EUIPO filings, counterfeits, takedowns",
    ),
    (
        "trademark protection",
        "want to protect my brand name before launching in the US",
        "attorney for USPTO & madrid protocol registrations",
    ),
    (
        "translation",
        "our website is only in italian and we're pitching UK buyers",
        "IT>EN translator, fashion & luxury copy, native speaker",
    ),
    (
        "translation",
        "need our product descriptions in german & french",
        "localisation agency, 20 languages, e-commerce specialists",
    ),
    (
        "translation",
        "tour groups from shanghai can't read our menu",
        "mandarin translating & interpreting, NZSTI member",
    ),
    (
        "export & customs",
        "first shipment to australia, no clue about paperwork",
        "customs broker & freight forwarder, duties, HS codes, door to door",
    ),
    (
        "export & customs",
        "exporting manuka honey to japan, what certificates do we need?",
        "export documentation specialist, MPI certs, phytosanitary, incoterms",
    ),
    (
        "embroidery",
        "want our logo stitched onto 100 aprons",
        "commercial digitising, workwear & uniforms",
    ),
    (
        "embroidery",
        "want our barn name on saddle pads for the team",
        "monogramming & machine embroidery, horse blankets, polos",
    ),
    (
        "sustainability reporting",
        "buyers keep asking for our carbon footprint",
        "sustainability consultant: LCAs, scope 1-3, supply chain audits",
    ),
    (
        "sustainability reporting",
        "want to get B Corp certified",
        "I guide SMEs through the B impact assessment",
    ),
    # business services: Auckland chamber of commerce
    (
        "bookkeeping",
        "my receipts live in a shoebox",
        "xero-certified bookkeeper, GST returns sorted",
    ),
    (
        "bookkeeping",
        "spend every sunday reconciling the bank feed",
        "remote bookkeeping for tradies & cafes, fixed monthly fee",
    ),
    (
        "bookkeeping",
        "our treasurer quit and nobody's entering transactions",
        "quickbooks online bookkeeper for small nonprofits",
    ),
    (
        "IT support",
        "our wifi drops every afternoon",
        "managed IT for small offices: networks, M365, helpdesk",
    ),
    (
        "IT support",
        "new laptops for 6 staff, who sets them up?",
        "device setup, backups, on-call tech support",
    ),
    (
        "cybersecurity",
        "think someone's in our email, clients getting weird invoices",
        "incident response, M365 hardening, MFA rollout",
    ),
    (
        "cybersecurity",
        "broker sent a cyber questionnaire and I don't understand half of it",
        "vCISO for SMEs, policy writing & penetration testing",
    ),
    (
        "web design",
        "our site looks like it's from 2009",
        "I build fast squarespace & webflow sites for small businesses",
    ),
    (
        "web design",
        "customers say they can't book online from their phone",
        "web developer: mobile-first rebuilds, booking integrations",
    ),
    (
        "social media management",
        "nobody has posted on our insta in months",
        "content, reels & scheduling for hospo brands",
    ),
    (
        "social media management",
        "want more young people following our charity on tiktok",
        "short-form video creator for nonprofits & causes",
    ),
    (
        "HR & employment advice",
        "need to let someone go and don't want a personal grievance",
        "employment lawyer, ERA, restructures & disputes",
    ),
    (
        "HR & employment advice",
        "we have no contracts or handbook for our staff",
        "HR consultant: employment agreements, policies, onboarding",
    ),
    (
        "HR & employment advice",
        "chef walked out and is threatening a tribunal",
        "HR advisor for hospitality, ACAS early conciliation support",
    ),
    (
        "immigration",
        "want to hire a cook from overseas, how does the visa thing work?",
        "licensed immigration adviser, accredited employer work visas",
    ),
    (
        "immigration",
        "top engineer we want to hire is on F-1 OPT",
        "attorney: H-1B, O-1, green cards for startups",
    ),
    (
        "payroll",
        "holiday pay calcs are doing my head in",
        "payroll bureau, PAYE, kiwisaver, holidays act compliance",
    ),
    (
        "payroll",
        "paying 14 casuals weekly by hand",
        "outsourced wages for hospitality, RTI, pension auto-enrolment",
    ),
    (
        "graphic design",
        "need a logo that doesn't look like clip art",
        "brand identity designer, packaging too",
    ),
    (
        "graphic design",
        "our menus look amateur",
        "graphic designer for restaurants, signage, socials",
    ),
    (
        "commercial lease",
        "landlord wants a 30% rent hike at review",
        "commercial property advisor, lease negotiations",
    ),
    (
        "commercial lease",
        "looking for 150 sqm with a kitchen in ponsonby",
        "real estate agent, hospitality sites in central auckland",
    ),
]

DECOYS: list[tuple[str, str, str]] = [
    (
        "pot wash machine is leaking everywhere",
        "wholesale spare parts for commercial dishwashers, trade only",
        "sells parts to engineers; they need someone to come and fix it",
    ),
    (
        "need experienced bar staff for weekends",
        "bar exam tutor, illinois UBE prep",
        "a law exam coach, not hospitality staff",
    ),
    (
        "need a coach to tighten our investor pitch",
        "we maintain and re-turf football pitches",
        "pitch as in sports ground, not a presentation",
    ),
    (
        "need an accountant for our year-end",
        "accounts manager at a packaging firm, looking for new clients",
        "an account manager is a sales role, not an accountant",
    ),
    (
        "looking for a grant writer for our food pantry",
        "also hunting for a grant writer, anyone know one?",
        "both are asking for the same service",
    ),
    (
        "seeking seed investors for our device startup",
        "seeking investors for my startup",
        "both are raising money, neither invests",
    ),
    (
        "want to learn to sew my own clothes",
        "wholesale fabric by the bolt, trade accounts only",
        "sells bulk cloth to businesses, doesn't teach",
    ),
    (
        "need someone to redesign our website",
        "cheap web hosting & domain names",
        "hosting is not design work",
    ),
    (
        "need help with my own tax return",
        "payroll software for companies with 50+ employees",
        "a business payroll product, not personal tax help",
    ),
    (
        "mare lost a front shoe",
        "we sell riding boots & show shoes for riders",
        "footwear for people, not a farrier",
    ),
    (
        "need a vet for my lame horse",
        "veteran-owned landscaping company",
        "'vet' as in veteran, not veterinarian",
    ),
    (
        "need a saddle fitter for my warmblood",
        "bike saddle & cycling fit studio",
        "bicycle saddles, not horse saddles",
    ),
    (
        "need a mare shipped to florida",
        "we ship e-commerce parcels nationwide, 3PL",
        "parcel logistics can't carry live horses",
    ),
    (
        "running low on hay for winter",
        "grass-fed beef from our farm, sold by the quarter",
        "another farm product, not forage",
    ),
    (
        "need new board fencing around the paddock",
        "fencing coach, foil & epee classes",
        "the sport of fencing, not farm fences",
    ),
    (
        "our nonprofit board needs new members",
        "custom charcuterie & grazing boards for events",
        "food boards, not a board of directors",
    ),
    (
        "need a patent attorney for our catheter design",
        "attorney for DUI & traffic tickets",
        "same profession, wrong specialty",
    ),
    (
        "need FDA clearance for our device",
        "FDA-registered food facility, co-packing sauces",
        "food facility registration, not device regulatory help",
    ),
    (
        "looking for a clinical trial site",
        "clinic room to rent for physios & massage therapists",
        "renting treatment rooms isn't running a study",
    ),
    (
        "need a CRO to run our pilot study",
        "CRO - conversion rate optimisation for shopify stores",
        "CRO as in web conversion, not contract research",
    ),
    (
        "need a pattern cutter for my collection",
        "knitting patterns & yarn kits for beginners",
        "hobby knitting patterns, not garment pattern cutting",
    ),
    (
        "need a factory for 200 knit jumpers",
        "factory outlet selling last season's knitwear",
        "a shop selling finished stock, not manufacturing",
    ),
    (
        "want models for our runway show",
        "3D modelling for product renders",
        "digital models, not fashion models",
    ),
    (
        "need a fashion photographer for our lookbook",
        "photo booth hire for weddings & parties",
        "a party booth, not a fashion shoot",
    ),
    (
        "need our brand name trademarked",
        "branding irons for cattle & custom leather",
        "a physical brand, not IP law",
    ),
    (
        "need translation of our website into english",
        "translational research lab partnering on oncology",
        "translational science, not language services",
    ),
    (
        "need a customs broker for our first export",
        "custom tailoring, made-to-measure suits",
        "custom tailoring, not customs clearance",
    ),
    (
        "need a bookkeeper, receipts everywhere",
        "secondhand bookshop, we buy whole collections",
        "books, not bookkeeping",
    ),
    (
        "need someone to fix the office network",
        "networking breakfast organiser, come meet local businesses",
        "business networking events, not computer networks",
    ),
    (
        "think our email got hacked",
        "growth hacking for startups, paid ads & funnels",
        "growth hacking is marketing, not security",
    ),
    (
        "need a website designer",
        "interior designer for homes",
        "same title, different field",
    ),
    (
        "someone to manage our social media",
        "social club for retirees, weekly outings",
        "a social club, not social media",
    ),
    (
        "need an HR person to sort our contracts",
        "HR software, 500+ seat enterprise licences",
        "enterprise software, not someone to write a small firm's contracts",
    ),
    (
        "work visa for a chef from overseas",
        "visa & mastercard terminals for cafes",
        "card payments, not immigration",
    ),
    (
        "need a payroll provider",
        "also looking for a payroll provider for our 3 cafes",
        "both asking",
    ),
    (
        "need a logo designed",
        "logo printing on pens, mugs & lanyards",
        "prints an existing logo on merch, doesn't design one",
    ),
    (
        "looking for a commercial lease in ponsonby",
        "residential property manager, rentals & tenancies",
        "homes, not commercial sites",
    ),
    (
        "need a part 3D printed",
        "we sell 3D printers & filament wholesale",
        "sells machines and supplies, doesn't print for you",
    ),
    (
        "want acrylic signs laser cut",
        "laser hair removal & skin clinic",
        "a beauty clinic laser",
    ),
    (
        "need aluminium brackets machined",
        "second-hand lathes & mills for sale",
        "sells machines, doesn't make parts",
    ),
    (
        "need a PCB designed for my prototype",
        "electrician, house rewires & switchboards",
        "domestic electrical work, not circuit design",
    ),
    (
        "snapped gate hinge needs welding",
        "welding course for beginners, 6-week evening class",
        "a class, not someone to do the repair",
    ),
    (
        "want a custom dining table made",
        "table reservations app for restaurants",
        "table bookings software, not furniture",
    ),
    (
        "my singer keeps jamming mid-seam",
        "sewing classes for kids, school holidays",
        "lessons, not a technician",
    ),
    (
        "mice in the dry store",
        "pet shop - fancy mice, rats & supplies",
        "sells pet rodents, doesn't remove them",
    ),
    (
        "need a donor database",
        "blood donor drive organiser, mobile bus",
        "blood donors, not fundraising data",
    ),
    (
        "need volunteers for saturday's park cleanup",
        "volunteer fire brigade recruiting members",
        "another group also seeking volunteers",
    ),
    (
        "need an audit for our funder",
        "energy audits for commercial buildings",
        "an energy audit, not a financial one",
    ),
    (
        "need someone to run our gala",
        "gala apples wholesale from our orchard",
        "apples, not event production",
    ),
    (
        "need mortality cover for our stallion",
        "stallion at stud, fee $15k live foal",
        "offers breeding, not insurance",
    ),
    (
        "lager going flat, lines need a clean",
        "craft lager brewery looking for new stockists",
        "sells beer, doesn't clean lines",
    ),
    (
        "need a premises licence variation",
        "software licensing compliance for enterprises",
        "software licences, not alcohol licensing",
    ),
    (
        "EHO gave us a low rating",
        "google review management, get more 5-star reviews",
        "online reviews, not hygiene ratings",
    ),
    (
        "till system freezes on busy nights",
        "we rotavate & till garden beds",
        "tilling soil, not shop tills",
    ),
]
