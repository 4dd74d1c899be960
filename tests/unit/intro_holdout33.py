"""The thirty-third hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: hospital procurement and clinical engineering
teams in Manchester; tailors and alterations shops in Naples (in English); ferry and water-taxi
operators in Vancouver; amateur astronomy clubs and small observatories in Tucson; sign-language
organisations and Deaf clubs in Stockholm (in English); skate parks and skate shops in Melbourne;
perfumers, candle makers and soap makers in Grasse (in English).

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 79 of 176 pairs (44.9 %) and 10 decoys of 80 with the
lexicon and matcher as the round on the thirty-second set began; 79 and 10 as it ended. Then
tuned on: 161 (91.5 %) and 3 decoys as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # hospital procurement, manchester: equipment servicing
    (
        "medical equipment servicing",
        "half our infusion pump fleet is overdue for PPM and the audit is next month",
        "we service & calibrate infusion pumps and syringe drivers on site, whole north west",
    ),
    (
        "sterilisation equipment repair",
        "csu autoclave down since tues, theatres r cancelling lists",
        "decontamination engineers - autoclave & washer disinfector repairs, 4hr response",
    ),
    (
        "medical gas testing",
        "need the annual medical gas pipeline verification done before the CQC visit",
        "AP(MGPS) authorised persons, pipeline testing + verification for nhs & private sites",
    ),
    # tailors, naples: machines and cloth
    (
        "sewing machine repair",
        "my juki industrial keeps skipping stitches on heavy wool",
        "i repair industrial sewing machines (juki, brother, pfaff), i come to your shop",
    ),
    (
        "suiting fabric supplier",
        "looking for super 130s wool by the metre, only small quantitys",
        "wholesale suiting cloth from italian & english mills, cut lengths from 3m",
    ),
    (
        "buttons",
        "need real horn buttons for a batch of 12 jackets, the plastic ones look cheap",
        "button maker - corozo and horn buttons, custom sizes & colours, small runs ok",
    ),
    (
        "pressing equipment repair",
        "steam boiler under the pressing table is leaking and tripping the fuse",
        "service & repair of steam irons, boilers and vacuum pressing tables for ateliers",
    ),
    # ferry operators, vancouver: engines and hulls
    (
        "marine engine repair",
        "starboard diesel on our water taxi overheats at idle, hot alarm every afternoon",
        "mobile marine mechanic, volvo penta & cummins, false creek / granville island",
    ),
    (
        "hull cleaning",
        "the boat feels slow and burns more fuel, bottom is covered in growth",
        "diver hull cleaning in vancouver harbour, props & shafts too, no haul-out needed",
    ),
    (
        "marine electronics",
        "radar on the bridge flickers and the chartplotter freezes every few trips",
        "marine electronics installs & repair - furuno, garmin, raymarine certified",
    ),
    # astronomy clubs, tucson: telescopes
    (
        "telescope mirror recoating",
        "our club's 14 inch dob mirror is filthy and the coating is flaking",
        "i clean, recoat and collimate telescope mirrors, newtonians & dobsonians",
    ),
    (
        "astro camera repair",
        "my cooled astro camera fogs up inside on cold nights, ruins every sub",
        "astro camera repair: desiccant recharge, sensor cleaning, TEC cooler fixes",
    ),
    (
        "precision machining",
        "need a custom adapter to get my camera onto an old 1.25 focuser, nothing off the shelf",
        "cnc machining of small parts, one-offs welcome, done lots of telescope adapters",
    ),
    # deaf organisations, stockholm: video and captions
    (
        "signed video production",
        "we want our annual report as a signed video with captions, not just a pdf",
        "video production for deaf organisations - signed content, captions, deaf-led crew",
    ),
    (
        "captioning",
        "our webinar recordings have no subtitles at all, members complain",
        "captioning & subtitling in swedish and english, srt files back within 48 hrs",
    ),
    (
        "livestreaming",
        "want to livestream our congress with the interpreter in a box in the corner",
        "livestream production, multi-camera, interpreter picture-in-picture + live captions",
    ),
    # skate parks, melbourne: concrete and builds
    (
        "skatepark concrete repair",
        "cracks in the bowl at our park keep catching wheels, kids are getting hurt",
        "skatepark concrete repairs - crack filling, patching & resurfacing across vic",
    ),
    (
        "skatepark design",
        "council wants a concept design for a new park in geelong by june",
        "skatepark design & construct, from community consultation to the final pour",
    ),
    (
        "timber ramp building",
        "want a mini ramp built inside the shop for demo days",
        "carpenter - i build timber mini ramps, boxes & rails to order",
    ),
    # perfumers, grasse: raw materials
    (
        "fragrance oil supplier",
        "need IFRA-certified fragrance oils in 1kg, not 25kg drums",
        "fragrance oil supplier, IFRA certs for every oil, orders from 500g",
    ),
    (
        "candle wax supplier",
        "my soy wax keeps frosting on top, want to try a different wax",
        "wax supplier - rapeseed, coconut & soy blends, free samples sent",
    ),
    (
        "essential oils",
        "need organic lavender oil from a farm i can actually trace",
        "lavender grower & distiller in valensole, organic, every batch traceable",
    ),
    # hospital procurement, manchester: waste and linen
    (
        "clinical waste collection",
        "clinical waste bins overflowing, our contractor keeps missing collections",
        "licensed clinical & sharps waste collection, weekly or on demand, greater manchester",
    ),
    (
        "healthcare laundry",
        "theatre scrubs keep vanishing and our laundry contract ends in march",
        "healthcare laundry - scrubs & linen rental with rfid tracking on every garment",
    ),
    (
        "medical equipment disposal",
        "old beds and monitors filling a whole corridor, need them gone properly",
        "we buy & recycle decommissioned medical equipment, WEEE paperwork provided",
    ),
    # tailors, naples: making and finishing
    (
        "embroidery",
        "client wants his monogram on 20 shirts by next week",
        "machine embroidery, monograms on shirts & cuffs, 3 day turnaround",
    ),
    (
        "pattern digitising",
        "need my paper patterns digitised for a small production run",
        "pattern cutter - i digitise and grade patterns in gerber or lectra",
    ),
    (
        "haberdashery supplier",
        "always running out of invisible zips in odd colours",
        "haberdashery wholesaler: ykk zips in 200 colours, thread, interfacing, next day",
    ),
    (
        "dry cleaning",
        "customers want suits cleaned before alterations and i have no machine",
        "dry cleaner with trade rates for tailors, pick up & drop off twice a week",
    ),
    # ferry operators, vancouver: crew and safety
    (
        "marine crew training",
        "new deckhands need SVOP and MED A3 before the summer season",
        "transport canada approved training - SVOP, MED A1/A3, weekend courses",
    ),
    (
        "lifejacket servicing",
        "annual check on our inflatable PFDs is due and nobody knows how",
        "we inspect & re-arm inflatable lifejackets, liferafts serviced too",
    ),
    (
        "safety management system",
        "TC inspector asked for our safety management system and we dont have one written",
        "i write safety management systems for small passenger vessel operators",
    ),
    # astronomy clubs, tucson: star parties
    (
        "event insurance",
        "hosting a public star party for 300 ppl, need liability cover for one night",
        "insurance for clubs & non-profits, event liability from a single night",
    ),
    (
        "portable toilets",
        "star party is out in the desert, there are no restrooms at all",
        "portable restroom rental, delivered to remote sites all over southern az",
    ),
    (
        "charter bus",
        "taking 40 kids up to kitt peak in april, need transport",
        "charter bus hire for school trips, 15 to 56 seats, tucson based",
    ),
    (
        "red flashlights",
        "visitors keep using white phone lights and wrecking everyone's night vision",
        "we make red LED flashlights in bulk, custom printed with your club logo",
    ),
    # deaf organisations, stockholm: premises
    (
        "visual fire alarms",
        "new office, our deaf staff can't hear the fire alarm",
        "visual fire alarm & strobe alert systems installed in workplaces",
    ),
    (
        "hall hire",
        "deaf club lost its room, need a bright place for 60 ppl once a month",
        "community hall for hire on södermalm, good light, cafe seating, evenings ok",
    ),
    (
        "hearing loop installation",
        "our hard of hearing members can't follow the talks in the hall",
        "induction loop installation & testing for halls and meeting rooms",
    ),
    # skate shops, melbourne: shop ops
    (
        "screen printing",
        "want 100 shop tees with our logo for the anniversary",
        "screen printer - tees & hoodies, min 24, two week turnaround, brunswick",
    ),
    (
        "ecommerce setup",
        "want to sell decks online but shopify confuses me",
        "shopify setup for small retailers, i build the store & load your stock",
    ),
    (
        "point of sale system",
        "the old till crashes every saturday and doesn't track stock",
        "point of sale for retail - stock tracking, lightspeed & square set up for you",
    ),
    (
        "graffiti removal",
        "someone tagged the entire shopfront overnight",
        "graffiti removal & anti-graffiti coating, same week service, melbourne wide",
    ),
    # perfumers, grasse: regulation
    (
        "cosmetic safety assessment",
        "want to sell my soaps in the EU, someone told me i need a CPSR",
        "cosmetic safety assessor, CPSR & product information file for small brands",
    ),
    (
        "clp labelling",
        "my candle labels need CLP warnings and i have no idea which ones",
        "CLP compliance for candles & diffusers - i tell you exactly what goes on the label",
    ),
    (
        "stability testing",
        "my body lotion separated after two months on the shelf",
        "cosmetic lab: stability & compatibility testing, we fix formulations too",
    ),
    # hospital procurement, manchester: estates
    (
        "water hygiene",
        "legionella sample came back positive on ward 12 showers",
        "water hygiene consultants - legionella risk assessment, flushing, remedial works",
    ),
    (
        "theatre ventilation",
        "theatre 3 failed its annual air change verification",
        "critical ventilation specialists, HTM 03-01 theatre validation and AHU repairs",
    ),
    (
        "pest control",
        "mice spotted in the main kitchen store again, 3rd time this year",
        "pest control for healthcare & food premises, discreet visits, audit-ready reports",
    ),
    (
        "wheelchair repair",
        "porters say half our wheelchairs have flat tyres or dodgy brakes",
        "mobile wheelchair repair van, we fix whole fleets on site at hospitals",
    ),
    # tailors, naples: running the shop
    (
        "online booking",
        "ppl keep phoning for fittings while i'm pinning, i can't pick up",
        "online booking for small shops - customers choose a slot, sms reminders sent",
    ),
    (
        "accountant",
        "my commercialista retired and i have nobody for the IVA return",
        "accountant for artisans & small shops in campania, partita iva, iva returns",
    ),
    (
        "website translation",
        "american tourists want to order online but my site is only in italian",
        "translator italian to english for shop websites & product descriptions",
    ),
    (
        "fashion photography",
        "want nice photos of my bespoke suits for instagram, phone pics look bad",
        "fashion photographer - product and on-model shoots for small ateliers",
    ),
    (
        "garment bags",
        "want branded garment bags to hand over with finished suits",
        "custom printed suit bags & garment covers, min order 50",
    ),
    # ferry operators, vancouver: docks and passengers
    (
        "dock repair",
        "floating dock has a rotten section right by the ramp",
        "marine construction - floating docks, pilings & gangway repairs",
    ),
    (
        "accessible boarding",
        "wheelchair users can't board at low tide, the ramp is way too steep",
        "we design accessible gangways and boarding lifts for ferries & water taxis",
    ),
    (
        "ticketing system",
        "still selling tickets out of a cash box on the dock",
        "ticketing & booking app for ferries and tours, QR tickets, tap to pay",
    ),
    (
        "marine upholstery",
        "passenger seats are cracked and held together with duct tape",
        "marine upholstery, vinyl seats & cushions remade, uv resistant",
    ),
    (
        "sewage pump-out",
        "holding tanks need emptying and the marina pump-out is always broken",
        "mobile pump-out boat, we empty sewage holding tanks right at your dock",
    ),
    (
        "marine fuel delivery",
        "line-ups at the fuel dock waste an hour of my day",
        "mobile marine fuel delivery, we fuel your vessel at its own berth",
    ),
    # astronomy clubs, tucson: observatory builds
    (
        "grant writing",
        "want to apply for a grant to build a roll-off roof observatory",
        "grant writer for science education non-profits - NSF, state & foundation grants",
    ),
    (
        "concrete pier pouring",
        "need a concrete pier poured for the new mount, 4ft deep",
        "small concrete jobs, piers, pads & footings, tucson and pima county",
    ),
    (
        "off-grid solar",
        "our dark site has no power for the mounts or the laptops",
        "off-grid solar kits for remote sites, batteries & inverters installed",
    ),
    (
        "rodent control",
        "packrats chewed right through the cables in our observatory shed",
        "rodent exclusion & pest control for sheds, outbuildings & remote cabins",
    ),
    (
        "trailer storage",
        "club telescope trailer needs somewhere secure to park between events",
        "rv & trailer storage, gated & covered spots, east tucson",
    ),
    # deaf organisations, stockholm: admin
    (
        "association accounting",
        "our association's books are a mess and the annual meeting is in 3 weeks",
        "accounting for ideella föreningar - annual accounts, audit prep, member fees",
    ),
    (
        "graphic design",
        "need a logo and a poster for the deaf culture festival",
        "graphic designer, posters, logos & festival branding",
    ),
    (
        "app development",
        "we want an app where members can book a sign language interpreter",
        "we build booking apps for small organisations, ios & android",
    ),
    (
        "eu funding applications",
        "looking for eu funding for a nordic deaf youth exchange",
        "eu funding consultant - erasmus+ youth applications written start to finish",
    ),
    (
        "flyer printing",
        "need 500 flyers for the festival by thursday",
        "print shop, flyers & posters, 24h turnaround, norrmalm",
    ),
    # skate parks, melbourne: safety and events
    (
        "public liability insurance",
        "need public liability for running a skate comp in june",
        "event insurance broker, action sports comps, clinics & demos",
    ),
    (
        "first aid training",
        "our coaches need first aid certs before the school clinics start",
        "first aid training HLTAID011, on site for groups, cbd & suburbs",
    ),
    (
        "sports lighting",
        "park shuts at dusk bc there's no lights, kids want to skate after school",
        "sports lighting installs - led floodlights for courts & skateparks",
    ),
    (
        "shade sails",
        "parents keep complaining there's zero shade at the park",
        "shade sails designed & installed for parks and playgrounds",
    ),
    (
        "cctv",
        "shop got broken into twice this year",
        "cctv & alarm installs for small shops, watch it from your phone",
    ),
    # perfumers, grasse: packaging
    (
        "perfume bottles",
        "looking for 50ml crimp neck perfume bottles, small order",
        "glass perfume bottles & atomisers, crimp and screw neck, from 100 units",
    ),
    (
        "packaging design",
        "my boxes look homemade next to the big houses on the shelf",
        "packaging designer for luxury & niche beauty brands",
    ),
    (
        "filling machine",
        "hand filling 2000 bottles a month, my wrists are done",
        "semi-automatic filling & crimping machines, sale or rental",
    ),
    (
        "product photography",
        "product photos on my site look flat and grey",
        "product photographer for perfume & cosmetics, glass and liquids a speciality",
    ),
    # hospital procurement, manchester: procurement itself
    (
        "tender writing",
        "first time bidding on an nhs framework, the ITT is 80 pages",
        "bid writer, ex nhs supply chain, i write tender responses for suppliers",
    ),
    (
        "e-procurement software",
        "pharmacy procurement still runs purchase orders off spreadsheets",
        "e-procurement platform for hospitals - catalogues, approvals, PO matching",
    ),
    (
        "spend analytics",
        "need to show the board where our money goes across 300 suppliers",
        "spend analytics for nhs procurement teams, we clean & categorise your PO data",
    ),
    (
        "engineering recruitment",
        "two clinical engineer vacancies open since october, nobody applies",
        "recruitment agency specialising in EBME & clinical engineering staff",
    ),
    (
        "fridge temperature monitoring",
        "vaccine fridge in the clinic went out of range overnight and nobody noticed",
        "wireless temperature monitoring for medical fridges, text alerts 24/7",
    ),
    (
        "defibrillator maintenance",
        "nobody knows if the pads in the outpatients AEDs are in date",
        "AED supply & maintenance contracts, we check pads and batteries quarterly",
    ),
    # tailors, naples: people and premises
    (
        "apprenticeships",
        "want to take on an apprentice but the paperwork scares me",
        "we place young people as apprentices with artisans and handle the contracts",
    ),
    (
        "shop lighting",
        "fitting room is too dark, clients can't see the real colour of the cloth",
        "shop lighting design, high CRI led so colours look true",
    ),
    (
        "garment shipping",
        "client in london wants his suit sent over, how do i ship it without creases",
        "courier for fashion, boxed garment shipping across europe, insured",
    ),
    (
        "leather supplier",
        "need soft nappa for jacket facings, only a few hides",
        "leather wholesaler in solofra, nappa & suede, single hides sold",
    ),
    (
        "laser cutting",
        "cutting 40 identical shirt collars by hand is killing me",
        "laser & cnc fabric cutting service, send the pattern file, we cut the batch",
    ),
    # ferry operators, vancouver: business side
    (
        "marine insurance",
        "insurance renewal on our passenger vessel came in 40% higher",
        "marine insurance broker for passenger vessels & charter boats in bc",
    ),
    (
        "seasonal payroll",
        "payroll for seasonal crew is eating all my weekends",
        "bookkeeping & payroll for tourism businesses with seasonal staff",
    ),
    (
        "tour marketing",
        "cruise ship passengers walk right past our kiosk on the seawall",
        "tourism marketing, we get your tours onto cruise excursion lists & viator",
    ),
    (
        "crew uniforms",
        "crew wear whatever they want, looks unprofessional to passengers",
        "branded workwear & uniforms - jackets, polos, embroidered logos, small runs",
    ),
    (
        "haul-out and refit",
        "our 40ft ferry needs a haul out and repaint before may",
        "boatyard with 50 ton travelift, haul-outs, bottom paint & refits, north van",
    ),
    # astronomy clubs, tucson: club running
    (
        "club website",
        "club website looks like 2009 and nobody remembers the password",
        "websites for clubs & non-profits, easy to edit yourself, event calendars",
    ),
    (
        "nonprofit tax filing",
        "our treasurer quit and the club still has to file its 990",
        "cpa for small non-profits, form 990 & year round bookkeeping",
    ),
    (
        "astrophotography processing",
        "my stacked images come out with awful gradients and green casts",
        "astro image processing - i fix your data & teach pixinsight one on one",
    ),
    (
        "dark sky lighting",
        "new car dealership across the road blasts light all night, wrecks our viewing",
        "dark sky lighting consultant, i help businesses switch to shielded fixtures",
    ),
    (
        "telescope mount repair",
        "our go-to mount slews then just stops, tracking is all over the place",
        "telescope mount repair & tuning, celestron, sky-watcher, losmandy, belts & gears",
    ),
    (
        "observatory dome repair",
        "the dome shutter jams half open when the monsoon wind picks up",
        "welder & fabricator, observatory domes and roll-off roofs repaired",
    ),
    (
        "planetarium show hire",
        "want a portable planetarium for the school science night",
        "inflatable planetarium dome, we bring it to schools & run the shows",
    ),
    # deaf organisations, stockholm: people and law
    (
        "accessible recruitment",
        "we need to hire a new manager and want the process to work in sign language",
        "recruitment consultancy - accessible hiring, interviews in sign language",
    ),
    (
        "employment law",
        "dispute with a staff member, need advice on swedish employment law",
        "employment lawyer for small employers & associations",
    ),
    (
        "stage lighting",
        "at our deaf theatre nights the audience can't see the signers hands",
        "stage lighting hire & tech, we light performers and sign interpreters properly",
    ),
    (
        "office wifi",
        "office wifi drops every video call, impossible for signing",
        "network installs for offices, we fix wifi dead spots & video call quality",
    ),
    (
        "sign language courses",
        "hearing staff at our office want to learn swedish sign language",
        "deaf teacher, swedish sign language courses at workplaces, beginners to level 3",
    ),
    (
        "accessible website",
        "our website fails accessibility checks and has no signed content",
        "web agency, WCAG audits & fixes, we embed sign language video on your pages",
    ),
    (
        "youth camp venue",
        "looking for somewhere for a 3 day deaf youth camp in august",
        "camp site in the archipelago for groups up to 80, cabins, kitchen, sauna",
    ),
    # skate shops, melbourne: brand and media
    (
        "skate filming",
        "need someone to film and edit our team's video part",
        "skate filmmaker, vx & hd, edits for shops & sponsors",
    ),
    (
        "custom decks",
        "want shop branded decks for our 10 year anniversary",
        "custom skateboard decks pressed in melbourne, your graphics, runs from 20",
    ),
    (
        "bookkeeping",
        "BAS is due and i haven't touched the books since march",
        "bookkeeper for small retailers, BAS lodgement & xero cleanup",
    ),
    (
        "sticker printing",
        "we go through thousands of stickers, the online printer takes a month",
        "local sticker printing, vinyl die-cut, 1000 stickers in 5 days",
    ),
    (
        "social media management",
        "our insta hasn't posted since christmas, no time",
        "social media manager for small shops, content and posting, monthly plans",
    ),
    (
        "skate coaching",
        "parents keep asking if we do lessons for kids",
        "accredited skate coach, kids lessons & school holiday programs",
    ),
    (
        "council grants",
        "want to run free girls skate nights but can't cover the costs",
        "grant writer for community sport - council & vic govt grants",
    ),
    # perfumers, grasse: selling
    (
        "trademark",
        "someone in lyon is using my brand name on candles",
        "ip lawyer, trademarks for small brands, oppositions & filings at EUIPO",
    ),
    (
        "export agent",
        "want to get my perfume into japanese department stores",
        "export agent for french niche perfumery into japan & korea",
    ),
    (
        "dangerous goods shipping",
        "carriers keep refusing my parcels bc the perfume has alcohol in it",
        "dangerous goods shipping for perfume & alcohol products, limited quantity compliant",
    ),
    (
        "wick testing",
        "my candles tunnel and leave half the wax in the jar",
        "candle consultant, wick testing & burn tests for your jar sizes",
    ),
    (
        "workshop rental",
        "need a small workshop with proper ventilation to pour candles",
        "artisan workshop to rent in grasse centre, extraction already fitted",
    ),
    (
        "perfume formulation",
        "i have the idea for a scent but can't make it smell right",
        "independent perfumer, i formulate bespoke fragrances for small brands",
    ),
    (
        "wholesale stockists",
        "want my soaps in more shops but no idea how to find stockists",
        "sales agent for artisan beauty, i place brands in concept stores & pharmacies",
    ),
    # hospital procurement, manchester: facilities and staff
    (
        "mattress decontamination",
        "pressure mattresses piling up waiting to be cleaned between patients",
        "pressure mattress decontamination & repair, collection from wards weekly",
    ),
    (
        "bed maintenance",
        "electric beds on ward 7 keep getting stuck in the high position",
        "hospital bed maintenance, all major makes, PPM contracts & breakdowns",
    ),
    (
        "staff car parking",
        "nurses are being ticketed in our car park every night shift",
        "parking management for hospitals, staff permits & fair enforcement",
    ),
    (
        "medical device training",
        "new ventilators arriving and none of the nurses have been trained on them",
        "clinical educators, device training for ward staff on new ventilators & pumps",
    ),
    (
        "interpreting",
        "patients in our renal unit keep turning up with no interpreter",
        "face to face & video interpreters for nhs clinics, 60 languages",
    ),
    (
        "clinical engineering software",
        "our asset register for 9000 devices is three excel files",
        "medical equipment management software, asset register & service history",
    ),
    # tailors, naples: customers
    (
        "wedding alterations",
        "bride came in with a dress 2 sizes too big, wedding in 10 days",
        "bridal alterations specialist, rush jobs taken, lace & beading repairs",
    ),
    (
        "invisible mending",
        "customer burnt a hole in the front of a cashmere coat, can it be saved",
        "invisible mending - reweaving holes & moth damage in wool & cashmere",
    ),
    (
        "shop insurance",
        "worried about what happens if a client's suit gets damaged here",
        "insurance for artisan shops, covers customers' goods on the premises",
    ),
    (
        "cloth storage",
        "moths got into my bolt of flannel, need somewhere better to keep stock",
        "climate controlled storage units, moth treated, for textiles & archives",
    ),
    (
        "card payments",
        "tourists keep asking to pay by card and i only take cash",
        "card terminals for small shops, low fees, set up same day",
    ),
    # ferry operators, vancouver: more operations
    (
        "propeller repair",
        "hit a log near english bay, now there's a vibration at speed",
        "propeller repair & balancing, bent blades straightened, quick turnaround",
    ),
    (
        "marine survey",
        "buying a second water taxi, want someone to check it over first",
        "accredited marine surveyor, pre-purchase & insurance surveys, lower mainland",
    ),
    (
        "moorage",
        "lost our berth when the marina was sold, need moorage for a 36ft boat",
        "commercial moorage available, north shore, 30 to 50ft slips, power & water",
    ),
    (
        "passenger counting",
        "TC wants proof we never go over our passenger limit",
        "passenger counting gates & boarding logs for small vessels, reports exported",
    ),
    (
        "fire suppression",
        "engine room fire system is past its inspection date",
        "marine fire suppression inspection & recharge, fm-200 & co2 systems",
    ),
    (
        "crew scheduling",
        "shift swaps between skippers are all done by text and stuff gets missed",
        "crew scheduling app for marine operators, tracks certs & hours of rest",
    ),
    # astronomy clubs, tucson: outreach
    (
        "event signage",
        "people get lost finding the observing field in the dark",
        "yard signs & reflective wayfinding signs printed fast, tucson",
    ),
    (
        "volunteer management",
        "we never know who's actually showing up to run the scopes at outreach",
        "volunteer scheduling software for non-profits, sign-ups & reminders",
    ),
    (
        "equipment appraisal",
        "a member's widow wants to donate his gear, need it valued for taxes",
        "appraiser of scientific instruments & telescopes, irs qualified appraisals",
    ),
    (
        "security cameras",
        "stuff stolen from the dark site but we can't put floodlights up",
        "security cameras w/ infrared, no visible light, solar powered, remote sites",
    ),
    (
        "optical cleaning",
        "eyepieces in the loaner kit are all smudged and fogged inside",
        "optics cleaning & repair, eyepieces, binoculars, refractors",
    ),
    (
        "pa system hire",
        "nobody at the back can hear the talk at the star party",
        "pa & sound system hire, battery powered speakers for outdoor events",
    ),
    # deaf organisations, stockholm: more
    (
        "video relay equipment",
        "the video phone in reception is ancient and keeps freezing",
        "video calling setups for deaf workplaces, screens, cameras & install",
    ),
    (
        "translation",
        "need our new statutes translated from swedish into english",
        "authorised translator swedish-english, legal & association documents",
    ),
    (
        "photography",
        "want proper photos from our 50th anniversary gala",
        "event photographer, stockholm, galas & conferences, photos in 48h",
    ),
    (
        "catering",
        "need food for 120 at the anniversary gala",
        "catering for events 20 to 300 guests, buffets & seated dinners",
    ),
    (
        "board training",
        "our new board doesn't know what a board is supposed to do",
        "trainer for association boards, roles, governance, running the annual meeting",
    ),
    (
        "bus hire",
        "taking 45 members to the deaf games in oslo",
        "coach hire with driver, scandinavia trips, 20 to 57 seats",
    ),
    # skate parks, melbourne: more
    (
        "skatepark maintenance",
        "rails at the park are rusty and a coping block has come loose",
        "skatepark maintenance contracts, coping, rails, welding & concrete touch-ups",
    ),
    (
        "event management",
        "want to run a big comp for 200 skaters but we've never done one",
        "action sports event manager, comps run start to finish, judges & mc sourced",
    ),
    (
        "skate shoe wholesale",
        "trying to stock shoes but the big brands won't open an account",
        "distributor for independent skate shoe brands, small shop accounts welcome",
    ),
    (
        "shop fitout",
        "new shop lease, bare concrete box, need walls & displays",
        "retail shop fitouts, deck walls, shelving & counters, melbourne",
    ),
    (
        "music licensing",
        "youtube keeps muting our edits because of the song",
        "music licensing for video, cleared tracks from local bands, cheap",
    ),
    (
        "lease advice",
        "landlord wants to double the rent on renewal, is that even allowed",
        "retail lease lawyer, negotiation & renewals for small shops",
    ),
    # perfumers, grasse: more
    (
        "soap molds",
        "need custom silicone soap molds with my logo",
        "custom silicone mould maker, logo stamps & soap moulds, small batches",
    ),
    (
        "gc-ms analysis",
        "need to know what's actually in this vintage perfume sample",
        "analytical lab, gc-ms analysis of fragrances & essential oils, reports in 5 days",
    ),
    (
        "diffuser reeds",
        "my reed diffusers stop smelling after a week",
        "diffuser base & fibre reed supplier, i help match the base to your oil",
    ),
    (
        "ecommerce translation",
        "my shopify store is only in french and i get english customers",
        "translator french-english for beauty brands, product pages & ingredient lists",
    ),
    (
        "gift box supplier",
        "want magnetic gift boxes for the christmas coffrets",
        "rigid & magnetic gift boxes, custom printed, from 200 pieces",
    ),
    (
        "allergen lists",
        "shop in germany wants the allergen list for each candle and i don't have it",
        "regulatory consultant, allergen declarations & SDS for fragrances and candles",
    ),
    (
        "market stall",
        "want to sell at the summer markets on the riviera",
        "organiser of artisan markets in nice, antibes & cannes, stalls available",
    ),
    # hospital procurement, manchester: more
    (
        "lift maintenance",
        "bed lift in block b broken again, porters taking patients the long way",
        "lift engineers, bed & passenger lifts, 24/7 callout for hospitals",
    ),
    (
        "catering equipment repair",
        "the walk-in fridge in the main kitchen keeps icing up",
        "commercial kitchen refrigeration repair, walk-ins & cold rooms, greater manchester",
    ),
    (
        "supplier onboarding",
        "takes us 3 months to set up a new supplier, clinicians are fuming",
        "procurement consultant, i redesign supplier onboarding for nhs trusts",
    ),
    (
        "courier",
        "pathology samples need to get between our two sites every hour",
        "medical courier, same day sample & specimen transport, UN3373 trained drivers",
    ),
    (
        "signage",
        "patients keep getting lost trying to find outpatients",
        "wayfinding signage design & install for hospitals and campuses",
    ),
    # tailors, naples: more
    (
        "shop website",
        "i have no website, people only find me by word of mouth",
        "web designer for artisans in naples, simple sites with map & whatsapp button",
    ),
    (
        "shirt cloth",
        "need italian cotton shirting in small rolls for made-to-measure",
        "shirting fabric merchant, albini & thomas mason, cut to order from 2m",
    ),
    (
        "odour removal",
        "the shop smells of smoke after the fire next door, all my stock too",
        "ozone & steam odour removal for shops, textiles treated on site",
    ),
    (
        "sewing machine supplier",
        "want a second-hand overlocker, mine died",
        "used industrial machines sold with warranty, overlockers & lockstitch",
    ),
    (
        "tailoring trimmings",
        "always short on interfacing and canvas for jacket fronts",
        "tailoring trimmings wholesaler: horsehair canvas, interfacing, linings",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "half our infusion pump fleet is overdue for PPM",
        "we sell new infusion pumps, trade-in deals on old fleets",
        "sells new pumps, doesn't service the existing ones",
    ),
    (
        "csu autoclave down since tues, theatres cancelling lists",
        "autoclave & decontamination training courses for dental nurses",
        "teaches staff, doesn't repair the machine",
    ),
    (
        "clinical waste bins overflowing, contractor keeps missing collections",
        "waste tracking software for hospitals, see every bin on a dashboard",
        "software to track waste, not anyone to collect it",
    ),
    (
        "mice spotted in the main kitchen store again",
        "mouse & keyboard bundles for offices, bulk pricing",
        "computer mice, not pest control",
    ),
    (
        "legionella sample came back positive on ward 12 showers",
        "water cooler rental for offices, bottles delivered weekly",
        "drinking water supply, not water hygiene",
    ),
    (
        "first time bidding on an nhs framework, the ITT is 80 pages",
        "tender alert service, we email you every new nhs contract notice",
        "finds tenders, doesn't write the bid",
    ),
    (
        "need to show the board where our money goes across 300 suppliers",
        "patient flow analytics, bed occupancy dashboards for trusts",
        "analytics of patients, not of procurement spend",
    ),
    (
        "vaccine fridge in the clinic went out of range overnight",
        "vaccine wholesaler, flu & travel vaccines delivered next day",
        "supplies vaccines, doesn't monitor the fridge",
    ),
    (
        "porters say half our wheelchairs have flat tyres or dodgy brakes",
        "wheelchair accessible taxis, hospital discharge runs",
        "transport for wheelchair users, not wheelchair repair",
    ),
    (
        "theatre 3 failed its annual air change verification",
        "theatre tickets & group bookings for staff nights out",
        "a playhouse, not an operating theatre",
    ),
    (
        "electric beds on ward 7 keep getting stuck in the high position",
        "bed & mattress shop, memory foam, free delivery",
        "sells home beds, doesn't maintain hospital beds",
    ),
    (
        "my juki industrial keeps skipping stitches on heavy wool",
        "sewing lessons for beginners, saturday mornings",
        "teaches sewing, doesn't fix the machine",
    ),
    (
        "need real horn buttons for a batch of 12 jackets",
        "button cell batteries wholesale, cr2032 and more",
        "batteries, not clothing buttons",
    ),
    (
        "steam boiler under the pressing table is leaking",
        "gas boiler servicing for homes, same week",
        "domestic heating boilers, not a pressing-table steam boiler",
    ),
    (
        "need my paper patterns digitised for a small production run",
        "digital marketing for fashion brands, ads & seo",
        "marketing, nothing to do with digitising patterns",
    ),
    (
        "looking for super 130s wool by the metre",
        "bespoke suits made to measure for grooms",
        "sells finished suits, not cloth to a tailor",
    ),
    (
        "bride came in with a dress 2 sizes too big, wedding in 10 days",
        "bridal boutique, new gowns from 900 euro",
        "sells new dresses, doesn't alter this one",
    ),
    (
        "want branded garment bags to hand over with finished suits",
        "luggage shop, suitcases & travel bags",
        "retail luggage, not custom printed garment covers",
    ),
    (
        "fitting room is too dark, clients can't see the real colour of the cloth",
        "fitting room curtains & mirrors for boutiques",
        "furnishes fitting rooms, doesn't fix the lighting",
    ),
    (
        "customer burnt a hole in a cashmere coat, can it be saved",
        "cashmere knitwear outlet, 40% off",
        "sells cashmere, doesn't repair it",
    ),
    (
        "ppl keep phoning for fittings while i'm pinning",
        "phone repair shop, screens replaced in an hour",
        "fixes phones, doesn't take bookings off you",
    ),
    (
        "tourists keep asking to pay by card and i only take cash",
        "business cards printed, 500 for 20 euro",
        "printed cards, not card payments",
    ),
    (
        "starboard diesel on our water taxi overheats at idle",
        "diesel fuel delivery to marinas",
        "delivers fuel, doesn't repair engines",
    ),
    (
        "new deckhands need SVOP and MED A3 before the season",
        "deckhand jobs board for bc marine industry",
        "recruitment listings, not certification training",
    ),
    (
        "the boat feels slow, bottom is covered in growth",
        "boat detailing, interior cleaning & topside polish",
        "cleans the topsides, not the hull below the waterline",
    ),
    (
        "insurance renewal on our passenger vessel came in 40% higher",
        "travel insurance for tourists visiting canada",
        "travel cover for individuals, not vessel insurance",
    ),
    (
        "annual check on our inflatable PFDs is due",
        "lifeguard certification courses at the aquatic centre",
        "pool lifeguard training, not servicing lifejackets",
    ),
    (
        "floating dock has a rotten section right by the ramp",
        "laptop docking stations & usb-c hubs",
        "computer docks, not a marine dock",
    ),
    (
        "radar on the bridge flickers and the chartplotter freezes",
        "radar speed signs for school zones",
        "road traffic signs, not marine radar repair",
    ),
    (
        "cruise ship passengers walk right past our kiosk",
        "cruise ship crew recruitment agency",
        "hires crew for cruise lines, doesn't market tours",
    ),
    (
        "holding tanks need emptying and the marina pump-out is always broken",
        "bilge pumps & impellers for sale",
        "sells pump parts, doesn't empty holding tanks",
    ),
    (
        "hit a log near english bay, now there's a vibration at speed",
        "log home builders, cedar cabins",
        "timber houses, not propeller repair",
    ),
    (
        "lost our berth when the marina was sold",
        "sleeper train berths to the rockies, book online",
        "train berths, not moorage",
    ),
    (
        "our club's 14 inch dob mirror is filthy and the coating is flaking",
        "bathroom mirrors & glass shower screens installed",
        "household mirrors, not telescope optics",
    ),
    (
        "car dealership across the road blasts light all night",
        "landscape lighting that makes your yard pop at night",
        "adds more light at night, the opposite of the need",
    ),
    (
        "hosting a public star party for 300 ppl, need liability cover",
        "party supplies & bouncy castle hire",
        "party equipment, not insurance",
    ),
    (
        "taking 40 kids up to kitt peak in april, need transport",
        "school bus driver training & cdl prep",
        "trains drivers, doesn't provide a bus",
    ),
    (
        "my stacked images come out with awful gradients",
        "feature walls painted, ombre & gradient effects",
        "painting gradients on walls, not fixing astrophotos",
    ),
    (
        "need a concrete pier poured for the new mount",
        "fishing pier charters, rocky point day trips",
        "a fishing pier, not a telescope pier",
    ),
    (
        "packrats chewed right through the cables in our observatory shed",
        "cable tv & internet installs",
        "installs cables, doesn't stop rodents",
    ),
    (
        "my cooled astro camera fogs up inside on cold nights",
        "security camera installs for homes",
        "cctv installs, not astro camera repair",
    ),
    (
        "our treasurer quit and the club still has to file its 990",
        "tax prep for individuals, 1040s only",
        "individual returns, not non-profit filings",
    ),
    (
        "our go-to mount slews then just stops",
        "horse tack & saddlery, mounting blocks",
        "horse mounts, not telescope mounts",
    ),
    (
        "want a portable planetarium for the school science night",
        "science fair judging volunteers wanted",
        "a request for volunteers, not a planetarium",
    ),
    (
        "we want our annual report as a signed video with captions",
        "annual report printing, glossy, 1000 copies",
        "prints a pdf, the need is a signed video",
    ),
    (
        "our webinar recordings have no subtitles at all",
        "webinar platform licences, up to 500 attendees",
        "a platform, not captioning",
    ),
    (
        "new office, our deaf staff can't hear the fire alarm",
        "fire extinguisher servicing & refills",
        "extinguishers, not visual alarms",
    ),
    (
        "deaf club lost its room, need a bright place for 60 ppl",
        "escape room for team building, up to 8 players",
        "a game room for small teams, not a hall",
    ),
    (
        "our hard of hearing members can't follow the talks in the hall",
        "free hearing tests at our pharmacy",
        "tests hearing, doesn't install a loop",
    ),
    (
        "hearing staff at our office want to learn swedish sign language",
        "shop signs & lightboxes made to order",
        "physical signage, not sign language",
    ),
    (
        "want to livestream our congress with the interpreter in a box",
        "stream restoration & river ecology consultants",
        "rivers, not video streaming",
    ),
    (
        "looking for eu funding for a nordic deaf youth exchange",
        "student rooms for erasmus students in uppsala",
        "accommodation for exchange students, not funding applications",
    ),
    (
        "at our deaf theatre nights the audience can't see the signers hands",
        "stage school for kids, drama & dance",
        "teaches children acting, not lighting",
    ),
    (
        "need our new statutes translated from swedish into english",
        "swedish lessons for newcomers, evening classes",
        "teaches the language, doesn't translate documents",
    ),
    (
        "office wifi drops every video call, impossible for signing",
        "video editing for youtubers",
        "edits videos, doesn't fix the network",
    ),
    (
        "taking 45 members to the deaf games in oslo",
        "sports games & tournament brackets software",
        "software for running games, not a coach to oslo",
    ),
    (
        "cracks in the bowl at our park keep catching wheels",
        "kintsugi workshops, repair your cracked bowls with gold",
        "ceramic bowls, not a concrete skate bowl",
    ),
    (
        "need public liability for running a skate comp",
        "car insurance for young drivers",
        "motor insurance, not event liability",
    ),
    (
        "someone tagged the entire shopfront overnight",
        "graffiti art workshops for teens",
        "teaches graffiti, doesn't remove it",
    ),
    (
        "our coaches need first aid certs before the school clinics",
        "first aid kits wholesale, workplace & sports kits",
        "sells kits, doesn't certify anyone",
    ),
    (
        "park shuts at dusk bc there's no lights",
        "light-up skate wheels wholesale",
        "glowing wheels, not park floodlights",
    ),
    (
        "want a mini ramp built inside the shop for demo days",
        "wheelchair ramp hire for events",
        "access ramps, not a skate ramp",
    ),
    (
        "want shop branded decks for our 10 year anniversary",
        "decking & pergola builders, merbau and composite",
        "backyard decking, not skateboard decks",
    ),
    (
        "the old till crashes every saturday",
        "garden rotary tilling & soil prep",
        "tilling soil, not a shop till",
    ),
    (
        "parents keep complaining there's zero shade at the park",
        "lampshade making workshops",
        "lampshades, not shade structures",
    ),
    (
        "want 100 shop tees with our logo",
        "t-shirt quilts made from your old tees",
        "sews quilts from shirts, doesn't print tees",
    ),
    (
        "youtube keeps muting our edits because of the song",
        "guitar lessons, all ages",
        "teaches music, doesn't license tracks",
    ),
    (
        "need IFRA-certified fragrance oils in 1kg",
        "fragrance-free skincare brand looking for stockists",
        "sells unscented products, not fragrance oils",
    ),
    (
        "my soy wax keeps frosting on top",
        "waxing & brow salon, walk-ins welcome",
        "hair removal, not candle wax",
    ),
    (
        "my candle labels need CLP warnings and i have no idea which ones",
        "label printer, roll labels from 100",
        "prints labels but can't say which warnings are required",
    ),
    (
        "looking for 50ml crimp neck perfume bottles",
        "wine bottles & corks wholesale for vineyards",
        "wine bottles, not perfume bottles",
    ),
    (
        "my body lotion separated after two months on the shelf",
        "mediator for couples going through a separation",
        "divorce mediation, not emulsion testing",
    ),
    (
        "someone in lyon is using my brand name on candles",
        "trade show stand design & build",
        "exhibition stands, not trademark law",
    ),
    (
        "carriers keep refusing my parcels bc the perfume has alcohol in it",
        "niche perfume boutique, 200 brands in stock",
        "a shop selling perfume, not a shipper",
    ),
    (
        "need organic lavender oil from a farm i can trace",
        "lavender field photo tours, sunrise in valensole",
        "tours of the fields, not oil supply",
    ),
    (
        "my candles tunnel and leave half the wax in the jar",
        "tunnel car wash franchise opportunities",
        "car washes, not candle burn testing",
    ),
    (
        "need a small workshop with proper ventilation to pour candles",
        "kitchen extraction cleaning for restaurants",
        "cleans ducts, doesn't rent a workshop",
    ),
    (
        "want to get my perfume into japanese department stores",
        "japanese lessons online, jlpt prep",
        "language classes, not export",
    ),
    (
        "want to sell my soaps in the EU, someone told me i need a CPSR",
        "CSR reports & sustainability strategy for corporates",
        "corporate social responsibility, not a cosmetic safety report",
    ),
    (
        "hand filling 2000 bottles a month, my wrists are done",
        "wrist & hand physio, sports injuries",
        "treats the wrists, doesn't automate the filling",
    ),
]
