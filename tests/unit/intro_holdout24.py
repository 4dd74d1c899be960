"""The twenty-fourth hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: a dairy, beef and sheep farmers' discussion group
in Waikato; an independent pharmacies', opticians' and hearing clinics' evening in Dublin; a bike
shops', outdoor guides' and surf schools' meetup in Newquay; a wedding and event suppliers'
showcase in Johannesburg (in English); a translation, localisation and interpreting freelancers'
mixer in Montreal (in English); a plumbers', electricians' and HVAC contractors' breakfast in
Phoenix; and a museum, gallery and heritage sites' staff gathering in Edinburgh.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 83 of 175 pairs (47.4 %) and 15 decoys of 87 with the
lexicon and matcher as the round on the twenty-third set began; 83 and 15 as it ended. Then
tuned on: 146 (83.4 %) and 7 decoys as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # waikato: vet
    (
        "large animal vet",
        "need a vet who'll actually come out for calvings at 2am, we're past te awamutu",
        "mixed practice vet, te awamutu clinic, 24/7 on call for calving & lambing",
    ),
    # dublin: locum
    (
        "locum pharmacist",
        "need cover for the pharmacy 2 wks in august, im the only pharmacist",
        "locum pharmacist, PSI registered, free for weekends + summer blocks, dublin & kildare",
    ),
    # newquay: wetsuits
    (
        "wetsuit repair",
        "half our hire wetsuits came back from summer with torn seams",
        "wetsuit & drysuit repairs, seams reglued and taped, 1 week turnaround, st agnes",
    ),
    # johannesburg: power
    (
        "backup power",
        "terrified of loadshedding in the middle of the speeches",
        "silent diesel generators for weddings & events, 20-200kVA, tech stays on site all night",
    ),
    # montreal: certified translation
    (
        "certified translation",
        "ircc wants my diplomas translated from spanish. certified. no idea where to start",
        "OTTIAQ certified translator, spanish > english/french, official docs for immigration",
    ),
    # phoenix: marketing
    (
        "local seo",
        "phone stopped ringing since some new outfit started showing up first on google",
        "google business profile + local seo for home service contractors, phoenix metro",
    ),
    # edinburgh: digitisation
    (
        "digitisation",
        "about 40k glass plate negatives in boxes, trustees want them online 'eventually'",
        "heritage digitisation studio, glass plates & fragile photographic material, leith",
    ),
    # waikato: scanning
    (
        "pregnancy scanning",
        "need 1200 ewes scanned end of june",
        "ultrasound pregnancy scanning, ewes & cows, own crush and trailer, king country/waikato",
    ),
    # dublin: software
    (
        "pharmacy software",
        "our dispensing system crashes every single monday morning",
        "pharmacy dispensing & PMR software built for ireland, GMS claims, full data migration",
    ),
    # newquay: bookings
    (
        "online booking system",
        "ppl book lessons by text and whatsapp and we keep double booking",
        "online booking for surf schools & activity centres - deposits, waivers, "
        "tide-based timetables",
    ),
    # johannesburg: photography
    (
        "wedding photography",
        "getting married in the magaliesberg in may, still no photographer!!",
        "wedding photographer, documentary style, travel anywhere in gauteng & north west",
    ),
    # montreal: interpreting equipment
    (
        "interpreting equipment",
        "conference next month needs simultaneous interpretation, venue has nothing",
        "interpretation booths + headset rental, technician incl, montreal & quebec city",
    ),
    # phoenix: vans
    (
        "van shelving",
        "techs waste 20 min a call digging for fittings in the back of the van",
        "van upfitting: shelving, parts bins, ladder racks, installed at our shop in tempe",
    ),
    # edinburgh: textiles
    (
        "textile conservation",
        "our 17th c tapestry has moth damage along the bottom edge",
        "accredited textile conservator (ICON), tapestries, costume & flags, studio in fife",
    ),
    # waikato: fencing
    (
        "farm fencing",
        "flood took out 3km of post and batten, plus want a new lane put in",
        "rural fencing contractor - post & rail, batten, electric. waikato & hauraki plains",
    ),
    # dublin: hearing aids
    (
        "hearing aid repair",
        "clients' hearing aids come back from the manufacturer after 3+ weeks, they're furious",
        "independent hearing aid repair lab, all major brands, 48h turnaround, post from "
        "anywhere in ireland",
    ),
    # newquay: insurance
    (
        "adventure activity insurance",
        "our insurer won't renew us because we added coasteering",
        "specialist insurance broker for adventure providers: coasteering, surf, climbing, kayak",
    ),
    # johannesburg: catering
    (
        "wedding catering",
        "caterer for 250 guests, about half vegetarian",
        "event caterer, buffet or plated, veg/vegan/halaal menus, up to 500 guests",
    ),
    # montreal: freelancer tax
    (
        "freelancer tax",
        "first year freelancing, do i need to charge gst/qst?? help",
        "accountant for self-employed translators & interpreters, gst/qst registration, "
        "quebec + federal returns",
    ),
    # phoenix: refrigerant cert
    (
        "epa 608 training",
        "two new hvac hires and neither has their 608 yet",
        "EPA 608 prep class + proctored exam on site, groups welcome, phoenix & tucson",
    ),
    # edinburgh: exhibitions
    (
        "exhibition design",
        "new permanent gallery opens 2026 and we still don't have a designer",
        "exhibition designer for museums & heritage sites - interpretation, layout, "
        "graphics, AV briefs",
    ),
    # waikato: shearing
    (
        "shearing",
        "need a gang for 900 ewes in october, last lot never turned up",
        "shearing contractor, 6 stand gang, crutching too, based otorohanga",
    ),
    # dublin: frames
    (
        "eyewear frames supplier",
        "sick of stocking the same frames as every chain in town",
        "distributor of independent frame brands from denmark & japan, rep covers all of ireland",
    ),
    # newquay: bikes
    (
        "bike servicing",
        "hire fleet of 30 e-bikes needs servicing before easter",
        "mobile bike mechanic, bosch & shimano e-bike certified, fleet servicing at your shop",
    ),
    # johannesburg: marquees
    (
        "marquee hire",
        "venue is a farm w/ no hall, need a big tent for 180",
        "stretch tent & marquee hire, flooring, lighting & sidewalls, gauteng",
    ),
    # montreal: subtitles
    (
        "subtitling",
        "our short got into a festival and they want french subs by the 15th",
        "subtitler en>fr and fr>en, festival & broadcast formats, fast turnaround",
    ),
    # phoenix: books
    (
        "contractor bookkeeping",
        "doing job costing on a napkin tbh",
        "bookkeeper for trades only - job costing, quickbooks, monthly reports you'll understand",
    ),
    # edinburgh: audio guide
    (
        "audio guide",
        "visitors keep asking for an audio tour, we have no app and no budget for one",
        "audio guide production for small museums: scripts, voices, hosted web player, no app",
    ),
    # waikato: milking plant
    (
        "milking plant servicing",
        "vacuum pump on the rotary sounds like its dying",
        "milking machine technician, rotary & herringbone, annual plant tests, on call",
    ),
    # dublin: fit-out
    (
        "retail fit-out",
        "need a private consultation room built into the pharmacy for vaccines",
        "pharmacy & clinic shopfitting - consultation rooms, dispensaries, done around "
        "opening hours",
    ),
    # newquay: first aid
    (
        "outdoor first aid training",
        "all our guides' first aid certs run out before the season",
        "16hr outdoor first aid courses, ITC, run in newquay & bodmin or at your base",
    ),
    # johannesburg: flowers
    (
        "florist",
        "need bridal bouquet + table flowers, budget is tight",
        "wedding florist, seasonal blooms keep costs down, bouquets & table pieces",
    ),
    # montreal: CAT tools
    (
        "cat tool training",
        "agency says I need trados for their jobs, never touched it",
        "trados & memoQ training for freelance translators, small groups, online or in person",
    ),
    # phoenix: licensing
    (
        "contractor licensing",
        "want my own ROC license so i can stop working under my old boss's",
        "arizona ROC licensing consultant - applications, qualifying party, exams",
    ),
    # edinburgh: grants
    (
        "grant writing",
        "want to apply to the heritage lottery fund, first time, it's terrifying",
        "heritage fundraiser, written NLHF bids for 20+ sites, £4m raised",
    ),
    # waikato: succession
    (
        "farm succession planning",
        "dad wants to retire, 3 of us kids, no clue how to split the farm fairly",
        "rural accountant - farm succession & family trust restructures, 20 yrs w/ waikato "
        "families",
    ),
    # dublin: gdpr
    (
        "data protection",
        "patient records on an old pc in the back room, is that even gdpr ok",
        "gdpr consultant for healthcare practices: DPIAs, record retention, staff training",
    ),
    # newquay: photos
    (
        "action photography",
        "want photos of customers surfing so we can sell them after the lesson",
        "surf photographer, in-water & beach, revenue share with surf schools",
    ),
    # johannesburg: dj
    (
        "event dj",
        "need a dj who can play amapiano AND my gran's songs",
        "wedding DJ - amapiano to 80s to gospel, PA and lights included",
    ),
    # montreal: fr>en
    (
        "fr-en translation",
        "have all our tourism brochures in french, need them in english for the summer",
        "french > english translator, tourism & marketing, 12 yrs, montreal",
    ),
    # phoenix: apprentices
    (
        "apprentice recruiting",
        "cant find apprentices, nobody young wants to do trades anymore",
        "placement office at a trade school, pre-apprenticeship grads in electrical & plumbing",
    ),
    # edinburgh: visitor research
    (
        "visitor research",
        "funder wants an evaluation of our schools programme by march",
        "museum evaluation consultant, visitor surveys, focus groups, funder reports",
    ),
    # waikato: effluent
    (
        "effluent compliance",
        "got a letter from regional council about our effluent pond, 3 months to sort it",
        "dairy effluent design & consent compliance, pond sealing assessments, waikato",
    ),
    # dublin: calibration
    (
        "audiology equipment calibration",
        "audiometer calibration cert is out of date, oops",
        "annual calibration of audiometers & tympanometers to ISO 389, on site nationwide",
    ),
    # newquay: housing
    (
        "staff accommodation",
        "can't find anywhere for our seasonal instructors to live, it's all airbnb",
        "we let rooms to seasonal workers apr-oct, block bookings for businesses, newquay",
    ),
    # johannesburg: cake
    (
        "wedding cake",
        "need a 3 tier cake thats egg free",
        "custom celebration cakes, eggless & vegan, tiered wedding cakes a speciality",
    ),
    # montreal: localisation
    (
        "software localisation",
        "our saas has to launch in quebec french, strings are hardcoded everywhere",
        "localisation engineer: i18n, string extraction, fr-CA, works with your dev team",
    ),
    # phoenix: dispatch
    (
        "field service software",
        "dispatch is a whiteboard and a lot of yelling",
        "field service software - scheduling, dispatch, invoices from the truck",
    ),
    # edinburgh: environment
    (
        "environmental monitoring",
        "humidity in the store swings like mad between summer and winter",
        "environmental monitoring for collections, wireless temp/RH loggers, monthly reports",
    ),
    # waikato: relief milking
    (
        "relief milker",
        "need someone to do milkings so we can go to a wedding in march",
        "relief milker, 8 yrs on rotary & herringbone, weekend & holiday cover",
    ),
    # dublin: microsuction
    (
        "ear wax removal training",
        "want our hearing aid dispensers trained to do microsuction",
        "microsuction & ear irrigation training for audiologists & pharmacists, CPD accredited",
    ),
    # newquay: vehicle wraps
    (
        "vehicle wraps",
        "our minibus is plain white, want it to actually look like a surf school",
        "vehicle wraps & signwriting - vans, minibuses, trailers. truro",
    ),
    # johannesburg: security
    (
        "event security",
        "worried about gate crashers at the wedding, it's a big family",
        "event security, PSIRA registered guards, access control & guest lists",
    ),
    # montreal: voice-over
    (
        "voice-over",
        "need a quebec french voice for a 90 sec explainer vid",
        "voice actor, québécois & international french, broadcast quality home studio",
    ),
    # phoenix: solar
    (
        "solar installation",
        "customers keep asking us about solar and we don't do it",
        "solar installer looking for hvac & electrical referral partners, phoenix valley",
    ),
    # edinburgh: art transport
    (
        "fine art transport",
        "lending 12 objects to a gallery in london in the spring",
        "fine art shipping, climate controlled vans, courier accompanied, "
        "scotland to london weekly",
    ),
    # waikato: silage
    (
        "silage contracting",
        "need 60ha cut and wrapped, our contractor went bust",
        "ag contractor: mowing, raking, baling & wrapping, plus pit silage",
    ),
    # dublin: delivery
    (
        "prescription delivery",
        "a lot of our older patients cant get in to us anymore",
        "prescription delivery for independent pharmacies, dublin 1-24, trained & vetted drivers",
    ),
    # newquay: lifeguards
    (
        "lifeguard training",
        "new surf coaches need their beach lifeguard quals",
        "RLSS beach lifeguard (NVBLQ) courses on fistral, spring & autumn dates",
    ),
    # johannesburg: alterations
    (
        "wedding dress alterations",
        "dress is too long and the wedding is in 3 weeks",
        "bridal alterations - hems, bustles, taking in, rush jobs accepted",
    ),
    # montreal: proofreading
    (
        "proofreading",
        "translated my novel into english myself, want a second pair of eyes",
        "english proofreader & reviser for literary translations",
    ),
    # phoenix: financing
    (
        "equipment financing",
        "need a new sewer jetter but cash is tight till fall",
        "equipment financing for contractors - trucks, jetters, lifts. approvals in 48h",
    ),
    # edinburgh: volunteers
    (
        "volunteer coordination",
        "60 volunteers, one spreadsheet, me",
        "volunteer management software for charities & heritage sites, rotas + hours logging",
    ),
    # waikato: soil
    (
        "soil testing",
        "pasture's gone patchy and honestly im guessing on fert",
        "soil & herbage testing, nutrient plans, independent - i don't sell fertiliser",
    ),
    # dublin: locum
    (
        "locum pharmacist",
        "maternity leave coming up, need a pharmacist for 6 months",
        "locum agency for community pharmacies, short & long term placements, all of leinster",
    ),
    # newquay: wetsuit
    (
        "wetsuit repair",
        "my winter suit has a hole in the knee lol",
        "neoprene repairs, patches & seam taping, drop off in newquay or post it",
    ),
    # johannesburg: power
    (
        "backup power",
        "venue's inverter only runs the lights, not the kitchen",
        "event power hire: generators + distribution boards, fuel managed, joburg & pretoria",
    ),
    # montreal: certified
    (
        "certified translation",
        "province needs my birth certificate in french, certified",
        "certified translator (OTTIAQ) english > french, official documents, 48h",
    ),
    # phoenix: seo
    (
        "local seo",
        "we're invisible on google maps, it's all the franchises",
        "seo for plumbers, electricians & hvac, map pack rankings, month to month",
    ),
    # edinburgh: oral history
    (
        "digitisation",
        "we've got about 200 hours of oral history on cassette and the tapes are going",
        "audio digitisation from cassette & reel-to-reel, archival wav files, edinburgh",
    ),
    # waikato: scanning
    (
        "pregnancy scanning",
        "want to know which heifers held before we sell the empties",
        "cattle pregnancy scanning, foetal ageing, 350 head a day",
    ),
    # dublin: software
    (
        "pharmacy software",
        "still basically doing the PCRS claims by hand",
        "dispensing software w/ automatic PCRS claim submission, training on site",
    ),
    # newquay: bookings
    (
        "online booking system",
        "want customers to book bike hire online instead of ringing",
        "booking software for rental shops, online payment, stock tracked by frame size",
    ),
    # johannesburg: photography
    (
        "wedding photography",
        "want a photographer who doesn't panic at big family group shots",
        "wedding & family photographer, 10 yrs, 300-guest group photos no problem",
    ),
    # montreal: interpreting
    (
        "conference interpreting",
        "need a french-english interpreter for a two day board meeting",
        "conference interpreter, AIIC member, fr<>en, consecutive & simultaneous",
    ),
    # phoenix: vans
    (
        "van shelving",
        "just bought a new sprinter, needs racks and bins before it hits the road",
        "commercial van upfits, shelving & ladder racks, most installs same week",
    ),
    # edinburgh: textiles
    (
        "textile conservation",
        "regimental flags are shredding inside their frames",
        "textile conservator specialising in flags & banners, condition surveys & treatment",
    ),
    # waikato: fencing
    (
        "farm fencing",
        "electric fence keeps shorting out, bulls in the neighbours' again",
        "fencing contractor, electric fence fault finding, dairy & beef",
    ),
    # dublin: hearing aid repair
    (
        "hearing aid repair",
        "receiver wires on the behind-the-ear aids keep snapping",
        "hearing aid repairs, receivers & tubing replaced same day, dublin 2",
    ),
    # newquay: insurance
    (
        "adventure activity insurance",
        "need public liability to take ppl on guided mtb rides",
        "insurance for freelance outdoor instructors & guides, PL from £95/yr",
    ),
    # johannesburg: catering
    (
        "wedding catering",
        "need a halaal caterer for the walima",
        "halaal certified catering for weddings & walimas, gauteng",
    ),
    # montreal: tax
    (
        "freelancer tax",
        "revenu québec sent me a letter and i do not understand a word of it",
        "tax accountant for freelancers, handles revenu québec & CRA correspondence, bilingual",
    ),
    # phoenix: 608
    (
        "epa 608 training",
        "only have my type II, need universal",
        "EPA 608 certification testing, all types, walk-ins tuesday mornings",
    ),
    # edinburgh: exhibition
    (
        "exhibition design",
        "temporary show in 8 weeks on a tiny budget",
        "exhibition design for small museums, quick turnaround, works w/ volunteers",
    ),
    # waikato: shearing
    (
        "shearing",
        "only a few hundred wethers to crutch, small job, anyone?",
        "crutching & small mobs welcome, 2 person team, own gear",
    ),
    # dublin: frames
    (
        "eyewear frames supplier",
        "need kids frames that survive actual kids",
        "children's frame range, flexible titanium, 2 yr breakage warranty",
    ),
    # newquay: bike
    (
        "bike servicing",
        "my hydraulic brakes feel spongy and i'm guiding on saturday",
        "bike workshop, brake bleeds, gear tuning, most jobs same day, newquay",
    ),
    # johannesburg: marquee
    (
        "marquee hire",
        "open air reception in january, what if it rains",
        "marquee hire with sidewalls & flooring, rain plans for outdoor weddings",
    ),
    # montreal: subtitling
    (
        "subtitling",
        "youtube channel, want spanish subtitles on the back catalogue",
        "subtitling & captioning in spanish, english & french, bulk rates for channels",
    ),
    # phoenix: bookkeeping
    (
        "contractor bookkeeping",
        "no idea which of our jobs actually make money",
        "job costing bookkeeping for plumbing & electrical shops",
    ),
    # edinburgh: audio guide
    (
        "audio guide",
        "cruise groups keep coming in and half don't speak english",
        "multilingual audio guides, 8 languages, handsets or phones, castle & museum clients",
    ),
    # waikato: milking
    (
        "milking plant servicing",
        "cups falling off heaps and the cows are kicking, maybe pulsators?",
        "milking plant testing, pulsation & vacuum checks, liner changes",
    ),
    # dublin: fit out
    (
        "retail fit-out",
        "opticians in a listed building, need a refit that doesn't wreck the place",
        "shopfitter, heritage shopfronts & interiors, conservation officer approvals handled",
    ),
    # newquay: first aid
    (
        "outdoor first aid training",
        "need first aid training for remote sites, not the office kind",
        "outdoor & remote first aid, 16 hr, scenarios on the coast path",
    ),
    # johannesburg: florist
    (
        "florist",
        "want proteas and fynbos everywhere for the wedding",
        "florist specialising in fynbos & proteas, weddings & events",
    ),
    # montreal: cat tools
    (
        "cat tool training",
        "my translation memories are a mess, duplicates everywhere",
        "CAT tool consultant: TM cleanup, termbases, memoQ & trados",
    ),
    # phoenix: surety
    (
        "surety bond",
        "ROC wants a license bond before they issue it",
        "surety bonds for arizona contractors, license bonds same day",
    ),
    # edinburgh: grants
    (
        "grant writing",
        "trustees want us less dependent on one funder",
        "fundraising consultant for heritage charities, trusts & foundations bids, strategy",
    ),
    # waikato: succession
    (
        "farm succession planning",
        "want to bring our sharemilker in as an equity partner but scared to get it wrong",
        "agri lawyer: equity partnerships, sharemilking agreements, succession",
    ),
    # dublin: gdpr
    (
        "data protection",
        "emailed the wrong patient their test results, now what",
        "outsourced data protection officer for clinics & pharmacies, breach response",
    ),
    # newquay: photos
    (
        "action photography",
        "need decent photos for the website, kayaking & coasteering",
        "outdoor & adventure photographer, commercial shoots, drone licensed, cornwall",
    ),
    # johannesburg: dj
    (
        "event dj",
        "sound system for the speeches and then a dj after",
        "dj + PA hire, wireless mics for speeches, up to 400 guests",
    ),
    # montreal: fr>en
    (
        "fr-en translation",
        "got a 30 page contract in french, my french isn't good enough for this",
        "legal translator french > english, contracts & leases, montreal",
    ),
    # phoenix: apprentices
    (
        "apprentice recruiting",
        "need a helper who can start monday, plumbing",
        "staffing agency for skilled trades - helpers, apprentices, journeymen",
    ),
    # edinburgh: visitors
    (
        "visitor research",
        "we honestly have no idea who our visitors are",
        "audience research for museums & galleries, segmentation & surveys",
    ),
    # waikato: effluent
    (
        "effluent compliance",
        "effluent block ponds every winter, worried about getting pinged",
        "dairy effluent system design, storage calcs & low rate application",
    ),
    # dublin: calibration
    (
        "audiology equipment calibration",
        "opening a new clinic, sound booth needs testing before we start",
        "sound booth testing & audiometric calibration, certificates issued on the day",
    ),
    # newquay: housing
    (
        "staff accommodation",
        "need 4 beds for summer staff july & august",
        "staff house in newquay, beds let to businesses for the season",
    ),
    # johannesburg: cake
    (
        "wedding cake",
        "want a semi naked cake for 120 ppl",
        "cake designer, naked & semi naked wedding cakes, serves 50-300",
    ),
    # montreal: localisation
    (
        "software localisation",
        "want our online shop in french, german & spanish",
        "website localisation agency, shopify & woocommerce, translation + QA",
    ),
    # phoenix: field service
    (
        "field service software",
        "techs keep forgetting to take payment on site",
        "field service app w/ card payments on the job & auto invoice",
    ),
    # edinburgh: environment
    (
        "environmental monitoring",
        "lender wants temp & RH data for the gallery before they'll lend",
        "data loggers & monitoring for loan agreements, reports formatted for lenders",
    ),
    # waikato: relief milker
    (
        "relief milker",
        "calving is killing us, need an extra pair of hands 6 weeks",
        "seasonal calf rearer & relief milker, free july to september",
    ),
    # dublin: delivery
    (
        "prescription delivery",
        "want to start delivering meds but we can't spare a staff member",
        "prescription delivery service for pharmacies, insured drivers, daily runs",
    ),
    # newquay: vehicle wraps / phoenix
    (
        "vehicle wraps",
        "trucks are all plain white, nobody knows who we are",
        "fleet wraps for contractors, phoenix, design included",
    ),
    # johannesburg: security
    (
        "event security",
        "venue needs someone watching the parking lot at night",
        "security guards for event parking & perimeter, psira registered",
    ),
    # montreal: voice-over
    (
        "voice-over",
        "e-learning course needs english narration, 3 hrs of script",
        "english voice over for e-learning, long form narration, fast turnaround",
    ),
    # phoenix: solar
    (
        "solar installation",
        "our shop roof bakes all day, might as well put solar on it",
        "commercial solar installs, small businesses & warehouses, arizona",
    ),
    # edinburgh: transport
    (
        "fine art transport",
        "need crates built for a touring exhibition",
        "museum crate making & art transport, UK & europe",
    ),
    # waikato: silage
    (
        "silage contracting",
        "maize needs harvesting and stacking in april",
        "maize harvesting & pit stacking, self-propelled forage harvester, waikato",
    ),
    # montreal: transcription
    (
        "transcription",
        "40 hrs of interviews in french for my thesis, need them transcribed",
        "french & english transcription for academic research, confidentiality agreements",
    ),
    # johannesburg: coordinator
    (
        "wedding coordinator",
        "overwhelmed. need someone to run the day so my mom doesn't",
        "day-of wedding coordinator, timelines, suppliers, keeps family calm",
    ),
    # phoenix: customer financing
    (
        "customer financing",
        "homeowners can't afford a new AC system up front, we lose the sale",
        "consumer financing for hvac replacements, instant approvals, dealers in AZ",
    ),
    # edinburgh: pests
    (
        "museum pest control",
        "clothes moths in the costume store. again",
        "integrated pest management for heritage collections, traps, monitoring & freezing",
    ),
    # edinburgh: paintings
    (
        "paintings conservation",
        "oil portrait is flaking, needs looking at before it goes out on loan",
        "paintings conservator, condition reports & treatment, edinburgh studio",
    ),
    # phoenix: panels
    (
        "electrical panel upgrade",
        "property manager, 12 rentals with old fuse panels, tenants want ev chargers",
        "licensed electrician, panel upgrades & ev charger installs, ROC licensed",
    ),
    # edinburgh: gaelic
    (
        "gaelic translation",
        "want our exhibition labels in gaelic as well as english",
        "gaelic translator, heritage & interpretation text, signage",
    ),
    # phoenix: commercial plumbing
    (
        "commercial plumbing",
        "manage a strip mall, pipe burst last week and our plumber ghosted us",
        "commercial plumber, 24h emergency callouts, phoenix, mesa & chandler",
    ),
    # edinburgh: collections software
    (
        "collections management software",
        "catalogue lives in 3 excel files and a card index",
        "collections management system for small museums, spectrum compliant, data migration",
    ),
    # phoenix: hvac maintenance
    (
        "hvac maintenance",
        "office ac dies every july like clockwork",
        "commercial hvac maintenance contracts, spring tune-ups, priority service",
    ),
    # edinburgh: lighting
    (
        "museum lighting",
        "light levels way too high for the watercolours",
        "museum lighting designer, conservation grade LED, lux surveys",
    ),
    # dublin: payroll
    (
        "payroll",
        "payroll for 14 staff eats my sunday nights",
        "payroll bureau for small businesses in ireland, revenue PAYE modernisation handled",
    ),
    # waikato: payroll
    (
        "payroll",
        "farm staff on weird rosters and i keep getting holiday pay wrong",
        "payroll for farms, rosters & holidays act compliance, nz",
    ),
    # newquay: website
    (
        "website build",
        "our website is from like 2011 and doesn't work on phones",
        "web designer for tourism & activity businesses, mobile first, cornwall",
    ),
    # edinburgh: website
    (
        "website build",
        "museum website is impossible to update, only one volunteer knows how",
        "web developer for charities & museums, easy-to-edit sites, training included",
    ),
    # johannesburg: social media
    (
        "social media management",
        "dont have time to post on insta, im doing the actual weddings",
        "social media manager for wedding suppliers, content calendar & reels",
    ),
    # phoenix: social media
    (
        "social media management",
        "need someone to run our facebook, i'm on roofs all day",
        "social media for home service businesses, before/after posts & reviews",
    ),
    # dublin: cleaning
    (
        "commercial cleaning",
        "need cleaners for the clinic after hours, has to be proper infection control",
        "clinical cleaning for practices & clinics, infection control trained, dublin",
    ),
    # edinburgh: cleaning
    (
        "commercial cleaning",
        "need someone to clean the galleries who won't knock things over",
        "cleaning for museums & historic houses, trained in working around collections",
    ),
    # waikato: vet
    (
        "large animal vet",
        "lameness through the herd again and our vet retired",
        "dairy vet, lameness & mastitis focus, cover waikato & south auckland",
    ),
    # newquay: lifeguard
    (
        "lifeguard training",
        "want 2 of our instructors to be able to do pool lifeguard for the club",
        "NPLQ pool lifeguard courses, cornwall, small groups",
    ),
    # johannesburg: coordinator
    (
        "wedding coordinator",
        "destination wedding from london, need someone on the ground in joburg",
        "wedding planner in johannesburg, overseas couples, full planning & on the day",
    ),
    # montreal: proofreading
    (
        "proofreading",
        "not a native speaker, my english website copy reads a bit weird",
        "proofreading & copyediting in english, websites & marketing",
    ),
    # montreal: transcription
    (
        "transcription",
        "podcast in english & french, want transcripts for each episode",
        "bilingual transcription en/fr, podcasts & video, timestamps",
    ),
    # phoenix: licensing
    (
        "contractor licensing",
        "moving my electrical business from nevada to az, what license do i need",
        "arizona ROC license applications & reciprocity for out of state contractors",
    ),
    # phoenix: equipment financing
    (
        "equipment financing",
        "want a second truck but the bank laughed at me",
        "truck & equipment financing for small contractors, fair credit ok",
    ),
    # phoenix: panel
    (
        "electrical panel upgrade",
        "house keeps tripping when the ac and dryer run together, 100 amp panel",
        "panel upgrades 100 to 200 amp, permits included, valley wide",
    ),
    # phoenix: plumbing
    (
        "commercial plumbing",
        "restaurant grease trap keeps backing up",
        "commercial plumbing - grease traps, jetting, camera inspection",
    ),
    # phoenix: hvac
    (
        "hvac maintenance",
        "school district, 40 rooftop units, no maintenance plan",
        "commercial rooftop unit service, PM contracts for schools & offices",
    ),
    # phoenix: customer financing
    (
        "customer financing",
        "want to offer payment plans on water heater installs",
        "consumer financing for plumbing & hvac contractors, monthly payment options",
    ),
    # phoenix: surety
    (
        "surety bond",
        "city job requires a performance bond, never had one",
        "contract surety bonds - bid & performance bonds for small contractors",
    ),
    # edinburgh: pests
    (
        "museum pest control",
        "found beetle larvae in the taxidermy case",
        "heritage IPM specialist, insect identification & treatment, anoxia & freezing",
    ),
    # edinburgh: paintings
    (
        "paintings conservation",
        "gilt frame and canvas water damaged after a roof leak",
        "paintings & gilded frames conservator, emergency treatment after leaks",
    ),
    # edinburgh: gaelic
    (
        "gaelic translation",
        "need bilingual english/gaelic signage for the visitor centre",
        "gaelic translation & proofreading, signage & interpretation panels",
    ),
    # edinburgh: collections software
    (
        "collections management software",
        "our collections database is discontinued, need to move everything",
        "collections software migration & hosting for museums, spectrum compliant",
    ),
    # edinburgh: lighting
    (
        "museum lighting",
        "gallery lighting is all halogen, hot, and fading the textiles",
        "LED relighting for museums & historic houses, UV-free, lux & heat surveys",
    ),
    # edinburgh: volunteers
    (
        "volunteer coordination",
        "volunteers keep drifting away after a month or two",
        "volunteer programme consultant, recruitment, retention & training for heritage",
    ),
    # montreal: interpreting equipment
    (
        "interpreting equipment",
        "hybrid event, some interpreters will be working from home",
        "remote simultaneous interpreting platform + on site tech for hybrid events",
    ),
    # montreal: conference interpreting
    (
        "conference interpreting",
        "medical conference in montreal, need interpreters fr/en for 3 days",
        "team of conference interpreters fr<>en, medical & scientific specialism",
    ),
    # montreal: voice
    (
        "voice-over",
        "want a french canadian voice for our ivr phone menu",
        "quebec french voice talent, IVR, phone systems & ads",
    ),
    # dublin: ear wax
    (
        "ear wax removal training",
        "pharmacy wants to offer ear irrigation as a service, who trains staff",
        "ear care training for pharmacies, irrigation & microsuction, accredited",
    ),
    # dublin: prescription delivery
    (
        "prescription delivery",
        "need fridge lines delivered to nursing homes, cold chain",
        "temperature controlled pharmacy delivery, nursing homes & care facilities, dublin",
    ),
    # waikato: soil
    (
        "soil testing",
        "bank wants a nutrient budget before they'll lend for the conversion",
        "certified nutrient management adviser, nutrient budgets & farm environment plans",
    ),
    # newquay: booking
    (
        "online booking system",
        "guide business, want ppl to sign waivers online before they show up",
        "booking + digital waivers for guides & activity providers, simple monthly fee",
    ),
    # johannesburg: alterations
    (
        "wedding dress alterations",
        "bought my mom's old wedding dress, needs reshaping to fit me",
        "bridal seamstress, restyling & altering vintage wedding dresses",
    ),
    # johannesburg: dj
    (
        "event dj",
        "corporate year end function, need music & an MC",
        "dj & mc for corporate events and weddings, johannesburg",
    ),
    # johannesburg: backup power
    (
        "backup power",
        "outdoor wedding, no grid power at the site at all",
        "off-grid event power, generators & battery packs, full setup & fuel",
    ),
    # montreal: freelancer tax
    (
        "freelancer tax",
        "do i have to pay tax instalments? got a weird notice",
        "accountant for freelancers in quebec, instalments, deductions & filings",
    ),
    # dublin: software
    (
        "pharmacy software",
        "want a system that talks to the dispensing robot",
        "pharmacy management software with robot integration, irish support team",
    ),
    # waikato: vet
    (
        "large animal vet",
        "need a vet for pregnancy testing and drenching advice, beef herd",
        "beef & sheep vet, herd health plans, drench resistance testing, waikato",
    ),
    # dublin: frames
    (
        "eyewear frames supplier",
        "want a few sustainable frames, customers keep asking for them",
        "eyewear rep, recycled acetate & wood frames, small minimum orders, ireland & NI",
    ),
    # newquay: bike servicing
    (
        "bike servicing",
        "rental mtbs take a beating every week, need someone on a regular contract",
        "bike mechanic, monthly fleet maintenance contracts for hire shops, cornwall",
    ),
    # waikato: shearing
    (
        "shearing",
        "small lifestyle block, 30 sheep, nobody wants such a tiny job",
        "shearer for lifestyle blocks & small flocks, no mob too small, waikato",
    ),
    # johannesburg: photography
    (
        "wedding photography",
        "want photos AND a short video of the day, one team if possible",
        "husband & wife photo + video team, weddings across gauteng",
    ),
    # montreal: certified translation
    (
        "certified translation",
        "need my drivers licence from brazil translated for the SAAQ",
        "certified portuguese > french translator, licences & civil docs, OTTIAQ member",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "need a vet for my herd, calving starts in july",
        "veteran-owned hvac company, phoenix, 10% off for military",
        "a veteran-owned business, not a veterinarian",
    ),
    (
        "need a shearing gang for 900 ewes",
        "scissor & shear sharpening for hair salons and dog groomers",
        "sharpens salon scissors, not a shearing crew",
    ),
    (
        "our milking plant is losing vacuum",
        "plant hire: 5t diggers, rollers & dumpers",
        "earthmoving plant hire, not milking machine servicing",
    ),
    (
        "fencing contractor for 3km of post and batten",
        "fencing classes for kids, foil & epee, saturday mornings",
        "the sport of fencing, not farm fences",
    ),
    (
        "dairy shed effluent pond needs sorting for council",
        "dairy-free baking, vegan cakes & slices",
        "dairy-free food, nothing to do with dairy farm effluent",
    ),
    (
        "silage wrap recycling, we've got a mountain of it",
        "silage contracting, mowing & wrapping",
        "makes more wrapped silage, doesn't take used wrap away",
    ),
    (
        "pregnancy scanning for 800 ewes",
        "document scanning & archiving for offices",
        "scanning paperwork, not ultrasound on ewes",
    ),
    (
        "ear tags for the calves, NAIT ones",
        "price tag & label printing for retailers",
        "retail price tags, not livestock ear tags",
    ),
    (
        "pivot irrigator broke down mid summer",
        "garden irrigation, lawn sprinklers for suburban homes",
        "domestic garden sprinklers, not farm pivot irrigators",
    ),
    (
        "need a relief milker for the weekend",
        "milk delivery in glass bottles, hamilton suburbs",
        "delivers milk to houses, doesn't milk cows",
    ),
    (
        "soil testing to sort out our fert",
        "contaminated land soil sampling for property developers",
        "environmental site assessment for developers, not pasture nutrition",
    ),
    (
        "locum pharmacist for 2 weeks",
        "locum GP agency, short notice cover for practices",
        "places doctors, not pharmacists",
    ),
    (
        "hearing aid batteries at wholesale prices",
        "solicitor, represents clients at planning hearings & tribunals",
        "a legal hearing, not hearing aids",
    ),
    (
        "frames for our optical display wall",
        "picture framing, canvas stretching, mount cutting",
        "picture frames, not spectacle frames",
    ),
    (
        "need reading glasses stock for the pharmacy counter",
        "glazier, shopfront glass & mirrors, emergency boarding",
        "window glass, not eyeglasses",
    ),
    (
        "need a contact lens supplier w/ next day delivery",
        "linkedin coach, helps you build business contacts",
        "networking contacts, not contact lenses",
    ),
    (
        "prescription delivery driver for our older patients",
        "prescription lens glazing lab, 3 day turnaround",
        "glazes prescription spectacle lenses, doesn't deliver medicines",
    ),
    (
        "shopfitters for a new dispensary counter",
        "hearing aid fittings, same week appointments",
        "fits hearing aids on people, doesn't fit out shops",
    ),
    (
        "need a dispensing robot for the pharmacy",
        "vending machines for offices, snacks & drinks dispensing",
        "snack vending, not pharmacy dispensing automation",
    ),
    (
        "microsuction training for our staff",
        "ear piercing studio, sterile, walk-ins welcome",
        "pierces ears, doesn't teach wax removal",
    ),
    (
        "home eye tests for housebound patients",
        "eye makeup artist, lashes & brows for events",
        "cosmetic eye makeup, not sight testing",
    ),
    (
        "repair of my camera lens, autofocus died",
        "contact lens clinic, fittings & aftercare",
        "contact lenses for eyes, not camera lens repair",
    ),
    (
        "wetsuit repair, seams going",
        "wetsuit hire by the day or week, fistral beach",
        "rents wetsuits out, doesn't repair them",
    ),
    (
        "need someone to fix dings in our rental surfboards",
        "board governance training for charity trustees",
        "boards of trustees, not surfboards",
    ),
    (
        "mountain bike guide for a stag group",
        "motorbike mechanic, MOTs & servicing, newquay",
        "motorbikes, and fixing not guiding",
    ),
    (
        "need someone to write a brand style guide",
        "qualified coasteering guide, freelance for activity centres",
        "an outdoor guide, not a brand guidelines writer",
    ),
    (
        "need a surf instructor to work for us this summer",
        "surf lessons for beginners, all ages, boards & suits incl",
        "sells lessons to customers, not looking for a job",
    ),
    (
        "wholesale bike chains & cassettes for the shop",
        "supply chain consultant for manufacturers",
        "supply chains, not bicycle chains",
    ),
    (
        "need bike tyres in bulk for the hire fleet",
        "car tyre fitting & tracking, mobile service",
        "car tyres fitted, not bicycle tyres",
    ),
    (
        "brakes on our hire bikes need bleeding",
        "short break & retreat packages on the north coast",
        "holiday breaks, not bike brakes",
    ),
    (
        "insurance for coasteering trips",
        "car insurance comparison, young drivers",
        "motor insurance, won't cover adventure activities",
    ),
    (
        "need photos of our guided walks for the website",
        "photo booth hire for weddings & parties",
        "party photo booth, not commercial outdoor photography",
    ),
    (
        "staff accommodation for seasonal surf coaches",
        "staff training on accommodation duties for hotels",
        "hotel staff training, not somewhere for staff to live",
    ),
    (
        "need a 3 tier wedding cake",
        "cake decorating classes, beginners welcome",
        "teaches cake decorating, doesn't make the cake",
    ),
    (
        "bar service for the reception drinks",
        "reception desks made to order for offices & salons",
        "office reception furniture, not a wedding reception bar",
    ),
    (
        "marquee hire for 150 guests",
        "light-up marquee letters hire, LOVE & initials",
        "decor letters, not a tent",
    ),
    (
        "backup power for an outdoor wedding in loadshedding",
        "power yoga classes, sandton, mornings",
        "a yoga class, not electricity",
    ),
    (
        "florist for bridal bouquets",
        "flour supplier for bakeries, bulk cake flour",
        "flour, not flowers",
    ),
    (
        "need my wedding ring resized before the day",
        "ring light rental for content creators",
        "a photography light, not a jeweller",
    ),
    (
        "security guards for the venue gate",
        "cyber security audits for small businesses",
        "IT security, not guards at a wedding",
    ),
    (
        "halaal catering for 300",
        "catering equipment repairs, ovens & fridges",
        "repairs kitchen equipment, doesn't cook for weddings",
    ),
    (
        "wedding dress alterations, urgent",
        "window dressing & visual merchandising for retail",
        "shop window dressing, not dress alterations",
    ),
    (
        "stretch tent for a farm wedding",
        "camping tents & gear for sale, hiking shop",
        "sells camping tents, not event tent hire",
    ),
    (
        "live band for the reception",
        "wedding bands & engagement rings, custom made",
        "wedding rings, not musicians",
    ),
    (
        "wedding dj, amapiano please",
        "dj lessons for teens, learn to mix in 6 weeks",
        "teaches djing, doesn't play the wedding",
    ),
    (
        "need a portuguese to english translator",
        "french to english translator, legal & marketing",
        "different language pair",
    ),
    (
        "need a sign language interpreter for a conference",
        "spanish conference interpreter, simultaneous",
        "spoken-language interpreting, not sign language",
    ),
    (
        "need to localise our app for japan",
        "indoor localisation & positioning systems for warehouses",
        "tracking positions indoors, not language localisation",
    ),
    (
        "proofreading for my thesis written in french",
        "english proofreader, academic & business",
        "proofreads english, the thesis is in french",
    ),
    (
        "quebec french voice-over for an ad",
        "voice coaching for singers, breath & range",
        "teaches singers, doesn't voice ads",
    ),
    (
        "training on CAT tools like trados",
        "cat sitter, plateau & mile end, daily visits",
        "looks after cats, not computer-assisted translation",
    ),
    (
        "need help figuring out my rates as a new translator",
        "mortgage broker, best rates for first time buyers",
        "mortgage interest rates, not pricing freelance work",
    ),
    (
        "subtitles for our documentary in french",
        "headline & subtitle copywriting for ad campaigns",
        "writes marketing subheadings, not film subtitles",
    ),
    (
        "certified translation of my transcript",
        "certified translation teacher training course",
        "trains people to become translators, doesn't translate documents",
    ),
    (
        "need interpretation booths for a conference",
        "phone booths for open plan offices, acoustic pods",
        "office phone pods, not interpreting equipment",
    ),
    (
        "need more leads for the hvac business",
        "lead pipe replacement & water line testing",
        "replaces lead pipes, doesn't generate sales leads",
    ),
    (
        "license bond for my ROC application",
        "bail bonds, 24/7, downtown phoenix",
        "bail bonds for court, not contractor surety",
    ),
    (
        "duct cleaning for a restaurant",
        "duct tape & packaging supplies wholesale",
        "sells tape, doesn't clean ducts",
    ),
    (
        "burst pipe in the basement office",
        "pipe organ restoration & tuning",
        "church organs, not plumbing",
    ),
    (
        "need apprentices for my electrical shop",
        "hairdressing apprenticeship scheme, we place trainees in salons",
        "places hair apprentices, not electrical",
    ),
    (
        "electrical panel upgrade to 200 amp",
        "panel discussion moderator for conferences",
        "moderates panels of speakers, not electrical work",
    ),
    (
        "circuit breakers keep tripping at the shop",
        "ice breaker games & team building facilitator",
        "team building, not electrical breakers",
    ),
    (
        "AC not cooling, 115 out",
        "AC/DC tribute band for parties & bars",
        "a rock band, not air conditioning",
    ),
    (
        "need a heat pump installed in a rental",
        "heat press machines for t-shirt printing",
        "garment printing equipment, not hvac",
    ),
    (
        "gas line for a new outdoor kitchen",
        "gas station franchise opportunities",
        "selling a fuel station franchise, not gas plumbing",
    ),
    (
        "sewer line camera inspection",
        "sewing & alterations classes, tuesdays",
        "sewing, not sewers",
    ),
    (
        "truck wraps for our 6 service vans",
        "truck driving school, CDL in 4 weeks",
        "trains truck drivers, doesn't wrap vehicles",
    ),
    (
        "need solar on the shop roof",
        "solar panel cleaning for homes",
        "cleans existing panels, doesn't install systems",
    ),
    (
        "textile conservator for a 17th c tapestry",
        "conservatory installer, uPVC & aluminium, free quotes",
        "builds conservatories, not a conservator",
    ),
    (
        "exhibition design for a museum gallery",
        "trade show exhibition stands, pop-up & modular",
        "trade fair booths, not museum interpretation design",
    ),
    (
        "weekly rubbish collection for the visitor centre",
        "collections management software for museums",
        "cataloguing collections, not waste collection",
    ),
    (
        "need help with the photo gallery plugin on our site",
        "art gallery space for hire, old town, weekly rates",
        "an art gallery room to rent, not web help",
    ),
    (
        "email archiving, our inbox is full and legal wants records",
        "archive film research for documentaries",
        "finds archive footage, not email archiving",
    ),
    (
        "painting restoration, oil portrait flaking",
        "classic car restoration & respray",
        "restores cars, not paintings",
    ),
    (
        "audio guide for our museum",
        "edinburgh ghost walk tour guide, evenings",
        "a live ghost tour guide, not an audio guide producer",
    ),
    (
        "need a grant writer for a heritage bid",
        "solicitor, grant of probate & estate admin",
        "legal grant of probate, not funding bids",
    ),
    (
        "heritage-listed building needs slate roof repairs",
        "heritage seed varieties for allotments",
        "heirloom seeds, not historic roofing",
    ),
    (
        "need museum crates for a loan",
        "dog crate training classes, puppies",
        "dog crates, not art crates",
    ),
    (
        "someone to write exhibition labels",
        "independent record label, releases & distribution",
        "a music label, not interpretation text",
    ),
    (
        "need conservation-grade lighting for watercolours",
        "fairy light & festoon hire for weddings",
        "decorative party lights, not museum lighting",
    ),
    (
        "display cases for our new gallery",
        "solicitor handling court cases, edinburgh",
        "legal cases, not display cases",
    ),
    (
        "tour operators to bring groups to the museum",
        "tour manager for touring bands, UK & europe",
        "manages band tours, doesn't bring visitors",
    ),
    (
        "volunteers for the archaeology dig this summer",
        "digger hire, mini excavators, self drive",
        "machine digging would wreck an archaeological dig",
    ),
    (
        "clothes moths in the costume store",
        "moth-themed illustration & prints",
        "sells art prints, doesn't treat infestations",
    ),
    (
        "need gaelic translation for signage",
        "gaelic singing lessons, beginners",
        "teaches gaelic song, not translation",
    ),
    (
        "payroll for 14 staff",
        "payroll software reseller, looking for accountant partners",
        "wants partners to resell to, not doing anyone's payroll",
    ),
    (
        "cleaner for the clinic after hours",
        "teeth cleaning, hygienist appointments",
        "dental hygiene, not cleaning premises",
    ),
]
