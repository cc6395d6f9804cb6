"""Customer-care representatives and specialists (labels written by hand from the content).

Reading conventions for the span labels: "Present"/"to date" ends at Oct 2026 (reference date 2026-11-01);
a year-only range reads mid-year (Jul start, Jun end); "Summer" is Jun-Aug.
"""
from __future__ import annotations

from ats.demo.documents import Section

from .model import Job, LabelledResume, Labels

CARE = frozenset({"ccs", "ccr"})

RESUMES: tuple[LabelledResume, ...] = (
    LabelledResume(
        rid="cc01", role="care-representative", name="Maria Gonzalez",
        contact="San Antonio, TX | maria.gonzalez@example.com | (210) 555-0147",
        summary=("Bilingual (English/Spanish) customer service representative with 5+ years of experience in "
                 "high-volume call center environments.",),
        skills_lines=("Zendesk, Salesforce Service Cloud, CRM data entry",
                      "Active listening, de-escalation, conflict resolution",
                      "Typing 65 WPM; Microsoft Office (Word, Excel, Outlook)"),
        jobs=(
            Job("Mar 2021 \u2013 Present", "Customer Service Representative, Comcast Xfinity",
                "Resolve billing and technical inquiries by phone, email and live chat; about 70 calls per day "
                "with 92% CSAT. Document every interaction in Salesforce.", (2021, 3), None, "care"),
            Job("Jun 2018 \u2013 Feb 2021", "Call Center Agent, Teleperformance",
                "Inbound calls for a wireless carrier; processed orders, returns and exchanges; escalated complex "
                "cases to supervisors.", (2018, 6), (2021, 2), "care"),
            Job("Sep 2016 \u2013 May 2018", "Cashier, Target",
                "Handled cash and card payments and helped guests with returns.", (2016, 9), (2018, 5), "retail"),
        ),
        education=("High School Diploma, Roosevelt High School, San Antonio, TX, 2016",),
        extra=(Section("Languages", ("English (native), Spanish (fluent)",)),),
        labels=Labels(
            skills=("customer service", "call center", "Zendesk", "Salesforce", "CRM", "data entry",
                    "active listening", "de-escalation", "conflict resolution", "typing", "Microsoft Office",
                    "Microsoft Word", "Microsoft Excel", "Microsoft Outlook", "live chat", "email support",
                    "phone support", "billing", "order processing", "returns and exchanges", "cash handling",
                    "Spanish", "bilingual", "escalation management", "customer satisfaction", "payment processing",
                    "Salesforce Service Cloud",
                    "record keeping", "typing speed", "English"),
            education="high_school", relevant=CARE),
    ),
    LabelledResume(
        rid="cc02", role="care-representative", name="James O'Connor",
        contact="Columbus, OH | j.oconnor@example.net",
        summary=("Customer support rep who keeps calm on difficult calls. Comfortable with ticketing systems and "
                 "fast-paced contact centres.",),
        skills_lines=("Freshdesk \u2022 Zendesk \u2022 MS Excel \u2022 problem-solving \u2022 multi-tasking \u2022 time management",),
        jobs=(
            Job("03/2022 - 09/2026", "Customer Support Representative, Root Insurance",
                "Answered policyholder questions by phone and e-mail, updated customer accounts, handled "
                "complaints and processed refunds.", (2022, 3), (2026, 9), "care"),
            Job("08/2020 - 02/2022", "Guest Services Associate, Marriott Columbus",
                "Front desk check-in and check-out, resolved guest complaints, handled reservations.",
                (2020, 8), (2022, 2), "hospitality"),
        ),
        education=("Associate of Arts, Columbus State Community College, 2020",),
        layout="two-column",
        labels=Labels(
            skills=("customer service", "customer support", "Freshdesk", "Zendesk", "Microsoft Excel",
                    "problem solving", "multitasking", "time management", "ticketing systems", "phone support",
                    "email support", "complaint handling", "refunds", "account management", "front desk",
                    "reservations", "contact center"),
            education="associate", relevant=CARE),
    ),
    LabelledResume(
        rid="cc03", role="care-representative", name="Aisha Bello",
        contact="Atlanta, GA | aisha.bello@example.org | linkedin.com/in/aishabello",
        summary=("Customer care representative with 3 years of experience supporting subscribers of a streaming "
                 "service. Known for empathy and first-contact resolution.",),
        skills_lines=("Customer Service", "CRM Systems (HubSpot, Zoho)", "Email & Chat Support",
                      "Empathy", "Written Communication"),
        jobs=(
            Job("January 2023 \u2014 Present", "Customer Care Representative, StreamCo",
                "Handle 50+ chats and emails per shift about subscriptions, billing and playback issues; "
                "troubleshoot devices and escalate bugs to tier 2.", (2023, 1), None, "care"),
            Job("May 2022 \u2014 December 2022", "Customer Care Intern, StreamCo",
                "Shadowed agents, tagged tickets and wrote help-centre articles.", (2022, 5), (2022, 12), "care"),
        ),
        education=("B.A. in Communication, Georgia State University, 2022",),
        layout="table",
        labels=Labels(
            skills=("customer service", "CRM", "HubSpot", "email support", "live chat", "empathy",
                    "written communication", "communication", "billing", "troubleshooting", "technical support",
                    "escalation management", "first contact resolution", "ticketing systems", "knowledge base",
                    "Zoho CRM"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="cc04", role="care-representative", name="Dmitri Volkov",
        contact="Denver, CO | dvolkov@example.com",
        summary=("Dependable call-center representative. Available for weekends and holidays.",),
        skills_lines=("Avaya phone systems, Five9 dialer, Salesforce", "Russian and English",
                      "Order entry, returns, exchanges"),
        jobs=(
            Job("2019 to date", "Call Center Representative, Spectrum",
                "Inbound sales and service calls; upsell internet packages; 95% quality score.",
                (2019, 7), None, "care"),
            Job("2015 - 2019", "Delivery Driver, Domino's Pizza",
                "Delivered orders and collected payments.", (2015, 7), (2019, 6), "other"),
        ),
        education=("GED, Colorado Department of Education, 2014",),
        labels=Labels(
            skills=("call center", "customer service", "Avaya", "Five9", "Salesforce", "Russian", "order entry",
                    "returns and exchanges", "upselling", "inbound calls", "sales", "phone support", "reliability",
                    "payment processing", "English"),
            education="high_school", relevant=CARE),
    ),
    LabelledResume(
        rid="cc05", role="care-representative", name="Priya Raman",
        contact="Edison, NJ | priya.raman@example.com",
        summary=("Customer service professional with over 2 years in e-commerce support. Fluent in Hindi and Tamil.",),
        skills_lines=("Shopify, Gorgias, Zendesk, Google Sheets", "Order tracking, refunds, chargebacks",
                      "Attention to detail, organizational skills"),
        jobs=(
            Job("Oct '23 - Present", "Customer Service Representative, Chewy",
                "Support pet parents through chat and phone; resolve order, shipping and refund issues; "
                "meet AHT and CSAT targets.", (2023, 10), None, "care"),
            Job("Feb '22 - Aug '23", "Retail Sales Associate, Macy's",
                "Assisted customers on the floor, operated POS, restocked merchandise.", (2022, 2), (2023, 8),
                "retail"),
        ),
        education=("Bachelor of Commerce, University of Madras, 2021",),
        extra=(Section("Languages", ("English, Hindi, Tamil",)),),
        layout="two-column",
        labels=Labels(
            skills=("customer service", "Shopify", "Gorgias", "Zendesk", "Google Sheets", "order tracking",
                    "refunds", "chargebacks", "attention to detail", "live chat", "phone support", "point of sale",
                    "merchandising", "Hindi", "Tamil", "e-commerce", "customer satisfaction", "sales",
                    "organizational skills", "English"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="cc06", role="care-representative", name="Tom Becker",
        contact="Omaha, NE | tom.becker@example.com",
        summary=("Customer service representative for a regional bank. Handles account questions, card disputes "
                 "and fraud alerts with care.",),
        skills_lines=("Fiserv, Jack Henry, Microsoft Teams, Excel spreadsheets", "Cash handling, KYC, data-entry"),
        jobs=(
            Job("Apr. 2020 to Jul. 2024", "Customer Service Representative, First National Bank of Omaha",
                "Answered account, card and online-banking calls; opened new accounts; documented disputes.",
                (2020, 4), (2024, 7), "care"),
            Job("Jan. 2018 to Mar. 2020", "Bank Teller, Pinnacle Bank",
                "Processed deposits and withdrawals, balanced cash drawer, cross-sold products.",
                (2018, 1), (2020, 3), "care"),
        ),
        education=("Associate of Applied Science in Business, Metropolitan Community College, 2017",),
        extra=(Section("Certifications", ("American Bankers Association Customer Service Certificate",)),),
        layout="table",
        labels=Labels(
            skills=("customer service", "Fiserv", "Jack Henry", "Microsoft Teams", "Microsoft Excel",
                    "cash handling", "KYC", "data entry", "phone support", "account management", "cross-selling",
                    "banking", "fraud prevention", "dispute resolution", "record keeping"),
            education="associate", relevant=CARE),
    ),
    LabelledResume(
        rid="cc07", role="care-representative", name="Lena Fischer",
        contact="Remote (Portland, OR) | lena.fischer@example.com",
        summary=("Remote customer care rep for SaaS products, 4 years in technical support. Strong troubleshooting "
                 "and documentation skills.",),
        skills_lines=("Zendesk | Jira | Intercom | Slack", "Troubleshooting, knowledge-base writing, SQL basics"),
        jobs=(
            Job("2022-06 \u2013 present", "Technical Support Representative, Calendly",
                "Tier 1 and tier 2 tickets; reproduced bugs and filed them in Jira; wrote 40 help articles.",
                (2022, 6), None, "care"),
            Job("2020-09 \u2013 2022-05", "Customer Support Associate, Mailchimp",
                "Email and chat support for small business users; onboarding calls.", (2020, 9), (2022, 5),
                "care"),
            Job("2019-01 \u2013 2020-12", "Barista (part-time), Stumptown Coffee",
                "Customer service in a busy cafe while finishing my degree.", (2019, 1), (2020, 12),
                "hospitality"),
        ),
        education=("BS in Psychology, Portland State University, 2020",),
        labels=Labels(
            skills=("customer service", "customer support", "technical support", "Zendesk", "Jira", "Intercom",
                    "Slack", "troubleshooting", "knowledge base", "SQL", "documentation", "email support",
                    "live chat", "onboarding", "ticketing systems", "SaaS"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="cs01", role="care-specialist", name="Keisha Washington",
        contact="Charlotte, NC | keisha.w@example.com",
        summary=("Customer Care Specialist with 6 years of experience resolving escalated complaints and coaching "
                 "new agents. Salesforce power user.",),
        skills_lines=("Salesforce, ServiceNow, Five9, Microsoft Office Suite",
                      "Complaint resolution, root-cause analysis, coaching, QA monitoring"),
        jobs=(
            Job("Aug 2021 - Present", "Customer Care Specialist, Duke Energy",
                "Own escalated billing complaints end to end, investigate root causes, train new hires on "
                "policies and CRM workflows.", (2021, 8), None, "care"),
            Job("Feb 2019 - Jul 2021", "Customer Service Representative II, Bank of America",
                "Handled card disputes and fraud claims; mentored 5 new representatives.", (2019, 2), (2021, 7),
                "care"),
            Job("Jul 2017 - Jan 2019", "Customer Service Representative, Sprint",
                "Inbound calls on plans, devices and billing.", (2017, 7), (2019, 1), "care"),
        ),
        education=("Bachelor of Business Administration, UNC Charlotte, 2017",),
        extra=(Section("Certifications", ("HDI Customer Service Representative (HDI-CSR), 2020",)),),
        labels=Labels(
            skills=("customer service", "Salesforce", "ServiceNow", "Five9", "Microsoft Office",
                    "complaint handling", "root cause analysis", "coaching", "quality assurance",
                    "escalation management", "billing", "training", "mentoring", "CRM", "dispute resolution",
                    "fraud prevention", "phone support", "HDI Customer Service Representative",
                    "training and mentoring"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="cs02", role="care-specialist", name="Carlos Mendoza",
        contact="Phoenix, AZ | carlos.mendoza@example.com",
        summary=("Bilingual customer care specialist (Spanish/English). 4+ yrs experience in telecom and "
                 "healthcare customer service.",),
        skills_lines=("CRM: Salesforce, Genesys Cloud", "HIPAA compliance, insurance verification",
                      "Customer retention, upselling, empathy"),
        jobs=(
            Job("May 2023 \u2013 Present", "Customer Care Specialist, Banner Health",
                "Patient billing questions and appointment scheduling; verify insurance; protect PHI under HIPAA.",
                (2023, 5), None, "care"),
            Job("Jan 2021 \u2013 Jun 2023", "Retention Specialist, Cox Communications",
                "Saved cancelling customers with tailored offers; 38% save rate.", (2021, 1), (2023, 6), "care"),
        ),
        education=("Some college coursework, Phoenix College", "High school diploma, Carl Hayden High School, 2016"),
        extra=(Section("Languages", ("Spanish (native)",)),),
        layout="two-column",
        labels=Labels(
            skills=("customer service", "CRM", "Salesforce", "Genesys", "HIPAA", "insurance verification",
                    "customer retention", "upselling", "empathy", "Spanish", "bilingual", "billing",
                    "appointment scheduling", "medical billing", "English"),
            education="high_school", relevant=CARE),
    ),
    LabelledResume(
        rid="cs03", role="care-specialist", name="Hannah Lee",
        contact="Seattle, WA | hannah.lee@example.com",
        summary=("Customer experience specialist focused on omnichannel support (phone, chat, social media).",),
        skills_lines=("Zendesk, Sprout Social, Tableau dashboards", "Voice of the customer, NPS and CSAT analysis",
                      "Process improvement; cross-functional collaboration"),
        jobs=(
            Job("09/2020 \u2013 present", "Customer Experience Specialist, Nordstrom",
                "Respond to customers on phone, chat and social media; analyse CSAT and NPS feedback and report "
                "trends to management; process orders, returns and exchanges.", (2020, 9), None, "care"),
            Job("06/2018 \u2013 08/2020", "Sales Associate, Nordstrom Rack",
                "Helped shoppers, handled returns, met sales goals.", (2018, 6), (2020, 8), "retail"),
        ),
        education=("B.A. English, University of Washington, 2018",),
        layout="table",
        labels=Labels(
            skills=("customer service", "customer experience", "Zendesk", "Sprout Social", "Tableau",
                    "social media", "live chat", "phone support", "customer satisfaction", "NPS",
                    "process improvement", "collaboration", "returns and exchanges", "order processing",
                    "reporting", "sales", "data analysis", "omnichannel support"),
            education="bachelor", relevant=CARE),
    ),
    LabelledResume(
        rid="cs04", role="care-specialist", name="Olusegun Adeyemi",
        contact="Houston, TX | o.adeyemi@example.com",
        summary=("Customer care specialist in energy and utilities. Detail-oriented, organised and calm under "
                 "pressure.",),
        skills_lines=("SAP CRM, Microsoft Dynamics 365, MS Word/Excel/PowerPoint",
                      "Billing adjustments, payment arrangements, collections"),
        jobs=(
            Job("Nov 2024 - Present", "Customer Care Specialist, Reliant Energy",
                "Handle escalations from front-line agents; adjust bills; set up payment plans.", (2024, 11), None,
                "care"),
            Job("Mar 2022 - Oct 2024", "Customer Service Agent, CenterPoint Energy",
                "Outage and billing calls; service orders.", (2022, 3), (2024, 10), "care"),
            Job("Jun 2021 - Feb 2022", "Collections Representative, Conn's HomePlus",
                "Outbound collection calls and payment arrangements.", (2021, 6), (2022, 2), "care"),
        ),
        education=("Master of Business Administration (MBA), University of Lagos, 2019",
                   "B.Sc. Economics, University of Ibadan, 2016"),
        labels=Labels(
            skills=("customer service", "SAP", "CRM", "Microsoft Word", "Microsoft Excel", "Microsoft PowerPoint",
                    "billing", "payment processing", "collections", "attention to detail", "organization",
                    "escalation management", "outbound calls", "phone support", "stress management",
                    "organizational skills", "Microsoft Dynamics 365"),
            education="master", relevant=CARE),
    ),
    LabelledResume(
        rid="cs05", role="care-specialist", name="Sofia Rossi",
        contact="Boston, MA | sofia.rossi@example.com",
        summary=("Customer care specialist with strong written and verbal communication in English, Italian and "
                 "French.",),
        skills_lines=("Kustomer, Zendesk, Salesforce", "Presentation skills, active listening, patience",
                      "Typing: 70 wpm"),
        jobs=(
            Job("Feb 2022 \u2013 Sep 2026", "Customer Care Specialist, Wayfair",
                "Multichannel support for furniture orders, damaged-item claims and replacements; trained 12 new "
                "agents.", (2022, 2), (2026, 9), "care"),
            Job("Sep 2020 \u2013 Jan 2022", "Concierge, Four Seasons Hotel Boston",
                "Arranged guest requests, reservations and complaints in three languages.", (2020, 9), (2022, 1),
                "hospitality"),
        ),
        education=("Laurea Triennale (Bachelor's degree) in Languages, Universit\u00e0 di Bologna, 2019",),
        extra=(Section("Languages", ("Italian (native), English (C2), French (B2)",)),),
        labels=Labels(
            skills=("customer service", "communication", "written communication", "verbal communication",
                    "Kustomer", "Zendesk", "Salesforce", "presentation skills", "active listening", "patience",
                    "typing", "training", "Italian", "French", "reservations", "complaint handling",
                    "multilingual", "omnichannel support", "typing speed", "data entry", "English"),
            education="bachelor", relevant=CARE),
    ),
)
