"""Pool A: a realistic applicant pool of 22 resumes for the two customer-care postings (ccs, ccr), labelled blind.

Written and labelled from the resume text alone, without running or reading the screening library, in the
structure of bench/eval/model.py and in the style of holdout.py. The pool mixes people who already work in care
(call center, collections, help desk, banking, reservations, claims, patient access, BPO) with near misses and
career changers (cashier, server, hotel front desk, pharmacy counter, SDR, recent graduate), in many date formats
("08/2025 - Present", "2021 to date", "Summer 2024", "2018/03"-style, "12.2019"-style, "Apr. '24 to present",
"10/19 - present", "Since February 2026", "November 2013 until October 2023", "Sept 2025 \u2013 Now", "9/2024 \u2013
present", year-only ranges), layouts, renamed headings, prose skills and cover letters. Reading conventions for
the span labels (as in model.py): "Present"/"Now"/"to date" ends at Oct 2026 (reference date 2026-11-01); a
year-only bound reads mid-year (Jul start, Jun end); "Summer 2024" is Jun-Aug 2024; "10/19" is Oct 2019. A career
break stated in the summary is not a job. Relevance: people with care experience are fitting for both care
postings; people with only other customer-facing work who say they want customer service are fitting for the
representative posting (ccr), and for the specialist posting (ccs) too when their work already looks like care
(phones, complaints, CRM); people aiming elsewhere are not fitting.
"""

from __future__ import annotations

from ats.demo.documents import Section

from .model import Job, LabelledResume, Labels

CARE = frozenset({"ccs", "ccr"})
NONE: frozenset[str] = frozenset()

RESUMES: tuple[LabelledResume, ...] = (
    LabelledResume(
        rid="pa01",
        role="care-representative",
        name="Brianna Tate",
        contact="Columbus, OH | brianna.tate@example.com | 614-555-0147",
        summary=(
            "Call center agent for a cable and internet provider, 15 months on the phones. Friendly phone manner, "
            "patient with frustrated customers and quick to learn new systems.",
        ),
        skills_lines=(
            "Customer service, inbound calls, billing questions, basic modem troubleshooting",
            "Microsoft Office, typing 50 WPM",
            "Cash handling",
        ),
        jobs=(
            Job(
                "08/2025 - Present",
                "Call Center Agent, Spectrum",
                "Answer 70+ inbound calls a day on bills, plan changes and outages; walk customers through modem "
                "resets and document every call in the account notes.",
                (2025, 8),
                None,
                "care",
            ),
            Job(
                "08/2023 - 07/2025",
                "Crew Member, Wendy's",
                "Took orders at the register and drive-thru window, handled cash and card payments and kept the "
                "lunch line moving.",
                (2023, 8),
                (2025, 7),
                "hospitality",
            ),
        ),
        education=("High School Diploma, Whetstone High School, Columbus, OH, 2023",),
        labels=Labels(
            skills=(
                "Customer Service",
                "Call Center",
                "Phone Support",
                "Phone Etiquette",
                "Patience",
                "Billing",
                "Troubleshooting",
                "Record Keeping",
                "Microsoft Office",
                "Typing Speed",
                "Cash Handling",
                "Payment Processing",
            ),
            education="high_school",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa02",
        role="care-representative",
        name="Marisol Guti\u00e9rrez",
        contact="El Paso, TX | marisol.gutierrez@example.com",
        summary=(
            "Bilingual (English/Spanish) collections representative with four years of phone-based customer "
            "service in a 40-seat collections call center. I negotiate payment plans people can actually keep, "
            "and I stay calm and de-escalate when a call gets heated.",
        ),
        skills_lines=(
            "Negotiation, payment arrangements, skip tracing",
            "FDCPA compliance",
            "Five9 dialer, Microsoft Excel",
        ),
        jobs=(
            Job(
                "Nov 2022 \u2013 Present",
                "Bilingual Collections Representative, OneMain Financial",
                "Inbound and outbound calls in English and Spanish on past-due personal and auto loans; set up "
                "payment arrangements and take card payments over the phone.",
                (2022, 11),
                None,
                "care",
            ),
        ),
        education=("Associate of Arts, El Paso Community College, 2022",),
        extra=(Section("Languages", ("Spanish (native), English (fluent)",)),),
        layout="two-column",
        labels=Labels(
            skills=(
                "Customer Service",
                "Call Center",
                "Phone Support",
                "Accounts Receivable",
                "Negotiation",
                "Payment Processing",
                "De-escalation",
                "Stress Management",
                "Compliance",
                "FDCPA",
                "Skip Tracing",
                "Five9",
                "Microsoft Excel",
                "Spanish",
                "English",
                "Bilingual",
            ),
            education="associate",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa03",
        role="retail",
        name="Dale Hutchins",
        contact="Des Moines, IA | dalehutchins88@example.com",
        summary=("Hard-working and reliable cashier looking for a customer service position with room to grow.",),
        skills_lines=(
            "Customer service, communication, teamwork, problem solving, time management, attention to "
            "detail, multitasking, positive attitude, dependable, leadership, adaptability, strong work "
            "ethic, cash handling, POS, Microsoft Office, interpersonal skills, organized, conflict "
            "resolution",
        ),
        jobs=(
            Job(
                "2021 to date",
                "Cashier, Hy-Vee",
                "Run a register in a busy grocery store: scan and bag orders, take cash, card and EBT payments, and "
                "check IDs for alcohol sales.",
                (2021, 7),
                None,
                "retail",
            ),
        ),
        education=("Diploma, Roosevelt High School, Des Moines, 2020",),
        headings=(("Summary", "Objective"), ("Skills", "Skills & Qualities")),
        rows=False,
        job_line="{title} \u2014 {dates}",
        labels=Labels(
            skills=(
                "Customer Service",
                "Communication",
                "Teamwork",
                "Problem Solving",
                "Time Management",
                "Attention to Detail",
                "Multitasking",
                "Positive Attitude",
                "Reliability",
                "Leadership",
                "Adaptability",
                "Work Ethic",
                "Cash Handling",
                "POS Systems",
                "Microsoft Office",
                "Interpersonal Skills",
                "Organizational Skills",
                "Conflict Resolution",
                "Payment Processing",
            ),
            education="high_school",
            relevant=frozenset({"ccr"}),
        ),
    ),
    LabelledResume(
        rid="pa04",
        role="care-entry",
        name="Ethan Nguyen",
        contact="Ames, IA | ethan.nguyen@example.edu",
        summary=(
            "Management Information Systems student with eight months at the campus IT help desk. Patient with "
            "non-technical users and good at troubleshooting.",
        ),
        skills_lines=("ServiceNow, Windows 11, macOS, Microsoft 365, Active Directory password resets",),
        jobs=(
            Job(
                "March 2026 \u2013 Present",
                "IT Help Desk Assistant (part-time), Iowa State University IT Services",
                "Help walk-in, phone and ServiceNow ticket users: password resets, Wi-Fi and Duo two-factor problems, "
                "printer issues; escalate hardware faults to tier 2.",
                (2026, 3),
                None,
                "care",
            ),
            Job(
                "Summer 2024",
                "Lifeguard, Ames Parks & Recreation",
                "Guarded the outdoor pool, enforced safety rules and answered parents' questions at the gate.",
                (2024, 6),
                (2024, 8),
                "hospitality",
            ),
        ),
        education=(
            "B.S. Management Information Systems (expected May 2028), Iowa State University",
            "High School Diploma, Ankeny High School, 2024",
        ),
        extra=(Section("Certifications", ("American Red Cross Lifeguarding with CPR/AED and First Aid, 2024",)),),
        layout="table",
        labels=Labels(
            skills=(
                "Technical Support",
                "Troubleshooting",
                "Patience",
                "Phone Support",
                "Face-to-Face Service",
                "ServiceNow",
                "Help Desk Software",
                "Microsoft Windows",
                "Apple macOS",
                "Microsoft Office",
                "Active directory",
                "Escalation Management",
                "Workplace Safety",
                "CPR",
                "Lifeguard Certification",
            ),
            education="high_school",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa05",
        role="hospitality",
        name="Kayla Brennan",
        contact="Orlando, FL | kayla.brennan@example.com | 407-555-0199",
        summary=(
            "Hotel front desk agent with four years of guest service at two hotels. I'm good at de-escalating "
            "upset guests, fixing billing mistakes on the spot and keeping a long check-in line moving, and "
            "I work in Opera PMS all day. I'd like to bring that to a customer care team.",
        ),
        jobs=(
            Job(
                "2023/10 - present",
                "Front Desk Agent, Hyatt Regency Orlando",
                "Check-in and check-out for a 1,600-room convention hotel; handle guest complaints, room moves and "
                "billing disputes, and answer the front desk phone.",
                (2023, 10),
                None,
                "hospitality",
            ),
            Job(
                "2022/10 - 2023/09",
                "Night Auditor, Hampton Inn Orlando Airport",
                "Ran the night audit, balanced cash drawers and posted room charges; took late arrivals and guest "
                "calls overnight.",
                (2022, 10),
                (2023, 9),
                "hospitality",
            ),
        ),
        education=("A.S. Hospitality and Tourism Management, Valencia College, 2022",),
        extra=(Section("Languages", ("English (native), Spanish (conversational)",)),),
        headings=(("Experience", "Work History"),),
        layout="two-column",
        rows=False,
        job_line="{dates}  {title}",
        labels=Labels(
            skills=(
                "Customer Service",
                "De-escalation",
                "Complaint Resolution",
                "Billing",
                "Phone Support",
                "Cash Handling",
                "Opera PMS",
                "English",
                "Spanish",
            ),
            education="associate",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa06",
        role="banking",
        name="Andre Whitfield",
        contact="Charlotte, NC | andre.whitfield@example.com",
        summary=(
            "Personal banker who likes solving customers' problems at the desk rather than sending them to a "
            "phone line. Three years in branch banking, teller to banker.",
        ),
        skills_lines=(
            "Cash handling, account opening, cross-selling, customer relationship management",
            "Salesforce, Microsoft Excel",
        ),
        jobs=(
            Job(
                "09.2025 \u2013 present",
                "Personal Banker, Wells Fargo",
                "Open checking, savings and credit card accounts for walk-in customers, fix account problems and "
                "refer clients to mortgage and investment partners.",
                (2025, 9),
                None,
                "care",
            ),
            Job(
                "09.2023 \u2013 08.2025",
                "Bank Teller, Truist",
                "Cash and check transactions at a busy branch; balanced my drawer every day.",
                (2023, 9),
                (2025, 8),
                "care",
            ),
        ),
        education=("B.S. Finance, University of North Carolina at Charlotte, 2023",),
        extra=(Section("Certifications", ("North Carolina Notary Public, 2024",)),),
        layout="table",
        labels=Labels(
            skills=(
                "Customer Service",
                "Problem Solving",
                "Cash Handling",
                "Account Management",
                "Cross-selling",
                "Customer Relationship Management",
                "Salesforce",
                "Microsoft Excel",
                "Face-to-Face Service",
                "Notary Public",
            ),
            education="bachelor",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa07",
        role="care-specialist",
        name="Hannah Kowalski",
        contact="Austin, TX | hannah.kowalski@example.com | linkedin.com/in/hkowalski",
        summary=(
            "Customer support specialist at a B2B SaaS company, two and a half years in customer support. I came "
            "from QA, so I'm comfortable digging into bugs, and I write clear help-centre articles and macros. "
            "CSAT 96% over the last year.",
        ),
        skills_lines=(
            "Zendesk, Jira, Confluence, Loom, Google Workspace",
            "Written communication, troubleshooting, knowledge base writing",
        ),
        jobs=(
            Job(
                "Apr. '24 to present",
                "Customer Support Specialist, Bluefin Scheduling",
                "Tier 2 email and chat support for a scheduling platform used by 3,000 clinics; reproduce bugs and "
                "escalate them to engineering in Jira.",
                (2024, 4),
                None,
                "care",
            ),
            Job(
                "Mar. '23 to Mar. '24",
                "QA Tester, Bluefin Scheduling",
                "Manual regression testing of the web app before each release; wrote test cases and bug reports.",
                (2023, 3),
                (2024, 3),
                "other",
            ),
        ),
        education=("B.A. English, The University of Texas at Austin, 2022",),
        cover_letter=(
            "Dear Hiring Manager,\n\nI'm applying for the Customer Care Specialist role. For the past two and a half "
            "years I have handled tier 2 email and chat tickets at Bluefin Scheduling, where I keep a 96% CSAT and "
            "write many of the help-centre articles our customers use. Before support I spent a year in QA, so when "
            "something is broken I can reproduce it, write a clean Jira ticket and explain to the customer what "
            "happens next. I studied English, and I care about replies that are short, warm and actually answer the "
            "question. I'd love to bring that to your team.\n\nBest regards,\nHannah Kowalski"
        ),
        labels=Labels(
            skills=(
                "Customer Support",
                "Email Support",
                "Live Chat",
                "Zendesk",
                "Jira",
                "Atlassian Confluence",
                "Loom",
                "Google Workspace",
                "Communication",
                "Troubleshooting",
                "Knowledge Base Writing",
                "Customer Satisfaction",
                "Escalation Management",
                "Quality Assurance",
                "Software Testing",
            ),
            education="bachelor",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa08",
        role="care-representative",
        name="Nicole Harper",
        contact="Fort Wayne, IN | nicole.harper@example.com | 260-555-0133",
        summary=(
            "Customer service representative with four years in a busy call center (2015\u20132019). From 2019 "
            "to 2025 I was at home full-time raising my two children; now that both are in school I am ready "
            "to return to work, full-time and on any shift.",
        ),
        skills_lines=(
            "Phone support, billing, scheduling repair appointments, training new hires",
            "10-key data entry, Microsoft Word and Excel",
        ),
        jobs=(
            Job(
                "2015-2019",
                "Customer Service Representative, Frontier Communications",
                "Inbound calls about bills, service changes and repair appointments; in my last year I trained new "
                "hires on the billing system.",
                (2015, 7),
                (2019, 6),
                "care",
            ),
        ),
        education=(
            "High School Diploma, North Side High School, Fort Wayne, 2013",
            "Some college (general studies), Ivy Tech Community College, 2013-2014",
        ),
        rows=False,
        job_line="{title}, {dates}",
        cover_letter=(
            "Dear Hiring Team,\n\nI'd like to be considered for your Customer Care Representative opening. I spent "
            "four years answering billing and repair calls at Frontier Communications, and in my last year I helped "
            "train new hires on the billing system. In 2019 I left to stay home with my two children. They are both "
            "in school now, and I am ready to come back to work full-time, including evenings and weekends. I have "
            "kept my computer skills current and I'm looking forward to being back on the phones helping people.\n\n"
            "Thank you for your time.\nNicole Harper"
        ),
        labels=Labels(
            skills=(
                "Customer Service",
                "Call Center",
                "Phone Support",
                "Billing",
                "Scheduling",
                "Training and Mentoring",
                "Data Entry",
                "Microsoft Word",
                "Microsoft Excel",
            ),
            education="high_school",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa09",
        role="hospitality",
        name="Marco DeLuca",
        contact="Chicago, IL | marco.deluca@example.com",
        summary=(
            "Server with seven years of guest service in high-volume Chicago restaurants, for a while at two "
            "at once. Looking for a lead server or bartending position.",
        ),
        skills_lines=(
            "Aloha POS",
            "BASSET certified, ServSafe Food Handler",
            "Wine pairing, upselling",
            "Large parties and private events",
        ),
        jobs=(
            Job(
                "10/19 - present",
                "Server, Gibsons Bar & Steakhouse",
                "Full-time server in a 300-seat steakhouse: wine pairings, large parties and private dining.",
                (2019, 10),
                None,
                "hospitality",
            ),
            Job(
                "05/21 - 03/24",
                "Server (part-time, weekend brunch), Wildberry Pancakes and Cafe",
                "Saturday and Sunday brunch shifts on top of my steakhouse job.",
                (2021, 5),
                (2024, 3),
                "hospitality",
            ),
        ),
        education=("Diploma, Lane Tech College Prep High School, 2018",),
        layout="two-column",
        labels=Labels(
            skills=("Customer Service", "Aloha POS", "POS Systems", "BASSET", "ServSafe", "Upselling", "Wine Pairing"),
            education="high_school",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pa10",
        role="care-representative",
        name="Denise Okafor",
        contact="Atlanta, GA | denise.okafor@example.com",
        summary=(
            "Thirteen years with an airline: ten in the reservations call center and three at the gate. I book "
            "and rebook in Sabre, handle refunds and irregular operations, and stay calm under pressure when a "
            "whole flight needs a new plan. Comfortable in Microsoft Outlook and our internal tools.",
        ),
        jobs=(
            Job(
                "November 2013 until October 2023",
                "Reservations Agent, Delta Air Lines",
                "Inbound reservation calls: booked, changed and refunded itineraries and answered SkyMiles "
                "questions; top 10% of the center on customer satisfaction surveys.",
                (2013, 11),
                (2023, 10),
                "care",
            ),
            Job(
                "November 2023 until now",
                "Gate Agent, Delta Air Lines",
                "Board flights on time, rebook passengers during delays and cancellations and manage standby lists "
                "at ATL.",
                (2023, 11),
                None,
                "care",
            ),
        ),
        education=("Diploma, Southwest DeKalb High School, 2012",),
        headings=(("Summary", "Profile"),),
        labels=Labels(
            skills=(
                "Customer Service",
                "Call Center",
                "Phone Support",
                "Sabre",
                "Returns and Exchanges",
                "Stress Management",
                "Microsoft Outlook",
                "Customer Satisfaction",
            ),
            education="high_school",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa11",
        role="care-representative",
        name="Jasmine Holloway",
        contact="Phoenix, AZ | jasmine.holloway@example.com | 602-555-0164",
        summary=(
            "Claims customer service representative at an auto insurer, with two years at a dental front desk "
            "before that.",
        ),
        skills_lines=("Guidewire ClaimCenter, Dentrix, Microsoft Office", "Insurance verification, scheduling, HIPAA"),
        jobs=(
            Job(
                "Sept 2025 \u2013 Now",
                "Claims Customer Service Representative, Progressive",
                "Take first-notice-of-loss calls, explain coverage and claim status, and set up rental cars and "
                "repair-shop appointments.",
                (2025, 9),
                None,
                "care",
            ),
            Job(
                "Aug 2023 \u2013 Aug 2025",
                "Dental Receptionist, Desert Smiles Family Dentistry",
                "Checked patients in, booked appointments in Dentrix, verified insurance and collected copays.",
                (2023, 8),
                (2025, 8),
                "care",
            ),
        ),
        education=("Associate of Arts, Phoenix College, 2023",),
        headings=(("Skills", "Core Skills"),),
        layout="table",
        labels=Labels(
            skills=(
                "Customer Service",
                "Phone Support",
                "Scheduling",
                "Guidewire ClaimCenter",
                "Henry Schein Dentrix",
                "Microsoft Office",
                "Insurance Verification",
                "HIPAA",
                "Payment Processing",
            ),
            education="associate",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa12",
        role="care-entry",
        name="Tyrell Jackson",
        contact="Reno, NV | tyrell.jackson@example.com",
        summary=(
            "Remote chat support agent with a warehouse background, so I know what happens to an order after "
            "the customer clicks buy. I type 70 WPM, keep up with several chats at once (multitasking is the "
            "job) and work every ticket in Gorgias and the Shopify admin.",
        ),
        jobs=(
            Job(
                "Since February 2026",
                "Chat Support Agent (remote), Grove & Hound Pet Supply",
                "Customer service by chat for an online pet-supply brand: order status, shipping delays, returns and "
                "subscription changes; escalate damaged-shipment claims.",
                (2026, 2),
                None,
                "care",
            ),
            Job(
                "January 2023 to January 2026",
                "Warehouse Picker, Amazon Fulfillment Center RNO4",
                "Picked 200+ units an hour with an RF scanner, met rate and safety targets and trained two new "
                "pickers.",
                (2023, 1),
                (2026, 1),
                "warehouse",
            ),
        ),
        education=("High School Diploma, Hug High School, Reno, 2022",),
        rows=False,
        job_line="{dates} | {title}",
        labels=Labels(
            skills=(
                "Customer Service",
                "Customer Support",
                "Live Chat",
                "Gorgias",
                "Shopify",
                "Typing Speed",
                "Multitasking",
                "Returns and Exchanges",
                "Escalation Management",
                "Warehouse Operations",
                "WMS",
                "Workplace Safety",
                "Training and Mentoring",
            ),
            education="high_school",
            relevant=CARE | {"wh"},
        ),
    ),
    LabelledResume(
        rid="pa13",
        role="care-lead",
        name="Samuel Osei",
        contact="Richmond, VA | samuel.osei@example.com",
        summary=(
            "Customer service team lead in an electric utility's contact center, promoted from the phones after "
            "four years as a representative.",
        ),
        skills_lines=(
            "Avaya, SAP CRM, Verint call recording",
            "Coaching, call monitoring, shift scheduling, escalated calls",
        ),
        jobs=(
            Job(
                "2020 \u2013 present",
                "Team Lead, Customer Service, Dominion Energy",
                "Lead 14 representatives on the residential billing line: daily huddles, side-by-side coaching, "
                "call monitoring and escalated calls.",
                (2020, 7),
                None,
                "care",
            ),
            Job(
                "2016 \u2013 2020",
                "Customer Service Representative, Dominion Energy",
                "Inbound calls on bills, payment arrangements, start/stop service and outages.",
                (2016, 7),
                (2020, 6),
                "care",
            ),
        ),
        education=("B.A. Psychology, Virginia Commonwealth University, 2015",),
        layout="two-column",
        labels=Labels(
            skills=(
                "Customer Service",
                "Call Center",
                "Phone Support",
                "Leadership",
                "Training and Mentoring",
                "Quality Assurance",
                "Scheduling",
                "Escalation Management",
                "Billing",
                "Payment Processing",
                "Avaya",
                "SAP",
                "Verint",
            ),
            education="bachelor",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa14",
        role="care-representative",
        name="Derrick Mahoney",
        contact="San Antonio, TX | derrick.mahoney@example.com | 210-555-0121",
        summary=(
            "U.S. Army veteran, now in my second year on the member phones at an insurer. Organized, calm and "
            "used to keeping exact records.",
        ),
        skills_lines=(
            "Customer service, phone support, policy billing questions",
            "Inventory management, forklift operation, GCSS-Army",
        ),
        jobs=(
            Job(
                "May 2025 - Present",
                "Customer Service Representative, USAA",
                "Answer member calls on auto and home policies: coverage questions, billing, adding drivers and "
                "vehicles.",
                (2025, 5),
                None,
                "care",
            ),
            Job(
                "Jun 2019 - May 2023",
                "Unit Supply Specialist (92Y), U.S. Army, Fort Cavazos, TX",
                "Received, stored and issued equipment for a 500-soldier battalion; ran monthly inventories and "
                "drove a forklift in the supply warehouse.",
                (2019, 6),
                (2023, 5),
                "other",
            ),
        ),
        education=(
            "Certificate in Logistics and Supply Chain Management, San Antonio College, 2024",
            "High School Diploma, Harlingen High School, 2018",
        ),
        extra=(
            Section(
                "Certifications",
                ("Texas Property & Casualty Agent License, 2025", "Army Forklift Operator License, 2020"),
            ),
        ),
        layout="table",
        labels=Labels(
            skills=(
                "Customer Service",
                "Phone Support",
                "Billing",
                "Organizational Skills",
                "Record Keeping",
                "Inventory Management",
                "Forklift Operation",
                "Forklift Certification",
                "Warehouse Operations",
                "GCSS-Army",
                "Logistics",
                "Supply Chain Management",
                "Property and Casualty Insurance License",
            ),
            education="high_school",
            relevant=CARE | {"wh"},
        ),
    ),
    LabelledResume(
        rid="pa15",
        role="care-career-changer",
        name="Lauren Fitzgerald",
        contact="Pittsburgh, PA | lauren.fitzgerald@example.com",
        summary=(
            "Certified pharmacy technician at a busy retail pharmacy counter who wants to move into customer "
            "care. Most of my day is already helping people in person and on the phone with refills, insurance "
            "rejections and long waits, and that is the part of the job I like best.",
        ),
        skills_lines=(
            "Customer service, pharmacy phone line, insurance rejections",
            "EnterpriseRx, POS register, HIPAA",
        ),
        jobs=(
            Job(
                "Oct 2023 - Present",
                "Pharmacy Technician, Giant Eagle Pharmacy",
                "Work the pickup and drop-off counter and the pharmacy phone line: answer refill and insurance "
                "questions, run the register, and help count and fill when the queue is short.",
                (2023, 10),
                None,
                "retail",
            ),
        ),
        education=(
            "Pharmacy Technician Certificate, Community College of Allegheny County, 2023",
            "High School Diploma, Brashear High School, 2022",
        ),
        extra=(Section("Certifications", ("Certified Pharmacy Technician (CPhT), PTCB, 2023",)),),
        cover_letter=(
            "Dear Hiring Manager,\n\nI am a certified pharmacy technician, and I am applying for your Customer Care "
            "Representative position because the part of my job I enjoy most is the customer part. At Giant Eagle I "
            "spend most of my shift at the pickup counter and on the pharmacy phone line, explaining insurance "
            "rejections, tracking down refills and calming people who have waited too long. I am careful with "
            "private health information and comfortable learning new software quickly. I would like to do this "
            "work full-time, on a team built around helping customers.\n\nThank you for considering me,\n"
            "Lauren Fitzgerald"
        ),
        labels=Labels(
            skills=(
                "Customer Service",
                "Phone Support",
                "Face-to-Face Service",
                "EnterpriseRx",
                "POS Systems",
                "Cash Handling",
                "HIPAA",
                "Certified Pharmacy Technician",
            ),
            education="high_school",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa16",
        role="care-entry",
        name="Maya Thompson",
        contact="Burlington, VT | mayathompson07@example.com",
        summary=(
            "Recent high-school graduate (June 2025) looking for an entry-level customer service job. Friendly, "
            "dependable and quick to learn.",
        ),
        skills_lines=("Cash register, Google Docs", "Patient with customers of all ages"),
        jobs=(
            Job(
                "Summer 2025",
                "Scooper / Cashier, Ben & Jerry's Scoop Shop",
                "Served customers at a busy walk-up window, ran the register and kept the counter clean.",
                (2025, 6),
                (2025, 8),
                "hospitality",
            ),
            Job(
                "2023 \u2013 2025",
                "Volunteer, Chittenden Food Shelf",
                "Sorted donations and helped families check in on Saturday distribution days.",
                (2023, 7),
                (2025, 6),
                "other",
            ),
        ),
        education=("High School Diploma, Burlington High School, 2025",),
        headings=(("Summary", "Objective"),),
        cover_letter=(
            "Hello,\n\nI graduated from Burlington High School in June 2025 and I'm looking for my first full-time "
            "job. In summer 2025 I worked the window at Ben & Jerry's, where I served hundreds of customers on busy "
            "nights and ran the register. I also volunteered at the Chittenden Food Shelf for two years, helping "
            "families check in. I'm friendly, dependable and I learn quickly, and I'd be glad to be trained for your "
            "customer service representative role.\n\nThank you,\nMaya Thompson"
        ),
        labels=Labels(
            skills=("Customer Service", "Cash Handling", "Google Workspace", "Patience", "Reliability"),
            education="high_school",
            relevant=frozenset({"ccr"}),
        ),
    ),
    LabelledResume(
        rid="pa17",
        role="care-manager",
        name="Elaine Marchetti",
        contact="Dallas, TX | elaine.marchetti@example.com | linkedin.com/in/elainemarchetti",
        summary=(
            "Customer experience leader with 15 years running customer service contact centers, from a team of 16 "
            "to an operation of 140 across phone, chat and email. Data-driven (CSAT, NPS, AHT), Six Sigma "
            "Green Belt, owner of a $9M operating budget.",
        ),
        skills_lines=(
            "Salesforce Service Cloud, NICE CXone, Genesys, Tableau",
            "Workforce management, hiring, coaching, quality programs, BPO partner oversight",
        ),
        jobs=(
            Job(
                "Mar 2021 - Present",
                "Director of Customer Experience, ShieldPoint Home Warranty",
                "Lead a 140-person contact center through 6 managers; launched Salesforce Service Cloud and a QA "
                "program; CSAT up from 81% to 90%.",
                (2021, 3),
                None,
                "care",
            ),
            Job(
                "Jun 2017 - Feb 2021",
                "Senior Manager, Customer Care, Brinks Home",
                "Ran two sites with 85 agents and built the tier 2 escalations team.",
                (2017, 6),
                (2021, 2),
                "care",
            ),
            Job(
                "Aug 2014 - May 2017",
                "Contact Center Manager, 7-Eleven Guest Relations",
                "Managed 4 supervisors and 40 agents handling guest calls, emails and social media.",
                (2014, 8),
                (2017, 5),
                "care",
            ),
            Job(
                "Nov 2011 - Jul 2014",
                "Customer Service Supervisor, Verizon Wireless",
                "Supervised 16 representatives on the billing queue; coaching and schedule adherence.",
                (2011, 11),
                (2014, 7),
                "care",
            ),
        ),
        education=("MBA, SMU Cox School of Business, 2016", "B.B.A. Management, Texas Tech University, 2009"),
        headings=(("Summary", "Executive Profile"), ("Experience", "Leadership Experience")),
        rows=False,
        job_line="{title} | {dates}",
        labels=Labels(
            skills=(
                "Customer Service",
                "Call Center",
                "Leadership",
                "Phone Support",
                "Live Chat",
                "Email Support",
                "Social Media Support",
                "Customer Satisfaction",
                "Six Sigma",
                "Salesforce Service Cloud",
                "Salesforce",
                "NICE inContact",
                "Genesys",
                "Tableau",
                "Training and Mentoring",
                "Quality Assurance",
                "Escalation Management",
                "Billing",
            ),
            education="master",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa18",
        role="tech-support",
        name="Kevin Truong",
        contact="Sacramento, CA | kevin.truong@example.com | 916-555-0178",
        summary=(
            "Tier 1 technical support representative at an internet provider. CompTIA A+ certified; I support "
            "customers by phone and chat with patient, plain-language customer service and document every "
            "contact in Zendesk.",
        ),
        skills_lines=(
            "TCP/IP, DNS, DHCP, Wi-Fi troubleshooting",
            "Windows 10/11, macOS, iOS and Android",
            "Zendesk, Five9",
        ),
        jobs=(
            Job(
                "Nov 2024 \u2013 Now",
                "Tier 1 Technical Support Representative, Sonic",
                "Inbound calls and chats from home internet customers: troubleshoot Wi-Fi, ONT and router problems, "
                "walk customers through setup and dispatch technicians when a line is down.",
                (2024, 11),
                None,
                "care",
            ),
        ),
        education=("A.A.S. Information Technology, American River College, 2024",),
        extra=(Section("Certifications", ("CompTIA A+ (2024)",)),),
        headings=(("Skills", "Technical Skills"),),
        layout="two-column",
        labels=Labels(
            skills=(
                "Technical Support",
                "Customer Support",
                "Customer Service",
                "Phone Support",
                "Live Chat",
                "Troubleshooting",
                "Patience",
                "Record Keeping",
                "CompTIA A+",
                "Zendesk",
                "Five9",
                "TCP/IP",
                "Domain name system DNS",
                "Dynamic host configuration protocol DHCP",
                "Microsoft Windows",
                "Apple macOS",
                "Apple iOS",
                "Google Android",
            ),
            education="associate",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa19",
        role="sales",
        name="Olivia Chen",
        contact="Nashville, TN | olivia.chen@example.com",
        summary=(
            "Sales development representative with a year of retail before that. I'm at my best on the phone "
            "and I live in Salesforce.",
        ),
        skills_lines=(
            "Salesforce, Outreach, LinkedIn Sales Navigator, ZoomInfo",
            "Cold calling, prospecting, objection handling",
        ),
        jobs=(
            Job(
                "9/2024 \u2013 present",
                "Sales Development Representative, Vendorly",
                "60+ outbound calls a day and email sequences to HR leaders; book 15+ qualified meetings a month "
                "for account executives; 118% of quota in 2025.",
                (2024, 9),
                None,
                "sales",
            ),
            Job(
                "9/2023 \u2013 8/2024",
                "Sales Associate, Nordstrom",
                "Helped customers on the floor, processed returns and exchanges and hit personal sales goals.",
                (2023, 9),
                (2024, 8),
                "retail",
            ),
        ),
        education=("B.A. Communication Studies, Belmont University, 2023",),
        layout="table",
        cover_letter=(
            "Dear Hiring Manager,\n\nI'm writing to apply for the Customer Care Specialist position. As a sales "
            "development representative I make 60+ calls a day, log every conversation in Salesforce and finished "
            "2025 at 118% of quota, but the calls I enjoy most are the ones where I solve someone's problem rather "
            "than pitch them. Before that I worked a year at Nordstrom, where helping customers with returns and "
            "exchanges taught me how to turn an unhappy visit around. I'd like to put my phone skills and CRM habits "
            "to work for your customers.\n\nKind regards,\nOlivia Chen"
        ),
        labels=Labels(
            skills=(
                "Sales",
                "Cold Calling",
                "Lead Generation",
                "Appointment Setting",
                "Quota Attainment",
                "Salesforce",
                "Outreach",
                "LinkedIn Sales Navigator",
                "ZoomInfo",
                "Objection Handling",
                "Customer Service",
                "Returns and Exchanges",
            ),
            education="bachelor",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa20",
        role="patient-access",
        name="Tanisha Greene",
        contact="Baltimore, MD | tanisha.greene@example.com",
        summary=(
            "Patient access representative with four years of front-desk and phone customer service in healthcare.",
        ),
        skills_lines=(
            "Epic (Prelude, Cadence), athenaOne",
            "Insurance verification, HIPAA, medical terminology",
            "Appointment scheduling, copay collection",
        ),
        jobs=(
            Job(
                "11/2024 - present",
                "Patient Access Representative, MedStar Union Memorial Hospital",
                "Register ED and outpatient patients, verify insurance eligibility, collect copays and answer the "
                "registration phone line.",
                (2024, 11),
                None,
                "care",
            ),
            Job(
                "11/2022 - 10/2024",
                "Medical Receptionist, Chesapeake Family Medicine",
                "Front desk for a six-provider practice: check-in, phones and scheduling in athenaOne.",
                (2022, 11),
                (2024, 10),
                "care",
            ),
        ),
        education=("High School Diploma, Patterson High School, Baltimore, 2021",),
        headings=(("Experience", "Work Experience"),),
        rows=False,
        job_line="{title} / {dates}",
        labels=Labels(
            skills=(
                "Customer Service",
                "Phone Support",
                "Scheduling",
                "Epic",
                "athenaOne",
                "Insurance Verification",
                "HIPAA",
                "Medical Terminology",
                "Payment Processing",
            ),
            education="high_school",
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa21",
        role="care-representative",
        name="Chloe Bergstrom",
        contact="Portland, OR | hello@chloebergstrom.example.com",
        summary=(
            "I run the customer service inbox for small online shops: order questions, returns and wholesale "
            "inquiries, answered the same day in the shop's own voice.",
        ),
        skills_lines=("Shopify, Etsy, Gorgias, Gmail, Google Sheets, Canva",),
        jobs=(
            Job(
                "2023-present",
                "Virtual Assistant (self-employed), Bergstrom Virtual Support",
                "Answer about 150 customer emails and marketplace messages a week for five small online shops; "
                "process returns and exchanges in Shopify and Etsy.",
                (2023, 7),
                None,
                "care",
            ),
            Job(
                "2021-2023",
                "Barista, Stumptown Coffee Roasters",
                "Espresso bar and register; opened the caf\u00e9 three mornings a week.",
                (2021, 7),
                (2023, 6),
                "hospitality",
            ),
        ),
        education=("Some college, general studies, Portland Community College, 2019-2020",),
        headings=(("Skills", "Tools"),),
        layout="two-column",
        rows=False,
        job_line="{title}, {dates}",
        labels=Labels(
            skills=(
                "Customer Service",
                "Email Support",
                "Returns and Exchanges",
                "Shopify",
                "Etsy",
                "Gorgias",
                "Google Workspace",
                "Canva",
                "Cash Handling",
            ),
            education=None,
            relevant=CARE,
        ),
    ),
    LabelledResume(
        rid="pa22",
        role="care-representative",
        name="Maricel Dela Cruz",
        contact="Daly City, CA | maricel.delacruz@example.com | 650-555-0116",
        summary=(
            "Customer service representative with five years of voice support on US accounts at a call center "
            "in Manila. Moved to the US in 2025 and looking to get back into customer care.",
        ),
        skills_lines=("Avaya, Salesforce", "Billing disputes, device troubleshooting, AHT and CSAT targets"),
        jobs=(
            Job(
                "May 2026 \u2013 present",
                "Cashier, Seafood City Supermarket",
                "Register and customer questions at checkout.",
                (2026, 5),
                None,
                "retail",
            ),
            Job(
                "March 2020 \u2013 February 2025",
                "Customer Service Representative, Concentrix (Manila)",
                "Inbound calls for a US wireless carrier's postpaid customers: billing disputes, plan changes and "
                "device troubleshooting, about 80 calls a night shift; nesting buddy for new hires.",
                (2020, 3),
                (2025, 2),
                "care",
            ),
        ),
        education=("Bachelor of Science in Business Administration, University of Santo Tomas, Manila, 2019",),
        extra=(Section("Languages", ("English (fluent), Tagalog (native)",)),),
        layout="table",
        cover_letter=(
            "Dear Hiring Manager,\n\nI am applying for the Customer Care Representative role. For five years I "
            "worked at Concentrix in Manila on the account of a US wireless carrier, taking about 80 calls a night "
            "on billing, plan changes and phone troubleshooting, and I was a nesting buddy for new agents. My family "
            "moved to California in 2025, and since May I have been a cashier at Seafood City while I look for a "
            "role that uses my call center experience. I am used to US customers, night and weekend shifts, and "
            "strict quality targets.\n\nRespectfully,\nMaricel Dela Cruz"
        ),
        labels=Labels(
            skills=(
                "Customer Service",
                "Call Center",
                "Phone Support",
                "Billing",
                "Troubleshooting",
                "Avaya",
                "Salesforce",
                "Customer Satisfaction",
                "Training and Mentoring",
                "Cash Handling",
                "English",
                "Tagalog",
                "Bilingual",
            ),
            education="bachelor",
            relevant=CARE,
        ),
    ),
)
