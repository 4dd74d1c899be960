"""The thirty-fifth hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: watchmakers and clock repairers, Geneva (in
English); dog boarding kennels and groomers, Melbourne; violin makers, Cremona (in English); food
truck operators, Austin; studio glassblowers, Stourbridge; public sauna operators, Helsinki (in
English); home care agencies, Dublin.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 64 of 174 pairs (36.8 %) and 8 decoys of 87 with the
lexicon and matcher as the round on the thirty-fourth set began; 64 and 8 as it ended. Then
tuned on: 121 (69.5 %) and no decoy as that round ended (a shorter round).
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # watchmakers, geneva: parts and bench
    (
        "vintage watch parts",
        "cant find balance staffs for omega cal 30T2 anywhere anymore",
        "NOS & salvaged movement parts, swiss calibres 1930-1980, catalogue by calibre no.",
    ),
    (
        "cleaning machine repair",
        "our L&R cleaner heater died mid-cycle, 20 watches waiting",
        "I service watch cleaning machines - Elma, L&R, Greiner. parts on the shelf",
    ),
    (
        "test equipment calibration",
        "timegrapher readings drifting vs our reference, customers noticing",
        "calibration of timing machines & water resistance testers, ISO 17025 certs",
    ),
    (
        "dial restoration",
        "customer's 1960s dial is spotted and flaking, wants it looking new",
        "dial refinishing: reprint, relume, re-silver. about 6 weeks turnaround",
    ),
    (
        "watch case laser welding",
        "deep gouge in a bezel, polishing would just eat the metal",
        "laser welding to add material back to cases & bracelets, then refinish",
    ),
    (
        "custom watch crystals",
        "need domed acrylic crystal 31.7mm, no supplier lists that size",
        "crystals cut to any size - sapphire, mineral or hesalite",
    ),
    # dog kennels, melbourne: the yard
    (
        "kennel drain cleaning",
        "run drains blocking every week, full of hair and gunk",
        "commercial plumber - drain jetting, CCTV, hair traps fitted",
    ),
    (
        "escape-proof fencing",
        "husky got over our 1.8m fence AGAIN",
        "dog-proof fencing: lean-in tops, dig barriers, double gates",
    ),
    (
        "noise reduction",
        "neighbour complaints about barking overnight, council letter came",
        "acoustic panels & sound barrier walls for animal facilities",
    ),
    (
        "pet waste removal",
        "bins overflowing with poo bags by wednesday",
        "dog waste pickup for kennels & catteries, once or twice weekly",
    ),
    (
        "kennel cooling",
        "kennel block hit 38 degrees in feb, dogs panting all day",
        "HVAC for animal housing - evaporative and split systems, quotes free",
    ),
    # violin makers, cremona: wood and varnish
    (
        "tonewood supplier",
        "looking for well seasoned spruce for tops, 10 yrs+ if possible",
        "alpine spruce and flamed maple, air dried, from val di fiemme",
    ),
    (
        "varnish troubleshooting",
        "my varnish stays tacky for weeks, even in the UV box",
        "I cook oil varnish & resins by hand, happy to look at drying problems",
    ),
    (
        "dendrochronology",
        "need to date the top of a violin before I sell it as 18th c.",
        "dendrochronology reports for stringed instruments, accepted by auction houses",
    ),
    (
        "CITES export permits",
        "selling pernambuco bows to US customer, paperwork is a nightmare",
        "CITES permits and export documents for musical instruments",
    ),
    (
        "bow rehair",
        "clients keep asking for rehairs, I only do instruments",
        "archetier - rehairs and bow repairs in 48h, pickup from your workshop",
    ),
    # food trucks, austin: power and gas
    (
        "generator repair",
        "genny cuts out every time both fryers are on",
        "mobile generator service - honda, generac, onan. I come to you",
    ),
    (
        "propane delivery",
        "ran out of propane mid lunch rush twice this month",
        "scheduled propane refills for trucks & trailers, we track your usage",
    ),
    (
        "commissary kitchen",
        "health dept says we need a commissary, ours just closed",
        "commissary w/ prep space, grease disposal, overnight parking",
    ),
    (
        "used cooking oil collection",
        "where do yall dump fryer oil? been hauling it home",
        "used cooking oil pickup, free, and we pay per gallon over 50",
    ),
    (
        "mobile kitchen fire suppression",
        "inspector flagged our hood suppression, cant operate till fixed",
        "fire suppression install + semi-annual inspections for mobile kitchens",
    ),
    # glassblowers, stourbridge: hot shop
    (
        "furnace rebuild",
        "furnace crown is dripping, bits ending up in the gathers",
        "furnace builds and rebuilds for glass studios, refractory work",
    ),
    (
        "kiln controller upgrade",
        "annealer overshoots, pieces cracking overnight",
        "kiln & annealer controllers upgraded, thermocouples replaced",
    ),
    (
        "energy broker",
        "gas bill tripled since the fixed deal ended, might have to cut hours",
        "energy broker for high-usage small businesses, i compare suppliers",
    ),
    (
        "glass colour supplier",
        "cant get reichenbach colour since brexit, or only with silly shipping",
        "UK stockist of kugler and reichenbach colour rods & frit",
    ),
    (
        "protective eyewear",
        "eyes are shot after 20 yrs staring in the glory hole",
        "IR & didymium safety glasses, prescription available",
    ),
    # saunas, helsinki: heat
    (
        "sauna heater repair",
        "elements in our heaters keep burning out, 3 in a month",
        "electric sauna heater service, harvia & tylo, commercial sites",
    ),
    (
        "firewood supply",
        "need dry birch for the wood sauna, like 40 m3 a year",
        "kiln dried firewood by pallet or trailer load, helsinki area",
    ),
    (
        "sauna bench carpentry",
        "benches splintering, customers complaining about their backsides",
        "sauna carpenter - aspen and alder benches, built on site",
    ),
    (
        "chimney sweep",
        "smoke coming back into the room when wind is from west",
        "chimney sweep & flue inspection, wood heaters and stoves",
    ),
    # home care, dublin: people
    (
        "rostering software",
        "rotas on excel, carers double booked twice last week",
        "rostering and visit monitoring app built for home care providers",
    ),
    (
        "manual handling training",
        "new carers need manual handling cert before first shift",
        "QQI manual handling trainer, on site, groups up to 12",
    ),
    (
        "overseas care worker recruitment",
        "cant get carers in north kildare for love nor money",
        "we recruit carers from abroad, incl. permit & housing help",
    ),
    (
        "work permit advice",
        "great candidate from kerala but no idea about permits",
        "immigration adviser - general employment permits, stamp 1 & 4",
    ),
    (
        "regulatory compliance",
        "new home support regs coming, our policies are from 2015",
        "compliance consultant for home support, HIQA-ready policies & audits",
    ),
    # watchmakers, geneva: shop and clients
    (
        "insurance valuation",
        "clients keep asking for a valuation for their insurer",
        "certified appraiser, watches & clocks, written reports insurers accept",
    ),
    (
        "watchmaker hire",
        "looking for a trained watchmaker, wostep or similar, 3 days/wk",
        "WOSTEP grad, 4 yrs in a brand service centre, want bench work in geneva",
    ),
    (
        "high-value courier",
        "sending watches to clients in the US, couriers wont insure over 1k",
        "secure courier for valuables, insured door to door worldwide",
    ),
    (
        "technical translation",
        "service manuals only in french, my new bench hand reads english",
        "technical translator FR/DE/EN, horology and precision engineering",
    ),
    (
        "longcase clock repair",
        "grandfather clock stops after 2 days, strike still works fine",
        "longcase & bracket clock restorer, house calls around the lake",
    ),
    (
        "used workshop tools",
        "after a second hand watchmakers lathe, boley or lorch",
        "clearing my late fathers bench: lathe, collets, staking set, cheap",
    ),
    (
        "custom leather straps",
        "customers want straps in odd lug widths, 17, 19, 21",
        "hand stitched straps made to measure, any lug size, 2 week wait",
    ),
    (
        "electroplating",
        "1950s gold plated case worn to the brass at the lugs",
        "small batch plating - gold, rhodium - for jewellers & watch cases",
    ),
    # dog kennels, melbourne: the business
    (
        "business insurance",
        "one boarder bit another dog, owner threatening to sue. are we covered?",
        "broker for pet businesses: boarding, grooming, walking, public liability",
    ),
    (
        "online booking system",
        "still taking bookings by phone and paper diary, xmas was chaos",
        "online booking for kennels - deposits, vaccination records, reminders",
    ),
    (
        "seasonal casual staff",
        "need extra hands over christmas & easter holidays",
        "vet nursing student, cert IV, free all school holidays for kennel work",
    ),
    (
        "wholesale pet food",
        "buying kibble at woolies, it's killing our margins",
        "wholesale pet food, pallet deliveries to kennels anywhere in VIC",
    ),
    (
        "clipper blade sharpening",
        "blades pulling hair, groomers complaining",
        "mobile sharpening van - clipper blades & scissors, groomers a specialty",
    ),
    (
        "pet transport",
        "lots of clients want pickup and drop off, we dont have a van",
        "pet taxi, air conditioned van, melbourne metro, crates secured",
    ),
    (
        "canine behaviourist",
        "some boarders get so stressed, pacing and not eating for days",
        "certified canine behaviourist, consults & staff training for boarding",
    ),
    (
        "grooming equipment repair",
        "hydrobath pump died and half the week is booked",
        "repairs to grooming tables, blasters, dryers and hydrobaths",
    ),
    (
        "pet first aid course",
        "want all staff trained in first aid for dogs",
        "pet first aid courses at your site, certificate on the day",
    ),
    (
        "disinfectant supply",
        "parvo scare last month, need something that actually kills it",
        "vet grade disinfectants, F10 and virkon, bulk drums",
    ),
    (
        "animal-safe pest control",
        "rats in the feed room, scared to put bait down with the dogs around",
        "pest control that's safe around animals, kennels & farms",
    ),
    (
        "planning permit",
        "council says we need a new permit to go from 20 to 40 dogs",
        "town planner - animal keeping & domestic animal business permits",
    ),
    # violin makers, cremona: workshop
    (
        "string wholesale",
        "want wholesale strings but only small quantities",
        "string distributor for shops and workshops, no minimum order",
    ),
    (
        "dust extraction",
        "sanding dust everywhere, my lungs are not happy",
        "dust extraction for small woodworking shops, quiet units",
    ),
    (
        "humidity control",
        "tops cracking in winter, the heating dries the whole workshop",
        "humidifiers and climate control for instrument storage & workshops",
    ),
    (
        "trade fair stand",
        "first time at mondomusica, no clue how to do a stand",
        "stand design & build for fairs, small budgets ok",
    ),
    (
        "CT scanning",
        "want to see inside a viola without taking the top off",
        "CT scanning of instruments, hospital scanner after hours",
    ),
    (
        "acoustic analysis",
        "want to measure the modes of my plates, not just tap by ear",
        "acoustic analysis of plates & finished instruments, kit + training",
    ),
    (
        "apprenticeship",
        "finishing the liutaio school in june, looking for a workshop",
        "master maker taking one apprentice from september",
    ),
    (
        "export agent",
        "want to sell direct to players in asia, no contacts there",
        "export agent for italian instruments, japan / korea / china",
    ),
    (
        "bookkeeping",
        "partita IVA paperwork is eating all my weekends",
        "commercialista for artigiani, flat rate regime, fixed yearly fee",
    ),
    (
        "legal translation",
        "contract from chinese buyer, need proper english and italian",
        "sworn translations IT-EN-ZH, contracts and commercial docs",
    ),
    (
        "specialist hand tools",
        "need some small finger planes, the ones I bought are rubbish",
        "handmade planes & knives for luthiers, bronze & boxwood",
    ),
    (
        "custom instrument cases",
        "3 violas at 42cm, nothing fits in standard cases",
        "made to measure cases, fitted to the instrument",
    ),
    # food trucks, austin: the truck
    (
        "vehicle wrap",
        "truck looks tired, paint peeling, want new graphics",
        "vehicle wraps & graphics - fleets, trailers, food trucks",
    ),
    (
        "offline card payments",
        "card reader keeps dropping, no signal out at the festival grounds",
        "POS with offline mode, takes cards in dead zones, syncs later",
    ),
    (
        "corporate catering bookings",
        "how do we get on the office park lunch rotation",
        "I book food trucks for office parks and apartment complexes",
    ),
    (
        "permit expediting",
        "permit renewal got messed up and we got fined",
        "permit expediter for mobile food vendors, city & county",
    ),
    (
        "mobile refrigeration repair",
        "reach-in in the truck wont go below 45",
        "mobile refrigeration tech, 12v and 110v units",
    ),
    (
        "diesel mechanic",
        "step van overheating in traffic on 35",
        "diesel mechanic - step vans & box trucks, I come to your lot",
    ),
    (
        "food truck parking",
        "landlord kicked us off, need a weekday spot asap",
        "food truck park with power & water hookups, 2 spots open",
    ),
    (
        "line cook hire",
        "need a line cook for weekends thru festival season",
        "line cook 5 yrs, fast on flat top, weekends free",
    ),
    (
        "compostable packaging",
        "want to ditch styrofoam, customers keep asking",
        "compostable clamshells & cups, wholesale by the case",
    ),
    (
        "RV plumbing",
        "gray water tank leaking under the truck",
        "RV & mobile kitchen plumbing, tanks, pumps, water heaters",
    ),
    (
        "small business loan",
        "want a second truck, bank said no",
        "microloans for food businesses, 5k-50k, no collateral",
    ),
    (
        "social media management",
        "nobody knows where we're parked each day",
        "I run instagram for food trucks - daily location posts, stories",
    ),
    # glassblowers, stourbridge: the work
    (
        "glass batch supplier",
        "need batch by the tonne, our supplier's gone bust",
        "furnace batch & cullet, delivered on pallets, midlands",
    ),
    (
        "workshop extraction",
        "fumes from the colour work are making us all cough",
        "LEV extraction design & testing for hot workshops",
    ),
    (
        "glass engraving",
        "client wants names engraved on 40 glass trophies",
        "copper wheel and sandblast engraving, small runs",
    ),
    (
        "fragile item shipping",
        "third breakage in the post this month",
        "packing & shipping for fragile goods, insured, box-in-box",
    ),
    (
        "gallery representation",
        "want my work in galleries but no idea how to approach them",
        "gallery owner looking for new glass makers for autumn show",
    ),
    (
        "hot shop hire",
        "need furnace time, I cant afford my own set up",
        "hot shop for hire by the day, assistant available",
    ),
    (
        "cold working",
        "bases need flat grinding and polishing, no lathe here",
        "coldworking service: grinding, polishing, cutting, facet",
    ),
    (
        "grant writing",
        "want to apply to arts council but the forms defeat me",
        "grant writer for artists and craft businesses, ACE & lottery",
    ),
    (
        "health and safety audit",
        "HSE inspection next month, risk assessments out of date",
        "H&S consultant for workshops & studios, risk assessments done for you",
    ),
    (
        "three-phase electrics",
        "need 3-phase for the new glory hole",
        "electrician - 3 phase upgrades, commercial & industrial units",
    ),
    (
        "business insurance",
        "insurer pulled out, said hot glass is too risky",
        "specialist broker for craft workshops with kilns, furnaces, forges",
    ),
    (
        "studio assistant",
        "need a gaffer's assistant 2 days a week",
        "glass grad, 3 yrs assisting, looking for regular studio days",
    ),
    (
        "recycling glass offcuts",
        "skips of broken glass, costs a fortune to get rid of",
        "we collect clean glass waste for recycling, free over 1 tonne",
    ),
    # saunas, helsinki: the building
    (
        "water quality testing",
        "shower water needs legionella testing, never done it",
        "accredited water lab - legionella & pool water sampling",
    ),
    (
        "mould remediation",
        "black spots on the dressing room ceiling keep coming back",
        "mould removal & ventilation checks for wet rooms",
    ),
    (
        "commercial linen service",
        "washing 300 towels a day in our own machines, they keep breaking",
        "towel & linen rental with washing, daily delivery to spas",
    ),
    (
        "accessible access ramps",
        "wheelchair users can't get down to the lake after sauna",
        "accessible piers and ramps, including for swimming",
    ),
    (
        "ice hole aerator",
        "the avanto freezes over every night, staff chopping ice at 6am",
        "ice-hole aerators keep winter swim holes open",
    ),
    (
        "inbound tour groups",
        "want more foreign tourists, especially weekdays",
        "incoming tour operator - groups from asia & europe wanting real sauna",
    ),
    (
        "cold water safety training",
        "staff need first aid for cold water shock and fainting",
        "first aid trainer, cold water & heat illness modules",
    ),
    (
        "heat pump",
        "heating the showers with electric boilers, bills insane",
        "heat pumps & heat recovery for spas and pools",
    ),
    (
        "online booking system",
        "people queue outside in -20, we need time slots",
        "booking & timeslot system for saunas, spas, pools",
    ),
    (
        "english signage",
        "tourists dont understand the rules, finnish signs only",
        "translation & sign wording FI-EN-DE, short and polite",
    ),
    (
        "social media management",
        "nobody outside kallio has heard of us",
        "instagram & tiktok for local venues, english & finnish",
    ),
    (
        "bookkeeping",
        "accounts behind 6 months since our bookkeeper retired",
        "kirjanpito for small businesses, english service",
    ),
    # home care, dublin: clients
    (
        "mobility equipment hire",
        "client discharged friday, needs a hoist and profiling bed at home",
        "hoists, profiling beds & commodes for hire, next day delivery",
    ),
    (
        "occupational therapy",
        "family asking for a home assessment but public OT list is 9 months",
        "private occupational therapist, home assessments in 2 weeks",
    ),
    (
        "dementia training",
        "staff not confident with clients with dementia, some get aggressive",
        "dementia care training for carers, half-day modules",
    ),
    (
        "payroll",
        "payroll for 80 part time carers with mileage is a nightmare",
        "payroll bureau, shift & mileage heavy workforces",
    ),
    (
        "interpreting",
        "client only speaks polish, carer doesnt, family abroad",
        "interpreters on phone or video, polish, romanian, arabic & more",
    ),
    (
        "bathroom adaptation",
        "client keeps slipping getting in the bath",
        "walk-in shower conversions, grant work done",
    ),
    (
        "meal delivery",
        "client living alone not eating properly between visits",
        "hot meals delivered daily to older people, soft diets too",
    ),
    (
        "telecare alarms",
        "client falls at night and lies there till morning call",
        "personal alarm pendants with 24/7 monitoring & fall detection",
    ),
    (
        "staff wellbeing support",
        "carers burning out, 3 resigned this month",
        "employee assistance programme, counselling for frontline staff",
    ),
    (
        "car leasing",
        "new carers cant take the job, no car",
        "car leasing for care workers, low deposits, insurance included",
    ),
    (
        "medication management training",
        "had a med error, need proper training for everyone",
        "safe administration of medication training, QQI level 5",
    ),
    (
        "business insurance",
        "our renewal came in 40% up and excludes personal care",
        "broker for home care & nursing agencies, incl. personal care cover",
    ),
    (
        "garda vetting processing",
        "vetting taking ages, new hires sitting idle for weeks",
        "liaison body for garda vetting, fast turnaround for care employers",
    ),
    (
        "uniform supplier",
        "need tunics in all sizes for new starters",
        "healthcare uniforms, embroidered with your logo, 1 week",
    ),
    (
        "gp out-of-hours liaison",
        "weekends we cant get a doctor out to clients",
        "out-of-hours GP home visits service, we take care agency referrals",
    ),
    # watchmakers, geneva: the atelier
    (
        "workshop bench rental",
        "looking for a bench to rent, need good north light & quiet",
        "spare bench in our atelier, north light, rent by the month",
    ),
    (
        "shop safe",
        "insurer says our safe isn't rated high enough for our stock",
        "certified graded safes supplied & installed, insurance approved",
    ),
    (
        "online shop",
        "want to sell restored pieces online, just insta DMs right now",
        "small webshops for watch & jewellery dealers, with escrow payments",
    ),
    (
        "bookkeeping",
        "swiss VAT returns doing my head in",
        "fiduciaire for independent craftspeople, english spoken",
    ),
    (
        "hairspring repair",
        "hairspring tangled after customer dropped it, coils touching",
        "hairspring vibrating & repairs for other workshops",
    ),
    (
        "watch hands refinishing",
        "hands faded, lume falling out",
        "relume & reblue of hands, heat blued or painted",
    ),
    (
        "magnetised watch",
        "watch gaining 2 min a day after sitting on a laptop",
        "demagnetising & regulation while you wait",
    ),
    # dog kennels, melbourne: more of the yard
    (
        "kennel flooring",
        "concrete runs cracked & stinking, urine soaks in",
        "epoxy & resin floors for kennels, seamless, hose-down",
    ),
    (
        "solar power",
        "power bills huge with heat lamps & aircon running",
        "solar & battery for rural businesses, rebates sorted",
    ),
    (
        "dog daycare enrichment",
        "daycare dogs bored, need more activities",
        "enrichment programmes & play equipment for daycares",
    ),
    (
        "bookkeeping",
        "BAS due and I havent touched xero since july",
        "bookkeeper for small pet businesses, BAS & payroll",
    ),
    (
        "grooming course",
        "want to add grooming but none of us trained",
        "dog grooming cert III, part time, evenings",
    ),
    # violin makers, cremona: more
    (
        "business insurance",
        "client's cello cracked in my shop, am I covered?",
        "insurance for makers' workshops and instruments held in custody",
    ),
    (
        "instrument valuation",
        "heir wants to know what his grandfather's violin is worth",
        "expert valuations & certificates of authenticity, violin family",
    ),
    (
        "bridge blanks supplier",
        "cant find good bridge blanks, old stock all warped",
        "aubert & despiau blanks wholesale, graded",
    ),
    (
        "workshop rental",
        "my rent doubled, need a small bottega near centro",
        "renting a 30m2 workshop, ground floor, via platina",
    ),
    # food trucks, austin: more
    (
        "business insurance",
        "our commercial auto + GL renewal doubled",
        "insurance for food trucks - auto, GL, equipment, one policy",
    ),
    (
        "bookkeeping",
        "shoebox of receipts, taxes due in april",
        "bookkeeping for restaurants & trucks, monthly flat fee",
    ),
    (
        "truck build",
        "want to convert a trailer into a coffee trailer",
        "custom food truck & trailer builds, to code, permit ready",
    ),
    (
        "ice supply",
        "going thru 20 bags of ice a day, store runs out",
        "ice delivery, bagged or bulk, 7 days a week",
    ),
    (
        "pest control",
        "found roaches in the truck after the commissary move",
        "pest control for food businesses, health code compliant",
    ),
    (
        "food safety certification",
        "new hires need food handler cards before saturday",
        "food handler & manager certification classes, bilingual",
    ),
    # glassblowers, stourbridge: more
    (
        "annealer purchase",
        "need a bigger annealer for large platters",
        "selling 1.2m top-loader annealer, studio closing",
    ),
    (
        "photography of work",
        "my website photos make the glass look flat and grey",
        "product photographer for glass & ceramics, lit properly",
    ),
    (
        "teaching workshops",
        "want to run taster days but never taught",
        "I help craftspeople set up courses, pricing, booking, insurance",
    ),
    (
        "bookkeeping",
        "making tax digital, I'm still on paper",
        "bookkeeper for makers, MTD ready, xero & freeagent",
    ),
    # saunas, helsinki: more
    (
        "ventilation design",
        "air feels heavy, customers getting headaches on upper bench",
        "sauna ventilation designer, commercial saunas & public baths",
    ),
    (
        "birch whisk supply",
        "need vihta for the weekend events, too many to make ourselves",
        "fresh & frozen birch whisks, hundreds a week in summer",
    ),
    (
        "lifeguard hire",
        "city wants someone watching the swim area at the pier",
        "certified lifeguards for hire, events & open water",
    ),
    (
        "electrician",
        "breaker trips when all 3 heaters run",
        "electrician for high-load installations, saunas and kitchens",
    ),
    (
        "private event bookings",
        "weekday evenings empty",
        "event planner, corporate after-work events, looking for venues",
    ),
    # home care, dublin: more
    (
        "recruitment advertising",
        "ads on the job sites get us nobody",
        "recruitment campaigns for care roles, local radio & social",
    ),
    (
        "legal advice employment",
        "carer claiming unfair dismissal, WRC hearing in a month",
        "employment solicitor, WRC representation for employers",
    ),
    (
        "end of life care training",
        "more palliative clients now, staff unsure what to do",
        "palliative & end of life care training for home carers",
    ),
    (
        "key safes",
        "carers cant get in when client doesnt answer",
        "police-approved key safes, fitted same week",
    ),
    (
        "continence products",
        "families struggling to get pads, supplies run out",
        "continence products delivered direct to homes, discreet",
    ),
    # watchmakers, geneva: last
    (
        "watch case polishing",
        "scratched up rolex case, want it crisp not rounded",
        "case & bracelet refinishing, keeps edges & brushed finishes",
    ),
    (
        "tool repair",
        "my staking set punches are mushroomed",
        "repair & remake of watchmaking tools and punches",
    ),
    (
        "luminous paint supplier",
        "need lume powder small amounts",
        "luminova & superluminova in small quantities for restorers",
    ),
    # dog kennels, melbourne: last
    (
        "dog walking services",
        "long stay boarders need more walks than we can do",
        "dog walker, insured, can do 10 dogs a day",
    ),
    (
        "dog washing equipment",
        "our tubs are too high, backs killing us",
        "electric lift grooming tubs & tables",
    ),
    (
        "kennel construction",
        "want to add 10 more suites",
        "kennel builder, prefab & custom suites, council plans",
    ),
    # violin makers, cremona: last
    (
        "website",
        "my website is from 2009, nobody finds me",
        "websites for artisans, english & italian, simple to update",
    ),
    (
        "purfling supplier",
        "need purfling strips, the plastic kind is awful",
        "wood purfling, black & white, pear & poplar",
    ),
    # food trucks, austin: events
    (
        "festival vendor slots",
        "want into ACL or SXSW vendor rows, where do you even apply",
        "vendor coordinator for festivals & markets, taking applications now",
    ),
    (
        "portable handwashing",
        "event says we need a hand sink, our truck one is tiny",
        "portable hand wash stations for rent, delivered & serviced",
    ),
    (
        "generator repair",
        "inverter on the trailer smells like burning",
        "fix inverters, generators & shore power on mobile units",
    ),
    # glassblowers, stourbridge: supplies
    (
        "blowpipe supplier",
        "blowpipes worn out at the ends, need 6 new ones",
        "blowpipes, punties & jacks, made in sheffield",
    ),
    (
        "refractory supplies",
        "glory hole lining crumbling",
        "kiln shelves, fibre board & castables, trade prices",
    ),
    # saunas, helsinki: bathers
    (
        "towel and robe supplier",
        "robes keep walking out the door, need cheap ones",
        "linen towels & sauna covers wholesale, logo printing",
    ),
    (
        "sauna stones",
        "stones crumbling in the kiuas, steam smells dusty",
        "olivine diabase sauna stones by the pallet, washed",
    ),
    # home care, dublin: back office
    (
        "care plan software",
        "care plans still in paper folders in clients' houses",
        "digital care plans & visit notes, carers update on phone",
    ),
    (
        "fleet fuel cards",
        "mileage claims are endless, carers paying for petrol",
        "fuel cards for small fleets & mobile workers, one invoice",
    ),
    # dog kennels, melbourne: feed and bedding
    (
        "dog bedding supplier",
        "dogs chewing through the beds in a day",
        "chew-proof trampoline beds & vet bedding, wholesale",
    ),
    (
        "cattery fit out",
        "want to add cats but no idea how to set up",
        "cattery design & fit out, pens, ventilation, council specs",
    ),
]

# (what the person in need wrote, what the look-alike offers, why a careful host would not
# introduce them): shares words or a theme, but does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "cant find balance staffs for omega cal 30T2",
        "staffing agency for warehouses, temp & perm",
        "staff as in employees, not a watch part",
    ),
    (
        "our L&R cleaner heater died mid-cycle",
        "office cleaning, nightly, fully insured",
        "cleaning service, not a watch cleaning machine repair",
    ),
    (
        "customer's 1960s dial is spotted and flaking",
        "dial-a-ride transport for older people",
        "dial-a-ride is a bus service",
    ),
    (
        "deep gouge in a bezel",
        "welding & fabrication for farm gates",
        "heavy steel welding, not laser work on watch cases",
    ),
    (
        "need domed acrylic crystal 31.7mm",
        "healing crystals & reiki sessions",
        "crystals of a different kind",
    ),
    (
        "run drains blocking every week",
        "running club for beginners, couch to 5k",
        "dog runs, not running",
    ),
    (
        "husky got over our 1.8m fence AGAIN",
        "fencing lessons, epee & foil, all ages",
        "the sport, not the barrier",
    ),
    (
        "neighbour complaints about barking overnight",
        "bark mulch by the trailer load",
        "tree bark, not dog barking",
    ),
    (
        "kennel block hit 38 degrees",
        "kennel cough vaccinations at our clinic",
        "shares kennel, but it's a vet service not cooling",
    ),
    (
        "looking for well seasoned spruce for tops",
        "crop tops & tees, print on demand",
        "clothing tops, not violin tops",
    ),
    (
        "my varnish stays tacky for weeks",
        "gel nail varnish, mobile manicurist",
        "nail varnish, not instrument varnish",
    ),
    (
        "selling pernambuco bows to US customer, paperwork is a nightmare",
        "bow ties & cummerbunds, handmade in milano",
        "bow ties, not violin bows",
    ),
    (
        "clients keep asking for rehairs",
        "hair extensions & keratin treatments",
        "human hair, not bow hair",
    ),
    (
        "genny cuts out every time both fryers are on",
        "air fryer recipes cookbook, signed copies",
        "shares fryers, no use for a generator fault",
    ),
    (
        "ran out of propane mid lunch rush",
        "lunch & learn sessions on leadership",
        "lunch as in talk, not gas supply",
    ),
    (
        "inspector flagged our hood suppression",
        "hoodies & merch printing for your brand",
        "clothing hoods, not kitchen hoods",
    ),
    (
        "truck looks tired, paint peeling, want new graphics",
        "breakfast wraps wholesale, frozen",
        "burritos, not vehicle wraps",
    ),
    (
        "furnace crown is dripping",
        "dental crowns while you wait",
        "teeth, not furnace crowns",
    ),
    (
        "annealer overshoots, pieces cracking overnight",
        "crack sealing for driveways",
        "same word, wrong material",
    ),
    (
        "cant get reichenbach colour since brexit",
        "colour analysis & personal styling",
        "wardrobe colours, not glass colour",
    ),
    (
        "eyes are shot after 20 yrs staring in the glory hole",
        "eye make-up lessons",
        "cosmetics, not eye protection",
    ),
    (
        "elements in our heaters keep burning out",
        "the elements of branding - workshop",
        "elements as ideas, not heating elements",
    ),
    (
        "need dry birch for the wood sauna",
        "birch sap & birch water drinks",
        "birch as a drink, not firewood",
    ),
    (
        "benches splintering, customers complaining",
        "bench press & squat racks, used gym gear",
        "weight benches, not sauna benches",
    ),
    (
        "smoke coming back into the room when wind is from west",
        "smoke alarms fitted and tested",
        "detects smoke but doesn't fix the flue draught",
    ),
    (
        "rotas on excel, carers double booked",
        "excel courses, pivot tables & formulas",
        "keeps them on excel; doesn't solve rostering",
    ),
    (
        "new carers need manual handling cert",
        "forklift certification courses",
        "handling pallets, not people",
    ),
    (
        "great candidate from kerala but no idea about permits",
        "planning permission drawings for extensions",
        "building permits, not work permits",
    ),
    (
        "new home support regs coming",
        "new home builds, turnkey",
        "new homes, not home support",
    ),
    (
        "sending watches to clients in the US",
        "US tax returns for expats",
        "shares US, nothing to do with shipping",
    ),
    (
        "grandfather clock stops after 2 days",
        "grandparent carers support group",
        "grandfather in a different sense",
    ),
    (
        "after a second hand watchmakers lathe",
        "second hand watches bought for cash",
        "they buy watches; no lathe",
    ),
    (
        "customers want straps in odd lug widths",
        "ratchet straps & load restraints",
        "cargo straps, not watch straps",
    ),
    (
        "one boarder bit another dog, owner threatening to sue",
        "boarding school admissions advice",
        "boarding school, not dog boarding",
    ),
    (
        "still taking bookings by phone and paper diary",
        "paper & stationery wholesale",
        "more paper is the opposite of what they need",
    ),
    (
        "blades pulling hair, groomers complaining",
        "wedding planner, bride & groom packages",
        "groom as in wedding",
    ),
    (
        "lots of clients want pickup and drop off, we dont have a van",
        "van conversions into campers",
        "a camper build, not pet transport",
    ),
    (
        "some boarders get so stressed, pacing",
        "stress management coaching for executives",
        "human stress, not dog behaviour",
    ),
    (
        "hydrobath pump died",
        "pump track building for bike parks",
        "a pump track is a bike trail",
    ),
    (
        "parvo scare last month",
        "scare attraction actors for halloween",
        "wrong kind of scare",
    ),
    (
        "rats in the feed room",
        "social media feed management",
        "a feed of posts, not animal feed",
    ),
    (
        "want wholesale strings but only small quantities",
        "string puppets & marionette shows",
        "puppet strings",
    ),
    (
        "tops cracking in winter",
        "winter tyres fitted",
        "shares winter only",
    ),
    (
        "want to see inside a viola without taking the top off",
        "convertible roof repairs, soft tops",
        "car tops, not instrument tops",
    ),
    (
        "want to measure the modes of my plates",
        "number plates, personalised",
        "car plates, not violin plates",
    ),
    (
        "finishing the liutaio school in june, looking for a workshop",
        "mindfulness workshops every thursday",
        "workshop as an event, not a place to train",
    ),
    (
        "cant find good bridge blanks",
        "structural engineer, footbridges & culverts",
        "a real bridge, not a violin bridge",
    ),
    (
        "need purfling strips",
        "comic strips & illustration commissions",
        "shares strips only",
    ),
    (
        "card reader keeps dropping, no signal",
        "tarot card readings, online",
        "card reading of another kind",
    ),
    (
        "reach-in in the truck wont go below 45",
        "outreach programs for youth",
        "word overlap only",
    ),
    (
        "step van overheating in traffic on 35",
        "traffic management plans for events",
        "traffic control, not engine cooling",
    ),
    (
        "need a line cook for weekends",
        "phone lines & VoIP for small offices",
        "phone line, not a cook",
    ),
    (
        "gray water tank leaking under the truck",
        "think tank on urban water policy",
        "a think tank doesn't fix tanks",
    ),
    (
        "nobody knows where we're parked each day",
        "car park management & enforcement",
        "parking enforcement, not visibility",
    ),
    (
        "need batch by the tonne",
        "batch cooking classes, meal prep",
        "cooking batches, not glass batch",
    ),
    (
        "bases need flat grinding and polishing",
        "coffee grinder repairs",
        "grinding coffee, not glass",
    ),
    (
        "third breakage in the post this month",
        "post-production & video editing",
        "post as in editing",
    ),
    (
        "need furnace time, I cant afford my own set up",
        "boiler & furnace servicing for homes",
        "home heating, not a glass hot shop",
    ),
    (
        "need 3-phase for the new glory hole",
        "phase 3 clinical trial recruitment",
        "phase in a different sense",
    ),
    (
        "skips of broken glass, costs a fortune",
        "windscreen repair, chips & cracks",
        "fixes car glass; doesn't take waste",
    ),
    (
        "shower water needs legionella testing",
        "baby shower planning & decor",
        "shower as a party",
    ),
    (
        "black spots on the dressing room ceiling keep coming back",
        "dressing room hire for fashion shoots",
        "dressing room of another kind; mould not addressed",
    ),
    (
        "the avanto freezes over every night",
        "ice sculptures for events",
        "makes ice, need is to stop it",
    ),
    (
        "staff need first aid for cold water shock",
        "cold water swimming meetup, sundays",
        "a swim club, not first aid training",
    ),
    (
        "heating the showers with electric boilers",
        "boiler suits & workwear",
        "clothing, not heating",
    ),
    (
        "people queue outside in -20, we need time slots",
        "slot machines & arcade games leasing",
        "gambling slots",
    ),
    (
        "client discharged friday, needs a hoist",
        "engine hoists & workshop cranes",
        "lifts engines, not people",
    ),
    (
        "family asking for a home assessment",
        "home energy assessments (BER certs)",
        "energy rating, not care needs",
    ),
    (
        "client only speaks polish, carer doesnt",
        "car polishing & valeting",
        "polish as a finish, not a language",
    ),
    (
        "client keeps slipping getting in the bath",
        "bath bombs & soaps, handmade",
        "bath products, not an adaptation",
    ),
    (
        "client falls at night and lies there till morning",
        "burglar alarms & CCTV for homes",
        "intruder alarm doesn't detect falls or summon help",
    ),
    (
        "carers burning out, 3 resigned this month",
        "carpet burn repairs & patching",
        "word overlap only",
    ),
    (
        "new carers cant take the job, no car",
        "car care packages, valet & wax",
        "car care, not car access",
    ),
    (
        "had a med error, need proper training",
        "mediation for neighbour disputes",
        "med in mediation",
    ),
    (
        "vetting taking ages, new hires sitting idle",
        "mobile vet, house visits for pets",
        "vet, not vetting",
    ),
    (
        "weekends we cant get a doctor out to clients",
        "PhD thesis proofreading, doctoral students",
        "doctor as in PhD",
    ),
    (
        "insurer says our safe isn't rated high enough",
        "safe driving courses for fleets",
        "safe as in careful",
    ),
    (
        "hairspring tangled after customer dropped it",
        "spring water delivered, office coolers",
        "spring water, not a hairspring",
    ),
    (
        "hands faded, lume falling out",
        "hand cream & balms, natural",
        "human hands",
    ),
    (
        "watch gaining 2 min a day after sitting on a laptop",
        "laptop repairs, screens & batteries",
        "fixes the laptop, not the magnetised watch",
    ),
    (
        "concrete runs cracked & stinking",
        "concrete pumping for big pours",
        "pours concrete, not kennel flooring",
    ),
    (
        "daycare dogs bored, need more activities",
        "childcare places available, 0-5 years",
        "daycare for children",
    ),
    (
        "need vihta for the weekend events",
        "weekend event DJ, weddings & parties",
        "events overlap only",
    ),
    (
        "breaker trips when all 3 heaters run",
        "ice breaker games for team days",
        "ice breakers, not circuit breakers",
    ),
    (
        "carers cant get in when client doesnt answer",
        "answering service, 24/7 call handling",
        "answers calls, doesn't give access",
    ),
    (
        "my staking set punches are mushroomed",
        "punch & cocktails for private parties",
        "drinks, not tool punches",
    ),
    (
        "want to convert a trailer into a coffee trailer",
        "film trailer editing",
        "movie trailers",
    ),
]
