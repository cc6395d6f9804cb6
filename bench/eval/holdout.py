"""Held-out resumes: never used to tune the screening library, so its figures on them are honest.

Written after the library was tuned on the 50 resumes of bench/eval/resumes*.py, in the same structure and with
the same label conventions (bench/eval/model.py), but on purpose in other styles: other date formats ("Sept 2020 -
Now", "2018/03 - 2020/11", "12.2019 - 04.2023", "Jun. '21 to present", "10/19 - present", "Jan-Jun 2025",
"Since April 2022"), other section headings ("Work History", "Professional Background", "Core Competencies",
"Training"), skills written in prose, and overlapping part-time jobs. Labels were written before the library was
run on these resumes.

Reading conventions for the span labels (as in model.py): "Present"/"Now"/"current" ends at Oct 2026 (reference
date 2026-11-01); a year-only bound reads mid-year (Jul start, Jun end); "Summer" is Jun-Aug; "Jan-Jun 2025" is
Jan 2025 to Jun 2025; "10/19" is Oct 2019.
"""
from __future__ import annotations

from ats.demo.documents import Section

from .model import Job, LabelledResume, Labels

CARE = frozenset({"ccs", "ccr"})
NONE: frozenset[str] = frozenset()

_CARE_RESUMES: tuple[LabelledResume, ...] = (
    LabelledResume(
        rid="hc01", role="care-representative", name="Shanice Coleman",
        contact="Memphis, TN | shanice.coleman@example.com | 901-555-0182",
        summary=("Member services representative at a health insurer. I answer member calls about claims, benefits "
                 "and bills, keep detailed notes in Salesforce on every call, and stay calm and de-escalate when "
                 "callers are upset. Comfortable with Excel and Outlook; I type about 60 words per minute.",),
        jobs=(
            Job("Sept 2020 \u2013 Now", "Member Services Representative, Cigna",
                "Inbound member calls on claims, eligibility and premium billing, about 60 calls a day; escalate "
                "appeals to the grievance team.", (2020, 9), None, "care"),
            Job("Jan 2019 \u2013 Aug 2020", "Customer Service Desk Clerk, Kroger",
                "Ran the service desk: returns, money orders and cash office counts.", (2019, 1), (2020, 8),
                "retail"),
        ),
        education=("Whitehaven High School, Memphis \u2014 diploma, 2018",),
        headings=(("Summary", "Profile"), ("Experience", "Work History")),
        rows=False, job_line="{title} ({dates})",
        labels=Labels(
            skills=("Customer Service", "Phone Support", "Call Center", "Salesforce", "De-escalation",
                    "Microsoft Excel", "Microsoft Outlook", "Typing Speed", "Billing", "Escalation Management",
                    "Record Keeping", "Returns and Exchanges", "Cash Handling"),
            education="high_school", relevant=CARE),
    ),
    LabelledResume(
        rid="hc02", role="care-representative", name="Devon Price",
        contact="Kansas City, MO | devon.price@example.net",
        summary=("Customer support agent for an online bedding brand; before that six years in retail and "
                 "restaurants, often two jobs at once.",),
        skills_lines=("I use Zendesk and Talkdesk every day and picked up the Shopify admin on the job.",
                      "Good at multitasking between chat windows and keeping a positive attitude on long shifts."),
        jobs=(
            Job("2022/01 - present", "Customer Support Agent, Brooklinen",
                "Chat and phone support for bedding orders: order status, returns and exchanges, damaged-item "
                "replacements.", (2022, 1), None, "care"),
            Job("2020/12 - 2022/06", "Host (part-time, weekends), Jack Stack Barbecue",
                "Greeted guests, ran the waitlist and took phone reservations.", (2020, 12), (2022, 6),
                "hospitality"),
            Job("2018/03 - 2020/11", "Customer Service Associate, Best Buy",
                "Customer service counter: returns, order pickups and repair check-ins on the POS system.",
                (2018, 3), (2020, 11), "retail"),
        ),
        education=("Associate of Applied Science in Business Management, Metropolitan Community College, 2019",),
        headings=(("Skills", "Strengths"),),
        layout="table",
        labels=Labels(
            skills=("Customer Service", "Customer Support", "Live Chat", "Phone Support", "Zendesk", "Talkdesk",
                    "Shopify", "Multitasking", "Positive Attitude", "Returns and Exchanges", "POS Systems"),
            education="associate", relevant=CARE),
    ),
    LabelledResume(
        rid="hc03", role="care-representative", name="Rafael Souza",
        contact="Newark, NJ | rafael.souza@example.com",
        summary=("Trilingual customer care representative (Portuguese, Spanish, English) at a utility.",),
        skills_lines=("Genesys Cloud, Salesforce Service Cloud", "Complaint resolution, cross-selling",
                      "Portuguese, Spanish & English"),
        jobs=(
            Job("Jun. '21 to present", "Customer Care Representative, PSE&G",
                "Inbound calls from residential customers about bills, payment arrangements, start/stop service "
                "and outages; Portuguese and Spanish queue.", (2021, 6), None, "care"),
            Job("Aug. '19 to May '21", "Teller, Santander Bank",
                "Cash transactions, new-account referrals and cross-selling of credit cards.", (2019, 8), (2021, 5),
                "care"),
        ),
        education=("B.S. Business Administration (in progress), Rutgers University\u2013Newark",
                   "High School Diploma, East Side High School, 2018"),
        extra=(Section("Languages", ("Portuguese (native), Spanish (fluent), English (fluent)",)),),
        layout="two-column",
        labels=Labels(
            skills=("Customer Service", "Phone Support", "Call Center", "Genesys", "Salesforce Service Cloud",
                    "Salesforce", "Complaint Resolution", "Cross-selling", "Billing", "Payment Processing",
                    "Cash Handling", "Portuguese", "Spanish", "English", "Bilingual"),
            education="high_school", relevant=CARE),
    ),
    LabelledResume(
        rid="hs01", role="care-specialist", name="Ingrid Larsen",
        contact="Minneapolis, MN | ingrid.larsen@example.com",
        summary=("Customer care specialist for a device-management software company; I take the tickets tier 1 "
                 "cannot close.",),
        skills_lines=("Escalated complaint resolution \u00b7 knowledge-base writing \u00b7 quality assurance reviews",
                      "Tools: Freshdesk, Intercom, Jira, Microsoft Office"),
        jobs=(
            Job("05.2023 \u2013 present", "Customer Care Specialist (Escalations), Jamf",
                "Own escalated tickets from tier 1, write help-centre articles and review 20 tickets a week for "
                "QA.", (2023, 5), None, "care"),
            Job("12.2019 \u2013 04.2023", "Technical Support Representative, Jamf",
                "Tier 1 email and phone support for Apple device management customers.", (2019, 12), (2023, 4),
                "care"),
            Job("06.2017 \u2013 11.2019", "Sales Floor Associate, REI",
                "Helped members choose gear and sold memberships.", (2017, 6), (2019, 11), "retail"),
        ),
        education=("B.A. Scandinavian Studies, University of Minnesota, 2017",),
        extra=(Section("Languages", ("Norwegian (native), English",)),),
        headings=(("Skills", "Core Competencies"), ("Experience", "Professional Background")),
        rows=False, job_line="{dates}  {title}",
        labels=Labels(
            skills=("Customer Service", "Customer Support", "Complaint Resolution", "Escalation Management",
                    "Quality Assurance", "Freshdesk", "Intercom", "Jira", "Microsoft Office", "Technical Support",
                    "Email Support", "Phone Support", "Sales", "English"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="hs02", role="care-specialist", name="Marcus Webb",
        contact="Louisville, KY | mwebb@example.org",
        summary=("Customer care specialist for Medicare members; patient access and pharmacy background.",),
        skills_lines=("HIPAA, medical terminology, Epic scheduling", "Coaching and mentoring, complaint resolution",
                      "Microsoft Excel"),
        jobs=(
            Job("2021 \u2013 present", "Customer Care Specialist, Humana",
                "Resolve escalated claims and prior-authorization complaints for Medicare members; protect PHI; "
                "coach new representatives.", (2021, 7), None, "care"),
            Job("2017 \u2013 2021", "Patient Access Representative, Baptist Health",
                "Registration, insurance verification and appointment scheduling at the front desk of a busy "
                "clinic.", (2017, 7), (2021, 6), "care"),
            Job("2015 \u2013 2017", "Pharmacy Cashier, Walgreens",
                "Handled cash and card payments at the pharmacy counter.", (2015, 7), (2017, 6), "retail"),
        ),
        education=("Associate of Science, Health Information Technology, Jefferson Community and Technical College, "
                   "2017",),
        layout="table",
        labels=Labels(
            skills=("Customer Service", "HIPAA", "Medical Terminology", "Epic", "Scheduling",
                    "Training and Mentoring", "Complaint Resolution", "Escalation Management", "Microsoft Excel",
                    "Cash Handling", "Payment Processing"),
            education="associate", relevant=CARE),
    ),
    LabelledResume(
        rid="hl01", role="care-supervisor", name="Tamara Jenkins",
        contact="Tulsa, OK | tamara.jenkins@example.com",
        summary=("Contact center supervisor. I lead a team of 12 guest services representatives, run weekly "
                 "coaching sessions and build the team schedule.",),
        skills_lines=("NICE inContact, Salesforce, Power BI dashboards",
                      "Coaching, scheduling, escalation handling, quality assurance"),
        jobs=(
            Job("Since April 2022", "Customer Service Supervisor, QuikTrip Guest Services",
                "Supervise 12 representatives handling guest calls, emails and social media messages; weekly "
                "coaching and call calibration; own escalations.", (2022, 4), None, "care"),
            Job("March 2017 until March 2022", "Guest Services Representative, QuikTrip",
                "Phone and email guest feedback; promoted to team lead in 2020.", (2017, 3), (2022, 3), "care"),
            Job("Oct 2016 - Feb 2017", "Seasonal Sales Associate, Kohl's",
                "Holiday season register and fitting rooms.", (2016, 10), (2017, 2), "retail"),
        ),
        education=("High School Diploma, Booker T. Washington High School, 2015",
                   "Leadership Certificate, Tulsa Community College, 2021"),
        headings=(("Experience", "Employment"),),
        rows=False, job_line="{title} \u2014 {dates}",
        labels=Labels(
            skills=("Customer Service", "Call Center", "Leadership", "Training and Mentoring", "Scheduling",
                    "NICE inContact", "Salesforce", "Power BI", "Escalation Management", "Quality Assurance",
                    "Phone Support", "Email Support", "Social Media Support", "Sales"),
            education="high_school", relevant=CARE),
    ),
    LabelledResume(
        rid="hl02", role="care-supervisor", name="Kenta Mori",
        contact="Seattle, WA | kenta.mori@example.com",
        summary=("Support operations supervisor; I worked a weekend tutoring job alongside my support role for "
                 "two years.",),
        skills_lines=("Zendesk, Google Sheets", "Japanese (native), English"),
        jobs=(
            Job("Nov 2023 - current", "Support Operations Supervisor, Zillow",
                "Lead 8 chat agents; QA scorecards; weekly KPI reports on CSAT and first-response time.",
                (2023, 11), None, "care"),
            Job("Feb 2020 - Oct 2023", "Customer Support Specialist, Zillow",
                "Chat and email support for renters and landlords.", (2020, 2), (2023, 10), "care"),
            Job("Aug 2021 - Jul 2023", "Weekend Math Tutor (part-time), Mathnasium",
                "Tutored middle-school math on Saturdays.", (2021, 8), (2023, 7), "teaching"),
            Job("Sep 2018 - Jan 2020", "Barista, Starbucks",
                "Made drinks and served customers during morning rush.", (2018, 9), (2020, 1), "hospitality"),
        ),
        education=("B.A. Japanese Studies, University of Washington, 2019",),
        layout="two-column",
        labels=Labels(
            skills=("Customer Service", "Customer Support", "Zendesk", "Google Workspace", "Japanese", "English",
                    "Bilingual", "Leadership", "Quality Assurance", "Customer Satisfaction", "Live Chat",
                    "Email Support"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="hm01", role="care-manager", name="Linda Morales",
        contact="Las Vegas, NV | linda.morales@example.com",
        summary=("Customer care manager with 17 years in utility and cable contact centers, from the phones to "
                 "running two sites.",),
        skills_lines=("Genesys, Salesforce, Six Sigma Green Belt",
                      "Budgeting, hiring, performance management, process improvement", "Spanish (conversational)"),
        jobs=(
            Job("2018 \u2013 present", "Customer Care Manager, Southwest Gas",
                "Manage 3 supervisors and 45 agents across two sites; own the budget and workforce planning; "
                "launched the chat channel.", (2018, 7), None, "care"),
            Job("2012 \u2013 2018", "Call Center Supervisor, Cox Communications",
                "Supervised 15 agents on billing and repair calls.", (2012, 7), (2018, 6), "care"),
            Job("2009 \u2013 2012", "Customer Service Representative, Cox Communications",
                "Billing and repair calls.", (2009, 7), (2012, 6), "care"),
        ),
        education=("MBA, University of Nevada, Las Vegas, 2016", "B.A. Communication, UNLV, 2009"),
        headings=(("Summary", "Executive Summary"),),
        labels=Labels(
            skills=("Customer Service", "Call Center", "Leadership", "Genesys", "Salesforce", "Six Sigma",
                    "Process Improvement", "Spanish", "Billing", "Phone Support"),
            education="master", relevant=CARE),
    ),
    LabelledResume(
        rid="hm02", role="care-manager", name="Grace Adebayo",
        contact="Chicago, IL | grace.adebayo@example.com",
        summary=("Director of customer experience. I built the support team at a meal-kit company from 5 to 60 "
                 "people across phone, email, chat and SMS, rolled out Gladly and Talkdesk, and own the CX budget. "
                 "Certified Customer Experience Professional (CCXP).",),
        jobs=(
            Job("10/19 - present", "Director, Customer Experience, Home Chef",
                "Built and lead a 60-person support team and an outsourced partner; CSAT up from 78% to 91%.",
                (2019, 10), None, "care"),
            Job("06/14 - 09/19", "Customer Support Manager, Groupon",
                "Managed 25 agents handling refunds and merchant disputes.", (2014, 6), (2019, 9), "care"),
            Job("01/11 - 05/14", "Customer Service Representative, Groupon",
                "Phone and email support for customers.", (2011, 1), (2014, 5), "care"),
        ),
        education=("B.S. Marketing, DePaul University, 2010",),
        headings=(("Experience", "Career History"),),
        rows=False, job_line="{dates}: {title}",
        labels=Labels(
            skills=("Customer Service", "Customer Support", "Leadership", "Phone Support", "Email Support",
                    "Live Chat", "SMS Support", "Omnichannel Support", "Gladly", "Talkdesk",
                    "Certified Customer Experience Professional", "Customer Satisfaction"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="he01", role="care-entry", name="Aaliyah Brooks",
        contact="Tacoma, WA | aaliyah.brooks@example.com",
        summary=("Motivated recent graduate seeking an entry-level customer service representative position. I work "
                 "well on a team, learn quickly and am comfortable on the phone.",),
        skills_lines=("Cash handling, friendly phone manner, typing 45 WPM, Microsoft Word and Google Docs",),
        jobs=(
            Job("Aug 2025 \u2013 Present", "Cashier (part-time), Dollar General",
                "Checkout, stocking and opening/closing the register.", (2025, 8), None, "retail"),
            Job("Jan\u2013Jun 2025", "Front Office Aide (work-study), Lincoln High School",
                "Answered the office phone, took messages and signed in visitors.", (2025, 1), (2025, 6), "care"),
            Job("Summer 2024", "Concession Stand Worker, Six Flags",
                "Took orders and served food at a busy stand.", (2024, 6), (2024, 8), "hospitality"),
        ),
        education=("High School Diploma, Lincoln High School, Tacoma, 2025",),
        headings=(("Summary", "Objective"), ("Skills", "Skills & Abilities")),
        labels=Labels(
            skills=("Customer Service", "Cash Handling", "Phone Etiquette", "Phone Support", "Typing Speed",
                    "Microsoft Word", "Google Workspace", "Teamwork"),
            education="high_school", relevant=CARE),
    ),
    LabelledResume(
        rid="he02", role="care-entry", name="Noah Fischer",
        contact="Tucson, AZ | noah.fischer@example.com",
        summary=("New graduate with two years of phone outreach and a part-time retail job, looking for a "
                 "customer care role. I logged every call in Salesforce and like solving problems for people.",),
        jobs=(
            Job("Sep 2024 \u2013 May 2026", "Student Call Center Agent, University of Arizona Foundation",
                "Outbound calls to alumni three evenings a week; updated contact records.", (2024, 9), (2026, 5),
                "care"),
            Job("May 2025 \u2013 Present", "Sales Associate (part-time), Target",
                "Helped guests on the floor and at checkout; processed returns.", (2025, 5), None, "retail"),
            Job("Jun 2023 \u2013 Aug 2023", "Camp Counselor, YMCA", "Led activities for a group of 10 kids.",
                (2023, 6), (2023, 8), "other"),
        ),
        education=("B.A. Communication, University of Arizona, May 2026",),
        rows=False,
        labels=Labels(
            skills=("Customer Service", "Call Center", "Salesforce", "Problem Solving", "Returns and Exchanges",
                    "Data Entry", "Record Keeping", "Sales"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="hx01", role="care-career-changer", name="Victor Ruiz",
        contact="Pleasant Prairie, WI | victor.ruiz@example.com",
        summary=("After six years in a distribution center I moved to the customer service phones of the same "
                 "company. Bilingual English/Spanish.",),
        skills_lines=("SAP order entry, forklift certified, shipping and receiving, cycle counts",),
        jobs=(
            Job("04/2026 \u2013 Present", "Customer Service Representative, Uline",
                "Answer customer calls about orders, shipping delays and damaged freight; enter orders in SAP.",
                (2026, 4), None, "care"),
            Job("Aug 2019 \u2013 Mar 2026", "Warehouse Associate / Forklift Operator, Uline",
                "Picked and staged orders, loaded trailers, ran cycle counts.", (2019, 8), (2026, 3), "warehouse"),
            Job("2017 \u2013 2019", "Overnight Stocker, Home Depot", "Unloaded freight and stocked aisles.",
                (2017, 7), (2019, 6), "retail"),
        ),
        education=("GED, Wisconsin Department of Public Instruction, 2016",),
        extra=(Section("Languages", ("English, Spanish",)),),
        labels=Labels(
            skills=("Customer Service", "Phone Support", "Order Processing", "SAP", "Forklift Operation",
                    "Forklift Certification", "Shipping and Receiving", "Inventory Management",
                    "Warehouse Operations", "Spanish", "English", "Bilingual"),
            education="high_school", relevant=CARE | {"wh"}),
    ),
)

_OTHER_RESUMES: tuple[LabelledResume, ...] = (
    LabelledResume(
        rid="ho01", role="pharmacy-technician", name="Megan O'Neill",
        contact="Springfield, MO | megan.oneill@example.com",
        summary=("Certified pharmacy technician (PTCB) in a hospital IV room. I restock Pyxis MedStations, do "
                 "sterile compounding and keep inventory orders on track; accurate with data entry and careful "
                 "with HIPAA rules.",),
        jobs=(
            Job("Feb 2021 \u2013 Present", "Pharmacy Technician II, Mercy Hospital",
                "Sterile compounding of IV admixtures; restock Pyxis; weekly inventory ordering.", (2021, 2), None,
                "other"),
            Job("Jul 2018 \u2013 Jan 2021", "Pharmacy Technician, CVS Pharmacy",
                "Filled and labelled prescriptions, counted medications, entered insurance claims.", (2018, 7),
                (2021, 1), "other"),
        ),
        education=("Pharmacy Technician Certificate, Ozarks Technical Community College, 2018",
                   "Diploma, Central High School, 2017"),
        headings=(("Experience", "Work History"),),
        rows=False,
        labels=Labels(
            skills=("Pyxis MedStation", "Inventory Management", "Data Entry", "HIPAA"),
            education="high_school", relevant=NONE),
    ),
    LabelledResume(
        rid="ho02", role="data-analyst", name="Priyanka Shah",
        contact="Oakland, CA | priyanka.shah@example.com",
        summary=("Data analyst in healthcare operations.",),
        skills_lines=("Most days I write SQL and Python, build dashboards in Tableau and Power BI, and still do a "
                      "fair amount in advanced Excel; some R for statistics.",),
        jobs=(
            Job("Jan 2023 - Present", "Data Analyst, Kaiser Permanente",
                "Dashboards on clinic wait times; data analysis for staffing decisions.", (2023, 1), None, "other"),
            Job("Jun 2021 - Dec 2022", "Reporting Analyst, Optum",
                "Monthly claims reports in SQL and Excel.", (2021, 6), (2022, 12), "other"),
            Job("Sep 2019 - May 2021", "Graduate Teaching Assistant (statistics), Purdue University",
                "Ran lab sections and graded assignments.", (2019, 9), (2021, 5), "teaching"),
        ),
        education=("M.S. Business Analytics, Purdue University, 2021", "B.S. Statistics, University of Illinois, 2019"),
        headings=(("Skills", "Toolkit"),),
        layout="two-column",
        labels=Labels(
            skills=("SQL", "Python", "Tableau", "Power BI", "Microsoft Excel", "R", "Data Analysis"),
            education="master", relevant=NONE),
    ),
    LabelledResume(
        rid="ho03", role="electrician", name="Cody Harrison",
        contact="St. Louis, MO | cody.harrison@example.com",
        summary=("Journeyman electrician, commercial and industrial.",),
        skills_lines=("Conduit bending, panel installs, troubleshooting 480V three-phase systems, reading blueprints",),
        jobs=(
            Job("2020 \u2013 present", "Journeyman Electrician, Sachs Electric (IBEW Local 1)",
                "Commercial conduit runs, panel and switchgear installs, troubleshooting motor controls.",
                (2020, 7), None, "other"),
            Job("2016 \u2013 2020", "Electrical Apprentice, Guarantee Electrical",
                "Four-year apprenticeship with evening classes.", (2016, 7), (2020, 6), "other"),
        ),
        education=("Electrical Technology Diploma, Ranken Technical College, 2016",
                   "Diploma, Hazelwood Central High School, 2015"),
        extra=(Section("Licenses & Training", ("Missouri Journeyman Electrician License", "OSHA 10",
                                               "CPR / First Aid")),),
        layout="table",
        labels=Labels(
            skills=("Troubleshooting", "OSHA 10", "CPR"),
            education="high_school", relevant=NONE),
    ),
    LabelledResume(
        rid="ho04", role="paralegal", name="Hannah Goldberg",
        contact="Fort Lauderdale, FL | hannah.goldberg@example.com",
        summary=("Litigation paralegal. I research in Westlaw and LexisNexis, draft in Microsoft Word and keep "
                 "attorneys' calendars in Outlook; organized and deadline-driven. Commissioned Florida notary "
                 "public.",),
        jobs=(
            Job("10/2021\u2013present", "Litigation Paralegal, Holland & Knight",
                "Draft discovery, manage exhibits and calendar court deadlines.", (2021, 10), None, "other"),
            Job("4/2017\u20139/2021", "Legal Secretary, Morgan & Morgan",
                "Client intake calls, filing and correspondence.", (2017, 4), (2021, 9), "other"),
            Job("2019\u2013present", "Notary Signing Agent (freelance, evenings)",
                "Loan signings for title companies.", (2019, 7), None, "other"),
        ),
        education=("A.A.S. Paralegal Studies, Broward College, 2017",),
        rows=False, job_line="{title}, {dates}",
        labels=Labels(
            skills=("Thomson Reuters Westlaw", "LexisNexis", "Microsoft Word", "Microsoft Outlook",
                    "Organizational Skills", "Notary Public"),
            education="associate", relevant=NONE),
    ),
    LabelledResume(
        rid="ho05", role="barista", name="Jasmine Reyes",
        contact="Austin, TX | jasmine.reyes@example.com",
        summary=("Starbucks shift supervisor who loves coffee, working toward caf\u00e9 management and one day my "
                 "own roastery. I also bake on weekends.",),
        skills_lines=("ServSafe Food Handler; Square POS; cash handling; trained six new baristas; weekly inventory "
                      "and ordering",),
        jobs=(
            Job("Jun. '22 to present", "Shift Supervisor, Starbucks",
                "Run shifts of up to 6 partners, count the till, handle guest complaints.", (2022, 6), None,
                "hospitality"),
            Job("Mar. '21 to present", "Weekend Baker (part-time), Sweet Ruby's Bakery",
                "Bread and pastry production on Saturday and Sunday mornings.", (2021, 3), None, "hospitality"),
            Job("Sep. '20 to May '22", "Barista, Starbucks", "Espresso bar and register.", (2020, 9), (2022, 5),
                "hospitality"),
        ),
        education=("Some college, Culinary Arts, Austin Community College",
                   "High School Diploma, Travis High School, 2020"),
        labels=Labels(
            skills=("ServSafe", "POS Systems", "Cash Handling", "Training and Mentoring", "Inventory Management",
                    "Leadership", "Customer Service", "Complaint Resolution"),
            education="high_school", relevant=NONE),
    ),
    LabelledResume(
        rid="ho06", role="hr-coordinator", name="Alicia Fernandez",
        contact="Dallas, TX | alicia.fernandez@example.com",
        summary=("HR coordinator (SHRM-CP) handling onboarding, payroll changes and interview scheduling for a "
                 "hospital system. Bilingual English/Spanish.",),
        skills_lines=("Workday, ADP Workforce Now, Microsoft Excel", "Payroll, scheduling, personnel records"),
        jobs=(
            Job("2022/08 - present", "HR Coordinator, Baylor Scott & White Health",
                "Onboard 40 new hires a month in Workday; process payroll changes; maintain personnel files.",
                (2022, 8), None, "other"),
            Job("2020/06 - 2022/07", "Recruiting Assistant, Robert Half",
                "Scheduled interviews and ran background checks.", (2020, 6), (2022, 7), "other"),
            Job("2018/03 - 2020/05", "Front Desk Agent, Marriott Dallas Downtown",
                "Guest check-in and check-out, reservations.", (2018, 3), (2020, 5), "hospitality"),
        ),
        education=("B.S. Human Resource Management, Texas State University, 2018",),
        extra=(Section("Certifications", ("SHRM Certified Professional (SHRM-CP), 2021",)),),
        layout="two-column",
        labels=Labels(
            skills=("SHRM Certified Professional", "Workday software", "ADP Workforce Now", "Microsoft Excel",
                    "Payroll", "Scheduling", "Record Keeping", "Spanish", "English", "Bilingual"),
            education="bachelor", relevant=NONE),
    ),
    LabelledResume(
        rid="ho07", role="marketing-coordinator", name="Zoe Bennett",
        contact="Denver, CO | zoe.bennett@example.com",
        summary=("Marketing coordinator for a regional outdoor brand. I plan email campaigns in Mailchimp and "
                 "HubSpot, design social posts in Canva and Photoshop, update the WordPress site and report on "
                 "Google Analytics.",),
        jobs=(
            Job("March 2023 \u2013 present", "Marketing Coordinator, Kor Outdoor",
                "Email, social and web content calendar; monthly marketing reports.", (2023, 3), None, "other"),
            Job("June 2021 \u2013 February 2023", "Marketing Assistant, Visit Denver",
                "Event promotion and newsletter production.", (2021, 6), (2023, 2), "other"),
            Job("September 2020 \u2013 May 2022", "Sales Associate (part-time), Anthropologie",
                "Styled customers and processed sales on weekends.", (2020, 9), (2022, 5), "retail"),
        ),
        education=("B.A. Strategic Communication, University of Colorado Boulder, 2021",),
        labels=Labels(
            skills=("Marketing", "MailChimp", "HubSpot", "Canva", "Adobe Photoshop", "WordPress", "Google Analytics",
                    "Sales"),
            education="bachelor", relevant=NONE),
    ),
    LabelledResume(
        rid="ho08", role="truck-driver", name="Ray Dawson",
        contact="Omaha, NE | ray.dawson@example.com",
        summary=("CDL Class A driver with a clean record; three years in a food distribution warehouse before "
                 "driving.",),
        skills_lines=("Forklift certified, electric pallet jack, order selecting, loading",),
        jobs=(
            Job("2019 \u2013 Now", "Over-the-Road Driver, Werner Enterprises",
                "48-state dry van; electronic logs; clean DOT inspections.", (2019, 7), None, "other"),
            Job("2016 \u2013 2019", "Local Delivery Driver, Sysco",
                "Delivered to restaurants and unloaded with a pallet jack.", (2016, 7), (2019, 6), "other"),
            Job("2013 \u2013 2016", "Warehouse Selector, Sysco",
                "Picked orders with an electric pallet jack and loaded trucks.", (2013, 7), (2016, 6), "warehouse"),
        ),
        education=("CDL Class A, Sysco Driver Academy, 2016",),
        headings=(("Education", "Training"),),
        labels=Labels(
            skills=("Commercial Driver's License", "Forklift Certification", "Forklift Operation",
                    "Warehouse Operations"),
            education=None, relevant=frozenset({"wh"})),
    ),
    LabelledResume(
        rid="ho09", role="software-developer", name="Nikhil Rao",
        contact="Kansas City, MO | nikhil.rao@example.com | github.com/nrao",
        summary=("Backend engineer: payments APIs in Python and Go, earlier Java services in healthcare IT.",),
        skills_lines=("Python, Go, Java, SQL", "Docker, Kubernetes, AWS, Git", "REST APIs, unit testing"),
        jobs=(
            Job("Sept 2021 \u2013 Now", "Software Engineer II, Stripe",
                "Payment-routing REST APIs in Go and Python on AWS; on-call for Kubernetes services.", (2021, 9),
                None, "dev"),
            Job("Jun 2019 \u2013 Aug 2021", "Software Engineer, Cerner",
                "Java services for clinical scheduling; unit tests and code review.", (2019, 6), (2021, 8), "dev"),
            Job("Summer 2018", "Software Engineering Intern, Garmin", "Built internal tools in Python.", (2018, 6),
                (2018, 8), "dev"),
        ),
        education=("B.S. Computer Science, University of Kansas, 2019",),
        layout="two-column",
        labels=Labels(
            skills=("Python", "Go", "Java", "SQL", "Docker", "Kubernetes", "Amazon Web Services", "Git",
                    "REST APIs", "Unit Testing", "Software Development"),
            education="bachelor", relevant=frozenset({"swe"})),
    ),
    LabelledResume(
        rid="ho10", role="software-developer", name="Luc\u00eda Herrera",
        contact="Boston, MA | lucia.herrera@example.com",
        summary=("Front-end developer. I came from four years in customer support at HubSpot, built sites on the "
                 "side while learning, and now write React and TypeScript full time. Native Spanish speaker.",),
        jobs=(
            Job("Mar 2024 \u2013 present", "Front-End Developer, Wayfair",
                "React and TypeScript components for the checkout flow; Git-based code review.", (2024, 3), None,
                "dev"),
            Job("Jan 2023 \u2013 Feb 2024", "Web Developer (freelance, part-time)",
                "JavaScript websites for small businesses.", (2023, 1), (2024, 2), "dev"),
            Job("Aug 2019 \u2013 Jun 2023", "Customer Support Agent, HubSpot",
                "Chat and email support for CRM users.", (2019, 8), (2023, 6), "care"),
        ),
        education=("Software Engineering Immersive (certificate), General Assembly, 2022",
                   "B.A. Spanish, Boston University, 2019"),
        labels=Labels(
            skills=("JavaScript", "TypeScript", "React", "Git", "Web Development", "Software Development",
                    "Customer Support", "HubSpot", "Live Chat", "Email Support", "Spanish"),
            education="bachelor", relevant=frozenset({"swe"})),
    ),
    LabelledResume(
        rid="ho11", role="registered-nurse", name="Tiffany Moore, RN",
        contact="Atlanta, GA | tiffany.moore@example.com",
        summary=("Emergency department RN with nine years of nursing; per-diem urgent care shifts on the side.",),
        skills_lines=("Triage, medication administration, vital signs, phlebotomy", "Epic EHR", "BLS, ACLS"),
        jobs=(
            Job("Oct 2019 - Present", "ED Registered Nurse, Grady Memorial Hospital",
                "Triage and treat high-acuity patients in a level I trauma center.", (2019, 10), None, "nurse"),
            Job("Mar 2022 - Present", "Registered Nurse (per diem), Piedmont Urgent Care",
                "Two weekend shifts a month.", (2022, 3), None, "nurse"),
            Job("Aug 2017 - Sep 2019", "Registered Nurse, Med-Surg, Emory University Hospital",
                "Post-operative patient care and discharge teaching.", (2017, 8), (2019, 9), "nurse"),
            Job("2014 - 2017", "Patient Care Technician, Emory University Hospital",
                "Vital signs, blood draws and patient hygiene while in school.", (2014, 7), (2017, 6), "other"),
        ),
        education=("BSN, Georgia State University, 2017",),
        headings=(("Experience", "Clinical Experience"),),
        rows=False,
        labels=Labels(
            skills=("Triage", "Medication Administration", "Vital Signs", "Phlebotomy", "Epic",
                    "Electronic Health Records", "Basic Life Support", "Advanced Cardiac Life Support",
                    "Patient Care", "Registered Nurse"),
            education="bachelor", relevant=frozenset({"rn"})),
    ),
    LabelledResume(
        rid="ho12", role="registered-nurse", name="Daniel Okoro",
        contact="Houston, TX | daniel.okoro@example.com",
        summary=("Newly licensed RN (January 2026) with five years as an LPN and CNA in long-term care.",),
        skills_lines=("Medication administration, wound care, vital signs", "PointClickCare charting, BLS"),
        jobs=(
            Job("Jan 2026 - now", "Registered Nurse, Select Specialty Hospital",
                "Long-term acute care for ventilated and wound-care patients.", (2026, 1), None, "nurse"),
            Job("2021 - 2025", "Licensed Practical Nurse, Brookdale Senior Living",
                "Medication passes and wound care for 28 residents.", (2021, 7), (2025, 6), "other"),
            Job("2019 - 2021", "Certified Nursing Assistant, Brookdale Senior Living",
                "Activities of daily living and vital signs.", (2019, 7), (2021, 6), "other"),
        ),
        education=("Associate Degree in Nursing, Houston Community College, December 2025",
                   "Vocational Nursing Certificate, Lone Star College, 2021"),
        extra=(Section("Licenses", ("Registered Nurse, Texas Board of Nursing, 2026", "LVN (inactive)")),),
        labels=Labels(
            skills=("Registered Nurse", "Licensed Practical Nurse", "Certified Nursing Assistant",
                    "Medication Administration", "Wound Care", "Vital Signs", "PointClickCare healthcare",
                    "Basic Life Support", "Patient Care"),
            education="associate", relevant=frozenset({"rn"})),
    ),
)

HOLDOUT: tuple[LabelledResume, ...] = _CARE_RESUMES + _OTHER_RESUMES
