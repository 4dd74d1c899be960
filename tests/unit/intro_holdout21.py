"""The twenty-first hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: a gyms, martial arts and dance studio owners'
meetup in Cardiff; a home care, nursing agency and care home managers' forum in Birmingham; a
marine, boatyard and fishing businesses' evening in Halifax, Nova Scotia; a film, theatre and live
music crews' mixer in Toronto; a construction subcontractors' and architects' breakfast in Dubai
(in English); a pet businesses' fair in Denver (groomers, dog walkers, vets, pet food makers); and
a florists', gardeners' and landscapers' trade night in Cork.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 58 of 170 pairs (34.1 %) and 13 decoys of 87 with the
lexicon and matcher as the rounds on the seventeenth to twentieth sets began; 57, 57, 58 and 58
after each of them, with 13 decoys throughout. Then tuned on: 145 (85.3 %) and 7 decoys as that
round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # cardiff: gym members and retention
    (
        "member retention",
        "members keep cancelling after january",
        "retention systems for gyms: onboarding calls, win-back emails, churn reports. cardiff "
        "based",
    ),
    (
        "member retention",
        "we sign up loads in jan n lose half by march, whats the trick",
        "i help independent gyms keep members past 90 days, avg churn down 30%",
    ),
    (
        "member retention",
        "how do u stop people freezing memberships then never coming back?",
        "gym retention consultant - attendance tracking + re-engagement campaigns",
    ),
    # birmingham: rotas
    (
        "care rota software",
        "night shift rota is a mess every week",
        "rostering software for care homes, fills gaps automatically, £3/staff/month",
    ),
    (
        "care rota software",
        "still doing rotas on a whiteboard and excel, carers getting double booked",
        "scheduling & call monitoring app for domiciliary care, free 30 day trial",
    ),
    (
        "care rota software",
        "spend every sunday night fixing next weeks shifts tbh",
        "we build rotas for care providers - staff swap shifts themselves from their phones",
    ),
    # halifax: hulls
    (
        "hull osmosis repair",
        "hull's got blisters again",
        "fibreglass & gelcoat repair, osmosis treatment - peel, dry out, epoxy barrier coat",
    ),
    (
        "hull osmosis repair",
        "surveyor mentioned osmosis on my 30ft cruiser, is that bad??",
        "GRP boat repair shop, bedford basin. osmosis, delamination, keel joints",
    ),
    (
        "hull osmosis repair",
        "little bubbles all over the bottom under the paint when we hauled out",
        "composite repair tech, blister treatment & barrier coating, winter slots open",
    ),
    # toronto: live sound
    (
        "live sound engineer",
        "our sound guy quit a week before the tour",
        "FOH engineer, 12 yrs touring, own console & IEM rig, available may-aug",
    ),
    (
        "live sound engineer",
        "need someone to mix our band at the horseshoe friday, house guy is booked",
        "freelance live sound tech, clubs & festivals, digico / midas / x32",
    ),
    (
        "live sound engineer",
        "vocals get lost every show and the monitors squeal",
        "live audio engineer - FOH & monitors, feedback free mixes, toronto & GTA",
    ),
    # dubai: MEP design
    (
        "MEP design",
        "architect here, need MEP drawings for a G+4 residential in JVC",
        "MEP consultancy, Dubai Municipality approved, HVAC plumbing & electrical design",
    ),
    (
        "MEP design",
        "who does hvac and drainage design for a small villa project? client in a rush",
        "mech / elec / plumbing design engineers, villas to towers, DEWA submissions incl.",
    ),
    # denver: grooming
    (
        "dog grooming",
        "my doodle is a matted mess",
        "mobile dog grooming, denver metro, doodle & poodle specialist, $95+",
    ),
    (
        "dog grooming",
        "need a groomer who can handle a nervous shih tzu, last place shaved her bald",
        "fear free certified groomer, quiet one-on-one salon, no cage drying",
    ),
    (
        "dog grooming",
        "shop is expanding, want a groomer in the back 3 days a week",
        "experienced bather/groomer looking for a booth or chair rental, own tools",
    ),
    # cork: wedding flowers
    (
        "wedding florist",
        "getting married in kinsale in june, need flowers for church + tables",
        "wedding florist, bridal bouquets, pew ends & centrepieces, cork & kerry",
    ),
    (
        "wedding florist",
        "hotel told us to sort our own flowers for the reception, idk where to start",
        "we do wedding flowers start to finish - consult, design, set up on the day",
    ),
    (
        "wedding florist",
        "bride wants wildflower style buttonholes n bouquets for sept",
        "seasonal irish-grown wedding flowers, loose meadow style, west cork",
    ),
    # cardiff: dance floors
    (
        "sprung dance floor",
        "studio floor is killing the girls knees, its lino on concrete",
        "sprung & semi-sprung dance floors supplied and fitted, harlequin approved",
    ),
    (
        "sprung dance floor",
        "moving the dance school into an old warehouse, floor needs sorting for tap & ballet",
        "dance floor installer - sprung subfloors, vinyl performance surfaces, uk wide",
    ),
    # birmingham: inspections
    (
        "CQC inspection prep",
        "cqc due any week now and last time we got requires improvement",
        "ex-CQC inspector, mock inspections + action plans for care homes & dom care",
    ),
    (
        "CQC inspection prep",
        "how do we get from good to outstanding? feels impossible",
        "care compliance consultant: KLOE audits, policies, inspection readiness",
    ),
    (
        "CQC inspection prep",
        "just registered our agency, first inspection coming, scared tbh",
        "i help new home care agencies get through their first cqc inspection",
    ),
    # halifax: rigging
    (
        "rigging inspection",
        "need a rigging inspector",
        "certified rigger, standing rigging surveys, swage & chainplate checks, dartmouth",
    ),
    (
        "rigging inspection",
        "mast is 20 yrs old, insurer wants the rigging checked",
        "sailboat rigging: inspection, wire replacement, going aloft, halifax & south shore",
    ),
    (
        "rigging inspection",
        "found a broken strand on the forestay, is it safe to sail??",
        "professional rigger - wire & rod rigging repairs, furler service, quick turnaround",
    ),
    # toronto: lighting
    (
        "stage lighting rental",
        "need lights for a 3 night run in a black box, tiny budget",
        "lighting rental: LED pars, lekos, haze, ETC console, delivery across the GTA",
    ),
    (
        "stage lighting rental",
        "venue has like 6 old cans, our LD wants movers",
        "moving head & lighting package rental for theatre and live shows, weekly rates",
    ),
    # dubai: waterproofing
    (
        "waterproofing",
        "basement leaking after the first rain, water coming thru the retaining wall",
        "waterproofing subcontractor: membranes, PU injection, basements & podium slabs",
    ),
    (
        "waterproofing",
        "roof terrace on the villa keeps leaking into the majlis below",
        "roof & wet area waterproofing, 10 yr warranty, dubai & sharjah",
    ),
    (
        "waterproofing",
        "need a waterproofing sub for a podium, main contractor wants quote by thurs",
        "bituminous & cementitious waterproofing applicators, approved by major consultants",
    ),
    # denver: behaviour
    (
        "dog reactivity training",
        "dog lunges at every other dog on walks",
        "certified behavior consultant (CDBC), reactivity & leash frustration plans",
    ),
    (
        "dog reactivity training",
        "my rescue barks and goes nuts at bikes, cant walk her in wash park",
        "positive reinforcement trainer for reactive & fearful dogs, private sessions",
    ),
    (
        "car travel anxiety in dogs",
        "dog goes mental in the car",
        "trainer: travel anxiety & car desensitization, home visits, denver/aurora",
    ),
    (
        "car travel anxiety in dogs",
        "pup drools and shakes every time we drive to the vet, its a 10 min trip",
        "fear & anxiety specialist, gradual car training programs, works alongside your vet",
    ),
    # cork: drainage
    (
        "garden drainage",
        "back garden is a bog every winter",
        "garden drainage solutions, french drains & soakaways, cork county",
    ),
    (
        "garden drainage",
        "lawn's flooded since october, water just sits there",
        "landscaper - land drains, regrading, lawn renovation for waterlogged gardens",
    ),
    (
        "garden drainage",
        "new build estate, clay soil, kids cant play out the back half the year",
        "we fix waterlogged new build gardens: drainage, topsoil, reseeding",
    ),
    # cardiff: kit servicing
    (
        "gym equipment repair",
        "treadmill belt slipping again and the cable machine squeaks like mad",
        "commercial gym equipment servicing & repairs, south wales, same week call-outs",
    ),
    (
        "gym equipment repair",
        "3 of our spin bikes are out of order n members moaning",
        "fitness equipment engineer: treadmills, bikes, rowers, preventive maintenance plans",
    ),
    (
        "gym equipment repair",
        "leg press cable frayed, worried someone gets hurt",
        "gym kit maintenance contracts, cables, upholstery & safety checks, cardiff & newport",
    ),
    # birmingham: staffing
    (
        "agency nurse cover",
        "short of RGNs on nights, can't cover next weekend",
        "nursing agency: RGN, RMN & HCA cover across the midlands, 2hr notice",
    ),
    (
        "agency nurse cover",
        "two nurses off sick and manager on leave, need someone for tonight",
        "24/7 emergency staffing for care homes, nurses & senior carers",
    ),
    (
        "agency nurse cover",
        "we keep running short on weekends, need reliable bank staff not randoms",
        "care staffing agency, same faces every shift, block bookings for nursing homes",
    ),
    # halifax: surveys
    (
        "marine survey",
        "insurer wants a survey before renewal on my 34ft sailboat",
        "SAMS accredited marine surveyor, condition & valuation surveys, NS & NB",
    ),
    (
        "marine survey",
        "buying a used fishing boat, want someone to look it over first",
        "marine surveyor, pre-purchase surveys for commercial & pleasure vessels",
    ),
    (
        "marine survey",
        "bank needs a valuation on the boat for the loan",
        "accredited marine surveyor - valuations for financing & insurance, fast reports",
    ),
    # toronto: production insurance
    (
        "production insurance",
        "location wants a certificate of insurance before we can shoot",
        "entertainment insurance broker, short term production policies, COI in 24h",
    ),
    (
        "production insurance",
        "doing a 2 day indie shoot, do we need insurance for gear & crew?",
        "film & tv production insurance: equipment, liability, short films to series",
    ),
    # dubai: scaffolding
    (
        "scaffolding",
        "need scaffolding for facade works next month, 8 storeys",
        "scaffolding erection & hire, certified scaffold inspectors, all emirates",
    ),
    (
        "scaffolding",
        "our scaffold sub pulled out, need someone asap in al quoz",
        "cuplock & tube-and-fitting scaffold supply + erection, 24hr mobilisation",
    ),
    (
        "scaffolding",
        "is there any1 who can do a mobile tower + edge protection for a roof job in JLT",
        "access solutions: scaffold towers, edge protection, hoarding - rental or erected",
    ),
    # denver: pet food makers
    (
        "pet food labelling & registration",
        "making a dog treat recipe, want to sell in stores, what labels do i need",
        "pet food regulatory consultant: AAFCO labels, guaranteed analysis, state registration",
    ),
    (
        "pet food labelling & registration",
        "colorado dept of ag sent back my treat registration, idk what they want",
        "i help small pet food brands get labels & registrations approved in every state",
    ),
    (
        "pet treat co-manufacturing",
        "cant bake enough treats in my kitchen anymore, orders doubled",
        "co-manufacturer for pet treats & chews, low minimum runs, inspected facility",
    ),
    (
        "pet treat co-manufacturing",
        "want to scale up my freeze dried dog food but dont want to buy the equipment",
        "contract freeze drying & packing for pet food brands, private label",
    ),
    # cork: trees
    (
        "tree surgery",
        "big sycamore leaning over the neighbours shed",
        "qualified tree surgeon, felling, crown reduction, fully insured, cork & east cork",
    ),
    (
        "tree surgery",
        "ash dieback in the trees along the drive, are they dangerous?",
        "arborist - tree surveys, ash dieback assessments, safe removal",
    ),
    (
        "tree surgery",
        "branches hitting the power line at the end of the garden",
        "tree care: pruning, dismantling in tight spots, stump grinding, free quotes",
    ),
    # cardiff: bookings
    (
        "class booking software",
        "still taking bookings on whatsapp for kickboxing, its chaos",
        "booking & payments app for studios - classes, memberships, waitlists",
    ),
    (
        "class booking software",
        "people turn up to full classes and no-shows take spaces, need a proper system",
        "i set up glofox / mindbody / teamup for gyms & studios and migrate your members",
    ),
    (
        "class booking software",
        "parents pay for dance classes in cash in envelopes lol",
        "online booking and direct debits for dance schools, parent app, termly billing",
    ),
    # birmingham: recruitment
    (
        "care worker recruitment",
        "cant find carers who drive, ads get no replies",
        "recruitment for domiciliary care, we find drivers, 6 week guarantee",
    ),
    (
        "care worker recruitment",
        "lost 4 carers this month to supermarkets paying more",
        "care recruitment & retention specialist, hiring campaigns + onboarding",
    ),
    (
        "sponsor licence & care visas",
        "want to hire carers from abroad, no idea where to start w visas",
        "immigration solicitor: health & care worker visas, sponsor licence applications",
    ),
    (
        "sponsor licence & care visas",
        "home office audit on our sponsor licence coming, paperwork all over the place",
        "sponsor licence compliance audits & HR support for care providers",
    ),
    # halifax: engines
    (
        "outboard engine repair",
        "outboard wont idle, dies when i throttle down",
        "mercury & yamaha outboard tech, carb cleans, mobile service around the harbour",
    ),
    (
        "outboard engine repair",
        "my 9.9 wont start after sitting all winter",
        "small engine & outboard repair, tune-ups, impellers, spring commissioning",
    ),
    (
        "outboard engine repair",
        "overheat alarm keeps going off on the 150, tell-tale barely peeing",
        "marine mechanic: outboard diagnostics, water pumps, lower units, certified tech",
    ),
    # toronto: sets
    (
        "set construction",
        "need flats and a staircase built for a fringe show",
        "scenic carpentry shop - flats, platforms, stairs, toronto west end",
    ),
    (
        "set construction",
        "designer drew this gorgeous revolving thing and nobody can build it",
        "set builder & scenic fabricator, automation, steel & wood, theatre / film / events",
    ),
    (
        "set construction",
        "we need a diner interior built on a soundstage for a 3 wk shoot",
        "film set construction crew: carpenters, painters, standby, union & non-union",
    ),
    # dubai: fire and life safety
    (
        "civil defence fire approvals",
        "civil defence keeps rejecting our fire drawings",
        "DCD approvals specialist, fire & life safety drawings, resubmission support",
    ),
    (
        "civil defence fire approvals",
        "cant get the completion cert bc fire alarm not signed off",
        "fire & life safety consultant, civil defence NOC, testing & commissioning",
    ),
    # cork: keeping stock fresh
    (
        "florist cold room",
        "stock wilting by wed, the shop's just too warm",
        "cold room & chiller installs for florists, quiet units, munster wide",
    ),
    (
        "florist cold room",
        "losing half my roses every week in the summer",
        "refrigeration engineer - flower coolers, walk-ins, service contracts",
    ),
    # cardiff: cover for instructors
    (
        "martial arts & fitness instructor insurance",
        "do i need cover to run bjj sessions in a church hall?",
        "insurance broker: public liability & professional indemnity for martial arts instructors",
    ),
    (
        "martial arts & fitness instructor insurance",
        "hall wants proof of £5m public liability before we can start boxercise",
        "fitness instructor insurance from £6/month, PL & PI, certificate same day",
    ),
    # birmingham: handling
    (
        "moving and handling training",
        "new starters need manual handling before they can go out on calls",
        "moving & handling trainer, hoists, slide sheets, on site at your branch",
    ),
    (
        "moving and handling training",
        "carers keep hurting thier backs hoisting residents",
        "safer people handling training & risk assessments for care homes",
    ),
    # halifax: storage
    (
        "boat haul out & winter storage",
        "where can i haul out and store for winter, 28ft",
        "boatyard: haul out, shrink wrap, indoor & outdoor winter storage, 35 ton travelift",
    ),
    (
        "boat haul out & winter storage",
        "marina wants us off the docks by oct 15, no plan yet",
        "winter storage spots still open - hauling, blocking, pressure wash, spring launch",
    ),
    (
        "boat haul out & winter storage",
        "need somewhere dry for the boat over winter, snow wrecked the cover last yr",
        "heated indoor boat storage + shrink wrap service, eastern passage",
    ),
    # toronto: locations
    (
        "film location permits",
        "want to shoot on a street in parkdale, who do i even ask",
        "locations manager: city of toronto film permits, paid duty officers, neighbour letters",
    ),
    (
        "film location permits",
        "neighbours complained and the cops shut down our shoot",
        "location scout & manager - permits, parking, community relations for shoots",
    ),
    # dubai: BIM
    (
        "BIM modelling",
        "client wants a revit model and clash detection, we only do autocad",
        "BIM services: revit modelling, navisworks clash detection, LOD 300-400",
    ),
    (
        "BIM modelling",
        "MEP and structure keep clashing on site, ceiling void too tight",
        "BIM coordinator, federated models & clash reports before you build",
    ),
    # denver: insurance
    (
        "pet business insurance",
        "starting a dog walking biz, do i need insurance?",
        "pet business insurance: general liability, care custody & control, bonding",
    ),
    (
        "pet business insurance",
        "a client asked if im bonded and im not lol",
        "insurance agent for pet sitters, walkers & groomers, bonding from $9/mo",
    ),
    # cork: knotweed
    (
        "japanese knotweed",
        "japanese knotweed coming up thru the patio",
        "knotweed eradication, stem injection, management plans for mortgages & sales",
    ),
    (
        "japanese knotweed",
        "bank wants a knotweed plan before the house sale goes thru",
        "invasive species specialist: knotweed surveys, treatment plans, 5 yr guarantee",
    ),
    # cardiff: kids classes
    (
        "safeguarding for kids classes",
        "starting kids karate saturdays, what checks do my instructors need",
        "safeguarding training & enhanced DBS processing for sports clubs",
    ),
    (
        "safeguarding for kids classes",
        "a parent asked for our safeguarding policy and we dont have one",
        "welfare officer training & child protection policies for dance & martial arts clubs",
    ),
    # birmingham: falls and meds
    (
        "falls monitoring",
        "residents falling at night, we only find them on the morning round",
        "bed & chair sensor mats, acoustic monitoring for care homes, pager alerts",
    ),
    (
        "falls monitoring",
        "lady with dementia gets up at 3am and wanders, staff cant watch every room",
        "falls prevention tech: motion sensors & night monitoring, installed in a day",
    ),
    (
        "electronic medication records",
        "MAR charts keep having gaps, pharmacist flagged it",
        "eMAR system, barcode scanning, alerts for missed & late doses",
    ),
    (
        "electronic medication records",
        "meds round takes 2 hours and the paperwork is a nightmare",
        "digital medication management for care homes, links straight to your pharmacy",
    ),
    # birmingham: kitchens and skin
    (
        "dysphagia diet training",
        "residents on IDDSI level 5 and cook doesnt know what that means",
        "dysphagia training for care home kitchens, IDDSI levels, texture modified menus",
    ),
    (
        "dysphagia diet training",
        "SALT said mr k needs minced and moist, chefs keep getting it wrong",
        "speech & language therapist - staff training on swallowing & safe diets",
    ),
    (
        "pressure ulcer prevention",
        "two residents with grade 3 pressure sores, district nurse not happy",
        "tissue viability nurse: pressure ulcer prevention training, audits & care plans",
    ),
    (
        "pressure ulcer prevention",
        "how often should we be turning bedbound residents? staff unsure",
        "skin integrity & repositioning training for carers, SSKIN bundle, on site",
    ),
    # halifax: gear and licences
    (
        "net & trap repair",
        "traps & lines all tangled after the storm, nets torn",
        "net mending & rope work, lobster trap repair & building, eastern shore",
    ),
    (
        "net & trap repair",
        "need 200 traps rebuilt before dumping day",
        "trap builder, wire & wood traps, repairs & new, lunenburg county",
    ),
    (
        "fishing licence transfer",
        "buying a lobster licence off a retiring guy, how does the transfer work",
        "fisheries consultant, DFO licence transfers, owner-operator policy paperwork",
    ),
    (
        "fishing licence transfer",
        "DFO asked for more docs on my licence reissuance, stuck for months",
        "commercial fishing licence & quota paperwork, i deal with DFO so you dont have to",
    ),
    (
        "fishing licence transfer",
        "son wants to take over my licence when i retire, wich forms?",
        "licence succession & intergenerational transfer help for inshore harvesters",
    ),
    # halifax: electronics and tickets
    (
        "marine electronics",
        "chartplotter keeps losing gps and the vhf crackles",
        "marine electronics installer, garmin & raymarine, NMEA 2000 networks, VHF/AIS",
    ),
    (
        "marine electronics",
        "want radar and AIS put on the boat before the season",
        "electronics & wiring for boats: radar, AIS, autopilots, certified installer",
    ),
    (
        "marine safety certification",
        "new deckhands need their MED cert before we head out",
        "transport canada approved MED A1 & small vessel operator proficiency courses",
    ),
    (
        "marine safety certification",
        "taking tourists out on whale trips this summer, what tickets do i need",
        "marine training school: SVOP, ROC-MC radio, MED, pleasure craft operator card",
    ),
    # halifax: bottoms
    (
        "bottom cleaning & antifouling",
        "barnacles everywhere on the bottom, boat's slow as hell",
        "bottom cleaning & antifouling, pressure wash + 2 coats, haul-out included",
    ),
    (
        "bottom cleaning & antifouling",
        "need the bottom painted before launch in may",
        "boatyard services: sanding, antifouling, zincs, props polished",
    ),
    # toronto: gear and wardrobe
    (
        "backline rental",
        "band flying in from the uk, they need drums and amps here",
        "backline rental: drum kits, guitar & bass amps, keys, delivered to the venue",
    ),
    (
        "backline rental",
        "festival headliner's rider asks for a specific ampeg rig and a DW kit",
        "backline company, rider fulfilment, techs available, toronto & southern ontario",
    ),
    (
        "backline rental",
        "drummer's kit got stolen out of the van the night before the gig",
        "backline rental 7 days a week, kits & amps, same day delivery downtown",
    ),
    (
        "costume & wardrobe",
        "need 20 1920s costumes for a play, opening in 5 wks",
        "costume designer & wardrobe, rentals & builds, 1900-1950s stock",
    ),
    (
        "costume & wardrobe",
        "lead actor's dress ripped mid run, need someone to fix it by tmrw",
        "wardrobe tech, alterations & repairs, quick turnaround for theatre",
    ),
    # toronto: money
    (
        "arts grant writing",
        "trying to do a canada council grant and getting lost in the portal",
        "grant writer for indie theatre & music: canada council, OAC, toronto arts council",
    ),
    (
        "arts grant writing",
        "we got rejected twice from OAC, no idea why",
        "arts funding consultant, application reviews & budget help, 70% success rate",
    ),
    (
        "entertainment payroll",
        "first time hiring actra performers, payroll is confusing",
        "entertainment payroll service, ACTRA, IATSE & DGC remittances handled",
    ),
    (
        "entertainment payroll",
        "how do i pay union crew and deal with fringe benefits on a short film?",
        "production payroll & accounting for indie films, union deals & tax credits",
    ),
    # toronto: post
    (
        "colour grading",
        "footage looks flat and grey, festival deadline in 2 wks",
        "colourist, davinci resolve, short films & music videos, fast turnaround",
    ),
    (
        "colour grading",
        "shot log on my camera and have no clue what to do w it now",
        "colour grading & finishing suite, LUTs, log conversion, DCP delivery",
    ),
    # dubai: envelope and money
    (
        "facade & curtain wall",
        "need someone to do the curtain wall on a villa project",
        "aluminium & glass facade contractor, curtain wall, design supply install",
    ),
    (
        "facade & curtain wall",
        "windows on the tower leaking at the joints, glazing sub went bust",
        "facade remediation & glazing repairs, sealant replacement, rope access teams",
    ),
    (
        "construction payment claims",
        "main contractor is 120 days late paying us, again",
        "construction claims & payment disputes, UAE contract law, FIDIC specialists",
    ),
    (
        "construction payment claims",
        "they hold back our retention money and keep finding excuses",
        "quantity surveyor & claims consultant: variations, retention, final accounts",
    ),
    # dubai: testing, visuals, heat
    (
        "concrete testing",
        "need cube tests for the slab pour on saturday",
        "accredited materials lab, concrete cube testing, site sampling, dubai & abu dhabi",
    ),
    (
        "concrete testing",
        "consultant doubts the column strength, wants cores taken",
        "NDT & core testing, rebound hammer, UPV, accredited reports",
    ),
    (
        "architectural renders",
        "need renders to sell the project to the developer next week",
        "archviz studio, photoreal exterior & interior renders, 5 day turnaround",
    ),
    (
        "architectural renders",
        "client cant read plans, wants to see what the lobby will look like",
        "3D visualisation & walkthrough animations for architects & developers",
    ),
    (
        "heat stress management",
        "guys getting heat exhaustion on site in the summer",
        "heat stress programmes: rest shelters, hydration stations, midday break compliance",
    ),
    (
        "heat stress management",
        "two workers collapsed in july, we definately need a proper plan before next summer",
        "HSE consultant, heat illness prevention, site audits & toolbox talks",
    ),
    # denver: running the business
    (
        "pet care scheduling software",
        "texting clients schedules is eating my evenings",
        "scheduling & invoicing software for dog walkers and sitters, client portal, GPS",
    ),
    (
        "pet care scheduling software",
        "keep double booking walks and forgetting to invoice",
        "i set up time to pet / gingr for pet businesses, payments & reminders",
    ),
    (
        "pet care scheduling software",
        "spreadsheet of 40 clients, keys, gate codes, feeding notes... its gonna break",
        "all in one app for pet sitters: client profiles, key tracking, visit notes, billing",
    ),
    # denver: vets and rehab
    (
        "exotic animal vet",
        "need a vet who actually knows rabbits",
        "exotics vet: rabbits, guinea pigs, birds & reptiles, lakewood clinic",
    ),
    (
        "exotic animal vet",
        "bearded dragon not eating for a week, regular vet said they dont see lizards",
        "avian & exotic animal hospital, reptile medicine, same day appointments",
    ),
    (
        "canine rehab",
        "old lab cant get up the stairs anymore",
        "canine rehab & hydrotherapy, underwater treadmill, senior & post-op dogs",
    ),
    (
        "canine rehab",
        "dog had ACL surgery, vet said do physio but where??",
        "certified canine rehabilitation therapist (CCRT), post-surgery programs",
    ),
    # denver: pictures
    (
        "pet photography",
        "want nice pics of the daycare dogs for the website",
        "pet photographer, studio & on location, commercial shoots for pet businesses",
    ),
    (
        "pet photography",
        "my product photos w the dog models look awful on instagram",
        "pet product & lifestyle photography, dogs included, denver",
    ),
    # cork: supply and selling
    (
        "flower wholesale supply",
        "struggling to get decent peonies, wholesaler always runs out",
        "dutch flower import, twice weekly van to florists across munster",
    ),
    (
        "flower wholesale supply",
        "need a reliable supplier, cash & carry too far and stock is poor",
        "wholesale cut flowers & foliage, order by 2pm for next day delivery, cork",
    ),
    (
        "florist online ordering",
        "people ring to order and i miss them when im out delivering",
        "shopify sites for florists, delivery zones, same-day cut off, card messages",
    ),
    (
        "florist online ordering",
        "want to sell bouquets online for valentines w/o a massive setup",
        "online shop setup for small florists, live in a week, €600 flat",
    ),
    # cork: gardens
    (
        "garden design",
        "new build garden is just rubble & muck, no idea what to do w it",
        "garden designer, planting plans & 3D layouts, new build specialist",
    ),
    (
        "garden design",
        "want a low maintenance back garden, we both work full time",
        "garden design & build: low maintenance schemes, patios, planting, cork",
    ),
    (
        "mini digger hire",
        "need a mini digger for a weekend to dig out a pond",
        "plant hire: mini diggers, dumpers, tipper trailers, delivered cork city",
    ),
    (
        "mini digger hire",
        "doing foundations for a garden room, need a small digger w/ operator",
        "1.5t digger hire with or without operator, weekend rates",
    ),
    (
        "garden maintenance",
        "cant keep up w the grass and hedges since my back went",
        "garden maintenance: mowing, hedge cutting, weeding, fortnightly visits",
    ),
    (
        "garden maintenance",
        "looking for someone to look after the gardens at our 3 holiday lets",
        "commercial grounds maintenance, holiday homes & estates, west cork",
    ),
    (
        "garden maintenance",
        "mams garden gone wild since she went into hospital, need it tidied",
        "garden tidy ups & clearances, green waste removed, cork city & suburbs",
    ),
    # cardiff: music, first aid, marketing
    (
        "music licensing for classes",
        "got a letter saying we need a licence to play music in zumba??",
        "i help gyms & studios sort their PPL PRS music licence and pick the right tariff",
    ),
    (
        "music licensing for classes",
        "do we need to pay something to use spotify in spin classes",
        "licensed music for fitness classes, pre-cleared playlists, covers public performance",
    ),
    (
        "first aid training",
        "none of my coaches have first aid, bit worrying w the sparring",
        "first aid at work & sports first aid courses, on site, cardiff & the vale",
    ),
    (
        "first aid training",
        "member collapsed on the rower last month, staff need CPR and the AED pls",
        "CPR & defibrillator training for gyms, 3hr sessions, certificates",
    ),
    (
        "studio marketing",
        "new pole studio, instagram gets likes but nobody books",
        "social ads for fitness studios, trial class funnels, pay per lead",
    ),
    (
        "studio marketing",
        "our dance school website is from 2009 and we dont show up on google",
        "websites & local SEO for dance schools and gyms in wales",
    ),
    # anywhere: the books
    (
        "bookkeeping",
        "my accountant wants receipts sorted and its a carrier bag full",
        "bookkeeping & VAT returns for gyms and studios, xero certified, £120/month",
    ),
    (
        "bookkeeping",
        "revenue on my back about VAT and im useless at numbers",
        "bookkeeper for small traders in cork, VAT returns, ROS, payroll",
    ),
    (
        "bookkeeping",
        "grooming salon doing well but the books are a disaster, tax time coming",
        "bookkeeping for small pet businesses, quickbooks cleanup, quarterly taxes",
    ),
    # cardiff: mats
    (
        "martial arts mats",
        "mats are split and taped together, kids toes getting caught",
        "tatami & jigsaw mats, dojo flooring, supplied & fitted, fast uk delivery",
    ),
    (
        "martial arts mats",
        "opening a bjj gym, need the whole floor matted, 150 sqm",
        "combat sports matting, wall padding, full gym fit outs",
    ),
    # toronto: rehearsal
    (
        "rehearsal space",
        "need somewhere to rehearse with the full band 2 nights a week",
        "rehearsal rooms by the hour, PA & drums provided, near dundas west",
    ),
    (
        "rehearsal space",
        "cast of 8 needs a big room w a sprung floor for 3 wks of rehearsals",
        "studio & rehearsal hall rentals for theatre companies, daily & weekly rates",
    ),
    # birmingham: activities
    (
        "dementia activities",
        "residents just sit in front of the telly all day",
        "activity coordinator training & dementia friendly activity programmes",
    ),
    (
        "dementia activities",
        "family say mum is bored and withdrawn since she moved in",
        "music & reminiscence sessions for care homes, weekly visits, dementia trained",
    ),
]

# (need, offer, why a careful host would NOT introduce them): they share words or look alike.
DECOYS: list[tuple[str, str, str]] = [
    (
        "need a rigging inspector for my sailboat mast",
        "stage rigging & truss hire for concerts and festivals",
        "theatre and concert rigging, not sailboat rigging",
    ),
    (
        "hull's got blisters all over below the waterline",
        "podiatrist, blister & foot care for runners and dancers",
        "foot blisters, not fibreglass osmosis",
    ),
    (
        "need a bar set up for the crew's end of season party",
        "pull-up bars & rig installs for home and commercial gyms",
        "a gym pull-up bar, not a drinks bar",
    ),
    (
        "need cover for the night shift sat, RGN pls",
        "custom boat covers & bimini tops, made to measure",
        "canvas covers, not shift cover",
    ),
    (
        "dog needs a proper grooming, he stinks",
        "barber, beard grooming & hot towel shaves for men",
        "grooms men, not dogs",
    ),
    (
        "need a vet to look at my cats teeth",
        "pre-employment vetting & background checks for care staff",
        "staff vetting, not a veterinarian",
    ),
    (
        "dog pulls like a train on the lead",
        "B2B lead generation, 50 qualified leads a month",
        "sales leads, not leash training",
    ),
    (
        "need a surveyor for the boat before i buy",
        "land surveyor, topographic & boundary surveys",
        "land surveys, not marine surveys",
    ),
    (
        "need a wreath for my nans funeral on friday",
        "christmas wreath making workshop, bring a friend, €45",
        "a class teaching wreath making, not a florist making the funeral wreath",
    ),
    (
        "footage needs grading before the festival",
        "online course: learn colour grading in resolve",
        "a course teaching grading, not someone who grades the film",
    ),
    (
        "need a stage for an outdoor gig in august",
        "home staging for house sales, furniture & styling",
        "property staging, not a performance stage",
    ),
    (
        "need a set built for our play",
        "gel nail sets & lash extensions, salon in the annex",
        "nail sets, not theatre sets",
    ),
    (
        "need to cast 3 actors for a short",
        "cast iron radiator restoration & sandblasting",
        "cast iron, not casting actors",
    ),
    (
        "looking for a location to shoot a music video",
        "clay pigeon shooting days for corporate groups",
        "shooting guns, not filming",
    ),
    (
        "need a crane to lift the AHUs onto the roof saturday",
        "leatherjacket (crane fly grub) lawn treatment",
        "crane fly larvae in lawns, not a lifting crane",
    ),
    (
        "need cube tests done on the slab",
        "concrete planters & garden ornaments for sale",
        "sells concrete goods, does not test concrete",
    ),
    (
        "need a boom op for a 3 day doc shoot",
        "boom lift & cherry picker hire, all emirates",
        "an access platform, not a sound boom operator",
    ),
    (
        "need a key grip for a 5 day shoot",
        "grip strength & climbing coach, forearm programmes",
        "hand grip training, not a film grip",
    ),
    (
        "need a gaffer for a 2 week indie shoot",
        "gaffer tape & cable ties wholesale, bulk discounts",
        "sells tape, is not a chief lighting technician",
    ),
    (
        "nets torn to bits after the storm",
        "net zero consultancy for commercial buildings",
        "carbon net zero, not fishing nets",
    ),
    (
        "need 200 lobster traps rebuilt",
        "trap & drill music producer, beats for artists",
        "trap music, not lobster traps",
    ),
    (
        "anchor keeps dragging, need better ground tackle",
        "media training for news anchors and presenters",
        "tv anchors, not a boat anchor",
    ),
    (
        "soft spots on the boat deck, core might be wet",
        "garden decking installer, composite & timber",
        "garden decks, not marine deck core repair",
    ),
    (
        "need a hoist for a resident who cant weight bear",
        "engine hoist & gantry hire for boatyards",
        "engine lifting gear, not a patient hoist",
    ),
    (
        "looking for home care for my mum 3 mornings a week",
        "lawn care packages: feed, weed & moss control",
        "lawn care, not personal care",
    ),
    (
        "need an agency nurse for sunday night",
        "creative agency: branding, logos & campaigns",
        "a marketing agency, not a nursing agency",
    ),
    (
        "resident w dementia keeps trying to leave at night",
        "dementia research charity seeking volunteers for a study",
        "the offer is itself a request for help",
    ),
    (
        "need a sponsor for our kids dance team's new kit",
        "looking for sponsors for our charity regatta",
        "both are looking for sponsors",
    ),
    (
        "looking for investors for a second gym site",
        "we're raising a seed round for our fitness app",
        "both want money, neither is offering it",
    ),
    (
        "need a new sound system for the gym, current one distorts",
        "sound healing & gong baths, group sessions",
        "sound therapy, not audio equipment",
    ),
    (
        "treadmill belt slipping and squealing",
        "belt grading ceremonies & certificates for martial arts clubs",
        "martial arts belts, not treadmill belts",
    ),
    (
        "boxing ring ropes snapped, need new ones fitted",
        "wedding ring engraving & resizing",
        "jewellery rings, not a boxing ring",
    ),
    (
        "pole studio needs 6 poles installed properly",
        "flagpole supply & installation for businesses",
        "flagpoles, not dance poles",
    ),
    (
        "studio floor hurts the dancers knees, need proper flooring",
        "carpets & laminate for homes, free fitting",
        "domestic carpet and laminate, not a sprung dance floor",
    ),
    (
        "need a dance studio to rent sunday afternoons",
        "recording studio time, £30/hr, engineer included",
        "a recording studio, not dance space",
    ),
    (
        "need a studio to rent weekday mornings for my classes",
        "choreographer looking for a studio to rent mornings",
        "both are looking for the same thing",
    ),
    (
        "cant bake enough treats anymore, need a co-packer",
        "pet food store, we stock 200 brands of treats",
        "a retailer that sells treats, not a manufacturer",
    ),
    (
        "need a dog walker weekdays at lunch",
        "course: how to start your own dog walking business",
        "teaches people to become walkers, does not walk dogs",
    ),
    (
        "need a groomer for my shih tzu asap",
        "grooming tables, clippers & shears at wholesale prices",
        "sells grooming tools, does not groom",
    ),
    (
        "need an equine vet to look at my pony's hoof",
        "small animal clinic, cats & dogs only",
        "same field, wrong species",
    ),
    (
        "flea infestation from the cat, house is crawling",
        "flea market stall rental, saturdays at the fairgrounds",
        "a flea market, not flea treatment",
    ),
    (
        "algae bloom in the fish pond, water like pea soup",
        "Bloom & Co, wedding & event florist",
        "a florist's name, nothing to do with pond algae",
    ),
    (
        "need plant hire for the groundworks, 3t digger",
        "house plant shop, monsteras & fiddle leaf figs",
        "houseplants, not machinery",
    ),
    (
        "want raised beds built in the back garden",
        "profiling care beds & pressure mattresses supplier",
        "care beds, not garden beds",
    ),
    (
        "weeds coming up everywhere in the gravel drive",
        "seaweed fertiliser, organic, made in west cork",
        "feeds plants, does not control weeds",
    ),
    (
        "hedge needs cutting back before it takes over the road",
        "fx hedging for irish exporters",
        "currency hedging, not a hedge",
    ),
    (
        "need a landscaper to redo the front garden",
        "landscape photography prints, framed & canvas",
        "landscape pictures, not landscaping",
    ),
    (
        "need a gardener weekly for the big house",
        "garden centre: compost, tools & bedding plants",
        "sells supplies, does not do the gardening",
    ),
    (
        "need a garden design for a steep sloped site",
        "graphic design, logos & brand packs",
        "graphic design, not garden design",
    ),
    (
        "need scaffolding up on a 6 storey facade",
        "CISRS scaffolding course, part 1 & 2",
        "trains scaffolders, does not supply or erect scaffold",
    ),
    (
        "need renders for the developer presentation",
        "wall rendering & plastering, sand & cement, monocouche",
        "plaster render on walls, not 3D visuals",
    ),
    (
        "need shop drawings for the joinery package",
        "kids drawing & painting classes, weekends",
        "art classes, not technical drawings",
    ),
    (
        "need a structural steel fabricator for a mezzanine",
        "steel drum band for weddings & events",
        "music, not steelwork",
    ),
    (
        "hairline cracks showing in the villa foundations",
        "charitable foundation, grants for community projects",
        "a grant-making foundation, not structural repair",
    ),
    (
        "need tilers for 40 bathrooms in a hotel fit out",
        "tile showroom, porcelain & marble, trade prices",
        "sells tiles, does not lay them",
    ),
    (
        "need crew to help deliver my boat to bermuda",
        "film crew for hire, camera & sound packages",
        "a film crew, not sailing crew",
    ),
    (
        "need stage lighting for a 2 night show",
        "garden & landscape lighting design and install",
        "garden lighting, not theatre lighting",
    ),
    (
        "need a sound mixer for a feature shoot",
        "cement mixer & compactor hire",
        "a cement mixer, not a production sound mixer",
    ),
    (
        "need props for a period drama",
        "propeller repair & reconditioning, bronze & stainless props",
        "boat propellers, not stage props",
    ),
    (
        "need a tour manager for a 3 week cross canada run",
        "harbour boat tours & whale watching",
        "sightseeing tours, not tour management",
    ),
    (
        "need a mooring for the summer in the NW arm",
        "rope splicing & mooring lines made to order",
        "makes lines, has no mooring space to offer",
    ),
    (
        "need a slip for my 30ft at a marina",
        "slip resistant flooring for care home bathrooms",
        "anti-slip floors, not a boat slip",
    ),
    (
        "fenders keep popping, need heavy duty ones for the wharf",
        "fender guitar repair & setups, toronto",
        "guitars, not boat fenders",
    ),
    (
        "fishing gear all tangled, need it sorted before season",
        "camera gear rental for productions",
        "camera gear, not fishing gear",
    ),
    (
        "need to transfer a lobster licence",
        "liquor licence applications for events & venues",
        "liquor licensing, not fishing licences",
    ),
    (
        "pressure sores on two residents, need advice",
        "pressure washing for patios & driveways",
        "jet washing, not pressure care",
    ),
    (
        "resident on PEG feeding, staff need training",
        "lawn feeding & moss control programme",
        "lawn feed, not tube feeding",
    ),
    (
        "need a nurse for nights at the home",
        "plant nursery: trees & hedging wholesale",
        "a plant nursery, not nursing",
    ),
    (
        "staff need manual handling training asap",
        "dog obedience training, puppy to adult",
        "dog training, not people handling",
    ),
    (
        "coaches need first aid training before kids classes start",
        "pet first aid course for dog walkers",
        "animal first aid, not human first aid",
    ),
    (
        "members keep cancelling, need help keeping them",
        "membership cards & key fobs printed, next day",
        "sells cards, does not help with retention",
    ),
    (
        "need a booking system for classes",
        "booking agent for bands & djs",
        "talent booking, not class booking software",
    ),
    (
        "need an agent for my actor daughter",
        "estate agent, free valuations",
        "a property agent, not a talent agent",
    ),
    (
        "need a fight director for stage combat in macbeth",
        "MMA gym, fight team training 6 days a week",
        "real combat training, not certified stage combat choreography",
    ),
    (
        "need dancers for a music video next week",
        "adult beginner dance classes, salsa & bachata",
        "teaches beginners, does not supply performers",
    ),
    (
        "need a hazer for the show, our smoke machine died",
        "smoke alarm installation & testing",
        "smoke alarms, not a haze machine",
    ),
    (
        "civil defence rejected the fire drawings again",
        "fire dancer & fire breathing act for events",
        "fire performance, not fire safety",
    ),
    (
        "need a walk-in cold room for the flowers",
        "cold water swimming club, sunrise dips at myrtleville",
        "cold water swimming, not refrigeration",
    ),
    (
        "need terracotta pots wholesale for the garden shop",
        "lobster pot builder, wire & wood",
        "lobster pots, not plant pots",
    ),
    (
        "sled track in the gym, need artificial turf laid",
        "turf laying for gardens, rolled lawn, cork",
        "natural lawn turf, not artificial gym turf",
    ),
    (
        "need someone to score our short film",
        "scoring & bracket software for martial arts tournaments",
        "tournament scoring, not music composition",
    ),
    (
        "need to pitch my doc to broadcasters, any tips",
        "pitch & putt course, group bookings",
        "golf, not a pitch",
    ),
    (
        "dog goes mental in the car",
        "mobile car valeting, pet hair removal",
        "cleans cars, does not fix a dog's anxiety",
    ),
    (
        "need carers who can drive",
        "driving instructor, intensive courses",
        "teaches driving, does not supply carers",
    ),
    (
        "need MEP drawings for a G+4",
        "MEP subcontractor looking for drawings to price from",
        "the offer is itself a need",
    ),
    (
        "need a colourist for our short film",
        "hair colourist, balayage & highlights",
        "hair colour, not film grading",
    ),
    (
        "need someone to help w pitch deck for film financing",
        "pitch & roll stabiliser fitting for fishing boats",
        "boat stabilisers, not a pitch deck",
    ),
]
