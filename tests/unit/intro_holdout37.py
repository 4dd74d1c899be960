"""The thirty-seventh hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: tango schools and milonga organisers, Buenos Aires
(in English); travelling showmen and fairground ride operators, Nottingham; sawmill operators,
Kuopio (in English); shoe repairers and cobblers, Naples (in English); matatu owners and SACCOs,
Nairobi; borehole drillers, Windhoek; rug dealers and restorers, Istanbul (in English).

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 53 of 180 pairs (29.4 %) and 15 decoys of 81 with the
lexicon and matcher as the round on the thirty-sixth set began; 53 and 15 as it ended. Never tuned
on: its misses are not shown by the benchmark and have not been read, so that it keeps saying how a
fresh event fares.
"""

from __future__ import annotations

NEVER_TUNED = True  # the benchmark never shows its misses

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # tango schools, buenos aires: floors & rooms
    (
        "sprung dance floor",
        "salon floor is concrete over tiles, dancers knees are wrecked after 3hrs",
        "we fit sprung floors for studios & halls - timber on rubber pads, 2-3 days",
    ),
    (
        "floor refinishing",
        "parquet so sticky the ochos catch, someone put polish on it??",
        "wood floor sanding and re-sealing, low slip finishes, night work ok",
    ),
    (
        "acoustic treatment",
        "room echoes, cant hear the bandoneon from the back tables",
        "acoustic panels + ceiling baffles, we measure the room first",
    ),
    (
        "venue hire",
        "looking for a hall w wooden floor thurs 20-24hs for a new practica",
        "our club de barrio rents the salón weeknights, 150m2 parquet, bar incl",
    ),
    (
        "air conditioning",
        "january milongas are a sauna, ppl leave before midnight",
        "split & ducted AC installs for halls and event spaces, CABA + GBA",
    ),
    (
        "dance physiotherapy",
        "lower back gone since i started teaching colgadas",
        "physio for dancers & performers, posture and rehab, english spoken",
    ),
    # travelling showmen, nottingham: rides & safety
    (
        "ride inspection",
        "need our ADIPS done before goose fair, waltzer + a juvenile ride",
        "ADIPS registered inspection body, pre-season & annual ride inspections",
    ),
    (
        "structural welding",
        "crack in a weld on the sweep arm, found it on build-up",
        "coded welder, structural steel repairs, mobile rig, will come to the ground",
    ),
    (
        "non-destructive testing",
        "insurer wants the pins and king post crack tested",
        "NDT on site: MPI, dye pen & ultrasonic, reports same day",
    ),
    (
        "hydraulic repair",
        "ram on the twister weeping oil again",
        "hydraulic cylinders stripped, resealed & pressure tested, 48hr turnaround",
    ),
    (
        "event safety planning",
        "council now wants an event management plan before they'll grant the pitch",
        "event safety consultant - EMPs, risk assessments, crowd plans for fairs",
    ),
    (
        "ride insurance",
        "renewal quote for public liability on 3 rides went up 40%",
        "specialist insurance broker for showmen, rides & amusement equipment",
    ),
    (
        "generator hire",
        "our genny died halfway thru the season",
        "generator hire 20-500kVA, delivered to site, fuel management option",
    ),
    # sawmills, kuopio: blades & logs
    (
        "saw blade sharpening",
        "bandsaw blades go dull in 2 days sawing frozen spruce",
        "saw blade grinding, stellite tipping & tensioning, pickup from your mill",
    ),
    (
        "log supply",
        "not enough spruce logs to run 2 shifts thru spring",
        "private forest owner, 300 ha, selling harvest rights on mature spruce",
    ),
    (
        "forest harvesting contractor",
        "40 ha first thinning needs doing before the ground thaws",
        "harvester + forwarder contractor, thinnings & final fellings, North Savo",
    ),
    (
        "log scanning",
        "sawyer picks the cutting pattern by eye and our yield is poor",
        "3D log scanners & cutting optimisation for small and mid-size sawmills",
    ),
    (
        "loader repair",
        "log loader lost hydraulic pressure, whole yard at a standstill",
        "mobile mechanic for timber loaders & forklifts, hydraulics, weekends too",
    ),
    (
        "snow clearing",
        "log yard buried every night in feb, our own loader does it badly",
        "snow ploughing & removal for industrial yards, wheel loaders, 24/7",
    ),
    # cobblers, naples: soles & materials
    (
        "sole leather supplier",
        "need veg tanned soling leather, my old supplier retired",
        "tannery in Solofra: sole bends, shoulders, insole leather, small lots ok",
    ),
    (
        "rubber sole wholesale",
        "looking for vibram + dainite soles at trade price",
        "sole & heel distributor - vibram, dainite, topy, sheets and units",
    ),
    (
        "trade resoling",
        "clients bring goodyear welted shoes, i dont have a welt machine",
        "we resole goodyear & blake for other shops, back to you in 10 days",
    ),
    (
        "machine servicing",
        "finisher brush motor burned out, shop half stopped",
        "servicing for shoe repair machinery: finishers, stitchers, presses",
    ),
    (
        "shoe lasts",
        "want to start making orthopaedic shoes but have no lasts",
        "lasts made to measure from foot scans, wood or plastic",
    ),
    (
        "custom orthotics",
        "old customers ask me for insoles for flat feet, not my skill",
        "podiatrist, gait assessment & custom orthotics, works with shoemakers",
    ),
    # matatu owners, nairobi: compliance & money
    (
        "speed governor",
        "ntsa inspection failed, speed governor not transmitting",
        "approved speed limiter installs & recalibration, certs same day",
    ),
    (
        "cashless fare collection",
        "makanga pocketing fares, i only see half",
        "cashless fares thru an M-Pesa till per vehicle, daily trip reports",
    ),
    (
        "fleet tracking",
        "have 3 nganyas, no idea where they are all day",
        "GPS trackers for fleets, live map on your phone, route alerts",
    ),
    (
        "PSV insurance",
        "comprehensive cover for the 33 seater expiring next wk",
        "insurance agent for PSV & commercial vehicles, pay monthly",
    ),
    (
        "vehicle asset finance",
        "want to buy a 2nd hand isuzu NQR, need a loan",
        "asset finance for PSVs, 20% deposit, up to 36 months",
    ),
    (
        "SACCO membership",
        "new on route 105, need a sacco to operate under",
        "our sacco on kikuyu road is taking new members & vehicles",
    ),
    # borehole drillers, windhoek: finding water
    (
        "borehole siting",
        "last hole at 120m was dry, farmer wants to try again",
        "hydrogeologist - geophysical surveys & borehole siting, whole country",
    ),
    (
        "drilling permit",
        "client needs the drilling permit sorted before we move the rig",
        "consultant for borehole drilling & water abstraction permits",
    ),
    (
        "water quality testing",
        "water tastes salty, is it ok for the cattle?",
        "accredited water lab: chemical, bacterial, livestock suitability",
    ),
    (
        "desalination",
        "lodge borehole water too brackish for guests to drink",
        "RO units for brackish borehole water, solar powered options",
    ),
    (
        "borehole rehabilitation",
        "old borehole yield dropped by half over 5 yrs",
        "borehole cleaning, airlifting, camera inspection & rehab",
    ),
    # rug dealers, istanbul: care & repair
    (
        "rug washing",
        "customer spilled red wine on a silk hereke",
        "hand washing for silk & wool rugs, stain work, natural drying",
    ),
    (
        "moth damage repair",
        "moths ate the pile near one corner, about a palm size",
        "reweaving & moth repair with matched wool, invisible at 1m",
    ),
    (
        "natural dyed yarn",
        "need madder red wool for a restoration, synthetic looks wrong",
        "hand-spun wool dyed with madder, indigo, weld - small batches",
    ),
    (
        "rug appraisal",
        "client wants an insurance valuation on an antique kazak",
        "certified appraiser, antique & oriental rugs, written reports",
    ),
    (
        "fringe and edge repair",
        "fringes chewed by a vacuum, sides unravelling",
        "edge binding, overcasting and new fringes for hand-knotted rugs",
    ),
    (
        "non-slip underlay",
        "kilim slides across the marble, customer fell",
        "rug underlay, non-slip, cut to any size",
    ),
    # tango schools, buenos aires: music
    (
        "tango DJ",
        "need a DJ for sat milonga, epoca de oro, proper tandas & cortinas",
        "musicalizador, golden age tandas, free fri & sat",
    ),
    (
        "live orchestra booking",
        "want a live orquesta for our 10th anniversary night",
        "sexteto típico, 2 sets of 40 min, we bring our own sound guy",
    ),
    (
        "bandoneon repair",
        "low notes on my bandoneon buzz and one sticks",
        "bandoneón restoration - reeds, valves, bellows, tuning",
    ),
    (
        "PA hire",
        "outdoor milonga in a plaza for ~200, need speakers",
        "PA rental with operator, open air events, weekends",
    ),
    (
        "music licensing",
        "SADAIC keeps sending bills, is that right for a practica?",
        "advice for venues on music rights: SADAIC, AADI-CAPIF, what you owe",
    ),
    # travelling showmen, nottingham: lights & look
    (
        "LED conversion",
        "swapping 3000 ride bulbs to LED, need a bulk price",
        "festoon lamps & LED bulbs, 24v & 240v, trade prices in bulk",
    ),
    (
        "fairground art",
        "dodgem front boards faded, want proper scrollwork redone",
        "traditional fairground artist: scrolls, lettering, gold leaf",
    ),
    (
        "music licensing",
        "do we need a licence to play music on the waltzer?",
        "PPL PRS licensing help for events, fairs & travelling shows",
    ),
    (
        "offline card payments",
        "punters want to tap card but no signal on the field",
        "card terminals that work offline and upload later",
    ),
    # sawmills, kuopio: drying & quality
    (
        "kiln drying consultancy",
        "boards coming out of the kiln split & cupped",
        "kiln schedule tuning & moisture control for softwood",
    ),
    (
        "heat treatment certification",
        "pallet customer needs ISPM 15 stamp on our boards",
        "heat treatment certification for wood packaging, audits & marking",
    ),
    (
        "chain of custody certification",
        "german buyer wants PEFC chain of custody or no deal",
        "FSC & PEFC chain-of-custody certification support, audit prep",
    ),
    (
        "strength grading",
        "want to sell C24 construction timber but cant CE mark it",
        "machine strength grading & CE marking for structural timber",
    ),
    (
        "energy efficiency",
        "electricity for the kilns tripled this winter",
        "energy consultant: heat recovery & bioenergy for drying kilns",
    ),
    # cobblers, naples: jobs outside my skill
    (
        "zip repair",
        "people bring bags w broken zips, i dont do zips",
        "zip replacement on bags & jackets, trade work welcome",
    ),
    (
        "leather dyeing",
        "signora wants her white boots dyed black for a funeral",
        "leather dyeing & colour restoration - shoes, bags, sofas",
    ),
    (
        "handbag restoration",
        "vintage kelly bag handle snapped, customer in tears",
        "luxury handbag restoration: handles, edges, linings",
    ),
    (
        "fume extraction",
        "glue smell gives me headaches all day in the bottega",
        "extraction fans & fume hoods for small workshops",
    ),
    (
        "business succession",
        "im 68, no son wants the bottega, what happens to it",
        "business transfer advisor for artisan workshops, finds buyers",
    ),
    # matatu owners, nairobi: look & sound
    (
        "matatu graffiti",
        "want the nganya painted full graffiti like the ones on route 46",
        "matatu art: graffiti, airbrush, interior theme, done in 2 weeks",
    ),
    (
        "car audio installation",
        "need a bass system and screens inside before december",
        "PSV audio installs - subs, amps, screens, mood lighting",
    ),
    (
        "onboard wifi",
        "passengers pick the matatu with wifi",
        "wifi routers for matatus with monthly data bundles",
    ),
    (
        "seat re-covering",
        "seats torn, passengers complaining",
        "PSV seat re-covering, leatherette, 1 day per vehicle",
    ),
    (
        "vehicle advertising",
        "want to earn something from the outside of the van",
        "brands looking to wrap matatus on eastlands routes, paid monthly",
    ),
    # borehole drillers, windhoek: pumps & storage
    (
        "pump repair",
        "submersible burnt out after the power cut",
        "submersible & solar pump installs and repairs, callouts",
    ),
    (
        "solar pumping",
        "farmer wants to stop buying diesel for the pump",
        "solar borehole pumping systems, sized to your yield",
    ),
    (
        "water tanks",
        "need 2x 10 000L storage at a cattle post",
        "water tanks plastic & steel, delivered countrywide",
    ),
    (
        "casing supply",
        "running low on 165mm uPVC casing and screens",
        "borehole casing, screens, gravel pack - stock in windhoek",
    ),
    # rug dealers, istanbul: selling
    (
        "international shipping",
        "how do i send a 3x4m rug to new york safely",
        "crating & air freight for carpets, customs docs included",
    ),
    (
        "export permit",
        "customs said rugs older than 100 yrs need a permit",
        "help with cultural property export certificates in turkey",
    ),
    (
        "product photography",
        "colours look wrong in my listing photos, customers return",
        "carpet photography, colour calibrated, flat lay & in-room",
    ),
    (
        "online marketplace setup",
        "want to sell kilims on etsy, dont know where to start",
        "etsy shop set-up and listings for turkish crafts",
    ),
    (
        "tax free shopping",
        "tourists ask about VAT refund and I lose the sale",
        "tax free shopping service for retailers, we handle the refunds",
    ),
    (
        "custom weaving",
        "client wants a 2x3 woven to their own design",
        "weaving coop in Uşak, custom rugs to your drawing",
    ),
    # tango schools, buenos aires: running the school
    (
        "class pass software",
        "students pay cash at the door and we lose track of 10-class passes",
        "memberships & class packs app, QR check in, reminders",
    ),
    (
        "multi-currency payments",
        "foreigners want to pay by card in dollars",
        "card & online payments for tourism, usd & eur",
    ),
    (
        "bilingual website",
        "web only in spanish, tourists never find our classes",
        "bilingual web copy & SEO for dance schools",
    ),
    (
        "work visa advice",
        "teacher from berlin coming 3 months, can she get paid legally?",
        "immigration lawyer, work permits for artists",
    ),
    (
        "event ticketing",
        "selling festival passes on whatsapp is chaos",
        "online ticketing, low fees, pesos or usd, scanner app",
    ),
    (
        "liability insurance",
        "student twisted an ankle at the practica, are we covered?",
        "liability insurance for studios, classes and events",
    ),
    (
        "dance videography",
        "need good video of our show couple for instagram",
        "dance videography, 3 cams, reels edited in a week",
    ),
    (
        "costume making",
        "6 couples need show dresses for the mundial by march",
        "costume maker - stage & competition dresses made to measure",
    ),
    # travelling showmen, nottingham: the road & winter
    (
        "HGV repair",
        "old scammell wont turn over, need someone who knows them",
        "HGV & vintage lorry repairs, mobile, will travel",
    ),
    (
        "winter storage yard",
        "need winter quarters for 4 loads nov to feb",
        "secure yard to rent, hardstanding & power, 5 min off M1",
    ),
    (
        "trailer tyres",
        "living van tyres perished, cracking on the walls",
        "mobile tyre fitting for trailers & commercials",
    ),
    (
        "abnormal load escort",
        "moving the big wheel, police say we need an escort",
        "abnormal load escort vehicles, nationwide",
    ),
    (
        "traveller education",
        "kids miss school all season travelling",
        "traveller education service, distance learning packs & tutors",
    ),
    (
        "prize wholesale",
        "need plush prizes by the carton for the hook a duck",
        "prize wholesaler, soft toys & novelties by the box",
    ),
    (
        "catering supplies",
        "floss sugar and toffee apple sticks ran out",
        "fair & event catering supplies, floss sugar, sticks, bags",
    ),
    # sawmills, kuopio: people & residues
    (
        "residue buyer",
        "sawdust & bark piling up behind the mill",
        "we buy sawdust, chips & bark for pellets and district heating",
    ),
    (
        "safety training",
        "2 new guys on the edger, need proper safety induction",
        "occupational safety training for sawmills, finnish & english",
    ),
    (
        "dust extraction",
        "dust everywhere in the planer shed, insurer worried",
        "dust extraction & filtration for woodworking plants",
    ),
    (
        "recruitment",
        "cant find sawyers, young people wont move here",
        "recruitment agency for industrial workers from estonia & ukraine",
    ),
    (
        "freight forwarding",
        "3 containers of sawn pine to alexandria, first time exporting",
        "freight forwarder, container shipping from kotka & hamina",
    ),
    (
        "planer knife sharpening",
        "planer knives leaving chatter marks",
        "planer & moulder knife grinding, profiles made to sample",
    ),
    # cobblers, naples: customers
    (
        "google business profile",
        "tourists walk past, the shop is down a vicolo",
        "google maps listing & reviews for small shops",
    ),
    (
        "mail-in repair logistics",
        "want to take repairs by post from all over italy",
        "shipping labels & returns for small repair shops, e-shop set-up",
    ),
    (
        "sneaker cleaning",
        "kids bring me filthy sneakers, im not set up for that",
        "sneaker cleaning & restoration, suede, mesh, soles",
    ),
    (
        "boot stretcher",
        "always asked to widen boots, need a proper stretcher",
        "shoe & boot stretchers, 2-way, calf stretchers, new & used",
    ),
    (
        "key cutting machine",
        "want to add key cutting to the shop",
        "key cutting machines & blanks, training included",
    ),
    (
        "bookkeeping",
        "receipts in a shoebox lol, commercialista complains",
        "bookkeeping for artisans, monthly, we collect your papers",
    ),
    # matatu owners, nairobi: repairs on the road
    (
        "gearbox overhaul",
        "gearbox slipping on 3rd, 33 seater",
        "gearbox overhaul for isuzu & nissan, industrial area",
    ),
    (
        "tyre retreading",
        "tyres cost too much, want retreads",
        "tyre retreading, PSV and truck, 5 day turnaround",
    ),
    (
        "windscreen replacement",
        "stone cracked the windscreen on mombasa rd",
        "mobile windscreen fitting, PSVs & cars",
    ),
    (
        "driver training",
        "new driver keeps getting stopped by police",
        "PSV driver training, defensive driving & traffic rules",
    ),
    (
        "secure overnight parking",
        "where can i park overnight safely near kayole",
        "guarded overnight parking, kayole, lit & fenced",
    ),
    (
        "traffic lawyer",
        "county impounded the vehicle over a stage issue",
        "advocate for traffic & county by-law cases",
    ),
    (
        "fuel cards",
        "drivers inflate fuel receipts",
        "fuel cards with limits per vehicle, statements by sms",
    ),
    # borehole drillers, windhoek: rig & crew
    (
        "drill bit supply",
        "button bits finished in a week in the quartzite",
        "DTH hammers & button bits from SA, stock in windhoek",
    ),
    (
        "compressor service",
        "rig compressor overheating after an hour",
        "heavy compressor servicing, atlas copco & sullair, on site",
    ),
    (
        "first aid training",
        "crew needs first aid certs for the mine contract",
        "first aid training, on site, certified",
    ),
    (
        "debt collection",
        "farmer still hasnt paid for the hole from march",
        "debt recovery for contractors, letters to court",
    ),
    (
        "diesel delivery",
        "fuel for the rig 300km off the tar road",
        "bulk diesel delivery to farms & remote sites",
    ),
    (
        "work permit",
        "got a job across the border in ghanzi, crew needs permits",
        "immigration consultant for botswana work permits",
    ),
    # rug dealers, istanbul: shop & craft
    (
        "loom building",
        "want a second vertical loom for the shop window",
        "carpenter who builds vertical rug looms",
    ),
    (
        "moth proofing",
        "stock in the depot gets moths every summer",
        "moth proofing treatment & sealed storage for textiles",
    ),
    (
        "tour guide partnership",
        "want tour groups brought in but not at 40% commission",
        "licensed guide, small groups, fair commission",
    ),
    (
        "mandarin speaking staff",
        "more chinese tourists, nobody here speaks mandarin",
        "mandarin speaking sales staff, freelance, by the day",
    ),
    (
        "restoration training",
        "want to learn rug restoration properly",
        "restoration course, 3 months, master restorer, Kapalıçarşı",
    ),
    (
        "shop fitting",
        "rugs piled on the floor, customers cant see them",
        "shop fittings for rug stores, swing arm displays & hangers",
    ),
    # tango schools, buenos aires: extras
    (
        "flyer design",
        "need flyers for our new milonga, mine look amateur",
        "graphic design for events, flyers & insta posts in 24h",
    ),
    (
        "short-stay accommodation",
        "need somewhere for 2 visiting maestros to stay 2 wks",
        "furnished flats in san telmo, short stays, invoices",
    ),
    (
        "venue permits",
        "want to sell drinks at the milonga, do we need habilitación?",
        "gestor for habilitaciones & permits in CABA",
    ),
    (
        "dance shoe wholesale",
        "want to sell tango heels at the milonga, sizes 34-42",
        "handmade tango shoes wholesale, suede soles, from 20 pairs",
    ),
    (
        "event photography",
        "want nice photos of dancers for the festival poster",
        "event & dance photographer, low light specialist",
    ),
    (
        "accountant",
        "AFIP monotributo categories confusing me",
        "contador for monotributistas, artists & teachers",
    ),
    (
        "portable dance floor",
        "plaza floor is rough tiles, need something to dance on",
        "portable dance floor hire, interlocking panels, up to 200m2",
    ),
    (
        "lighting",
        "hall lit by fluorescent tubes, kills the mood",
        "ambient & stage lighting hire + install, warm LED",
    ),
    (
        "dance shoe repair",
        "suede soles on my tango heels worn through",
        "cobbler for dance shoes, re-suede soles, new heel tips",
    ),
    # travelling showmen, nottingham: on the ground
    (
        "diesel delivery",
        "red diesel for the gennies, need a fill on the ground each week",
        "fuel delivered to events & fairgrounds, weekly runs",
    ),
    (
        "portable toilets",
        "council says we need toilets for the pitch",
        "portable toilet hire for events, delivered & serviced",
    ),
    (
        "crowd barriers",
        "need heras fencing & barriers round the rides",
        "barrier & fencing hire, delivered, put up and taken down",
    ),
    (
        "ground protection",
        "field turned to mud, lorries stuck",
        "trackway & ground protection mat hire",
    ),
    (
        "bookkeeping",
        "wife does the books on paper, MTD coming",
        "bookkeeping & making tax digital for sole traders",
    ),
    (
        "electrical testing",
        "need PAT and an electrical cert on the ride",
        "electrical inspection of rides to BS 7909, PAT testing",
    ),
    (
        "fibreglass moulding",
        "need a new dodgem car shell, not made anymore",
        "fibreglass moulding, replica panels & car bodies",
    ),
    (
        "social media ads",
        "nobody knows the fair is in town till its gone",
        "local social ads for events, geo targeted facebook & tiktok",
    ),
    (
        "noise management",
        "residents complain about the noise every year",
        "acoustic consultant, noise surveys & management plans for events",
    ),
    # sawmills, kuopio: plant & money
    (
        "spark detection",
        "spark from the chipper nearly started a fire in the duct",
        "spark detection & extinguishing for chippers & ducts",
    ),
    (
        "export agent",
        "want to sell to UK builders merchants, no contacts",
        "timber agent in the UK, represents nordic mills",
    ),
    (
        "moisture meter calibration",
        "kiln probes reading nonsense",
        "moisture meter & kiln probe calibration, sales & service",
    ),
    (
        "debarker repair",
        "debarker rotor bearing shot",
        "debarker rotor rebuilds & spare parts",
    ),
    (
        "business succession",
        "im 70 and the mill has no next generation",
        "M&A for family industrial businesses in eastern finland",
    ),
    (
        "translation",
        "customer letters from japan, nobody reads japanese",
        "japanese-finnish translation, technical & trade",
    ),
    (
        "conveyor repair",
        "chain conveyor under the edger keeps jumping",
        "conveyor & chain repair for sawmills and pulp mills",
    ),
    (
        "forklift training",
        "need forklift certs for 4 workers",
        "forklift & loader operator training, certificates",
    ),
    (
        "equipment finance",
        "need a loan for a new kiln",
        "equipment finance for industry, leasing up to 7 yrs",
    ),
    # cobblers, naples: the shop itself
    (
        "commercial lease advice",
        "landlord wants to double the rent on the bottega",
        "tenant's lawyer, commercial leases, napoli",
    ),
    (
        "apprentice placement",
        "need a ragazzo to learn the trade, no one applies",
        "vocational school placing apprentices in artisan workshops",
    ),
    (
        "heel tips supplier",
        "run out of heel tips for stilettos",
        "heel tips & top pieces, all sizes, next day",
    ),
    (
        "shoe care wholesale",
        "want to sell polishes & creams at the counter",
        "shoe care wholesale: creams, waxes, brushes, displays",
    ),
    (
        "sewing machine repair",
        "patcher machine skipping stitches",
        "repairs on industrial sewing machines, patchers & post beds",
    ),
    (
        "social media",
        "want to post before/after videos but no time",
        "social media for artisans, we film in your shop",
    ),
    (
        "bespoke shoemaker",
        "customer wants shoes made from scratch, i only repair",
        "bespoke shoemaker, takes referrals from repair shops",
    ),
    # matatu owners, nairobi: more
    (
        "in-vehicle CCTV",
        "passengers robbed on board, need cameras",
        "in-vehicle CCTV for PSVs, records 30 days",
    ),
    (
        "bookkeeping",
        "no idea if my matatu is even making money",
        "bookkeeping for transport owners, monthly reports",
    ),
    (
        "panel beating",
        "rear panel crushed in a jam on jogoo rd",
        "panel beating & spray, PSV specialists",
    ),
    (
        "route licensing",
        "want to move the vehicle to a new route, what licence?",
        "NTSA licensing agent, route & TLB applications",
    ),
    (
        "emergency vehicle loan",
        "need cash fast to fix engine, vehicle stuck at garage",
        "logbook loans, same day",
    ),
    (
        "engine overhaul",
        "engine knocking, black smoke from exhaust",
        "engine overhaul, diesel specialists, eastleigh",
    ),
    (
        "fire extinguisher service",
        "inspection says the extinguisher expired",
        "fire extinguisher supply & service, PSV stickers",
    ),
    # borehole drillers, windhoek: more
    (
        "roadworthy repairs",
        "rig truck needs its roadworthy before the trip",
        "truck roadworthy prep & repairs, heavy vehicles",
    ),
    (
        "geophysics equipment",
        "want our own resistivity meter",
        "geophysical equipment hire & sales, with training",
    ),
    (
        "water metering",
        "ministry wants meters on abstraction",
        "water meter supply & install on boreholes, data logging",
    ),
    (
        "irrigation design",
        "farmer wants to irrigate 5 ha off the new hole",
        "drip irrigation design & install",
    ),
    (
        "crew accommodation",
        "crew needs a place to sleep near opuwo for 3 wks",
        "self-catering rooms & camping, opuwo, long stays ok",
    ),
    (
        "downhole camera",
        "want to see why the pump keeps getting stuck down the hole",
        "downhole camera inspection, video report",
    ),
    (
        "tender writing",
        "want to bid for govt rural water tenders",
        "tender writing & compliance docs for contractors",
    ),
    (
        "pipe supply",
        "need 2km of HDPE to the kraal",
        "HDPE & PVC pipe, fittings, delivered",
    ),
    (
        "anti-theft cages",
        "solar panels at the pump keep getting stolen",
        "steel anti-theft frames & cages for solar panels",
    ),
    # rug dealers, istanbul: more
    (
        "rug cleaning chemicals",
        "need pH neutral wool wash for the wash floor",
        "wool-safe rug shampoos & rinses, 20L drums",
    ),
    (
        "stock insurance",
        "shop stock worth a fortune, not insured for flood",
        "insurance for retail stock & shop contents",
    ),
    (
        "colourfastness testing",
        "colours run when we wash some of the new rugs",
        "colourfastness testing lab for textiles",
    ),
    (
        "trade fair stand",
        "want a stand at domotex but no idea where to start",
        "trade fair stand booking & design, hannover",
    ),
    (
        "kilim sewing",
        "leftover kilim pieces, want them made into cushions",
        "seamstress, cushions & bags from kilim offcuts",
    ),
    (
        "web design",
        "site looks like 2005",
        "web design for shops, multilingual",
    ),
    (
        "card terminal",
        "tourists want to pay by card in euros",
        "POS terminals with multi-currency & dynamic conversion",
    ),
    (
        "delivery porters",
        "rug for a 6th floor flat with no lift",
        "porters & delivery in istanbul, stairs no problem",
    ),
]

# (what the person in need wrote, what the look-alike offers, why a careful host would not
# introduce them): shares words or a theme, but does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "salon floor is concrete, knees wrecked",
        "concrete polishing & epoxy floors for warehouses",
        "harder, shinier concrete, not a sprung floor",
    ),
    (
        "parquet so sticky the ochos catch",
        "anti-slip coatings for ramps & stairs",
        "adds grip; dancers need to glide",
    ),
    (
        "low notes on my bandoneon buzz",
        "reed diffusers & scented candles",
        "home fragrance, not instrument reeds",
    ),
    (
        "january milongas are a sauna",
        "sauna & steam room builds",
        "they want it cooler, not a sauna",
    ),
    (
        "need a DJ for sat milonga, golden age tandas",
        "DJ school, learn to mix house & techno",
        "teaches club mixing, not a tango DJ to book",
    ),
    (
        "teacher from berlin coming 3 months, can she get paid?",
        "berlin city tours in spanish",
        "tours of berlin, nothing on work permits",
    ),
    (
        "6 couples need show dresses by march",
        "dress shirts wholesale for offices",
        "office shirts, not stage costumes",
    ),
    (
        "student twisted an ankle at the practica",
        "travel insurance for backpackers",
        "covers travellers, not a studio's liability",
    ),
    (
        "outdoor milonga in a plaza, need speakers",
        "public speaking coach",
        "speakers as in people giving talks",
    ),
    (
        "selling festival passes on whatsapp is chaos",
        "whatsapp business messaging for call centres",
        "messaging tool, no ticketing or door scanning",
    ),
    (
        "web only in spanish, tourists never find us",
        "spanish lessons for expats",
        "teaches spanish, doesn't translate or fix the site",
    ),
    (
        "need our ADIPS done, waltzer",
        "waltz & ballroom lessons for weddings",
        "the waltzer is a ride",
    ),
    (
        "our genny died halfway thru the season",
        "lead generation for B2B sales teams",
        "generating leads, not power",
    ),
    (
        "swapping 3000 ride bulbs to LED",
        "tulip & daffodil bulbs wholesale",
        "flower bulbs",
    ),
    (
        "need plush prizes for the hook a duck",
        "duck eggs & hatching kits",
        "live ducks, not prizes",
    ),
    (
        "need winter quarters for 4 loads",
        "laundry service, loads washed & folded",
        "washing loads, not a yard",
    ),
    (
        "ram on the twister weeping oil",
        "ram & ewe lambs for sale",
        "sheep, not hydraulics",
    ),
    (
        "kids miss school all season travelling",
        "school uniform shop",
        "uniforms don't cover missed lessons",
    ),
    (
        "moving the big wheel, need an escort",
        "wheel alignment for cars",
        "car wheels",
    ),
    (
        "dodgem front boards faded",
        "board games & jigsaw shop",
        "different kind of board",
    ),
    (
        "crack in a weld on the sweep arm",
        "chimney sweep, soot & birds nests",
        "the sweep is part of the ride",
    ),
    (
        "punters want to tap card",
        "plumber, taps fitted & leaks fixed",
        "water taps",
    ),
    (
        "floss sugar ran out",
        "dental floss & oral care wholesale",
        "dental floss, not candyfloss sugar",
    ),
    (
        "bandsaw blades go dull in 2 days",
        "knife sharpening for restaurant kitchens",
        "kitchen knives, not industrial bandsaw blades",
    ),
    (
        "boards coming out of the kiln split",
        "pottery kiln hire by the hour",
        "ceramics kiln, not timber drying",
    ),
    (
        "sawyer cuts by eye, yield is poor",
        "server log analysis & monitoring",
        "software logs, not sawlogs",
    ),
    (
        "sawdust & bark piling up behind the mill",
        "dog trainer, stops barking & pulling",
        "barking dogs",
    ),
    (
        "dust everywhere in the planer shed",
        "house cleaning, weekly dusting & hoovering",
        "domestic cleaning, not industrial extraction",
    ),
    (
        "planer knives leaving chatter marks",
        "wedding planner, full service",
        "event planner",
    ),
    (
        "german buyer wants PEFC chain of custody",
        "bicycle chains & sprockets",
        "bike chains",
    ),
    (
        "cant find sawyers, young people wont move here",
        "summer jobs board for teenagers",
        "under-18 summer work, not skilled sawyers",
    ),
    (
        "pallet customer needs ISPM 15 stamp",
        "colour palette & brand identity design",
        "palette, not pallets",
    ),
    (
        "log yard buried in snow every night",
        "snowmobile safaris for tourists",
        "tourist rides, not yard clearing",
    ),
    (
        "electricity for the kilns tripled",
        "e-bike rental by the day",
        "electric bikes",
    ),
    (
        "3 containers of sawn pine to alexandria",
        "docker & kubernetes container consulting",
        "software containers",
    ),
    (
        "need veg tanned soling leather",
        "vegetarian cooking classes",
        "veg as in vegetables",
    ),
    (
        "looking for vibram soles at trade price",
        "fresh sole & sea bass from the port",
        "fish",
    ),
    (
        "want to make orthopaedic shoes but no lasts",
        "orthopaedic surgeon, knee & hip",
        "surgery, not lasts",
    ),
    (
        "finisher brush motor burned out",
        "hair brushes & combs wholesale",
        "hairbrushes",
    ),
    (
        "people bring bags with broken zips",
        "zip line adventure park",
        "zip lines",
    ),
    (
        "signora wants white boots dyed black",
        "hair colour salon, walk-ins",
        "hair dye",
    ),
    (
        "glue smell gives me headaches all day",
        "glue sticks & craft supplies for schools",
        "sells more glue, doesn't remove fumes",
    ),
    (
        "run out of heel tips for stilettos",
        "physio for heel pain & plantar fasciitis",
        "treats heels of feet, not shoes",
    ),
    (
        "no son wants the bottega",
        "wine bottega, tasting evenings",
        "bottega as a wine bar",
    ),
    (
        "receipts in a shoebox lol",
        "printed shoeboxes wholesale",
        "they need bookkeeping, not boxes",
    ),
    (
        "patcher machine skipping stitches",
        "nurse clinic, stitches removed & dressings",
        "medical stitches",
    ),
    (
        "tourists walk past, shop down a vicolo",
        "walking tours of the centro storico",
        "brings tourists past sights, not repair customers",
    ),
    (
        "speed governor not transmitting",
        "county governor's campaign team",
        "a politician, not a speed limiter",
    ),
    (
        "makanga pocketing fares",
        "cheap air fares to dubai",
        "airline tickets",
    ),
    (
        "need a bass system and screens inside",
        "bass guitar lessons",
        "music lessons",
    ),
    (
        "seats torn, passengers complaining",
        "online seat booking for long distance buses",
        "booking seats, not repairing them",
    ),
    (
        "new on route 105, need a sacco to operate under",
        "savings & loans sacco for teachers",
        "a savings sacco can't run a PSV route",
    ),
    (
        "gearbox slipping on 3rd",
        "hiking gear, tents & boots",
        "outdoor gear",
    ),
    (
        "tyres cost too much, want retreads",
        "yoga retreats in naivasha",
        "retreats, not retreads",
    ),
    (
        "stone cracked the windscreen",
        "phone screen repair while you wait",
        "phone screens",
    ),
    (
        "new driver keeps getting stopped by police",
        "golf drivers & club fitting",
        "golf clubs",
    ),
    (
        "drivers inflate fuel receipts",
        "receipt printers for shops",
        "prints receipts, doesn't stop fraud",
    ),
    (
        "passengers robbed on board, need cameras",
        "board of directors training",
        "governance boards",
    ),
    (
        "last hole at 120m was dry",
        "dry cleaning, collection & delivery",
        "laundry",
    ),
    (
        "water tastes salty, ok for cattle?",
        "himalayan salt lamps",
        "sells salt",
    ),
    (
        "submersible burnt out after the power cut",
        "pump track builds for BMX",
        "bike tracks",
    ),
    (
        "running low on 165mm uPVC casing",
        "natural sausage casings for butchers",
        "food casings",
    ),
    (
        "button bits finished in a week",
        "buttons & haberdashery",
        "sewing buttons",
    ),
    (
        "rig compressor overheating",
        "lighting rig hire for concerts",
        "stage lighting rig",
    ),
    (
        "crew needs first aid certs",
        "crew neck t-shirt printing",
        "clothing",
    ),
    (
        "need 2x 10 000L storage at a cattle post",
        "self storage units in windhoek",
        "storage lockers, not water tanks",
    ),
    (
        "lodge water too brackish to drink",
        "lodge booking website builder",
        "bookings, not water treatment",
    ),
    (
        "old borehole yield dropped by half",
        "high-yield savings accounts",
        "financial yield",
    ),
    (
        "want to bid for govt water tenders",
        "bartenders for events",
        "bartenders",
    ),
    (
        "fuel for the rig 300km off the tar road",
        "tar roofing & waterproofing",
        "roofing tar",
    ),
    (
        "customer spilled red wine on a silk hereke",
        "wine tasting tours in the aegean",
        "wine, not stain removal",
    ),
    (
        "moths ate the pile near one corner",
        "orchid nursery, phalaenopsis (moth orchids)",
        "plants",
    ),
    (
        "fringes chewed by a vacuum",
        "fringe & bang trims, walk-ins",
        "haircuts",
    ),
    (
        "kilim slides across the marble",
        "marble polishing & crystallising",
        "a polished floor makes it slide more",
    ),
    (
        "how do i send a 3x4m rug to new york",
        "cheap flights to new york",
        "flights for people",
    ),
    (
        "colours look wrong in my listing photos",
        "personal colour analysis, what to wear",
        "personal styling",
    ),
    (
        "need madder red wool for a restoration",
        "wool socks & sweaters shop",
        "finished knitwear, not yarn",
    ),
    (
        "rugs piled on the floor, customers cant see them",
        "foundation piling contractor",
        "piles for buildings",
    ),
    (
        "tourists ask about VAT refund",
        "VAT returns for limited companies",
        "files company VAT, doesn't run tourist refunds",
    ),
    (
        "want tour groups brought into the shop",
        "group tours to cappadocia",
        "takes groups away from the city",
    ),
    (
        "client wants a valuation on an antique kazak",
        "residential property valuation",
        "houses, not rugs",
    ),
]
