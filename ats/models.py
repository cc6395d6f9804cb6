"""Every model of the app, imported by name, so the metadata is complete before migrations or queries run."""

from ats.api.models import ApiToken, Webhook, WebhookAttempt, WebhookDelivery
from ats.applications.models import Application, Document, ScreeningAnalysis, ScreeningResult, StageEvent
from ats.audit.models import AuditEvent
from ats.auth.models import AuthToken, RecoveryCode, SiteSetting, User, UserSession
from ats.candidates.models import Candidate, Note
from ats.interviews.models import Interview, InterviewInterviewer, InterviewRound, Mention, Scorecard, ScorecardRevision
from ats.jobs.models import Job, JobAssignment, JobStage
from ats.notifications.models import EmailTemplate, OutboxMessage
from ats.pipeline.models import RejectionReason
from ats.privacy.models import Consent, DataRequest, EeoResponse
from ats.reports.models import ReportFact, ReportState, ReportStay
from ats.talent.models import SavedView
from ats.tasks.models import Task

__all__ = [
    "ApiToken",
    "Application",
    "AuthToken",
    "AuditEvent",
    "Candidate",
    "Consent",
    "DataRequest",
    "Document",
    "EeoResponse",
    "EmailTemplate",
    "Interview",
    "InterviewInterviewer",
    "InterviewRound",
    "Job",
    "JobAssignment",
    "JobStage",
    "Mention",
    "Note",
    "RecoveryCode",
    "OutboxMessage",
    "RejectionReason",
    "ReportFact",
    "ReportState",
    "ReportStay",
    "SavedView",
    "ScreeningAnalysis",
    "ScreeningResult",
    "Scorecard",
    "SiteSetting",
    "ScorecardRevision",
    "StageEvent",
    "Task",
    "User",
    "UserSession",
    "Webhook",
    "WebhookAttempt",
    "WebhookDelivery",
]
