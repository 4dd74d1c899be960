"""The thirtieth hold-out set: written blind, by someone who never saw the matcher or its lexicon.

Drawn from seven events, mixed through the set: locksmiths and door fitters, Glasgow; equestrian
yards, farriers and horse breeders, Lexington, Kentucky; board game cafés and indie game designers,
Toronto; scrap metal yards and recyclers, Johannesburg; model railway and hobby shops, Nuremberg
(in English); karting tracks and junior race teams, São Paulo (in English); mining suppliers and
contractors, Perth.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 76 of 173 pairs (43.9 %) and 9 decoys of 85 with the
lexicon and matcher as the round on the twenty-ninth set began; 77 and 9 as it ended. Then
tuned on: 154 (89.0 %) and no decoy as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # locksmiths glasgow: key machines
    (
        "key machine repair",
        "our silca key cutter is chewing blanks, cuts are off by a hair since tuesday",
        "i service & recalibrate key cutting machines, silca, jma, ilco - i come to your shop",
    ),
    (
        "key machine repair",
        "duplicator jaws worn and the shop cant cut yale keys properly anymore",
        "key cutting machine repairs + spare jaws & cutters, glasgow & central belt",
    ),
    # equestrian lexington: shoeing
    (
        "farrier",
        "my gelding threw a shoe again and our usual guy retired",
        "certified journeyman farrier, hot & cold shoeing, fayette + woodford counties",
    ),
    (
        "farrier",
        "need someone for corrective shoeing on a mare w/ a laminitis history",
        "farrier working alongside vets on therapeutic & corrective shoeing, glue-ons too",
    ),
    # board game cafes toronto: restocking
    (
        "game distributor",
        "cant get restocks of wingspan or cascadia, our supplier is always out",
        "canadian wholesale distributor of hobby board games, weekly restock, net 30 for cafes",
    ),
    (
        "game distributor",
        "need a supplier who'll sell us demo copies at wholesale for the library wall",
        "hobby game wholesaler, retailer accounts + demo copy program for cafes & stores",
    ),
    # scrap yards johannesburg: scales
    (
        "weighbridge calibration",
        "weighbridge reading 40kg different to the buyers every load, getting disputes",
        "weighbridge service & sanas calibration, load cells, indicators, all of gauteng",
    ),
    (
        "weighbridge calibration",
        "inspector says our scale cert expired last month",
        "we calibrate and certify industrial scales & weighbridges, certificates same week",
    ),
    # model railway nuremberg: decoders
    (
        "dcc decoder fitting",
        "customers keep asking us to fit sound decoders in their ho locos, we dont have time",
        "i fit dcc & sound decoders in ho/n/tt locos for shops, esu & zimo, 1 week turnaround",
    ),
    (
        "dcc decoder fitting",
        "bought a digital controller, now my 15 analogue locos wont run on it",
        "digital conversion of analogue locomotives, decoder installs, märklin & 2-rail",
    ),
    # karting sao paulo: engines
    (
        "kart engine rebuild",
        "rotax max losing power at the top end, think it needs a rebuild",
        "kart engine builder, rotax & iame rebuilds, dyno tested, based at interlagos",
    ),
    (
        "kart engine rebuild",
        "iame x30 seized in practice on saturday, race in 2 wks",
        "engine shop for karting: rebuilds, seizure repairs, crank & piston kits in stock",
    ),
    # mining perth: conveyors
    (
        "conveyor belt splicing",
        "conveyor belt tore at the transfer point, whole plant is down",
        "24/7 conveyor belt splicing & repair crews, pilbara & goldfields, hot & cold vulc",
    ),
    (
        "conveyor belt splicing",
        "belt keeps mistracking and the edges are getting chewed up",
        "conveyor maintenance: belt tracking, idler changeouts, splicing, site contracts",
    ),
    # locksmiths glasgow: vans
    (
        "van racking",
        "need shelving fitted in the new transit so i can find cylinders w/o emptying the van",
        "van racking & shelving installs, sortimo & bott, fitted at your depot",
    ),
    (
        "van racking",
        "tools & stock all loose in the back of the vivaro, it's chaos",
        "we fit van racking, drawers and lockers for trades vans, glasgow",
    ),
    (
        "van signwriting",
        "plain white van, want it lettered with our number & logo",
        "van signwriting & vehicle wraps, cut vinyl from £250, clydebank",
    ),
    (
        "vehicle tracking",
        "pretty sure one of my engineers is doing homers in the company van",
        "gps vehicle tracking for small fleets, live map, mileage & journey reports",
    ),
    # equestrian lexington: feed
    (
        "hay supplier",
        "our hay guy sold out and we've got 30 horses on stall rest thru winter",
        "timothy & orchard grass hay, small squares & rounds, delivered central ky",
    ),
    (
        "hay supplier",
        "need tested low sugar hay for a cushings pony",
        "we sell analyzed hay, nsc tested, good for metabolic horses, delivery avail",
    ),
    # equestrian lexington: hauling
    (
        "horse transport",
        "need to ship 2 yearlings to ocala for a sale",
        "commercial horse transport, lexington to florida weekly, box stalls, usda papers done",
    ),
    (
        "horse transport",
        "mare needs to get to the clinic and my trailers axle is shot",
        "local horse hauling, emergency trips to rood & riddle or hagyard, 24hr",
    ),
    # board game cafes toronto: licensing
    (
        "liquor licence",
        "want to start serving beer at game nights, no idea about licensing",
        "liquor licence consultant, agco applications for ontario restaurants & cafes",
    ),
    (
        "liquor licence",
        "agco application got kicked back, something about the floor plan",
        "i prepare & fix liquor licence applications, floor plans, capacity, agco follow-up",
    ),
    # board game cafes toronto: till & tables
    (
        "pos system",
        "our till crashes on friday nights and we lose track of table times",
        "pos for cafes w/ table timers & cover charges, square & lightspeed setup",
    ),
    (
        "pos system",
        "need a way to charge per hour per table without a stopwatch",
        "table booking + hourly billing software for board game cafes and arcades",
    ),
    # scrap yards johannesburg: forklifts
    (
        "forklift repair",
        "forklift hydraulics leaking, cant lift the bales",
        "forklift repairs & servicing on site, toyota, linde, hyster, jhb & east rand",
    ),
    (
        "forklift repair",
        "forklift wont start in the mornings, mast also jerks when lifting",
        "mobile forklift mechanic, diagnostics, mast & hydraulic repairs, gauteng",
    ),
    (
        "forklift hire",
        "need a forklift for 3 months while ours is in for a new engine",
        "forklift hire, short & long term, delivered anywhere in gauteng",
    ),
    # model railway nuremberg: loco repairs
    (
        "model locomotive repair",
        "old märklin crocodile wont run, the motor just hums",
        "repairs & servicing of vintage märklin, fleischmann & trix locos, spare parts",
    ),
    (
        "model locomotive repair",
        "brass loco has a stripped gear and the maker is long gone",
        "model locomotive repair workshop: gears, motors, remotoring, any scale",
    ),
    # karting sao paulo: timing
    (
        "race timing",
        "lap times from our old timing loop are unreliable, drivers complaining",
        "race timing systems & transponders, mylaps, installed at tracks",
    ),
    (
        "race timing",
        "need timing for a one-off 6hr endurance race in june",
        "timing & scoring service for events, we bring the loop, transponders & screens",
    ),
    # mining perth: hoses
    (
        "hydraulic hose repair",
        "excavator hose burst on site, we're 200km from town",
        "mobile hydraulic hose repair, goldfields & midwest, 24/7 callout",
    ),
    (
        "hydraulic hose repair",
        "need hoses made up for a drill rig, the fittings are non standard",
        "hydraulic hoses & fittings made to order, odd sizes, same-day in kalgoorlie",
    ),
    # mining perth: people
    (
        "labour hire",
        "shutdown in march, need 15 fitters & riggers",
        "mining labour hire, fitters, riggers, boilermakers, fifo ready",
    ),
    (
        "labour hire",
        "short a dump truck operator for night shift from next week",
        "plant operator labour hire, ticketed & inducted, same-week start",
    ),
    (
        "fifo accommodation",
        "need 40 beds for a shutdown crew in port hedland",
        "worker accommodation in port hedland, rooms & meals, shutdown block bookings",
    ),
    # locksmiths glasgow: door hardware
    (
        "upvc door parts",
        "struggling to find multipoint gearboxes for old upvc doors, fullex, mila etc",
        "trade counter for upvc door & window hardware: gearboxes, hinges, handles, next day",
    ),
    (
        "upvc door parts",
        "customers door has a discontinued lock mech, need a replacement strip",
        "we stock and source replacement multipoint locks for upvc & composite doors",
    ),
    (
        "key blanks wholesale",
        "always running out of key blanks midweek",
        "wholesale key blanks & cylinders, trade accounts, next day delivery across scotland",
    ),
    (
        "door fitting",
        "we sell composite doors but need a fitter, our guy quit",
        "experienced door fitter, composite & upvc, subcontract for door companies in glasgow",
    ),
    # equestrian lexington: arenas
    (
        "arena footing",
        "indoor arena gets so dusty the kids are coughing during lessons",
        "arena footing & dust control, fiber additives, mag chloride, resurfacing",
    ),
    (
        "arena footing",
        "outdoor ring turns into soup every time it rains",
        "riding arena construction & drainage, base rebuilds, laser grading",
    ),
    # board game cafes toronto: making games
    (
        "game manufacturing",
        "designed a card game, need 1000 copies printed w/ a tuck box",
        "board game manufacturer: cards, boards, custom boxes, min run 500",
    ),
    (
        "game manufacturing",
        "quotes for custom meeples & wooden tokens?",
        "we make custom wooden & plastic game components, meeples, dice, standees",
    ),
    (
        "game illustration",
        "my prototype plays great but the art is stick figures",
        "illustrator for board games, card art, box covers, iconography",
    ),
    (
        "game illustration",
        "need box cover art for a kickstarter launch in march",
        "freelance tabletop game artist, covers & key art, happy to do a sketch first",
    ),
    # scrap yards johannesburg: processing kit
    (
        "shear and baler repair",
        "alligator shear blades are blunt and it's jamming on rebar",
        "we regrind & supply shear blades, repair hydraulic shears & balers",
    ),
    (
        "shear and baler repair",
        "baler wont compress properly, hydraulic pump whining like mad",
        "hydraulic repairs for balers, shears & presses, pump rebuilds on site",
    ),
    (
        "metal analysis",
        "buyers keep downgrading our stainless and we cant prove the grade",
        "handheld xrf analyser rental & sales, instant alloy grade identification",
    ),
    (
        "cable stripping",
        "we have tonnes of insulated cable, want to strip it not sell it cheap",
        "cable granulators & strippers, supply and commissioning, copper recovery",
    ),
    # model railway nuremberg: layouts
    (
        "layout building",
        "customer wants a custom layout built in his loft, too big a job for us",
        "i build model railway layouts to commission, from baseboards to scenery",
    ),
    (
        "layout building",
        "club layout needs new baseboards, the old ones have warped",
        "baseboard maker, laser cut plywood modules for model railways, any size",
    ),
    (
        "layout wiring",
        "layout shorts out every time a train hits the reverse loop",
        "model railway wiring & dcc troubleshooting, reverse loops, boosters, on-site visits",
    ),
    (
        "model weathering",
        "want weathered rolling stock for the display window",
        "weathering & custom painting of model trains, airbrush, any scale",
    ),
    # karting sao paulo: drivers
    (
        "driver coaching",
        "i'm fast in practice but lose it completely in traffic",
        "kart driving coach, data & racecraft, ex brazilian champion",
    ),
    (
        "driver coaching",
        "daughter starting in cadets, she needs a coach",
        "coaching for young kart drivers, mirim & cadet classes",
    ),
    (
        "kart data analysis",
        "cant work out why i'm slow in turn 3, need someone to read my data",
        "data analysis for karting, aim & alfano loggers, session reports",
    ),
    (
        "sports physio",
        "ribs hurt after every race and my neck is a mess",
        "sports physio for racing drivers, rib injuries, neck strengthening",
    ),
    # mining perth: tenders & systems
    (
        "tender writing",
        "lost the last two tenders, feedback said our submission was weak",
        "tender writer for mining contractors, capability statements, safety sections",
    ),
    (
        "tender writing",
        "need a capability statement for a rio tinto prequal by friday",
        "bid & tender writing for contractors, prequalification docs, fast turnaround",
    ),
    (
        "iso certification",
        "client says we need iso 45001 or we lose the contract",
        "iso 9001/14001/45001 consultant, systems written & audit ready",
    ),
    (
        "iso certification",
        "our quality manual is from 2011, audit next month",
        "we update quality management systems & get you through certification audits",
    ),
    # locksmiths glasgow: phones & google
    (
        "call answering",
        "miss half my call-outs when im up a ladder or mid job",
        "24hr call answering for trades, we take the job details & text you",
    ),
    (
        "call answering",
        "phone rings at 3am for lockouts and i cant pick up every one",
        "virtual receptionist service, overnight cover, calls triaged to your mobile",
    ),
    (
        "local seo",
        "nobody finds us on google, national call centres take all the lockout searches",
        "local seo for trades: google business profile, reviews, map pack ranking",
    ),
    (
        "local seo",
        "our google listing got suspended and the calls dried up overnight",
        "i fix suspended google business profiles & get local listings back up",
    ),
    # equestrian lexington: tack & barns
    (
        "saddle fitting",
        "my horses back is sore and i think its the saddle",
        "independent certified saddle fitter, barn visits, flocking adjustments",
    ),
    (
        "saddle fitting",
        "need somebody to reflock two dressage saddles",
        "saddle fitting & reflocking, all brands, mobile van",
    ),
    (
        "barn construction",
        "want to add 6 stalls onto the existing barn before foaling season",
        "barn builder: horse barns & stall additions, post frame, all over kentucky",
    ),
    (
        "manure removal",
        "manure pile is getting out of hand and the county complained",
        "manure hauling & dumpster service for horse farms, weekly pickups",
    ),
    (
        "manure removal",
        "need the muck bins emptied regularly, 40 stalls",
        "we haul stall waste from barns, roll-off containers swapped weekly",
    ),
    # scrap yards johannesburg: theft
    (
        "security guarding",
        "copper stolen from the yard twice this month",
        "armed response & guarding for scrap yards & warehouses, cctv monitoring",
    ),
    (
        "security guarding",
        "need guards on the gate at night, current company sleeps on the job",
        "security company, night guards, patrols & gate control, jhb south",
    ),
    # model railway nuremberg: selling online
    (
        "webshop setup",
        "our shop is only on ebay, want our own webshop",
        "shopify & woocommerce setup for small shops, product imports, payments",
    ),
    (
        "webshop setup",
        "webshop is slow and cant show stock levels",
        "ecommerce developer, i fix slow shops & sync stock with your till",
    ),
    (
        "protective packaging",
        "locos keep arriving broken when we post them",
        "packaging supplier: custom cut foam inserts & boxes for fragile models",
    ),
    (
        "customs paperwork",
        "shipping to uk customers since brexit is a customs nightmare",
        "customs broker, export declarations & paperwork for small shops shipping to the uk",
    ),
    (
        "product photography",
        "product photos on our site look awful, all yellow",
        "product photographer for webshops, small items, white background, per item pricing",
    ),
    # karting sao paulo: money
    (
        "sponsorship proposals",
        "my son is 14, racing well, but we need sponsors to do the nationals",
        "sponsorship proposals for young drivers, decks & pitching to brands",
    ),
    (
        "sponsorship proposals",
        "no idea how to approach companies for money for the team",
        "i write sponsorship decks & approach sponsors for motorsport teams",
    ),
    (
        "corporate events",
        "rental kart track is empty weekday afternoons",
        "corporate event agency, we bring companies for team building kart races",
    ),
    (
        "online booking",
        "people phone to book, we want online booking for the track",
        "online booking systems for leisure venues, deposits, time slots",
    ),
    # mining perth: site services
    (
        "assay laboratory",
        "need gold assays back faster than 3 weeks",
        "assay laboratory, fire assay, 48hr turnaround, kalgoorlie",
    ),
    (
        "dust suppression",
        "haul roads way too dusty, got a warning from the regulator",
        "dust suppression for haul roads, polymer binders & water cart hire",
    ),
    (
        "rope access",
        "need a silo inspected, no room for scaffolding",
        "rope access technicians, inspections & repairs at height, irata certified",
    ),
    (
        "generator hire",
        "camp power went down, need a genset out there asap",
        "generator hire, 20–1000kva, delivered to remote sites",
    ),
    # locksmiths glasgow: safes & security
    (
        "safe opening",
        "customer locked out of her safe, lost the combination",
        "safe engineer, non-destructive safe opening, combination changes, glasgow & edinburgh",
    ),
    (
        "safe installation",
        "need a safe moved and bolted down in a jewellery shop",
        "safe installation, relocation & anchoring, insurance-rated safes supplied",
    ),
    (
        "cctv installation",
        "clients keep asking if we do cameras too, we dont",
        "cctv & intercom installer, happy to take referrals from locksmiths, hikvision & ajax",
    ),
    (
        "door entry systems",
        "want to add door entry for a tenement close job, 8 flats",
        "door entry and access control for tenement closes & flats, paxton installer",
    ),
    # equestrian lexington: health & fences
    (
        "equine dentist",
        "old mare is dropping feed and losing weight",
        "equine dental technician, floating, sedation w/ your vet, barn calls",
    ),
    (
        "horse fencing",
        "horses keep leaning on the board fence and snapping it",
        "horse fencing: 4-board, vinyl, electric, repairs & new builds",
    ),
    (
        "horse fencing",
        "need hot wire along the top rail asap, pony keeps getting out",
        "electric fence installs & repairs for horse farms, same week",
    ),
    (
        "fly control",
        "flies are awful in the barn this summer, horses stomping all day",
        "automatic fly spray systems & fly predators for barns, installed",
    ),
    (
        "trough heaters",
        "water troughs freeze solid every january",
        "stock tank heaters & heated automatic waterers, sold & installed",
    ),
    # board game cafes toronto: shipping backers
    (
        "crowdfunding fulfillment",
        "backers in 30 countries and no clue how to ship to them",
        "crowdfunding fulfillment, warehouses in canada, us, eu & uk, we ship your pledges",
    ),
    (
        "crowdfunding fulfillment",
        "customs charges are killing our eu backers",
        "fulfilment from our eu warehouse, ddp, no surprise customs fees for backers",
    ),
    (
        "playtesting",
        "need blind playtesters who havent seen the rules",
        "playtest group, 20 regulars, we play your prototype & give written feedback",
    ),
    (
        "rulebook editing",
        "rulebook is confusing, ppl keep asking the same 3 questions",
        "rulebook editor & technical writer for tabletop games",
    ),
    (
        "rules translation",
        "need our rules translated to french for quebec stores",
        "translator en>fr specialising in board game rules & components",
    ),
    # scrap yards johannesburg: trucks & paperwork
    (
        "scrap haulage",
        "need 20 tonnes of steel hauled to the mill in vereeniging",
        "tipper & flatdeck hire with drivers, scrap haulage to mills",
    ),
    (
        "scrap haulage",
        "our skip clients are growing, need another hooklift truck & driver",
        "hooklift & skip truck hire, with or without driver, jhb",
    ),
    (
        "waste licence",
        "municipality says we need a waste licence to keep operating",
        "environmental consultant, waste management licences, nemwa applications",
    ),
    (
        "waste licence",
        "second-hand goods act registration for buying copper, totally confused",
        "compliance consultant for scrap dealers: second-hand goods act, saps registration",
    ),
    (
        "payroll",
        "40 workers paid cash weekly, the uif & paye side is a mess",
        "payroll services for small businesses, uif, paye, weekly wages, sars submissions",
    ),
    # model railway nuremberg: collections
    (
        "collection valuation",
        "widow brought in her husbands collection, 400 items, wants a price",
        "valuer for model railway collections, written valuations for estates & insurance",
    ),
    (
        "collection valuation",
        "want to insure my collection but the insurer needs a valuation",
        "independent valuations of toy & model train collections, itemised reports",
    ),
    (
        "stock buyout",
        "retiring, need to sell 3000 kits and the shop fittings in one go",
        "we buy entire hobby shop stocks & collections, pay cash, collect ourselves",
    ),
    (
        "3d printing",
        "need a batch of custom station buildings in n scale",
        "3d printing for modellers, resin prints, small batches, your files or mine",
    ),
    (
        "3d printing",
        "missing part on a discontinued model, no spares anywhere",
        "we 3d scan & reproduce discontinued spare parts for models",
    ),
    # karting sao paulo: kit
    (
        "race suits",
        "team needs 12 race suits with the sponsor logos",
        "custom race suits, cik-fia homologated, logos embroidered or sublimated",
    ),
    (
        "race suits",
        "logos on our suits are peeling off after 3 races",
        "embroidery & sublimation for motorsport wear, suits & teamwear",
    ),
    (
        "kart trailer",
        "need an enclosed trailer for 3 karts and tools",
        "kart trailer builder, enclosed, workshop inside, built to order",
    ),
    (
        "kart tyres",
        "need a steady supply of mg tyres for the whole season",
        "kart tyre distributor, mg, vega, le cont, team discounts",
    ),
    # mining perth: safety
    (
        "safety training",
        "new starters need working at heights & confined space tickets",
        "rto running high risk & safety tickets: heights, confined space, gas test",
    ),
    (
        "first aid training",
        "need first aid training for a crew of 20",
        "first aid courses on site, mining-specific, nationally recognised",
    ),
    (
        "two-way radio",
        "radio coverage is terrible down in the pit",
        "two-way radio & repeaters for mine sites, design & install",
    ),
    (
        "heritage survey",
        "need a heritage survey before we start exploration drilling",
        "heritage consultants, aboriginal heritage surveys with traditional owners, wa",
    ),
    # locksmiths glasgow: money & people
    (
        "bookkeeping",
        "vat return due and my receipts are in the door pockets of the van",
        "bookkeeper for tradesmen, vat returns, mtd compliant, i collect receipts monthly",
    ),
    (
        "bookkeeping",
        "no idea if im actually making money on the emergency callouts",
        "bookkeeping & job costing for small trade businesses, monthly p&l you can read",
    ),
    (
        "trade insurance",
        "renewal quote for my public liability doubled, sole trader locksmith",
        "insurance broker for tradespeople, public liability & tools cover, 20 insurers",
    ),
    (
        "trade insurance",
        "need insurance that covers the tools in the van overnight",
        "tools-in-van & public liability insurance for trades, policies from £12/month",
    ),
    (
        "locksmith training",
        "taking on a lad & want him to learn picking & fitting properly",
        "locksmith training courses, 5 day entry level, mla approved, paisley",
    ),
    # equestrian lexington: business
    (
        "equine insurance",
        "want mortality & major medical on a horse i just bought",
        "equine insurance agent: mortality, major medical, loss of use",
    ),
    (
        "equine lawyer",
        "starting riding lessons & need a proper release form that holds up",
        "attorney for equine businesses: liability releases, boarding contracts, kentucky",
    ),
    (
        "equine lawyer",
        "a boarder hasnt paid in 4 months and left her horse here",
        "equine law practice, boarding disputes, stablemen's liens, collections",
    ),
    (
        "barn staff",
        "short two grooms for the sales season",
        "equine staffing agency: grooms, hot walkers, night watch for sales & foaling",
    ),
    (
        "bookkeeping",
        "board payments all over venmo and paper, tax time is a nightmare",
        "bookkeeping for horse farms & boarding barns, quickbooks, schedule f",
    ),
    (
        "equine photography",
        "need sale photos & video of 12 yearlings for the catalog",
        "equine photographer, conformation shots & walking video for sales",
    ),
    (
        "riding lessons",
        "daughter wants to learn to jump, she's 11, no instructor near versailles",
        "riding lessons for kids, hunter/jumper, beginners welcome, versailles ky",
    ),
    # board game cafes toronto: the room
    (
        "gaming tables",
        "want proper gaming tables w/ a recessed play area",
        "woodworker making gaming tables with vaults & toppers, toronto",
    ),
    (
        "shelving",
        "800 games and the ikea shelves are bowing",
        "custom shelving & millwork for retail & cafes, heavy duty",
    ),
    (
        "dishwasher repair",
        "dishwasher stopped mid service on saturday, cups piling up",
        "commercial kitchen equipment repair, dishwashers, hobart, same-day in the gta",
    ),
    (
        "pest control",
        "saw a mouse under the bench by the snack shelf",
        "pest control for restaurants & cafes, discreet, monthly contracts",
    ),
    (
        "social media",
        "tournament nights are empty, cant get the word out",
        "social media management for cafes & venues, instagram & event promo",
    ),
    (
        "lease review",
        "landlord wants a personal guarantee on the new lease, is that normal??",
        "commercial lease lawyer, reviews for small businesses, fixed fee",
    ),
    # scrap yards johannesburg: site risks
    (
        "fire protection",
        "tyre stockpile is a fire risk, insurer wants a plan",
        "fire protection for recycling yards: hydrants, detection, fire plans",
    ),
    (
        "radiation detection",
        "worried about radioactive sources hidden in scrap loads",
        "radiation portal monitors for scrap yards, install and calibration",
    ),
    (
        "tyre recycling",
        "got 2000 old tyres and no one wants them",
        "tyre recycler, we collect waste tyres & process into crumb, registered",
    ),
    (
        "e-waste recycling",
        "ppl bring us old computers & we dont know what to do with them",
        "certified e-waste recycler, collect pcs, monitors & boards, data destruction cert",
    ),
    (
        "backup power",
        "loadshedding stops the baler 4hrs a day",
        "diesel generator sales & hire, 20-500kva, installed with auto changeover",
    ),
    (
        "backup power",
        "want solar so we're not stuck every time its stage 6",
        "commercial solar + battery backup, 3 phase, jhb & pretoria",
    ),
    # model railway nuremberg: the shop
    (
        "exhibition hall",
        "looking for a hall for our model railway show, 2 days, 1500 visitors",
        "exhibition halls for hire in fürth, 2000m², parking, trade fair setup",
    ),
    (
        "tax advisor",
        "moving my shop to a gmbh, need a steuerberater who speaks english",
        "english-speaking tax advisor in nuremberg, gmbh setup & annual accounts",
    ),
    (
        "display cabinets",
        "need lockable glass display cases for the expensive models",
        "shop display cabinets, glass, lockable, led lit, made to measure",
    ),
    (
        "alarm system",
        "break-in last month, they took the brass locos from the window",
        "alarm & security systems for shops, monitored, installation in nürnberg",
    ),
    (
        "video production",
        "want to start a youtube channel for the shop",
        "video producer for small businesses, youtube channels, filming & editing",
    ),
    (
        "webshop translation",
        "webshop text needs to be in english & french too",
        "translator de>en/fr for ecommerce & product descriptions",
    ),
    (
        "layout lighting",
        "want streetlights & lit buildings on my layout but cant figure out the wiring",
        "led lighting for model buildings & streets, kits plus installation service",
    ),
    # karting sao paulo: the track
    (
        "track safety barriers",
        "our tyre walls are ancient, insurer wants proper safety barriers",
        "safety barriers for race tracks, impact barriers & tyre walls, installed",
    ),
    (
        "drone filming",
        "want aerial video of our track for promo",
        "drone filming for events & venues, licensed pilot, anac approved",
    ),
    (
        "kart fleet maintenance",
        "rental karts breaking down every weekend",
        "maintenance contracts for rental kart fleets, weekly servicing",
    ),
    (
        "race fuel",
        "need race fuel delivered to the track for the event",
        "motorsport fuel supplier, delivered in drums, são paulo state",
    ),
    (
        "accountant",
        "mei & simples paperwork for the team is confusing me",
        "contador for small businesses, mei & simples nacional, english spoken",
    ),
    (
        "event insurance",
        "organising a championship, need event insurance",
        "insurance for motorsport events, liability & personal accident cover",
    ),
    (
        "chassis straightening",
        "hit a kerb hard at the hairpin, chassis feels bent",
        "kart chassis straightening & checks on a jig",
    ),
    (
        "seat fitting",
        "seat is too loose, i slide around in every corner",
        "kart seat fitting & mounting, custom seat positions",
    ),
    (
        "banner printing",
        "need banners for the track fences for our sponsors",
        "large format printing, banners & mesh for race tracks & events",
    ),
    # mining perth: fleet & camp
    (
        "otr tyres",
        "haul truck tyres wearing out in half the time they should",
        "otr tyre management for mine fleets: monitoring, repairs, rotation",
    ),
    (
        "drilling consumables",
        "drill bits wearing too fast in the hard rock",
        "drill bits & consumables supplier: button bits, rods, hammers, hard rock carbide",
    ),
    (
        "vehicle fitouts",
        "need our landcruisers fitted out for site, flags, lights, bullbars",
        "mine spec light vehicle fitouts: beacons, flags, two-way, bullbars",
    ),
    (
        "mining recruitment",
        "cant hire a maintenance supervisor, been advertising 3 months",
        "mining recruitment, supervisors & engineers, permanent placements",
    ),
    (
        "pump repair",
        "dewatering pump keeps tripping out",
        "pump repair & servicing, dewatering pumps on mine sites",
    ),
    (
        "camp catering",
        "camp cook quit, 60 people to feed",
        "remote site catering, camp kitchens, chefs & cooks, fifo",
    ),
    # board game cafes toronto: odds & ends
    (
        "replacement game pieces",
        "lost pieces from about 30 of our games",
        "replacement game pieces, we 3d print or source lost parts for any game",
    ),
    (
        "retail sales agent",
        "indie designer, want my game in stores across canada",
        "sales agency for indie games, we pitch to 200 hobby stores",
    ),
    (
        "business insurance",
        "need insurance for hosting events with 100 ppl",
        "business insurance for cafes & event venues, liability for events",
    ),
    (
        "accountant",
        "behind on hst filings for two quarters",
        "accountant for small cafes, hst, payroll, catch-up filings",
    ),
    # scrap yards johannesburg: exports & people
    (
        "freight forwarding",
        "want to export a container of brass to india",
        "freight forwarder for scrap metal exports, durban port, docs & inspections",
    ),
    (
        "forklift training",
        "new guys need forklift licences before the inspector comes back",
        "forklift operator training & certificates on-site, accredited",
    ),
    (
        "accountant",
        "sars audit coming and our books are in a notebook",
        "accountant, sars audits & tax disputes, catch-up bookkeeping",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "need my key cutting machine serviced, its cutting off",
        "keys cut while you wait, car keys & fobs too",
        "cuts keys for the public, doesn't repair the machines",
    ),
    (
        "taking on a lad & want him to learn picking & fitting properly",
        "locksmith available 24/7 for lockouts, no call out fee",
        "does lockouts, doesn't train anyone",
    ),
    (
        "need insurance that covers the tools in the van overnight",
        "van rental, daily & weekly, transits & lutons",
        "rents vans, doesn't insure tools",
    ),
    (
        "customer locked out of her safe, lost the combination",
        "we sell safes and cash boxes online, free delivery",
        "sells safes, doesn't open a locked one",
    ),
    (
        "upvc door handle snapped, need the part",
        "upvc window & conservatory roof cleaning, glasgow south",
        "cleans upvc, doesn't supply door parts",
    ),
    (
        "fake 1 star google reviews are killing us",
        "google ads management, ppc campaigns from £300/month",
        "paid search ads, not review or listing management",
    ),
    (
        "need van racking for the new transit",
        "server racks, patch panels & office network cabling",
        "a different kind of rack: it's for computer kit, not vans",
    ),
    (
        "miss half my call-outs when im up a ladder",
        "phone repairs, cracked screens & batteries while u wait",
        "repairs phones, doesn't answer calls",
    ),
    (
        "we sell composite doors but need a fitter",
        "composite decking supplied & fitted, gardens & balconies",
        "decking, not doors",
    ),
    (
        "clients keep asking for cctv on their shops",
        "cctv drain surveys & blocked drain clearance",
        "a camera down a drain, not security cctv",
    ),
    (
        "need a farrier for my mare, she's lost a shoe",
        "farrier school: 12 week course, learn to shoe horses",
        "teaches farriery, doesn't shoe this horse",
    ),
    (
        "need hay for 30 horses over winter",
        "small square balers & hay rakes for sale, new & used",
        "sells haymaking machines, not hay",
    ),
    (
        "need to ship 2 yearlings to ocala",
        "horse trailer sales, 2 & 3 horse slant loads, financing",
        "sells trailers, doesn't haul horses",
    ),
    (
        "my horses back is sore and i think its the saddle",
        "discount saddles & tack online, free shipping over $99",
        "online retail, no one comes out to fit the saddle",
    ),
    (
        "horses keep breaking the board fence",
        "fencing club for kids & adults, foil & epee",
        "the sport of fencing, not farm fences",
    ),
    (
        "manure pile is getting out of hand, need it hauled away",
        "manure spreaders for sale, ground drive & pto",
        "sells equipment, doesn't remove the manure",
    ),
    (
        "want mortality & major medical on a horse i just bought",
        "home & auto insurance bundles, save up to 20%",
        "personal home & car policies, not equine cover",
    ),
    (
        "daughter wants riding lessons, she's 11",
        "bike riding lessons for kids and nervous adults",
        "cycling, not horse riding",
    ),
    (
        "old mare is dropping feed and losing weight",
        "family dentist, new patients welcome, most insurance accepted",
        "a human dentist, not an equine one",
    ),
    (
        "want to add 6 stalls onto the existing barn",
        "rustic barn wedding venue, 200 guests, lexington",
        "rents out a barn for weddings, doesn't build barns",
    ),
    (
        "short two grooms for the sales season",
        "mobile dog grooming, we come to your driveway",
        "grooms dogs, doesn't supply horse grooms",
    ),
    (
        "need sale photos & video of 12 yearlings",
        "photo booth hire for parties & proms",
        "party photo booth, not equine sales photography",
    ),
    (
        "cant get restocks of wingspan or cascadia",
        "video game distributor, consoles, controllers & accessories",
        "video games, not board games",
    ),
    (
        "need box cover art for a kickstarter launch",
        "art classes for kids, saturdays, all materials included",
        "teaches kids to draw, doesn't make the cover",
    ),
    (
        "designed a card game, need 1000 copies printed",
        "business card printing, 500 for $40, next day",
        "business cards, not game decks and boxes",
    ),
    (
        "need blind playtesters for my prototype",
        "prototype pcb assembly, small runs, quick turn",
        "electronics prototypes, not playtesting a game",
    ),
    (
        "want to start serving beer at game nights, licensing?",
        "craft beer wholesale to bars & restaurants in the gta",
        "sells beer, doesn't get you the liquor licence",
    ),
    (
        "need a way to charge per hour per table",
        "tables & chairs rental for weddings & events",
        "rents furniture, not table billing software",
    ),
    (
        "need our rules translated to french",
        "french lessons for adults, evening classes downtown",
        "teaches french, doesn't translate the rulebook",
    ),
    (
        "saw a mouse under the bench by the snack shelf",
        "gaming mice & keyboards, custom pc builds",
        "a computer mouse, not pest control",
    ),
    (
        "800 games and the shelves are bowing",
        "retail merchandising staff, we stock shelves in grocery stores",
        "stocks supermarket shelves, doesn't build sturdier ones",
    ),
    (
        "backers in 30 countries and no clue how to ship to them",
        "kickstarter campaign video production, scripts & filming",
        "makes the campaign video, doesn't ship the pledges",
    ),
    (
        "quotes for custom meeples & wooden tokens",
        "board game night every thursday, all welcome, $5",
        "plays games, doesn't make components",
    ),
    (
        "weighbridge reading 40kg off every load",
        "bridge engineering consultancy, road & rail bridges",
        "civil bridges, not a weighbridge",
    ),
    (
        "forklift hydraulics leaking, cant lift the bales",
        "new toyota forklifts for sale, finance available",
        "sells new forklifts, doesn't fix this one",
    ),
    (
        "copper stolen from the yard twice this month",
        "we buy copper & brass at the best prices in jhb",
        "buys scrap, doesn't secure the yard",
    ),
    (
        "municipality says we need a waste licence",
        "help with driving licence renewals & pdp applications",
        "driving licences, not waste licences",
    ),
    (
        "got 2000 old tyres and no one wants them",
        "new tyres fitted while you wait, budget brands",
        "sells new tyres, doesn't take away old ones",
    ),
    (
        "baler wont compress properly, hydraulic pump whining",
        "baling twine & silage wrap for farms, bulk prices",
        "sells farm baling supplies, doesn't repair a scrap baler",
    ),
    (
        "we have tonnes of insulated cable to strip",
        "dstv & cable tv installation, decoders & dishes",
        "tv cable installs, not cable stripping kit",
    ),
    (
        "shear blades are blunt and it's jamming on rebar",
        "hair shears sharpening for salons & barbers",
        "hairdressing scissors, not a hydraulic scrap shear",
    ),
    (
        "buyers keep downgrading our stainless, cant prove the grade",
        "stainless steel kitchen fabrication for restaurants",
        "fabricates stainless, doesn't test alloy grades",
    ),
    (
        "our skip clients are growing, need another hooklift truck",
        "skip hire for home renovations, 6m³ skips",
        "a skip hire company itself, not a truck supplier",
    ),
    (
        "ppl bring us old computers & we dont know what to do with them",
        "computer repairs & upgrades, virus removal",
        "fixes computers, doesn't recycle e-waste",
    ),
    (
        "loadshedding stops the baler 4hrs a day",
        "lead generation for b2b companies, appointment setting",
        "generating sales leads, not electricity",
    ),
    (
        "want to export a container of brass to india",
        "brass band for hire, weddings, parades & corporate events",
        "a brass band, not metal export",
    ),
    (
        "customers want sound decoders fitted in their ho locos",
        "car stereo & subwoofer installs, same day",
        "car audio, not model train sound",
    ),
    (
        "old märklin crocodile wont run, motor just hums",
        "locomotive driver training for rail operators",
        "trains real train drivers, doesn't repair model locos",
    ),
    (
        "customer wants a custom layout built in his loft",
        "loft conversions, planning & building control included",
        "converts lofts, doesn't build model railways",
    ),
    (
        "want weathered rolling stock for the window",
        "weatherproofing & flat roof sealing, 10yr guarantee",
        "waterproofs buildings, doesn't weather models",
    ),
    (
        "our shop is only on ebay, want our own webshop",
        "we sell your unwanted items on ebay for 20% commission",
        "more ebay selling, not building a webshop",
    ),
    (
        "locos keep arriving broken when we post them",
        "christmas gift wrapping service in the city centre",
        "pretty wrapping, not protective packaging",
    ),
    (
        "widow wants a price for her husbands model railway collection",
        "property valuations for mortgages & probate",
        "values houses, not model collections",
    ),
    (
        "looking for a hall for our model railway show, 2 days",
        "hallway & stair carpet fitting, free measuring",
        "carpets halls, doesn't rent an exhibition hall",
    ),
    (
        "product photos on our site look awful",
        "photography course for beginners, 4 evenings",
        "teaches photography, doesn't shoot the products",
    ),
    (
        "need a steuerberater who speaks english",
        "business english lessons for german companies",
        "teaches english, isn't a tax advisor",
    ),
    (
        "need lockable glass display cases for the expensive models",
        "phone cases & screen protectors, all models",
        "phone cases, not display cabinets",
    ),
    (
        "rotax max losing power at the top end",
        "small engine repairs, lawnmowers & chainsaws",
        "garden machinery engines, not racing kart engines",
    ),
    (
        "lap times from our timing loop are unreliable",
        "timing belt replacement for cars, fixed price",
        "a car engine's timing belt, not race timing",
    ),
    (
        "my son needs sponsors to do the nationals",
        "child sponsorship charity, sponsor a child for r$50/month",
        "sponsoring children in need, not finding motorsport sponsors",
    ),
    (
        "i'm fast in practice but lose it in traffic",
        "driving lessons for learners, manual & automatic",
        "road driving school, not kart race coaching",
    ),
    (
        "team needs 12 race suits with the sponsor logos",
        "tailored mens suits for weddings & business",
        "business suits, not homologated race suits",
    ),
    (
        "need an enclosed trailer for 3 karts",
        "movie trailer editing & motion graphics",
        "film trailers, not a vehicle trailer",
    ),
    (
        "insurer wants proper safety barriers at the track",
        "crowd control barriers hire for concerts & festivals",
        "crowd fencing, not impact barriers for a race track",
    ),
    (
        "want aerial video of our track for promo",
        "tv aerial & satellite dish installation",
        "tv aerials, not aerial filming",
    ),
    (
        "cant work out why im slow in turn 3 from my data",
        "data recovery from dead hard drives & phones",
        "recovers lost files, doesn't analyse lap data",
    ),
    (
        "ribs hurt after every race",
        "bbq ribs & brisket catering for events",
        "food, not sports physio",
    ),
    (
        "need race fuel delivered to the track",
        "fuel cards for company fleets, discounts at stations",
        "pump discounts for fleets, not race fuel delivery",
    ),
    (
        "need banners for the track fences",
        "web banner ad design for google display campaigns",
        "online ad graphics, not printed fence banners",
    ),
    (
        "conveyor belt tore at the transfer point",
        "handmade leather belts & buckles, perth markets",
        "trouser belts, not conveyor repair",
    ),
    (
        "excavator hose burst on site",
        "garden hose reels & reticulation supplies",
        "garden hoses, not hydraulic hose repair",
    ),
    (
        "need 40 beds for a shutdown crew in port hedland",
        "bed & mattress warehouse, free delivery metro perth",
        "sells beds, doesn't offer rooms",
    ),
    (
        "shutdown in march, need 15 fitters",
        "shop fitters for retail & hospitality fitouts",
        "fits out shops, doesn't supply mechanical fitters",
    ),
    (
        "lost the last two tenders, submission was weak",
        "cocktail bartenders for private events & weddings",
        "bartenders, not tender writing",
    ),
    (
        "client says we need iso 45001",
        "20ft & 40ft iso shipping containers for sale",
        "iso containers, not iso certification",
    ),
    (
        "need gold assays back faster",
        "we buy gold jewellery & coins, cash same day",
        "buys gold, doesn't assay samples",
    ),
    (
        "need a silo inspected, no room for scaffolding",
        "rope, rigging & lifting gear supplies, slings & shackles",
        "sells rope, doesn't do rope access work",
    ),
    (
        "drill bits wearing too fast in the hard rock",
        "cordless drill & power tool hire, weekly rates",
        "hand power tools, not rock drilling consumables",
    ),
    (
        "camp power went down, need a genset",
        "camping gear hire, tents, swags & fridges",
        "camping gear, not a generator",
    ),
    (
        "need first aid training for a crew of 20",
        "first aid kits & refills supplied to workplaces",
        "supplies kits, doesn't train people",
    ),
    (
        "haul truck tyres wearing out in half the time",
        "tyre shop for cars & 4wds, perth metro",
        "car tyres, not otr tyre management for haul trucks",
    ),
    (
        "need a heritage survey before exploration drilling",
        "heritage home restoration, federation & art deco houses",
        "restores old houses, doesn't do aboriginal heritage surveys",
    ),
    (
        "radio coverage is terrible down in the pit",
        "radio advertising campaigns on regional stations",
        "radio ads, not two-way radio coverage",
    ),
    (
        "camp cook quit, 60 people to feed",
        "cooking classes for couples, friday nights",
        "teaches cooking, doesn't supply a camp cook",
    ),
    (
        "cant hire a maintenance supervisor",
        "air con maintenance contracts for offices",
        "services air conditioners, doesn't recruit supervisors",
    ),
]
