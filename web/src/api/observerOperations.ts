import { graphql } from '../gql';

// The observer's side of missions (issue 10): their missions, their stations and forms, the
// form to fill, and sending reports and incidents. Every label comes in all its languages, so
// the cached copy (IndexedDB) still follows a language change while offline.

export const observerMeQuery = graphql(`
  query ObserverMe {
    me {
      id
      preferredLanguage
    }
  }
`);

export const observerMissionsQuery = graphql(`
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
`);

export const observerFormFields = graphql(`
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
`);

export const myAssignmentsQuery = graphql(`
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
`);

/** What the observer already sent, to mark each station's forms as sent. */
export const myReportsQuery = graphql(`
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
`);

export const observerFormQuery = graphql(`
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
`);

export const submitReportMutation = graphql(`
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
`);

export const reportIncidentMutation = graphql(`
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
`);
