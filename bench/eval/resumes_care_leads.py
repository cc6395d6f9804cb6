"""Customer-care supervisors, managers, entry-level applicants and career changers (hand labels)."""
from __future__ import annotations

from ats.demo.documents import Section

from .model import Job, LabelledResume, Labels

CARE = frozenset({"ccs", "ccr"})

RESUMES: tuple[LabelledResume, ...] = (
    LabelledResume(
        rid="cl01", role="care-supervisor", name="Angela Brooks",
        contact="Jacksonville, FL | angela.brooks@example.com",
        summary=("Customer service supervisor leading a team of 14 agents; 8+ years in contact centers.",),
        skills_lines=("Team leadership, coaching, scheduling, WFM (NICE IEX)", "Salesforce, Zendesk, Excel pivot tables",
                      "KPI reporting: AHT, FCR, CSAT"),
        jobs=(
            Job("Jan 2022 - Present", "Customer Service Supervisor, Florida Blue",
                "Lead 14 agents; weekly coaching and QA calibration; handle escalations; cut AHT by 12%.",
                (2022, 1), None, "care"),
            Job("Mar 2018 - Dec 2021", "Senior Customer Service Representative, Florida Blue",
                "Member benefits calls; floor support for new hires.", (2018, 3), (2021, 12), "care"),
            Job("Jun 2016 - Feb 2018", "Customer Service Representative, Web.com",
                "Billing and hosting support calls.", (2016, 6), (2018, 2), "care"),
        ),
        education=("Associate in Science, Florida State College at Jacksonville, 2016",),
        layout="two-column",
        labels=Labels(
            skills=("customer service", "contact center", "team leadership", "leadership", "coaching",
                    "scheduling", "workforce management", "NICE", "Salesforce", "Zendesk", "Microsoft Excel",
                    "pivot tables", "KPI reporting", "reporting", "quality assurance", "escalation management",
                    "billing", "team management", "first contact resolution", "customer satisfaction"),
            education="associate", relevant=CARE),
    ),
    LabelledResume(
        rid="cl02", role="care-supervisor", name="Brian Nguyen",
        contact="San Jose, CA | brian.nguyen@example.com",
        summary=("Support team lead with overlapping part-time roles while studying; now supervising tier-1 "
                 "support.",),
        skills_lines=("Zendesk, Jira Service Management, Looker", "Hiring, onboarding, performance reviews",
                      "Vietnamese (conversational)"),
        jobs=(
            Job("Jul 2023 \u2013 Present", "Customer Support Team Lead, Zoom",
                "Supervise 9 tier-1 agents; own escalation queue; built onboarding curriculum.", (2023, 7), None,
                "care"),
            Job("Jun 2020 \u2013 Jun 2023", "Customer Support Specialist, Zoom",
                "Phone, chat and email support for meeting and webinar customers.", (2020, 6), (2023, 6), "care"),
            Job("Sep 2019 \u2013 Dec 2020", "Customer Service Assistant (part-time), San Jose State University Library",
                "Front desk circulation and patron questions.", (2019, 9), (2020, 12), "care"),
        ),
        education=("B.S. Business Administration, San Jose State University, 2021",),
        extra=(Section("Languages", ("English, Vietnamese (conversational)",)),),
        labels=Labels(
            skills=("customer support", "customer service", "Zendesk", "Jira", "Looker", "hiring", "onboarding",
                    "performance management", "Vietnamese", "team leadership", "leadership",
                    "escalation management", "phone support", "live chat", "email support",
                    "curriculum development", "front desk", "English"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="cl03", role="care-supervisor", name="Rosa Martinez",
        contact="El Paso, TX | rosa.martinez@example.com",
        summary=("Call center supervisor. 10 years in customer service with a 2-year career break for family "
                 "(2019-2021).",),
        skills_lines=("Avaya CMS, Verint QM, Salesforce", "Spanish/English bilingual", "Conflict resolution, coaching"),
        jobs=(
            Job("Sep 2021 - Present", "Call Center Supervisor, Hospitals of Providence",
                "Supervise patient access call center (20 agents); schedule shifts incl. weekends; audit calls.",
                (2021, 9), None, "care"),
            Job("May 2013 - Jun 2019", "Customer Service Representative, then Team Lead, AT&T",
                "Wireless billing and tech calls; promoted to team lead in 2016.", (2013, 5), (2019, 6), "care"),
        ),
        education=("High School Diploma, Bowie High School, 2012",),
        layout="table",
        labels=Labels(
            skills=("call center", "customer service", "Avaya", "Verint", "Salesforce", "Spanish", "bilingual",
                    "conflict resolution", "coaching", "scheduling", "quality assurance", "team leadership",
                    "leadership", "billing", "technical support", "English"),
            education="high_school", relevant=CARE),
    ),
    LabelledResume(
        rid="cl04", role="care-supervisor", name="Marcus Hill",
        contact="Memphis, TN | marcus.hill@example.com",
        summary=("Customer service supervisor in logistics; 3 years leading, 5 years total customer-facing.",),
        skills_lines=("Oracle TMS, SAP, Microsoft Office", "Shipment tracking, claims, vendor communication"),
        jobs=(
            Job("2023 - present", "Customer Service Supervisor, FedEx Logistics",
                "Lead 7 reps handling shipment exceptions and damage claims for key accounts.", (2023, 7), None,
                "care"),
            Job("2021 - 2023", "Customer Service Representative, FedEx Logistics",
                "Tracked shipments and resolved delivery issues for B2B customers.", (2021, 7), (2023, 6), "care"),
        ),
        education=("B.S. Supply Chain Management, University of Memphis, 2021",),
        labels=Labels(
            skills=("customer service", "Oracle", "SAP", "Microsoft Office", "shipment tracking",
                    "claims processing", "team leadership", "leadership", "logistics", "account management",
                    "supply chain management", "Transportation management system TMS"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="cm01", role="care-manager", name="Jennifer Walsh",
        contact="Chicago, IL | jennifer.walsh@example.com",
        summary=("Customer service manager with 12+ years of experience building multi-site contact centers and "
                 "customer service policies.",),
        skills_lines=("Budgeting, forecasting, vendor management (BPO)", "Salesforce Service Cloud, Genesys, Tableau",
                      "Six Sigma Green Belt; strategic planning; change management"),
        jobs=(
            Job("March 2019 - Present", "Senior Manager, Customer Care, Grubhub",
                "Run a 120-agent organisation across two sites and one BPO; own CSAT, budget and staffing.",
                (2019, 3), None, "care"),
            Job("July 2014 - February 2019", "Customer Service Manager, Orbitz",
                "Managed 4 supervisors and 45 agents; launched chat support; wrote escalation policies.",
                (2014, 7), (2019, 2), "care"),
            Job("August 2011 - June 2014", "Customer Service Representative, Orbitz",
                "Travel booking changes and refunds by phone.", (2011, 8), (2014, 6), "care"),
        ),
        education=("MBA, DePaul University, 2017", "B.A. Sociology, Loyola University Chicago, 2011"),
        extra=(Section("Certifications", ("Lean Six Sigma Green Belt", "COPC Coordinator")),),
        layout="two-column",
        labels=Labels(
            skills=("customer service", "contact center", "budgeting", "forecasting", "vendor management",
                    "Salesforce", "Genesys", "Tableau", "Six Sigma", "Lean", "strategic planning",
                    "change management", "management", "team management", "leadership", "staffing",
                    "customer satisfaction", "live chat", "policy development", "refunds", "phone support",
                    "call center", "process improvement", "Salesforce Service Cloud"),
            education="master", relevant=CARE),
    ),
    LabelledResume(
        rid="cm02", role="care-manager", name="David Kim",
        contact="Irvine, CA | david.kim@example.com",
        summary=("Head of customer support for a fintech startup. Scaled support from 3 to 40 people.",),
        skills_lines=("Zendesk, Intercom, Klaus QA, SQL, Looker", "Hiring, OKRs, workforce planning",
                      "Korean (fluent)"),
        jobs=(
            Job("06/2021 - Present", "Head of Customer Support, Chime",
                "Built support org, tooling and QA program; partnered with product on top contact drivers.",
                (2021, 6), None, "care"),
            Job("01/2017 - 05/2021", "Customer Support Manager, Blizzard Entertainment",
                "Managed player support team of 25; live-ops incident communications.", (2017, 1), (2021, 5),
                "care"),
            Job("06/2013 - 12/2016", "Game Master / Player Support, Blizzard Entertainment",
                "In-game and ticket support for players.", (2013, 6), (2016, 12), "care"),
        ),
        education=("B.A. Economics, UC Irvine, 2013",),
        extra=(Section("Languages", ("English, Korean (fluent)",)),),
        labels=Labels(
            skills=("customer support", "customer service", "Zendesk", "Intercom", "SQL", "Looker", "hiring",
                    "OKRs", "workforce management", "Korean", "quality assurance", "management", "team management",
                    "leadership", "ticketing systems", "incident management", "English"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="cm03", role="care-manager", name="Patricia Owens",
        contact="Tulsa, OK | patricia.owens@example.com",
        summary=("Customer care manager. 15 years of experience in insurance service operations.",),
        skills_lines=("Guidewire, Microsoft Excel (advanced), Power BI", "Coaching, compliance, process design"),
        jobs=(
            Job("2016 \u2013 Present", "Customer Care Manager, ONEOK Insurance Services",
                "Manage 3 supervisors and 30 reps; quality and compliance programs; training plans.", (2016, 7),
                None, "care"),
            Job("2011 \u2013 2016", "Customer Care Supervisor, State Farm",
                "Claims call center supervision.", (2011, 7), (2016, 6), "care"),
        ),
        education=("Bachelor of Science in Business, Oklahoma State University, 2010",),
        extra=(Section("Licenses", ("Oklahoma Property & Casualty Insurance License",)),),
        labels=Labels(
            skills=("customer service", "Guidewire", "Microsoft Excel", "Power BI", "coaching", "compliance",
                    "process improvement", "management", "team management", "quality assurance", "training",
                    "call center", "claims processing", "insurance", "leadership"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="ce01", role="care-entry", name="Tyler Johnson",
        contact="Dayton, OH | tyler.johnson@example.com",
        summary=("Recent high school graduate looking for my first customer service job. Friendly, reliable and "
                 "a quick learner.",),
        skills_lines=("Microsoft Word, Google Docs", "Cash register, customer service, teamwork"),
        jobs=(
            Job("Summer 2025", "Crew Member, McDonald's",
                "Took orders at the front counter and drive-thru; handled cash.", (2025, 6), (2025, 8),
                "hospitality"),
            Job("Summer 2026", "Lifeguard, Dayton Recreation",
                "Monitored pool safety; first aid.", (2026, 6), (2026, 8), "other"),
        ),
        education=("High School Diploma, Stivers School for the Arts, 2026",),
        extra=(Section("Certifications", ("American Red Cross CPR/AED and First Aid",)),),
        labels=Labels(
            skills=("customer service", "Microsoft Word", "Google Docs", "cash handling", "teamwork", "CPR",
                    "first aid", "point of sale", "reliability"),
            education="high_school", relevant=CARE),
    ),
    LabelledResume(
        rid="ce02", role="care-entry", name="Mei Chen",
        contact="Queens, NY | mei.chen@example.com",
        summary=("Communications graduate seeking an entry-level customer care role. Mandarin and Cantonese "
                 "speaker.",),
        skills_lines=("Excel, PowerPoint, Canva", "Social media, written communication"),
        jobs=(
            Job("Jan 2026 - Present", "Customer Service Associate (part-time), Uniqlo",
                "Helping customers find sizes, processing returns and exchanges at the register.", (2026, 1), None,
                "retail"),
            Job("Jun 2025 - Aug 2025", "Marketing Intern, NYC Small Business Services",
                "Drafted newsletters and social posts.", (2025, 6), (2025, 8), "other"),
        ),
        education=("B.A. Communication Studies, Queens College, CUNY, 2025",),
        extra=(Section("Languages", ("Mandarin (native), Cantonese (fluent)",)),),
        layout="table",
        labels=Labels(
            skills=("customer service", "Microsoft Excel", "Microsoft PowerPoint", "Canva", "social media",
                    "written communication", "communication", "Mandarin", "Cantonese", "returns and exchanges",
                    "point of sale", "marketing", "newsletters"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="ce03", role="care-entry", name="Jordan Smith",
        contact="Tucson, AZ | jordan.smith@example.com",
        summary=("Currently pursuing an associate degree; 1 year of retail experience and strong people skills.",),
        skills_lines=("POS systems, inventory, customer-service", "Bilingual: English / Spanish"),
        jobs=(
            Job("09/2025 \u2013 present", "Retail Associate, Walgreens",
                "Checkout, photo counter, restocking and helping customers find products.", (2025, 9), None,
                "retail"),
        ),
        education=("Associate of Arts (in progress, expected 2027), Pima Community College",
                   "High School Diploma, Tucson High Magnet School, 2025"),
        labels=Labels(
            skills=("customer service", "point of sale", "inventory management", "Spanish", "bilingual",
                    "interpersonal skills", "stocking", "retail", "English"),
            education="high_school", relevant=CARE),
    ),
    LabelledResume(
        rid="ce04", role="care-entry", name="Fatima Zahra",
        contact="Dearborn, MI | fatima.zahra@example.com",
        summary=("Volunteer and intern experience answering phones and helping community members. Arabic and "
                 "French speaker.",),
        skills_lines=("Phone etiquette, scheduling, Microsoft Outlook", "Arabic, French, English"),
        jobs=(
            Job("Summer 2024", "Front Desk Intern, Arab American National Museum",
                "Greeted visitors, answered phone calls, sold tickets.", (2024, 6), (2024, 8), "care"),
            Job("Sep 2024 - May 2026", "Student Assistant, University of Michigan-Dearborn Help Desk",
                "Answered student questions by phone and walk-in; reset passwords.", (2024, 9), (2026, 5), "care"),
        ),
        education=("B.A. Psychology, University of Michigan-Dearborn, 2026",),
        labels=Labels(
            skills=("phone etiquette", "scheduling", "Microsoft Outlook", "Arabic", "French", "customer service",
                    "front desk", "phone support", "technical support", "face-to-face service", "English"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="cx01", role="care-career-changer", name="Robert Miller",
        contact="Tampa, FL | robert.miller@example.com",
        summary=("Former restaurant manager moving into customer care. 9 years of guest-facing hospitality "
                 "experience; skilled at handling complaints and training staff.",),
        skills_lines=("Conflict resolution, staff training, scheduling", "Toast POS, OpenTable, Excel"),
        jobs=(
            Job("May 2017 - Aug 2026", "Restaurant Manager, Olive Garden",
                "Managed front of house, handled guest complaints, trained servers.", (2017, 5), (2026, 8),
                "hospitality"),
        ),
        education=("High School Diploma, Tampa Bay Tech, 2009", "ServSafe Manager Certification"),
        labels=Labels(
            skills=("conflict resolution", "training", "scheduling", "point of sale", "Toast", "OpenTable",
                    "Microsoft Excel", "customer service", "complaint handling", "management", "hospitality",
                    "team management", "food safety", "ServSafe"),
            education="high_school", relevant=CARE),
    ),
    LabelledResume(
        rid="cx02", role="care-career-changer", name="Emily Clarke",
        contact="Raleigh, NC | emily.clarke@example.com",
        summary=("Former elementary teacher (6 years) transitioning to customer success. Patient, organized and "
                 "an excellent communicator; completed a Zendesk Support Administrator course.",),
        skills_lines=("Zendesk, Google Workspace, Microsoft Office", "Communication, patience, de-escalation"),
        jobs=(
            Job("Jan 2026 - Present", "Customer Support Associate (contract), Pendo",
                "Answer in-app chat and email tickets; document issues for product teams.", (2026, 1), None, "care"),
            Job("Aug 2019 - Jun 2025", "3rd Grade Teacher, Wake County Public Schools",
                "Taught 25 students; parent communication; lesson planning.", (2019, 8), (2025, 6), "teaching"),
        ),
        education=("M.Ed. Elementary Education, NC State University, 2019", "B.A. English, UNC Greensboro, 2017"),
        layout="two-column",
        labels=Labels(
            skills=("customer success", "customer support", "customer service", "Zendesk", "Google Workspace",
                    "Microsoft Office", "communication", "patience", "de-escalation", "live chat", "email support",
                    "teaching", "lesson planning", "documentation", "ticketing systems", "organizational skills"),
            education="master", relevant=CARE),
    ),
    LabelledResume(
        rid="cx03", role="care-career-changer", name="Ahmed Hassan",
        contact="Minneapolis, MN | ahmed.hassan@example.com",
        summary=("Military veteran (US Army logistics) seeking a customer service representative role; security "
                 "clearance; calm under pressure.",),
        skills_lines=("Microsoft Office, data entry, inventory control", "Leadership, teamwork, Somali and Arabic"),
        jobs=(
            Job("Oct 2018 \u2013 Sep 2024", "Logistics Specialist (92A), U.S. Army",
                "Managed supply records for a 200-soldier unit; trained junior soldiers.", (2018, 10), (2024, 9),
                "warehouse"),
            Job("Feb 2025 \u2013 Present", "Front Desk Associate, Life Time Fitness",
                "Member check-in, membership questions, resolving billing concerns.", (2025, 2), None, "care"),
        ),
        education=("Associate of Applied Science in Logistics, Central Texas College, 2022",),
        labels=Labels(
            skills=("Microsoft Office", "data entry", "inventory management", "leadership", "teamwork", "Somali",
                    "Arabic", "customer service", "logistics", "training", "front desk", "billing",
                    "security clearance", "stress management"),
            education="associate", relevant=CARE | {"wh"}),
    ),
)
