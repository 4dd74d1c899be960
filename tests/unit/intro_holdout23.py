"""The twenty-third hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: a vineyard, orchard and cider makers' field day in
Hawke's Bay; a driving schools', taxi and courier operators' breakfast in Glasgow; a yoga, massage
and holistic therapists' fair in Brighton; a small hotel and B&B owners' meetup in Cape Town (in
English); a makerspace, 3D-printing and electronics hobbyists' night in Portland; a funeral
directors', florists' and stonemasons' regional meeting in Leeds; and an accountants', IT support
and cybersecurity providers' mixer for small firms in Singapore (in English).

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 95 of 195 pairs (48.7 %) and 20 decoys of 108 with the
lexicon and matcher as the round on the twenty-second set began; 95 and 20 as it ended. Then
tuned on: 171 (87.7 %) and 12 decoys as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # hawke's bay: bottling line
    (
        "bottling line",
        "we've got 8000L of cider ready and no bottling gear, help",
        "mobile bottling & canning rig, we come to your shed, hawke's bay + gisborne, min run "
        "2000L",
    ),
    (
        "bottling line",
        "need a bottling run done b4 xmas, small winery in bridge pa",
        "contract bottling, screwcap or cork, truck-mounted line, book 6 wks ahead",
    ),
    (
        "bottling line",
        "filler keeps foaming and the fill heights are all over the place",
        "i set up and service bottle fillers & cappers for craft cideries and wineries, 20 yrs",
    ),
    # glasgow: instructor insurance
    (
        "instructor insurance",
        "just qualified as an ADI, who's good for insurance on a dual control car",
        "specialist broker for driving instructors, dual control car cover, tuition & public "
        "liability",
    ),
    (
        "instructor insurance",
        "my insurer dropped me after a pupil clipped a bollard",
        "we insure ADIs and driving schools incl ones with recent claims, glasgow broker",
    ),
    (
        "instructor insurance",
        "need cover for pupils driving my car, not just me",
        "driving instructor insurance w/ learner cover + courtesy car, quotes same day",
    ),
    # brighton: therapy room hire
    (
        "therapy room hire",
        "looking for a room to do massage 2 days a week, kemptown-ish",
        "treatment rooms to rent by the day or half day, kemptown, couch & heating incl",
    ),
    (
        "therapy room hire",
        "outgrown the spare bedroom, clients keep asking where to park",
        "quiet therapy room in a hove clinic, easy on-street parking, £15/hr",
    ),
    (
        "therapy room hire",
        "need a studio for a weekly yoga class, about 12 ppl",
        "small movement studio, sprung floor, fits 15 mats, tues/thurs evenings free",
    ),
    # cape town: solar backup
    (
        "solar backup",
        "load shedding keeps killing our breakfast service and the wifi",
        "solar + battery for guesthouses, keep lights, wifi & coffee going through stage 6",
    ),
    (
        "solar backup",
        "guests complained about 4 hrs no power, need an inverter or something",
        "inverter & lithium battery backup, registered installers, cape town & winelands",
    ),
    (
        "solar backup",
        "generator is too noisy for guests, what else is there",
        "quiet solar battery systems for B&Bs, sized to your load, finance available",
    ),
    # portland: 3d printer repair
    (
        "3d printer repair",
        "my prusa keeps under-extruding and i've swapped the nozzle twice",
        "3d printer tune-ups & repair, prusa, bambu, ender, SE portland",
    ),
    (
        "3d printer repair",
        "printer bed wont level anymore, first layer peels up",
        "i fix fdm printers: bed leveling, hotends, firmware. $40 diagnostic",
    ),
    (
        "3d printer repair",
        "resin printer lcd died mid print, fixable?",
        "resin & fdm printer repair, screen and FEP swaps, parts in stock",
    ),
    # leeds: headstone repair
    (
        "headstone repair",
        "family asking us to re-fix a leaning headstone in a churchyard",
        "memorial masons: headstone re-fixing & ground anchors, NAMM registered, west yorks",
    ),
    (
        "headstone repair",
        "grandad's stone has fallen over and the council put a notice on it",
        "we lay down, re-fix and make safe memorials to BRAMM standard, leeds & bradford",
    ),
    (
        "headstone repair",
        "old sandstone headstone crumbling, lettering almost gone",
        "memorial restoration: cleaning, consolidation & re-cutting faded inscriptions",
    ),
    # singapore: bookkeeping
    (
        "bookkeeping",
        "need a bookkeeper, 3 person design studio, receipts everywhere",
        "bookkeeping for SMEs, xero & quickbooks, monthly from S$300",
    ),
    (
        "bookkeeping",
        "accounts are 8 months behind and the bank wants statements",
        "catch-up bookkeeping & management accounts for singapore SMEs, fast turnaround",
    ),
    (
        "bookkeeping",
        "dont know how to reconcile stripe payouts w/ the bank lol",
        "monthly books incl stripe & paypal reconciliations for online businesses, SG",
    ),
    # hawke's bay: frost protection
    (
        "frost protection",
        "lost half the pinot to a spring frost last yr",
        "frost fans supplied, installed & serviced across hawke's bay",
    ),
    (
        "frost protection",
        "want something that wakes me at 3am when the block gets too cold",
        "frost alarms that text you when your block hits a set temp, solar powered units",
    ),
    (
        "frost protection",
        "frost fan wont start on the coldest nights, typical",
        "frost fan servicing & repairs, engines and gearboxes, on call sept-nov",
    ),
    # glasgow: dual controls
    (
        "dual controls",
        "new car for the school, need dual controls fitted",
        "dual control fitting & removal, all makes, mobile across central scotland",
    ),
    (
        "dual controls",
        "selling the old tuition car, need the pedals taken out",
        "we remove dual controls and make good the floor, glasgow, same day",
    ),
    # brighton: therapist insurance
    (
        "therapist insurance",
        "starting sports massage, need insurance before i see clients",
        "insurance for complementary therapists: massage, reiki, yoga, from £60/yr",
    ),
    (
        "therapist insurance",
        "does my cover work if i teach yoga in the park??",
        "yoga teacher insurance incl outdoor & online classes, £5m public liability",
    ),
    (
        "therapist insurance",
        "venue wants proof of public liability for my sound bath",
        "liability cover for holistic practitioners, certificate emailed same day",
    ),
    # cape town: booking channels
    (
        "booking channels",
        "double bookings between booking.com and airbnb AGAIN",
        "channel manager setup for small hotels, syncs booking.com, airbnb & expedia",
    ),
    (
        "booking channels",
        "nobody finds us online, 6 rooms in observatory",
        "we manage OTA listings & pricing for guesthouses: photos, descriptions, rates",
    ),
    # portland: laser cutting
    (
        "laser cutting",
        "need 200 acrylic keychains cut, don't own a laser",
        "laser cutting service: acrylic, wood, leather, up to 24x36, quick turnaround pdx",
    ),
    (
        "laser cutting",
        "got the svg but the makerspace laser is down for a month",
        "co2 laser cutting by the job, send your file, pickup in north portland",
    ),
    # leeds: memorial lettering
    (
        "memorial lettering",
        "need an extra name added to the family headstone",
        "additional inscriptions cut in the cemetery, matched to the existing lettering",
    ),
    (
        "memorial lettering",
        "family want gold leaf letters and a photo plaque on the stone",
        "inscriptions, gilding & ceramic photo plaques for memorials, leeds",
    ),
    # singapore: gst registration
    (
        "gst registration",
        "revenue about to pass S$1m, do i need to register for gst?",
        "GST registration & quarterly filing for singapore companies",
    ),
    (
        "gst registration",
        "iras sent a letter about our gst return, can't make sense of it",
        "GST advisory, IRAS queries & voluntary disclosures, ex-big4, small firms welcome",
    ),
    # hawke's bay: bird netting
    (
        "bird netting",
        "starlings ate a third of the merlot",
        "vineyard bird netting, supply plus crews to put it on and take it off, HB",
    ),
    (
        "bird netting",
        "birds stripping the cherries before we can pick",
        "orchard & vineyard bird nets, drape or full canopy, install service",
    ),
    # glasgow: private hire licence
    (
        "private hire licence",
        "want to start driving private hire, where do i even start with the council",
        "help with glasgow taxi & private hire licence applications: forms, medicals, checks",
    ),
    (
        "private hire licence",
        "my PH licence renewal got knocked back over paperwork",
        "licensing paperwork for taxi & private hire drivers, renewals & appeals, glasgow",
    ),
    # brighton: online booking
    (
        "online booking",
        "clients text me at midnight to book, i need an online diary",
        "booking sites for therapists: online diary, deposits & reminders, set up in a week",
    ),
    (
        "online booking",
        "no-shows are killing me, 3 this week",
        "appointment system w/ sms reminders & card deposits for therapists and salons",
    ),
    # cape town: booking engine
    (
        "booking engine",
        "want direct bookings so i stop paying 18% commission",
        "commission-free direct booking engine for B&Bs, plugs into your website, card & EFT",
    ),
    (
        "booking engine",
        "our website has no book now button, just an email address",
        "booking widget for guesthouse websites, live availability and online payment",
    ),
    # portland: pcb fabrication
    (
        "pcb fabrication",
        "need 10 boards made from my kicad files",
        "pcb fab, small runs from 5 pcs, send kicad or gerbers, local in beaverton",
    ),
    (
        "pcb fabrication",
        "want a proper pcb instead of my perfboard rats nest",
        "i turn breadboard/perfboard prototypes into real PCBs, layout + fab",
    ),
    # leeds: funeral flowers
    (
        "funeral flowers",
        "need a coffin spray and letters for saturday",
        "funeral tributes: coffin sprays, letters, wreaths, leeds florist 20 yrs",
    ),
    (
        "funeral flowers",
        "we're a funeral home and our florist just retired",
        "florist taking on funeral director accounts, tributes delivered to chapel, trade rates",
    ),
    (
        "funeral flowers",
        "family wants a MUM tribute in white & pink",
        "bespoke letter tributes in any colour, order 3 days ahead",
    ),
    # singapore: phishing training
    (
        "phishing training",
        "staff keep clicking dodgy links",
        "security awareness training & phishing simulations for SMEs, singapore",
    ),
    (
        "phishing training",
        "someone in accounts almost paid a fake invoice from 'the CEO'",
        "we train small teams to spot phishing & payment scams, monthly fake phish tests",
    ),
    # hawke's bay: pruning crew
    (
        "pruning crew",
        "need a pruning gang for 12ha of apples in july",
        "pruning crews for orchards & vineyards, contracted by the hectare, hastings based",
    ),
    (
        "pruning crew",
        "vines still not pruned and it's august, eek",
        "vineyard pruning contractor, cane & spur, can start this week, havelock north",
    ),
    # glasgow: knowledge test
    (
        "knowledge test",
        "failed the taxi knowledge test twice now",
        "taxi knowledge test tutor, glasgow routes & points, small groups",
    ),
    (
        "knowledge test",
        "need to learn the city routes for the taxi test, not from here originally",
        "1-2-1 coaching for the glasgow taxi topographical test, maps & mock tests",
    ),
    # brighton: essential oil supplier
    (
        "essential oil supplier",
        "need wholesale lavender & eucalyptus oil for the aromatherapy clinic",
        "essential oil wholesaler, trade prices for practitioners, sussex",
    ),
    (
        "essential oil supplier",
        "buying massage oil retail is costing a fortune",
        "bulk carrier & massage oils for therapists, 5L tubs, next day delivery",
    ),
    # cape town: water tanks
    (
        "water tanks",
        "day zero scared us, want tanks for the guesthouse",
        "rainwater tanks & greywater systems, supply and install, western cape",
    ),
    (
        "water tanks",
        "want to stop using municipal water for the garden & pool",
        "rainwater harvesting & greywater for gardens, hotels & B&Bs",
    ),
    # portland: pcb assembly
    (
        "pcb assembly",
        "hand soldering 50 boards of smd parts is killing me",
        "pcb assembly, pick & place, small batches, we can source parts",
    ),
    (
        "pcb assembly",
        "need 30 units assembled for a kickstarter, parts on hand",
        "small batch electronics assembly, kitted or turnkey, 10-500 units",
    ),
    # leeds: flower wholesale
    (
        "flower wholesale",
        "need white lilies in bulk every week, local ideally",
        "flower wholesaler, early market, trade only, leeds & wakefield",
    ),
    (
        "flower wholesale",
        "chrysanths for tribute bases keep arriving bruised from my supplier",
        "florist wholesale w/ daily van deliveries, chrysanths & foliage, quality guaranteed",
    ),
    # singapore: it support
    (
        "it support",
        "our IT guy is the intern",
        "managed IT support for small offices, helpdesk + onsite in the CBD, fixed monthly",
    ),
    (
        "it support",
        "printer, wifi, laptops, everything breaks and no one owns it",
        "IT support retainer for 10-50 staff firms, 4h onsite response, singapore",
    ),
    # hawke's bay: seasonal pickers
    (
        "seasonal pickers",
        "short of pickers for the gala harvest",
        "seasonal labour hire: pickers & packers for orchards, hastings",
    ),
    (
        "seasonal pickers",
        "need grape pickers for 3 days, hand harvest only",
        "hand harvest crews for vineyards, book by the day, we bring the snips",
    ),
    # glasgow: van signage
    (
        "van signage",
        "my courier van is plain white, want my name on it",
        "vehicle graphics & signwriting - vans, taxis, school cars - glasgow",
    ),
    (
        "van signage",
        "need roof signs and door magnets for the driving school car",
        "driving school roof boxes & magnetic door signs printed with your number",
    ),
    (
        "van signage",
        "6 taxis need the new livery done",
        "fleet wraps & livery for taxis and private hire, east end workshop",
    ),
    # brighton: cpd courses
    (
        "cpd courses",
        "need CPD hours before my membership renews",
        "accredited CPD workshops for massage therapists, brighton & online",
    ),
    (
        "cpd courses",
        "want to add pregnancy massage to what i offer",
        "pregnancy massage diploma, 3 weekends in hove, insurable qualification",
    ),
    (
        "cpd courses",
        "insurer says my reflexology course isn't recognised",
        "reflexology diploma recognised by the main therapist insurers",
    ),
    # cape town: borehole pump
    (
        "borehole pump",
        "borehole pump packed up, guests have no showers",
        "borehole pump repairs & installs, 24h call-outs, southern suburbs",
    ),
    (
        "borehole pump",
        "water from the borehole coming out brown and the pressure is weak",
        "borehole servicing: pump, pressure tank & filtration, cape town",
    ),
    # portland: soldering class
    (
        "soldering class",
        "want to learn to solder, total beginner",
        "intro to soldering, thursday nights at the makerspace, kit included",
    ),
    (
        "soldering class",
        "kid wants to build a synth kit and i can't solder",
        "family electronics workshop: build & solder a kit together, saturdays",
    ),
    # leeds: hearse hire
    (
        "hearse hire",
        "need an extra hearse & limo for a big funeral next week",
        "funeral vehicle hire to the trade: hearses, limousines, drivers incl, yorkshire",
    ),
    (
        "hearse hire",
        "family wants a horse-drawn carriage for dad",
        "horse drawn hearse, black or white horses with plumes, leeds & the north",
    ),
    # singapore: data backup
    (
        "data backup",
        "laptop died and we lost 2 yrs of client files",
        "cloud backup & recovery for small businesses, M365 & google workspace",
    ),
    (
        "data backup",
        "worried ransomware could wipe our shared drive",
        "immutable offsite backups w/ tested restores for SMEs",
    ),
    # hawke's bay: press repair
    (
        "press repair",
        "the press keeps jamming mid-harvest",
        "press & pump servicing for cideries and wineries, on call right through vintage",
    ),
    (
        "press repair",
        "rack and cloth press leaking hydraulic oil all over the floor",
        "mobile hydraulics repair - presses, rams, hoses, pumps - anywhere in hawke's bay",
    ),
    # glasgow: van lease
    (
        "van lease",
        "want to start doing parcel deliveries but i've no van",
        "van leasing for couriers & owner drivers, 3-12 month terms, glasgow",
    ),
    (
        "van lease",
        "van's off the road 3 weeks, need a replacement asap or i lose the contract",
        "short term van hire for couriers, weekly rates, can arrange insurance",
    ),
    # brighton: linen laundry
    (
        "linen laundry",
        "washing 30 towels a day at home is wrecking my machine",
        "laundry service for therapy clinics & salons, towels and couch covers, weekly pickup",
    ),
    (
        "linen laundry",
        "need couch covers & towels cleaned every week",
        "linen hire & wash for therapy rooms and spas, brighton & hove",
    ),
    # cape town: star grading
    (
        "star grading",
        "want our guesthouse star graded, no clue how",
        "grading prep for B&Bs & guesthouses, we get you ready for your TGCSA assessment",
    ),
    (
        "star grading",
        "dropped from 4 to 3 stars at regrading, want it back",
        "hospitality consultant, grading gap reports & upgrade plans for small hotels",
    ),
    # portland: filament supplier
    (
        "filament supplier",
        "blew through 10 spools this month, need it cheaper",
        "bulk filament, PLA/PETG/TPU, local pickup or shipping, makerspace discount",
    ),
    (
        "filament supplier",
        "need TPU for flexible phone cases, local if poss",
        "filament shop in SE: TPU, PETG, ASA, nylon, try sample coils",
    ),
    # leeds: mortuary refrigeration
    (
        "mortuary refrigeration",
        "our cold room is struggling in this heat",
        "mortuary refrigeration servicing & breakdown cover for funeral homes, yorkshire",
    ),
    (
        "mortuary refrigeration",
        "need more body storage, we're full",
        "mortuary cold storage units supplied & installed, 3-6 capacity, rental available",
    ),
    # singapore: pdpa compliance
    (
        "pdpa compliance",
        "client asked if we have a DPO and i said what",
        "PDPA compliance for SMEs, outsourced DPO, policies & staff training",
    ),
    (
        "pdpa compliance",
        "we collect NRIC numbers at reception, is that allowed?",
        "PDPA advisory: data inventory, NRIC guidelines, visitor management review",
    ),
    # hawke's bay: juice testing
    (
        "juice testing",
        "need brix, ta and ph done before we decide when to pick",
        "wine & juice lab in napier: brix, pH, TA, YAN, results in 24 hrs",
    ),
    (
        "juice testing",
        "latest batch of cider smells like nail polish, want it tested",
        "cider & wine lab analysis, VA, SO2, spoilage organisms, drop samples in hastings",
    ),
    (
        "juice testing",
        "export buyer wants a certificate of analysis for our wine",
        "IANZ accredited lab, export certificates & alcohol analysis for wine and cider",
    ),
    # glasgow: dashcam install
    (
        "dashcam install",
        "passenger claimed i hit her, no footage. never again",
        "dashcams supplied & hardwired, taxis and vans, front, rear & cabin",
    ),
    (
        "dashcam install",
        "need a camera inside the cab, what are the council rules?",
        "licensed taxi CCTV, glasgow council approved systems, fitted while you wait",
    ),
    # brighton: massage couch
    (
        "massage couch",
        "couch hinge snapped mid treatment, mortifying",
        "massage couch repairs & reupholstery: hinges, cables, face holes",
    ),
    (
        "massage couch",
        "need a portable couch that won't wreck my back carrying it",
        "lightweight aluminium massage couches, try before you buy, brighton showroom",
    ),
    # cape town: airport transfers
    (
        "airport transfers",
        "guests keep asking me to sort pickups from the airport",
        "airport shuttle for guesthouses, CPT to city bowl & atlantic seaboard, host commission",
    ),
    (
        "airport transfers",
        "need a reliable driver for 4am airport runs",
        "private transfers 24/7, licensed & insured, cape town international",
    ),
    # portland: cad modelling
    (
        "cad modelling",
        "i have a napkin sketch and need it as a printable model",
        "cad modeling for makers & inventors, fusion 360, print-ready files",
    ),
    (
        "cad modelling",
        "need a bracket designed to fit my bike, can't use fusion",
        "custom part design for 3d printing, measure & model, $50/hr",
    ),
    # leeds: grave digging
    (
        "grave digging",
        "cemetery's gravedigger retired, burial on friday",
        "grave digging & backfilling, mini digger, churchyards and cemeteries, west yorks",
    ),
    (
        "grave digging",
        "churchyard too tight for a machine, need a hand-dug grave",
        "hand-dug graves for churchyards with no machine access, 30 yrs experience",
    ),
    # singapore: corporate secretary
    (
        "corporate secretary",
        "just incorporated, need a company secretary",
        "corporate secretarial services, ACRA filings, AGMs, from S$600/yr",
    ),
    (
        "corporate secretary",
        "missed our annual return with ACRA, now what",
        "we fix late ACRA filings and take over your corp sec, singapore",
    ),
    # hawke's bay: orchard spraying
    (
        "orchard spraying",
        "no time to get the black spot spray on this spring",
        "contract orchard spraying, airblast, growsafe certified, hastings district",
    ),
    (
        "orchard spraying",
        "need someone to run the powdery mildew program on 8ha of vines",
        "vineyard spray contractor, fungicide programmes, spray diaries kept for you",
    ),
    # glasgow: fleet tracking
    (
        "fleet tracking",
        "no idea where my 5 drivers are half the day",
        "gps fleet tracking for small courier & taxi firms, live map, no long contract",
    ),
    (
        "fleet tracking",
        "customers want a live link so they can see where the parcel is",
        "delivery tracking app for couriers: customer live links, photo proof of delivery",
    ),
    # brighton: yoga props
    (
        "yoga props",
        "need 20 mats for the new studio",
        "wholesale yoga mats, blocks & bolsters, studio discounts",
    ),
    (
        "yoga props",
        "props for a restorative class - bolsters, blankets, blocks",
        "yoga props to the trade: bolsters, blankets, blocks, straps",
    ),
    # cape town: housekeeping staff
    (
        "housekeeping staff",
        "my cleaner left, 8 rooms turning over daily",
        "housekeeping staff placements for guesthouses & hotels, trained & vetted",
    ),
    (
        "housekeeping staff",
        "need extra cleaners for december peak",
        "temp housekeeping teams for hospitality, short contracts, cape town",
    ),
    # portland: 3d model repair
    (
        "3d model repair",
        "my stl is full of holes and the slicer chokes on it",
        "mesh repair & cleanup for 3d printing, fix holes, normals, thin walls",
    ),
    (
        "3d model repair",
        "slicer says my model is non-manifold, what does that even mean",
        "3d file fixing: non-manifold edges, wall thickness, print-ready stl",
    ),
    # leeds: order of service
    (
        "order of service",
        "need 150 orders of service printed by thursday",
        "funeral stationery printing, orders of service, 48hr turnaround, leeds",
    ),
    (
        "order of service",
        "family want a booklet with photos of her for the service",
        "order of service booklets with photos, design & print, proof in 24h",
    ),
    # singapore: penetration testing
    (
        "penetration testing",
        "big client wants a pentest report before they'll sign",
        "penetration testing for SMEs, web apps & networks, CREST certified testers",
    ),
    (
        "penetration testing",
        "want someone to try hack our booking site before launch",
        "web app security testing, OWASP top 10, fixed fee, retest included",
    ),
    # hawke's bay: liquor licence
    (
        "liquor licence",
        "want to open a cellar door and sell tastings, where do i start",
        "liquor licensing consultant, on & off licences for cellar doors, hawke's bay",
    ),
    (
        "liquor licence",
        "council says i need a licence to sell my cider at the farmers market",
        "help w/ special licences & off-licence applications for small producers",
    ),
    # glasgow: taxi meter
    (
        "taxi meter",
        "tariff's changing next month, meter needs updating",
        "taxi meter calibration & tariff updates, glasgow & lanarkshire",
    ),
    (
        "taxi meter",
        "meter keeps resetting mid fare",
        "taxi meter repairs, all makes, test certs for your inspection",
    ),
    # brighton: yoga teacher training
    (
        "yoga teacher training",
        "been practising 6 yrs, want to actually teach",
        "200hr yoga teacher training, yoga alliance registered, brighton weekends",
    ),
    (
        "yoga teacher training",
        "teach vinyasa, want to qualify in yin too",
        "50hr yin yoga teacher training for already-qualified teachers",
    ),
    # cape town: pool maintenance
    (
        "pool maintenance",
        "pool went green right before a full house",
        "pool cleaning & maintenance, weekly service, green to clean, atlantic seaboard",
    ),
    (
        "pool maintenance",
        "pool pump making a grinding noise",
        "pool pumps & filters repaired or replaced, same week, cape peninsula",
    ),
    # portland: makerspace insurance
    (
        "makerspace insurance",
        "our makerspace landlord wants liability insurance",
        "insurance for makerspaces & community workshops, general liability & equipment",
    ),
    (
        "makerspace insurance",
        "worried about members hurting themselves on the table saw, are we covered",
        "liability cover for makerspaces incl member injury, plus safety audits",
    ),
    # leeds: bereavement support
    (
        "bereavement support",
        "families keep asking us where to get grief support after the funeral",
        "bereavement counsellor, BACP registered, 1:1 & groups, funeral director referrals "
        "welcome",
    ),
    (
        "bereavement support",
        "a widower we served is really struggling, want somewhere to send him",
        "bereavement support group for men, free, meets weekly in headingley",
    ),
    # singapore: email security
    (
        "email security",
        "someone spoofed our domain and emailed our clients",
        "email security setup: SPF, DKIM, DMARC & anti-spoofing, done in a week",
    ),
    (
        "email security",
        "client says an invoice 'from us' had different bank details??",
        "business email compromise response: mailbox investigation, DMARC & 2FA lockdown",
    ),
    # hawke's bay: fruit cartage
    (
        "fruit cartage",
        "need bins trucked from the orchard to the packhouse",
        "fruit cartage, bin trucks with forklifts, hastings to napier, harvest season",
    ),
    (
        "fruit cartage",
        "got 40 bins of juicing apples, how do i get them to the cidery",
        "we cart fruit bins for growers, small loads fine, ring the day before",
    ),
    # glasgow: goods in transit
    (
        "goods in transit",
        "client wants me to have goods in transit cover before they give me work",
        "courier insurance: hire & reward, goods in transit, public liability for owner drivers",
    ),
    (
        "goods in transit",
        "parcel got nicked out my van and my policy wont pay",
        "broker for couriers, GIT cover that includes theft from an unattended van",
    ),
    # brighton: therapist marketing
    (
        "therapist marketing",
        "nobody finds me on google, massage therapist in hove",
        "local SEO & google business profile setup for therapists and clinics, sussex",
    ),
    (
        "therapist marketing",
        "my instagram has 40 followers and they're all family",
        "social media for wellness businesses, content plans & reels for therapists",
    ),
    # cape town: listing photography
    (
        "listing photography",
        "our listing photos are from 2014 and it shows",
        "hotel & guesthouse photography: rooms, views, drone, listing-ready",
    ),
    (
        "listing photography",
        "rooms look dark and tiny in the pics",
        "interior photographer for B&Bs, wide angle & natural light edits",
    ),
    # portland: injection molding
    (
        "injection molding",
        "3d printing 500 of these clips is too slow",
        "short run injection molding, aluminum molds, 500-10k parts, oregon",
    ),
    (
        "injection molding",
        "ready to go from printed prototype to real plastic parts",
        "injection molding for startups, DFM review, low volume tooling",
    ),
    # leeds: tribute delivery
    (
        "tribute delivery",
        "need a driver for funeral tribute deliveries on weekends",
        "self-employed courier with a refrigerated van, florist deliveries, leeds",
    ),
    (
        "tribute delivery",
        "tributes keep arriving wilted in summer",
        "chilled flower delivery for florists, temperature controlled van, west yorks",
    ),
    # singapore: payroll
    (
        "payroll",
        "hiring our first 2 staff, how does CPF even work",
        "payroll outsourcing: CPF, IR8A, payslips, for small companies",
    ),
    (
        "payroll",
        "doing payroll in excel and messed up the CPF",
        "payroll & CPF submissions handled monthly, we fix past errors too",
    ),
    # hawke's bay: label design
    (
        "label design",
        "our cider label looks homemade lol",
        "label design for wine & cider, print-ready files, we know the FSANZ rules",
    ),
    (
        "label design",
        "need labels that pass the alcohol labelling rules for AU export",
        "wine label designer, compliance checked for NZ, australia & UK",
    ),
    # glasgow: instructor training
    (
        "instructor training",
        "want to become a driving instructor, sick of the office",
        "ADI training parts 1-3, glasgow, trainer on the ORDIT register",
    ),
    (
        "instructor training",
        "failed my standards check, need help before the retest",
        "standards check & part 3 coaching for ADIs, one to one, in your car",
    ),
    # brighton: client records
    (
        "client records",
        "keep client health forms in a drawer, is that even ok?",
        "GDPR for small clinics: consent forms, secure client notes, data policy",
    ),
    (
        "client records",
        "want to move intake forms online but worried about the data side",
        "secure online intake & consultation forms for therapists, GDPR compliant",
    ),
    # cape town: breakfast supplies
    (
        "breakfast supplies",
        "need fresh croissants delivered every morning for 20 guests",
        "wholesale bakery, daily deliveries to B&Bs & cafes by 7am, southern suburbs",
    ),
    (
        "breakfast supplies",
        "want local jams & honey for the breakfast table",
        "artisan preserves & honey in bulk for guesthouses, winelands producer",
    ),
    # portland: cnc cutting
    (
        "cnc cutting",
        "need some plywood parts cut, no cnc",
        "cnc router cutting by the job, 4x8 sheets, plywood & hdpe, portland",
    ),
    (
        "cnc cutting",
        "want aluminum plates milled for my robot",
        "cnc milling service, aluminum & delrin, small batches, local pickup",
    ),
    # leeds: embalming
    (
        "embalming",
        "our embalmer's on leave for a month",
        "freelance embalmer, BIE qualified, covers funeral homes across yorkshire",
    ),
    (
        "embalming",
        "family wants an open coffin viewing but the funeral isn't for 2 weeks",
        "embalming & presentation for viewings, on call 7 days",
    ),
    # singapore: device setup
    (
        "device setup",
        "5 new hires monday and no laptops set up",
        "laptop procurement & setup with M365 and a security baseline, ready day one",
    ),
    (
        "device setup",
        "staff use personal laptops for work, want proper company ones managed",
        "device management for SMEs: company laptops, intune, remote wipe",
    ),
    # glasgow: lesson booking
    (
        "lesson booking",
        "learners keep cancelling last minute and i lose the money",
        "booking app for driving instructors: online prepay, cancellation fees, reminders",
    ),
    (
        "lesson booking",
        "i do my diary on paper, keep double booking pupils lol",
        "online diary for driving schools, pupils book & pay, syncs to your phone",
    ),
    # cape town: guest wifi
    (
        "guest wifi",
        "wifi doesn't reach the garden rooms, guests moan in reviews",
        "guest wifi for guesthouses: mesh networks, fibre and LTE backup",
    ),
    (
        "guest wifi",
        "wifi drops whenever more than 10 guests are on it",
        "hospitality wifi upgrades, routers & access points sized for a full house",
    ),
    # portland: amp repair
    (
        "amp repair",
        "vintage tube amp hums like crazy",
        "tube amp repair & restoration, guitar and hifi, portland",
    ),
    (
        "amp repair",
        "thrift store receiver has one channel dead",
        "vintage audio repair: receivers, turntables, amps, free estimates",
    ),
    # leeds: funeral software
    (
        "funeral software",
        "we still do arrangements on paper forms",
        "funeral management software: arrangements, invoices, diary, UK support",
    ),
    (
        "funeral software",
        "lost track of which families have paid, it's all spreadsheets",
        "funeral home software w/ invoicing & payment tracking, free data import",
    ),
    # singapore: firewall
    (
        "firewall",
        "office network is just the isp router lol",
        "SME network & firewall setup, fortinet or sophos, managed",
    ),
    (
        "firewall",
        "want to block dodgy sites and lock down the office wifi",
        "managed firewall & web filtering for small offices, singapore",
    ),
    # glasgow: driver tax returns
    (
        "driver tax returns",
        "never done a tax return, just went self employed as a courier",
        "self assessment returns for taxi & courier drivers, mileage & expenses sorted, from £150",
    ),
    (
        "driver tax returns",
        "hmrc letter about my taxi earnings, panicking",
        "accountant for self-employed drivers, HMRC enquiries & late returns, glasgow",
    ),
    # cape town: pest control
    (
        "pest control",
        "guest found a cockroach, review incoming",
        "pest control for hotels & B&Bs, discreet visits, monthly contracts",
    ),
    (
        "pest control",
        "bed bugs in room 3, need it sorted before friday",
        "bed bug treatment for guesthouses, heat treatment, fast turnaround",
    ),
    # portland: microcontroller help
    (
        "microcontroller help",
        "my esp32 keeps rebooting when the wifi connects",
        "embedded consulting: esp32/arduino debugging, power issues & firmware, hourly",
    ),
    (
        "microcontroller help",
        "stuck getting my arduino to talk to a sensor over i2c",
        "1:1 arduino & microcontroller help, wiring & code, $35/hr",
    ),
    # leeds: new headstone
    (
        "new headstone",
        "family wants a black granite headstone, heart shaped",
        "memorials made to order in granite & marble, design service, leeds",
    ),
    (
        "new headstone",
        "parents want a small memorial for a baby's grave",
        "children's memorials, small headstones & plaques, sensitive design service",
    ),
    # singapore: corporate tax
    (
        "corporate tax",
        "first year filing form C-S, no clue",
        "corporate tax filing for small companies: form C-S, ECI, IRAS queries",
    ),
    (
        "corporate tax",
        "heard about the startup tax exemption, do we qualify",
        "tax advisory for new companies, startup exemption & ECI planning",
    ),
    # portland: 3d scanning
    (
        "3d scanning",
        "need a broken car part scanned so i can reprint it",
        "3d scanning & reverse engineering, scan to CAD, small parts ok",
    ),
    (
        "3d scanning",
        "want to 3d scan a sculpture to make copies",
        "structured light 3d scanning, art & objects, print-ready meshes",
    ),
    # singapore: cyber insurance
    (
        "cyber insurance",
        "client contract requires us to have cyber insurance",
        "cyber insurance broker for SMEs, singapore, quick quotes",
    ),
    (
        "cyber insurance",
        "if we get hacked who pays for the cleanup?",
        "cyber cover for small firms incl incident response & business interruption",
    ),
    # singapore: security compliance
    (
        "security compliance",
        "want the cyber essentials mark to bid for govt tenders",
        "help SMEs get CSA cyber essentials certified, gap assessment & docs",
    ),
    (
        "security compliance",
        "big client sent us a 60-question security questionnaire",
        "security questionnaire & vendor assessment help for SMEs, policies written",
    ),
    # singapore: password management
    (
        "password management",
        "everyone shares one password on a sticky note",
        "password manager rollout & 2FA for small teams, training included",
    ),
    (
        "password management",
        "pretty sure ex-staff can still log into our accounts",
        "offboarding & access reviews for SMEs: password manager, SSO, 2FA",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    # hawke's bay
    (
        "we've got 8000L of cider and no bottling gear",
        "bottle shop in napier looking for local ciders to stock",
        "wants to buy cider, doesn't bottle it",
    ),
    # glasgow
    (
        "just qualified as an ADI, need instructor insurance",
        "insurance for yoga & pilates instructors",
        "wrong kind of instructor",
    ),
    # brighton
    (
        "looking for a room to rent for massage",
        "escape room team-building nights in brighton",
        "a game room, not a treatment room",
    ),
    # cape town
    (
        "load shedding kills our breakfast, need solar backup",
        "solar garden lights & fairy lights for events",
        "decor lights, not power backup",
    ),
    # portland
    (
        "prusa under-extruding",
        "office printer & toner leasing",
        "paper printers, not 3d printers",
    ),
    # leeds
    (
        "re-fix a leaning headstone",
        "stone cladding & feature walls for homes",
        "building stone, not memorials",
    ),
    # singapore
    (
        "need a bookkeeper",
        "book printing for self-published authors",
        "printing books",
    ),
    # hawke's bay
    (
        "the press keeps jamming mid-harvest",
        "PR & press releases for wineries, get into the papers",
        "media press, not a fruit press",
    ),
    # glasgow
    (
        "need dual controls fitted",
        "motorway & dual carriageway lessons for new drivers",
        "teaches driving, doesn't fit pedals",
    ),
    # brighton
    (
        "starting sports massage, need insurance",
        "sports massage for runners, kemptown",
        "offers massage, doesn't provide insurance",
    ),
    # cape town
    (
        "generator too noisy for guests",
        "lead generation for boutique hotels, paid ads",
        "lead generation, not power",
    ),
    # portland
    (
        "printer bed wont level",
        "beds & mattresses delivered same week",
        "furniture beds",
    ),
    # leeds
    (
        "crumbling sandstone headstone",
        "sandstone paving for patios, delivered",
        "selling paving",
    ),
    # singapore
    (
        "reconcile stripe payouts",
        "car park line marking & stripes",
        "line painting",
    ),
    # hawke's bay
    (
        "frost fan wont start on cold nights",
        "ceiling fans & extractor fans installed in homes",
        "household fans, not frost fans",
    ),
    # glasgow
    (
        "want to start driving private hire",
        "private hire of our function room, up to 80 guests",
        "room hire, not a private hire licence",
    ),
    # brighton
    (
        "need therapist insurance before i start",
        "CBT therapist for anxiety, online sessions",
        "therapy to receive, not cover to buy",
    ),
    # cape town
    (
        "double bookings between booking.com and airbnb",
        "satellite TV channel packages for guest rooms",
        "TV channels, not booking channels",
    ),
    # portland
    (
        "resin printer lcd died",
        "epoxy resin river table workshops",
        "art resin, not printer repair",
    ),
    # leeds
    (
        "extra name added to the headstone",
        "name badges & lanyards printed for events",
        "badges",
    ),
    # singapore
    (
        "register for gst in singapore",
        "NZ GST returns for kiwi businesses",
        "the wrong country's GST",
    ),
    # hawke's bay
    (
        "starlings ate a third of the merlot, need netting",
        "sports netting for cricket nets & football goals",
        "sports nets, not crop nets",
    ),
    # glasgow
    (
        "failed the taxi knowledge test twice",
        "knowledge management & intranet consultancy for firms",
        "corporate knowledge, not taxi routes",
    ),
    # brighton
    (
        "i need an online diary for bookings",
        "personalised diaries & planners printed",
        "paper diaries, not booking software",
    ),
    # cape town
    (
        "want water tanks for the guesthouse",
        "fish tanks & aquarium setup, maintenance contracts",
        "aquariums",
    ),
    # portland
    (
        "need 200 acrylic keychains laser cut",
        "laser hair removal, 6 session package",
        "beauty laser",
    ),
    # leeds
    (
        "coffin spray for saturday",
        "coffin nails, acrylic sets, salon in morley",
        "a nail shape, not funeral flowers",
    ),
    # singapore
    (
        "staff keep clicking dodgy links",
        "deep sea fishing charters from changi",
        "fishing",
    ),
    # hawke's bay
    (
        "need brix & ph tested before harvest",
        "cold-pressed juice cleanses delivered in hastings",
        "drinking juice, not testing it",
    ),
    # glasgow
    (
        "courier van is plain white, want my name on it",
        "BSL sign language classes, evenings in glasgow",
        "sign language, not van signs",
    ),
    # brighton
    (
        "need wholesale lavender oil",
        "oil changes & car servicing while you wait, hove",
        "engine oil",
    ),
    # cape town
    (
        "borehole pump packed up",
        "heat pumps for hot water, save on electricity",
        "heat pumps, not borehole pumps",
    ),
    # portland
    (
        "need acrylic signs cut for a craft fair",
        "acrylic nails & gel extensions, mobile nail tech",
        "nails",
    ),
    # leeds
    (
        "funeral home, our florist just retired",
        "wedding florist, bridal bouquets & arches only",
        "weddings only, no funeral work",
    ),
    # singapore
    (
        "our IT guy is the intern",
        "internship placement agency for students",
        "finds interns, doesn't do IT",
    ),
    # hawke's bay
    (
        "need someone to spray the orchard for black spot",
        "mobile spray tans for weddings & events, hawke's bay",
        "spraying skin, not trees",
    ),
    # glasgow
    (
        "want to start doing parcel deliveries but no van",
        "camper van conversions, pop tops & kitchens",
        "converts vans to campers, doesn't lease",
    ),
    # brighton
    (
        "need CPD hours for my massage membership",
        "CPD for accountants & tax advisers, online",
        "CPD in the wrong profession",
    ),
    # cape town
    (
        "want our guesthouse star graded",
        "driveway grading & levelling, gravel roads",
        "earthworks grading",
    ),
    # portland
    (
        "need 10 boards from my kicad files",
        "custom surfboard shaping, lincoln city",
        "surfboards",
    ),
    # leeds
    (
        "MUM tribute letters",
        "tribute acts for parties, abba & elvis",
        "tribute bands",
    ),
    # singapore
    (
        "lost client files, need backup",
        "backup dancers & performers for corporate events",
        "dancers",
    ),
    # hawke's bay
    (
        "want to open a cellar door, need a liquor licence",
        "driving lessons & licence test prep, napier",
        "driving licence, not a liquor licence",
    ),
    # glasgow
    (
        "passenger claimed i hit her, need a dashcam",
        "shop CCTV & alarm systems for retail units",
        "fixed shop cameras, not in-vehicle",
    ),
    # brighton
    (
        "washing 30 towels a day at home",
        "heated towel rails supplied & fitted",
        "towel rails, not laundry",
    ),
    # cape town
    (
        "guests want airport pickups",
        "money transfers abroad at better rates",
        "money transfers",
    ),
    # portland
    (
        "want to learn to solder",
        "mig & tig welding classes",
        "welding metal, not soldering electronics",
    ),
    # leeds
    (
        "extra hearse & limo",
        "party limos & party buses for proms and hen dos",
        "party limos, not funeral cars",
    ),
    # singapore
    (
        "we collect NRIC at reception",
        "reception desks & office furniture",
        "furniture",
    ),
    # hawke's bay
    (
        "need bins trucked to the packhouse",
        "wheelie bin cleaning, monthly, residential streets",
        "rubbish bins, not fruit bins",
    ),
    # glasgow
    (
        "no idea where my drivers are all day",
        "time tracking app for freelancers & agencies",
        "tracks hours on a laptop, not vehicles",
    ),
    # brighton
    (
        "couch hinge snapped",
        "couch to 5k running coach, group sessions on the seafront",
        "running programme, not a massage couch",
    ),
    # cape town
    (
        "my cleaner left, 8 rooms a day",
        "carpet cleaning machines for sale",
        "sells equipment, not housekeeping staff",
    ),
    # portland
    (
        "need bulk 3d printer filament",
        "LED filament bulbs, vintage style, wholesale",
        "light bulbs",
    ),
    # leeds
    (
        "horse drawn carriage for dad",
        "horse riding lessons, all ages",
        "riding lessons",
    ),
    # singapore
    (
        "need a company secretary",
        "virtual PA & admin support, hourly",
        "an admin PA, not a corporate secretary",
    ),
    # hawke's bay
    (
        "our cider label looks homemade",
        "white label cider made to order with your brand on it",
        "makes cider for other brands, doesn't design labels",
    ),
    # glasgow
    (
        "tariff's changing, taxi meter needs updating",
        "smart meter installs for homes, free with your energy supplier",
        "electricity meters",
    ),
    # brighton
    (
        "need 20 mats for the studio",
        "car floor mats made to measure",
        "car mats, not yoga mats",
    ),
    # cape town
    (
        "pool went green",
        "staff lift club & car pool app",
        "car pooling",
    ),
    # portland
    (
        "napkin sketch into a printable model",
        "model casting & portfolio shoots",
        "fashion models",
    ),
    # leeds
    (
        "cold room struggling in the heat",
        "cold water swimming & ice bath sessions",
        "cold therapy",
    ),
    # singapore
    (
        "missed our ACRA annual return",
        "annual report design & printing",
        "designs reports, doesn't file",
    ),
    # hawke's bay
    (
        "short of pickers for the gala harvest",
        "cherry picker hire, 12m booms, daily rates",
        "an access platform, not fruit pickers",
    ),
    # glasgow
    (
        "client wants goods in transit insurance",
        "travel insurance for holidays & backpackers",
        "personal travel cover, not goods",
    ),
    # brighton
    (
        "want to train as a yoga teacher",
        "beginners yoga classes, drop-in £8",
        "classes to attend, not teacher training",
    ),
    # cape town
    (
        "listing photos are from 2014",
        "photo booth hire for weddings & parties",
        "a photo booth, not property photography",
    ),
    # portland
    (
        "3d printing 500 clips too slow, want injection molding",
        "mold removal & damp treatment for basements",
        "mould in houses",
    ),
    # leeds
    (
        "gravedigger retired, burial friday",
        "gravel driveways laid & resurfaced",
        "gravel, not graves",
    ),
    # singapore
    (
        "client wants a pentest",
        "pest control for offices & f&b, monthly",
        "pests, not pentests",
    ),
    # hawke's bay
    (
        "want to open a cellar door and do tastings",
        "doors & windows installed, timber and aluminium",
        "fits doors, not cellar-door licensing",
    ),
    # glasgow
    (
        "want to become a driving instructor",
        "driving lessons for learners, manual & auto, glasgow southside",
        "teaches learners, doesn't train instructors",
    ),
    # brighton
    (
        "nobody finds me on google, massage therapist",
        "office chair massage for workplaces",
        "offers massage, not marketing",
    ),
    # cape town
    (
        "wifi doesn't reach the garden rooms",
        "garden rooms built to order, timber studios & offices",
        "builds garden rooms, no wifi",
    ),
    # portland
    (
        "need plywood cut, no cnc",
        "hiring: cnc operator, full time, tualatin",
        "a job ad, not a cutting service",
    ),
    # leeds
    (
        "150 orders of service printed",
        "3d printing of figurines & miniatures",
        "3d printing",
    ),
    # singapore
    (
        "test our booking site before launch",
        "booking site design for restaurants",
        "builds sites, doesn't test security",
    ),
    # hawke's bay
    (
        "rack and cloth press leaking oil",
        "clothing racks & rails for retail shops",
        "clothes racks, not a cider press",
    ),
    # glasgow
    (
        "learners keep cancelling, need a booking system",
        "learner driver insurance for practice in a parent's car",
        "insurance, not a booking app",
    ),
    # brighton
    (
        "client health forms in a drawer, is that gdpr ok",
        "printed forms, NCR pads & receipt books",
        "printing forms, not data protection",
    ),
    # cape town
    (
        "guests found bugs in room 3",
        "software bug fixing for wordpress sites",
        "software bugs",
    ),
    # portland
    (
        "need a broken car part scanned",
        "document scanning & digital archiving",
        "paper scanning",
    ),
    # leeds
    (
        "families want grief support",
        "IT support for small offices",
        "IT support",
    ),
    # singapore
    (
        "someone spoofed our domain",
        "domain names & web hosting, cheap .sg domains",
        "sells domains, not email security",
    ),
    # hawke's bay
    (
        "latest cider batch tastes off, need it tested",
        "cider tasting tours of hawke's bay, minibus included",
        "tasting for fun, not lab testing",
    ),
    # glasgow
    (
        "never done a tax return, courier",
        "returns processing & reverse logistics for online shops",
        "product returns, not tax returns",
    ),
    # brighton
    (
        "venue wants proof of liability for my sound bath",
        "bathroom renovations & wet rooms, brighton",
        "bathrooms",
    ),
    # cape town
    (
        "need fresh croissants delivered every morning",
        "pastry chef course, 6 weeks, learn croissants at home",
        "teaches baking, doesn't supply",
    ),
    # portland
    (
        "kid wants to build a synth kit",
        "synthetic turf installation for yards",
        "synthetic grass",
    ),
    # leeds
    (
        "white lilies in bulk",
        "flour wholesaler for bakeries",
        "flour, not flowers",
    ),
    # singapore
    (
        "hiring first 2 staff, CPF",
        "staff uniforms & polo shirts printed",
        "uniforms",
    ),
    # hawke's bay
    (
        "got 40 bins of juicing apples to move to the cidery",
        "apple iphone & mac repairs, hastings",
        "apple devices, not apples",
    ),
    # glasgow
    (
        "van off the road, need a replacement to drive",
        "man & van removals, 2 men, flat moves",
        "a moving service, not a van to drive",
    ),
    # brighton
    (
        "want to add pregnancy massage to what i offer",
        "pregnancy yoga classes for mums to be",
        "classes for pregnant clients, not therapist training",
    ),
    # cape town
    (
        "pool pump making a grinding noise",
        "pool table recovering & repairs",
        "pool tables",
    ),
    # portland
    (
        "makerspace landlord wants liability insurance",
        "makerspace memberships $60/mo, 24/7 access",
        "selling membership, not insurance",
    ),
    # leeds
    (
        "black granite headstone",
        "granite kitchen worktops fitted in a week",
        "worktops",
    ),
    # singapore
    (
        "5 new hires, no laptops set up",
        "laptop screen & battery repairs",
        "repairs only",
    ),
    # hawke's bay
    (
        "council says i need a licence to sell cider at the market",
        "farmers market stalls for hire, $40 a day",
        "a stall, not a licence",
    ),
    # glasgow
    (
        "need roof signs for the driving school car",
        "roof repairs & guttering, glasgow",
        "house roofs, not car roof signs",
    ),
    # brighton
    (
        "need a studio for a weekly yoga class",
        "recording studio hire, hourly, engineer incl",
        "a recording studio",
    ),
    # leeds
    (
        "we still do funeral arrangements on paper",
        "flower arranging classes for beginners",
        "flower arranging, not funeral admin",
    ),
    # singapore
    (
        "office network is just the isp router",
        "fire extinguisher servicing & fire safety certs",
        "fire safety, not a firewall",
    ),
    # leeds
    (
        "need more body storage, we're full",
        "self storage units, any size, monthly",
        "self storage, not a mortuary",
    ),
    # singapore
    (
        "client requires cyber insurance",
        "car insurance renewals, comprehensive",
        "motor insurance",
    ),
    # singapore
    (
        "want the cyber essentials mark",
        "trademark registration, IPOS filings",
        "trademarks",
    ),
    # singapore
    (
        "passwords on a sticky note",
        "custom printed sticky notes for promo",
        "stationery",
    ),
    # singapore
    (
        "someone almost paid a fake invoice",
        "invoice factoring for SMEs, get paid in 48h",
        "financing invoices, not fraud",
    ),
]
