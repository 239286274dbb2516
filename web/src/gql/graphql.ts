/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountInvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type AccountSettingsInput = {
  displayName?: string | null | undefined;
  notifyBy?: Channel | null | undefined;
  /** A language tag: en, fr, es, ar, or another like pt-BR. */
  preferredLanguage?: string | null | undefined;
  /** An IANA time zone, like Africa/Nairobi. */
  timeZone?: string | null | undefined;
};

/** One answer. yes/no as 'yes'/'no', integers as digits, single choice as the option value, time as HH:MM, text as is; multiple choice in choices. */
export type AnswerInput = {
  choices?: Array<number> | null | undefined;
  question: string;
  value?: string | null | undefined;
};

export type Channel =
  | 'EMAIL'
  | 'SMS';

export type Consent =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

/** A new event. It starts as a draft; publish it when it is ready. */
export type CreateEventInput = {
  allDay?: boolean;
  /** Null for no limit. */
  capacity?: number | null | undefined;
  /** Organizations whose organizers may edit too. */
  coHostIds?: Array<string | number>;
  /** Markdown. */
  description?: string;
  /** For all-day events: the last day (inclusive). */
  endDate?: string | null | undefined;
  /** The local wall-clock time in the event's zone, like 2026-03-29T14:00:00. A time with an offset is taken as that instant. */
  endsAt?: string | null | undefined;
  hostOrganizationId: string | number;
  kind: EventKind;
  /** Language codes, like en, fr, pt-BR. */
  languages?: Array<string>;
  /** How long a waitlist offer stays open. */
  offerMinutes?: number;
  /** Shown only to organizers and people holding a seat. */
  onlineUrl?: string | null | undefined;
  /** For all-day events: the first day. */
  startDate?: string | null | undefined;
  /** The local wall-clock time in the event's zone, like 2026-03-29T14:00:00. A time with an offset is taken as that instant. */
  startsAt?: string | null | undefined;
  tags?: Array<string>;
  /** An IANA zone, like Europe/Berlin. */
  timeZone: string;
  title: string;
  venueId?: string | number | null | undefined;
  visibility?: EventVisibility;
};

export type CreateMissionInput = {
  /** ISO 3166 alpha-2, like KE. */
  country: string;
  /** 1 to 10 polling days, earliest first. */
  electionDates: Array<string>;
  name: string;
  organizationId: string | number;
  phase?: MissionPhase | null | undefined;
  /** An IANA time zone, like Africa/Nairobi. */
  timeZone: string;
};

export type CreatePersonInput = {
  email?: string | null | undefined;
  name: string;
  organizationId: string | number;
  phones?: Array<PhoneInput>;
  preferredLanguage?: string;
  role: Role;
  timeZone?: string;
};

export type CreateVenueInput = {
  address?: string | null | undefined;
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  name: string;
  organizationId: string | number;
};

/** Which occurrences of a series an edit applies to. */
export type EditScope =
  | 'THIS_AND_FOLLOWING'
  | 'THIS_EVENT';

export type EventFilter = {
  /** Events still running after this time: with startsBefore, every event that overlaps a range, including those that began before it. */
  endsAfter?: string | null | undefined;
  kind?: EventKind | null | undefined;
  /** Events hosted or co-hosted by this organization. */
  organizationId?: string | number | null | undefined;
  /** Events starting at or after this time (with its zone). */
  startsAfter?: string | null | undefined;
  /** Events starting before this time (with its zone). */
  startsBefore?: string | null | undefined;
  tag?: string | null | undefined;
};

export type EventKind =
  | 'CONFERENCE'
  | 'FORUM'
  | 'MEETING'
  | 'ROUNDTABLE'
  | 'TRAINING'
  | 'WEBINAR'
  | 'WORKSHOP';

export type EventStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'POSTPONED'
  | 'PUBLISHED';

export type EventVisibility =
  | 'INVITE_ONLY'
  | 'NETWORK'
  | 'PARTNERS'
  | 'PUBLIC';

/** Any value within a list matches; every list given must match. */
export type FeedFiltersInput = {
  /** Two-letter ISO 3166 codes, like KE or DE. */
  countries?: Array<string> | null | undefined;
  kinds?: Array<EventKind> | null | undefined;
  /** Language tags as events list them, like en, fr or pt-BR. */
  languages?: Array<string> | null | undefined;
  organizationIds?: Array<string | number> | null | undefined;
  tags?: Array<string> | null | undefined;
};

export type FeedSubscriptionKind =
  | 'AGENDA'
  | 'SUBSCRIPTION';

export type FormKind =
  | 'CHECKLIST'
  | 'INCIDENT'
  | 'RESULTS';

export type IncidentCategory =
  | 'ACCESS_DENIED'
  | 'INTIMIDATION'
  | 'MATERIALS'
  | 'OTHER'
  | 'PROCEDURE'
  | 'VIOLENCE'
  | 'VOTE_BUYING';

export type IncidentSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type IncidentStatus =
  | 'ACKNOWLEDGED'
  | 'NEW'
  | 'RESOLVED';

export type InvitationStatus =
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED'
  | 'USED';

export type MissionPhase =
  | 'ELECTION_DAY'
  | 'POST_ELECTION'
  | 'PRE_ELECTION';

export type MissionRole =
  | 'ANALYST'
  | 'COORDINATOR'
  | 'OBSERVER'
  | 'PARTNER_VIEWER'
  | 'REGIONAL_COORDINATOR';

export type MissionStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DRAFT';

export type ObserverKind =
  | 'LONG_TERM'
  | 'SHORT_TERM';

export type OrganizationFilter = {
  country?: string | null | undefined;
  kind?: OrganizationKind | null | undefined;
  parentId?: string | number | null | undefined;
  search?: string | null | undefined;
};

export type OrganizationKind =
  | 'FUNDER'
  | 'MEMBER'
  | 'NETWORK_SECRETARIAT'
  | 'PARTNER';

export type PersonFilter = {
  organizationId?: string | number | null | undefined;
  search?: string | null | undefined;
};

export type PhoneInput = {
  label?: string | null | undefined;
  /** E.164, or national form in the org's country. */
  number: string;
};

export type QuestionType =
  | 'INTEGER'
  | 'MULTIPLE_CHOICE'
  | 'SINGLE_CHOICE'
  | 'TEXT'
  | 'TIME'
  | 'YES_NO';

export type RegistrationStatus =
  | 'CANCELLED'
  | 'OFFERED'
  | 'REGISTERED'
  | 'WAITLISTED';

export type ReportChannel =
  | 'API'
  | 'SMS'
  | 'WEB';

export type ReportIncidentInput = {
  category: IncidentCategory;
  description: string;
  /** Client-generated; the same key always yields the same incident. */
  idempotencyKey: string;
  locationId?: string | number | null | undefined;
  missionId: string | number;
  occurredAt: string;
  severity: IncidentSeverity;
};

export type ReportStatus =
  | 'FLAGGED'
  | 'QUARANTINED'
  | 'SUBMITTED'
  | 'VERIFIED';

export type Role =
  | 'ADMIN'
  | 'COORDINATOR'
  | 'OBSERVER'
  | 'ORGANIZER'
  | 'PARTNER';

export type RuleSeverity =
  | 'ERROR'
  | 'FLAG';

/** A programme session. Times are local to the event's zone. */
export type SessionInput = {
  capacity?: number | null | undefined;
  description?: string;
  /** The local wall-clock time in the event's zone, like 2026-03-29T14:00:00. A time with an offset is taken as that instant. */
  endsAt: string;
  kind: SessionKind;
  /** Like speakerIds. */
  moderatorIds?: Array<string | number>;
  roomId?: string | number | null | undefined;
  /** People you may see; each is asked and shown publicly once they accept. */
  speakerIds?: Array<string | number>;
  /** The local wall-clock time in the event's zone, like 2026-03-29T14:00:00. A time with an offset is taken as that instant. */
  startsAt: string;
  title: string;
  track?: string | null | undefined;
};

export type SessionKind =
  | 'BREAK'
  | 'PANEL'
  | 'PLENARY'
  | 'ROUNDTABLE'
  | 'WORKSHOP';

export type SessionRole =
  | 'MODERATOR'
  | 'SPEAKER';

export type SignInMethod =
  | 'PASSWORD'
  | 'SMS_CODE';

export type SubmitReportInput = {
  answers: Array<AnswerInput>;
  formId: string | number;
  /** The version the client showed; the form's current version when null. */
  formVersion?: number | null | undefined;
  /** Client-generated (8-100 characters); the same key always yields the same report version. */
  idempotencyKey: string;
  locationId: string | number;
  /** To correct an incident-form report (checklists and results are corrected by resubmitting). */
  reportId?: string | number | null | undefined;
};

/** Only the fields sent are changed; null clears an optional one. */
export type UpdateEventInput = {
  allDay?: boolean | null | undefined;
  capacity?: number | null | undefined;
  coHostIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  /** The local wall-clock time in the event's zone, like 2026-03-29T14:00:00. A time with an offset is taken as that instant. */
  endsAt?: string | null | undefined;
  /** Move the event to another host: the caller must manage events for both the current and the new host. */
  hostOrganizationId?: string | number | null | undefined;
  kind?: EventKind | null | undefined;
  languages?: Array<string> | null | undefined;
  offerMinutes?: number | null | undefined;
  onlineUrl?: string | null | undefined;
  startDate?: string | null | undefined;
  /** The local wall-clock time in the event's zone, like 2026-03-29T14:00:00. A time with an offset is taken as that instant. */
  startsAt?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  /** Changing only the zone keeps the local times and moves the instants. */
  timeZone?: string | null | undefined;
  title?: string | null | undefined;
  venueId?: string | number | null | undefined;
  visibility?: EventVisibility | null | undefined;
};

export type UpdateMissionInput = {
  electionDates?: Array<string> | null | undefined;
  name?: string | null | undefined;
  phase?: MissionPhase | null | undefined;
  status?: MissionStatus | null | undefined;
  timeZone?: string | null | undefined;
};

/** Only the fields given are changed; phones replace the list. */
export type UpdatePersonInput = {
  email?: string | null | undefined;
  name?: string | null | undefined;
  phones?: Array<PhoneInput> | null | undefined;
  preferredLanguage?: string | null | undefined;
  timeZone?: string | null | undefined;
};

/** Only the fields sent are changed; null clears an optional one. */
export type UpdateSessionInput = {
  capacity?: number | null | undefined;
  description?: string | null | undefined;
  /** The local wall-clock time in the event's zone, like 2026-03-29T14:00:00. A time with an offset is taken as that instant. */
  endsAt?: string | null | undefined;
  kind?: SessionKind | null | undefined;
  moderatorIds?: Array<string | number> | null | undefined;
  roomId?: string | number | null | undefined;
  speakerIds?: Array<string | number> | null | undefined;
  /** The local wall-clock time in the event's zone, like 2026-03-29T14:00:00. A time with an offset is taken as that instant. */
  startsAt?: string | null | undefined;
  title?: string | null | undefined;
  track?: string | null | undefined;
};

export type CompleteSignInMutationVariables = Exact<{
  challenge: string;
  code: string;
}>;


export type CompleteSignInMutation = { completeSignIn: { twoFactorChallenge: string | null, user: { id: string, email: string | null, displayName: string, twoFactorRequired: boolean } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type RequestSignInCodeMutationVariables = Exact<{
  phone: string;
}>;


export type RequestSignInCodeMutation = { requestSignInCode: { ok: boolean, errors: Array<{ field: string | null, message: string, code: string }> } };

export type SignInWithCodeMutationVariables = Exact<{
  phone: string;
  code: string;
}>;


export type SignInWithCodeMutation = { signInWithCode: { twoFactorChallenge: string | null, user: { id: string, email: string | null, displayName: string, twoFactorRequired: boolean } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  email?: string | null | undefined;
  phone?: string | null | undefined;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { ok: boolean } };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: { ok: boolean, errors: Array<{ field: string | null, message: string, code: string }> } };

export type AccountInvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type AccountInvitationPreviewQuery = { accountInvitation: { personName: string, channel: Channel, email: string | null, expiresAt: string } | null };

export type AcceptAccountInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptAccountInvitationMutation = { acceptAccountInvitation: { user: { id: string, email: string | null } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type AccountSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSettingsQuery = { me: { id: string, email: string | null, displayName: string, preferredLanguage: string, timeZone: string, notifyBy: Channel, twoFactorEnabled: boolean, twoFactorRequired: boolean, recoveryCodesLeft: number, sessions: Array<{ id: string, current: boolean, method: SignInMethod, userAgent: string | null, createdAt: string, lastSeenAt: string | null, expiresAt: string }> } | null };

export type UpdateAccountSettingsMutationVariables = Exact<{
  input: AccountSettingsInput;
}>;


export type UpdateAccountSettingsMutation = { updateAccountSettings: { user: { id: string, displayName: string, preferredLanguage: string, timeZone: string, notifyBy: Channel } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { ok: boolean, errors: Array<{ field: string | null, message: string, code: string }> } };

export type EndSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type EndSessionMutation = { endSession: { ended: number, errors: Array<{ field: string | null, message: string, code: string }> } };

export type EndOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type EndOtherSessionsMutation = { endOtherSessions: { ended: number, errors: Array<{ field: string | null, message: string, code: string }> } };

export type TwoFactorStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type TwoFactorStatusQuery = { me: { id: string, twoFactorEnabled: boolean, twoFactorRequired: boolean, recoveryCodesLeft: number } | null };

export type StartTwoFactorSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTwoFactorSetupMutation = { startTwoFactorSetup: { secret: string | null, otpauthUri: string | null, qrSvgDataUri: string | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type ConfirmTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTwoFactorMutation = { confirmTwoFactor: { recoveryCodes: Array<string> | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  code: string;
}>;


export type RegenerateRecoveryCodesMutation = { regenerateRecoveryCodes: { recoveryCodes: Array<string> | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type DisableTwoFactorMutationVariables = Exact<{
  password: string;
  code: string;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: { ok: boolean, errors: Array<{ field: string | null, message: string, code: string }> } };

export type OrganizationPeopleQueryVariables = Exact<{
  organizationId: string | number;
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type OrganizationPeopleQuery = { organization: { id: string, name: string, country: string | null }, people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, email: string | null, preferredLanguage: string, timeZone: string, phones: Array<{ e164: string, label: string | null }>, memberships: Array<{ id: string, role: Role, organization: { id: string } }>, account: { account: { id: string, email: string | null, active: boolean, createdAt: string, lastSignInAt: string | null, twoFactorEnabled: boolean } | null, invitations: Array<{ id: string, channel: Channel, sentTo: string, invitedByName: string | null, createdAt: string, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, status: AccountInvitationStatus }> } | null }> } };

export type PersonAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonAccountQuery = { person: { id: string, account: { account: { id: string, email: string | null, active: boolean, createdAt: string, lastSignInAt: string | null, twoFactorEnabled: boolean } | null, invitations: Array<{ id: string, channel: Channel, sentTo: string, invitedByName: string | null, createdAt: string, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, status: AccountInvitationStatus }> } | null } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { person: { id: string, name: string } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type InviteToAccountMutationVariables = Exact<{
  personId: string | number;
  channel?: Channel | null | undefined;
}>;


export type InviteToAccountMutation = { inviteToAccount: { invitation: { id: string, channel: Channel, sentTo: string, status: AccountInvitationStatus } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type RevokeAccountInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeAccountInvitationMutation = { revokeAccountInvitation: { invitation: { id: string, status: AccountInvitationStatus } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type DeactivateAccountMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeactivateAccountMutation = { deactivateAccount: { account: { id: string, email: string | null, active: boolean, createdAt: string, lastSignInAt: string | null, twoFactorEnabled: boolean } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type ReactivateAccountMutationVariables = Exact<{
  userId: string | number;
}>;


export type ReactivateAccountMutation = { reactivateAccount: { account: { id: string, email: string | null, active: boolean, createdAt: string, lastSignInAt: string | null, twoFactorEnabled: boolean } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type AccountsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type AccountsQuery = { accounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ account: { id: string, email: string | null, active: boolean, createdAt: string, lastSignInAt: string | null, twoFactorEnabled: boolean }, person: { id: string, name: string, memberships: Array<{ id: string, role: Role, organization: { id: string, name: string } }> } | null }> } };

export type AdminNavQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminNavQuery = { me: { id: string, isSuperuser: boolean, roles: Array<{ role: Role, organization: { id: string, name: string, kind: OrganizationKind } }> } | null, devMailbox: Array<{ id: string }> | null, devSmsOutbox: Array<{ id: string }> | null };

export type DevMailboxQueryVariables = Exact<{
  first: number;
}>;


export type DevMailboxQuery = { devMailbox: Array<{ id: string, to: string, subject: string, text: string, html: string, createdAt: string }> | null };

export type DevSmsOutboxQueryVariables = Exact<{
  first: number;
}>;


export type DevSmsOutboxQuery = { devSmsOutbox: Array<{ id: string, to: string, body: string, status: string, createdAt: string }> | null };

export type MyFeedSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFeedSubscriptionsQuery = { myFeedSubscriptions: Array<{ id: string, name: string, kind: FeedSubscriptionKind, prefix: string, createdAt: string, lastFetchedAt: string | null, revokedAt: string | null, filters: { organizationIds: Array<string>, kinds: Array<EventKind>, tags: Array<string>, countries: Array<string>, languages: Array<string> } }> };

export type FeedSubscriptionFieldsFragment = { id: string, name: string, kind: FeedSubscriptionKind, prefix: string, createdAt: string, lastFetchedAt: string | null, revokedAt: string | null, filters: { organizationIds: Array<string>, kinds: Array<EventKind>, tags: Array<string>, countries: Array<string>, languages: Array<string> } };

export type FeedOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedOrganizationsQuery = { organizations: { nodes: Array<{ id: string, name: string }> } };

export type CreateFeedSubscriptionMutationVariables = Exact<{
  name: string;
  filters?: FeedFiltersInput | null | undefined;
}>;


export type CreateFeedSubscriptionMutation = { createFeedSubscription: { url: string | null, webcalUrl: string | null, subscription: { id: string, name: string, kind: FeedSubscriptionKind, prefix: string, createdAt: string, lastFetchedAt: string | null, revokedAt: string | null, filters: { organizationIds: Array<string>, kinds: Array<EventKind>, tags: Array<string>, countries: Array<string>, languages: Array<string> } } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type CreateAgendaFeedMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type CreateAgendaFeedMutation = { createAgendaFeed: { url: string | null, webcalUrl: string | null, subscription: { id: string, name: string, kind: FeedSubscriptionKind, prefix: string, createdAt: string, lastFetchedAt: string | null, revokedAt: string | null, filters: { organizationIds: Array<string>, kinds: Array<EventKind>, tags: Array<string>, countries: Array<string>, languages: Array<string> } } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type RevokeFeedSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeFeedSubscriptionMutation = { revokeFeedSubscription: { subscription: { id: string, name: string, kind: FeedSubscriptionKind, prefix: string, createdAt: string, lastFetchedAt: string | null, revokedAt: string | null, filters: { organizationIds: Array<string>, kinds: Array<EventKind>, tags: Array<string>, countries: Array<string>, languages: Array<string> } } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type HomeEventsQueryVariables = Exact<{
  first: number;
  filter?: EventFilter | null | undefined;
}>;


export type HomeEventsQuery = { events: { nodes: Array<{ id: string, title: string, kind: EventKind, status: EventStatus, statusReason: string | null, visibility: EventVisibility, timeZone: string, startsAt: string, endsAt: string, allDay: boolean, hostOrganization: { id: string, name: string }, venue: { id: string, name: string, city: string | null } | null, myRegistration: { id: string, status: RegistrationStatus } | null }> } };

export type HomeOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeOrganizationsQuery = { me: { id: string, roles: Array<{ role: Role, organization: { id: string, name: string } }> } | null };

export type EventInvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type EventInvitationPreviewQuery = { eventInvitation: { eventId: string, title: string, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, allDay: boolean, hostName: string, online: boolean, expiresAt: string | null, inviteeName: string | null, accountEmail: string | null, canOpenAccount: boolean, venue: { name: string, address: string | null, city: string | null } | null } | null };

export type OpenAccountWithInvitationMutationVariables = Exact<{
  token: string;
  name: string;
  password: string;
}>;


export type OpenAccountWithInvitationMutation = { openAccountWithInvitation: { user: { id: string, email: string | null } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type EventInvitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type EventInvitationsQuery = { event: { id: string, title: string, canEdit: boolean, startsAt: string, endsAt: string, allDay: boolean, timeZone: string, invitations: Array<{ id: string, status: InvitationStatus, inviteeName: string | null, channel: Channel | null, sentTo: string | null, sentAt: string, expiresAt: string | null, usedAt: string | null, revokedAt: string | null }> } };

export type SendEventInvitationMutationVariables = Exact<{
  eventId: string | number;
  personId?: string | number | null | undefined;
  email?: string | null | undefined;
  guestName?: string | null | undefined;
  channel?: Channel | null | undefined;
}>;


export type SendEventInvitationMutation = { sendEventInvitation: { alreadyPending: boolean, invitation: { id: string, inviteeName: string | null, sentTo: string | null } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type RevokeEventInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeEventInvitationMutation = { revokeEventInvitation: { invitation: { id: string, status: InvitationStatus } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type ResendEventInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendEventInvitationMutation = { resendEventInvitation: { invitation: { id: string, status: InvitationStatus, sentTo: string | null } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type PeopleToPickQueryVariables = Exact<{
  search: string;
}>;


export type PeopleToPickQuery = { people: { nodes: Array<{ id: string, name: string, email: string | null, emailHint: string | null, memberships: Array<{ id: string, organization: { id: string, name: string } }> }> } };

export type MissionFieldsFragment = { id: string, organizationId: string, name: string, country: string, timeZone: string, electionDates: Array<string>, status: MissionStatus, phase: MissionPhase, myRole: MissionRole, stationCount: number, observerCount: number };

export type MissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MissionsQuery = { missions: Array<{ id: string, organizationId: string, name: string, country: string, timeZone: string, electionDates: Array<string>, status: MissionStatus, phase: MissionPhase, myRole: MissionRole, stationCount: number, observerCount: number }> };

export type MissionQueryVariables = Exact<{
  id: string | number;
}>;


export type MissionQuery = { mission: { id: string, organizationId: string, name: string, country: string, timeZone: string, electionDates: Array<string>, status: MissionStatus, phase: MissionPhase, myRole: MissionRole, stationCount: number, observerCount: number } };

export type MissionSummaryQueryVariables = Exact<{
  missionId: string | number;
}>;


export type MissionSummaryQuery = { missionSummary: { stations: number, stationsReporting: number, expectedReports: number, reports: number, flagged: number, quarantined: number, conflicts: number } };

export type CreateMissionMutationVariables = Exact<{
  input: CreateMissionInput;
}>;


export type CreateMissionMutation = { createMission: { mission: { id: string, organizationId: string, name: string, country: string, timeZone: string, electionDates: Array<string>, status: MissionStatus, phase: MissionPhase, myRole: MissionRole, stationCount: number, observerCount: number } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type UpdateMissionMutationVariables = Exact<{
  id: string | number;
  input: UpdateMissionInput;
}>;


export type UpdateMissionMutation = { updateMission: { mission: { id: string, organizationId: string, name: string, country: string, timeZone: string, electionDates: Array<string>, status: MissionStatus, phase: MissionPhase, myRole: MissionRole, stationCount: number, observerCount: number } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type ImportResultFieldsFragment = { result: { dryRun: boolean, ok: boolean, created: number, updated: number, unchanged: number, problemCount: number, problems: Array<{ line: number, column: string, message: string }> } | null, errors: Array<{ field: string | null, message: string, code: string }> };

export type ImportLocationsMutationVariables = Exact<{
  missionId: string | number;
  file: unknown;
  dryRun: boolean;
}>;


export type ImportLocationsMutation = { importLocations: { result: { dryRun: boolean, ok: boolean, created: number, updated: number, unchanged: number, problemCount: number, problems: Array<{ line: number, column: string, message: string }> } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type ImportObserversMutationVariables = Exact<{
  missionId: string | number;
  file: unknown;
  dryRun: boolean;
}>;


export type ImportObserversMutation = { importObservers: { result: { dryRun: boolean, ok: boolean, created: number, updated: number, unchanged: number, problemCount: number, problems: Array<{ line: number, column: string, message: string }> } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type MissionObserversQueryVariables = Exact<{
  missionId: string | number;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MissionObserversQuery = { missionObservers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, kind: ObserverKind, language: string, name: string | null, phones: Array<string> | null, deploymentCount: number }> } };

export type MissionLocationsQueryVariables = Exact<{
  missionId: string | number;
  parentId?: string | number | null | undefined;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MissionLocationsQuery = { missionLocations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, level: number, isStation: boolean, registeredVoters: number | null, childCount: number, parentId: string | null }> } };

export type MissionLocationQueryVariables = Exact<{
  id: string | number;
}>;


export type MissionLocationQuery = { location: { id: string, code: string, name: string, level: number, isStation: boolean, registeredVoters: number | null, latitude: number | null, longitude: number | null, parentId: string | null, ancestors: Array<{ id: string, code: string, name: string }> } };

export type MissionDeploymentsQueryVariables = Exact<{
  missionId: string | number;
  locationId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MissionDeploymentsQuery = { missionDeployments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, observer: { id: string, code: string, name: string | null }, location: { id: string, code: string, name: string }, forms: Array<{ id: string, code: string, name: string }> }> } };

export type DeployObserverMutationVariables = Exact<{
  observerId: string | number;
  locationId: string | number;
  formIds: Array<string | number> | string | number;
}>;


export type DeployObserverMutation = { deployObserver: { deployment: { id: string } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type RemoveDeploymentMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveDeploymentMutation = { removeDeployment: { ok: boolean, errors: Array<{ field: string | null, message: string, code: string }> } };

export type MissionFormsQueryVariables = Exact<{
  missionId: string | number;
  includeArchived: boolean;
}>;


export type MissionFormsQuery = { missionForms: Array<{ id: string, kind: FormKind, code: string, name: string, currentVersion: number | null, archived: boolean }> };

export type FormViewerQueryVariables = Exact<{
  id: string | number;
  number?: number | null | undefined;
}>;


export type FormViewerQuery = { form: { id: string, missionId: string, kind: FormKind, code: string, name: string, currentVersion: number | null, archived: boolean, names: Array<{ language: string, text: string }>, versions: Array<{ number: number, createdAt: string }>, version: { number: number, createdAt: string, questions: Array<{ code: string, type: QuestionType, required: boolean, min: number | null, max: number | null, maxLength: number, labels: Array<{ language: string, text: string }>, options: Array<{ value: number, labels: Array<{ language: string, text: string }> }> }>, rules: Array<{ code: string, severity: RuleSeverity, expression: string, en: string, fr: string, es: string, ar: string }> } | null } };

export type AddStandardFormsMutationVariables = Exact<{
  missionId: string | number;
}>;


export type AddStandardFormsMutation = { addStandardForms: { forms: Array<{ id: string, code: string }>, errors: Array<{ field: string | null, message: string, code: string }> } };

export type ObserverMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ObserverMeQuery = { me: { id: string, preferredLanguage: string } | null };

export type ObserverMissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ObserverMissionsQuery = { missions: Array<{ id: string, name: string, country: string, timeZone: string, electionDates: Array<string>, status: MissionStatus, phase: MissionPhase, myRole: MissionRole }> };

export type ObserverFormFieldsFragment = { id: string, kind: FormKind, code: string, name: string, currentVersion: number | null, names: Array<{ language: string, text: string }> };

export type MyAssignmentsQueryVariables = Exact<{
  missionId: string | number;
}>;


export type MyAssignmentsQuery = { mission: { id: string, name: string, timeZone: string, myRole: MissionRole }, myAssignments: Array<{ deploymentId: string, location: { id: string, code: string, name: string }, forms: Array<{ id: string, kind: FormKind, code: string, name: string, currentVersion: number | null, names: Array<{ language: string, text: string }> }> }> };

export type MyReportsQueryVariables = Exact<{
  missionId: string | number;
}>;


export type MyReportsQuery = { missionReports: { totalCount: number, nodes: Array<{ id: string, version: number, submittedAt: string, form: { id: string }, location: { id: string } }> } };

export type ObserverFormQueryVariables = Exact<{
  formId: string | number;
}>;


export type ObserverFormQuery = { form: { id: string, kind: FormKind, code: string, name: string, currentVersion: number | null, version: { number: number, questions: Array<{ code: string, type: QuestionType, required: boolean, min: number | null, max: number | null, maxLength: number, labels: Array<{ language: string, text: string }>, options: Array<{ value: number, labels: Array<{ language: string, text: string }> }> }> } | null, names: Array<{ language: string, text: string }> } };

export type SubmitReportMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type SubmitReportMutation = { submitReport: { report: { id: string, version: number, status: ReportStatus, submittedAt: string } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type ReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentMutation = { reportIncident: { incident: { id: string, status: IncidentStatus } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, email: string | null, displayName: string, twoFactorRequired: boolean } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { twoFactorChallenge: string | null, user: { id: string, email: string | null, displayName: string, twoFactorRequired: boolean } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { ok: boolean } };

export type OrganizationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, slug: string, kind: OrganizationKind, country: string | null, memberCount: number | null, feedUrl: string, parent: { id: string, name: string } | null } }> } };

export type EventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: EventFilter | null | undefined;
}>;


export type EventsQuery = { events: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, kind: EventKind, status: EventStatus, statusReason: string | null, timeZone: string, startsAt: string, endsAt: string, allDay: boolean, tags: Array<string>, visibility: EventVisibility, myRegistration: { id: string, status: RegistrationStatus } | null, hostOrganization: { id: string, name: string }, venue: { id: string, name: string, city: string | null } | null }> } };

export type EventQueryVariables = Exact<{
  id: string | number;
}>;


export type EventQuery = { event: { id: string, title: string, kind: EventKind, status: EventStatus, statusReason: string | null, timeZone: string, startsAt: string, endsAt: string, allDay: boolean, descriptionHtml: string, tags: Array<string>, languages: Array<string>, onlineUrl: string | null, isOnline: boolean, capacity: number | null, seatsTaken: number, waitlistCount: number, canEdit: boolean, visibility: EventVisibility, icsUrl: string, seriesFeedUrl: string | null, myRegistration: { id: string, status: RegistrationStatus, waitlistPosition: number | null, offerExpiresAt: string | null } | null, hostOrganization: { id: string, name: string }, coHosts: Array<{ id: string, name: string }>, venue: { id: string, name: string, address: string | null, city: string | null, country: string | null, rooms: Array<{ id: string, name: string }> } | null, sessions: Array<{ id: string, kind: SessionKind, title: string, description: string, startsAt: string, endsAt: string, track: string | null, room: { id: string, name: string } | null, speakers: Array<{ id: string, name: string }>, moderators: Array<{ id: string, name: string }> }> } };

export type OrganizerContextQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizerContextQuery = { me: { id: string, isSuperuser: boolean, person: { id: string, memberships: Array<{ id: string, role: Role, organization: { id: string } }> } | null, roles: Array<{ role: Role, organization: { id: string, name: string } }> } | null };

export type OrganizationChoicesQueryVariables = Exact<{
  first: number;
  filter?: OrganizationFilter | null | undefined;
}>;


export type OrganizationChoicesQuery = { organizations: { nodes: Array<{ id: string, name: string, kind: OrganizationKind }> } };

export type EditorEventQueryVariables = Exact<{
  id: string | number;
}>;


export type EditorEventQuery = { event: { id: string, title: string, kind: EventKind, status: EventStatus, statusReason: string | null, description: string, tags: Array<string>, languages: Array<string>, visibility: EventVisibility, timeZone: string, offerMinutes: number, startsAt: string, endsAt: string, localStart: string, localEnd: string, allDay: boolean, capacity: number | null, onlineUrl: string | null, seriesId: string | null, canEdit: boolean, hostOrganization: { id: string, name: string }, coHosts: Array<{ id: string, name: string }>, venue: { id: string, name: string, city: string | null, rooms: Array<{ id: string, name: string, capacity: number | null }> } | null, sessions: Array<{ id: string, kind: SessionKind, title: string, description: string, startsAt: string, endsAt: string, track: string | null, capacity: number | null, room: { id: string, name: string } | null, speakers: Array<{ id: string, name: string }>, moderators: Array<{ id: string, name: string }> }>, programmeWarnings: Array<{ code: string, message: string, field: string | null, sessionId: string | null }> } };

export type VenuesQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type VenuesQuery = { venues: Array<{ id: string, name: string, address: string | null, city: string | null, country: string | null, rooms: Array<{ id: string, name: string, capacity: number | null }> }> };

export type PeopleSearchQueryVariables = Exact<{
  search: string;
}>;


export type PeopleSearchQuery = { people: { nodes: Array<{ id: string, name: string }> } };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { createEvent: { event: { id: string } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type UpdateEventMutationVariables = Exact<{
  id: string | number;
  input: UpdateEventInput;
  scope: EditScope;
}>;


export type UpdateEventMutation = { updateEvent: { event: { id: string } | null, events: Array<{ id: string }>, errors: Array<{ field: string | null, code: string, message: string }> } };

export type PublishEventMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishEventMutation = { publishEvent: { event: { id: string, status: EventStatus, statusReason: string | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type PostponeEventMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type PostponeEventMutation = { postponeEvent: { event: { id: string, status: EventStatus, statusReason: string | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type CancelEventMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelEventMutation = { cancelEvent: { event: { id: string, status: EventStatus, statusReason: string | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type CreateVenueMutationVariables = Exact<{
  input: CreateVenueInput;
}>;


export type CreateVenueMutation = { createVenue: { venue: { id: string, name: string, address: string | null, city: string | null, country: string | null, rooms: Array<{ id: string, name: string, capacity: number | null }> } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type AddRoomMutationVariables = Exact<{
  venueId: string | number;
  name: string;
  capacity?: number | null | undefined;
}>;


export type AddRoomMutation = { addRoom: { room: { id: string, name: string, capacity: number | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type AddSessionMutationVariables = Exact<{
  eventId: string | number;
  input: SessionInput;
}>;


export type AddSessionMutation = { addSession: { session: { id: string } | null, warnings: Array<{ code: string, message: string, field: string | null, sessionId: string | null }>, errors: Array<{ field: string | null, code: string, message: string }> } };

export type UpdateSessionMutationVariables = Exact<{
  id: string | number;
  input: UpdateSessionInput;
}>;


export type UpdateSessionMutation = { updateSession: { session: { id: string } | null, warnings: Array<{ code: string, message: string, field: string | null, sessionId: string | null }>, errors: Array<{ field: string | null, code: string, message: string }> } };

export type RemoveSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveSessionMutation = { removeSession: { ok: boolean } };

export type EventRegistrationsQueryVariables = Exact<{
  id: string | number;
}>;


export type EventRegistrationsQuery = { event: { id: string, title: string, status: EventStatus, visibility: EventVisibility, timeZone: string, capacity: number | null, seatsTaken: number, waitlistCount: number, canEdit: boolean, registrations: Array<{ id: string, status: RegistrationStatus, waitlistPosition: number | null, offerExpiresAt: string | null, attendedAt: string | null, createdAt: string, person: { id: string, name: string } }> } };

export type RegisterPersonMutationVariables = Exact<{
  eventId: string | number;
  personId: string | number;
}>;


export type RegisterPersonMutation = { register: { registration: { id: string, status: RegistrationStatus } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type CancelRegistrationMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelRegistrationMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type CheckInMutationVariables = Exact<{
  registrationId: string | number;
}>;


export type CheckInMutation = { checkIn: { registration: { id: string, attendedAt: string | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type CreateInvitationMutationVariables = Exact<{
  eventId: string | number;
  email?: string | null | undefined;
}>;


export type CreateInvitationMutation = { createInvitation: { token: string | null, invitation: { id: string, email: string | null, expiresAt: string | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type RegisterSelfMutationVariables = Exact<{
  eventId: string | number;
}>;


export type RegisterSelfMutation = { register: { registration: { id: string, status: RegistrationStatus, waitlistPosition: number | null, offerExpiresAt: string | null } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type AcceptOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptOfferMutation = { acceptOffer: { registration: { id: string, status: RegistrationStatus } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type DeclineOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineOfferMutation = { declineOffer: { registration: { id: string, status: RegistrationStatus } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { registration: { id: string, eventId: string, status: RegistrationStatus } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type OrganizationPageQueryVariables = Exact<{
  id: string | number;
  events: EventFilter;
}>;


export type OrganizationPageQuery = { organization: { id: string, name: string, kind: OrganizationKind, country: string | null, feedUrl: string, memberCount: number | null, parent: { id: string, name: string } | null, viewerCan: { viewMembers: boolean, viewPersonalData: boolean, managePeople: boolean, manageMembers: boolean, manageApiTokens: boolean }, members: Array<{ id: string, role: Role, person: { id: string, name: string, email: string | null, phones: Array<{ e164: string, label: string | null }> } }> }, events: { nodes: Array<{ id: string, title: string, status: EventStatus, visibility: EventVisibility, timeZone: string, startsAt: string, endsAt: string, allDay: boolean }> } };

export type PeopleDirectoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PersonFilter | null | undefined;
}>;


export type PeopleDirectoryQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, email: string | null, phones: Array<{ e164: string, label: string | null }>, memberships: Array<{ id: string, role: Role, organization: { id: string, name: string } }> }> } };

export type DirectoryOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryOrganizationsQuery = { organizations: { nodes: Array<{ id: string, name: string, viewerCan: { viewMembers: boolean } }> } };

export type PersonPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonPageQuery = { person: { id: string, name: string, email: string | null, preferredLanguage: string, timeZone: string, phones: Array<{ e164: string, label: string | null }>, viewerCan: { edit: boolean, editContact: boolean }, memberships: Array<{ id: string, role: Role, createdAt: string, organization: { id: string, name: string, kind: OrganizationKind } }> } };

export type UpdatePersonDetailsMutationVariables = Exact<{
  id: string | number;
  input: UpdatePersonInput;
}>;


export type UpdatePersonDetailsMutation = { updatePerson: { person: { id: string, name: string, email: string | null, preferredLanguage: string, timeZone: string, phones: Array<{ e164: string, label: string | null }> } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type AddMembershipMutationVariables = Exact<{
  organizationId: string | number;
  personId: string | number;
  role: Role;
}>;


export type AddMembershipMutation = { addMembership: { membership: { id: string } | null, request: { id: string } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type RequestMembershipByEmailMutationVariables = Exact<{
  organizationId: string | number;
  email: string;
  role: Role;
}>;


export type RequestMembershipByEmailMutation = { requestMembershipByEmail: { ok: boolean, errors: Array<{ field: string | null, code: string, message: string }> } };

export type RemoveMembershipMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveMembershipMutation = { removeMembership: { ok: boolean } };

export type RequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestsQuery = { myMembershipRequests: Array<{ id: string, role: Role, createdAt: string, organization: { id: string, name: string } }>, membershipRequestsToDecide: Array<{ id: string, role: Role, createdAt: string, organization: { id: string, name: string }, person: { id: string, name: string } | null }>, myCoHostRequests: Array<{ status: Consent, organization: { id: string, name: string }, event: { id: string, title: string, startsAt: string, timeZone: string } }>, mySpeakerRequests: Array<{ sessionId: string, sessionTitle: string, startsAt: string, endsAt: string, role: SessionRole, event: { id: string, title: string, timeZone: string } }> };

export type AcceptMembershipRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptMembershipRequestMutation = { acceptMembershipRequest: { membership: { id: string } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type DeclineMembershipRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineMembershipRequestMutation = { declineMembershipRequest: { ok: boolean } };

export type AcceptCoHostingMutationVariables = Exact<{
  eventId: string | number;
  organizationId: string | number;
}>;


export type AcceptCoHostingMutation = { acceptCoHosting: { errors: Array<{ field: string | null, code: string, message: string }> } };

export type DeclineCoHostingMutationVariables = Exact<{
  eventId: string | number;
  organizationId: string | number;
}>;


export type DeclineCoHostingMutation = { declineCoHosting: { errors: Array<{ field: string | null, code: string, message: string }> } };

export type AcceptSpeakingMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type AcceptSpeakingMutation = { acceptSpeaking: { ok: boolean, errors: Array<{ field: string | null, code: string, message: string }> } };

export type DeclineSpeakingMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type DeclineSpeakingMutation = { declineSpeaking: { ok: boolean, errors: Array<{ field: string | null, code: string, message: string }> } };

export type ApiTokensQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type ApiTokensQuery = { organization: { id: string, name: string }, apiTokens: Array<{ id: string, name: string, role: Role, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  organizationId: string | number;
  name: string;
  role: Role;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string | null, apiToken: { id: string, name: string, role: Role, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type ReviewMissionQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewMissionQuery = { mission: { id: string, name: string, timeZone: string, myRole: MissionRole } };

export type ReviewLocationFieldsFragment = { id: string, code: string, name: string };

export type ReviewQuestionFieldsFragment = { code: string, type: QuestionType, label: string, options: Array<{ value: number, label: string }> };

export type MissionResultsQueryVariables = Exact<{
  missionId: string | number;
}>;


export type MissionResultsQuery = { missionSummary: { stations: number, stationsReporting: number, expectedReports: number, reports: number, flagged: number, quarantined: number, conflicts: number }, missionForms: Array<{ id: string, code: string, name: string, kind: FormKind }> };

export type MissionConflictsQueryVariables = Exact<{
  missionId: string | number;
  formId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MissionConflictsQuery = { missionConflicts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ reportCount: number, conflictCount: number, location: { id: string, code: string, name: string }, form: { id: string, code: string, name: string } }> } };

export type ReviewReportRowFieldsFragment = { id: string, version: number, status: ReportStatus, submittedAt: string, channel: ReportChannel, quarantineReason: string | null, form: { id: string, code: string, name: string }, location: { id: string, code: string, name: string }, observer: { memberId: string, observerCode: string | null }, flags: Array<{ code: string }> };

export type MissionReportsQueryVariables = Exact<{
  missionId: string | number;
  formId?: string | number | null | undefined;
  locationId?: string | number | null | undefined;
  status?: ReportStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MissionReportsQuery = { missionReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, status: ReportStatus, submittedAt: string, channel: ReportChannel, quarantineReason: string | null, form: { id: string, code: string, name: string }, location: { id: string, code: string, name: string }, observer: { memberId: string, observerCode: string | null }, flags: Array<{ code: string }> }> } };

export type StationResultFieldsFragment = { reportCount: number, conflictCount: number, location: { registeredVoters: number | null, id: string, code: string, name: string }, form: { id: string, code: string, name: string, version: { number: number, questions: Array<{ code: string, type: QuestionType, label: string, options: Array<{ value: number, label: string }> }> } | null }, fields: Array<{ question: string, value: string | null, choices: Array<number> | null, conflict: boolean, overridden: boolean, overrideReason: string | null, source: { memberId: string, observerCode: string | null } | null, values: Array<{ reportId: string, value: string | null, choices: Array<number> | null, observer: { memberId: string, observerCode: string | null } }> }> };

export type StationResultQueryVariables = Exact<{
  missionId: string | number;
  locationId: string | number;
  formId: string | number;
}>;


export type StationResultQuery = { stationResult: { reportCount: number, conflictCount: number, location: { registeredVoters: number | null, id: string, code: string, name: string }, form: { id: string, code: string, name: string, version: { number: number, questions: Array<{ code: string, type: QuestionType, label: string, options: Array<{ value: number, label: string }> }> } | null }, fields: Array<{ question: string, value: string | null, choices: Array<number> | null, conflict: boolean, overridden: boolean, overrideReason: string | null, source: { memberId: string, observerCode: string | null } | null, values: Array<{ reportId: string, value: string | null, choices: Array<number> | null, observer: { memberId: string, observerCode: string | null } }> }> }, missionReports: { nodes: Array<{ id: string, version: number, status: ReportStatus, submittedAt: string, channel: ReportChannel, quarantineReason: string | null, form: { id: string, code: string, name: string }, location: { id: string, code: string, name: string }, observer: { memberId: string, observerCode: string | null }, flags: Array<{ code: string }> }> } };

export type OverrideStationValueMutationVariables = Exact<{
  locationId: string | number;
  formId: string | number;
  question: string;
  value?: string | null | undefined;
  choices?: Array<number> | number | null | undefined;
  reason: string;
}>;


export type OverrideStationValueMutation = { overrideStationValue: { result: { reportCount: number, conflictCount: number, location: { registeredVoters: number | null, id: string, code: string, name: string }, form: { id: string, code: string, name: string, version: { number: number, questions: Array<{ code: string, type: QuestionType, label: string, options: Array<{ value: number, label: string }> }> } | null }, fields: Array<{ question: string, value: string | null, choices: Array<number> | null, conflict: boolean, overridden: boolean, overrideReason: string | null, source: { memberId: string, observerCode: string | null } | null, values: Array<{ reportId: string, value: string | null, choices: Array<number> | null, observer: { memberId: string, observerCode: string | null } }> }> } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type ReviewReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewReportQuery = { report: { missionId: string, formVersion: number, id: string, version: number, status: ReportStatus, submittedAt: string, channel: ReportChannel, quarantineReason: string | null, form: { id: string, code: string, name: string, version: { number: number, questions: Array<{ code: string, type: QuestionType, label: string, options: Array<{ value: number, label: string }> }> } | null }, flags: Array<{ code: string, question: string | null, message: string }>, answers: Array<{ question: string, value: string | null, choices: Array<number> | null }>, versions: Array<{ number: number, formVersion: number, submittedAt: string, channel: ReportChannel, answers: Array<{ question: string, value: string | null, choices: Array<number> | null }> }>, location: { id: string, code: string, name: string }, observer: { memberId: string, observerCode: string | null } } };

export type VerifyReportMutationVariables = Exact<{
  id: string | number;
}>;


export type VerifyReportMutation = { verifyReport: { report: { id: string, status: ReportStatus, quarantineReason: string | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type QuarantineReportMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type QuarantineReportMutation = { quarantineReport: { report: { id: string, status: ReportStatus, quarantineReason: string | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type ReleaseReportMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseReportMutation = { releaseReport: { report: { id: string, status: ReportStatus, quarantineReason: string | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type IncidentRowFieldsFragment = { id: string, category: IncidentCategory, severity: IncidentSeverity, status: IncidentStatus, description: string, occurredAt: string, reportedAt: string, location: { id: string, code: string, name: string } | null, reporter: { memberId: string, observerCode: string | null } | null, assignee: { id: string, name: string | null, role: MissionRole } | null };

export type IncidentFieldsFragment = { missionId: string, id: string, category: IncidentCategory, severity: IncidentSeverity, status: IncidentStatus, description: string, occurredAt: string, reportedAt: string, notes: Array<{ id: string, text: string, at: string, authorName: string | null }>, history: Array<{ at: string, action: string, fromStatus: IncidentStatus | null, toStatus: IncidentStatus | null }>, location: { id: string, code: string, name: string } | null, reporter: { memberId: string, observerCode: string | null } | null, assignee: { id: string, name: string | null, role: MissionRole } | null };

export type MissionIncidentsQueryVariables = Exact<{
  missionId: string | number;
  status?: IncidentStatus | null | undefined;
  severity?: IncidentSeverity | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MissionIncidentsQuery = { missionIncidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, category: IncidentCategory, severity: IncidentSeverity, status: IncidentStatus, description: string, occurredAt: string, reportedAt: string, location: { id: string, code: string, name: string } | null, reporter: { memberId: string, observerCode: string | null } | null, assignee: { id: string, name: string | null, role: MissionRole } | null }> } };

export type ReviewIncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewIncidentQuery = { incident: { missionId: string, id: string, category: IncidentCategory, severity: IncidentSeverity, status: IncidentStatus, description: string, occurredAt: string, reportedAt: string, notes: Array<{ id: string, text: string, at: string, authorName: string | null }>, history: Array<{ at: string, action: string, fromStatus: IncidentStatus | null, toStatus: IncidentStatus | null }>, location: { id: string, code: string, name: string } | null, reporter: { memberId: string, observerCode: string | null } | null, assignee: { id: string, name: string | null, role: MissionRole } | null } };

export type ReviewMissionMembersQueryVariables = Exact<{
  missionId: string | number;
}>;


export type ReviewMissionMembersQuery = { missionMembers: Array<{ id: string, personId: string, role: MissionRole, name: string | null }> };

export type IncidentLocationSearchQueryVariables = Exact<{
  missionId: string | number;
  search: string;
}>;


export type IncidentLocationSearchQuery = { missionLocations: { nodes: Array<{ isStation: boolean, id: string, code: string, name: string }> } };

export type LogIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type LogIncidentMutation = { reportIncident: { incident: { id: string, category: IncidentCategory, severity: IncidentSeverity, status: IncidentStatus, description: string, occurredAt: string, reportedAt: string, location: { id: string, code: string, name: string } | null, reporter: { memberId: string, observerCode: string | null } | null, assignee: { id: string, name: string | null, role: MissionRole } | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type AcknowledgeIncidentMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeIncidentMutation = { acknowledgeIncident: { incident: { missionId: string, id: string, category: IncidentCategory, severity: IncidentSeverity, status: IncidentStatus, description: string, occurredAt: string, reportedAt: string, notes: Array<{ id: string, text: string, at: string, authorName: string | null }>, history: Array<{ at: string, action: string, fromStatus: IncidentStatus | null, toStatus: IncidentStatus | null }>, location: { id: string, code: string, name: string } | null, reporter: { memberId: string, observerCode: string | null } | null, assignee: { id: string, name: string | null, role: MissionRole } | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type AssignIncidentMutationVariables = Exact<{
  id: string | number;
  memberId?: string | number | null | undefined;
}>;


export type AssignIncidentMutation = { assignIncident: { incident: { missionId: string, id: string, category: IncidentCategory, severity: IncidentSeverity, status: IncidentStatus, description: string, occurredAt: string, reportedAt: string, notes: Array<{ id: string, text: string, at: string, authorName: string | null }>, history: Array<{ at: string, action: string, fromStatus: IncidentStatus | null, toStatus: IncidentStatus | null }>, location: { id: string, code: string, name: string } | null, reporter: { memberId: string, observerCode: string | null } | null, assignee: { id: string, name: string | null, role: MissionRole } | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type AddIncidentNoteMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type AddIncidentNoteMutation = { addIncidentNote: { incident: { missionId: string, id: string, category: IncidentCategory, severity: IncidentSeverity, status: IncidentStatus, description: string, occurredAt: string, reportedAt: string, notes: Array<{ id: string, text: string, at: string, authorName: string | null }>, history: Array<{ at: string, action: string, fromStatus: IncidentStatus | null, toStatus: IncidentStatus | null }>, location: { id: string, code: string, name: string } | null, reporter: { memberId: string, observerCode: string | null } | null, assignee: { id: string, name: string | null, role: MissionRole } | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type ResolveIncidentMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ResolveIncidentMutation = { resolveIncident: { incident: { missionId: string, id: string, category: IncidentCategory, severity: IncidentSeverity, status: IncidentStatus, description: string, occurredAt: string, reportedAt: string, notes: Array<{ id: string, text: string, at: string, authorName: string | null }>, history: Array<{ at: string, action: string, fromStatus: IncidentStatus | null, toStatus: IncidentStatus | null }>, location: { id: string, code: string, name: string } | null, reporter: { memberId: string, observerCode: string | null } | null, assignee: { id: string, name: string | null, role: MissionRole } | null } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FeedSubscriptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment FeedSubscriptionFields on FeedSubscription {
  id
  name
  kind
  prefix
  createdAt
  lastFetchedAt
  revokedAt
  filters {
    organizationIds
    kinds
    tags
    countries
    languages
  }
}
    `, {"fragmentName":"FeedSubscriptionFields"}) as unknown as TypedDocumentString<FeedSubscriptionFieldsFragment, unknown>;
export const MissionFieldsFragmentDoc = new TypedDocumentString(`
    fragment MissionFields on Mission {
  id
  organizationId
  name
  country
  timeZone
  electionDates
  status
  phase
  myRole
  stationCount
  observerCount
}
    `, {"fragmentName":"MissionFields"}) as unknown as TypedDocumentString<MissionFieldsFragment, unknown>;
export const ImportResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportResultFields on ImportPayload {
  result {
    dryRun
    ok
    created
    updated
    unchanged
    problems {
      line
      column
      message
    }
    problemCount
  }
  errors {
    field
    message
    code
  }
}
    `, {"fragmentName":"ImportResultFields"}) as unknown as TypedDocumentString<ImportResultFieldsFragment, unknown>;
export const ObserverFormFieldsFragmentDoc = new TypedDocumentString(`
    fragment ObserverFormFields on Form {
  id
  kind
  code
  name
  names {
    language
    text
  }
  currentVersion
}
    `, {"fragmentName":"ObserverFormFields"}) as unknown as TypedDocumentString<ObserverFormFieldsFragment, unknown>;
export const ReviewLocationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
    `, {"fragmentName":"ReviewLocationFields"}) as unknown as TypedDocumentString<ReviewLocationFieldsFragment, unknown>;
export const ReviewReportRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewReportRowFields on Report {
  id
  form {
    id
    code
    name
  }
  location {
    ...ReviewLocationFields
  }
  observer {
    memberId
    observerCode
  }
  version
  status
  flags {
    code
  }
  submittedAt
  channel
  quarantineReason
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}`, {"fragmentName":"ReviewReportRowFields"}) as unknown as TypedDocumentString<ReviewReportRowFieldsFragment, unknown>;
export const ReviewQuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewQuestionFields on Question {
  code
  type
  label
  options {
    value
    label
  }
}
    `, {"fragmentName":"ReviewQuestionFields"}) as unknown as TypedDocumentString<ReviewQuestionFieldsFragment, unknown>;
export const StationResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment StationResultFields on StationResult {
  location {
    ...ReviewLocationFields
    registeredVoters
  }
  form {
    id
    code
    name
    version {
      number
      questions {
        ...ReviewQuestionFields
      }
    }
  }
  reportCount
  conflictCount
  fields {
    question
    value
    choices
    source {
      memberId
      observerCode
    }
    conflict
    overridden
    overrideReason
    values {
      observer {
        memberId
        observerCode
      }
      reportId
      value
      choices
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment ReviewQuestionFields on Question {
  code
  type
  label
  options {
    value
    label
  }
}`, {"fragmentName":"StationResultFields"}) as unknown as TypedDocumentString<StationResultFieldsFragment, unknown>;
export const IncidentRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncidentRowFields on Incident {
  id
  category
  severity
  status
  description
  location {
    ...ReviewLocationFields
  }
  occurredAt
  reportedAt
  reporter {
    memberId
    observerCode
  }
  assignee {
    id
    name
    role
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}`, {"fragmentName":"IncidentRowFields"}) as unknown as TypedDocumentString<IncidentRowFieldsFragment, unknown>;
export const IncidentFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncidentFields on Incident {
  ...IncidentRowFields
  missionId
  notes {
    id
    text
    at
    authorName
  }
  history {
    at
    action
    fromStatus
    toStatus
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment IncidentRowFields on Incident {
  id
  category
  severity
  status
  description
  location {
    ...ReviewLocationFields
  }
  occurredAt
  reportedAt
  reporter {
    memberId
    observerCode
  }
  assignee {
    id
    name
    role
  }
}`, {"fragmentName":"IncidentFields"}) as unknown as TypedDocumentString<IncidentFieldsFragment, unknown>;
export const CompleteSignInDocument = new TypedDocumentString(`
    mutation CompleteSignIn($challenge: String!, $code: String!) {
  completeSignIn(challenge: $challenge, code: $code) {
    user {
      id
      email
      displayName
      twoFactorRequired
    }
    twoFactorChallenge
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteSignInMutation, CompleteSignInMutationVariables>;
export const RequestSignInCodeDocument = new TypedDocumentString(`
    mutation RequestSignInCode($phone: String!) {
  requestSignInCode(phone: $phone) {
    ok
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RequestSignInCodeMutation, RequestSignInCodeMutationVariables>;
export const SignInWithCodeDocument = new TypedDocumentString(`
    mutation SignInWithCode($phone: String!, $code: String!) {
  signInWithCode(phone: $phone, code: $code) {
    user {
      id
      email
      displayName
      twoFactorRequired
    }
    twoFactorChallenge
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SignInWithCodeMutation, SignInWithCodeMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String, $phone: String) {
  requestPasswordReset(email: $email, phone: $phone) {
    ok
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password) {
    ok
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AccountInvitationPreviewDocument = new TypedDocumentString(`
    query AccountInvitationPreview($token: String!) {
  accountInvitation(token: $token) {
    personName
    channel
    email
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AccountInvitationPreviewQuery, AccountInvitationPreviewQueryVariables>;
export const AcceptAccountInvitationDocument = new TypedDocumentString(`
    mutation AcceptAccountInvitation($token: String!, $password: String!) {
  acceptAccountInvitation(token: $token, password: $password) {
    user {
      id
      email
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptAccountInvitationMutation, AcceptAccountInvitationMutationVariables>;
export const AccountSettingsDocument = new TypedDocumentString(`
    query AccountSettings {
  me {
    id
    email
    displayName
    preferredLanguage
    timeZone
    notifyBy
    twoFactorEnabled
    twoFactorRequired
    recoveryCodesLeft
    sessions {
      id
      current
      method
      userAgent
      createdAt
      lastSeenAt
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<AccountSettingsQuery, AccountSettingsQueryVariables>;
export const UpdateAccountSettingsDocument = new TypedDocumentString(`
    mutation UpdateAccountSettings($input: AccountSettingsInput!) {
  updateAccountSettings(input: $input) {
    user {
      id
      displayName
      preferredLanguage
      timeZone
      notifyBy
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccountSettingsMutation, UpdateAccountSettingsMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    ok
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession($id: ID!) {
  endSession(id: $id) {
    ended
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EndSessionMutation, EndSessionMutationVariables>;
export const EndOtherSessionsDocument = new TypedDocumentString(`
    mutation EndOtherSessions {
  endOtherSessions {
    ended
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EndOtherSessionsMutation, EndOtherSessionsMutationVariables>;
export const TwoFactorStatusDocument = new TypedDocumentString(`
    query TwoFactorStatus {
  me {
    id
    twoFactorEnabled
    twoFactorRequired
    recoveryCodesLeft
  }
}
    `) as unknown as TypedDocumentString<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>;
export const StartTwoFactorSetupDocument = new TypedDocumentString(`
    mutation StartTwoFactorSetup {
  startTwoFactorSetup {
    secret
    otpauthUri
    qrSvgDataUri
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StartTwoFactorSetupMutation, StartTwoFactorSetupMutationVariables>;
export const ConfirmTwoFactorDocument = new TypedDocumentString(`
    mutation ConfirmTwoFactor($code: String!) {
  confirmTwoFactor(code: $code) {
    recoveryCodes
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmTwoFactorMutation, ConfirmTwoFactorMutationVariables>;
export const RegenerateRecoveryCodesDocument = new TypedDocumentString(`
    mutation RegenerateRecoveryCodes($code: String!) {
  regenerateRecoveryCodes(code: $code) {
    recoveryCodes
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const DisableTwoFactorDocument = new TypedDocumentString(`
    mutation DisableTwoFactor($password: String!, $code: String!) {
  disableTwoFactor(password: $password, code: $code) {
    ok
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const OrganizationPeopleDocument = new TypedDocumentString(`
    query OrganizationPeople($organizationId: ID!, $first: Int!, $after: String, $search: String) {
  organization(id: $organizationId) {
    id
    name
    country
  }
  people(
    first: $first
    after: $after
    filter: {organizationId: $organizationId, search: $search}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      email
      preferredLanguage
      timeZone
      phones {
        e164
        label
      }
      memberships {
        id
        role
        organization {
          id
        }
      }
      account {
        account {
          id
          email
          active
          createdAt
          lastSignInAt
          twoFactorEnabled
        }
        invitations {
          id
          channel
          sentTo
          invitedByName
          createdAt
          expiresAt
          acceptedAt
          revokedAt
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPeopleQuery, OrganizationPeopleQueryVariables>;
export const PersonAccountDocument = new TypedDocumentString(`
    query PersonAccount($id: ID!) {
  person(id: $id) {
    id
    account {
      account {
        id
        email
        active
        createdAt
        lastSignInAt
        twoFactorEnabled
      }
      invitations {
        id
        channel
        sentTo
        invitedByName
        createdAt
        expiresAt
        acceptedAt
        revokedAt
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonAccountQuery, PersonAccountQueryVariables>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    person {
      id
      name
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const InviteToAccountDocument = new TypedDocumentString(`
    mutation InviteToAccount($personId: ID!, $channel: Channel) {
  inviteToAccount(personId: $personId, channel: $channel) {
    invitation {
      id
      channel
      sentTo
      status
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InviteToAccountMutation, InviteToAccountMutationVariables>;
export const RevokeAccountInvitationDocument = new TypedDocumentString(`
    mutation RevokeAccountInvitation($id: ID!) {
  revokeAccountInvitation(id: $id) {
    invitation {
      id
      status
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeAccountInvitationMutation, RevokeAccountInvitationMutationVariables>;
export const DeactivateAccountDocument = new TypedDocumentString(`
    mutation DeactivateAccount($userId: ID!) {
  deactivateAccount(userId: $userId) {
    account {
      id
      email
      active
      createdAt
      lastSignInAt
      twoFactorEnabled
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeactivateAccountMutation, DeactivateAccountMutationVariables>;
export const ReactivateAccountDocument = new TypedDocumentString(`
    mutation ReactivateAccount($userId: ID!) {
  reactivateAccount(userId: $userId) {
    account {
      id
      email
      active
      createdAt
      lastSignInAt
      twoFactorEnabled
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReactivateAccountMutation, ReactivateAccountMutationVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts($first: Int!, $after: String, $search: String) {
  accounts(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      account {
        id
        email
        active
        createdAt
        lastSignInAt
        twoFactorEnabled
      }
      person {
        id
        name
        memberships {
          id
          role
          organization {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const AdminNavDocument = new TypedDocumentString(`
    query AdminNav {
  me {
    id
    isSuperuser
    roles {
      role
      organization {
        id
        name
        kind
      }
    }
  }
  devMailbox(first: 1) {
    id
  }
  devSmsOutbox(first: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminNavQuery, AdminNavQueryVariables>;
export const DevMailboxDocument = new TypedDocumentString(`
    query DevMailbox($first: Int!) {
  devMailbox(first: $first) {
    id
    to
    subject
    text
    html
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DevMailboxQuery, DevMailboxQueryVariables>;
export const DevSmsOutboxDocument = new TypedDocumentString(`
    query DevSmsOutbox($first: Int!) {
  devSmsOutbox(first: $first) {
    id
    to
    body
    status
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DevSmsOutboxQuery, DevSmsOutboxQueryVariables>;
export const MyFeedSubscriptionsDocument = new TypedDocumentString(`
    query MyFeedSubscriptions {
  myFeedSubscriptions {
    ...FeedSubscriptionFields
  }
}
    fragment FeedSubscriptionFields on FeedSubscription {
  id
  name
  kind
  prefix
  createdAt
  lastFetchedAt
  revokedAt
  filters {
    organizationIds
    kinds
    tags
    countries
    languages
  }
}`) as unknown as TypedDocumentString<MyFeedSubscriptionsQuery, MyFeedSubscriptionsQueryVariables>;
export const FeedOrganizationsDocument = new TypedDocumentString(`
    query FeedOrganizations {
  organizations(first: 200) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FeedOrganizationsQuery, FeedOrganizationsQueryVariables>;
export const CreateFeedSubscriptionDocument = new TypedDocumentString(`
    mutation CreateFeedSubscription($name: String!, $filters: FeedFiltersInput) {
  createFeedSubscription(name: $name, filters: $filters) {
    subscription {
      ...FeedSubscriptionFields
    }
    url
    webcalUrl
    errors {
      field
      message
      code
    }
  }
}
    fragment FeedSubscriptionFields on FeedSubscription {
  id
  name
  kind
  prefix
  createdAt
  lastFetchedAt
  revokedAt
  filters {
    organizationIds
    kinds
    tags
    countries
    languages
  }
}`) as unknown as TypedDocumentString<CreateFeedSubscriptionMutation, CreateFeedSubscriptionMutationVariables>;
export const CreateAgendaFeedDocument = new TypedDocumentString(`
    mutation CreateAgendaFeed($name: String) {
  createAgendaFeed(name: $name) {
    subscription {
      ...FeedSubscriptionFields
    }
    url
    webcalUrl
    errors {
      field
      message
      code
    }
  }
}
    fragment FeedSubscriptionFields on FeedSubscription {
  id
  name
  kind
  prefix
  createdAt
  lastFetchedAt
  revokedAt
  filters {
    organizationIds
    kinds
    tags
    countries
    languages
  }
}`) as unknown as TypedDocumentString<CreateAgendaFeedMutation, CreateAgendaFeedMutationVariables>;
export const RevokeFeedSubscriptionDocument = new TypedDocumentString(`
    mutation RevokeFeedSubscription($id: ID!) {
  revokeFeedSubscription(id: $id) {
    subscription {
      ...FeedSubscriptionFields
    }
    errors {
      field
      message
      code
    }
  }
}
    fragment FeedSubscriptionFields on FeedSubscription {
  id
  name
  kind
  prefix
  createdAt
  lastFetchedAt
  revokedAt
  filters {
    organizationIds
    kinds
    tags
    countries
    languages
  }
}`) as unknown as TypedDocumentString<RevokeFeedSubscriptionMutation, RevokeFeedSubscriptionMutationVariables>;
export const HomeEventsDocument = new TypedDocumentString(`
    query HomeEvents($first: Int!, $filter: EventFilter) {
  events(first: $first, filter: $filter) {
    nodes {
      id
      title
      kind
      status
      statusReason
      visibility
      timeZone
      startsAt
      endsAt
      allDay
      hostOrganization {
        id
        name
      }
      venue {
        id
        name
        city
      }
      myRegistration {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeEventsQuery, HomeEventsQueryVariables>;
export const HomeOrganizationsDocument = new TypedDocumentString(`
    query HomeOrganizations {
  me {
    id
    roles {
      role
      organization {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeOrganizationsQuery, HomeOrganizationsQueryVariables>;
export const EventInvitationPreviewDocument = new TypedDocumentString(`
    query EventInvitationPreview($token: String!) {
  eventInvitation(token: $token) {
    eventId
    title
    status
    timeZone
    startsAt
    endsAt
    allDay
    hostName
    venue {
      name
      address
      city
    }
    online
    expiresAt
    inviteeName
    accountEmail
    canOpenAccount
  }
}
    `) as unknown as TypedDocumentString<EventInvitationPreviewQuery, EventInvitationPreviewQueryVariables>;
export const OpenAccountWithInvitationDocument = new TypedDocumentString(`
    mutation OpenAccountWithInvitation($token: String!, $name: String!, $password: String!) {
  openAccountWithInvitation(token: $token, name: $name, password: $password) {
    user {
      id
      email
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OpenAccountWithInvitationMutation, OpenAccountWithInvitationMutationVariables>;
export const EventInvitationsDocument = new TypedDocumentString(`
    query EventInvitations($id: ID!) {
  event(id: $id) {
    id
    title
    canEdit
    startsAt
    endsAt
    allDay
    timeZone
    invitations {
      id
      status
      inviteeName
      channel
      sentTo
      sentAt
      expiresAt
      usedAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<EventInvitationsQuery, EventInvitationsQueryVariables>;
export const SendEventInvitationDocument = new TypedDocumentString(`
    mutation SendEventInvitation($eventId: ID!, $personId: ID, $email: String, $guestName: String, $channel: Channel) {
  sendEventInvitation(
    eventId: $eventId
    personId: $personId
    email: $email
    guestName: $guestName
    channel: $channel
  ) {
    invitation {
      id
      inviteeName
      sentTo
    }
    alreadyPending
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SendEventInvitationMutation, SendEventInvitationMutationVariables>;
export const RevokeEventInvitationDocument = new TypedDocumentString(`
    mutation RevokeEventInvitation($id: ID!) {
  revokeEventInvitation(id: $id) {
    invitation {
      id
      status
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeEventInvitationMutation, RevokeEventInvitationMutationVariables>;
export const ResendEventInvitationDocument = new TypedDocumentString(`
    mutation ResendEventInvitation($id: ID!) {
  resendEventInvitation(id: $id) {
    invitation {
      id
      status
      sentTo
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResendEventInvitationMutation, ResendEventInvitationMutationVariables>;
export const PeopleToPickDocument = new TypedDocumentString(`
    query PeopleToPick($search: String!) {
  people(first: 10, filter: {search: $search}) {
    nodes {
      id
      name
      email
      emailHint
      memberships {
        id
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleToPickQuery, PeopleToPickQueryVariables>;
export const MissionsDocument = new TypedDocumentString(`
    query Missions {
  missions {
    ...MissionFields
  }
}
    fragment MissionFields on Mission {
  id
  organizationId
  name
  country
  timeZone
  electionDates
  status
  phase
  myRole
  stationCount
  observerCount
}`) as unknown as TypedDocumentString<MissionsQuery, MissionsQueryVariables>;
export const MissionDocument = new TypedDocumentString(`
    query Mission($id: ID!) {
  mission(id: $id) {
    ...MissionFields
  }
}
    fragment MissionFields on Mission {
  id
  organizationId
  name
  country
  timeZone
  electionDates
  status
  phase
  myRole
  stationCount
  observerCount
}`) as unknown as TypedDocumentString<MissionQuery, MissionQueryVariables>;
export const MissionSummaryDocument = new TypedDocumentString(`
    query MissionSummary($missionId: ID!) {
  missionSummary(missionId: $missionId) {
    stations
    stationsReporting
    expectedReports
    reports
    flagged
    quarantined
    conflicts
  }
}
    `) as unknown as TypedDocumentString<MissionSummaryQuery, MissionSummaryQueryVariables>;
export const CreateMissionDocument = new TypedDocumentString(`
    mutation CreateMission($input: CreateMissionInput!) {
  createMission(input: $input) {
    mission {
      ...MissionFields
    }
    errors {
      field
      message
      code
    }
  }
}
    fragment MissionFields on Mission {
  id
  organizationId
  name
  country
  timeZone
  electionDates
  status
  phase
  myRole
  stationCount
  observerCount
}`) as unknown as TypedDocumentString<CreateMissionMutation, CreateMissionMutationVariables>;
export const UpdateMissionDocument = new TypedDocumentString(`
    mutation UpdateMission($id: ID!, $input: UpdateMissionInput!) {
  updateMission(id: $id, input: $input) {
    mission {
      ...MissionFields
    }
    errors {
      field
      message
      code
    }
  }
}
    fragment MissionFields on Mission {
  id
  organizationId
  name
  country
  timeZone
  electionDates
  status
  phase
  myRole
  stationCount
  observerCount
}`) as unknown as TypedDocumentString<UpdateMissionMutation, UpdateMissionMutationVariables>;
export const ImportLocationsDocument = new TypedDocumentString(`
    mutation ImportLocations($missionId: ID!, $file: Upload!, $dryRun: Boolean!) {
  importLocations(missionId: $missionId, file: $file, dryRun: $dryRun) {
    ...ImportResultFields
  }
}
    fragment ImportResultFields on ImportPayload {
  result {
    dryRun
    ok
    created
    updated
    unchanged
    problems {
      line
      column
      message
    }
    problemCount
  }
  errors {
    field
    message
    code
  }
}`) as unknown as TypedDocumentString<ImportLocationsMutation, ImportLocationsMutationVariables>;
export const ImportObserversDocument = new TypedDocumentString(`
    mutation ImportObservers($missionId: ID!, $file: Upload!, $dryRun: Boolean!) {
  importObservers(missionId: $missionId, file: $file, dryRun: $dryRun) {
    ...ImportResultFields
  }
}
    fragment ImportResultFields on ImportPayload {
  result {
    dryRun
    ok
    created
    updated
    unchanged
    problems {
      line
      column
      message
    }
    problemCount
  }
  errors {
    field
    message
    code
  }
}`) as unknown as TypedDocumentString<ImportObserversMutation, ImportObserversMutationVariables>;
export const MissionObserversDocument = new TypedDocumentString(`
    query MissionObservers($missionId: ID!, $search: String, $first: Int!, $after: String) {
  missionObservers(
    missionId: $missionId
    search: $search
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      kind
      language
      name
      phones
      deploymentCount
    }
  }
}
    `) as unknown as TypedDocumentString<MissionObserversQuery, MissionObserversQueryVariables>;
export const MissionLocationsDocument = new TypedDocumentString(`
    query MissionLocations($missionId: ID!, $parentId: ID, $search: String, $first: Int!, $after: String) {
  missionLocations(
    missionId: $missionId
    parentId: $parentId
    search: $search
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      name
      level
      isStation
      registeredVoters
      childCount
      parentId
    }
  }
}
    `) as unknown as TypedDocumentString<MissionLocationsQuery, MissionLocationsQueryVariables>;
export const MissionLocationDocument = new TypedDocumentString(`
    query MissionLocation($id: ID!) {
  location(id: $id) {
    id
    code
    name
    level
    isStation
    registeredVoters
    latitude
    longitude
    parentId
    ancestors {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MissionLocationQuery, MissionLocationQueryVariables>;
export const MissionDeploymentsDocument = new TypedDocumentString(`
    query MissionDeployments($missionId: ID!, $locationId: ID, $first: Int!, $after: String) {
  missionDeployments(
    missionId: $missionId
    locationId: $locationId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      observer {
        id
        code
        name
      }
      location {
        id
        code
        name
      }
      forms {
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MissionDeploymentsQuery, MissionDeploymentsQueryVariables>;
export const DeployObserverDocument = new TypedDocumentString(`
    mutation DeployObserver($observerId: ID!, $locationId: ID!, $formIds: [ID!]!) {
  deployObserver(
    observerId: $observerId
    locationId: $locationId
    formIds: $formIds
  ) {
    deployment {
      id
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeployObserverMutation, DeployObserverMutationVariables>;
export const RemoveDeploymentDocument = new TypedDocumentString(`
    mutation RemoveDeployment($id: ID!) {
  removeDeployment(id: $id) {
    ok
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveDeploymentMutation, RemoveDeploymentMutationVariables>;
export const MissionFormsDocument = new TypedDocumentString(`
    query MissionForms($missionId: ID!, $includeArchived: Boolean!) {
  missionForms(missionId: $missionId, includeArchived: $includeArchived) {
    id
    kind
    code
    name
    currentVersion
    archived
  }
}
    `) as unknown as TypedDocumentString<MissionFormsQuery, MissionFormsQueryVariables>;
export const FormViewerDocument = new TypedDocumentString(`
    query FormViewer($id: ID!, $number: Int) {
  form(id: $id) {
    id
    missionId
    kind
    code
    name
    names {
      language
      text
    }
    currentVersion
    archived
    versions {
      number
      createdAt
    }
    version(number: $number) {
      number
      createdAt
      questions {
        code
        type
        labels {
          language
          text
        }
        required
        min
        max
        maxLength
        options {
          value
          labels {
            language
            text
          }
        }
      }
      rules {
        code
        severity
        expression
        en: message(language: "en")
        fr: message(language: "fr")
        es: message(language: "es")
        ar: message(language: "ar")
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FormViewerQuery, FormViewerQueryVariables>;
export const AddStandardFormsDocument = new TypedDocumentString(`
    mutation AddStandardForms($missionId: ID!) {
  addStandardForms(missionId: $missionId) {
    forms {
      id
      code
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AddStandardFormsMutation, AddStandardFormsMutationVariables>;
export const ObserverMeDocument = new TypedDocumentString(`
    query ObserverMe {
  me {
    id
    preferredLanguage
  }
}
    `) as unknown as TypedDocumentString<ObserverMeQuery, ObserverMeQueryVariables>;
export const ObserverMissionsDocument = new TypedDocumentString(`
    query ObserverMissions {
  missions {
    id
    name
    country
    timeZone
    electionDates
    status
    phase
    myRole
  }
}
    `) as unknown as TypedDocumentString<ObserverMissionsQuery, ObserverMissionsQueryVariables>;
export const MyAssignmentsDocument = new TypedDocumentString(`
    query MyAssignments($missionId: ID!) {
  mission(id: $missionId) {
    id
    name
    timeZone
    myRole
  }
  myAssignments(missionId: $missionId) {
    deploymentId
    location {
      id
      code
      name
    }
    forms {
      ...ObserverFormFields
    }
  }
}
    fragment ObserverFormFields on Form {
  id
  kind
  code
  name
  names {
    language
    text
  }
  currentVersion
}`) as unknown as TypedDocumentString<MyAssignmentsQuery, MyAssignmentsQueryVariables>;
export const MyReportsDocument = new TypedDocumentString(`
    query MyReports($missionId: ID!) {
  missionReports(missionId: $missionId, first: 200) {
    totalCount
    nodes {
      id
      form {
        id
      }
      location {
        id
      }
      version
      submittedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyReportsQuery, MyReportsQueryVariables>;
export const ObserverFormDocument = new TypedDocumentString(`
    query ObserverForm($formId: ID!) {
  form(id: $formId) {
    ...ObserverFormFields
    version {
      number
      questions {
        code
        type
        labels {
          language
          text
        }
        required
        min
        max
        maxLength
        options {
          value
          labels {
            language
            text
          }
        }
      }
    }
  }
}
    fragment ObserverFormFields on Form {
  id
  kind
  code
  name
  names {
    language
    text
  }
  currentVersion
}`) as unknown as TypedDocumentString<ObserverFormQuery, ObserverFormQueryVariables>;
export const SubmitReportDocument = new TypedDocumentString(`
    mutation SubmitReport($input: SubmitReportInput!) {
  submitReport(input: $input) {
    report {
      id
      version
      status
      submittedAt
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitReportMutation, SubmitReportMutationVariables>;
export const ReportIncidentDocument = new TypedDocumentString(`
    mutation ReportIncident($input: ReportIncidentInput!) {
  reportIncident(input: $input) {
    incident {
      id
      status
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportIncidentMutation, ReportIncidentMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    email
    displayName
    twoFactorRequired
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    user {
      id
      email
      displayName
      twoFactorRequired
    }
    twoFactorChallenge
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    ok
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        slug
        kind
        country
        memberCount
        feedUrl
        parent {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const EventsDocument = new TypedDocumentString(`
    query Events($first: Int!, $after: String, $filter: EventFilter) {
  events(first: $first, after: $after, filter: $filter) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      kind
      status
      statusReason
      timeZone
      startsAt
      endsAt
      allDay
      tags
      visibility
      myRegistration {
        id
        status
      }
      hostOrganization {
        id
        name
      }
      venue {
        id
        name
        city
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventsQuery, EventsQueryVariables>;
export const EventDocument = new TypedDocumentString(`
    query Event($id: ID!) {
  event(id: $id) {
    id
    title
    kind
    status
    statusReason
    timeZone
    startsAt
    endsAt
    allDay
    descriptionHtml
    tags
    languages
    onlineUrl
    isOnline
    capacity
    seatsTaken
    waitlistCount
    canEdit
    visibility
    icsUrl
    seriesFeedUrl
    myRegistration {
      id
      status
      waitlistPosition
      offerExpiresAt
    }
    hostOrganization {
      id
      name
    }
    coHosts {
      id
      name
    }
    venue {
      id
      name
      address
      city
      country
      rooms {
        id
        name
      }
    }
    sessions {
      id
      kind
      title
      description
      startsAt
      endsAt
      track
      room {
        id
        name
      }
      speakers {
        id
        name
      }
      moderators {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventQuery, EventQueryVariables>;
export const OrganizerContextDocument = new TypedDocumentString(`
    query OrganizerContext {
  me {
    id
    isSuperuser
    person {
      id
      memberships {
        id
        role
        organization {
          id
        }
      }
    }
    roles {
      role
      organization {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizerContextQuery, OrganizerContextQueryVariables>;
export const OrganizationChoicesDocument = new TypedDocumentString(`
    query OrganizationChoices($first: Int!, $filter: OrganizationFilter) {
  organizations(first: $first, filter: $filter) {
    nodes {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationChoicesQuery, OrganizationChoicesQueryVariables>;
export const EditorEventDocument = new TypedDocumentString(`
    query EditorEvent($id: ID!) {
  event(id: $id) {
    id
    title
    kind
    status
    statusReason
    description
    tags
    languages
    visibility
    timeZone
    offerMinutes
    startsAt
    endsAt
    localStart
    localEnd
    allDay
    capacity
    onlineUrl
    seriesId
    canEdit
    hostOrganization {
      id
      name
    }
    coHosts {
      id
      name
    }
    venue {
      id
      name
      city
      rooms {
        id
        name
        capacity
      }
    }
    sessions {
      id
      kind
      title
      description
      startsAt
      endsAt
      track
      capacity
      room {
        id
        name
      }
      speakers {
        id
        name
      }
      moderators {
        id
        name
      }
    }
    programmeWarnings {
      code
      message
      field
      sessionId
    }
  }
}
    `) as unknown as TypedDocumentString<EditorEventQuery, EditorEventQueryVariables>;
export const VenuesDocument = new TypedDocumentString(`
    query Venues($organizationId: ID!) {
  venues(organizationId: $organizationId) {
    id
    name
    address
    city
    country
    rooms {
      id
      name
      capacity
    }
  }
}
    `) as unknown as TypedDocumentString<VenuesQuery, VenuesQueryVariables>;
export const PeopleSearchDocument = new TypedDocumentString(`
    query PeopleSearch($search: String!) {
  people(first: 10, filter: {search: $search}) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleSearchQuery, PeopleSearchQueryVariables>;
export const CreateEventDocument = new TypedDocumentString(`
    mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = new TypedDocumentString(`
    mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $scope: EditScope!) {
  updateEvent(id: $id, input: $input, scope: $scope) {
    event {
      id
    }
    events {
      id
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateEventMutation, UpdateEventMutationVariables>;
export const PublishEventDocument = new TypedDocumentString(`
    mutation PublishEvent($id: ID!) {
  publishEvent(id: $id) {
    event {
      id
      status
      statusReason
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PublishEventMutation, PublishEventMutationVariables>;
export const PostponeEventDocument = new TypedDocumentString(`
    mutation PostponeEvent($id: ID!, $reason: String!) {
  postponeEvent(id: $id, reason: $reason) {
    event {
      id
      status
      statusReason
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PostponeEventMutation, PostponeEventMutationVariables>;
export const CancelEventDocument = new TypedDocumentString(`
    mutation CancelEvent($id: ID!, $reason: String!) {
  cancelEvent(id: $id, reason: $reason) {
    event {
      id
      status
      statusReason
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CancelEventMutation, CancelEventMutationVariables>;
export const CreateVenueDocument = new TypedDocumentString(`
    mutation CreateVenue($input: CreateVenueInput!) {
  createVenue(input: $input) {
    venue {
      id
      name
      address
      city
      country
      rooms {
        id
        name
        capacity
      }
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateVenueMutation, CreateVenueMutationVariables>;
export const AddRoomDocument = new TypedDocumentString(`
    mutation AddRoom($venueId: ID!, $name: String!, $capacity: Int) {
  addRoom(venueId: $venueId, name: $name, capacity: $capacity) {
    room {
      id
      name
      capacity
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AddRoomMutation, AddRoomMutationVariables>;
export const AddSessionDocument = new TypedDocumentString(`
    mutation AddSession($eventId: ID!, $input: SessionInput!) {
  addSession(eventId: $eventId, input: $input) {
    session {
      id
    }
    warnings {
      code
      message
      field
      sessionId
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AddSessionMutation, AddSessionMutationVariables>;
export const UpdateSessionDocument = new TypedDocumentString(`
    mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {
  updateSession(id: $id, input: $input) {
    session {
      id
    }
    warnings {
      code
      message
      field
      sessionId
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const RemoveSessionDocument = new TypedDocumentString(`
    mutation RemoveSession($id: ID!) {
  removeSession(id: $id) {
    ok
  }
}
    `) as unknown as TypedDocumentString<RemoveSessionMutation, RemoveSessionMutationVariables>;
export const EventRegistrationsDocument = new TypedDocumentString(`
    query EventRegistrations($id: ID!) {
  event(id: $id) {
    id
    title
    status
    visibility
    timeZone
    capacity
    seatsTaken
    waitlistCount
    canEdit
    registrations {
      id
      status
      waitlistPosition
      offerExpiresAt
      attendedAt
      createdAt
      person {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventRegistrationsQuery, EventRegistrationsQueryVariables>;
export const RegisterPersonDocument = new TypedDocumentString(`
    mutation RegisterPerson($eventId: ID!, $personId: ID!) {
  register(eventId: $eventId, personId: $personId) {
    registration {
      id
      status
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterPersonMutation, RegisterPersonMutationVariables>;
export const CancelRegistrationDocument = new TypedDocumentString(`
    mutation CancelRegistration($id: ID!) {
  cancelRegistration(id: $id) {
    registration {
      id
      status
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const CheckInDocument = new TypedDocumentString(`
    mutation CheckIn($registrationId: ID!) {
  checkIn(registrationId: $registrationId) {
    registration {
      id
      attendedAt
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CheckInMutation, CheckInMutationVariables>;
export const CreateInvitationDocument = new TypedDocumentString(`
    mutation CreateInvitation($eventId: ID!, $email: String) {
  createInvitation(eventId: $eventId, email: $email) {
    invitation {
      id
      email
      expiresAt
    }
    token
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateInvitationMutation, CreateInvitationMutationVariables>;
export const RegisterSelfDocument = new TypedDocumentString(`
    mutation RegisterSelf($eventId: ID!) {
  register(eventId: $eventId) {
    registration {
      id
      status
      waitlistPosition
      offerExpiresAt
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterSelfMutation, RegisterSelfMutationVariables>;
export const AcceptOfferDocument = new TypedDocumentString(`
    mutation AcceptOffer($id: ID!) {
  acceptOffer(registrationId: $id) {
    registration {
      id
      status
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptOfferMutation, AcceptOfferMutationVariables>;
export const DeclineOfferDocument = new TypedDocumentString(`
    mutation DeclineOffer($id: ID!) {
  declineOffer(registrationId: $id) {
    registration {
      id
      status
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeclineOfferMutation, DeclineOfferMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!) {
  acceptInvitation(token: $token) {
    registration {
      id
      eventId
      status
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const OrganizationPageDocument = new TypedDocumentString(`
    query OrganizationPage($id: ID!, $events: EventFilter!) {
  organization(id: $id) {
    id
    name
    kind
    country
    feedUrl
    memberCount
    parent {
      id
      name
    }
    viewerCan {
      viewMembers
      viewPersonalData
      managePeople
      manageMembers
      manageApiTokens
    }
    members {
      id
      role
      person {
        id
        name
        email
        phones {
          e164
          label
        }
      }
    }
  }
  events(first: 10, filter: $events) {
    nodes {
      id
      title
      status
      visibility
      timeZone
      startsAt
      endsAt
      allDay
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPageQuery, OrganizationPageQueryVariables>;
export const PeopleDirectoryDocument = new TypedDocumentString(`
    query PeopleDirectory($first: Int!, $after: String, $filter: PersonFilter) {
  people(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      email
      phones {
        e164
        label
      }
      memberships {
        id
        role
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleDirectoryQuery, PeopleDirectoryQueryVariables>;
export const DirectoryOrganizationsDocument = new TypedDocumentString(`
    query DirectoryOrganizations {
  organizations(first: 100) {
    nodes {
      id
      name
      viewerCan {
        viewMembers
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryOrganizationsQuery, DirectoryOrganizationsQueryVariables>;
export const PersonPageDocument = new TypedDocumentString(`
    query PersonPage($id: ID!) {
  person(id: $id) {
    id
    name
    email
    preferredLanguage
    timeZone
    phones {
      e164
      label
    }
    viewerCan {
      edit
      editContact
    }
    memberships {
      id
      role
      createdAt
      organization {
        id
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
export const UpdatePersonDetailsDocument = new TypedDocumentString(`
    mutation UpdatePersonDetails($id: ID!, $input: UpdatePersonInput!) {
  updatePerson(id: $id, input: $input) {
    person {
      id
      name
      email
      preferredLanguage
      timeZone
      phones {
        e164
        label
      }
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePersonDetailsMutation, UpdatePersonDetailsMutationVariables>;
export const AddMembershipDocument = new TypedDocumentString(`
    mutation AddMembership($organizationId: ID!, $personId: ID!, $role: Role!) {
  addMembership(organizationId: $organizationId, personId: $personId, role: $role) {
    membership {
      id
    }
    request {
      id
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AddMembershipMutation, AddMembershipMutationVariables>;
export const RequestMembershipByEmailDocument = new TypedDocumentString(`
    mutation RequestMembershipByEmail($organizationId: ID!, $email: String!, $role: Role!) {
  requestMembershipByEmail(
    organizationId: $organizationId
    email: $email
    role: $role
  ) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RequestMembershipByEmailMutation, RequestMembershipByEmailMutationVariables>;
export const RemoveMembershipDocument = new TypedDocumentString(`
    mutation RemoveMembership($id: ID!) {
  removeMembership(id: $id) {
    ok
  }
}
    `) as unknown as TypedDocumentString<RemoveMembershipMutation, RemoveMembershipMutationVariables>;
export const RequestsDocument = new TypedDocumentString(`
    query Requests {
  myMembershipRequests {
    id
    role
    createdAt
    organization {
      id
      name
    }
  }
  membershipRequestsToDecide {
    id
    role
    createdAt
    organization {
      id
      name
    }
    person {
      id
      name
    }
  }
  myCoHostRequests {
    status
    organization {
      id
      name
    }
    event {
      id
      title
      startsAt
      timeZone
    }
  }
  mySpeakerRequests {
    sessionId
    sessionTitle
    startsAt
    endsAt
    role
    event {
      id
      title
      timeZone
    }
  }
}
    `) as unknown as TypedDocumentString<RequestsQuery, RequestsQueryVariables>;
export const AcceptMembershipRequestDocument = new TypedDocumentString(`
    mutation AcceptMembershipRequest($id: ID!) {
  acceptMembershipRequest(id: $id) {
    membership {
      id
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptMembershipRequestMutation, AcceptMembershipRequestMutationVariables>;
export const DeclineMembershipRequestDocument = new TypedDocumentString(`
    mutation DeclineMembershipRequest($id: ID!) {
  declineMembershipRequest(id: $id) {
    ok
  }
}
    `) as unknown as TypedDocumentString<DeclineMembershipRequestMutation, DeclineMembershipRequestMutationVariables>;
export const AcceptCoHostingDocument = new TypedDocumentString(`
    mutation AcceptCoHosting($eventId: ID!, $organizationId: ID!) {
  acceptCoHosting(eventId: $eventId, organizationId: $organizationId) {
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptCoHostingMutation, AcceptCoHostingMutationVariables>;
export const DeclineCoHostingDocument = new TypedDocumentString(`
    mutation DeclineCoHosting($eventId: ID!, $organizationId: ID!) {
  declineCoHosting(eventId: $eventId, organizationId: $organizationId) {
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeclineCoHostingMutation, DeclineCoHostingMutationVariables>;
export const AcceptSpeakingDocument = new TypedDocumentString(`
    mutation AcceptSpeaking($sessionId: ID!) {
  acceptSpeaking(sessionId: $sessionId) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptSpeakingMutation, AcceptSpeakingMutationVariables>;
export const DeclineSpeakingDocument = new TypedDocumentString(`
    mutation DeclineSpeaking($sessionId: ID!) {
  declineSpeaking(sessionId: $sessionId) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeclineSpeakingMutation, DeclineSpeakingMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens($organizationId: ID!) {
  organization(id: $organizationId) {
    id
    name
  }
  apiTokens(organizationId: $organizationId) {
    id
    name
    role
    prefix
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($organizationId: ID!, $name: String!, $role: Role!) {
  createApiToken(organizationId: $organizationId, name: $name, role: $role) {
    token
    apiToken {
      id
      name
      role
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ReviewMissionDocument = new TypedDocumentString(`
    query ReviewMission($id: ID!) {
  mission(id: $id) {
    id
    name
    timeZone
    myRole
  }
}
    `) as unknown as TypedDocumentString<ReviewMissionQuery, ReviewMissionQueryVariables>;
export const MissionResultsDocument = new TypedDocumentString(`
    query MissionResults($missionId: ID!) {
  missionSummary(missionId: $missionId) {
    stations
    stationsReporting
    expectedReports
    reports
    flagged
    quarantined
    conflicts
  }
  missionForms(missionId: $missionId) {
    id
    code
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<MissionResultsQuery, MissionResultsQueryVariables>;
export const MissionConflictsDocument = new TypedDocumentString(`
    query MissionConflicts($missionId: ID!, $formId: ID, $first: Int!, $after: String) {
  missionConflicts(
    missionId: $missionId
    formId: $formId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      location {
        ...ReviewLocationFields
      }
      form {
        id
        code
        name
      }
      reportCount
      conflictCount
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}`) as unknown as TypedDocumentString<MissionConflictsQuery, MissionConflictsQueryVariables>;
export const MissionReportsDocument = new TypedDocumentString(`
    query MissionReports($missionId: ID!, $formId: ID, $locationId: ID, $status: ReportStatus, $first: Int!, $after: String) {
  missionReports(
    missionId: $missionId
    formId: $formId
    locationId: $locationId
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ReviewReportRowFields
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment ReviewReportRowFields on Report {
  id
  form {
    id
    code
    name
  }
  location {
    ...ReviewLocationFields
  }
  observer {
    memberId
    observerCode
  }
  version
  status
  flags {
    code
  }
  submittedAt
  channel
  quarantineReason
}`) as unknown as TypedDocumentString<MissionReportsQuery, MissionReportsQueryVariables>;
export const StationResultDocument = new TypedDocumentString(`
    query StationResult($missionId: ID!, $locationId: ID!, $formId: ID!) {
  stationResult(locationId: $locationId, formId: $formId) {
    ...StationResultFields
  }
  missionReports(
    missionId: $missionId
    locationId: $locationId
    formId: $formId
    first: 100
  ) {
    nodes {
      ...ReviewReportRowFields
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment ReviewQuestionFields on Question {
  code
  type
  label
  options {
    value
    label
  }
}
fragment ReviewReportRowFields on Report {
  id
  form {
    id
    code
    name
  }
  location {
    ...ReviewLocationFields
  }
  observer {
    memberId
    observerCode
  }
  version
  status
  flags {
    code
  }
  submittedAt
  channel
  quarantineReason
}
fragment StationResultFields on StationResult {
  location {
    ...ReviewLocationFields
    registeredVoters
  }
  form {
    id
    code
    name
    version {
      number
      questions {
        ...ReviewQuestionFields
      }
    }
  }
  reportCount
  conflictCount
  fields {
    question
    value
    choices
    source {
      memberId
      observerCode
    }
    conflict
    overridden
    overrideReason
    values {
      observer {
        memberId
        observerCode
      }
      reportId
      value
      choices
    }
  }
}`) as unknown as TypedDocumentString<StationResultQuery, StationResultQueryVariables>;
export const OverrideStationValueDocument = new TypedDocumentString(`
    mutation OverrideStationValue($locationId: ID!, $formId: ID!, $question: String!, $value: String, $choices: [Int!], $reason: String!) {
  overrideStationValue(
    locationId: $locationId
    formId: $formId
    question: $question
    value: $value
    choices: $choices
    reason: $reason
  ) {
    result {
      ...StationResultFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment ReviewQuestionFields on Question {
  code
  type
  label
  options {
    value
    label
  }
}
fragment StationResultFields on StationResult {
  location {
    ...ReviewLocationFields
    registeredVoters
  }
  form {
    id
    code
    name
    version {
      number
      questions {
        ...ReviewQuestionFields
      }
    }
  }
  reportCount
  conflictCount
  fields {
    question
    value
    choices
    source {
      memberId
      observerCode
    }
    conflict
    overridden
    overrideReason
    values {
      observer {
        memberId
        observerCode
      }
      reportId
      value
      choices
    }
  }
}`) as unknown as TypedDocumentString<OverrideStationValueMutation, OverrideStationValueMutationVariables>;
export const ReviewReportDocument = new TypedDocumentString(`
    query ReviewReport($id: ID!) {
  report(id: $id) {
    ...ReviewReportRowFields
    missionId
    formVersion
    form {
      id
      code
      name
      version {
        number
        questions {
          ...ReviewQuestionFields
        }
      }
    }
    flags {
      code
      question
      message
    }
    answers {
      question
      value
      choices
    }
    versions {
      number
      formVersion
      submittedAt
      channel
      answers {
        question
        value
        choices
      }
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment ReviewQuestionFields on Question {
  code
  type
  label
  options {
    value
    label
  }
}
fragment ReviewReportRowFields on Report {
  id
  form {
    id
    code
    name
  }
  location {
    ...ReviewLocationFields
  }
  observer {
    memberId
    observerCode
  }
  version
  status
  flags {
    code
  }
  submittedAt
  channel
  quarantineReason
}`) as unknown as TypedDocumentString<ReviewReportQuery, ReviewReportQueryVariables>;
export const VerifyReportDocument = new TypedDocumentString(`
    mutation VerifyReport($id: ID!) {
  verifyReport(id: $id) {
    report {
      id
      status
      quarantineReason
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyReportMutation, VerifyReportMutationVariables>;
export const QuarantineReportDocument = new TypedDocumentString(`
    mutation QuarantineReport($id: ID!, $reason: String!) {
  quarantineReport(id: $id, reason: $reason) {
    report {
      id
      status
      quarantineReason
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<QuarantineReportMutation, QuarantineReportMutationVariables>;
export const ReleaseReportDocument = new TypedDocumentString(`
    mutation ReleaseReport($id: ID!) {
  releaseReport(id: $id) {
    report {
      id
      status
      quarantineReason
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReleaseReportMutation, ReleaseReportMutationVariables>;
export const MissionIncidentsDocument = new TypedDocumentString(`
    query MissionIncidents($missionId: ID!, $status: IncidentStatus, $severity: IncidentSeverity, $first: Int!, $after: String) {
  missionIncidents(
    missionId: $missionId
    status: $status
    severity: $severity
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...IncidentRowFields
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment IncidentRowFields on Incident {
  id
  category
  severity
  status
  description
  location {
    ...ReviewLocationFields
  }
  occurredAt
  reportedAt
  reporter {
    memberId
    observerCode
  }
  assignee {
    id
    name
    role
  }
}`) as unknown as TypedDocumentString<MissionIncidentsQuery, MissionIncidentsQueryVariables>;
export const ReviewIncidentDocument = new TypedDocumentString(`
    query ReviewIncident($id: ID!) {
  incident(id: $id) {
    ...IncidentFields
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment IncidentRowFields on Incident {
  id
  category
  severity
  status
  description
  location {
    ...ReviewLocationFields
  }
  occurredAt
  reportedAt
  reporter {
    memberId
    observerCode
  }
  assignee {
    id
    name
    role
  }
}
fragment IncidentFields on Incident {
  ...IncidentRowFields
  missionId
  notes {
    id
    text
    at
    authorName
  }
  history {
    at
    action
    fromStatus
    toStatus
  }
}`) as unknown as TypedDocumentString<ReviewIncidentQuery, ReviewIncidentQueryVariables>;
export const ReviewMissionMembersDocument = new TypedDocumentString(`
    query ReviewMissionMembers($missionId: ID!) {
  missionMembers(missionId: $missionId) {
    id
    personId
    role
    name
  }
}
    `) as unknown as TypedDocumentString<ReviewMissionMembersQuery, ReviewMissionMembersQueryVariables>;
export const IncidentLocationSearchDocument = new TypedDocumentString(`
    query IncidentLocationSearch($missionId: ID!, $search: String!) {
  missionLocations(missionId: $missionId, search: $search, first: 10) {
    nodes {
      ...ReviewLocationFields
      isStation
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}`) as unknown as TypedDocumentString<IncidentLocationSearchQuery, IncidentLocationSearchQueryVariables>;
export const LogIncidentDocument = new TypedDocumentString(`
    mutation LogIncident($input: ReportIncidentInput!) {
  reportIncident(input: $input) {
    incident {
      ...IncidentRowFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment IncidentRowFields on Incident {
  id
  category
  severity
  status
  description
  location {
    ...ReviewLocationFields
  }
  occurredAt
  reportedAt
  reporter {
    memberId
    observerCode
  }
  assignee {
    id
    name
    role
  }
}`) as unknown as TypedDocumentString<LogIncidentMutation, LogIncidentMutationVariables>;
export const AcknowledgeIncidentDocument = new TypedDocumentString(`
    mutation AcknowledgeIncident($id: ID!) {
  acknowledgeIncident(id: $id) {
    incident {
      ...IncidentFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment IncidentRowFields on Incident {
  id
  category
  severity
  status
  description
  location {
    ...ReviewLocationFields
  }
  occurredAt
  reportedAt
  reporter {
    memberId
    observerCode
  }
  assignee {
    id
    name
    role
  }
}
fragment IncidentFields on Incident {
  ...IncidentRowFields
  missionId
  notes {
    id
    text
    at
    authorName
  }
  history {
    at
    action
    fromStatus
    toStatus
  }
}`) as unknown as TypedDocumentString<AcknowledgeIncidentMutation, AcknowledgeIncidentMutationVariables>;
export const AssignIncidentDocument = new TypedDocumentString(`
    mutation AssignIncident($id: ID!, $memberId: ID) {
  assignIncident(id: $id, memberId: $memberId) {
    incident {
      ...IncidentFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment IncidentRowFields on Incident {
  id
  category
  severity
  status
  description
  location {
    ...ReviewLocationFields
  }
  occurredAt
  reportedAt
  reporter {
    memberId
    observerCode
  }
  assignee {
    id
    name
    role
  }
}
fragment IncidentFields on Incident {
  ...IncidentRowFields
  missionId
  notes {
    id
    text
    at
    authorName
  }
  history {
    at
    action
    fromStatus
    toStatus
  }
}`) as unknown as TypedDocumentString<AssignIncidentMutation, AssignIncidentMutationVariables>;
export const AddIncidentNoteDocument = new TypedDocumentString(`
    mutation AddIncidentNote($id: ID!, $text: String!) {
  addIncidentNote(id: $id, text: $text) {
    incident {
      ...IncidentFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment IncidentRowFields on Incident {
  id
  category
  severity
  status
  description
  location {
    ...ReviewLocationFields
  }
  occurredAt
  reportedAt
  reporter {
    memberId
    observerCode
  }
  assignee {
    id
    name
    role
  }
}
fragment IncidentFields on Incident {
  ...IncidentRowFields
  missionId
  notes {
    id
    text
    at
    authorName
  }
  history {
    at
    action
    fromStatus
    toStatus
  }
}`) as unknown as TypedDocumentString<AddIncidentNoteMutation, AddIncidentNoteMutationVariables>;
export const ResolveIncidentDocument = new TypedDocumentString(`
    mutation ResolveIncident($id: ID!, $note: String) {
  resolveIncident(id: $id, note: $note) {
    incident {
      ...IncidentFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReviewLocationFields on Location {
  id
  code
  name
}
fragment IncidentRowFields on Incident {
  id
  category
  severity
  status
  description
  location {
    ...ReviewLocationFields
  }
  occurredAt
  reportedAt
  reporter {
    memberId
    observerCode
  }
  assignee {
    id
    name
    role
  }
}
fragment IncidentFields on Incident {
  ...IncidentRowFields
  missionId
  notes {
    id
    text
    at
    authorName
  }
  history {
    at
    action
    fromStatus
    toStatus
  }
}`) as unknown as TypedDocumentString<ResolveIncidentMutation, ResolveIncidentMutationVariables>;