"""Pool B: the rest of a realistic applicant pool, labelled blind (before and without running the screening library).

Twenty-two resumes of people the care postings attract from other backgrounds and of people whose resumes borrow
customer-service vocabulary without customer-facing work (a CX data analyst, a contact-center workforce analyst, a
UX researcher, a retention marketer, a Service Cloud engineer, a teacher moving to customer success, a quota-carrying
account executive, a keyword-stuffed resume with one three-month stocking job, a back-office data entry clerk), plus
candidates for the software developer, registered nurse and warehouse associate postings. Same structure and label
conventions as bench/eval/model.py and bench/eval/holdout.py; each resume keeps one date style of its own
("Sep 2024 - Present", "02/2025 - Present", "2023-present", "Sept 2022 \u2013 Now", "2023/04 - present",
"10.2023 - present", "Mar. '26 to present", "04/23 - present", "Since October 2024", "May 2025 to date",
"April 2022 until present", "2021 to date", "11/22 - present"). Reading conventions for the span labels:
"present"/"Now"/"to date"/"until present" ends at Oct 2026 (reference date 2026-11-01); a year-only bound reads
mid-year (Jul start, Jun end); "10/19" is Oct 2019; months are inclusive. Relevance is a recruiter's judgement of
fit from the resume text alone: vocabulary, tools named, objectives and cover letters do not make a care candidate
without customer-facing care work, and a retail or hospitality job alone does not either (as in holdout.py).
"""

from __future__ import annotations

from ats.demo.documents import Section

from .model import Job, LabelledResume, Labels

NONE: frozenset[str] = frozenset()

RESUMES: tuple[LabelledResume, ...] = (
    LabelledResume(
        rid="pb01",
        role="cx-analyst",
        name="Rebecca Tanaka",
        contact="Charlotte, NC | rebecca.tanaka@example.com | 704-555-0139",
        summary=(
            "Customer experience data analyst. I turn NPS and CSAT surveys, call-reason codes and web behaviour "
            "into customer-journey dashboards that product and care leaders actually use.",
        ),
        skills_lines=(
            "SQL (Snowflake), Tableau, Excel, Python (pandas)",
            "NPS and CSAT analysis, churn and retention analysis, customer journey mapping, Qualtrics",
            "Presenting findings to senior leadership",
        ),
        jobs=(
            Job(
                "Sep 2024 - Present",
                "Customer Experience Data Analyst, Ally Financial",
                "Own the NPS and CSAT Tableau dashboards for the deposits business; quarterly driver analysis of "
                "detractor comments presented to the VP of customer care.",
                (2024, 9),
                None,
                "other",
            ),
            Job(
                "Jul 2022 - Aug 2024",
                "Customer Insights Analyst, Bojangles",
                "Built customer-journey dashboards joining app, loyalty and survey data in SQL; churn analysis for "
                "the loyalty program.",
                (2022, 7),
                (2024, 8),
                "other",
            ),
        ),
        education=(
            "M.S. Data Science and Business Analytics, UNC Charlotte, 2022",
            "B.A. Economics, Appalachian State University, 2020",
        ),
        labels=Labels(
            skills=(
                "SQL",
                "Snowflake",
                "Tableau",
                "Microsoft Excel",
                "Python",
                "Data Analysis",
                "Customer Satisfaction",
                "Customer Retention",
                "Customer Journey Mapping",
                "Qualtrics Insight",
                "Presentation Skills",
            ),
            education="master",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb02",
        role="wfm-analyst",
        name="Jordan Whitfield",
        contact="Tampa, FL | jordan.whitfield@example.com | (813) 555-0147",
        summary=(
            "Workforce management analyst for a 480-seat contact center. I forecast call volume, build agent "
            "schedules and watch the queues so the floor hits service level.",
        ),
        skills_lines=(
            "NICE IEX WFM \u00b7 Excel (VBA, pivot tables) \u00b7 Power BI \u00b7 SQL",
            "Forecasting, scheduling, intraday management, Erlang C staffing models",
        ),
        jobs=(
            Job(
                "02/2025 - Present",
                "Workforce Management Analyst, Spectrum",
                "Build the 12-week call-volume forecast and weekly schedules for 480 agents in NICE IEX; staffing "
                "models in Excel with Erlang C.",
                (2025, 2),
                None,
                "other",
            ),
            Job(
                "11/2023 - 01/2025",
                "Real-Time Analyst, Spectrum",
                "Monitored queues and schedule adherence in IEX; moved breaks and approved overtime to keep service "
                "level at 80/30.",
                (2023, 11),
                (2025, 1),
                "other",
            ),
        ),
        education=("B.S. Industrial Engineering, University of South Florida, 2023",),
        headings=(("Skills", "Core Competencies"),),
        layout="table",
        labels=Labels(
            skills=(
                "NICE IEX",
                "Workforce Management",
                "Workforce Forecasting",
                "Scheduling",
                "Microsoft Excel",
                "Microsoft Visual Basic for Applications VBA",
                "Power BI",
                "SQL",
                "Data Analysis",
                "Erlang C",
            ),
            education="bachelor",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb03",
        role="ux-researcher",
        name="Samira Haddad",
        contact="San Diego, CA | samira.haddad@example.com | samirahaddad.design",
        summary=(
            "UX researcher with five years of talking to customers so product teams don't have to guess. "
            "Mixed methods, mostly qualitative.",
        ),
        skills_lines=(
            "User interviews, moderated and unmoderated usability tests, empathy mapping, journey maps, "
            "diary studies, surveys",
            "Figma, Dovetail, UserTesting, Qualtrics, Miro",
        ),
        jobs=(
            Job(
                "2023-present",
                "Senior UX Researcher, Intuit (TurboTax)",
                "Lead customer interviews and usability tests for the filing flow; run empathy-mapping workshops "
                "with product and design teams.",
                (2023, 7),
                None,
                "other",
            ),
            Job(
                "2021-2023",
                "UX Researcher, ServiceTitan",
                "Field visits and remote interviews with HVAC contractors; turned findings into personas and "
                "journey maps.",
                (2021, 7),
                (2023, 6),
                "other",
            ),
        ),
        education=(
            "M.S. Human-Computer Interaction, Georgia Institute of Technology, 2021",
            "B.A. Psychology, UC San Diego, 2019",
        ),
        headings=(("Experience", "Research Experience"),),
        rows=False,
        job_line="{title}, {dates}",
        layout="two-column",
        labels=Labels(
            skills=(
                "User Research",
                "User Interviews",
                "Usability testing",
                "Empathy Mapping",
                "Customer Journey Mapping",
                "Diary Studies",
                "Survey Design",
                "Personas",
                "Figma",
                "Dovetail",
                "UserTesting",
                "Qualtrics Insight",
                "Miro",
            ),
            education="master",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb04",
        role="marketing-manager",
        name="Kristen Albright",
        contact="Salt Lake City, UT | kristen.albright@example.com",
        summary=(
            "Marketing manager with six years in subscription and direct-to-consumer marketing. I run lifecycle "
            "and customer retention programs in HubSpot CRM: segmented email campaigns, onboarding and "
            "win-back flows, loyalty offers, all A/B tested and reported in Google Analytics and HubSpot "
            "dashboards. I manage a team of three marketers.",
        ),
        jobs=(
            Job(
                "Sept 2022 \u2013 Now",
                "Marketing Manager, Lifecycle & Retention, Vivint",
                "Cut first-year customer churn 9% with onboarding and renewal email journeys; manage three "
                "marketers and the agency relationship.",
                (2022, 9),
                None,
                "other",
            ),
            Job(
                "Aug 2020 \u2013 Aug 2022",
                "Email Marketing Specialist, Blendtec",
                "Weekly promotional emails and automated nurture flows in HubSpot; grew the list to 310,000.",
                (2020, 8),
                (2022, 8),
                "other",
            ),
        ),
        education=("B.S. Marketing, University of Utah, 2020",),
        rows=False,
        labels=Labels(
            skills=(
                "Marketing",
                "HubSpot",
                "Customer Retention",
                "Google Analytics",
                "A/B Testing",
                "Marketing Automation",
                "Leadership",
            ),
            education="bachelor",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb05",
        role="software-developer",
        name="Daniel Kowalski",
        contact="Indianapolis, IN | dan.kowalski@example.com | github.com/dkowalski",
        summary=(
            "Software engineer on Salesforce Service Cloud for five years: back-end Java services and Python "
            "tooling behind case management and agent routing.",
        ),
        skills_lines=(
            "Java, Python, SQL (PostgreSQL, Oracle)",
            "Spring Boot, Kafka, Docker, Kubernetes, AWS",
            "REST APIs, JUnit, pytest, Git, Agile/Scrum",
        ),
        jobs=(
            Job(
                "2023/04 - present",
                "Senior Member of Technical Staff, Salesforce (Service Cloud)",
                "Java services for the Omni-Channel routing engine that assigns cases and chats to agents; Python "
                "load-test tooling.",
                (2023, 4),
                None,
                "dev",
            ),
            Job(
                "2021/08 - 2023/03",
                "Member of Technical Staff, Salesforce (Service Cloud)",
                "Case-management REST APIs in Java and Spring Boot; on-call for Kafka event pipelines.",
                (2021, 8),
                (2023, 3),
                "dev",
            ),
        ),
        education=("B.S. Computer Science, Purdue University, 2021",),
        layout="table",
        labels=Labels(
            skills=(
                "Java",
                "Python",
                "SQL",
                "Spring Boot",
                "Apache Kafka",
                "Docker",
                "Kubernetes",
                "Amazon Web Services",
                "REST APIs",
                "JUnit",
                "pytest",
                "Unit Testing",
                "Git",
                "Agile",
                "Salesforce Service Cloud",
                "Salesforce",
                "Software Development",
            ),
            education="bachelor",
            relevant=frozenset({"swe"}),
        ),
    ),
    LabelledResume(
        rid="pb06",
        role="software-developer",
        name="Ethan Brooks",
        contact="Raleigh, NC | ethan.brooks@example.com | github.com/ebrooks-dev",
        summary=("Back-end Python developer, three years shipping Django services to production.",),
        skills_lines=(
            "Python, Django, Django REST Framework, Celery",
            "PostgreSQL, Redis",
            "Docker, AWS (ECS, RDS, S3), GitHub Actions CI/CD",
            "pytest, Git, REST APIs",
        ),
        jobs=(
            Job(
                "10.2023 - present",
                "Backend Developer, Pendo",
                "Django REST services on PostgreSQL for the analytics API; Docker images deployed to AWS ECS; pytest "
                "suites and code review.",
                (2023, 10),
                None,
                "dev",
            ),
            Job(
                "05.2022 - 08.2022",
                "Software Engineering Intern, Red Hat",
                "Python CLI tooling and unit tests for an internal build system.",
                (2022, 5),
                (2022, 8),
                "dev",
            ),
        ),
        education=("B.S. Computer Science, North Carolina State University, 2023",),
        layout="two-column",
        labels=Labels(
            skills=(
                "Python",
                "Django",
                "Django REST Framework",
                "Celery",
                "SQL",
                "Redis",
                "Docker",
                "Amazon Web Services",
                "GitHub Actions",
                "DevOps",
                "pytest",
                "Unit Testing",
                "Git",
                "REST APIs",
                "Software Development",
            ),
            education="bachelor",
            relevant=frozenset({"swe"}),
        ),
    ),
    LabelledResume(
        rid="pb07",
        role="software-developer",
        name="Brandon Nguyen",
        contact="Columbus, OH | brandon.nguyen@example.com | linkedin.com/in/brandonnguyen",
        summary=(
            "Junior developer and career changer. After three years on the floor at Target I did Tech "
            "Elevator's full-stack bootcamp; now I write Python and React at a logistics startup.",
        ),
        skills_lines=("Python, FastAPI, JavaScript, React, HTML/CSS", "PostgreSQL, Git/GitHub, REST APIs"),
        jobs=(
            Job(
                "Mar. '26 to present",
                "Junior Software Developer, Loadlane",
                "FastAPI endpoints and React screens for the carrier portal; bug fixes, tests and lots of code review.",
                (2026, 3),
                None,
                "dev",
            ),
            Job(
                "Sep. '22 to Aug. '25",
                "Store Team Member, Target",
                "Register and guest service, restocking, processed returns; trained new team members on the POS.",
                (2022, 9),
                (2025, 8),
                "retail",
            ),
        ),
        education=(
            "Full-Stack Software Development Bootcamp (certificate), Tech Elevator, Columbus, 2025",
            "B.A. History, The Ohio State University, 2022",
        ),
        headings=(("Experience", "Work History"), ("Skills", "Technical Skills")),
        rows=False,
        job_line="{title} ({dates})",
        labels=Labels(
            skills=(
                "Python",
                "FastAPI",
                "JavaScript",
                "React",
                "HTML",
                "CSS",
                "SQL",
                "Git",
                "REST APIs",
                "Unit Testing",
                "Software Development",
                "Web Development",
                "Customer Service",
                "Cash Handling",
                "POS Systems",
                "Returns and Exchanges",
                "Training and Mentoring",
            ),
            education="bachelor",
            relevant=frozenset({"swe"}),
        ),
    ),
    LabelledResume(
        rid="pb08",
        role="registered-nurse",
        name="Maria Santos, BSN, RN",
        contact="Nashville, TN | maria.santos.rn@example.com | 615-555-0121",
        summary=(
            "ICU nurse, six years at the bedside in medical and cardiovascular ICUs; relief charge nurse and "
            "preceptor.",
        ),
        skills_lines=(
            "Hemodynamic monitoring, arterial lines, ventilator management",
            "Titration of vasoactive drips, medication administration, CRRT",
            "Epic charting",
        ),
        jobs=(
            Job(
                "04/23 - present",
                "Registered Nurse, CVICU, Vanderbilt University Medical Center",
                "Post-op cardiac surgery patients at 1:1 or 1:2; relief charge nurse and preceptor for new "
                "graduate nurses.",
                (2023, 4),
                None,
                "nurse",
            ),
            Job(
                "08/20 - 03/23",
                "Registered Nurse, Medical ICU, TriStar Centennial Medical Center",
                "Care for sepsis, ARDS and multi-organ failure patients through the COVID surges.",
                (2020, 8),
                (2023, 3),
                "nurse",
            ),
        ),
        education=("Bachelor of Science in Nursing, Belmont University, 2020",),
        extra=(
            Section(
                "Licenses & Certifications",
                (
                    "Registered Nurse, Tennessee (multistate compact)",
                    "CCRN (AACN), 2022",
                    "BLS and ACLS, American Heart Association, current",
                ),
            ),
        ),
        sidebar=("Skills", "Licenses & Certifications"),
        headings=(("Skills", "Clinical Skills"),),
        layout="two-column",
        labels=Labels(
            skills=(
                "Registered Nurse",
                "Patient Care",
                "Medication Administration",
                "Electronic Health Records",
                "Epic",
                "Basic Life Support",
                "Advanced Cardiac Life Support",
                "CCRN",
                "Hemodynamic Monitoring",
                "Ventilator Management",
                "Continuous Renal Replacement Therapy",
                "Leadership",
                "Training and Mentoring",
            ),
            education="bachelor",
            relevant=frozenset({"rn"}),
        ),
    ),
    LabelledResume(
        rid="pb09",
        role="registered-nurse",
        name="Kayla Simmons",
        contact="Dayton, OH | kayla.simmons@example.com | 937-555-0166",
        summary=(
            "New graduate RN (ADN, May 2026; passed the NCLEX-RN in September 2026) with two years as a "
            "state-tested nursing assistant in long-term care. Looking for a med-surg residency.",
        ),
        skills_lines=(
            "Vital signs, ADLs, safe patient transfers, PointClickCare charting",
            "Medication administration and wound care under preceptor supervision (clinical rotations)",
        ),
        jobs=(
            Job(
                "Since October 2024",
                "State Tested Nursing Assistant (STNA), Bethany Village",
                "Vital signs, ADLs and repositioning for 14 residents on the skilled nursing unit; charting in "
                "PointClickCare.",
                (2024, 10),
                None,
                "other",
            ),
        ),
        education=(
            "Associate of Applied Science in Nursing, Sinclair Community College, May 2026",
            "Clinical rotations: med-surg (Miami Valley Hospital), behavioral health, pediatrics, long-term care",
            "High School Diploma, Beavercreek High School, 2022",
        ),
        extra=(
            Section(
                "Licenses",
                (
                    "Registered Nurse, Ohio Board of Nursing, issued September 2026",
                    "STNA, Ohio Department of Health",
                    "BLS Provider, American Heart Association",
                ),
            ),
        ),
        labels=Labels(
            skills=(
                "Registered Nurse",
                "Certified Nursing Assistant",
                "Basic Life Support",
                "Vital Signs",
                "Patient Care",
                "Medication Administration",
                "Wound Care",
                "Electronic Health Records",
                "PointClickCare healthcare",
                "Activities of Daily Living",
            ),
            education="associate",
            relevant=frozenset({"rn"}),
        ),
    ),
    LabelledResume(
        rid="pb10",
        role="warehouse-associate",
        name="Luis Carrillo",
        contact="Plainfield, IN | luis.carrillo@example.com | 317-555-0190",
        summary=("Warehouse lead on the inbound dock of an e-commerce fulfillment center.",),
        skills_lines=(
            "Forklift (sit-down, reach truck), electric pallet jack",
            "RF scanners, Manhattan WMS, cycle counts",
            "Receiving, put-away, shipping, loading and unloading trailers",
        ),
        jobs=(
            Job(
                "Jun 2023 \u2013 Present",
                "Warehouse Lead, Inbound, Radial",
                "Lead a crew of 9 on receiving and put-away; assign work in Manhattan WMS, run cycle counts and "
                "train new hires on RF scanners and forklift safety.",
                (2023, 6),
                None,
                "warehouse",
            ),
            Job(
                "Nov 2021 \u2013 May 2023",
                "Warehouse Associate, Radial",
                "Picked, packed and loaded outbound orders; unloaded trailers with a sit-down forklift.",
                (2021, 11),
                (2023, 5),
                "warehouse",
            ),
        ),
        education=("Ben Davis High School, Indianapolis \u2013 diploma, 2019",),
        extra=(
            Section(
                "Certifications",
                ("Forklift Operator Certification (sit-down and reach), renewed 2025", "OSHA 10-Hour General Industry"),
            ),
        ),
        layout="table",
        labels=Labels(
            skills=(
                "Forklift Operation",
                "Forklift Certification",
                "WMS",
                "Manhattan WMS",
                "Inventory Management",
                "Shipping and Receiving",
                "Warehouse Operations",
                "Leadership",
                "Training and Mentoring",
                "Workplace Safety",
                "OSHA 10",
            ),
            education="high_school",
            relevant=frozenset({"wh"}),
        ),
    ),
    LabelledResume(
        rid="pb11",
        role="warehouse-associate",
        name="Destiny Hall",
        contact="Greenwood, IN | destinyhall22@example.com",
        summary=("Fulfillment associate looking for a full-time warehouse job closer to home.",),
        skills_lines=(
            "RF scanner, pick / pack / stow, electric pallet jack",
            "Cash handling, customer service, POS register",
        ),
        jobs=(
            Job(
                "May 2025 to date",
                "Fulfillment Center Associate, Amazon",
                "Pick and pack customer orders with an RF scanner, usually above rate; cross-trained on stow and "
                "on damaged-item checks.",
                (2025, 5),
                None,
                "warehouse",
            ),
            Job(
                "May 2023 to April 2025",
                "Cashier, Dollar Tree",
                "Ran the register, took cash and card payments, stocked shelves and helped customers find items.",
                (2023, 5),
                (2025, 4),
                "retail",
            ),
        ),
        education=("GED, Indiana Department of Education, 2022",),
        labels=Labels(
            skills=(
                "Warehouse Operations",
                "WMS",
                "Forklift Operation",
                "Cash Handling",
                "Payment Processing",
                "Customer Service",
                "POS Systems",
            ),
            education="high_school",
            relevant=frozenset({"wh"}),
        ),
    ),
    LabelledResume(
        rid="pb12",
        role="accountant",
        name="Gregory Hsu, CPA",
        contact="Cleveland, OH | greg.hsu@example.com | 216-555-0158",
        summary=(
            "CPA with eight years in public accounting and industry. Month-end close, account reconciliations "
            "and GAAP financial statements; NetSuite and advanced Excel; SOX controls testing.",
        ),
        jobs=(
            Job(
                "April 2022 until present",
                "Senior Accountant, Sherwin-Williams",
                "Own month-end close for two business units in NetSuite; reconcile intercompany accounts; prepare "
                "SOX control documentation.",
                (2022, 4),
                None,
                "finance",
            ),
            Job(
                "November 2018 until March 2022",
                "Audit Associate, then Audit Senior, Deloitte",
                "External audits of manufacturing and retail clients under US GAAP.",
                (2018, 11),
                (2022, 3),
                "finance",
            ),
        ),
        education=("B.S. Accounting, Miami University (150 credit hours), 2018",),
        extra=(Section("Certifications", ("Certified Public Accountant, Ohio, 2020",)),),
        headings=(("Summary", "Professional Summary"),),
        layout="two-column",
        labels=Labels(
            skills=(
                "Certified Public Accountant",
                "Accounting",
                "General Ledger",
                "Account Reconciliation",
                "Financial Reporting",
                "GAAP",
                "Auditing",
                "Oracle NetSuite",
                "Microsoft Excel",
                "Compliance",
            ),
            education="bachelor",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb13",
        role="truck-driver",
        name="Dale Whitaker",
        contact="Joplin, MO | dale.whitaker@example.com | 417-555-0102",
        summary=(
            "CDL-A driver, ten years over the road and regional. Hazmat and tanker endorsements, clean MVR, "
            "1.2 million safe miles. Comfortable with ELDs (Omnitracs) and DOT hours-of-service rules.",
        ),
        jobs=(
            Job(
                "2020 - present",
                "Regional Tanker Driver (Hazmat), Groendyke Transport",
                "Fuel and chemical loads across a five-state region; pre-trip inspections, hook-up and off-loading "
                "at customer terminals.",
                (2020, 7),
                None,
                "other",
            ),
            Job(
                "2016 - 2020",
                "OTR Driver, Prime Inc.",
                "48-state refrigerated freight, mostly drop-and-hook; about 3,000 miles a week.",
                (2016, 7),
                (2020, 6),
                "other",
            ),
        ),
        education=("Diploma, Carthage High School, 2008", "CDL Class A training, Prime Inc. Driving School, 2016"),
        extra=(
            Section("Licenses", ("Class A CDL with H, N and X endorsements", "DOT medical card, current", "TWIC card")),
        ),
        rows=False,
        job_line="{dates}: {title}",
        labels=Labels(
            skills=(
                "Commercial Driver's License",
                "Hazmat Endorsement",
                "Tanker Endorsement",
                "Electronic Logging Devices",
                "Omnitracs",
                "DOT Hours of Service",
                "Pre-trip Inspections",
                "TWIC",
            ),
            education="high_school",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb14",
        role="teacher",
        name="Lauren Pierce",
        contact="Fort Worth, TX | lauren.pierce@example.com | 817-555-0175",
        summary=(
            "English teacher of nine years looking to move into a customer success role, where explaining "
            "things clearly, staying patient and building trust matter every day.",
        ),
        skills_lines=(
            "Clear written and verbal communication; presenting to groups of 30+",
            "Google Classroom, Canvas, Microsoft Office, Zoom",
            "Resolving parent concerns calmly; mentoring new teachers; curriculum development",
        ),
        jobs=(
            Job(
                "August 2021 - present",
                "English Teacher (AP Literature, grades 11\u201312), Paschal High School, Fort Worth ISD",
                "Teach five sections; English department lead for curriculum mapping; mentor two first-year teachers.",
                (2021, 8),
                None,
                "teaching",
            ),
            Job(
                "August 2017 - June 2021",
                "English Teacher (grade 9), Central High School, Keller ISD",
                "Taught English I, advised the school newspaper and held parent conferences for 150 students a year.",
                (2017, 8),
                (2021, 6),
                "teaching",
            ),
        ),
        education=(
            "M.Ed. Curriculum and Instruction, Texas Christian University, 2020",
            "B.A. English, Baylor University, 2017",
        ),
        extra=(
            Section("Certifications", ("Texas Educator Certificate, English Language Arts and Reading 7\u201312",)),
        ),
        headings=(("Summary", "Objective"),),
        cover_letter=(
            "Dear Hiring Team,\n\n"
            "After nine years teaching high-school English, I am ready to bring what I do every day in a "
            "classroom to customer success: listening carefully, explaining complex ideas simply and "
            "keeping 150 families informed and on board. I have not worked in customer service before, "
            "but I handle tough parent conversations calmly, I pick up new software quickly (I trained my "
            "department on Canvas) and I care about people reaching their goals.\n\n"
            "I would welcome the chance to talk about how I could help your customers succeed.\n\n"
            "Sincerely,\nLauren Pierce"
        ),
        labels=Labels(
            skills=(
                "Communication",
                "Presentation Skills",
                "Patience",
                "Conflict Resolution",
                "Training and Mentoring",
                "Leadership",
                "Curriculum Development",
                "Teaching",
                "Google Classroom",
                "Instructure Canvas",
                "Microsoft Office",
                "Zoom",
            ),
            education="master",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb15",
        role="dental-hygienist",
        name="Brianna Kowalczyk, RDH",
        contact="Milwaukee, WI | brianna.kowalczyk@example.com",
        summary=("Registered dental hygienist in general and family practice.",),
        skills_lines=(
            "Scaling and root planing, periodontal charting, local anesthesia, digital radiographs",
            "Dentrix, Eaglesoft",
            "Infection control and sterilization; HIPAA",
        ),
        jobs=(
            Job(
                "11/2022 - present",
                "Registered Dental Hygienist, Lakeshore Family Dentistry",
                "Prophylaxis, scaling and root planing, periodontal charting and digital X-rays for 8\u201310 "
                "patients a day; patient education on home care.",
                (2022, 11),
                None,
                "other",
            ),
            Job(
                "03/2024 - present",
                "Dental Hygienist (Saturdays), Bright Now! Dental",
                "Part-time hygiene schedule two Saturdays a month.",
                (2024, 3),
                None,
                "other",
            ),
        ),
        education=("A.A.S. Dental Hygiene, Milwaukee Area Technical College, 2022",),
        extra=(
            Section(
                "Licenses",
                (
                    "Registered Dental Hygienist, Wisconsin",
                    "Local Anesthesia Certification",
                    "BLS for Healthcare Providers",
                ),
            ),
        ),
        headings=(("Experience", "Clinical Experience"),),
        rows=False,
        job_line="{title} \u2014 {dates}",
        labels=Labels(
            skills=(
                "Registered Dental Hygienist",
                "Scaling and Root Planing",
                "Periodontal Charting",
                "Local Anesthesia",
                "Dental digital radiology",
                "Henry Schein Dentrix",
                "Patterson Dental Supply Patterson EagleSoft",
                "Infection Control",
                "HIPAA",
                "Basic Life Support",
                "Patient Care",
            ),
            education="associate",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb16",
        role="electrician",
        name="Jesse Morales",
        contact="San Antonio, TX | jesse.morales.elec@example.com | 210-555-0133",
        summary=("Licensed journeyman electrician, commercial and residential.",),
        skills_lines=(
            "Conduit bending (EMT, rigid), panel installs, troubleshooting",
            "Blueprint reading, NEC 2023",
            "Hand and power tools",
        ),
        jobs=(
            Job(
                "09.2024 \u2013 present",
                "Journeyman Electrician, Alamo City Electric",
                "Commercial tenant finish-outs: conduit, panels and lighting controls; lead a two-person crew and "
                "troubleshoot 277/480V circuits.",
                (2024, 9),
                None,
                "other",
            ),
            Job(
                "09.2020 \u2013 08.2024",
                "Electrical Apprentice, Freeman Electrical Services",
                "Four-year IEC apprenticeship: residential and light commercial rough-in and trim-out.",
                (2020, 9),
                (2024, 8),
                "other",
            ),
        ),
        education=(
            "Electrical Apprenticeship Certificate, IEC of South Texas, 2024",
            "High School Diploma, Southwest High School, 2019",
        ),
        extra=(Section("Licenses", ("Texas Journeyman Electrician License (TDLR)", "OSHA 10", "First Aid / CPR")),),
        sidebar=("Skills", "Licenses"),
        layout="two-column",
        labels=Labels(
            skills=(
                "Troubleshooting",
                "Conduit Bending",
                "Blueprint Reading",
                "National Electrical Code",
                "Journeyman Electrician License",
                "OSHA 10",
                "CPR",
                "Leadership",
            ),
            education="high_school",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb17",
        role="paralegal",
        name="Vanessa Ortiz",
        contact="Phoenix, AZ | vanessa.ortiz@example.com | 602-555-0114",
        summary=(
            "Bilingual (English/Spanish) paralegal at a personal-injury firm. I run client intake on the phones, "
            "keep the attorneys' calendars and prepare case files.",
        ),
        skills_lines=(
            "Clio, Microsoft Word, Outlook, Adobe Acrobat",
            "Client intake, calendaring, legal research, medical-records requests",
        ),
        jobs=(
            Job(
                "11/2023 \u2013 present",
                "Paralegal, Castillo & Brandt Injury Law",
                "Answer client intake calls in English and Spanish, screen cases and schedule consultations; draft "
                "demand letters and records requests in Clio.",
                (2023, 11),
                None,
                "other",
            ),
            Job(
                "06/2023 \u2013 08/2023",
                "Legal Intern, Maricopa County Public Defender's Office",
                "Summarized police reports and organized discovery files.",
                (2023, 6),
                (2023, 8),
                "other",
            ),
        ),
        education=("A.A.S. Paralegal Studies, Phoenix College, 2023",),
        extra=(Section("Languages", ("English, Spanish (bilingual)",)),),
        rows=False,
        job_line="{title}, {dates}",
        labels=Labels(
            skills=(
                "Phone Support",
                "Scheduling",
                "Client Intake",
                "Legal Research",
                "Clio",
                "Microsoft Word",
                "Microsoft Outlook",
                "Adobe Acrobat",
                "Spanish",
                "English",
                "Bilingual",
            ),
            education="associate",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb18",
        role="graphic-designer",
        name="Nora Lindgren",
        contact="Portland, OR | hello@noralindgren.example.com | noralindgren.studio",
        summary=("Independent graphic designer for small brands: identities, packaging and print.",),
        skills_lines=(
            "Adobe Illustrator, InDesign, Photoshop, Figma",
            "Logo and brand identity, packaging, print production, typography",
        ),
        jobs=(
            Job(
                "2021 to date",
                "Freelance Graphic Designer, Lindgren Studio",
                "Brand identities, packaging and marketing collateral for 40+ small businesses and two craft "
                "breweries; I write the quotes and manage print vendors myself.",
                (2021, 7),
                None,
                "other",
            ),
            Job(
                "2019 to 2021",
                "Student Designer (part-time), Portland State University Print & Design",
                "Posters, flyers and event programs for campus departments.",
                (2019, 7),
                (2021, 6),
                "other",
            ),
        ),
        education=("B.F.A. Graphic Design, Portland State University, 2021",),
        headings=(("Skills", "Tools"),),
        layout="table",
        labels=Labels(
            skills=(
                "Graphic Design",
                "Adobe Illustrator",
                "Adobe InDesign",
                "Adobe Photoshop",
                "Figma",
                "Brand Identity Design",
                "Packaging Design",
                "Print Production",
                "Typography",
            ),
            education="bachelor",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb19",
        role="hotel-manager",
        name="Claire Dubois-Whitman",
        contact="New Orleans, LA | claire.dubois@example.com | 504-555-0188",
        summary=(
            "Hotel general manager with twelve years running full-service and select-service properties, after "
            "starting at the front desk. Strong on P&L and budgeting, revenue management in OPERA and IDeaS, "
            "hiring and training front-office and housekeeping teams, and guest satisfaction; I still take the "
            "escalated guest complaints myself. Fluent French and English.",
        ),
        jobs=(
            Job(
                "Mar. '19 to present",
                "General Manager, The Pontchartrain House Hotel",
                "Full P&L for a 186-room full-service hotel with 95 staff; guest satisfaction scores up from 8.1 to "
                "8.9 and RevPAR up 14%.",
                (2019, 3),
                None,
                "hospitality",
            ),
            Job(
                "Oct. '14 to Feb. '19",
                "General Manager, Hampton Inn & Suites Baton Rouge Downtown",
                "Ran a 120-room select-service hotel with 35 staff; two Hilton Lighthouse awards for quality.",
                (2014, 10),
                (2019, 2),
                "hospitality",
            ),
        ),
        education=("B.S. Hospitality Management, University of New Orleans, 2012",),
        extra=(Section("Languages", ("French (native), English (fluent)",)),),
        layout="two-column",
        labels=Labels(
            skills=(
                "Leadership",
                "P&L Management",
                "Budgeting",
                "Revenue Management",
                "OPERA PMS",
                "IDeaS",
                "Training and Mentoring",
                "Hiring",
                "Customer Satisfaction",
                "Complaint Resolution",
                "Escalation Management",
                "French",
                "English",
                "Bilingual",
            ),
            education="bachelor",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb20",
        role="sales",
        name="Ryan Castellano",
        contact="Chicago, IL | ryan.castellano@example.com | 312-555-0109",
        summary=(
            "Account executive with seven years in B2B SaaS sales, from SDR to senior AE. 118% average quota "
            "attainment; I keep long customer relationships and most of my customers renew.",
        ),
        skills_lines=(
            "Salesforce, Gong, Outreach, LinkedIn Sales Navigator",
            "Full-cycle sales, discovery calls, negotiation, prospecting, account management",
        ),
        jobs=(
            Job(
                "Apr 2023 - Present",
                "Senior Account Executive, Sprout Social",
                "Mid-market new business and expansion; $1.1M annual quota, 121% attainment in FY25; run demos and "
                "negotiate multi-year contracts.",
                (2023, 4),
                None,
                "sales",
            ),
            Job(
                "Jan 2021 - Mar 2023",
                "Account Executive, Paylocity",
                "Closed SMB deals for payroll and HR software; President's Club 2022.",
                (2021, 1),
                (2023, 3),
                "sales",
            ),
            Job(
                "Oct 2019 - Dec 2020",
                "Sales Development Representative, Paylocity",
                "Cold calls and emails to HR leaders; booked about 15 meetings a month for the AEs.",
                (2019, 10),
                (2020, 12),
                "sales",
            ),
        ),
        education=("B.A. Communication, Loyola University Chicago, 2019",),
        layout="table",
        cover_letter=(
            "Dear Hiring Manager,\n\n"
            "I am applying for your Customer Care Specialist position. For seven years I have sold SaaS, "
            "and the part I enjoy most is what comes after the signature: helping customers get set up, "
            "answering their questions and keeping them happy enough to renew. I would like a role where "
            "that is the whole job.\n\n"
            "I bring a track record of over-achieving quota, daily use of Salesforce, and the habit of "
            "following up until a problem is solved.\n\n"
            "Best regards,\nRyan Castellano"
        ),
        labels=Labels(
            skills=(
                "Sales",
                "Quota Attainment",
                "Salesforce",
                "Gong",
                "Outreach",
                "LinkedIn Sales Navigator",
                "Negotiation",
                "Lead Generation",
                "Cold Calling",
                "Appointment Setting",
                "Account Management",
                "Customer Relationship Management",
                "Product Demonstrations",
            ),
            education="bachelor",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb21",
        role="keyword-stuffer",
        name="Jaylen Carter",
        contact="Jackson, MS | jaylen.carter2007@example.com",
        summary=(
            "Highly motivated, customer-obsessed team player seeking a Customer Care Representative position. "
            "Passionate about delivering world-class customer experiences!",
        ),
        skills_lines=(
            "Customer Service \u2022 Customer Satisfaction \u2022 CRM \u2022 Zendesk \u2022 Salesforce "
            "\u2022 Empathy \u2022 Active Listening",
            "De-escalation \u2022 Conflict Resolution \u2022 Problem Solving \u2022 Multitasking \u2022 "
            "Time Management",
            "Phone Etiquette \u2022 Live Chat \u2022 Email Support \u2022 Communication \u2022 Teamwork "
            "\u2022 Positive Attitude",
            "Patience \u2022 Attention to Detail \u2022 Customer-focused \u2022 Microsoft Office \u2022 Fast learner",
        ),
        jobs=(
            Job(
                "Nov 2025 - Jan 2026",
                "Seasonal Overnight Stocker, Macy's (Northpark Mall)",
                "Unloaded freight carts and stocked and straightened the home department overnight for the holiday "
                "season.",
                (2025, 11),
                (2026, 1),
                "retail",
            ),
        ),
        education=("High School Diploma, Ridgeland High School, 2025",),
        extra=(Section("Certifications", ("Customer Service Fundamentals (online certificate), 2026",)),),
        headings=(("Skills", "Key Skills"),),
        cover_letter=(
            "Hi!\n\n"
            "I am so excited to apply for the Customer Care Representative job!! I love helping others and "
            "I just finished my Customer Service Fundamentals certificate online. I am a fast learner and "
            "I can work any shift, nights and weekends too. Please give me a chance, you will not regret "
            "it!\n\n"
            "Thank you,\nJaylen Carter"
        ),
        labels=Labels(
            skills=(
                "Customer Service",
                "Customer Satisfaction",
                "CRM",
                "Zendesk",
                "Salesforce",
                "Empathy",
                "Active Listening",
                "De-escalation",
                "Conflict Resolution",
                "Problem Solving",
                "Multitasking",
                "Time Management",
                "Phone Etiquette",
                "Live Chat",
                "Email Support",
                "Communication",
                "Teamwork",
                "Positive Attitude",
                "Patience",
                "Attention to Detail",
                "Customer Orientation",
                "Microsoft Office",
                "Fast Learner",
                "Customer Service Fundamentals",
            ),
            education="high_school",
            relevant=NONE,
        ),
    ),
    LabelledResume(
        rid="pb22",
        role="data-entry",
        name="Patricia Nowak",
        contact="Hartford, CT | patricia.nowak@example.com | 860-555-0127",
        summary=(
            "Detail-oriented data entry clerk in insurance claims operations: 75 WPM, 12,000 KPH on 10-key and "
            "99.8% accuracy on quality audits.",
        ),
        skills_lines=(
            "Guidewire ClaimCenter, Microsoft Excel and Word, OnBase document imaging",
            "Alphanumeric data entry, 10-key, indexing and filing",
        ),
        jobs=(
            Job(
                "11/22 - present",
                "Data Entry Clerk, Claims Operations, The Hartford",
                "Key first-notice-of-loss forms and adjuster notes into ClaimCenter; scan, index and route incoming "
                "mail to claim files for the back-office team.",
                (2022, 11),
                None,
                "other",
            ),
        ),
        education=(
            "Coursework toward A.S. Business Administration, Capital Community College",
            "Diploma, Bulkeley High School, 2021",
        ),
        headings=(("Summary", "Profile"),),
        labels=Labels(
            skills=(
                "Data Entry",
                "Typing Speed",
                "Attention to Detail",
                "Record Keeping",
                "Microsoft Excel",
                "Microsoft Word",
                "Guidewire ClaimCenter",
                "Hyland Software OnBase",
            ),
            education="high_school",
            relevant=NONE,
        ),
    ),
)
