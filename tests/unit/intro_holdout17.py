"""The seventeenth hold-out set: written blind, by someone who never saw the matcher or its lexicon.

A hospitality and food-trades meetup in Manchester, an immigrant entrepreneurs' network in
Toronto, a tech and startups evening in Cape Town, a makers' market vendors' mixer in Austin, an
SME and exporters' evening in Singapore (English), a rural chamber of commerce in Iowa, and an
arts, charities and nonprofits meetup in Melbourne.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 80 of 161 pairs (49.7 %) and 11 decoys of 67 with the
lexicon and matcher as the sixteenth set's round began, 81 (50.3 %) and 10 as it ended. Then
tuned on, in the eighteenth set's round: 148 (91.9 %) and 1 decoy as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

MATCHES: list[tuple[str, str, str]] = [
    # money, tax and admin
    (
        "bookkeeping",
        "anyone know a bookkeeper who does restaurants? ours quit",
        "bookkeeper for hospo - xero, dext, tips & tronc, weekly or monthly",
    ),
    (
        "bookkeeping",
        "3 market stalls and i still track sales in a notebook",
        "i do the books for craft sellers & small makers, quickbooks/wave, flat $150/mo",
    ),
    (
        "bookkeeping",
        "grant acquittals due and our books arent reconciled",
        "not-for-profit bookkeeper, MYOB & xero, acquittal ready reports",
    ),
    (
        "payroll",
        "going from 4 staff to 15 for summer, payroll is going to be chaos",
        "payroll bureau - RTI, pension auto enrolment, payslips by email, from £5/employee",
    ),
    (
        "payroll",
        "need someone to run payroll for our seasonal farm crew",
        "ag payroll & H-2A paperwork, direct deposit, W-2s at year end",
    ),
    (
        "payroll",
        "staff keep getting paid late bc i do it myself on friday nights",
        "outsourced payroll for SMEs: CPF, IR8A, monthly runs, MOM compliant",
    ),
    (
        "tax preparation",
        "first year filing taxes in canada as self employed, totally lost",
        "CPA - personal & small biz returns, T1/T2, newcomers welcome, mandarin & punjabi spoken",
    ),
    (
        "tax preparation",
        "need a cpa who knows farm taxes, schedule F",
        "farm & ag tax returns, equipment depreciation, 20+ yrs in the county",
    ),
    (
        "tax preparation",
        "hmrc letter about my self assessment, havent filed in 2 yrs",
        "chartered accountant - sole traders & landlords, late returns sorted, fixed fees",
    ),
    (
        "sales tax registration",
        "turnover about to pass 1m, do i have to register for gst?",
        "GST registration & quarterly F5 filing, IRAS queries handled",
    ),
    (
        "sales tax registration",
        "selling online across canada now, no clue which sales taxes i charge",
        "sales tax compliance for ecom sellers - GST/HST/PST registrations & returns",
    ),
    (
        "sales tax registration",
        "texas comptroller sent me a letter about a sales tax permit??",
        "i help makers get their TX sales & use tax permit and file quarterly",
    ),
    (
        "audit",
        "grant says we need audited accounts because we went over 250k",
        "registered company auditor, NFP audits & reviews, ACNC reporting",
    ),
    (
        "audit",
        "need a financial review for our association before the AGM",
        "charity audits and reviewed financial reports, fixed fee for small associations",
    ),
    (
        "small business financing",
        "bank said no to a loan, i have no canadian credit history",
        "small business lending advisor - newcomer programs, CSBFP, microloans",
    ),
    (
        "small business financing",
        "need about 40k to open the bakery",
        "business loan & equipment lease broker, startup financing, 30+ lenders",
    ),
    # insurance
    (
        "business insurance",
        "market wants a certificate of insurance naming them, i have nothing",
        "independent agent - general liability for vendors & crafters, COIs same day",
    ),
    (
        "business insurance",
        "landlord wants proof of insurance before we open the bar",
        "commercial insurance for pubs, bars & restaurants: buildings, contents, liability, BI",
    ),
    (
        "business insurance",
        "our volunteers run events and we have no cover at all",
        "insurance for community orgs & NFPs - public liability, volunteer personal accident, D&O",
    ),
    (
        "crop insurance",
        "need to sort crop insurance before the sales closing date",
        "crop insurance agent, RP & yield protection, prevent plant claims",
    ),
    (
        "crop insurance",
        "hail took 40% of the beans last year and i wasnt covered",
        "licensed crop-hail & multi peril agent serving 6 counties",
    ),
    # legal, immigration and paperwork
    (
        "immigration advice",
        "my work permit expires in august and employer wont do the LMIA",
        "RCIC licensed consultant - work permits, PR, express entry, spousal sponsorship",
    ),
    (
        "immigration advice",
        "want to bring my brother over to work in the restaurant, how?",
        "immigration lawyer, business & family immigration, free 15 min consult",
    ),
    (
        "immigration advice",
        "need help with my PR application",
        "regulated canadian immigration consultant, CRS profiles, PNP, document review",
    ),
    (
        "work pass applications",
        "hiring an engineer from india, how do we get his employment pass",
        "EP / S pass applications, MOM compliance, for SMEs and startups",
    ),
    (
        "work pass applications",
        "our S pass application got rejected twice",
        "work pass consultant - appeals, dependant passes, quota advice",
    ),
    (
        "company incorporation",
        "want to set up a pty ltd before we take the first cheque",
        "startup lawyer: CIPC registration, MOIs, shareholder agreements, SAFEs",
    ),
    (
        "company incorporation",
        "sole prop now but a big client wants me to be a corporation",
        "incorporate in ontario or federally, minute books, annual returns - $850 flat",
    ),
    (
        "company incorporation",
        "want to start a company in singapore but im a foreigner",
        "corporate secretarial - ACRA incorporation, nominee director, registered address",
    ),
    (
        "trademark registration",
        "someone on etsy is using my shop name",
        "trademark attorney, USPTO filings, cease & desist letters for small brands",
    ),
    (
        "trademark registration",
        "want to protect our brand name in asean before launch",
        "IP agent: trade mark filings SG/MY/ID/TH, madrid protocol",
    ),
    (
        "trademark registration",
        "how do i stop another app using our name",
        "IP attorney - trade marks & copyright, local and international filings",
    ),
    (
        "charity registration",
        "we want people to be able to claim their donations on tax",
        "ACNC registration, DGR endorsement applications, constitutions for community groups",
    ),
    (
        "charity registration",
        "donors keep asking if we're tax deductible and we dont know",
        "not-for-profit lawyer: DGR status, incorporated associations, charity law",
    ),
    (
        "charity registration",
        "need to register with the CRA as a charity",
        "charity law - CRA registration, T3010 help, for cultural & community orgs",
    ),
    (
        "certified translation",
        "need my degree translated from arabic for the WES assessment",
        "certified translator (ATIO), arabic/french > english, 48hr turnaround",
    ),
    (
        "certified translation",
        "ministry wont accept my own translation of my birth certificate",
        "sworn translations spanish & portuguese, accepted by IRCC and ontario govt",
    ),
    (
        "business translation",
        "distributor in jakarta wants our catalogue in bahasa",
        "translation EN > bahasa indonesia / malay / thai, product catalogs, packaging copy",
    ),
    (
        "business translation",
        "chinese buyers keep emailing and i answer with google translate",
        "mandarin-english business translator & interpreter - trade fairs, emails, contracts",
    ),
    (
        "business english coaching",
        "clients get my product but not my accent on calls",
        "accent & business english coach for professionals, 1:1 on zoom",
    ),
    (
        "business english coaching",
        "i need to practise english for meetings with suppliers",
        "ESL tutor, workplace english - emails / presentations / negotiating, evenings",
    ),
    (
        "resume writing",
        "engineer back home, here i only get warehouse interviews",
        "career coach for newcomers: canadian style resumes, linkedin, interview prep",
    ),
    (
        "resume writing",
        "applied to 80 jobs, zero callbacks",
        "resume & cover letter writer, ATS friendly, $120 flat",
    ),
    (
        "commercial real estate",
        "looking for a storefront in scarborough, under 1500 sq ft",
        "commercial realtor, retail & restaurant leases, GTA east",
    ),
    (
        "commercial real estate",
        "landlord wants a 10 yr lease, is that normal??",
        "tenant rep broker - lease negotiation for small businesses, no cost to tenant",
    ),
    # hospitality and food trades
    (
        "kitchen extraction cleaning",
        "insurer wants proof our extraction has been cleaned",
        "TR19 grease duct cleaning, certificates provided, out of hours",
    ),
    (
        "kitchen extraction cleaning",
        "canopy over the grill is literally dripping fat",
        "kitchen canopy, filter & ductwork deep cleans - restaurants, takeaways",
    ),
    (
        "pest control",
        "found droppings in the dry store, EHO due next month",
        "pest control tech, BPCA - mice, rats, flies, commercial contracts & reports",
    ),
    (
        "pest control",
        "need a pest control contract for the bakery, monthly visits",
        "commercial pest management: monitoring, proofing, fly units, food premises",
    ),
    (
        "pest control",
        "mice in the grain bins again",
        "rodent control for farms & grain storage, bait stations, licensed applicator",
    ),
    (
        "food hygiene training",
        "2 new starters need their level 2 food hygiene by saturday",
        "level 2 & 3 food safety courses, on site for your team or online",
    ),
    (
        "food hygiene training",
        "inspector said my team needs allergen training",
        "allergen awareness & HACCP training for kitchens, certificates same day",
    ),
    (
        "hospitality staffing",
        "short 3 chefs for christmas and the agency let us down",
        "chef & front of house agency staff, temp & perm, manchester / salford",
    ),
    (
        "hospitality staffing",
        "need bar staff for a wedding on the 14th",
        "event staffing - bartenders, waiting staff, runners, from £14/hr",
    ),
    (
        "alcohol licensing",
        "opening a second site in march, no idea about licences",
        "licensing consultant - premises licences, variations, personal licence holders",
    ),
    (
        "alcohol licensing",
        "want to stay open till 2am weekends, council says we need a variation",
        "licensing solicitor, hospitality & late night, TENs, appeals",
    ),
    (
        "alcohol licensing",
        "want to sell wine at our gallery openings, is that allowed?",
        "liquor licence applications VIC - limited & temporary licences for events",
    ),
    (
        "commercial refrigeration repair",
        "walk in fridge sitting at 9 degrees",
        "fridge & freezer engineer, F-gas certified, 24/7 callouts for kitchens",
    ),
    (
        "commercial refrigeration repair",
        "display chiller keeps icing up",
        "commercial refrigeration servicing: cold rooms, back bars, display units",
    ),
    (
        "coffee machine servicing",
        "grouphead leaking and shots pulling sour",
        "espresso machine tech - service, descale, repairs, loan machines",
    ),
    (
        "coffee machine servicing",
        "need someone to service our 2 group espresso machine",
        "barista equipment repairs & servicing, grinders too, same week",
    ),
    (
        "menu design",
        "our menus are a laminated word doc from 2015",
        "graphic designer for restaurants - menus, chalkboards, branding",
    ),
    (
        "menu design",
        "need menus redesigned and printed for the relaunch",
        "menu design + print, QR menus, allergen layouts, quick turnaround",
    ),
    (
        "food photography",
        "delivery app photos make our food look grim",
        "food photographer & stylist, menu shoots, delivery platforms, half day rates",
    ),
    (
        "food photography",
        "need a photographer for the new menu",
        "i shoot food & drinks for cafes, bars and restaurants 📸",
    ),
    (
        "commercial cleaning",
        "need cleaners for the restaurant after close, 6 nights",
        "night cleaning crews for hospitality, fully insured, deep cleans available",
    ),
    (
        "commercial cleaning",
        "our co-working floor is gross by wednesday",
        "office cleaning contracts daily/weekly, eco products, CBD & southern suburbs",
    ),
    (
        "electrician",
        "need a sparky for the new kitchen fit out",
        "electrical contractor - commercial kitchens, 3 phase, EICRs",
    ),
    (
        "electrician",
        "breaker keeps tripping when the grain dryer kicks on",
        "licensed electrician, farm & commercial, 3 phase, generators",
    ),
    (
        "venue hire",
        "want to run a supper club but dont have a place",
        "our restaurant's private dining room is free mon-tue, hire it out",
    ),
    (
        "venue hire",
        "need a space for a 120 person fundraiser dinner",
        "warehouse venue for hire, brunswick, 150 seated, in-house bar",
    ),
    (
        "venue hire",
        "looking for a room for monthly workshops, cheap",
        "community hall hire $35/hr, kitchen, chairs, accessible",
    ),
    # tech and startups
    (
        "web development",
        "our website is a wix page my cousin made",
        "full stack dev - react, node, wordpress, ecommerce, from R15k",
    ),
    (
        "web development",
        "need a developer to build our marketplace MVP",
        "freelance dev team, MVPs in 8 weeks, next.js / django / postgres",
    ),
    (
        "web development",
        "website breaks on phones and customers complain",
        "web developer: responsive sites, fixes, speed, wordpress & shopify",
    ),
    (
        "app development",
        "want an app where farmers can book our spray service",
        "mobile app developer, flutter, ios/android, bookings & payments",
    ),
    (
        "app development",
        "have the idea and the designs, need someone to actually build it",
        "we build ios & android apps for startups, fixed scope or monthly retainer",
    ),
    (
        "ux design",
        "users sign up then never come back",
        "product designer - UX research, onboarding flows, figma prototypes",
    ),
    (
        "ux design",
        "need a ux/ui designer for 3 months",
        "UI/UX freelancer, saas dashboards, design systems, user testing",
    ),
    (
        "seo",
        "customers keep saying they cant find us on google",
        "local SEO - google business profile, reviews, citations, from $300/mo",
    ),
    (
        "seo",
        "we rank on page 6 for our own product name",
        "SEO consultant, technical audits, content & link building, B2B saas",
    ),
    (
        "seo",
        "nobody finds the restaurant unless they walk past it",
        "i get restaurants & cafes showing up on google maps, manchester based",
    ),
    (
        "social media management",
        "havent posted on insta since june",
        "social media manager for small brands: content, scheduling, reels, DMs",
    ),
    (
        "social media management",
        "need someone to run our facebook & instagram, no time",
        "i run socials for cafes and makers - 12 posts/mo, stories, analytics",
    ),
    (
        "social media management",
        "our fundraiser post got 4 likes",
        "digital comms for charities - social campaigns, content calendars, community mgmt",
    ),
    (
        "devops",
        "site went down during our launch and we lost orders",
        "devops & cloud engineer - AWS/GCP, autoscaling, monitoring, on-call",
    ),
    (
        "devops",
        "aws bill tripled and nobody knows why",
        "cloud cost optimisation & infra audits, AWS certified architect",
    ),
    (
        "devops",
        "deploys are manual and take our dev a whole day",
        "CI/CD pipelines, docker/kubernetes, terraform - contract devops",
    ),
    (
        "cybersecurity",
        "big client wants a pen test report before they sign",
        "penetration testing & vulnerability assessments, OWASP, due diligence reports",
    ),
    (
        "cybersecurity",
        "we got phished and someone paid a fake invoice",
        "cyber security for SMEs: email security, staff training, incident response",
    ),
    (
        "data analytics",
        "we have 3 years of sales data and no idea what it says",
        "data analyst - dashboards in power bi / looker, sql, forecasting",
    ),
    (
        "data analytics",
        "need proper dashboards for investors, monthly metrics",
        "analytics engineer: KPI dashboards, dbt, metabase, startup metrics",
    ),
    (
        "pitch deck",
        "demo day in 3 weeks and our deck is 40 slides of text",
        "pitch deck design & storytelling for founders, investor ready",
    ),
    (
        "pitch deck",
        "need help with our seed round deck",
        "ex-VC, i help founders build decks & financial models for pre-seed/seed",
    ),
    (
        "it support",
        "wifi drops every time the card machine is used",
        "IT support for small offices & shops - networks, wifi, printers, remote help",
    ),
    (
        "it support",
        "laptops, emails, passwords, all a mess, 12 staff",
        "managed IT for SMEs, microsoft 365, helpdesk, fixed monthly per user",
    ),
    (
        "it support",
        "our volunteer who did all the IT moved to perth",
        "IT support for not-for-profits, discounted rates, M365 & google workspace",
    ),
    (
        "copywriting",
        "my product descriptions are just 'nice candle, smells good'",
        "copywriter for ecommerce & DTC brands - product pages, emails, about pages",
    ),
    (
        "copywriting",
        "website copy sounds like a robot wrote it",
        "freelance copywriter, web copy & tone of voice, saas and startups",
    ),
    # makers, products and selling
    (
        "product photography",
        "my etsy photos look like they were taken in a cave",
        "product photographer - white background, lifestyle, flat lays, $25/image",
    ),
    (
        "product photography",
        "need photos of 40 candles for the new site",
        "small batch product shoots for makers: jewelry, ceramics, candles 🕯️",
    ),
    (
        "packaging design",
        "my soap looks homemade, and not in a good way",
        "packaging & label designer for indie brands, dielines, print ready files",
    ),
    (
        "packaging design",
        "need packaging designed for our hot sauce line",
        "brand + packaging design for food & bev, FDA label layout",
    ),
    (
        "label printing",
        "hand-writing 200 jar labels every week",
        "custom roll labels & stickers, short runs, waterproof, 5 day turnaround",
    ),
    (
        "label printing",
        "need labels for my candles that dont peel off",
        "sticker & label printing: vinyl, BOPP, kraft, min 100",
    ),
    (
        "screen printing",
        "want our logo on 150 tees for the festival",
        "screen printing & embroidery, tees/hoodies/totes, no minimum on DTG",
    ),
    (
        "screen printing",
        "need merch for the band's booth",
        "custom apparel - screenprint, DTF, local pickup east side",
    ),
    (
        "ecommerce setup",
        "only sell at markets, want to sell online but dont know where to start",
        "shopify setup for makers - store build, payments, shipping rules, training",
    ),
    (
        "ecommerce setup",
        "need someone to move my shop from etsy to my own site",
        "shopify & squarespace store builds, product import, domain setup",
    ),
    (
        "card payments",
        "lost sales last weekend bc people didnt have cash",
        "mobile card readers & POS for markets, tap to pay, no monthly fee",
    ),
    (
        "card payments",
        "need a card reader that works without wifi",
        "POS systems w/ offline mode, pop-up & food truck setups",
    ),
    (
        "order fulfilment",
        "spending every evening packing orders on the kitchen floor",
        "3PL for small brands - pick, pack, ship, from 50 orders/mo",
    ),
    (
        "order fulfilment",
        "need a warehouse to store and ship my stock",
        "fulfillment center, storage + same day shipping, shopify integrated",
    ),
    (
        "booth display",
        "my booth looks flat next to everyone else's",
        "booth design & display builds for makers - shelving, signage, lighting",
    ),
    (
        "booth display",
        "need a banner and tablecloth with our logo for markets",
        "printed tablecloths, pop-up banners, flags for vendors & trade shows",
    ),
    (
        "signage",
        "shop sign blew down in the storm",
        "signs & shopfronts: fabrication, install, illuminated, vehicle graphics",
    ),
    (
        "signage",
        "new unit has no sign and couriers keep missing us",
        "signmaker - fascia signs, window vinyls, a-boards, fitted",
    ),
    (
        "logo design",
        "still using a logo i made in paint",
        "brand identity designer - logos, colour palettes, brand guidelines",
    ),
    (
        "logo design",
        "need a logo before the market in april",
        "logo & branding for small businesses, 3 concepts, from $400",
    ),
    (
        "videography",
        "want a short video for our crowdfunding page",
        "videographer - brand films, kickstarter videos, editing, drone",
    ),
    (
        "videography",
        "need our annual gala filmed",
        "event filming & highlight reels for charities, discounted NFP rates",
    ),
    (
        "hvac",
        "AC in the store died and its 100 degrees out",
        "heating & cooling repair, commercial rooftop units, same day service",
    ),
    (
        "hvac",
        "shop is an ice box all winter",
        "HVAC tech: furnaces, heat pumps, radiant heat for shops & barns",
    ),
    # exports, freight and trade
    (
        "freight forwarding",
        "first container to vietnam and i dont know who books it",
        "freight forwarder - FCL/LCL sea freight, air, door to door across SEA",
    ),
    (
        "freight forwarding",
        "need a forwarder for air shipments to the gulf",
        "air & ocean freight, DG cargo, consolidation to middle east & india",
    ),
    (
        "freight forwarding",
        "want to bring my spices in from india by sea",
        "international shipping: LCL from india/pakistan to the GTA, customs handled",
    ),
    (
        "customs brokerage",
        "shipment stuck at customs for 2 weeks",
        "licensed customs broker - clearance, HS classification, permits",
    ),
    (
        "customs brokerage",
        "need help with import permits & HS codes",
        "customs declarations via tradenet, HS code advice, certificates of origin",
    ),
    (
        "trade finance",
        "buyer wants 90 day terms and we cant float that",
        "trade finance adviser: invoice financing, LCs, supply chain finance for SMEs",
    ),
    (
        "trade finance",
        "bank asking for a letter of credit and i dont understand it",
        "LC & documentary collections specialist, ex-banker, i help exporters get paid",
    ),
    (
        "export market entry",
        "thinking of selling in indonesia, no idea where to start",
        "market entry consultant SEA - distributor search, regulations, partner visits",
    ),
    (
        "export market entry",
        "want to find a distributor in australia",
        "export advisory, market research, distributor shortlists, trade mission prep",
    ),
    (
        "halal certification",
        "malaysian buyer needs a halal cert before they'll order",
        "halal certification consultant - MUIS/JAKIM applications, audits, documentation",
    ),
    (
        "halal certification",
        "need to get our sauces halal certified",
        "halal compliance advisory for F&B manufacturers, kitchen audits",
    ),
    # farm and rural
    (
        "grain hauling",
        "need trucks at harvest, elevator line is 3 hrs",
        "grain hauling, 4 semis, hopper bottoms, harvest contracts",
    ),
    (
        "grain hauling",
        "my hired driver quit right before harvest",
        "custom hauling - grain, livestock, ag freight, CDL drivers",
    ),
    (
        "farm equipment repair",
        "combine threw a belt and the dealer is 3 weeks out",
        "mobile ag mechanic - combines, tractors, hydraulics, on farm repairs",
    ),
    (
        "farm equipment repair",
        "planter needs going through before spring",
        "planter & sprayer rebuilds, welding, fabrication, 30 yrs on green & red",
    ),
    (
        "large animal vet",
        "cattle coughing and two are off feed",
        "mixed practice vet, cattle/swine/horses, farm calls 24/7",
    ),
    (
        "large animal vet",
        "need a vet out to preg check the herd",
        "bovine vet - preg checks, herd health plans, calving calls",
    ),
    (
        "drone spraying",
        "fields too wet to get the sprayer in",
        "drone application services: fungicide, cover crop seeding, licensed",
    ),
    (
        "drone spraying",
        "need fungicide on 300 acres fast",
        "ag drone spraying, part 137 certified, 60+ acres/hr",
    ),
    (
        "water well services",
        "well water smells like rotten eggs",
        "water well drilling, pump service, water testing & treatment",
    ),
    (
        "water well services",
        "pump on the livestock well died",
        "well pump repair & replacement, 24hr, pressure tanks",
    ),
    (
        "rural internet",
        "internet out here is dial-up speed, cant even do zoom",
        "fixed wireless internet for rural homes & farms, 100mbps+, no data caps",
    ),
    (
        "rural internet",
        "need internet out at the machine shed",
        "rural broadband installer, point to point wifi links to outbuildings",
    ),
    (
        "farm succession planning",
        "dad is 78 and nothing is written down about the farm",
        "estate & succession planning for farm families - wills, trusts, LLCs",
    ),
    (
        "farm succession planning",
        "want to pass the farm to my daughter without a huge tax hit",
        "ag attorney, farm transition, gifting strategies, trust structures",
    ),
    # arts, charities and nonprofits
    (
        "grant writing",
        "we keep missing out on council grants",
        "grant writer for arts & community orgs, 70% success rate, council & state rounds",
    ),
    (
        "grant writing",
        "need someone to write our arts funding application",
        "freelance grant writer - arts funding, acquittals & reporting",
    ),
    (
        "grant writing",
        "foundation deadline is friday and nothing is written",
        "grants & submissions writer, trusts and foundations, fast turnaround",
    ),
    (
        "volunteer recruitment",
        "40 volunteers on paper and 6 who actually turn up",
        "volunteer program consultant - recruitment, rostering, retention",
    ),
    (
        "volunteer recruitment",
        "need more volunteers for the festival",
        "i help NFPs find & keep volunteers: campaigns, onboarding, volunteer platforms",
    ),
    (
        "board governance",
        "our board meetings go 3 hrs and nothing gets decided",
        "governance consultant for NFPs, board training, charters, GAICD",
    ),
    (
        "board governance",
        "need board policies written before the audit",
        "NFP governance & compliance: policies, risk registers, constitution reviews",
    ),
    (
        "donor crm",
        "donor list is spread across 4 spreadsheets",
        "CRM setup for charities - salesforce NPSP, donor data cleanup, training",
    ),
    (
        "donor crm",
        "cant tell who gave last year and who didnt",
        "fundraising database consultant, donor records, receipting, EOFY reports",
    ),
    (
        "accessibility consulting",
        "got feedback our gallery isnt wheelchair friendly",
        "access consultant - audits, DDA compliance, inclusive programming for the arts",
    ),
    (
        "accessibility consulting",
        "funder wants an access plan for our show",
        "accessibility & inclusion advisor: access plans, auslan, captioning, sensory sessions",
    ),
    (
        "printing",
        "need 500 flyers and a few posters for the exhibition",
        "print shop - posters, flyers, zines, risograph & digital",
    ),
    (
        "printing",
        "gala program has to be printed by thursday",
        "commercial printer, booklets & programs, quick turns, NFP discount",
    ),
]

DECOYS: list[tuple[str, str, str]] = [
    (
        "need a bar for the gallery opening, wine & beer",
        "tutor for the bar exam, licensing exams & NCA prep",
        "bar exam tutoring, not a drinks bar",
    ),
    (
        "need my accounts done for year end",
        "key accounts manager, FMCG sales, 10 yrs",
        "'accounts manager' is a sales title, not an accountant",
    ),
    (
        "need a developer to build our app",
        "property developer, mixed use sites in woodstock",
        "property developer, not a software developer",
    ),
    (
        "need someone to handle PR for our launch",
        "PR application support, express entry & CRS",
        "permanent residency, not public relations",
    ),
    (
        "need a carrier to get our goods to the US",
        "carrier bags printed with your logo, paper & cotton",
        "carrier bags, not a shipping carrier",
    ),
    (
        "need someone to fix the grain elevator",
        "elevator & lift maintenance for apartment buildings",
        "passenger lifts, not a grain elevator",
    ),
    (
        "need help hedging our corn prices",
        "hedge trimming, mowing & landscaping",
        "garden hedges, not price hedging",
    ),
    (
        "need help with our booth at the trade show",
        "photo booth hire for weddings & parties",
        "photo booth rental, not a trade show stand",
    ),
    (
        "need a server for our website",
        "experienced server, 5 yrs fine dining, looking for shifts",
        "a restaurant server, not web hosting",
    ),
    (
        "looking for a java developer",
        "specialty coffee cart for events - java & pastries",
        "coffee, not java programming",
    ),
    (
        "need cover for the bar this weekend, two staff off sick",
        "cover band for weddings & pubs, 60s-90s",
        "a cover band, not staff cover",
    ),
    (
        "need a pitch for five-a-side with the kitchen team",
        "pitch coaching for founders before demo day",
        "a sales pitch coach, not a football pitch",
    ),
    (
        "need cover for my market stall, liability",
        "canopy tents & stall covers, 10x10, weighted legs",
        "a tent cover, not insurance",
    ),
    (
        "need a sign language interpreter for our show",
        "sign writer & vinyl graphics for shopfronts",
        "signage, not sign language",
    ),
    (
        "need new board members with a finance background",
        "handmade walnut chopping & charcuterie boards",
        "wooden boards, not a board of directors",
    ),
    (
        "need hosting for our web app",
        "event host & MC for galas and awards nights",
        "an MC, not web hosting",
    ),
    (
        "big client wants a pen test",
        "pen & ink illustration commissions",
        "drawings, not penetration testing",
    ),
    (
        "need help with express entry",
        "express courier, same day deliveries across the GTA",
        "a courier, not immigration help",
    ),
    (
        "need labels printed for our jars",
        "indie record label, distribution & promo for artists",
        "a record label, not printed labels",
    ),
    (
        "need customs clearance for our shipment",
        "custom furniture & cabinetry, built to order",
        "custom furniture, not customs",
    ),
    (
        "need a well drilled for the new barn",
        "wellness coach, holistic health & stress",
        "wellness, not water wells",
    ),
    (
        "need the kitchen extraction ducts cleaned",
        "dental practice, extractions & implants, new patients welcome",
        "tooth extractions, not kitchen extraction",
    ),
    (
        "need a certified translation for IRCC",
        "certified nursing assistant, home care & respite",
        "only the word 'certified' is shared",
    ),
    (
        "need a mechanic for the combine",
        "bike mechanic, tune ups & repairs, east side",
        "bicycles, not farm machinery",
    ),
    (
        "need a cyber security audit",
        "security guards for events & sites, licensed & insured",
        "physical guards, not cyber security",
    ),
    (
        "need crop insurance sorted before the deadline",
        "life insurance & income protection for young families",
        "a different kind of insurance",
    ),
    (
        "need rural internet at the farm",
        "internet marketing for farms & ag brands",
        "marketing, not an internet connection",
    ),
    (
        "looking for a buyer for 10k bushels of soybeans",
        "hand poured soy wax candles, gifts & wholesale",
        "soy candles, not a grain buyer",
    ),
    (
        "need a printer for our flyers",
        "printer & copier leasing for offices",
        "leases machines; they want flyers printed",
    ),
    (
        "need an editor for our annual report",
        "video editor - reels, youtube, short form",
        "video editing, not copy editing",
    ),
    (
        "looking for a stall at the christmas market",
        "horse stalls & barn builds, pole sheds",
        "horse stalls, not a market pitch",
    ),
    (
        "need someone to do our social media, no time",
        "instagram marketing course for small business owners, 6 weeks",
        "a course; they want it done for them",
    ),
    (
        "need someone to build our shopify store",
        "12 week coding bootcamp, learn full stack web dev",
        "teaches coding; they want a store built",
    ),
    (
        "need photos of our products for the website",
        "beginner photography classes, saturday mornings",
        "a class, not a photographer for hire",
    ),
    (
        "want to learn to do my own bookkeeping",
        "we take bookkeeping off your hands, monthly packages",
        "they want to learn, not outsource it",
    ),
    (
        "need a translator for a business meeting in mandarin",
        "mandarin classes for kids, saturdays, ages 5-12",
        "children's language classes, not an interpreter",
    ),
    (
        "need pest control, mice in the kitchen",
        "wholesale pest control products - traps, bait, fly units to the trade",
        "sells products to the trade; they need the job done",
    ),
    (
        "need someone to service our espresso machine",
        "importer of espresso machines, trade sales to retailers only",
        "a B2B importer, not a repair tech",
    ),
    (
        "need our walk in fridge fixed",
        "refrigerated van & trailer hire, daily rates",
        "rents fridge vans; doesn't repair cold rooms",
    ),
    (
        "need a photographer for our menu",
        "selling my old DSLR & two lenses, good condition",
        "selling a camera, not taking photos",
    ),
    (
        "need 20 tees printed for a family reunion",
        "blank apparel distributor, cases of 72, resale certificate required",
        "wholesale blanks to the trade; they need printing",
    ),
    (
        "need a birthday cake for my daughter's party",
        "wholesale bakery supplying cafes & hotels, min order 50 units",
        "B2B wholesale, not a one-off cake",
    ),
    (
        "want a few bags of coffee for the office",
        "green coffee importer, full containers to roasters",
        "bulk green beans for roasters, wrong customer",
    ),
    (
        "need a vet, my dog is limping",
        "bovine vet - herd health, preg checks, calving",
        "cattle vet, not for a pet dog",
    ),
    (
        "need daycare for my toddler while i run the stall",
        "doggy daycare & boarding, walks included",
        "dogs, not children",
    ),
    (
        "need a halal certified chicken supplier",
        "halal certification consultant, audits & applications",
        "they want to buy halal meat, not get certified",
    ),
    (
        "need a caterer for 80 guests on saturday",
        "culinary student looking for a part time kitchen job",
        "wants a job, not a catering gig",
    ),
    (
        "need an accountant for year end",
        "accounting student, looking for a summer internship",
        "a student wanting work experience",
    ),
    (
        "need a lawyer for my work permit",
        "paralegal student looking for an internship at an immigration firm",
        "wants a job in the field, can't advise",
    ),
    (
        "need a kitchen fitter for the new restaurant",
        "kitchen porter looking for shifts, weekends ok",
        "a job seeker for KP work, not a fitter",
    ),
    (
        "need a grant writer for our theatre company",
        "also looking for a grant writer, lmk if you find one",
        "both are asking for a grant writer",
    ),
    (
        "need investors for our startup",
        "pre-seed fintech, looking for investors",
        "both are raising money",
    ),
    (
        "need a freight forwarder for our exports",
        "looking for a freight forwarder for shipments to japan",
        "both need a forwarder",
    ),
    (
        "need a graphic designer for our rebrand",
        "looking for a graphic designer for our new packaging",
        "both are looking for a designer",
    ),
    (
        "need a venue for our fundraiser in may",
        "also hunting for a venue for our end of year party",
        "both need a venue",
    ),
    (
        "need a recruiter to find us chefs",
        "chef looking for a recruiter to find me a head chef role",
        "both want a recruiter",
    ),
    (
        "our app keeps crashing on android",
        "android phone repairs - cracked screens, batteries",
        "phone hardware repair, not app development",
    ),
    (
        "need a packaging designer",
        "interior designer for restaurants & bars",
        "interiors, not packaging",
    ),
    (
        "need a drone pilot to spray our beans",
        "drone photography for weddings & real estate",
        "aerial photos, not crop spraying",
    ),
    (
        "need a food safety course for my staff",
        "food safety testing lab - microbiology & shelf life for manufacturers",
        "a lab test service, not staff training",
    ),
    (
        "need a liquor licence for our gallery",
        "craft distillery, tastings & bottle shop",
        "sells spirits, doesn't do licences",
    ),
    (
        "need a data analyst to make sense of sales",
        "data entry clerk, 80 wpm, available immediately",
        "typing data in is not analysing it",
    ),
    (
        "need our grain hauled at harvest",
        "buying hay & straw, paying top dollar",
        "a buyer of hay, not a hauler",
    ),
    (
        "need a governance consultant for our board",
        "chartered accountant hoping to join a nonprofit board",
        "wants a board seat, not consulting work",
    ),
    (
        "need help with a licence for live music",
        "music lessons - guitar, piano, all ages",
        "lessons, not licensing",
    ),
    (
        "need help setting up our shopify store",
        "shopify store owner, selling handmade jewelry",
        "another seller, not a developer",
    ),
    (
        "want to export our sauces to indonesia",
        "importing indonesian furniture, looking for buyers in singapore",
        "both are looking for buyers",
    ),
]
