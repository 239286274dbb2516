import { graphql } from '../gql';

// Election-observation missions (issue 10), the organizer side: missions, imports, the roster,
// locations and deployments, and the forms. Observers' names and phones come back null for
// callers who may not see them (analysts, partners): pages show "hidden", never guess.


export const missionFields = graphql(`
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
`);

export const missionsQuery = graphql(`
  query Missions {
    missions {
      ...MissionFields
    }
  }
`);

export const missionQuery = graphql(`
  query Mission($id: ID!) {
    mission(id: $id) {
      ...MissionFields
    }
  }
`);

export const missionSummaryQuery = graphql(`
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
`);

export const createMissionMutation = graphql(`
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
`);

export const updateMissionMutation = graphql(`
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
`);

// ---------- imports (multipart uploads: see api/upload.ts) ----------

export const importResultFields = graphql(`
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
`);

export const importLocationsMutation = graphql(`
  mutation ImportLocations($missionId: ID!, $file: Upload!, $dryRun: Boolean!) {
    importLocations(missionId: $missionId, file: $file, dryRun: $dryRun) {
      ...ImportResultFields
    }
  }
`);

export const importObserversMutation = graphql(`
  mutation ImportObservers($missionId: ID!, $file: Upload!, $dryRun: Boolean!) {
    importObservers(missionId: $missionId, file: $file, dryRun: $dryRun) {
      ...ImportResultFields
    }
  }
`);

// ---------- roster ----------

export const missionObserversQuery = graphql(`
  query MissionObservers($missionId: ID!, $search: String, $first: Int!, $after: String) {
    missionObservers(missionId: $missionId, search: $search, first: $first, after: $after) {
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
`);

// ---------- locations and deployments ----------

export const missionLocationsQuery = graphql(`
  query MissionLocations($missionId: ID!, $parentId: ID, $search: String, $first: Int!, $after: String) {
    missionLocations(missionId: $missionId, parentId: $parentId, search: $search, first: $first, after: $after) {
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
`);

export const locationQuery = graphql(`
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
`);

export const missionDeploymentsQuery = graphql(`
  query MissionDeployments($missionId: ID!, $locationId: ID, $first: Int!, $after: String) {
    missionDeployments(missionId: $missionId, locationId: $locationId, first: $first, after: $after) {
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
`);

export const deployObserverMutation = graphql(`
  mutation DeployObserver($observerId: ID!, $locationId: ID!, $formIds: [ID!]!) {
    deployObserver(observerId: $observerId, locationId: $locationId, formIds: $formIds) {
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
`);

export const removeDeploymentMutation = graphql(`
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
`);

// ---------- forms ----------

export const missionFormsQuery = graphql(`
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
`);

// Rule messages in the four languages at once (aliases), so the language picker needs no request.
export const formViewerQuery = graphql(`
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
`);

export const addStandardFormsMutation = graphql(`
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
`);
