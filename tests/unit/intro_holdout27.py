"""The twenty-seventh hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: craft brewers and distillers in Portland, Oregon;
garden centres, nurseries and landscapers in Leeds; photographers and photo studios in Melbourne;
university researchers and spin-out founders in Munich (in English); car dealers and independent
garages in Birmingham; pottery and ceramics studios in Kyoto (in English); private security firms
and armed response companies in Johannesburg.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 96 of 180 pairs (53.3 %) and 10 decoys of 82 with the
lexicon and matcher as the round on the twenty-sixth set began; 96 and 10 as it ended. Then
tuned on: 157 (87.2 %) and 2 decoys as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # brewers & distillers, portland: the brewhouse
    (
        "glycol chiller repair",
        "glycol chiller trips every night and the fermenters are warming up, help",
        "commercial refrigeration & glycol systems, brewery chillers a specialty, 24/7 call out",
    ),
    (
        "keg cleaning",
        "we have like 300 dirty kegs stacked out back and no keg washer",
        "mobile keg washing & inspection, we bring the rig to you, $4/keg",
    ),
    (
        "mobile canning",
        "want to put our lager in cans but cant afford our own canning line",
        "mobile canning line, we roll up to your brewhouse and can up to 60bbl a day",
    ),
    (
        "can supply",
        "short on 16oz cans, our usual supplier has a 6 week backlog",
        "aluminum can broker, printed or brite cans, usually ships inside a week",
    ),
    (
        "brewing chemicals",
        "running low on caustic and sanitizer again, supplier keeps shorting our order",
        "brewery chemical supply: PBW, caustic, acid sanitizers, delivered portland metro",
    ),
    (
        "hops supply",
        "our hop contract fell through, need 500 lb of citra for the fall releases",
        "hop broker, spot market citra, mosaic, strata, yakima and willamette valley",
    ),
    (
        "boiler repair",
        "steam boiler on the brew kettle wont light, brew day is tomorrow",
        "commercial boiler service & repair, steam systems for breweries and laundries",
    ),
    (
        "electrician",
        "breakers trip every time the mash heater and the glycol run at the same time",
        "commercial electrician, 3-phase service upgrades for breweries, shops & kitchens",
    ),
    (
        "beer lab testing",
        "want our beers checked for abv and bugs before they go out to distributors",
        "independent brewing lab: abv, IBU, contamination & shelf life tests, 48hr turnaround",
    ),
    (
        "still fabrication",
        "outgrowing our 100 gal still, thinking of going to a 500 gal pot still",
        "copper still fabrication, custom pot & column stills, 10+ yrs building for distillers",
    ),
    (
        "barrel supply",
        "want to start barrel aging a stout, where do ppl get used bourbon barrels?",
        "we sell used bourbon & wine barrels, rinsed and delivered to breweries",
    ),
    (
        "glass bottle supply",
        "need 750ml bottles for our first whiskey release, about 6000 of them",
        "glass bottle distributor, spirits bottles 200ml to 1.75L, custom decoration available",
    ),
    # garden centres & landscapers, leeds: on the job
    (
        "tree surgery",
        "massive sycamore hanging over a customers conservatory, needs taking down safely",
        "qualified tree surgeon, felling, crown reductions, stump grinding, leeds & bradford",
    ),
    (
        "mini digger hire",
        "need a mini digger for a week for a patio dig out in headingley",
        "plant hire: micro and mini diggers, dumpers, self drive or with an operator",
    ),
    (
        "invasive weed removal",
        "found japanese knotweed on a new build job, client is panicking",
        "invasive weed specialists, knotweed treatment plans w/ insurance backed guarantee",
    ),
    (
        "land drainage",
        "clients lawn is a swamp every winter, water just sits on top for weeks",
        "land drainage contractor, french drains, soakaways, lawns & sports pitches",
    ),
    (
        "fencing",
        "customer needs 40m of close board fence and were booked solid till june",
        "fencing contractor, close board, post & rail, happy to subcontract for landscapers",
    ),
    (
        "patio installation",
        "client wants a porcelain patio laying, we're more soft landscaping",
        "hard landscaping subbie, porcelain & indian sandstone patios, paths, steps",
    ),
    (
        "landscape design",
        "customer wants a full garden redesign and i only really do the build side",
        "garden designer, RHS trained, CAD plans & planting schemes for landscapers to build",
    ),
    (
        "topsoil supply",
        "need bulk topsoil and compost for a new build garden, about 20 tonnes",
        "bulk topsoil, compost & bark mulch, bulk bags or loose tipper loads, west yorks",
    ),
    (
        "lawn treatment",
        "customers lawns are full of moss and we dont do treatments",
        "lawn care: scarifying, aeration, feeding, moss control, we take referrals",
    ),
    (
        "mower repair",
        "ride-on mower wont start and the season's just kicked off",
        "garden machinery repairs, ride-ons, strimmers, hedge cutters, collect & return",
    ),
    # photographers, melbourne: gear & studio
    (
        "camera repair",
        "dropped my canon R5 on a shoot, autofocus is dead now",
        "camera repairs, canon / nikon / sony, sensor cleaning too, collingwood",
    ),
    (
        "lighting hire",
        "need a couple more profoto heads for a big shoot next thurs",
        "lighting & grip hire: profoto, aputure, c-stands, delivery around melb CBD",
    ),
    (
        "studio hire",
        "client wants a white cyc studio and i only ever shoot on location",
        "infinity cove studio for hire, half day $350, parking out front, richmond",
    ),
    (
        "prop hire",
        "food shoot next week and i need vintage kitchen props, plates, linen etc",
        "prop hire warehouse, 10,000+ props, vintage & modern tableware, brunswick",
    ),
    (
        "data recovery",
        "my hard drive with 2 yrs of client shoots started clicking and died",
        "data recovery from dead hard drives, SSDs & memory cards, no fix no fee",
    ),
    (
        "backup setup",
        "terrified of losing client archives, i have no real backup system at all",
        "we set up NAS & cloud backup for small studios, synology + backblaze",
    ),
    (
        "equipment insurance",
        "none of my gear is insured and i carry about $40k of it around",
        "insurance broker, equipment & public liability cover for photographers",
    ),
    # university spin-outs, munich: protecting the science
    (
        "patent attorney",
        "need to file a patent before our paper comes out next month",
        "patent attorney, EPO filings in physics and medtech, work w/ a lot of TUM spin-offs",
    ),
    (
        "university licensing",
        "the university wants royalties on our IP and we have no idea what's fair",
        "advisor on university licence deals, negotiated 30+ spin-out IP agreements",
    ),
    (
        "company formation",
        "how do we actually set up a GmbH? we are four postdocs and a laptop",
        "startup lawyer: GmbH formation, shareholder agreements, vesting, in English",
    ),
    (
        "grant writing",
        "want to apply for EXIST funding but none of us has written a grant proposal",
        "grant writer for founders, EXIST & EIC accelerator applications",
    ),
    (
        "lab space",
        "our uni contract ends in june and then we lose our bench space",
        "shared wet lab in garching, benches by the month, S1 certified, autoclave incl",
    ),
    (
        "lab equipment repair",
        "our centrifuge started making a really scary noise",
        "lab equipment service & repair: centrifuges, autoclaves, incubators, munich area",
    ),
    # car dealers & garages, birmingham: getting stock ready
    (
        "bodywork repair",
        "trade-in came with a dented rear quarter, want it sorted before it hits the forecourt",
        "smart repairs & bodyshop, dents, scuffs, bumpers, trade rates for dealers",
    ),
    (
        "car valeting",
        "got 20 cars to prep for the forecourt this week and my valeter quit",
        "mobile valeting, full dealer prep, machine polish & interiors, brum & solihull",
    ),
    (
        "alloy wheel refurbishment",
        "half our stock has kerbed alloys, looks terrible in the photos",
        "alloy wheel refurbishment, diamond cut or powder coat, mobile or at our workshop",
    ),
    (
        "windscreen replacement",
        "cracked windscreen on a car thats being collected tomorrow",
        "windscreen replacement, same day, most makes, ADAS camera calibration",
    ),
    (
        "car photography",
        "our listings on autotrader look awful, shot on my phone in the rain",
        "car photographer for dealers, turntable studio or on site, 360 spins",
    ),
    (
        "vehicle transport",
        "sold a car to a bloke in aberdeen, how do i get it up there",
        "vehicle transporter, single car or 8 car trailer, UK wide, fully insured",
    ),
    (
        "pre-purchase inspection",
        "buying a batch of ex-lease cars at auction, want them looked over first",
        "independent vehicle inspections, pre-purchase, auction & trade, same week",
    ),
    # pottery studios, kyoto: kilns & materials
    (
        "kiln repair",
        "my electric kiln won't get past 1000 degrees anymore",
        "kiln repair: elements, thermocouples, controllers, all brands, kansai area",
    ),
    (
        "clay supply",
        "looking for a shigaraki clay supplier who delivers 100kg at a time",
        "clay & glaze materials shop, shigaraki and iga clays, delivery in kyoto / osaka",
    ),
    (
        "glaze troubleshooting",
        "my celadon keeps crawling off the pot and i cant figure out why",
        "glaze chemist, I troubleshoot crawling, crazing, pinholing, and fix recipes",
    ),
    (
        "wood kiln rental",
        "really want to wood fire but obviously I don't have an anagama",
        "anagama in shigaraki, we rent space by the firing, shelf shares from 20,000 yen",
    ),
    (
        "pottery wheel repair",
        "wheel motor grinds and slows right down when i center anything big",
        "pottery wheel repair & servicing, shimpo and brent, also sell used wheels",
    ),
    (
        "electrician",
        "new kiln needs 200V and my building only has 100V outlets",
        "electrician, 200V installs for kilns & workshops, kyoto city, some english",
    ),
    # security firms, johannesburg: sites & systems
    (
        "backup power",
        "load shedding kills our alarm panels and cameras for hours at a time",
        "inverters & lithium batteries for security systems, keeps cams up thru load shedding",
    ),
    (
        "electric fence repair",
        "electric fence on a clients estate keeps tripping every time it rains",
        "electric fence installs & repairs, nemtek certified, joburg north & midrand",
    ),
    (
        "gate motor repair",
        "client's gate motor died, gate stuck open all night",
        "gate motor repairs, centurion & ET, 24hr call out",
    ),
    (
        "access control",
        "client wants biometric access at the entrances of their office park",
        "access control installers: biometric readers, turnstiles, visitor management",
    ),
    (
        "offsite CCTV monitoring",
        "we don't have a control room but clients want their cams watched 24/7",
        "offsite CCTV monitoring centre, we watch your clients cameras 24/7, white label",
    ),
    (
        "drone surveillance",
        "client's farm is way too big to patrol on foot at night",
        "drone surveillance, thermal night patrols for farms, mines & estates",
    ),
    (
        "guardhouse",
        "need a guard hut on a new site by monday",
        "prefab guardhouses & site offices, delivered & installed anywhere in gauteng",
    ),
    # brewers & distillers, portland: selling it
    (
        "label design",
        "need labels for our new hazy IPA cans, the current ones look homemade",
        "graphic designer, have done can & bottle labels for 20+ breweries",
    ),
    (
        "spirits distribution",
        "want to get our gin into bars in seattle but we have no distributor",
        "craft spirits distributor covering WA & OR, on-premise focus",
    ),
    (
        "trademark",
        "brewery in ohio says our beer name infringes theirs, sent a scary letter",
        "IP attorney, trademarks for food & beverage brands, clearance and disputes",
    ),
    (
        "alcohol permits",
        "trying to get our federal TTB permit for the distillery, the forms are a nightmare",
        "compliance consultant for distilleries & wineries, TTB / OLCC permits, COLAs",
    ),
    (
        "social media",
        "our instagram has 300 followers and we've been open 2 years lol",
        "social media manager for beverage brands, content, posting and paid ads",
    ),
    (
        "live music booking",
        "want live music on fridays in the taproom but i don't know any bands",
        "booking agent for local bands and acoustic acts, bars & breweries",
    ),
    (
        "POS system",
        "square keeps crashing on busy nights, tabs get lost",
        "we install POS systems for bars: toast & lightspeed, tab management, training",
    ),
    # garden centres & landscapers, leeds: the business side
    (
        "payroll",
        "taking on 6 seasonal staff for spring and i've never done payroll",
        "payroll bureau for small businesses, RTI & pensions, from £5 per employee",
    ),
    (
        "accounting",
        "landscaping firm turning over about 200k and my accountant just retired",
        "accountant for trades & small firms, year end accounts, VAT, self assessment",
    ),
    (
        "health and safety",
        "main contractor wants RAMS off us before we start and i dont have any",
        "H&S consultant, risk assessments & method statements for landscapers",
    ),
    (
        "website",
        "our website still says christmas opening hours from 2021",
        "web designer, simple sites for local shops that you can update yourself",
    ),
    (
        "e-commerce",
        "want to sell plants online w/ click and collect",
        "shopify setup for garden centres & nurseries, stock synced with your till",
    ),
    (
        "van hire",
        "our tipper's off the road for 3 weeks, gearbox",
        "tipper & luton van hire by the day or week, just off the leeds ring road",
    ),
    # photographers, melbourne: post & clients
    (
        "photo retouching",
        "300 product shots to retouch by monday and i'm drowning",
        "freelance retoucher, ecommerce & fashion, fast turnaround, photoshop & capture one",
    ),
    (
        "fine art printing",
        "exhibition in march, need 20 big fine art prints",
        "giclée fine art printing up to 60 inch, museum grade papers",
    ),
    (
        "picture framing",
        "prints are done, now they need framing for the gallery",
        "custom picture framing, conservation glass, bulk orders for exhibitions",
    ),
    (
        "copyright lawyer",
        "client put my photos on a billboard campaign without paying for that licence",
        "IP lawyer for creatives, copyright & licensing disputes, melbourne",
    ),
    (
        "drone photography",
        "real estate client wants aerial shots of the property and the street",
        "CASA licensed drone pilot, aerial photo & video, real estate & construction",
    ),
    (
        "online booking",
        "clients keep double booking the studio, i run it off a paper diary",
        "online booking setup for studios, deposits, reminders, google calendar sync",
    ),
    (
        "tax accounting",
        "first year with an ABN and no clue what i owe the ATO",
        "accountant for creatives & sole traders, BAS, tax returns, melbourne",
    ),
    # university spin-outs, munich: money & people
    (
        "pitch deck coaching",
        "investors told us our deck reads like a conference talk",
        "pitch coach for deep tech founders, storytelling & slide design",
    ),
    (
        "seed investment",
        "raising 1.5m pre-seed for a quantum sensing startup",
        "angel syndicate investing in deep tech, tickets 100k-500k",
    ),
    (
        "work visa",
        "our new hire from bangalore needs a work permit asap",
        "immigration consultant, EU blue card & skilled worker visas for tech staff",
    ),
    (
        "tech recruitment",
        "can't find a senior embedded engineer who'll take the risk of joining a startup",
        "tech recruiter for startups, hardware & embedded roles across DACH",
    ),
    (
        "R&D tax allowance",
        "heard the state gives money back for research staff costs? how does that work",
        "tax advisor, Forschungszulage (R&D tax allowance) claims for startups & SMEs",
    ),
    (
        "bookkeeping",
        "nobody on the team knows how to do the books for the GmbH",
        "bookkeeping & payroll for startups, DATEV, english speaking",
    ),
    (
        "relocation",
        "our new cofounder is moving from boston and needs a flat in munich",
        "relocation agent for expats, apartment search, Anmeldung, bank account",
    ),
    # car dealers & garages, birmingham: workshop
    (
        "auto electrician",
        "customers BMW has an electrical fault three garages couldnt find",
        "auto electrician, advanced diagnostics on european cars, mobile",
    ),
    (
        "tyre supply",
        "need a cheaper tyre supplier, we fit about 80 a week",
        "tyre wholesaler, next day delivery to west midlands garages",
    ),
    (
        "waste oil collection",
        "drums of waste oil piling up out the back of the workshop",
        "licensed waste oil collection, free for garages over 200L",
    ),
    (
        "EV training",
        "getting more hybrids in and my mechanics aren't trained for the high voltage stuff",
        "IMI accredited EV / hybrid high voltage training, levels 2 to 4",
    ),
    (
        "garage equipment calibration",
        "DVSA visit next month and the brake tester calibration is overdue",
        "garage equipment servicing & calibration: MOT bays, ramps, brake testers",
    ),
    (
        "vehicle lift repair",
        "two post lift stuck halfway up with a car on it",
        "vehicle lift repairs & LOLER inspections, all makes of ramp",
    ),
    (
        "auto locksmith",
        "customer lost both keys for a 2019 golf",
        "auto locksmith, key cutting & programming, all makes, mobile",
    ),
    (
        "spray booth servicing",
        "spray booth filters clogged and the paint finish is suffering",
        "spray booth servicing, filter changes, air flow testing, midlands",
    ),
    # pottery studios, kyoto: selling work
    (
        "fragile shipping",
        "overseas customer wants 30 bowls shipped to france, scared they'll all break",
        "packing & shipping for ceramics and art, custom crates, international",
    ),
    (
        "e-commerce",
        "want to sell my pieces online to people abroad",
        "I build online shops for craft makers, english/japanese, intl shipping set up",
    ),
    (
        "translation",
        "i need my artist statement in japanese for a gallery show",
        "japanese-english translator, art & culture, exhibition texts",
    ),
    (
        "product photography",
        "my pots look flat and grey in every photo for my shop",
        "product photographer, ceramics & crafts, natural light studio in kyoto",
    ),
    (
        "consignment retail",
        "looking for a shop to stock my tea bowls",
        "craft shop in higashiyama, we take consignment from local potters, 60/40",
    ),
    (
        "wooden boxes",
        "collectors keep asking for a proper kiri box with my tea bowls",
        "woodworker, paulownia (kiri) boxes for ceramics, calligraphy on the lid",
    ),
    (
        "kintsugi repair",
        "a few customers' bowls broke in an earthquake, they want them mended with kintsugi",
        "kintsugi repair with real urushi lacquer, takes 2-3 months per piece",
    ),
    # security firms, johannesburg: guards & staff
    (
        "firearm training",
        "new guards need their firearm competency before we can arm them",
        "SAPS accredited firearm training, competency certs, handgun & shotgun",
    ),
    (
        "security guard training",
        "guards need grade C before they can go onto a site",
        "PSIRA accredited security training, grades E to A, sandton",
    ),
    (
        "uniforms",
        "need 200 uniforms with our logo by next month",
        "workwear & uniform supplier, embroidery, security & corporate",
    ),
    (
        "background checks",
        "need to vet guards properly before hiring, had a bad one last year",
        "background screening: criminal, credit & reference checks in 48 hrs",
    ),
    (
        "labour lawyer",
        "guard we dismissed for sleeping on duty took us to the CCMA",
        "labour lawyer, CCMA representation, disciplinary processes for security co's",
    ),
    (
        "payroll",
        "payroll for 400 guards on rotating shifts takes my whole week",
        "payroll outsourcing, shift based, sectoral determination compliant",
    ),
    (
        "first aid training",
        "guards need first aid level 1 for a mine contract",
        "first aid training levels 1-3, on site, certificates same day",
    ),
    (
        "guard dog training",
        "need two properly trained patrol dogs for a warehouse",
        "K9 trainer, patrol & detection dogs, handler courses",
    ),
    # brewers & distillers, portland: the yard & the books
    (
        "spent grain pickup",
        "what do we do with 2 tons of spent grain a week? dumpster is overflowing",
        "cattle rancher out near canby, will pick up your spent grain for free",
    ),
    (
        "wastewater treatment",
        "city says our wastewater pH is too low and is threatening fines",
        "industrial wastewater treatment for breweries, pH neutralization, permitting help",
    ),
    (
        "bookkeeping",
        "books have been a mess since we opened the taproom",
        "bookkeeping for breweries & restaurants, quickbooks, excise tax reports incl",
    ),
    (
        "pest control",
        "fruit flies all over the taproom, customers are complaining",
        "commercial pest control, drain & fly treatments for bars and kitchens",
    ),
    (
        "forklift training",
        "new hires need to be certified on the forklift before they touch it",
        "OSHA forklift operator certification, on site at your warehouse, half day",
    ),
    (
        "cold storage",
        "no room left in the cooler for finished kegs, we've got kegs in the hallway",
        "refrigerated warehouse space by the pallet, NE portland, short term ok",
    ),
    # garden centres & landscapers, leeds: stock & glasshouses
    (
        "greenhouse repair",
        "storm smashed 12 panes in our glasshouse last night",
        "glasshouse & polytunnel repairs, reglazing, new covers, yorkshire wide",
    ),
    (
        "irrigation",
        "lost half our bedding plants in the heatwave, hand watering takes all day",
        "irrigation systems for nurseries & garden centres, drip and overhead, timers",
    ),
    (
        "plant wholesale",
        "need a reliable supplier of perennials in 9cm pots for the spring rush",
        "wholesale nursery, 2000+ lines of perennials, trade only, weekly delivery west yorks",
    ),
    (
        "christmas tree supply",
        "need 400 nordmann firs for december, last supplier let us down",
        "christmas tree grower, nordmann & fraser, wholesale to garden centres",
    ),
    (
        "green waste collection",
        "garden waste piling up in the yard and skips are too expensive",
        "green waste collection for landscapers, we take it away and compost it",
    ),
    (
        "pesticide training",
        "need my lads to get their spraying tickets before summer",
        "PA1 / PA6 pesticide application courses, run at your site",
    ),
    (
        "cafe kitchen fit-out",
        "want to open a cafe in the garden centre but know nothing about kitchens",
        "commercial kitchen design & install for cafes and farm shops",
    ),
    # photographers, melbourne: people & web
    (
        "hair and makeup",
        "corporate headshot day for 40 staff, need someone on hair & makeup",
        "MUA for shoots & headshot days, corporate rates, bring my own kit",
    ),
    (
        "second shooter",
        "booked two events on the same saturday, need another photographer",
        "freelance photographer, second shooter or full cover for events, melbourne",
    ),
    (
        "videography",
        "client wants a behind the scenes video alongside the stills",
        "videographer, BTS & brand videos, happy to shoot alongside your photo crew",
    ),
    (
        "colour grading",
        "need my video footage graded so it matches the look of my stills",
        "colourist, davinci resolve grading for brand & music videos",
    ),
    (
        "photo albums",
        "clients want printed albums but my lab stopped making them",
        "photo album maker, lay-flat albums for photographers, trade only",
    ),
    (
        "web design",
        "my portfolio site is an old wix template that takes forever to load",
        "web designer for photographers, fast portfolio sites w/ client galleries",
    ),
    (
        "SEO",
        "nobody finds my site when they search 'newborn photographer melbourne'",
        "local SEO, google business profile, get you onto page one",
    ),
    (
        "contract templates",
        "client ghosted after the shoot and i had no contract, never again",
        "lawyer, contract templates for photographers: usage rights & payment terms",
    ),
    # university spin-outs, munich: building the product
    (
        "CE marking",
        "our diagnostic device needs CE marking before we can sell anywhere in the EU",
        "regulatory consultant, MDR / IVDR, CE marking for medical devices",
    ),
    (
        "PCB design",
        "our prototype is still all breadboard and jumper wires",
        "electronics engineer, PCB layout & small batch assembly",
    ),
    (
        "CNC machining",
        "need 20 aluminium housings machined to tight tolerance",
        "CNC milling & turning, small batches, alu & steel, munich nord",
    ),
    (
        "3D printing",
        "need a handful of prototype enclosures printed in nylon",
        "SLS 3D printing service, nylon & resin parts, 3 day turnaround",
    ),
    (
        "software development",
        "our MATLAB scripts need to become a product customers can install",
        "software studio, we turn research code into production software, python / C++",
    ),
    (
        "UX design",
        "our software works but users hate the interface",
        "UX / UI designer for scientific & B2B software, incl. user testing",
    ),
    (
        "statistics consulting",
        "reviewers say our stats are wrong, need someone who really knows mixed models",
        "freelance biostatistician, study design & analysis in R",
    ),
    (
        "clinical study",
        "need to run a small clinical study on our app for the health insurers",
        "CRO for small trials in digital health & medtech, ethics submission included",
    ),
    (
        "GDPR compliance",
        "we store patient data on AWS, no idea if that's GDPR compliant",
        "external data protection officer, GDPR audits for health startups",
    ),
    (
        "market research",
        "we dont actually know if hospitals would pay for this",
        "market research for medtech, interviews w/ clinicians & procurement teams",
    ),
    (
        "scientific illustration",
        "need figures for our paper that don't look like excel from 2003",
        "scientific illustrator: figures, graphical abstracts, 3D renders",
    ),
    (
        "legal translation",
        "need our investment contract translated from german so we understand it",
        "certified legal translator german <> english, contracts & notarial docs",
    ),
    # car dealers & garages, birmingham: money, compliance & staff
    (
        "motor finance",
        "losing sales every week cos we can't offer finance",
        "motor finance broker, get your dealership set up with a panel of lenders",
    ),
    (
        "FCA compliance",
        "FCA wrote to us about our credit broking permissions, bit worried",
        "compliance consultant for motor dealers, FCA authorisation & audits",
    ),
    (
        "VAT advice",
        "margin scheme vat is doing my head in",
        "accountant for motor traders, VAT margin scheme, stock books",
    ),
    (
        "used car warranty",
        "customers keep asking if the cars come with a warranty",
        "used car warranty provider for dealers, 3 to 36 months, claims handled",
    ),
    (
        "motor trade insurance",
        "renewal for our motor trade policy came in double last year's",
        "insurance broker, motor trade cover: road risk & premises",
    ),
    (
        "automotive recruitment",
        "advertised for a qualified tech for 3 months, not one decent applicant",
        "automotive recruitment, technicians & MOT testers, west midlands",
    ),
    (
        "dealer website",
        "our stock isn't showing on autotrader since the feed broke",
        "dealer websites & stock feeds, autotrader & ebay integration",
    ),
    (
        "CCTV installation",
        "catalytic converters nicked off three cars on the forecourt last week",
        "CCTV installer for forecourts & yards, remote monitoring, west mids",
    ),
    # pottery studios, kyoto: running the studio
    (
        "booking system",
        "tourists keep emailing asking for classes and i lose track of who's coming",
        "booking system for experience classes, multilingual, syncs with airbnb experiences",
    ),
    (
        "kiln ventilation",
        "studio gets smoky during firings and the neighbours have complained",
        "ventilation & kiln hood installation for workshops and studios",
    ),
    (
        "business visa",
        "want to stay in japan and run my studio but i'm on a student visa",
        "gyoseishoshi (administrative scrivener), business manager visas for foreigners",
    ),
    (
        "tax accountant",
        "first year filing taxes as a self-employed foreigner in japan, totally lost",
        "english speaking tax accountant (zeirishi), blue return filing for freelancers",
    ),
    (
        "studio space",
        "need a little studio with kiln access, my apartment is way too small",
        "shared pottery studio, monthly membership, wheels & kiln firings included",
    ),
    (
        "commercial property",
        "looking for a machiya to rent as a studio with a shopfront",
        "english speaking estate agent, machiya rentals for shops & studios",
    ),
    (
        "social media",
        "want more tourists to find my classes on instagram",
        "social media for craft studios, posts in english & japanese",
    ),
    (
        "website",
        "my studio only has an instagram page, no website",
        "web designer for artisans, bilingual sites with a gallery & contact form",
    ),
    # security firms, johannesburg: fleet, kit & admin
    (
        "vehicle tracking",
        "can't see where our armed response cars are at night",
        "fleet tracking, live GPS, driver behaviour reports, armed response experience",
    ),
    (
        "fleet maintenance",
        "our response bakkies spend more time in the workshop than on the road",
        "fleet maintenance, on-site servicing for company bakkies & sedans",
    ),
    (
        "two-way radios",
        "radios have terrible range, guards cant reach the control room",
        "two-way radio supply & repeaters, ICASA licensed, motorola",
    ),
    (
        "body armour",
        "vests on half our armed response team are past expiry",
        "body armour supplier, NIJ rated vests, SABS tested",
    ),
    (
        "cybersecurity",
        "control room PC got ransomware, all our incident logs are locked",
        "IT security for small businesses: ransomware cleanup, backups, firewalls",
    ),
    (
        "tax practitioner",
        "SARS says we owe penalties on our PAYE and i don't understand why",
        "registered tax practitioner, SARS disputes, PAYE & VAT returns",
    ),
    (
        "liability insurance",
        "new client contract requires R10m public liability cover",
        "short-term insurance broker, liability cover for security companies",
    ),
    (
        "tender writing",
        "we bid on government security tenders and keep getting disqualified",
        "tender consultant, CSD registration, compliance docs, bid writing",
    ),
    (
        "B-BBEE verification",
        "our BEE certificate expired and a big client is asking for it",
        "B-BBEE verification agency, certificates & scorecard advice",
    ),
    # brewers & distillers, portland: extras
    (
        "brewery insurance",
        "insurer dropped us after the grain dust fire at the place down the street",
        "insurance broker, property & liability for breweries, distilleries, wineries",
    ),
    (
        "event permits",
        "want to do a beer garden in the parking lot for a summer festival",
        "OLCC temporary event licences & city permits, I handle the whole application",
    ),
    (
        "taproom design",
        "taproom feels like a warehouse with a fridge, nobody stays for a 2nd pint",
        "interior designer for bars & taprooms, layouts, lighting, seating",
    ),
    # garden centres & landscapers, leeds: extras
    (
        "POS system",
        "till at the garden centre can't cope with plant barcodes, queues every saturday",
        "EPOS for garden centres, plant labels & barcodes, loyalty schemes",
    ),
    (
        "plant labels",
        "need printed plant labels with care info, about 50,000 for the season",
        "printer of plant labels & pot tags, weatherproof, with your branding",
    ),
    (
        "pest control",
        "rats getting into the bird seed in the garden centre store room",
        "pest control for retail & warehouses, rodent proofing & monitoring",
    ),
    # photographers, melbourne: extras
    (
        "sensor cleaning",
        "dust spots on every image at f/11 even after i used the blower",
        "sensor cleaning while you wait, all mirrorless & DSLR bodies, fitzroy",
    ),
    (
        "model casting",
        "fashion client wants 4 models for a lookbook shoot, no agency contacts",
        "model & talent agency, castings for lookbooks, ecommerce & ads",
    ),
    # university spin-outs, munich: extras
    (
        "employment contracts",
        "first hire starts next month and we have no employment contract",
        "employment lawyer for startups, contracts, ESOP, works in english",
    ),
    (
        "trademark",
        "we picked a company name and now found a US company with the same name",
        "trademark attorney, EUIPO & international filings, clearance searches",
    ),
    # car dealers & garages, birmingham: extras
    (
        "diagnostic equipment",
        "our diag tool doesn't cover anything newer than 2018",
        "supplier of garage diagnostic equipment & software subscriptions, demos on site",
    ),
    (
        "trade plates",
        "keep having to tax cars just to move them between our two sites",
        "help dealers get DVLA trade plates, paperwork done for you",
    ),
    # pottery studios, kyoto: extras
    (
        "glaze materials",
        "can't find ingredients like lithium carbonate here for my glaze recipes",
        "ceramic raw materials supplier, lithium, frits, oxides, ships anywhere in japan",
    ),
    (
        "kiln shelf supply",
        "half my kiln shelves have cracked after the last firing",
        "kiln furniture: silicon carbide & cordierite shelves, posts, cut to size",
    ),
    # security firms, johannesburg: extras
    (
        "alarm installation",
        "new client estate wants alarms in 60 houses linked to our control room",
        "alarm installers, paradox & IDS, linked to your control room, bulk rates",
    ),
    (
        "generator servicing",
        "the generator at our control room failed during stage 6",
        "generator servicing & repairs, diesel gensets, maintenance contracts, gauteng",
    ),
    (
        "recruitment",
        "need 50 grade C guards for a new mall contract starting in 2 weeks",
        "security staffing agency, PSIRA registered guards, vetted, fast placement",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    # brewers & distillers, portland
    (
        "glycol chiller trips every night and the fermenters are warming up",
        "homebrew starter kits incl. wort chiller, great gift idea",
        "sells homebrew kits, does not repair commercial chillers",
    ),
    (
        "we have 300 dirty kegs and no keg washer",
        "we buy and sell used kegs, sixtels and half barrels",
        "trades kegs, does not clean them",
    ),
    (
        "need labels for our new hazy IPA cans",
        "indie record label, we sign and release local bands",
        "a record label, not can labels",
    ),
    (
        "want to get our gin into bars in seattle, no distributor",
        "electrical distribution boards & panel upgrades",
        "electrical distribution, not drinks distribution",
    ),
    (
        "2 tons of spent grain a week, need it gone",
        "maltster, we sell base malts to brewers in 25kg sacks",
        "sells grain in, does not take spent grain away",
    ),
    (
        "fruit flies all over the taproom",
        "fly fishing guide on the deschutes, half & full days",
        "fly fishing, not fly control",
    ),
    (
        "want our beers checked for abv and contamination",
        "BJCP beer judge exam prep course, tasting skills",
        "trains tasters, does not lab test beer",
    ),
    (
        "thinking of going to a 500 gal pot still",
        "still life & product photography for beverage brands",
        "still life photos, not a still",
    ),
    (
        "short on 16oz cans, supplier backlogged",
        "aluminum can recycling pickup, we pay per pound",
        "collects empty cans, does not supply new ones",
    ),
    (
        "trying to get our federal TTB permit for the distillery",
        "building permit expediter for restaurant remodels",
        "building permits, not alcohol permits",
    ),
    (
        "our instagram has 300 followers after 2 years",
        "instagram-worthy neon signs, custom made",
        "sells signs, does not manage social media",
    ),
    (
        "steam boiler on the brew kettle won't light",
        "boiler room techno party every friday, DJs welcome",
        "a club night, not boiler repair",
    ),
    # garden centres & landscapers, leeds
    (
        "massive sycamore over a conservatory needs taking down",
        "family tree research, trace your ancestors back 300 years",
        "family trees, not tree surgery",
    ),
    (
        "lost bedding plants in the heatwave, hand watering all day",
        "colonic irrigation clinic, headingley",
        "a health clinic, not plant irrigation",
    ),
    (
        "storm smashed 12 panes in our glasshouse",
        "greenhouse gas emissions reporting for SMEs",
        "carbon reporting, not greenhouse repair",
    ),
    (
        "need a supplier of perennials in 9cm pots",
        "wholesale cut flowers for florists, dutch auction direct",
        "cut flowers, not potted perennials",
    ),
    (
        "need a mini digger for a week for a patio dig",
        "digger operator training courses, CPCS tickets",
        "teaches operating, does not hire a digger",
    ),
    (
        "found japanese knotweed on a job",
        "japanese garden design, zen gravel & acers",
        "designs japanese gardens, does not treat knotweed",
    ),
    (
        "clients lawn is a swamp every winter",
        "drain unblocking for kitchens and toilets, 24hr",
        "household drains, not land drainage",
    ),
    (
        "website still says christmas opening hours from 2021",
        "christmas lights installation for shops & homes",
        "christmas lights, not updating a website",
    ),
    (
        "taking on 6 seasonal staff, never done payroll",
        "seasonal wreath making workshops in november",
        "a craft workshop, not payroll",
    ),
    (
        "rats in the bird seed in the store room",
        "bird seed & wild bird food wholesale",
        "sells bird seed, does not deal with rats",
    ),
    (
        "ride-on mower won't start",
        "lawn mowing rounds, we cut domestic lawns weekly",
        "mows lawns, does not repair mowers",
    ),
    # photographers, melbourne
    (
        "dropped my canon R5, autofocus is dead",
        "camera store, new & used bodies, trade-ins welcome",
        "sells cameras, does not repair them",
    ),
    (
        "300 product shots to retouch by monday",
        "photoshop for beginners, 6 week evening course",
        "teaches photoshop, will not do the retouching",
    ),
    (
        "need a couple more profoto heads for a shoot",
        "lighting design for home renovations, pendants & downlights",
        "home lighting, not photo lighting hire",
    ),
    (
        "client wants a white cyc studio",
        "yoga studio room hire by the hour, mats provided",
        "a yoga room, not a photo studio",
    ),
    (
        "need 20 big fine art prints for an exhibition",
        "fingerprinting & police check service",
        "fingerprints, not fine art prints",
    ),
    (
        "prints are done, now they need framing",
        "bike frame repairs & resprays",
        "bike frames, not picture framing",
    ),
    (
        "hard drive with 2 yrs of client shoots died",
        "secure hard drive shredding & destruction, certificates issued",
        "destroys drives, does not recover data",
    ),
    (
        "real estate client wants aerial shots",
        "drone racing league, come fly with us on sundays",
        "a hobby league, not aerial photography",
    ),
    (
        "client used my photos on a billboard without paying",
        "copywriting for websites and brochures",
        "copywriting, not copyright",
    ),
    (
        "clients keep double booking the studio",
        "booking agent for DJs and bands",
        "books performers, not a booking system",
    ),
    (
        "my video footage needs grading to match the stills",
        "tutoring for VCE students, grades guaranteed up",
        "school grades, not colour grading",
    ),
    # university spin-outs, munich
    (
        "need to file a patent before our paper comes out",
        "handmade patent leather shoes, bespoke fittings",
        "patent leather, not patents",
    ),
    (
        "we lose our bench space in june",
        "coworking desks in schwabing, fast wifi, coffee incl",
        "desks only, no wet lab",
    ),
    (
        "our diagnostic device needs CE marking",
        "laser marking and engraving of metal parts",
        "engraving, not regulatory certification",
    ),
    (
        "our prototype is still all breadboard",
        "circuit training classes in the englischer garten",
        "a fitness class, not circuit boards",
    ),
    (
        "new hire from bangalore needs a work permit asap",
        "german language classes for expats, A1 to C1",
        "teaches german, does not handle visas",
    ),
    (
        "reviewers say our mixed models are wrong",
        "model agency, fashion & commercial castings",
        "fashion models, not statistical models",
    ),
    (
        "need to run a small clinical study on our app",
        "free 30 day trial of our project management software",
        "a software trial, not a clinical trial",
    ),
    (
        "investors said our deck reads like a conference talk",
        "conference room hire near the hauptbahnhof",
        "rents rooms, does not fix a pitch deck",
    ),
    (
        "raising 1.5m pre-seed for a quantum startup",
        "heirloom vegetable seeds, organic, sent by post",
        "garden seeds, not seed funding",
    ),
    (
        "our centrifuge is making a scary noise",
        "washing machine repairs, same day, all brands",
        "household appliances, not lab centrifuges",
    ),
    (
        "users hate our software interface",
        "interface tours between language learners, weekly meetups",
        "language meetups, not UX design",
    ),
    # car dealers & garages, birmingham
    (
        "trade-in has a dented rear quarter",
        "paintless dent removal training course, 3 days",
        "teaches dent removal, does not fix the car",
    ),
    (
        "20 cars to prep for the forecourt this week",
        "valet parking for weddings & corporate events",
        "parks cars at events, does not valet them",
    ),
    (
        "sold a car to someone in aberdeen, need it moved",
        "airport transfers, executive cars, brum to heathrow",
        "moves people, not cars",
    ),
    (
        "BMW with an electrical fault nobody can find",
        "domestic electrician, rewires & consumer units",
        "house wiring, not auto electrics",
    ),
    (
        "half our stock has kerbed alloys",
        "alloy gates & railings, made to measure",
        "metal gates, not wheel refurbishment",
    ),
    (
        "need a cheaper tyre supplier, we fit 80 a week",
        "tyre recycling, we collect your old tyres",
        "collects waste tyres, does not supply new ones",
    ),
    (
        "drums of waste oil out the back of the workshop",
        "olive oil importer, greek & italian, trade prices",
        "cooking oil, not waste oil collection",
    ),
    (
        "customer lost both keys for a 2019 golf",
        "golf lessons for beginners at the belfry",
        "golf lessons, not car keys",
    ),
    (
        "two post lift stuck halfway up",
        "stairlift installation for homes",
        "stairlifts, not vehicle lifts",
    ),
    (
        "losing sales cos we can't offer finance",
        "part-time finance director for startups",
        "company finance role, not customer car finance",
    ),
    (
        "margin scheme vat is doing my head in",
        "vat dyeing & fabric printing workshop",
        "dye vats, not VAT",
    ),
    (
        "catalytic converters nicked off the forecourt",
        "we buy scrap catalytic converters, best prices",
        "buys cats, does not protect the forecourt",
    ),
    # pottery studios, kyoto
    (
        "my electric kiln won't get past 1000 degrees",
        "kiln-formed glass workshop for tourists, 2 hrs",
        "a class, does not repair kilns",
    ),
    (
        "looking for a shigaraki clay supplier",
        "clay tennis court resurfacing",
        "tennis courts, not pottery clay",
    ),
    (
        "my celadon keeps crawling",
        "pub crawl tours of pontocho, english guide",
        "a nightlife tour, not glaze help",
    ),
    (
        "customer wants 30 bowls shipped to france",
        "japanese snack subscription box, shipped worldwide",
        "ships its own snacks, does not pack ceramics",
    ),
    (
        "need my artist statement in japanese",
        "japanese lessons for foreigners, JLPT prep",
        "teaches japanese, does not translate",
    ),
    (
        "my pots look flat and grey in photos",
        "photo booth hire for parties & weddings",
        "party photo booth, not product photography",
    ),
    (
        "i'm on a student visa and want to run my studio",
        "visa card payment terminals for shops",
        "card payments, not immigration",
    ),
    (
        "wheel motor grinds and slows down",
        "bicycle wheel truing & spoke repair",
        "bike wheels, not pottery wheels",
    ),
    (
        "customers' bowls broke, want them mended with kintsugi",
        "kintsugi kits for sale, do it yourself at home",
        "sells kits, does not repair the bowls",
    ),
    (
        "looking for a shop to stock my tea bowls",
        "tea ceremony experience for tourists in gion",
        "a tea ceremony, not a shop to sell through",
    ),
    (
        "need a little studio with kiln access",
        "studio apartments for rent near kyoto station",
        "a flat, not a pottery studio",
    ),
    (
        "half my kiln shelves cracked",
        "bookshelves & shelving made from reclaimed wood",
        "furniture shelves, not kiln shelves",
    ),
    # security firms, johannesburg
    (
        "load shedding kills our alarm panels and cameras",
        "load shedding schedule app, alerts before your area goes off",
        "tells you when power goes, does not keep it on",
    ),
    (
        "electric fence keeps tripping in the rain",
        "fencing lessons, foil & sabre, kids and adults",
        "the sport of fencing, not electric fences",
    ),
    (
        "client's gate motor died",
        "motor vehicle licence renewals, no queues",
        "car licensing, not gate motors",
    ),
    (
        "can't see where our armed response cars are",
        "animal tracking courses in the bush, pilanesberg",
        "tracking animals, not vehicles",
    ),
    (
        "new guards need their firearm competency",
        "gun safes sold & installed, SABS approved",
        "sells safes, does not train shooters",
    ),
    (
        "radios have terrible range",
        "radio advertising on community stations",
        "radio ads, not two-way radios",
    ),
    (
        "need to vet guards before hiring",
        "vet clinic, dogs & cats, after hours emergencies",
        "an animal vet, not background vetting",
    ),
    (
        "client wants biometric access at the office park",
        "biometric passport photos while you wait",
        "passport photos, not access control",
    ),
    (
        "keep getting disqualified on government tenders",
        "chicken tenders & wings catering for events",
        "food, not tender writing",
    ),
    (
        "need two trained patrol dogs for a warehouse",
        "mobile dog grooming van, we come to you",
        "grooms pets, does not train patrol dogs",
    ),
    (
        "clients want their cams watched 24/7",
        "baby monitors & nanny cams, online store",
        "sells home cameras, does not monitor them",
    ),
    (
        "guards need first aid level 1 for a mine contract",
        "first aid kits & refills delivered to your site",
        "sells kits, does not provide the training",
    ),
    (
        "control room PC got ransomware",
        "PC gaming rigs built to order",
        "builds gaming PCs, does not remove ransomware",
    ),
]
