"""The thirty-sixth hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: chimney sweeps' guild meet-up, Hamburg (in
English); pest control operators' trade day, Singapore; circus schools and aerialists' gathering,
Montreal (in English); rope access technicians' safety day, Rotterdam (in English); community
cricket clubs' volunteer forum, Melbourne; toymakers' sourcing mixer, Hong Kong (in English);
hand-knitters and yarn dyers' fibre weekend, Reykjavik (in English).

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 60 of 174 pairs (34.5 %) and 10 decoys of 80 with the
lexicon and matcher as the round on the thirty-fifth set began; 60 and 10 as it ended; 65 and 10
with the rule on needs whose head the lexicon does not know, after it. Then tuned on: 121 (69.5 %)
and 3 decoys as that round ended (a shorter round).
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # chimney sweeps, hamburg: kit
    (
        "flue camera",
        "our flue cam died mid-job, need a replacement that reaches 20m+",
        "push-rod inspection cameras, 30m reels, next day shipping DE & AT",
    ),
    (
        "camera repair",
        "camera head cracked AGAIN. anyone fix these or do i bin it",
        "we repair drain & flue cameras - heads, cables, monitors, 5 day turnaround",
    ),
    (
        "sweep brushes",
        "going thru rotary brush heads way too fast on steel liners",
        "wholesale sweeping brushes: poly, steel wire, rotary heads, bulk pricing",
    ),
    (
        "van fit-out",
        "new transporter, rods sliding everywhere in the back",
        "custom van shelving + roof racks for tradespeople, fitted in one day",
    ),
    (
        "soot vacuum",
        "hoover keeps puffing soot back into customers living rooms",
        "HEPA ash & soot vacuums, double filtration, demo units to borrow",
    ),
    (
        "respirator fit testing",
        "lads say their masks dont seal with beards",
        "PPE fit testing and powered respirator hire for dusty trades",
    ),
    (
        "gas analyser calibration",
        "flue gas analyser due for calibration, who does it quick",
        "calibration lab for combustion analysers, cert included, 3 days",
    ),
    # pest control, singapore: kit and chemicals
    (
        "bait stations",
        "need 300+ tamper resistant rodent boxes for a hawker centre contract",
        "lockable rodent bait stations, bulk from our Johor warehouse",
    ),
    (
        "fogger",
        "thermal fogger sputtering, need new one before dengue season peaks",
        "ULV & thermal foggers - sales, servicing, spare nozzles in stock",
    ),
    (
        "sprayer servicing",
        "4 knapsack sprayers leaking at the seals",
        "we service knapsack + motorised sprayers, seal kits, 48h turnaround",
    ),
    (
        "termite monitoring",
        "condo MCST wants termite monitoring, not just treatment",
        "in-ground termite monitoring systems + training for your techs",
    ),
    (
        "bird deterrent",
        "pigeons all over a multi storey carpark, client wants them gone humanely",
        "bird spikes, nets and gel installed on high-rise & carparks",
    ),
    (
        "chemical storage",
        "NEA audit next month and our chem store is basically a cupboard",
        "hazmat storage cabinets, spill kits, compliant store layout advice",
    ),
    (
        "insect identification",
        "found some beetle in a rice warehouse no idea what it is",
        "stored product entomologist - I ID insects from photos or samples",
    ),
    # circus schools, montreal: rigging and mats
    (
        "rigging inspection",
        "aerial points not checked in 2 yrs and the insurer is asking",
        "certified rigger: annual inspection of aerial points, load testing",
    ),
    (
        "structural load check",
        "want to hang a lyra from a warehouse beam - will it hold??",
        "structural engineer, load calcs for aerial & theatre rigging",
    ),
    (
        "crash mats",
        "landing mats under the trapeze are falling apart",
        "custom crash & gym mats, any size, 2-3 weeks",
    ),
    (
        "mat repair",
        "vinyl on our tumbling mats split down the seam",
        "we recover & repair gym mats, pick up and drop off in the metro area",
    ),
    (
        "aerial fabric",
        "silks pilling, need new fabric with the right stretch",
        "aerial fabric by the metre, low & medium stretch, 40 colours",
    ),
    (
        "costume making",
        "show in march, 12 costumes, need stretchy but indestructible",
        "costume maker for acrobats: lycra, reinforced seams, quick-change",
    ),
    (
        "strength coaching",
        "students keep hurting shoulders on straps",
        "strength & conditioning for aerialists, shoulder prehab programs",
    ),
    # rope access, rotterdam: gear and certificates
    (
        "ppe inspection",
        "need the 6-monthly check on all our harnesses & ropes",
        "periodic PPE inspections on site - harnesses, ropes, descenders",
    ),
    (
        "static rope",
        "eating through static rope on the silo job",
        "static kernmantle rope cut to length, or full 200m reels",
    ),
    (
        "irata training",
        "two guys need level 2 before the wind farm job starts",
        "IRATA training centre, L1-L3, assessment days every month",
    ),
    (
        "offshore medicals",
        "offshore client wants medicals + BOSIET for the whole crew",
        "offshore medicals & survival training right by the port",
    ),
    (
        "gas detector",
        "4-gas monitors due for bump test, two are dead",
        "gas detection: sales, calibration, rental fleet",
    ),
    (
        "confined space training",
        "next job is inside a tank, nobody on the team is trained for that",
        "confined space entry courses + gas monitor hire",
    ),
    # cricket clubs, melbourne: the ground
    (
        "turf curator",
        "pitch cracking up by january, our volunteer curator retired",
        "contract turf curator - pitch prep for clubs, weekly visits",
    ),
    (
        "ground equipment repair",
        "the old heavy roller wont start",
        "small engine repairs: rollers, mowers, line markers, we come to you",
    ),
    (
        "cylinder mower",
        "need a cylinder mower for the square, budget tight",
        "reconditioned cylinder mowers and turf gear, warranty included",
    ),
    (
        "irrigation",
        "sprinklers on the oval blowing out, council wont fix",
        "sports field irrigation design and repairs",
    ),
    (
        "practice nets",
        "nets torn, juniors balls flying straight through",
        "cricket net replacement, synthetic lanes & netting installed",
    ),
    (
        "synthetic pitch",
        "want a synthetic wicket for the juniors",
        "synthetic cricket wickets supplied and laid, ready in a weekend",
    ),
    (
        "scoreboard",
        "our scoreboard is a bloke with tin numbers",
        "LED scoreboards for community sport, run from a phone",
    ),
    (
        "bowling machine",
        "looking for a bowling machine for winter training",
        "bowling machine hire & sales, servicing included",
    ),
    # toymakers, hong kong: safety and testing
    (
        "toy safety testing",
        "need EN71 + ASTM F963 testing before the EU launch",
        "accredited toy testing lab, EN71 / ASTM / CPSIA reports",
    ),
    (
        "product compliance",
        "does our plush need a CE mark for europe? no idea",
        "product compliance consultant for toys, CE/UKCA technical files",
    ),
    (
        "qc inspection",
        "factory shipped with paint defects last time, never again",
        "third-party QC at the factory, pre-shipment AQL inspections",
    ),
    # knitters & yarn dyers, reykjavik: fibre
    (
        "acid dyes",
        "need acid dyes in bulk, shipping them to iceland is a nightmare",
        "acid dyes for protein fibres, ship to the nordics, 1kg and up",
    ),
    (
        "undyed yarn",
        "looking for undyed wool base, 5kg at a time",
        "undyed bases - sock, DK, aran - on cones or skeins",
    ),
    (
        "wool scouring",
        "raw fleece from local farms and nobody here to wash it",
        "wool scouring & carding service, minimum 10kg",
    ),
    (
        "mini mill",
        "want our own yarn spun from icelandic fleece, small batch",
        "mini mill: carding, spinning, plying, runs from 20kg",
    ),
    (
        "colour matching",
        "dye lots never match between batches, customers complain",
        "colour consistency for small dyers: recipes, spectro readings",
    ),
    (
        "skein winder",
        "still winding skeins by hand, wrists are gone",
        "motorised skein winders & swifts",
    ),
    (
        "moth prevention",
        "moths got into the yarn stock room",
        "natural moth control: pheromone traps, cedar, freezer treatment",
    ),
    # chimney sweeps, hamburg: bookings and office
    (
        "scheduling software",
        "still doing annual inspection reminders on paper cards lol",
        "appointment software for field trades, auto reminder SMS",
    ),
    (
        "route planning",
        "half the day is driving between villages, no system",
        "I optimise daily routes for mobile crews, typically -20% mileage",
    ),
    (
        "bookkeeping",
        "invoices are a shoebox situation, tax advisor despairs",
        "freelance bookkeeper for one-person trades, flat monthly fee",
    ),
    (
        "apprentice recruitment",
        "cant find anyone who wants to be on roofs at 6am",
        "apprenticeship matching & careers fairs for the skilled trades",
    ),
    (
        "website",
        "nobody finds us online, site is from 2009",
        "simple websites for local trades, booking button, live in 2 weeks",
    ),
    # pest control, singapore: winning and doing the work
    (
        "tender writing",
        "keep losing town council tenders, low scores on method statement",
        "bid writer for FM & cleaning contracts, mostly gov tenders",
    ),
    (
        "service reports app",
        "clients want photo reports same day, we still use carbon copy books",
        "mobile service report app: photos, signature, auto PDF email",
    ),
    (
        "work permits",
        "want to hire 2 techs from malaysia, work pass process confusing",
        "work pass applications & renewals handled for SMEs",
    ),
    (
        "insurance",
        "public liability renewal doubled?? any broker who gets pest control",
        "broker for high-risk trades, incl pest control & fumigation",
    ),
    (
        "pallet heat treatment",
        "exporter client needs pallets ISPM 15 stamped",
        "heat treatment chamber + pallet stamping, pickup from Jurong",
    ),
    (
        "biohazard cleaning",
        "rat droppings all through an office ceiling, need deep clean after we treat",
        "biohazard cleaning: droppings, nests, insulation removal, after hours",
    ),
    (
        "rodent proofing",
        "rats coming in around the pipe gaps",
        "rodent proofing - mesh, collars, door sweeps, we seal the entry points",
    ),
    (
        "workwear",
        "techs melting in this heat, need breathable uniforms",
        "moisture wicking work polos, logo printed, MOQ 20",
    ),
    (
        "vehicle wraps",
        "new lorries, want the logo on them",
        "vehicle wraps & decals, fleet discounts",
    ),
    # circus schools, montreal: space, touring, money
    (
        "insurance",
        "no insurer will touch flying trapeze classes",
        "broker specialising in circus, stunt & aerial liability",
    ),
    (
        "rehearsal space",
        "need 8m+ ceiling for a 3 week creation residency",
        "warehouse, 10m clear height, rentable by the week",
    ),
    (
        "big top hire",
        "summer tour, want a small chapiteau to rent",
        "big top hire, 400-1500 seats, crew included",
    ),
    (
        "tent repair",
        "storm ripped the canvas on our tent",
        "canvas & PVC tent repair, seams welded on site",
    ),
    (
        "grant writing",
        "first time applying to the arts council, terrified",
        "grant writer for performing arts, FR/EN applications",
    ),
    (
        "touring visas",
        "troupe invited to a US festival, 6 artists need visas",
        "P-3 / O-1 visa paperwork for touring artists",
    ),
    (
        "show music",
        "need original music for a 40 min show",
        "composer for dance & circus, delivers stems for live cueing",
    ),
    (
        "lighting design",
        "the show looks flat, nobody knows lights",
        "lighting designer for small touring shows",
    ),
    (
        "equipment transport",
        "have to move rig + mats to quebec city every weekend",
        "box truck with tail lift and driver, by the day",
    ),
    (
        "juggling props",
        "clubs keep cracking in the cold",
        "handmade juggling clubs and balls, wholesale for schools",
    ),
    (
        "class registration",
        "parents register by email, total chaos",
        "class registration & payments software for studios",
    ),
    (
        "background checks",
        "need police checks done for the new coaches",
        "background checks for youth organisations, 48h",
    ),
    # rope access, rotterdam: the jobs
    (
        "blade repair",
        "we can get up the turbine but nobody does composite repair",
        "blade repair techs, leading edge erosion, can join your rope team",
    ),
    (
        "ndt inspection",
        "client wants ultrasonic thickness readings on the tank walls",
        "NDT techs with rope access: UT, MPI, visual, reports in EN",
    ),
    (
        "industrial coating",
        "bridge steel rusting, need painters who can work on ropes",
        "industrial coating crew, rope access certified",
    ),
    (
        "rescue standby",
        "tank job needs a standby rescue team",
        "confined space & height rescue standby teams",
    ),
    (
        "facade glazing",
        "cracked panel 20 floors up, client wants it swapped",
        "glazing crew working from ropes, panel replacement at height",
    ),
    (
        "payroll",
        "paying 30 freelancers every week by hand",
        "payroll for freelance crews, ZZP invoices handled",
    ),
    (
        "crew housing",
        "8 lads in eemshaven for 3 weeks, need beds",
        "worker housing: furnished houses for project crews, weekly rent",
    ),
    (
        "drone survey",
        "client wants the stack surveyed first so we can plan anchors",
        "drone inspections of stacks & roofs, zoom + thermal, report next day",
    ),
    (
        "roof anchors",
        "new building, owner wants it abseil-ready for maintenance",
        "we design & install permanent abseil anchors, certified",
    ),
    (
        "weather forecast",
        "wind killed 3 days this week, need better site forecasts",
        "site specific wind forecasting for crane & height work",
    ),
    (
        "insurance",
        "liability cover for height work abroad, current one only covers NL",
        "insurance for rope access firms working across Europe",
    ),
    # cricket clubs, melbourne: running the club
    (
        "sponsorship",
        "sponsors dropping off, need something to show local businesses",
        "sponsorship packages & decks for grassroots clubs",
    ),
    (
        "grant writing",
        "canteen needs a rebuild, heard theres govt grants",
        "sports infrastructure grant applications, state & council",
    ),
    (
        "canteen catering",
        "volunteers burnt out on the bbq every saturday",
        "pop up catering for sports days, we run your canteen on match day",
    ),
    (
        "liquor licence",
        "want to serve beer in the clubrooms legit",
        "liquor licensing applications for clubs & community venues",
    ),
    (
        "volunteer roster",
        "no one knows whose turn it is to do teas",
        "volunteer roster app for sports clubs",
    ),
    (
        "child safety",
        "need WWCCs sorted for every junior coach",
        "child safety compliance for clubs: WWCC tracking, policies, training",
    ),
    (
        "coach accreditation",
        "parents coaching the U12s with zero training",
        "community coaching accreditation courses",
    ),
    (
        "first aid",
        "need first aiders at every junior game",
        "sports first aid courses with concussion module",
    ),
    (
        "team kit",
        "80 juniors need whites & caps",
        "custom cricket whites, caps, sublimated playing shirts",
    ),
    (
        "bat repair",
        "bats cracking at the toe, repair or buy new?",
        "bat repairs: rehandles, toe guards, knocking in",
    ),
    (
        "livestreaming",
        "grandparents want to watch the games online",
        "livestreaming for community sport, one camera set-up",
    ),
    (
        "defibrillator",
        "we dont have a defib at the ground",
        "AED supply & installation, grant help available",
    ),
    (
        "shade sails",
        "no shade for spectators and it's 38 degrees",
        "shade sails for sports grounds & playgrounds",
    ),
    (
        "bookkeeping",
        "treasurer quitting and the books are a mess",
        "bookkeeping for sporting clubs, treasurer handover support",
    ),
    (
        "pitch covers",
        "rain ruins the wicket every time, need covers",
        "pitch covers & hover covers made to measure",
    ),
    # toymakers, hong kong: making it
    (
        "injection moulding",
        "need 10k plastic figures, want tooling quotes",
        "injection moulding factory in Dongguan, toys, low MOQ tooling",
    ),
    (
        "mould repair",
        "our mould is flashing on the parting line",
        "tool shop: mould repair & modification, steel and alu",
    ),
    (
        "plush factory",
        "prototype teddy, want 500 pcs",
        "plush / soft toy factory, MOQ 300, samples in 2 weeks",
    ),
    (
        "rapid prototyping",
        "need a robot prototype to show buyers at the fair",
        "rapid prototyping - SLA, SLS, painted samples",
    ),
    (
        "sound modules",
        "want the toy to talk, need a voice chip",
        "sound & voice modules for toys, custom recordings",
    ),
    (
        "wooden toy factory",
        "adding a wooden range, need a factory with FSC wood",
        "FSC certified wooden toy manufacturer, Zhejiang",
    ),
    (
        "packaging",
        "buyers said our box looks cheap",
        "toy packaging design & print: window boxes, blister cards",
    ),
    (
        "plastic-free packaging",
        "EU buyer wants zero plastic in the pack",
        "moulded pulp & paper inserts to replace plastic trays",
    ),
    (
        "illustration",
        "need box art and a mascot",
        "illustrator for kids products: box art, character design",
    ),
    # toymakers, hong kong: selling it
    (
        "trade fair stand",
        "first time exhibiting in nuremberg, need a stand built",
        "exhibition stand design & build for fairs in europe and asia",
    ),
    (
        "character licensing",
        "want to license a cartoon character for our puzzles",
        "character licensing agent - toy makers to IP owners",
    ),
    (
        "trademark",
        "someone copied our brand on amazon",
        "IP lawyer: trademarks, marketplace takedowns",
    ),
    (
        "marketplace listings",
        "amazon listings get views but nobody buys",
        "listing optimisation & ads for consumer products on marketplaces",
    ),
    (
        "freight forwarding",
        "first container to rotterdam, no clue about incoterms",
        "freight forwarding HK to EU/US, sea & air, customs docs",
    ),
    (
        "playtesting",
        "need real kids to play with it before we commit",
        "playtest panels with families, video + feedback reports",
    ),
    (
        "crowdfunding",
        "launching on kickstarter in may, help",
        "crowdfunding campaign management for physical products",
    ),
    (
        "manual translation",
        "instruction leaflet needs 12 languages",
        "multilingual leaflet translation & typesetting",
    ),
    # knitters & yarn dyers, reykjavik: patterns and selling
    (
        "tech editing",
        "3 sizing errors found in my pattern after release, embarrassing",
        "tech editor for knitting patterns, grading & errata checks",
    ),
    (
        "pattern grading",
        "my pattern only comes in one size",
        "size grading for knit patterns, XS to 5XL",
    ),
    (
        "online shop",
        "etsy fees eating everything",
        "shopify setup for fibre businesses, migrate your listings",
    ),
    (
        "international shipping",
        "postage to the US costs more than the yarn",
        "discounted intl shipping for small sellers on our account",
    ),
    (
        "knitting machine repair",
        "old brother knitting machine skipping stitches",
        "knitting machine repair - brother, passap, parts",
    ),
    (
        "dye studio extraction",
        "dye room full of steam and fumes",
        "extraction fans for small workshops, fitted",
    ),
    (
        "wholesale agent",
        "want my yarn in shops abroad",
        "sales agent for craft brands, nordic & german retailers",
    ),
    (
        "yarn labels",
        "need printed ball bands for 2000 skeins",
        "printed hang tags & yarn labels, short runs",
    ),
    (
        "vat and customs",
        "selling into the EU from iceland, VAT confusing",
        "EU VAT & customs for non-EU online sellers",
    ),
    (
        "online classes",
        "want to sell knitting classes online",
        "video course production for crafts, filmed in your studio",
    ),
    # chimney sweeps, hamburg: on the roof
    (
        "roof anchors",
        "roof ladders on the old buildings are sketchy, need proper anchor points",
        "we install roof anchors and walkways to EN 795",
    ),
    (
        "height training",
        "insurer wants everyone height-trained by spring",
        "working at height + rescue courses at your yard or ours",
    ),
    (
        "flue liner",
        "customers flue is cracked, wants a stainless liner",
        "flexible stainless flue liners supplied & fitted, all diameters",
    ),
    (
        "chimney cowl",
        "rain pours down an unused flue into the fireplace",
        "chimney cowls & rain caps made to measure, stainless or copper",
    ),
    (
        "stove installation",
        "clients always ask me who can fit a wood burner",
        "wood stove installs & commissioning, we work with sweeps for sign off",
    ),
    (
        "co alarms",
        "want to hand out CO alarms at inspections, need a supplier",
        "CO alarm wholesale, 10yr sealed units, white label possible",
    ),
    (
        "workwear",
        "need black workwear that survives soot and actually washes out",
        "heavy cotton trade workwear, embroidered logo, small runs fine",
    ),
    (
        "masonry repair",
        "chimney stack crumbling at the top, not my job but clients ask",
        "chimney stack repointing & rebuilds, scaffold arranged",
    ),
    # pest control, singapore: more jobs
    (
        "drone survey",
        "need to see the gutters on a warehouse roof, too high for ladders",
        "drone roof & facade inspections, 4K + thermal, report next day",
    ),
    (
        "container fumigation",
        "export containers need a methyl bromide alternative",
        "phosphine & heat treatment for export containers",
    ),
    (
        "vector control licence",
        "new tech needs the vector control licence, how",
        "vector control technician course, weekend batches",
    ),
    (
        "bed bug detection",
        "foreign worker dorm operator wants bed bug checks every quarter",
        "bed bug detection dogs, quarterly inspections for dorms",
    ),
    (
        "mosquito breeding",
        "construction site keeps getting breeding notices",
        "mosquito breeding checks & larviciding for worksites",
    ),
    # rope access, rotterdam: people and paperwork
    (
        "tool tethering",
        "dropped a spanner from 40m, client went mental",
        "tool tethers & drop prevention kits, bulk for crews",
    ),
    (
        "dutch courses",
        "our polish techs need basic dutch for site inductions",
        "dutch for tradespeople, evening classes, on site possible",
    ),
    (
        "vca certificate",
        "half the crew dont have VCA, client requires it",
        "VCA basis & VOL courses, exams in english and polish",
    ),
    # cricket clubs, melbourne: more
    (
        "line marking",
        "our line marker is a bucket of paint and a prayer",
        "line marking machines & paint for sports grounds",
    ),
    (
        "junior recruitment",
        "numbers in U10s dropping",
        "school clinics to get kids into junior cricket, we run them",
    ),
    # knitters & yarn dyers, reykjavik: more
    (
        "needles wholesale",
        "need circular needles for my shop, 200 pairs",
        "wholesale knitting needles & notions for yarn shops",
    ),
    (
        "wool testing",
        "want to claim 'superwash' & fibre content, need proof",
        "textile lab: fibre content, shrinkage & wash testing",
    ),
    # chimney sweeps, hamburg: odds and ends
    (
        "bird nest removal",
        "jackdaws nesting in 3 chimneys on one street",
        "chimney bird nest removal & guards fitted, outside nesting season",
    ),
    (
        "smoke testing",
        "landlord wants proof the flue doesnt leak into the flat above",
        "flue smoke & pressure testing with written report",
    ),
    (
        "van leasing",
        "our van died, need a replacement fast",
        "commercial van leasing, short contracts, delivery in a week",
    ),
    (
        "english lessons",
        "more expats calling us, my english is rubbish on the phone",
        "business english for tradespeople, 1:1 online, evenings",
    ),
    # pest control, singapore: odds and ends
    (
        "wildlife relocation",
        "monkeys raiding bins at a condo near bukit timah",
        "wildlife management: monkey guarding & relocation, permits handled",
    ),
    (
        "snake removal",
        "snake in a landed property drain, we dont do reptiles",
        "24h snake catching & relocation, island wide",
    ),
    (
        "uv fly traps",
        "food factory wants fly control that isnt spray",
        "UV fly killer units with glue boards, monthly servicing",
    ),
    (
        "termite baiting",
        "old shophouse, termites in the roof beams",
        "termite baiting & colony elimination for heritage buildings",
    ),
    # circus schools, montreal: odds and ends
    (
        "teacher training",
        "need more coaches who can teach kids acro safely",
        "circus coach training, youth & recreational levels",
    ),
    (
        "spotting belts",
        "want a fly system for teaching backflips",
        "spotting belts & overhead rigs for tumbling, installed",
    ),
    (
        "marketing",
        "classes half empty in january",
        "marketing for small arts orgs, social ads & newsletters",
    ),
    # rope access, rotterdam: odds and ends
    (
        "bird netting",
        "pigeons wrecking the underside of a bridge, client wants nets",
        "bird netting installs at height, ropes or cherry picker",
    ),
    (
        "sealant repair",
        "windows leaking on a tower block, sealant failed",
        "facade sealant replacement from ropes, all heights",
    ),
    # cricket clubs, melbourne: odds and ends
    (
        "clubroom renovation",
        "change rooms are from the 70s, girls teams have nowhere to change",
        "community sports pavilion builder, female-friendly change rooms",
    ),
    (
        "club app",
        "fixtures, payments and messages all in different places",
        "all-in-one club app: fixtures, rego, fees, team messaging",
    ),
    (
        "ball supply",
        "going through 300 balls a season",
        "cricket balls wholesale for clubs, match & training grades",
    ),
    # toymakers, hong kong: odds and ends
    (
        "magnets safety",
        "toy has small magnets, buyers nervous",
        "magnet flux testing and small parts assessment for toys",
    ),
    (
        "factory audit",
        "walmart wants a social audit of our factory",
        "social compliance audits: BSCI, SMETA, ICTI",
    ),
    (
        "e-commerce fulfilment",
        "selling direct to US customers, need a warehouse there",
        "US 3PL fulfilment for small brands, DTC and amazon",
    ),
    (
        "battery compartment",
        "screw-locked battery door keeps failing drop test",
        "product engineer for toy electronics, drop test fixes",
    ),
    # knitters & yarn dyers, reykjavik: odds and ends
    (
        "fleece supply",
        "want fleece from named farms for a single-origin line",
        "traceable fleece direct from west fjords farms, by the bag",
    ),
    (
        "yarn swatch cards",
        "shops want colour cards of my whole range",
        "colour cards & swatch books made from your yarn",
    ),
    (
        "retreat venue",
        "want to host a knitting retreat for 20 in the countryside",
        "country house for group retreats, 24 beds, big workroom",
    ),
    # cricket clubs, melbourne: late additions
    (
        "women's cricket",
        "want to start a womens team but no idea where to begin",
        "we help clubs launch female programs: coaches, comps, funding",
    ),
    # rope access, rotterdam: late additions
    (
        "harness supplier",
        "need 10 new sit harnesses in different sizes",
        "rope access harnesses & descenders, Petzl dealer, try before you buy",
    ),
    # toymakers, hong kong: late additions
    (
        "injection colour matching",
        "pantone red on the figure came out orange",
        "masterbatch colour matching for plastics, small lots",
    ),
    # knitters & yarn dyers, reykjavik: late additions
    (
        "accounting software",
        "which bookkeeping app works for icelandic VAT",
        "bookkeeping app setup for nordic small businesses",
    ),
    # pest control, singapore: late additions
    (
        "cockroach gel",
        "german cockroaches in a kitchen, sprays not working any more",
        "cockroach gel baits + rotation program to beat resistance",
    ),
    # circus schools, montreal: late additions
    (
        "physical theatre director",
        "acts are good but the show has no story",
        "outside eye / director for circus creations, dramaturgy",
    ),
    # chimney sweeps, hamburg: late additions
    # knitters & yarn dyers, reykjavik: late additions
    (
        "natural dyes",
        "want to dye with lichen & rhubarb like the old recipes",
        "natural dye workshops + mordant supplies, nordic plants",
    ),
]

# (what the person in need wrote, what the look-alike offers, why a careful host would not
# introduce them): shares words or a theme, but does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "our flue cam died mid-job, need one that reaches 20m",
        "CCTV cameras for shops & offices, installed same week",
        "security CCTV, not a flue inspection camera",
    ),
    (
        "going thru rotary brush heads on steel liners",
        "street sweeping machines for councils & car parks",
        "road sweepers, not chimney brushes",
    ),
    (
        "new transporter, rods sliding everywhere in the back",
        "van hire by the day, all sizes",
        "renting a van does not fit out the one they have",
    ),
    (
        "lads say their masks dont seal with beards",
        "handmade carnival masks, venetian style",
        "party masks, not respirators",
    ),
    (
        "roof ladders are sketchy, need proper anchor points",
        "anchors, chains and chandlery for yachts",
        "boat anchors, not roof fall protection",
    ),
    (
        "customers flue is cracked, wants a stainless liner",
        "bin liners & sacks in bulk for businesses",
        "bin bags, not flue liners",
    ),
    (
        "rain pours down an unused flue",
        "graduation caps and gowns for hire",
        "caps for students, not chimney caps",
    ),
    (
        "hoover puffs soot back into the room",
        "robot vacuums for homes, wholesale",
        "domestic robot hoovers cannot take soot",
    ),
    (
        "half the day driving between villages, no system",
        "day trips & village tours around the elbe",
        "tours, not route optimisation for a trade",
    ),
    (
        "flue gas analyser due for calibration",
        "weighing scale calibration for shops",
        "calibrates scales, not combustion analysers",
    ),
    (
        "invoices are a shoebox situation",
        "shoe repair & key cutting",
        "shoes, not bookkeeping",
    ),
    (
        "jackdaws nesting in 3 chimneys",
        "birdwatching walks every sunday",
        "enjoys birds, does not remove nests",
    ),
    (
        "need 300+ tamper resistant rodent boxes",
        "live bait & fishing tackle, pasir ris",
        "fishing bait, not rodent bait stations",
    ),
    (
        "thermal fogger sputtering before dengue season",
        "smoke & haze machines for events and concerts",
        "stage fog, not insecticide foggers",
    ),
    (
        "condo MCST wants termite monitoring",
        "condo facility monitoring CCTV packages",
        "security monitoring, not termites",
    ),
    (
        "pigeons all over a carpark, want them gone",
        "racing pigeon feed & supplements",
        "feeds pigeons rather than deters them",
    ),
    (
        "keep losing town council tenders",
        "fresh tender coconuts delivered to offices",
        "coconuts, not bid writing",
    ),
    (
        "export containers need a methyl bromide alternative",
        "takeaway food containers, biodegradable",
        "food packaging, not fumigation",
    ),
    (
        "exporter client needs pallets ISPM 15 stamped",
        "eyeshadow palettes & makeup kits wholesale",
        "palettes, not shipping pallets",
    ),
    (
        "want to hire 2 techs from malaysia, work pass confusing",
        "annual passes for theme parks, corporate rates",
        "attraction passes, not work passes",
    ),
    (
        "found some beetle in a rice warehouse",
        "vintage VW beetle restoration",
        "the car, not the insect",
    ),
    (
        "new tech needs the vector control licence",
        "vector graphics & logo design",
        "vector art, not vector control",
    ),
    (
        "snake in a drain, we dont do reptiles",
        "drain unblocking & CCTV jetting",
        "clears drains, does not catch snakes",
    ),
    (
        "rat droppings all through an office ceiling",
        "ceiling fans supplied & installed",
        "fans, not biohazard cleaning",
    ),
    (
        "aerial points not checked in 2 yrs",
        "TV aerial & satellite dish installers",
        "TV aerials, not aerial rigging",
    ),
    (
        "silks pilling, need new fabric with the right stretch",
        "printed silk scarves, custom designs",
        "silk scarves cannot be used for aerial work",
    ),
    (
        "landing mats under the trapeze falling apart",
        "yoga mats wholesale, eco cork",
        "yoga mats are no use as crash mats",
    ),
    (
        "summer tour, want a small chapiteau to rent",
        "camping tents & sleeping bags for rent",
        "camping gear, not a big top",
    ),
    (
        "want to hang a lyra from a warehouse beam",
        "lyre & small harp lessons",
        "the instrument, not the aerial hoop",
    ),
    (
        "clubs keep cracking in the cold",
        "nightclub promotion & guest lists",
        "nightlife, not juggling clubs",
    ),
    (
        "6 artists need visas for a US festival",
        "visa card payment terminals for merchants",
        "card payments, not immigration visas",
    ),
    (
        "need original music for a 40 min show",
        "karaoke machine rental",
        "karaoke, not composition",
    ),
    (
        "the show looks flat, nobody knows lights",
        "LED bulbs & energy saving retrofits for offices",
        "office lighting, not theatre design",
    ),
    (
        "students keep hurting shoulders on straps",
        "luggage straps & cargo ratchet straps",
        "straps for cargo, not injury prevention",
    ),
    (
        "class registration by email, chaos",
        "company registration & incorporation services",
        "registers businesses, not class sign-ups",
    ),
    (
        "eating through static rope on the silo job",
        "jump rope fitness classes",
        "skipping, not kernmantle rope",
    ),
    (
        "two guys need level 2 before the wind farm job",
        "level 2 barista course, latte art",
        "coffee certificate, not IRATA",
    ),
    (
        "nobody does composite blade repair on turbines",
        "knife & scissor sharpening, mobile",
        "kitchen blades, not turbine blades",
    ),
    (
        "next job is inside a tank",
        "aquarium & fish tank maintenance",
        "fish tanks, not confined space",
    ),
    (
        "4-gas monitors due for bump test",
        "speed bumps & car park safety products",
        "speed bumps, not gas detectors",
    ),
    (
        "need the 6-monthly check on our harnesses",
        "dog harnesses & leads, custom sizes",
        "dog gear, not fall arrest PPE",
    ),
    (
        "new building, owner wants it abseil-ready",
        "charity abseil events, sign up your team",
        "fundraising abseils, not anchor design",
    ),
    (
        "tank job needs a standby rescue team",
        "animal rescue shelter looking for volunteers",
        "animal rescue, not height rescue",
    ),
    (
        "bridge steel rusting, need painters on ropes",
        "portrait painters, commissions welcome",
        "art painters, not industrial coating",
    ),
    (
        "8 lads in eemshaven, need beds",
        "bed & mattress showroom, delivery in NL",
        "sells beds, not crew accommodation",
    ),
    (
        "pitch cracking up by january",
        "pitch deck design for founders",
        "investor pitches, not turf",
    ),
    (
        "the old heavy roller wont start",
        "roller blinds made to measure",
        "window blinds, not ground rollers",
    ),
    (
        "nets torn, juniors balls flying through",
        "commercial fishing nets & floats",
        "fishing nets are not cricket netting",
    ),
    (
        "bats cracking at the toe",
        "bat removal from roofs, licensed",
        "the animal, not cricket bats",
    ),
    (
        "80 juniors need whites & caps",
        "teeth whitening, mobile clinic",
        "whitening teeth, not cricket whites",
    ),
    (
        "rain ruins the wicket, need covers",
        "cover band for club functions",
        "plays cover songs, does not make pitch covers",
    ),
    (
        "looking for a bowling machine",
        "ten-pin bowling birthday parties",
        "bowling alley, not a cricket bowling machine",
    ),
    (
        "no one knows whose turn it is to do teas",
        "loose leaf tea importer",
        "sells tea, does not fix rosters",
    ),
    (
        "our scoreboard is a bloke with tin numbers",
        "credit score repair consultations",
        "credit scores, not scoreboards",
    ),
    (
        "need a cylinder mower for the square",
        "Square card readers for market stalls",
        "payments, not turf for the square",
    ),
    (
        "no shade for spectators, 38 degrees",
        "sunglasses wholesale & prescription shades",
        "sunglasses, not shade structures",
    ),
    (
        "want to serve beer in the clubrooms legit",
        "home brewing kits & supplies",
        "brewing beer does not get a liquor licence",
    ),
    (
        "need 10k plastic figures, tooling quote",
        "sales figures dashboards for retail",
        "business data, not plastic moulding",
    ),
    (
        "our mould is flashing on the parting line",
        "mould & damp removal for apartments",
        "black mould, not injection tooling",
    ),
    (
        "prototype teddy, want 500 pcs",
        "plush carpets & rugs, trade prices",
        "carpet pile, not soft toys",
    ),
    (
        "first time exhibiting in nuremberg, need a stand",
        "stand-up comedy nights, book a comic",
        "comedy, not exhibition stands",
    ),
    (
        "want to license a cartoon character",
        "character references for job applications",
        "references, not IP licensing",
    ),
    (
        "need a robot prototype to show buyers",
        "industrial robot arms for assembly lines",
        "factory robots, not a toy prototype",
    ),
    (
        "need box art and a mascot",
        "monthly art supply boxes for adults",
        "subscription boxes, not illustration",
    ),
    (
        "first container to rotterdam, no clue",
        "container homes & site offices",
        "container buildings, not freight forwarding",
    ),
    (
        "need real kids to play with it first",
        "software QA testing for mobile apps",
        "app testing, not kids playtesting",
    ),
    (
        "want the toy to talk, need a voice chip",
        "voice coaching for public speaking",
        "voice lessons, not sound modules",
    ),
    (
        "need acid dyes in bulk",
        "die cutting & embossing for packaging",
        "dies, not dyes",
    ),
    (
        "raw fleece from local farms, nobody to wash it",
        "fleece jackets wholesale, logo embroidered",
        "garments, not wool scouring",
    ),
    (
        "want our own yarn spun, small batch",
        "spinning classes - indoor cycling studio",
        "spin bikes, not a spinning mill",
    ),
    (
        "my pattern only comes in one size",
        "wallpaper pattern design studio",
        "surface pattern, not knit grading",
    ),
    (
        "old knitting machine skipping stitches",
        "first aid kits with suture & wound closure strips",
        "medical stitches, not machines",
    ),
    (
        "need printed ball bands for 2000 skeins",
        "live bands for weddings & parties",
        "music bands, not yarn labels",
    ),
    (
        "still winding skeins by hand, wrists gone",
        "SWIFT international bank transfers, low fees",
        "bank SWIFT, not yarn swifts",
    ),
    (
        "moths got into the yarn stock room",
        "moth orchids & houseplants delivered",
        "orchids, not moth control",
    ),
    (
        "need circular needles for my shop",
        "acupuncture needles, clinic supply",
        "medical needles, not knitting needles",
    ),
    (
        "dye room full of steam and fumes",
        "steam room & sauna installs for homes",
        "builds steam rooms, does not extract them",
    ),
    (
        "want to dye with lichen & rhubarb",
        "rhubarb crowns & plants for allotments",
        "grows rhubarb, does not teach natural dyeing",
    ),
    (
        "postage to the US costs more than the yarn",
        "stamp collecting club, monthly meets",
        "collects stamps, does not cut postage costs",
    ),
    (
        "want my yarn in shops abroad",
        "shop fitting & retail shelving",
        "fits out shops, does not get stock into them",
    ),
]
