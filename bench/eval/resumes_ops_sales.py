"""Warehouse associates, sales representatives, teachers and one more care rep (hand labels)."""
from __future__ import annotations

from ats.demo.documents import Section

from .model import Job, LabelledResume, Labels

NONE: frozenset[str] = frozenset()
WH = frozenset({"wh"})

RESUMES: tuple[LabelledResume, ...] = (
    LabelledResume(
        rid="wh01", role="warehouse-associate", name="Luis Ramirez",
        contact="Reno, NV | luis.ramirez@example.com",
        summary=("Warehouse associate with forklift certification and 4 years in fulfillment centers.",),
        skills_lines=("Forklift (sit-down and reach truck), pallet jack", "RF scanners, WMS (Manhattan)",
                      "Picking, packing, shipping and receiving; inventory counts"),
        jobs=(
            Job("Aug 2022 - Present", "Warehouse Associate, Amazon RNO4",
                "Pick and pack 120 units/hour; load trucks; cycle counts.", (2022, 8), None, "warehouse"),
            Job("Jan 2021 - Jul 2022", "Material Handler, Tesla Gigafactory",
                "Moved materials with forklift; kept line stocked.", (2021, 1), (2022, 7), "warehouse"),
        ),
        education=("High School Diploma, Sparks High School, 2020",),
        extra=(Section("Certifications", ("OSHA 10-Hour General Industry", "Forklift Operator Certification")),),
        labels=Labels(
            skills=("forklift", "pallet jack", "RF scanner", "warehouse management systems", "Manhattan",
                    "picking", "packing", "shipping and receiving", "inventory management", "cycle counting",
                    "OSHA", "loading", "material handling", "forklift certification", "OSHA 10",
                    "workplace safety", "warehouse operations"),
            education="high_school", relevant=WH),
    ),
    LabelledResume(
        rid="wh02", role="warehouse-associate", name="Kevin Tran",
        contact="Louisville, KY | kevin.tran@example.com",
        summary=("Reliable order picker; can lift 50 lbs; open to night and weekend shifts.",),
        skills_lines=("Order picking, packing, labeling", "Hand scanner, SAP", "Teamwork, safety"),
        jobs=(
            Job("10/2024 \u2013 present", "Order Picker, UPS Worldport", "Sort and pick packages on night shift.",
                (2024, 10), None, "warehouse"),
            Job("03/2023 \u2013 09/2024", "Stocker, Kroger", "Unloaded deliveries and stocked shelves overnight.",
                (2023, 3), (2024, 9), "retail"),
        ),
        education=("GED, 2022",),
        layout="two-column",
        labels=Labels(
            skills=("picking", "packing", "labeling", "RF scanner", "SAP", "teamwork", "stocking", "sorting",
                    "loading", "reliability", "warehouse operations", "workplace safety"),
            education="high_school", relevant=WH),
    ),
    LabelledResume(
        rid="wh03", role="warehouse-associate", name="Janet Wilson",
        contact="Allentown, PA | janet.wilson@example.com",
        summary=("Warehouse lead with 11 years in distribution; trained dozens of associates; returned to work "
                 "after a two-year gap.",),
        skills_lines=("Forklift, order picker, cherry picker", "Inventory control, cycle counts, shipping/receiving",
                      "Microsoft Excel; Lean 5S"),
        jobs=(
            Job("May 2024 \u2013 Present", "Warehouse Lead, Ocean Spray Distribution",
                "Lead 10 associates on receiving; schedule; safety audits.", (2024, 5), None, "warehouse"),
            Job("Jun 2012 \u2013 Apr 2022", "Warehouse Associate, then Lead, Nestle Purina",
                "Forklift operation, putaway, inventory control.", (2012, 6), (2022, 4), "warehouse"),
        ),
        education=("High School Diploma, Allen High School, 2011",),
        labels=Labels(
            skills=("forklift", "order picker", "inventory management", "cycle counting", "shipping and receiving",
                    "Microsoft Excel", "Lean", "5S", "team leadership", "leadership", "training", "scheduling",
                    "safety", "putaway", "warehouse operations", "process improvement", "workplace safety"),
            education="high_school", relevant=WH),
    ),
    LabelledResume(
        rid="wh04", role="warehouse-associate", name="Andre Jackson",
        contact="Indianapolis, IN | andre.jackson@example.com",
        summary=("Seasonal and temp warehouse work; fast learner looking for a permanent role.",),
        skills_lines=("Packing, shipping, pallet wrapping", "Pallet jack"),
        jobs=(
            Job("Nov 2025 - Jan 2026", "Seasonal Warehouse Associate, Target Distribution Center",
                "Peak season packing and shipping.", (2025, 11), (2026, 1), "warehouse"),
            Job("Summer 2025", "Temp Loader, FedEx Ground", "Loaded trailers.", (2025, 6), (2025, 8), "warehouse"),
            Job("Mar 2026 - Present", "Warehouse Associate (temp-to-hire), Walmart DC",
                "Receiving and putaway.", (2026, 3), None, "warehouse"),
        ),
        education=("High School Diploma, Arsenal Technical High School, 2025",),
        layout="table",
        labels=Labels(
            skills=("packing", "shipping and receiving", "pallet jack", "loading", "putaway",
                    "warehouse operations"),
            education="high_school", relevant=WH),
    ),
    LabelledResume(
        rid="sl01", role="sales-representative", name="Nicole Adams",
        contact="Dallas, TX | nicole.adams@example.com",
        summary=("Inside sales representative with 5+ years of quota-carrying experience; 118% of quota in 2025.",),
        skills_lines=("Salesforce CRM, Outreach, LinkedIn Sales Navigator", "Cold calling, upselling, negotiation",
                      "Customer relationship management"),
        jobs=(
            Job("Feb 2023 - Present", "Inside Sales Representative, Paycom",
                "Outbound calls to SMB prospects; renewals and upsells for existing customers.", (2023, 2), None,
                "sales"),
            Job("Apr 2021 - Jan 2023", "Sales Development Representative, Tyler Technologies",
                "Qualified inbound leads; booked demos.", (2021, 4), (2023, 1), "sales"),
            Job("Jun 2019 - Mar 2021", "Customer Service Representative, Verizon",
                "Account and billing support calls; sold upgrades.", (2019, 6), (2021, 3), "care"),
        ),
        education=("B.B.A. Marketing, University of North Texas, 2019",),
        labels=Labels(
            skills=("Salesforce", "CRM", "Outreach", "LinkedIn Sales Navigator", "cold calling", "upselling",
                    "negotiation", "customer relationship management", "sales", "inside sales", "lead generation",
                    "customer service", "billing", "outbound calls", "account management", "marketing",
                    "quota attainment"),
            education="bachelor", relevant=frozenset({"ccr"})),
    ),
    LabelledResume(
        rid="sl02", role="sales-representative", name="Greg Patterson",
        contact="Denver, CO | greg.patterson@example.com",
        summary=("Outside B2B sales rep for medical devices; President's Club 2022 and 2024.",),
        skills_lines=("Territory management, consultative selling, contract negotiation", "Salesforce, Excel"),
        jobs=(
            Job("2018 - Present", "Territory Sales Manager, Stryker",
                "Grew Colorado territory 35%; trained surgeons and OR staff on products.", (2018, 7), None, "sales"),
            Job("2013 - 2018", "Sales Representative, Cintas", "New business and account management.", (2013, 7),
                (2018, 6), "sales"),
        ),
        education=("B.S. Kinesiology, Colorado State University, 2013",),
        layout="two-column",
        labels=Labels(
            skills=("territory management", "consultative selling", "negotiation", "Salesforce", "Microsoft Excel",
                    "sales", "B2B sales", "account management", "business development", "training"),
            education="bachelor", relevant=NONE),
    ),
    LabelledResume(
        rid="sl03", role="sales-representative", name="Tanya Ivanova",
        contact="Miami, FL | tanya.ivanova@example.com",
        summary=("Retail sales associate turned real estate agent; bilingual Russian/English.",),
        skills_lines=("Customer service, sales, negotiation", "Zillow, MLS, DocuSign"),
        jobs=(
            Job("Jan 2022 \u2013 Present", "Real Estate Agent, Coldwell Banker", "Residential sales; 24 closings.",
                (2022, 1), None, "sales"),
            Job("Feb 2019 \u2013 Dec 2021", "Sales Associate, Sephora", "Beauty advisor; clienteling.", (2019, 2),
                (2021, 12), "retail"),
        ),
        education=("Associate of Arts, Miami Dade College, 2018",),
        extra=(Section("Licenses", ("Florida Real Estate Sales Associate License",)),),
        labels=Labels(
            skills=("customer service", "sales", "negotiation", "Zillow", "MLS", "DocuSign", "Russian",
                    "bilingual", "real estate", "retail", "English"),
            education="associate", relevant=NONE),
    ),
    LabelledResume(
        rid="te01", role="teacher", name="Rachel Green",
        contact="Albany, NY | rachel.green@example.com",
        summary=("High school mathematics teacher with 8 years of experience; NY State certified.",),
        skills_lines=("Curriculum development, differentiated instruction, classroom management",
                      "Google Classroom, Desmos, Smartboard"),
        jobs=(
            Job("Sep 2018 - Present", "Mathematics Teacher, Albany High School",
                "Algebra II and AP Statistics; department data lead.", (2018, 9), None, "teaching"),
        ),
        education=("M.S. Mathematics Education, University at Albany, 2018", "B.A. Mathematics, Siena College, 2016"),
        extra=(Section("Certifications", ("New York State Professional Teaching Certificate, Mathematics 7-12",)),),
        labels=Labels(
            skills=("curriculum development", "differentiated instruction", "classroom management",
                    "Google Classroom", "Desmos", "Smartboard", "teaching", "mathematics", "statistics",
                    "lesson planning"),
            education="master", relevant=NONE),
    ),
    LabelledResume(
        rid="te02", role="teacher", name="Samuel Okafor",
        contact="Houston, TX | samuel.okafor@example.com",
        summary=("Elementary ESL teacher; bilingual Spanish; also a weekend tutor.",),
        skills_lines=("ESL instruction, lesson planning, parent communication", "Spanish, Igbo"),
        jobs=(
            Job("Aug 2020 - Present", "ESL Teacher, Houston ISD", "Grades 2-4 English language learners.",
                (2020, 8), None, "teaching"),
            Job("Jan 2019 - Present", "Tutor (weekends), Kumon", "Reading and math tutoring.", (2019, 1), None,
                "teaching"),
        ),
        education=("B.S. Interdisciplinary Studies, University of Houston, 2019",),
        labels=Labels(
            skills=("ESL", "lesson planning", "parent communication", "Spanish", "Igbo", "teaching", "tutoring",
                    "communication", "bilingual"),
            education="bachelor", relevant=NONE),
    ),
    LabelledResume(
        rid="te03", role="teacher", name="Helen Murphy",
        contact="Boise, ID | helen.murphy@example.com",
        summary=("Professor of English; Ph.D.; 14 years of university teaching.",),
        skills_lines=("Academic writing, research, course design", "Canvas LMS"),
        jobs=(
            Job("Aug 2016 - Present", "Associate Professor of English, Boise State University",
                "Teach composition and literature; advise graduate students.", (2016, 8), None, "teaching"),
            Job("Aug 2012 - May 2016", "Assistant Professor, College of Idaho", "Taught writing courses.",
                (2012, 8), (2016, 5), "teaching"),
        ),
        education=("Ph.D. English Literature, University of Oregon, 2012", "M.A. English, 2008", "B.A. English, 2006"),
        labels=Labels(
            skills=("academic writing", "research", "curriculum development", "teaching", "writing", "advising",
                    "Instructure Canvas"),
            education="doctorate", relevant=NONE),
    ),
    LabelledResume(
        rid="cc08", role="care-representative", name="Nadia Petrova",
        contact="Las Vegas, NV | nadia.petrova@example.com",
        summary=("Customer service rep returning after a gap (2023-2025, caring for a family member). Experienced "
                 "with CRMs, order processing and difficult customers.",),
        skills_lines=("Oracle Service Cloud, Zendesk, Microsoft 365", "Order processing, refunds, de-escalation",
                      "Flexible schedule incl. weekends and holidays"),
        jobs=(
            Job("Feb 2026 \u2013 Present", "Customer Service Representative, Allegiant Air",
                "Rebook flights, process refunds, handle complaints via phone and chat.", (2026, 2), None, "care"),
            Job("Jun 2019 \u2013 Mar 2023", "Customer Service Representative, Zappos",
                "Phone and chat support; 10-minute average handle time; awarded WOW champion 2021.", (2019, 6),
                (2023, 3), "care"),
        ),
        education=("High School Diploma, Bonanza High School, 2018",),
        rows=False,
        cover_letter=("Dear Hiring Manager, I am applying for the Customer Care Specialist role. At Zappos I handled "
                      "thousands of calls and chats, resolved complaints and processed orders, returns and refunds. "
                      "I am comfortable with CRM tools such as Zendesk and I work weekends and holidays."),
        labels=Labels(
            skills=("customer service", "Oracle", "Zendesk", "Microsoft 365", "order processing", "refunds",
                    "de-escalation", "CRM", "complaint handling", "phone support", "live chat",
                    "returns and exchanges"),
            education="high_school", relevant=frozenset({"ccs", "ccr"})),
    ),
)
