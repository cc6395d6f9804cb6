"""Build ats/screening/data/skills.jsonl from O*NET 29.2 plus a curated list (occupations: build_occupations.py).

Usage: python scripts/build_skills.py [ONET_DIR]   (default: ../shared/onet next to the repo)

Curated lines: ``Label | alias; alias | implied ids``. An implied skill is one the specific skill shows
(Zendesk -> CRM; answering customers by phone -> Communication); scores quote it as "shown by".
In aliases, ``=Foo`` means "match only as cased" (ambiguous words such as "Excel"), ``~Go`` means
"as cased and only next to other tools".
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "ats" / "screening" / "data"

# No alias is an everyday word on its own ("safety", "returns", "register"): such words name nothing in a resume.
CURATED = """
# soft skills
Communication | communication skills; verbal communication; written communication; verbal and written communication; oral communication; speaking skills; writing skills; communicator; communicate effectively
Active Listening | active listener; listening skills; listening; good listener; patient listener; listen carefully; listens well; listen effectively; ability to listen
Problem Solving | problem-solving; problem solver; problem-solving skills; solve problems; solving problems; analytical skills; ~Analytical
Multitasking | multi-tasking; multitask; multi-task; juggle multiple tasks; multiple tasks simultaneously; multiple tasks; multiple priorities; competing priorities; multiple projects simultaneously; multiple projects concurrently; multi-tasks; multitasks; multi-tasker; multitasker; multi-tasked
Empathy | empathetic; empathic; compassion; compassionate
Patience | patient demeanor
Conflict Resolution | resolve conflicts; conflict management; conflict resolution skills; conflict mediation | problem-solving
De-escalation | de-escalate; de-escalated; deescalation; de-escalating; defuse; diffuse tense situations; escalation handling; handle difficult customers; difficult customers; irate customers; angry customers | patience
Time Management | manage time; time-management; managing time; meet deadlines; meeting deadlines; met deadlines; meets deadlines; deadline-driven; deadline driven; deadline-oriented; deadlines focused
Prioritization | prioritize; prioritise; prioritizing; prioritisation
Organizational Skills | organization skills; organisational skills; organized; organised; highly organized; organizational; ~Organization
Attention to Detail | detail-oriented; detail oriented; attention to details; eye for detail; meticulous; detailed oriented; detail-orientated; detail orientated
Teamwork | team player; work as part of a team; team work; team-oriented; team oriented; team environment; team working; part of a team; part of the team; part of team; as a team member
Collaboration | collaborative; collaborate; collaborated with; collaborate with; collaborating with; cross-functional collaboration; work closely with other departments; worked closely with | teamwork
Adaptability | adaptable; adapt to change; adapt quickly; adapts quickly; adaptive
Positive Attitude | positive and professional attitude; upbeat; positive demeanor
Interpersonal Skills | interpersonal; people skills
Relationship Building | relationship-building; building relationships; build relationships; relationship builder; rapport building; build rapport; building rapport | interpersonal-skills
Customer Orientation | customer-first; customer focus; customer-focused; customer centric; customer-centric; customer obsession
Presentation Skills | presentations; public speaking; presenting | communication
Leadership | team leader; supervisory experience; people management; team leadership; lead a team; team lead; leading teams
Training and Mentoring | staff training; training plans; mentoring; coaching; training new hires; onboarding new staff; train new employees; peer training | communication
Stress Management | work under pressure; calm under pressure; remain calm under pressure; stress tolerance; fast-paced environment; fast paced environment
Critical Thinking | analytical thinking; sound judgment
Decision Making | decision-making; judgement and decision making
Negotiation | negotiating; negotiation skills; negotiate; negotiated; negotiates
Reliability | dependable; dependability; punctual; punctuality
Professionalism | professional demeanor
Work Ethic | strong work ethic; self-motivated; self motivated; self-starter; hardworking; hard-working; hard worker
Creativity | creative thinking; creative problem solving; creative skills; ~Creative
Quick Learner | fast learner; learn quickly; learns quickly; quick to learn; eager to learn; willingness to learn; quick learning; quickly learned; quickly learn; quickly learns
Independent Work | work independently; works independently; working independently; independent worker; self-directed; work well independently; works well independently; minimal supervision; without supervision
Innovation | innovative; innovative thinking
Motivating Others | motivate staff; motivating staff; motivate employees; motivating teams; team motivation; motivational
Team Building | team-building; team builder; building teams; build teams
Newsletters | newsletter; e-newsletter; e-newsletters; email newsletter; email newsletters
Motivation | motivated; highly motivated; ~Motivation | work-ethic
Coordination | coordinate; coordinated; coordinates; coordinating; coordination skills
Soft Skills | soft skill
Persuasion | persuasive
Supervision | ~Supervision; staff supervision; supervised staff; supervising staff; supervised employees; supervisory skills | leadership
Flexibility | ~Flexibility; ~Flexible; flexible schedule | adaptability
Initiative | ~Initiative; takes initiative; took initiative; ~Proactive; proactive approach
Integrity | ~Integrity; ~Honesty; ~Honest; ~Ethical; ~Ethics; strong ethics; honest and ethical; trustworthy; professional ethics; personal ethics; lead with ethics; ethical standards
Enthusiasm | ~Enthusiasm; ~Enthusiastic; enthusiastic attitude; high-energy; energetic
# channels
Phone Support | telephone support; phone calls; incoming calls; inbound calls; outbound calls; call handling; phone contact handling; answering calls; answer calls; handle calls; telephone skills; phone skills | communication
Phone Etiquette | telephone etiquette; phone manner; telephone manner; professional phone manner
Email Support | e-mail support; email correspondence; e-mail correspondence; email communication; respond to emails | communication
Live Chat | live-chat; chat support; web chat; webchat; online chat | communication
Social Media Support | social media; social media customer service; social channels; twitter support | communication
Face-to-Face Service | face-to-face; in-person service; walk-in customers | communication
Omnichannel Support | omnichannel; omni-channel; multichannel; multi-channel support
Call Center | call centre; contact center; contact centre; call-center; inbound call center
SMS Support | text messaging support; sms
# domain knowledge
Customer Service | customer-facing; guest-facing; client-facing; customer care; client service; client services; guest services; customer service skills
Customer Support | client support; customer assistance; support customers; end-user support | customer-service
Customer Satisfaction | CSAT; customer satisfaction scores; satisfaction ratings; net promoter score; NPS
Customer Retention | customer loyalty; client retention
Complaint Resolution | complaints; complaint handling; handle complaints; handling complaints; resolve complaints; resolving complaints; customer complaints; complaints handling | problem-solving
Escalation Management | escalation; escalated; escalation queue; escalations; escalate issues; escalated issues; escalation management
Product Knowledge | knowledge of products; product and service knowledge; product expertise
Account Management | customer accounts; account maintenance; manage accounts; client accounts; key accounts
Billing | billing inquiries; billing support; billing disputes; invoicing
Payment Processing | process payments; processing payments; credit card processing
Order Processing | process orders; processing orders; order entry; order management; placement of orders; order fulfillment; order fulfilment
Returns and Exchanges | returns and refunds; process returns
Shipping and Receiving | shipment tracking; logistics coordination; shipping & receiving; receiving department; ~Receiving
Data Entry | data-entry; keyboarding; record account information; 10-key; ten key | computer-skills
Record Keeping | document customer interactions; keep records; recordkeeping; record-keeping; case notes; maintain records | organizational-skills
Troubleshooting | troubleshoot; troubleshooting issues; diagnose problems | problem-solving
Technical Support | technical inquiries; technical issues; technical questions; tech support; IT support; help desk support; desktop support; technical assistance
Cross-selling | cross-sell; cross selling
Upselling | upsell; up-selling; up-sell
Sales | selling; sales experience; inside sales; outside sales
Lead Generation | prospecting; lead gen; generating leads
Cold Calling | cold calls; cold-calling; outbound prospecting
Quota Attainment | over-achieving quota; exceeded quota; exceeding quota; met quota; sales targets; sales quota; quota
Cash Handling | handled cash; cash drawer; cashier; cash management; handling cash; cash register; cashiering; balancing cash drawer
Retail | retail experience; merchandising; visual merchandising; store operations
Quality Assurance | QA; quality control; call monitoring; quality monitoring
Needs Assessment | identify customer needs; assess customers' needs; needs analysis; needs discovery
Follow-up | follow up; follow-ups; follow through
Inventory Management | inventory control; stock control; inventory tracking; cycle counting; cycle counts; stocktaking; ~Inventory; managed inventory; maintained inventory; inventory counts
Warehouse Operations | picking and packing; pick and pack; order picking; material handling; palletizing
Forklift Operation | forklift; forklift operator; reach truck; pallet jack
Supply Chain Management | supply chain; procurement; vendor management
Logistics | freight; dispatching; route planning; fleet management
Accounts Payable | payables; vendor payments
Accounts Receivable | receivables
Bookkeeping | bookkeeper; book keeping
Account Reconciliation | reconciliation; reconciliations; bank reconciliation; reconciling accounts
General Ledger | GL; journal entries; month-end close; month end close; year-end close
Financial Reporting | financial statements
Payroll | payroll processing; payroll administration
Tax Preparation | tax returns; taxation; tax compliance
GAAP | generally accepted accounting principles; =US GAAP; IFRS
Auditing | internal audit; external audit; audits; internal audits; external audits; audit; audited
Accounting | accountancy; cost accounting; managerial accounting
Patient Care | critical care; acute care; care for patients; direct patient care; bedside care; patient assessment; patient education
Medication Administration | administering medications; medication management; med pass
Vital Signs | vitals; taking vital signs
Electronic Health Records | EHR; EMR; electronic medical records; charting; clinical documentation
Phlebotomy | blood draws; venipuncture
Infection Control | infection prevention; sterile technique; aseptic technique
HIPAA | HIPAA compliance; patient confidentiality
Medical Terminology | medical vocabulary
Scheduling | appointment scheduling; calendar management; scheduling appointments; booking appointments | organizational-skills
Wound Care | wound dressing; dressing changes
Triage | patient triage
Software Development | software engineer; software developer; full stack developer; full-stack developer; backend engineer; back-end engineer; front-end developer; frontend developer; python developer; java developer; machine learning engineer; software engineering; application development
Web Development | front-end development; frontend development; back-end development; full-stack development; full stack
Agile | scrum; agile methodologies; kanban; sprint planning
Version Control | source control
Unit Testing | test-driven development; TDD; automated testing; test automation
REST APIs | REST; RESTful APIs; RESTful; API development; web services
Machine Learning | ML; deep learning; predictive modeling
Data Analysis | data analytics; data analyst; reporting and analysis
Cloud Computing | cloud infrastructure; cloud services
DevOps | CI/CD; continuous integration; continuous delivery; continuous deployment
Project Management | project coordination; project planning; managing projects
Process Improvement | continuous improvement; process optimization; kaizen
Compliance | regulatory compliance; policy compliance
Workplace Safety | safety rules; safety training; OSHA; safety compliance; safety procedures
Marketing | digital marketing; email marketing; content marketing; SEO; search engine optimization; social media marketing
Customer Relationship Management | client relationship management; relationship management; customer relations; client relations
Appointment Setting | setting appointments
Office Administration | administrative support; clerical; office management; front office; receptionist duties
Typing Speed | wpm; words per minute; typing | computer-skills
Budgeting | budgets; budget planning; budget preparation; budget forecasting; prepare budgets; prepared budgets; annual budget; budgetary; track of budget; within budget; manage budget; managed budget; manage the budget
Forecasting | forecasts; demand forecasting; forecast models
Recruiting | recruitment; recruiter; talent acquisition; sourcing candidates; recruited; recruit candidates; hiring process
Hiring | hiring; hire and train; hire, train; hired and trained; hiring and training; interviewed and hired; interview and hire; interviewing and hiring; hiring decisions; staff hiring; hired staff | recruiting
Interviewing | interviewed candidates; conduct interviews; conducted interviews; job interviews
Staffing | staffing plans; staffing levels
Purchasing | purchasing agent; buying and purchasing; procurement of supplies
Pricing | price setting; pricing analysis
Documentation | documenting; technical writing; written documentation; process documentation
Report Writing | management reporting; status reports; prepare reports; prepared reports; written reports
Filing | filing documents; paper filing; electronic filing
Research | researching; research skills; researched
Teaching | taught; instruct students; instructing students; classroom teaching
Event Planning | event coordination; events planning; planned events; coordinate events
# tools and software
CRM | CRM software; CRM systems; CRM system; CRM tools; CRM platform; customer relationship management software; customer relationship management systems; customer relationship management (CRM)
Salesforce Service Cloud | Service Cloud | crm
Salesforce | Salesforce.com; Salesforce CRM; SFDC | crm
Zendesk | Zendesk Support; Zendesk Suite | crm, help-desk-software
HubSpot | HubSpot CRM; Hubspot Service Hub | crm
Freshdesk | Freshworks; Freshservice | crm, help-desk-software
ServiceNow | Service Now; ServiceNow ITSM | crm, help-desk-software
Microsoft Dynamics 365 | Dynamics 365; Microsoft Dynamics CRM; Dynamics CRM; MS Dynamics | crm
Zoho CRM | Zoho Desk | crm
Gladly | Gladly platform | crm
Intercom | =Intercom | crm
Kustomer | Kustomer CRM | crm
Help Scout | HelpScout | crm, help-desk-software
Gorgias | Gorgias helpdesk | crm
Oracle Siebel | Siebel CRM; Siebel | crm
Help Desk Software | helpdesk software; ticketing system; ticketing systems; ticketing software; help desk ticketing; case management system
Jira | Jira Service Management; Jira Service Desk; JIRA | help-desk-software
Genesys | Genesys Cloud; Genesys PureCloud | contact-center-software
Five9 | Five9 softphone | contact-center-software
NICE inContact | NICE CXone; inContact | contact-center-software
Avaya | Avaya phone system | contact-center-software
Talkdesk | Talkdesk phone system | contact-center-software
Contact Center Software | call center software; contact centre software; ACD; automatic call distribution; IVR; interactive voice response; softphone
Microsoft Office | MS Office; Office 365; Microsoft 365; M365; Microsoft Office Suite; MS Office Suite; office software; office suite
Microsoft Excel | MS Excel; Excel spreadsheets; =Excel; advanced Excel; pivot tables; vlookup | microsoft-office
Microsoft Word | MS Word | microsoft-office
Microsoft Outlook | MS Outlook; =Outlook | microsoft-office
Microsoft PowerPoint | MS PowerPoint; PowerPoint | microsoft-office
Microsoft Teams | MS Teams | microsoft-office
Google Workspace | G Suite; GSuite; Google Docs; Google Sheets; Google Drive; Gmail
Slack | =Slack
Computer Skills | computer literacy; computer literate; computer systems; basic computer skills; computer proficiency
POS Systems | point of sale; point-of-sale; POS; cash register systems; Square POS; Clover POS
QuickBooks | QuickBooks Online; Intuit QuickBooks; QBO
SAP | =SAP; SAP ERP; SAP S/4HANA
Epic | =Epic; Epic Systems; Epic EHR; Epic EMR | electronic-health-records
Cerner | Cerner EHR; Oracle Health | electronic-health-records
Python | Python 3; python programming
Java | =Java; Java SE; Java EE
JavaScript | JS; ECMAScript; Javascript ES6
TypeScript | TypeScript programming
SQL | =SQL; structured query language; T-SQL; SQL queries
MySQL | =MySQL; My SQL; =MYSQL | sql
PostgreSQL | Postgres; PostgresSQL | sql
Microsoft SQL Server | SQL Server; MS SQL Server; MSSQL; MS SQL | sql
Spreadsheets | spreadsheet software; spreadsheet applications; ~Spreadsheets; spreadsheet creation | computer-skills
Debugging | debugged; debug code; code debugging; debugging tools
SDLC | =SDLC; software development life cycle; software development lifecycle
Git | =Git; GitHub; GitLab; Bitbucket | version-control
Docker | containerization
Kubernetes | K8s
Amazon Web Services | AWS; Amazon AWS | cloud-computing
Microsoft Azure | Azure | cloud-computing
Google Cloud Platform | GCP; Google Cloud | cloud-computing
React | React.js; ReactJS; =React
Go | ~Go; Golang
R | ~R; R programming; RStudio
C | ~C; C programming; ANSI C
C++ | cpp
C# | C sharp; .NET; dotnet
Tableau | Tableau Desktop
Power BI | Microsoft Power BI; PowerBI
Linux | Unix; Ubuntu; Red Hat Linux
Shopify | Shopify admin
WMS | warehouse management system; warehouse management systems; RF scanner; RF scanners
# certifications
Certified Customer Service Professional | CCSP; certified customer service specialist
HDI Customer Service Representative | HDI-CSR; HDI certification; HDI Support Center Analyst
Certified Customer Experience Professional | CCXP
CompTIA A+ | A+ certification; CompTIA A Plus
ITIL Foundation | ITIL; ITIL certification; ITIL v4
Project Management Professional | PMP; PMP certification
Certified ScrumMaster | CSM; Scrum Master certification; PSM
Certified Public Accountant | CPA; CPA license
Certified Management Accountant | CMA
Registered Nurse | RN; RN license; registered nurse license
Licensed Practical Nurse | LPN; LVN; licensed vocational nurse
Certified Nursing Assistant | CNA; nursing assistant certification
Basic Life Support | BLS; BLS certification; BLS certified
Advanced Cardiac Life Support | ACLS; ACLS certification
CPR | CPR certified; CPR certification; cardiopulmonary resuscitation; first aid; First Aid/CPR
Forklift Certification | forklift certified; forklift license; certified forklift operator
Commercial Driver's License | CDL; Class A CDL; CDL-A; Class B CDL
OSHA 10 | OSHA 10-hour; OSHA 30; OSHA 30-hour
ServSafe | ServSafe certified; ServSafe Food Handler; food handler certification
Six Sigma | Lean Six Sigma; Six Sigma Green Belt; Six Sigma Black Belt; Green Belt
SHRM Certified Professional | SHRM-CP; SHRM-SCP; PHR; SPHR
Salesforce Certified Administrator | Salesforce Administrator certification; Salesforce Certified
AWS Certified Solutions Architect | AWS Certified; AWS certification
Zendesk Certified Support Admin | Zendesk certification; Zendesk certified
Notary Public | notary; commissioned notary
Microsoft Office Specialist | MOS certification; MOS certified
# languages
Bilingual | bilingual; multilingual; bilingual skills
English | English language; fluent English; native English
Spanish | Spanish-speaking; Spanish speaker; Castilian
French | French-speaking
German | German-speaking
Portuguese | Brazilian Portuguese
Italian | Italian-speaking
Mandarin Chinese | Mandarin; Chinese
Cantonese | Cantonese Chinese
Japanese | Japanese-speaking
Korean | Korean-speaking
Vietnamese | Vietnamese-speaking
Tagalog | Filipino
Arabic | Arabic-speaking
Hindi | Hindi-speaking
Urdu | Urdu-speaking
Bengali | Bangla
Russian | Russian-speaking
Polish | =Polish
Haitian Creole | Kreyol; Creole
American Sign Language | ASL; sign language
Dutch | Dutch-speaking
Turkish | Turkish-speaking
Farsi | Persian
Somali | Somali-speaking
"""

CATEGORIES = {"soft skills", "tools and software", "channels", "domain knowledge", "languages", "certifications"}
COMMODITY_TO_CURATED = {
    "Customer relationship management CRM software": "crm",
    "Helpdesk or call center software": "help-desk-software",
    "Contact center software": "contact-center-software",
    "Point of sale POS software": "pos-systems",
    "Office suite software": "microsoft-office",
}
# more vendors, longer names first; a plain one-word product left by these must not be a word of a job title
# either ('Corel Painter' leaves no 'Painter', 'Avid Technology Sibelius' leaves 'Sibelius')
BRANDS = (
    "Cisco Systems ",
    "Avid Technology ",
    "Thomson Reuters ",
    "National Instruments ",
    "GE Healthcare ",
    "The MathWorks ",
    "Bentley Systems ",
    "Red Hat ",
    "HashiCorp ",
    "Cisco ",
    "ESRI ",
    "Corel ",
    "Avid ",
    "Bentley ",
    "Siemens ",
    "Trimble ",
    "Thomson ",
    "Cadence ",
    "JetBrains ",
    "Salesforce ",
    "VMware ",
    "Elastic ",
    "Docker ",
    "Facebook ",
)
VENDORS = (
    "Microsoft ",
    "Oracle ",
    "IBM ",
    "Google ",
    "Adobe ",
    "Apple ",
    "SAP ",
    "Autodesk ",
    "Amazon ",
    "Intuit ",
    "Apache ",
    "Atlassian ",
)
GENERIC = {
    "software",
    "system",
    "systems",
    "online",
    "web",
    "data",
    "cloud",
    "mail",
    "office",
    "project",
    "access",
    "word",
    "teams",
    "visio",
    "publisher",
    "sheets",
    "docs",
    "drive",
    "forms",
    "analytics",
    "time",
    "one",
    "box",
    "sage",
    "act",
    "notes",
    "chef",
    "puppet",
    "ventura",  # a county and a town before it is Corel's publisher
}


def slug(label: str) -> str:
    """Stable id from a label."""
    s = label.lower().replace("+", "plus").replace("#", "sharp")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "skill"


def parse_curated() -> list[dict[str, object]]:
    """Turn the curated block into skill records."""
    out, category = [], ""
    for line in CURATED.strip().splitlines():
        if line.startswith("#"):
            category = line[1:].strip()
            assert category in CATEGORIES, category
            continue
        parts = [p.strip() for p in line.split("|")]
        label, aliases = parts[0], [a.strip() for a in parts[1].split(";") if a.strip()]
        implies = [i.strip() for i in parts[2].split(",")] if len(parts) > 2 and parts[2] else []
        rec = {
            "id": slug(label),
            "label": label,
            "aliases": [],
            "category": category,
            "implies": implies,
            "case_sensitive": [],
            "needs_context": [],
        }
        for a in aliases:
            key = "needs_context" if a[0] == "~" else "case_sensitive" if a[0] == "=" else "aliases"
            a = a.lstrip("=~")
            if key == "aliases" and a.isupper() and len(a) <= 4:
                key = "case_sensitive"  # short acronyms: "ML" yes, "ml" (millilitres) no
            rec[key].append(a)
        out.append(rec)
    return out


def read_tsv(path: Path) -> list[dict[str, str]]:
    """O*NET text files are UTF-8 tab-separated with a header row."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def title_words(onet: Path) -> frozenset[str]:
    """Words of O*NET's alternate titles ('painter', 'logician')."""
    rows = read_tsv(onet / "Alternate Titles.txt")
    return frozenset(w.lower() for row in rows for w in re.findall(r"[A-Za-z]+", row["Alternate Title"]))


def common_words(onet: Path) -> set[str]:
    """Everyday English words (from occupation descriptions) that are unsafe as bare aliases."""
    words: set[str] = set(GENERIC)
    for row in read_tsv(onet / "Occupation Data.txt"):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", row["Description"] + " " + row["Title"]))
    return words


def onet_skills(onet: Path, taken: set[str], common: set[str]) -> list[dict[str, object]]:
    """Hot technologies and examples used by 2+ occupations, each implying its commodity."""
    rows = read_tsv(onet / "Technology Skills.txt")
    counts = Counter(r["Example"] for r in rows)
    hot = {r["Example"] for r in rows if r["Hot Technology"] == "Y"}
    commodity: dict[str, str] = {}
    for r in rows:
        commodity.setdefault(r["Example"], r["Commodity Title"])
    out: list[dict[str, object]] = []
    titles = title_words(onet)
    for title in sorted(set(commodity.values())):
        cid = COMMODITY_TO_CURATED.get(title)
        if cid:
            continue
        rec = _record(title, "onet-c-", taken, common)
        if rec:
            out.append(rec)
    for ex in sorted(e for e in counts if counts[e] >= 2 or e in hot):
        rec = _record(ex, "onet-", taken, common, titles)
        if rec:
            c = commodity[ex]
            rec["implies"] = [COMMODITY_TO_CURATED.get(c) or "onet-c-" + slug(c)]
            out.append(rec)
    return out


def _abbreviates(acronym: str, words: str) -> bool:
    """'AWS' abbreviates 'Amazon Web Services'; 'HR' does not abbreviate 'ADP Enterprise'."""
    low, pos = words.lower(), 0
    starts = [m.start() for m in re.finditer(r"\b\w", low)]
    first = [i for i in starts if low[i] == acronym[0].lower()]
    if not first:
        return False
    pos = first[0]
    for ch in acronym.lower():
        pos = low.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _record(
    name: str, prefix: str, taken: set[str], common: set[str], titles: frozenset[str] = frozenset()
) -> dict[str, object] | None:
    """Aliases for an O*NET name: without 'software', without vendor, bare acronym."""
    label = re.sub(r"\s+software$", "", name).strip() if len(name.split()) > 2 else name
    forms = {name, label}
    acr = re.search(r"\b([A-Z][A-Z]{1,7})$", label)
    if acr and len(label.split()) > 1 and _abbreviates(acr.group(1), label[: acr.start()]):
        forms.add(label[: acr.start()].strip())
        forms.add(acr.group(1))
    for v in VENDORS:
        rest = label[len(v) :]
        if label.startswith(v) and (len(rest.split()) > 1 or rest.lower() not in common):
            forms.add(rest)  # "Microsoft Visio" -> "Visio", never "Oracle Database" -> "Database"
    brand = next((b for b in BRANDS if label.startswith(b)), None)
    if brand:
        rest = label[len(brand) :]
        plain = re.fullmatch(r"[A-Z]?[a-z]+", rest) is not None
        named = re.search(r"[A-Z]", rest) and not re.search(r"[?!]", rest)  # not 'audio visual editing', 'What if?'
        if named and (len(rest.split()) > 1 or not (rest.lower() in common or (plain and rest.lower() in titles))):
            forms.add(rest)  # "HashiCorp Vagrant" -> "Vagrant", "Cisco Webex" -> "Webex"
    aliases, cs, ctx = [], [], []
    for f in sorted(forms):
        f = f.strip()
        if len(f) < 2 or f.lower() in taken:
            continue
        lone = len(f.split()) == 1
        if lone and (len(f) <= 2 or f.lower() in common):
            (ctx if len(f) <= 2 else cs).append(f)
        elif lone and f.isupper() and len(f) <= 4:
            cs.append(f)
        else:
            aliases.append(f)
    if not aliases and not cs:
        return None
    prior = set(taken)
    for f in aliases + cs + ctx:
        taken.add(f.lower())
    if label.lower() in prior:  # "Data entry" is curated; keep "Data entry software" apart
        label = (aliases or cs)[0]
    return {
        "id": prefix + slug(name),
        "label": label,
        "aliases": aliases,
        "category": "tools and software",
        "implies": [],
        "case_sensitive": cs,
        "needs_context": ctx,
    }


def main(argv: list[str]) -> int:
    """Write the data files and report phrase counts."""
    onet = Path(argv[1]) if len(argv) > 1 else ROOT.parent.parent / "shared" / "onet"
    if not onet.exists():
        onet = Path("/work/shared/onet")
    curated = parse_curated()
    taken = {
        a.lower() for r in curated for k in ("aliases", "case_sensitive", "needs_context") for a in [r["label"], *r[k]]
    }  # type: ignore[list-item]
    records = curated + onet_skills(onet, taken, common_words(onet))
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), [i for i, c in Counter(ids).items() if c > 1]
    known = set(ids)
    for r in records:
        r["implies"] = [i for i in r["implies"] if i in known and i != r["id"]]  # type: ignore[union-attr]
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "skills.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(records)} skills ({len(curated)} curated) -> {OUT / 'skills.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
