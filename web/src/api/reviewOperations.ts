import { graphql } from '../gql';

// Review (issue 10, coordinator side): station results and conflicts, reports with their
// flags and versions, and the incident desk. Observers appear by code only: none of these
// documents asks for an observer's name or phone.

export const reviewMissionQuery = graphql(`
  query ReviewMission($id: ID!) {
    mission(id: $id) {
      id
      name
      timeZone
      myRole
    }
  }
`);

export const reviewLocationFields = graphql(`
  fragment ReviewLocationFields on Location {
    id
    code
    name
  }
`);

export const reviewQuestionFields = graphql(`
  fragment ReviewQuestionFields on Question {
    code
    type
    label
    options {
      value
      label
    }
  }
`);

export const missionResultsQuery = graphql(`
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
`);

export const missionConflictsQuery = graphql(`
  query MissionConflicts($missionId: ID!, $formId: ID, $first: Int!, $after: String) {
    missionConflicts(missionId: $missionId, formId: $formId, first: $first, after: $after) {
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
`);

export const reviewReportRowFields = graphql(`
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
`);

export const missionReportsQuery = graphql(`
  query MissionReports(
    $missionId: ID!
    $formId: ID
    $locationId: ID
    $status: ReportStatus
    $first: Int!
    $after: String
  ) {
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
`);

export const stationResultFields = graphql(`
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
`);

export const stationResultQuery = graphql(`
  query StationResult($missionId: ID!, $locationId: ID!, $formId: ID!) {
    stationResult(locationId: $locationId, formId: $formId) {
      ...StationResultFields
    }
    missionReports(missionId: $missionId, locationId: $locationId, formId: $formId, first: 100) {
      nodes {
        ...ReviewReportRowFields
      }
    }
  }
`);

export const overrideStationValueMutation = graphql(`
  mutation OverrideStationValue(
    $locationId: ID!
    $formId: ID!
    $question: String!
    $value: String
    $choices: [Int!]
    $reason: String!
  ) {
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
`);

export const reportQuery = graphql(`
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
`);

export const verifyReportMutation = graphql(`
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
`);

export const quarantineReportMutation = graphql(`
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
`);

export const releaseReportMutation = graphql(`
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
`);

// ---------- the incident desk ----------

export const incidentRowFields = graphql(`
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
`);

export const incidentFields = graphql(`
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
`);

export const missionIncidentsQuery = graphql(`
  query MissionIncidents(
    $missionId: ID!
    $status: IncidentStatus
    $severity: IncidentSeverity
    $first: Int!
    $after: String
  ) {
    missionIncidents(missionId: $missionId, status: $status, severity: $severity, first: $first, after: $after) {
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
`);

export const incidentQuery = graphql(`
  query ReviewIncident($id: ID!) {
    incident(id: $id) {
      ...IncidentFields
    }
  }
`);

/** Who an incident may be assigned to (the list only coordinators see). */
export const missionMembersQuery = graphql(`
  query ReviewMissionMembers($missionId: ID!) {
    missionMembers(missionId: $missionId) {
      id
      personId
      role
      name
    }
  }
`);

/** Stations to attach to an incident a coordinator logs, by code or name. */
export const incidentLocationSearchQuery = graphql(`
  query IncidentLocationSearch($missionId: ID!, $search: String!) {
    missionLocations(missionId: $missionId, search: $search, first: 10) {
      nodes {
        ...ReviewLocationFields
        isStation
      }
    }
  }
`);

export const reportIncidentMutation = graphql(`
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
`);

export const acknowledgeIncidentMutation = graphql(`
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
`);

export const assignIncidentMutation = graphql(`
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
`);

export const addIncidentNoteMutation = graphql(`
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
`);

export const resolveIncidentMutation = graphql(`
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
`);
