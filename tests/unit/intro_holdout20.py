"""The twentieth hold-out set: written blind, by someone who never saw the matcher or its lexicon.

Drawn from seven events: an evening for independent bookshops, cafés and high-street retailers in
Edinburgh; a meetup of dentists', opticians' and vets' practice owners in Manchester; a breakfast
for logistics, trucking and warehouse operators in Rotterdam (held in English); a mixer for
tourism, hotels and tour operators in Lisbon (in English); a lunch for solo lawyers, accountants
and financial advisers in Chicago; a gathering of craft brewers, distillers and winemakers in
Adelaide; and an evening for edtech founders, tutors and after-school clubs in Bangalore (in
English). The events are mixed through the set rather than kept in blocks.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 66 of 180 pairs (36.7 %) and 14 decoys of 81 with the
lexicon and matcher as the rounds on the seventeenth to nineteenth sets began; 67 and 14 after
each of them. Then tuned on: 155 (86.1 %) and 1 decoy as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # premises, damp, pests and fit-out
    (
        "damp and mould",
        "reviews all mention the musty smell in the back room",
        "damp & mould surveys for old stone shops, edinburgh + lothians, first visit free",
    ),
    (
        "damp and mould",
        "black spots keep coming back on the basement wall every winter, tenement unit",
        "i fix condensation & rising damp in listed buildings - ventilation, tanking, written "
        "reports for your landlord",
    ),
    (
        "damp and mould",
        "books in the cellar go wavy n smell funny, is that damp?? who do i even call",
        "damp proofing specialist, PCA qualified, done loads of old town & leith shops",
    ),
    (
        "shop shelving and fit-out",
        "need new shelving, the old units are bowing under the hardbacks",
        "shopfitter - bespoke timber shelving, counters & display tables, edinburgh",
    ),
    (
        "shop shelving and fit-out",
        "want to redo the shop interior on a tight budget, shelves counter lighting the lot",
        "small shop fit outs from £3k, joinery + sparky in one team, we work nights so you stay "
        "open",
    ),
    (
        "pest control",
        "found mouse droppings behind the counter this morning, cafe, pls help",
        "pest control for cafes & food businesses, same day callout, unmarked van",
    ),
    (
        "pest control",
        "moths in the wool and knitwear section!!",
        "clothes moth & carpet beetle treatments for retail and museums, monitoring traps + heat "
        "treatment",
    ),
    (
        "pest control",
        "rats in the bins out back of the hotel, guests noticed",
        "controlo de pragas - pest control lisbon, hotels & restaurants, monthly contracts",
    ),
    (
        "energy bills",
        "electricity bill for the cafe tripled since the contract ended",
        "business energy broker - i find you a fixed tariff, free to you, edinburgh based",
    ),
    (
        "energy bills",
        "cold stores eating all our power, costs are insane",
        "energy audits for warehouses & cold stores - LED, solar, refrigeration efficiency, avg "
        "20% saving",
    ),
    # equipment that breaks
    (
        "espresso machine repair",
        "la marzocco keeps tripping the fuse mid rush, need someone asap",
        "espresso machine engineer, all brands, same day callout in edinburgh",
    ),
    (
        "espresso machine repair",
        "group head leaking + steam wand weak as anything",
        "coffee machine servicing & descaling, fixed price £95 plus parts",
    ),
    (
        "espresso machine repair",
        "our grinder and machine are both playing up, who services these round here?",
        "barista equipment repairs - machines, grinders, water filters. 10 yrs w/ fife & "
        "edinburgh cafes",
    ),
    (
        "fermentation temperature control",
        "tank temps all over the place during ferment",
        "glycol chiller install & servicing for breweries and wineries across SA",
    ),
    (
        "fermentation temperature control",
        "chiller cant keep up in summer, ferments running hot",
        "refrigeration engineer - glycol system sizing and upgrades, brewery specialist",
    ),
    (
        "fermentation temperature control",
        "whites fermenting too warm, we're losing the aromatics",
        "winery temp control: jacket retrofits on tanks, new controllers, chiller service",
    ),
    (
        "x-ray compliance",
        "x ray unit needs its 3 yearly check and we dont have an RPA",
        "radiation protection adviser for dental & vet xray - critical examinations, QA, local "
        "rules",
    ),
    (
        "x-ray compliance",
        "new CBCT going in next month, what paperwork do we need??",
        "RPA services: critical exam, radiation risk assessment & local rules for new x-ray kit",
    ),
    (
        "trailer repair",
        "trailers sit for weeks waiting for repairs",
        "mobile trailer repair - brakes, lights, curtains, floors. we come to your yard",
    ),
    (
        "trailer repair",
        "curtainsider ripped and a broken tail light, need it fixed before monday",
        "trailer workshop rotterdam-waalhaven, quick repairs, APK keuring too",
    ),
    # stock, systems and software
    (
        "till and stock system",
        "till crashes every saturday and stock counts never match",
        "EPOS setup for indie retailers - square, lightspeed, stock sync w/ your website",
    ),
    (
        "till and stock system",
        "need a proper pos system that talks to our shopify",
        "i set up point of sale + inventory for small shops, shopify pos & vend",
    ),
    (
        "till and stock system",
        "still doing stock on paper tbh, 40k titles",
        "bookshop stock & till systems (batch, gardners feed) - install + staff training",
    ),
    (
        "warehouse management system",
        "pickers walking all over the warehouse, orders going out late",
        "WMS implementation & slotting optimisation for 3PL warehouses",
    ),
    (
        "warehouse management system",
        "still running the warehouse on excel tbh",
        "warehouse management system for mid size sites - barcode scanning, live stock, from "
        "€400/mo",
    ),
    (
        "warehouse management system",
        "inventory never matches, cycle counts are a nightmare",
        "i implement WMS + RF scanning, 20+ go-lives in benelux",
    ),
    (
        "practice software migration",
        "moving off our old practice software, terrified of losing records",
        "data migration between dental practice management systems - SOE, R4, dentally",
    ),
    (
        "practice software migration",
        "need to switch PMS, has anyone survived it",
        "i manage practice software changeovers for opticians - data, training, go-live day",
    ),
    (
        "hotel channel manager",
        "got double booked on booking and airbnb again",
        "channel manager setup - sync booking.com, airbnb & expedia in real time",
    ),
    (
        "hotel channel manager",
        "keep overbooking rooms, small hotel 18 rooms, all manual",
        "PMS + channel manager for boutique hotels, live in a week, portuguese & english support",
    ),
    (
        "law practice management",
        "drowning in paper files and post-its",
        "clio certified consultant - setup, document templates, billing",
    ),
    (
        "law practice management",
        "billing takes me a whole weekend every month",
        "i set up time tracking + invoicing for small law offices, clio / mycase / "
        "practicepanther",
    ),
    (
        "tuition app and LMS",
        "zoom classes are chaos, attendance and homework all over the place",
        "LMS for tutors: live classes, attendance, assignments, app w/ your brand",
    ),
    (
        "tuition app and LMS",
        "want my own app for my coaching classes",
        "white label edtech app - videos, tests, payments, launch in 2 weeks",
    ),
    (
        "tuition app and LMS",
        "kids submit homework on 3 diff whatsapp groups, cant track anything",
        "classroom platform for tuition centres, homework + marks + parent view, ₹50/student/mo",
    ),
    # staffing, hiring and cover
    (
        "truck driver retention",
        "drivers keep quitting after 3 months",
        "driver retention consulting for trucking firms - exit interviews, pay & roster redesign",
    ),
    (
        "truck driver retention",
        "cant keep chauffeurs, turnover is crazy, what are others doing?",
        "i help transport companies keep their drivers: onboarding, rosters, home time planning",
    ),
    (
        "truck driver retention",
        "lost 6 drivers to the competitor this year",
        "HR for haulage - driver engagement surveys, career paths, retention bonuses that "
        "actually work",
    ),
    (
        "truck driver recruitment",
        "need 10 CE drivers for the new contract asap",
        "recruitment for truck drivers, CE + code 95, from poland, romania & NL",
    ),
    (
        "truck driver recruitment",
        "nobody applies to our driver vacancies anymore",
        "we recruit & relocate professional drivers from eastern europe, housing arranged",
    ),
    (
        "warehouse temp staff",
        "peak season coming, need 30 extra pickers for november",
        "uitzendbureau for logistics - order pickers, packers, reachtruck drivers at short notice",
    ),
    (
        "warehouse temp staff",
        "need weekend warehouse staff, regulars wont do saturdays",
        "flex staffing for warehouses, EU workers w/ housing, min 1 week booking",
    ),
    (
        "dental nurse recruitment",
        "cant find a qualified dental nurse for love nor money",
        "dental recruitment agency - nurses, hygienists & receptionists across greater manchester",
    ),
    (
        "dental nurse recruitment",
        "2 nurses leaving in june, need replacements",
        "i place GDC registered dental nurses, temp or perm, usually within 2 weeks",
    ),
    (
        "locum vet cover",
        "need locum cover for 3 weeks while our vet is on mat leave",
        "locum vet, small animal, RCVS registered, free from may, manchester & cheshire",
    ),
    (
        "locum vet cover",
        "our only vet is burning out, need someone for weekends",
        "veterinary locum agency - vets & RVNs for weekend and OOH shifts",
    ),
    (
        "locum optometrist",
        "optom off sick for a month and tests booked solid",
        "locum optometrist, GOC registered, high street + domiciliary, can start next week",
    ),
    (
        "locum optometrist",
        "need cover for saturday clinics",
        "optometrist doing locum days around stockport and south manchester",
    ),
    (
        "seasonal tax preparer",
        "tax season overflow, need a preparer feb to april",
        "EA, seasonal contract tax preparer, 1040s & schedule C, remote ok",
    ),
    (
        "seasonal tax preparer",
        "too many returns, not enough hours, every single spring",
        "white label tax prep for CPA firms - we prepare, you review & sign",
    ),
    (
        "cellar door staff",
        "cellar door slammed on weekends, need casuals who know wine",
        "hospitality recruitment barossa / mclaren vale - cellar door & tasting room staff",
    ),
    (
        "cellar door staff",
        "need 2 weekend pourers for the cellar door over vintage",
        "casual hospitality staff agency, RSA certified & wine trained, all SA wine regions",
    ),
    (
        "cellar door sales training",
        "tasting room staff pour and chat but people leave w/o buying",
        "cellar door sales training - turn tastings into bottle sales & wine club signups",
    ),
    (
        "cellar door sales training",
        "wine club signups basically zero at the cellar door",
        "i coach tasting room teams on selling, scripts + incentives, adelaide hills & barossa",
    ),
    (
        "tutor hiring",
        "need 5 maths tutors for class 8-10, cbse",
        "tutor placement agency bangalore, verified maths & science teachers",
    ),
    (
        "tutor hiring",
        "teachers keep leaving mid term and batches get cancelled",
        "we supply trained part time tutors to coaching centres, replacement within 48 hrs",
    ),
    (
        "hotel housekeeping staff",
        "3 housekeepers quit before summer, rooms not ready for check in",
        "recrutamento hotelaria - housekeeping & reception staff for lisbon hotels, seasonal or "
        "perm",
    ),
    (
        "hotel housekeeping staff",
        "need extra room attendants for july and august",
        "outsourced housekeeping teams for hotels & AL, we bring cleaners + supervisor",
    ),
    # inspections, licences and compliance
    (
        "CQC inspection prep",
        "CQC inspection coming up and our policies are a mess",
        "CQC compliance consultant for dental practices - mock inspections, policy packs",
    ),
    (
        "CQC inspection prep",
        "got requires improvement last time, really dont want that again",
        "i help dental practices prep for cqc, ex-inspector, clear action plans",
    ),
    (
        "forklift training",
        "need a fork lift trainer for the new guys",
        "forklift & reach truck training, certified, at your warehouse, NL + EN",
    ),
    (
        "forklift training",
        "half the team never had a proper heftruck certificaat",
        "heftruck certificering - we train & test on site, english or dutch",
    ),
    (
        "forklift training",
        "near miss w/ a reach truck last week, want refresher training for everyone",
        "materials handling safety trainer - forklift refresher courses + incident review",
    ),
    (
        "racking inspection",
        "racking got hit by a truck, is it still safe?",
        "pallet racking inspections & repairs, NEN-EN 15635 certified inspectors",
    ),
    (
        "racking inspection",
        "insurer wants a yearly rack inspection report",
        "rack inspector - annual inspections, damage reports, fast repairs",
    ),
    (
        "tachograph compliance",
        "got fined at a roadside check for tacho infringements",
        "tachograph analysis & drivers hours compliance - monthly reports, driver training",
    ),
    (
        "tachograph compliance",
        "who downloads and checks our tacho data? we just dont",
        "tacho download service + infringement reports for fleets of 5-200 trucks",
    ),
    (
        "holiday let licence",
        "want to open 4 holiday flats, what licence do i need?",
        "AL licensing consultant - registo, câmara paperwork, fire safety plan, lisbon",
    ),
    (
        "holiday let licence",
        "câmara rejected our alojamento local application, now what",
        "i handle alojamento local licences & appeals, lawyer, english spoken",
    ),
    (
        "RIA compliance",
        "just registered as an RIA, SEC exam stuff freaks me out",
        "outsourced CCO services for small RIAs - mock exams, ADV updates",
    ),
    (
        "RIA compliance",
        "need help w/ my form ADV and a compliance manual",
        "RIA compliance consultant, ex-SEC examiner, flat fee",
    ),
    (
        "alcohol label compliance",
        "label got knocked back for missing the pregnancy warning",
        "alcohol label compliance review to FSANZ standards, fast turnaround",
    ),
    (
        "alcohol label compliance",
        "not sure our standard drinks statement on the can is right",
        "i check wine, beer & spirits labels for australian labelling rules before you print",
    ),
    (
        "staff background checks",
        "parents asking if our coaches are background checked",
        "employee background verification - police verification & references, 3 day TAT",
    ),
    (
        "staff background checks",
        "school partnership needs police verification for all staff first",
        "BGV for schools and edtech - criminal record, address, education checks",
    ),
    (
        "child safeguarding policy",
        "school wants a child protection policy before they let us run the club",
        "child safeguarding trainer, POCSO compliance, policies for after school programmes",
    ),
    (
        "child safeguarding policy",
        "no idea what to do if a kid tells a tutor something worrying",
        "safeguarding training for tutors & coaches, reporting procedures, bangalore & online",
    ),
    (
        "food hygiene rating",
        "EHO visit next month, our hygiene rating was a 3 last time",
        "food safety consultant - HACCP, allergen records, EHO prep for cafes",
    ),
    (
        "food hygiene rating",
        "need a food safety plan for the new cafe corner in the bookshop",
        "HACCP & food hygiene for small cafes in scotland, written plans + staff level 2 training",
    ),
    # waste, safety and security
    (
        "clinical waste collection",
        "our clinical waste collection keeps being missed",
        "clinical & sharps waste collection for surgeries, amalgam and x-ray fluid too",
    ),
    (
        "clinical waste collection",
        "need someone to take amalgam and sharps bins off our hands",
        "licensed healthcare waste carrier, fixed monthly price for dental & vet practices",
    ),
    (
        "shoplifting",
        "losing loads of stock to shoplifting, esp the gift section",
        "retail security: tags, cctv, staff training on theft, small shops welcome",
    ),
    (
        "shoplifting",
        "someones walking out w/ stuff every week and we cant catch them",
        "loss prevention consultant, ex-boots, cctv audits + layout changes to cut theft",
    ),
    (
        "cybersecurity for small firms",
        "a colleague got hit w/ ransomware, am i next?",
        "IT security for small professional firms - backups, MFA, phishing training",
    ),
    (
        "cybersecurity for small firms",
        "clients email me tax docs unencrypted, feels risky",
        "secure client portals & email encryption for accountants, WISP written for you",
    ),
    (
        "cold chain monitoring",
        "pharma client wants temp logs for every pallet",
        "cold chain monitoring - wireless temp loggers, GDP compliant reports",
    ),
    (
        "cold chain monitoring",
        "reefer alarms go off at night and nobody sees them",
        "remote temperature monitoring for reefers & cold stores, sms alerts 24/7",
    ),
    (
        "professional liability insurance",
        "going solo in june, need malpractice coverage",
        "lawyers professional liability insurance broker - solos & small firms, illinois",
    ),
    (
        "professional liability insurance",
        "E&O renewal doubled, shopping around",
        "i place E&O for CPAs & financial advisors, quotes from 8 carriers",
    ),
    (
        "tour operator insurance",
        "kayak tours, need liability insurance that actually covers guests",
        "insurance broker for tour operators & activity companies, public liability + accident",
    ),
    (
        "tour operator insurance",
        "what insurance does a tour company legally need in portugal?",
        "seguros for turismo - RC & personal accident policies for RNAAT registered operators",
    ),
    # money, tax and finance
    (
        "bookkeeping",
        "receipts in a shoebox, year end in 2 weeks",
        "bookkeeper for small shops, xero, VAT returns, edinburgh",
    ),
    (
        "bookkeeping",
        "no idea if the cafe actually makes money tbh",
        "i do monthly management accounts for cafes & restaurants, simple P&L you can read",
    ),
    (
        "payroll",
        "payroll for 12 staff takes me 2 days every month",
        "payroll bureau - PAYE, pension auto enrolment, from £5 per employee",
    ),
    (
        "payroll",
        "messed up holiday pay for the part timers again",
        "payroll & HR support for small practices, holiday pay calcs, contracts",
    ),
    (
        "equipment finance",
        "need finance for a new OCT machine",
        "equipment finance for opticians & dentists, leasing or hire purchase",
    ),
    (
        "equipment finance",
        "want 2 new trucks but bank said no",
        "truck & trailer leasing, lease purchase, also for young companies",
    ),
    (
        "equipment finance",
        "need funding for a new brewhouse, 10hl",
        "equipment finance for breweries & wineries - tanks, brewhouses, canning lines",
    ),
    (
        "business rates appeal",
        "rates bill went up 40% after the revaluation, can we challenge it",
        "business rates appeals for scottish shops, no win no fee",
    ),
    (
        "business rates appeal",
        "paying way too much in rates for a tiny unit i think",
        "rating surveyor - i check your valuation and handle the appeal with the assessor",
    ),
    (
        "excise duty",
        "excise return every month confuses me",
        "excise & WET accountant for craft brewers and distillers",
    ),
    (
        "excise duty",
        "distillery here, is there some excise refund for small producers?",
        "i help distillers & brewers claim the excise remission scheme, plus ATO licensing",
    ),
    (
        "trust account compliance",
        "terrified of messing up my IOLTA account",
        "trust accounting for solo attorneys, monthly three way reconciliation",
    ),
    (
        "trust account compliance",
        "client funds reconciliation - ARDC audit keeps me up at night",
        "bookkeeper for law firms, IOLTA compliance, clio + quickbooks",
    ),
    (
        "fee collection",
        "parents pay fees late every month, chasing them on whatsapp",
        "fee management app for tuition centres - UPI links, auto reminders",
    ),
    (
        "fee collection",
        "collecting fees in cash is a total headache",
        "online fee collection & receipts for coaching classes, razorpay integration",
    ),
    # buying and selling a practice
    (
        "selling a clinical practice",
        "thinking of selling the practice in a couple of yrs, what's it worth?",
        "dental practice valuations & sales, specialist broker, confidential",
    ),
    (
        "selling a clinical practice",
        "want to retire, who even buys independent opticians?",
        "i broker sales of independent optometry practices, valuation to completion",
    ),
    (
        "selling a clinical practice",
        "vet practice owner, corporates keep calling w/ offers, is it fair?",
        "independent advice for vets selling to corporates - valuation + negotiation",
    ),
    (
        "succession for solo professionals",
        "if i get hit by a bus my clients are stranded, no plan",
        "succession planning for solo attorneys - designated successor agreements",
    ),
    (
        "succession for solo professionals",
        "want to sell my book of business in about 5 yrs",
        "i help financial advisors plan succession & sell their practice, valuations included",
    ),
    (
        "succession for solo professionals",
        "aging CPA here, who buys small tax practices?",
        "accounting practice broker, midwest, free valuation",
    ),
    # customers, reviews and marketing
    (
        "patient no-shows",
        "half our patients no-show on mondays",
        "automated sms & whatsapp appointment reminders for dental and optometry practices",
    ),
    (
        "patient no-shows",
        "DNAs killing us, 15 a week easy",
        "patient reminder + online booking software, cuts no shows by a third, 30 day trial",
    ),
    (
        "patient no-shows",
        "vets here - clients forget booster appts constantly",
        "i build reminder & recall systems for vet practices, text + email, works w/ rxworks",
    ),
    (
        "online reviews",
        "google reviews mostly 1 star from one angry client, help",
        "online reputation for clinics - review requests, replies, fake review removal",
    ),
    (
        "online reviews",
        "we have 12 reviews, the competitor down the road has 400",
        "i help practices get more google reviews, automatic asks after each appointment",
    ),
    (
        "guest review replies",
        "tripadvisor reviews piling up unanswered",
        "i write replies to your guest reviews, EN PT ES FR, €2 per review",
    ),
    (
        "guest review replies",
        "got a nasty review about noise, dont know how to reply w/o making it worse",
        "guest review management for hotels - replies + monthly sentiment report",
    ),
    (
        "shop window display",
        "window looks dead, foot traffic walks right past",
        "visual merchandiser - window displays for indie shops, seasonal changes from £150",
    ),
    (
        "shop window display",
        "need someone to dress our christmas window",
        "freelance window dresser & props maker, did department store windows for years",
    ),
    (
        "author events",
        "want to run more author events but how do you get authors in",
        "publicist w/ scottish publishers - i book authors for shop events & launches",
    ),
    (
        "author events",
        "how do other bookshops get big names for signings?",
        "author tour coordinator, i place touring authors in indie bookshops across scotland",
    ),
    (
        "shop social media",
        "instagram for the shop is dead, posting feels pointless",
        "social media manager for indie shops - reels, 3 posts a week, £300/mo",
    ),
    (
        "shop social media",
        "idk what to post on tiktok, we're a bookshop not a brand",
        "booktok & bookstagram content for bookshops, i film in store & post for you",
    ),
    (
        "selling books online",
        "want to sell books online too but dont know where to start",
        "shopify stores for independent bookshops, integrates w/ bookshop.org & gardners",
    ),
    (
        "selling books online",
        "customers keep asking if they can order from us online",
        "ecommerce for indie shops - website, click & collect, stock feed straight from your till",
    ),
    (
        "hotel direct bookings",
        "paying 18% commission to booking.com on everything",
        "direct booking websites for hotels - booking engine + google hotel ads",
    ),
    (
        "hotel direct bookings",
        "how do i get guests to book direct instead of the OTAs?",
        "hotel marketing: direct booking strategy, email to past guests, metasearch",
    ),
    (
        "hotel revenue management",
        "full in summer, empty nov-feb, pricing is pure guesswork",
        "revenue manager for independent hotels - dynamic pricing & forecasting, remote",
    ),
    (
        "hotel revenue management",
        "not sure if our room rates are too low",
        "i do rate audits & revenue strategy for guesthouses in lisbon & porto",
    ),
    (
        "hotel photography",
        "our listing photos are from 2012 and it shows",
        "hotel & interiors photographer, lisbon, drone shots too",
    ),
    (
        "hotel photography",
        "need new pics of the rooms for the website",
        "architecture + hospitality photography, half day shoot €450",
    ),
    (
        "law firm marketing",
        "nobody finds me on google for divorce lawyer naperville",
        "SEO for solo lawyers - local search & google business profile",
    ),
    (
        "law firm marketing",
        "my website looks like 2005, need a new one",
        "websites for attorneys & CPAs, bar compliant, from $2,500",
    ),
    (
        "missed client calls",
        "missing calls when im in court",
        "virtual receptionist for law firms - live answering, intake, calendar booking",
    ),
    (
        "missed client calls",
        "cant pick up during client meetings and lose leads",
        "legal intake call center, 24/7, bilingual english / spanish",
    ),
    (
        "parent lead generation",
        "admissions down this year, no leads coming in",
        "performance marketing for coaching institutes - meta & google ads, pay per lead",
    ),
    (
        "parent lead generation",
        "how do i get more parents to sign up for demo classes?",
        "lead gen for edtech: demo class funnels + whatsapp follow up",
    ),
    (
        "school partnership sales",
        "want to sell our programme to schools but principals dont reply",
        "ed sales consultant, 15 yrs doing school partnerships across karnataka",
    ),
    (
        "school partnership sales",
        "need someone w/ contacts in CBSE schools",
        "i connect edtech products w/ principals & trustees, network of 200+ schools",
    ),
    (
        "winery direct sales",
        "online wine sales barely move",
        "DTC ecommerce for wineries - wine club software, email campaigns",
    ),
    (
        "winery direct sales",
        "want a proper wine club, our mailing list just sits there",
        "i set up wine club memberships & shipments for small SA wineries, commerce7 partner",
    ),
    # tours, transport and guests
    (
        "multilingual tour guides",
        "groups from japan and korea, need guides who speak the language",
        "tour guide agency lisbon - licensed guides in 14 languages incl japanese & korean",
    ),
    (
        "multilingual tour guides",
        "need a german speaking guide for a sintra day trip next month",
        "freelance guide, german / english / portuguese, sintra cascais evora",
    ),
    (
        "airport transfers",
        "guests keep asking for airport pickup and we have nobody",
        "private airport transfers lisbon, vans up to 8, hotel partner rates",
    ),
    (
        "airport transfers",
        "need reliable transfers for a 40 person group from the airport",
        "coach & minibus hire with driver, lisbon & algarve, groups up to 60",
    ),
    (
        "hotel laundry",
        "laundry keeps losing sheets and sending back grey towels",
        "industrial laundry for hotels & AL, daily pickup, lisbon & cascais",
    ),
    (
        "hotel laundry",
        "housekeepers washing sheets in house, cant keep up",
        "linen hire & laundry for short stay apartments, we deliver fresh sets",
    ),
    (
        "customs clearance",
        "containers stuck at customs again, missing docs",
        "customs broker port of rotterdam - import/export declarations, 24/7",
    ),
    (
        "customs clearance",
        "new client importing from china, who does the customs clearance?",
        "douane expediteur - customs clearance, T1 transit, AEO advice",
    ),
    (
        "customs clearance",
        "post brexit paperwork for uk loads is killing us",
        "UK-EU customs declarations for hauliers, ENS & GVMS handled",
    ),
    (
        "fleet tracking and fuel",
        "fuel costs through the roof, no idea which trucks are worst",
        "fleet telematics - fuel use per truck, idling alerts, driver scorecards",
    ),
    (
        "fleet tracking and fuel",
        "want to see where my trucks are in real time",
        "GPS tracking for trucks & trailers, live map, geofencing, from €15/mo",
    ),
    # making the drinks
    (
        "coffee bean supply",
        "looking for a local roaster to supply the cafe",
        "specialty roaster in leith - wholesale beans + barista training",
    ),
    (
        "coffee bean supply",
        "customers say our coffee tastes burnt, want to switch beans",
        "we roast to order for cafes, free tasting session + grinder dial in",
    ),
    (
        "mobile canning",
        "want to can our beer but a canning line costs a fortune",
        "mobile canning service - we bring the line to your brewery, min 2000 cans",
    ),
    (
        "mobile canning",
        "cans keep coming out w/ low fills and high DO",
        "canning line tech - seamer setup, DO checks, training your team",
    ),
    (
        "beverage lab testing",
        "batch tastes sour, worried its infected",
        "brewery QA lab - micro testing, PCR for spoilage bugs, 48h results",
    ),
    (
        "beverage lab testing",
        "need alcohol % tested for our labels",
        "NATA accredited lab, ABV, sugar and SO2 testing for wineries & distilleries",
    ),
    (
        "smoke taint",
        "smoke from the fires drifted over the vines, will the grapes be ok?",
        "smoke taint testing of grapes and wine, mini ferments, AWRI methods",
    ),
    (
        "smoke taint",
        "worried our shiraz picked up smoke, tastes a bit ashtray",
        "winemaking consultant - smoke taint assessment & remediation, fining + RO options",
    ),
    (
        "barrels and casks",
        "where do i get ex bourbon barrels for aging?",
        "barrel broker - ex-bourbon, sherry & wine casks shipped to SA",
    ),
    (
        "barrels and casks",
        "old barriques leaking, need them fixed or replaced",
        "cooper - barrel repairs & reconditioning, adelaide hills",
    ),
    (
        "contract brewing",
        "recipe is ready but no brewhouse yet",
        "contract brewing, 10-50hl batches, we brew your recipe",
    ),
    (
        "contract brewing",
        "demand is more than our kit can make",
        "spare capacity at our brewery, gypsy & contract brews welcome",
    ),
    (
        "gin label design",
        "need label design for our new gin",
        "drinks label designer - spirits & wine, print-ready files",
    ),
    (
        "gin label design",
        "our bottles look homemade next to the big brands on the shelf",
        "packaging & label design for craft spirits, bottle shop ready, from $1,800",
    ),
    (
        "drinks export",
        "want to export to china or singapore but no idea where to start",
        "wine export consultant - asia distributors, label translation, export permits",
    ),
    (
        "drinks export",
        "got interest from a japanese importer, how do i even price it?",
        "export pricing & freight for small wineries, wine australia export approvals",
    ),
    # teaching content and kit
    (
        "kids coding curriculum",
        "want to start coding classes for kids, no curriculum",
        "curriculum designer - scratch & python for ages 8-14, lesson plans + projects",
    ),
    (
        "kids coding curriculum",
        "need a STEM syllabus for our after school club",
        "i write STEM curricula for after school programs, mapped to NEP",
    ),
    (
        "robotics kits",
        "robotics club needs kits for 30 kids",
        "robotics kits wholesale for schools & clubs, arduino based, bulk pricing",
    ),
    (
        "robotics kits",
        "our bots keep breaking, need sturdier kits for class 5-7",
        "ed-tech kits for STEM labs, durable robotics sets + spare parts, delivery across india",
    ),
    (
        "regional language content",
        "need our videos in kannada and hindi",
        "kannada, hindi, tamil translation & voiceover for e-learning",
    ),
    (
        "regional language content",
        "parents dont read english, need the app in local languages",
        "app localisation - kannada telugu hindi, UI strings + content",
    ),
    (
        "course video production",
        "want to record course videos but they look amateur",
        "educational video production, studio in HSR layout, editing + animations",
    ),
    (
        "course video production",
        "teachers record on phones, sound is awful",
        "e-learning video shoots at your centre, lapel mics, editing, ₹8k per day",
    ),
    # people and contracts
    (
        "employment law advice",
        "staff member off w/ stress and threatening a tribunal",
        "employment law for small businesses, fixed fee advice line",
    ),
    (
        "employment law advice",
        "need contracts for our new staff, we never had any",
        "HR consultant - contracts, handbooks, disciplinaries for small retailers",
    ),
]

# (need, offer, why a careful host would NOT introduce them): they share words or look alike.
DECOYS: list[tuple[str, str, str]] = [
    (
        "need a new filing system for the practice, paper everywhere",
        "tax filing for freelancers, $99 flat",
        "tax filing, not organising office records",
    ),
    (
        "need a bar for the book launch, wine & beer",
        "tutor for the illinois bar exam",
        "bar exam tutoring, not a drinks bar",
    ),
    (
        "cellar flooding after heavy rain, bookshop basement",
        "cellar door manager, 10 yrs in the barossa",
        "winery cellar door, not a damp basement",
    ),
    (
        "draughts coming under the shop door, customers freezing",
        "draught beer line cleaning, kegs & taps",
        "beer lines, not draught-proofing",
    ),
    (
        "need someone to fix our glycol chiller",
        "used glycol chillers for sale, no servicing",
        "sells second-hand kit, does not repair",
    ),
    (
        "need a fork lift trainer for new staff",
        "used forklifts for sale, rotterdam",
        "sells forklifts, does not train drivers",
    ),
    (
        "need someone to just do our VAT return",
        "intro to VAT evening course for shop owners",
        "a course teaching VAT, not someone who does it",
    ),
    (
        "want someone to do our seo",
        "SEO workshop: learn to rank your own site in a day",
        "teaches SEO, the need is done-for-you",
    ),
    (
        "looking for a bookkeeper, cafe, xero",
        "looking for a bookkeeper myself, anyone??",
        "the offer is itself a need",
    ),
    (
        "need a locum vet for july",
        "vet student looking for a summer placement",
        "a student seeking a placement, not qualified cover",
    ),
    (
        "lab to make crowns for our patients",
        "crown court advocate, criminal defence",
        "dental crowns vs the crown court",
    ),
    (
        "need a new supplier of kids spectacle frames",
        "bespoke picture framing, art & photos",
        "picture frames, not eyeglass frames",
    ),
    (
        "lens edger needs servicing",
        "camera lens repair - nikon, canon, sony",
        "camera lenses, not optical lab equipment",
    ),
    (
        "need 500 euro pallets a week",
        "pallet racking inspections & repairs",
        "inspects racking, does not supply pallets",
    ),
    (
        "need to cut fuel costs across our fleet",
        "we rent out a fleet of boats for river tours",
        "a boat hire fleet, not fuel management",
    ),
    (
        "need a tour guide for sintra groups",
        "tour manager for touring bands",
        "music tour management, not sightseeing",
    ),
    (
        "need a customs bond for importing spirits",
        "bail bonds 24/7, cook county",
        "bail bonds, not customs bonds",
    ),
    (
        "monthly trust account reconciliation for my firm",
        "family trusts & estate planning for individuals",
        "estate planning, not IOLTA bookkeeping",
    ),
    (
        "need a root canal specialist we can refer to",
        "root cause analysis for warehouse picking errors",
        "root cause analysis, not endodontics",
    ),
    (
        "need practice papers for class 10 boards",
        "dental practice valuations",
        "practice exam papers vs valuing a dental practice",
    ),
    (
        "migrating off our old practice software",
        "immigration lawyer, H-1B and green cards",
        "immigration law, not data migration",
    ),
    (
        "want to sell the whole practice",
        "we buy used dental chairs & equipment",
        "buys equipment, not practices",
    ),
    (
        "need an RPA for our new xray unit",
        "vet teleradiology - we read and report your xrays",
        "reads images, not radiation protection",
    ),
    (
        "need a locum optometrist for saturdays",
        "optical lab, glazing & lens edging, 48h",
        "an optical lab, not an optometrist",
    ),
    (
        "hotel needs a channel manager",
        "tv channel ad sales, prime time slots",
        "tv channel, not a booking channel manager",
    ),
    (
        "need revenue management for our hotel",
        "revenue cycle management for medical billing",
        "medical billing, not hotel pricing",
    ),
    (
        "need housekeeping staff for the summer",
        "housekeeping for your books - monthly bookkeeping tidy-up",
        "bookkeeping, not room cleaners",
    ),
    (
        "want to can our beer",
        "home canning & preserving workshop, jams and pickles",
        "a preserving class, not a beer canning line",
    ),
    (
        "smoke taint testing for this vintage",
        "smoke alarm testing & fire safety certs",
        "fire safety, not wine testing",
    ),
    (
        "tank temps all over the place during ferment",
        "fish tank maintenance for waiting rooms",
        "aquariums, not fermentation tanks",
    ),
    (
        "need cold chain monitoring for pharma loads",
        "cold calling for b2b sales leads",
        "cold calling, not temperature monitoring",
    ),
    (
        "drivers keep quitting after 3 months",
        "printer & device driver installs, IT support",
        "software drivers, not truck drivers",
    ),
    (
        "containers stuck at customs",
        "custom printed t-shirts & hoodies",
        "custom merch, not customs clearance",
    ),
    (
        "need a customs broker for rotterdam imports",
        "insurance broker for tour operators",
        "insurance broker, not customs",
    ),
    (
        "window looks dead, foot traffic walks past",
        "window cleaner, shopfronts weekly",
        "cleans windows, does not design displays",
    ),
    (
        "new windows for the clinic, old ones leak heat",
        "windows laptop repair & virus removal",
        "windows software, not glazing",
    ),
    (
        "need more security for the shop after break ins",
        "securities law attorney, SEC filings",
        "securities law, not shop security",
    ),
    (
        "business rates up 40%, want to appeal",
        "exchange rates - cheap FX payments for importers",
        "currency exchange, not business rates",
    ),
    (
        "espresso machine broken, need a tech",
        "new espresso machines for sale, 0% finance",
        "sells machines, does not repair",
    ),
    (
        "patient recall system for check ups",
        "product recall insurance for food makers",
        "product recalls, not patient recalls",
    ),
    (
        "CQC inspection prep for our practice",
        "building inspections for home buyers",
        "surveys houses, not CQC prep",
    ),
    (
        "clinical waste bins collected",
        "food waste composting for cafes",
        "does not take sharps or clinical waste",
    ),
    (
        "more google reviews for the practice",
        "i write book reviews for indie authors",
        "book reviews, not patient reviews",
    ),
    (
        "going solo, need malpractice insurance",
        "medical malpractice plaintiff attorney",
        "sues doctors, does not insure lawyers",
    ),
    (
        "someone to answer my phones while im in court",
        "reception desks & waiting room chairs for offices",
        "sells furniture, not an answering service",
    ),
    (
        "need cyber security sorted for my firm",
        "cyber security bootcamp, get certified in 12 weeks",
        "a career course, not someone securing the firm",
    ),
    (
        "help w/ compliance for my RIA",
        "building code compliance for restaurant fitouts",
        "building codes, not SEC compliance",
    ),
    (
        "need a seasonal tax preparer",
        "looking for a CPA to do my own return",
        "the offer is itself a need",
    ),
    (
        "need label design for our gin",
        "indie record label, signing new bands",
        "a music label, not packaging design",
    ),
    (
        "excise return confuses me",
        "exercise classes for staff wellbeing",
        "exercise, not excise",
    ),
    (
        "need a mobile canning line",
        "mobile dog grooming van",
        "dog grooming, not canning",
    ),
    (
        "need micro lab testing on a batch of beer",
        "dental lab, same week crowns & bridges",
        "a dental lab, not beverage testing",
    ),
    (
        "contract brewing for our recipe",
        "contract review for small businesses, fixed fee",
        "legal contract review, not brewing",
    ),
    (
        "want to start a wine club for repeat buyers",
        "i run monthly book clubs in your shop",
        "book clubs, not wine memberships",
    ),
    (
        "need 5 maths tutors for our centre",
        "looking for a maths tutor for my son, class 9",
        "a parent seeking a tutor, not offering one",
    ),
    (
        "parents ask if our coaches are background checked",
        "background music licensing for cafes & shops",
        "music licensing, not staff checks",
    ),
    (
        "want an app for my coaching classes (tuition)",
        "online fitness coaching, 12 week programs",
        "fitness coaching, not a tuition app",
    ),
    (
        "need a coding curriculum for kids",
        "medical coding & billing for clinics",
        "medical billing codes, not programming lessons",
    ),
    (
        "robotics kits for the club",
        "robotic warehouse automation, AMRs for picking",
        "industrial robots, not classroom kits",
    ),
    (
        "want to sell our programme to schools",
        "partnership tax returns, form 1065",
        "tax partnerships, not school partnerships",
    ),
    (
        "need our videos in kannada and hindi",
        "certified portuguese-english legal translation",
        "wrong languages and wrong kind of translation",
    ),
    (
        "receipts in a shoebox, need a bookkeeper",
        "book binding & repair for old books",
        "book repair, not bookkeeping",
    ),
    (
        "need finance for a new OCT machine",
        "finance degree tutoring, CFA prep",
        "tutoring, not equipment finance",
    ),
    (
        "staff member threatening a tribunal, need employment law help",
        "looking for employment as a paralegal",
        "a job seeker, not employment law advice",
    ),
    (
        "electricity bill for the cafe tripled",
        "energy healing & reiki sessions",
        "reiki, not energy tariffs",
    ),
    (
        "moths in the knitwear",
        "pest control for vineyards - bird netting & scare guns",
        "vineyard birds, not textile moths",
    ),
    (
        "food hygiene rating was a 3, need help before the EHO",
        "dental hygienist available for locum days",
        "dental hygiene, not food hygiene",
    ),
    (
        "guests need airport transfers",
        "cheap international money transfers",
        "money transfers, not transport",
    ),
    (
        "hotel laundry keeps losing sheets",
        "AML compliance training - money laundering",
        "money laundering, not linen",
    ),
    (
        "need an AL licence for holiday flats",
        "liquor licence applications for bars",
        "liquor licence, not holiday let registration",
    ),
    (
        "need new photos of the hotel rooms",
        "photo booth hire for weddings & parties",
        "a party photo booth, not interiors photography",
    ),
    (
        "need a japanese speaking guide",
        "printed city guide maps, bulk for hotels",
        "sells printed guides, is not a guide",
    ),
    (
        "rack inspection after a forklift hit it",
        "mobile racking & filtration for small wineries",
        "wine racking, not pallet racking",
    ),
    (
        "need a night auditor for hotel reception",
        "statutory audits for SMEs",
        "financial audits, not a night desk job",
    ),
    (
        "our copper still needs repairing",
        "still life painting classes, weekends",
        "painting class, not distilling equipment",
    ),
    (
        "chauffeurs keep quitting, need to keep drivers",
        "chauffeur service for weddings & airport runs",
        "sells chauffeur rides, not driver retention",
    ),
    (
        "need a new fermenting vat",
        "VAT returns for small firms",
        "tax, not a brewing vessel",
    ),
    (
        "need to proof our gin before labelling",
        "proofreading for authors and publishers",
        "proofreading, not alcohol strength",
    ),
    (
        "SEC exam prep for my RIA",
        "home eye exams for housebound patients",
        "eye tests, not regulatory exams",
    ),
    (
        "need locum cover for 3 weeks",
        "book cover design for self-published authors",
        "book covers, not locum cover",
    ),
    (
        "reefer alarms go off at night and nobody sees them",
        "night security guards for building sites",
        "building site guards, not reefer temperature alarms",
    ),
]
